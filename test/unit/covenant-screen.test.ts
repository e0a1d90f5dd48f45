// The covenant legality screen (src/modules/covenants/screen.ts), table-driven in both directions:
// clauses that fine, detain, seize, humiliate, withhold property or rights must be flagged with
// the rule and its legal basis; lawful clauses that speak of money, conduct or sanctions in a
// lawful way (advocacy with suggested limits, rewards, criticism, ordering correction,
// compensation at value, referral to the authorities, mediation, clauses that forbid the
// unlawful practice) must not be. Clauses are written after the 2018 guidance (shared/LAW.md §4),
// the county documents in shared/seeds (000 §二(三), 002 §二(一), 004 §三(五)) and the wording of
// real covenants. Mixed clauses are flagged for the unlawful part only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../src/core/errors.ts';
import { RuleInputError, runRule } from '../../src/core/rules.ts';
import { makeCalendar } from '../../src/core/calendar/calendar.ts';
import { screenCovenant, screenRuleNames, screenText } from '../../src/modules/covenants/screen.ts';
import { covenantRules } from '../../src/modules/covenants/rule-specs.ts';

/** [clause, the rules that must fire (empty: lawful)]. */
type Case = [string, string[]];

const unlawful: Case[] = [
  // fines, plain and disguised (行政处罚法 Art.9, 16)
  ['乱倒垃圾的，罚款200元。', ['fine']],
  ['违者罚款五十元。', ['fine']],
  ['在公路上晾晒农作物的，处以100元罚款。', ['fine']],
  ['私自砍伐集体林木的，处200元以上500元以下罚款。', ['fine']],
  ['违反本条规定的，处以五百元。', ['fine']],
  ['违者罚放电影一场。', ['fine']],
  ['违者罚请全组村民吃饭。', ['fine']],
  ['不参加义务清扫的，罚义务劳动三天。', ['fine']],
  ['违反本公约的，给予处罚。', ['fine']],
  ['对屡教不改者，村委会依法予以处罚。', ['fine']],
  ['拖欠卫生费的，每天加收1%滞纳金。', ['fine']],
  ['违反规定建房的，承担违约金5000元。', ['fine']],
  ['乱停乱放的，由村委会处罚款。', ['fine']],
  ['违者交纳200元作为村公益金。', ['fine-disguised']],
  ['违者须向村委会缴纳500元。', ['fine-disguised']],
  ['对乱扔垃圾的，每次收取50元清洁费。', ['fine-disguised']],
  ['损坏路灯的，每盏赔偿500元。', ['fine-disguised']],
  ['放养家禽损害他人庄稼的，每只赔偿20元。', ['fine-disguised']],
  ['违者出资1000元用于村里修路。', ['fine-disguised']],
  ['不参加河道清理的，出义务工5个。', ['fine-disguised']],
  ['违者请全村看一场电影。', ['fine-disguised']],
  ['违者放电影一场，向全村道歉。', ['fine-disguised']],
  ['违反移风易俗规定的，捐款2000元给村老年协会。', ['fine-disguised']],
  ['偷盗他人财物的，按价值的三倍赔偿。', ['fine-multiple']],
  ['损坏公共设施的，加倍赔偿。', ['fine-multiple']],
  ['偷电的，按所偷电量的五倍补交电费。', ['fine-multiple']],
  ['毁坏他人庄稼的，双倍赔偿损失。', ['fine-multiple']],
  // deposits not returned
  ['建房须交纳保证金5000元，违规建房的保证金不予退还。', ['deposit-forfeit']],
  ['操办酒席超过标准的，没收其交纳的押金。', ['deposit-forfeit']],
  ['签订门前三包责任书并交押金200元，不履行的押金归集体所有。', ['deposit-forfeit']],
  ['外来租户交纳的保证金，违反本公约的予以扣除。', ['deposit-forfeit']],
  // confiscation
  ['在集体山林打猎的，没收猎具和猎物。', ['confiscation']],
  ['私自采砂的，所采砂石一律充公。', ['confiscation']],
  ['参与赌博的，赌资由村治保会收缴。', ['confiscation']],
  // seizure and coercion (行政强制法 Art.9–10)
  ['乱停车辆的，由村委会扣押车辆。', ['seizure']],
  ['放任牲畜践踏他人庄稼的，扣留其牲畜。', ['seizure']],
  ['违者由村治保会扣下其手机。', ['seizure']],
  ['违章搭建的，由村委会强制拆除。', ['seizure']],
  ['未经批准建房的，村委会有权强行拆除。', ['seizure']],
  ['乱摆摊点的，由村干部牵走其三轮车。', ['seizure']],
  // personal freedom (宪法 Art.37)
  ['酗酒闹事的，由治保会关押一天。', ['detention']],
  ['偷盗者关禁闭三天。', ['detention']],
  ['对吸毒人员，限制其外出。', ['detention']],
  ['违者限制人身自由直至改正。', ['detention']],
  ['精神异常的村民由家属看管起来，不准外出。', ['detention']],
  ['违反防火规定的，不准离开本村。', ['detention']],
  ['发现小偷的，可将其捆绑后交村委会处理。', ['detention']],
  // humiliation (宪法 Art.38)
  ['偷盗者游街示众。', ['humiliation']],
  ['对乱倒垃圾者，在村务公开栏张贴照片曝光。', ['humiliation']],
  ['拒不赡养老人的，在村微信群曝光其姓名和照片。', ['humiliation']],
  ['违者在全村大会上罚跪认错。', ['humiliation', 'fine']],
  ['将违约者的身份证复印件公示在村口。', ['humiliation']],
  ['偷盗的，戴高帽游村。', ['humiliation']],
  // house search (宪法 Art.39)
  ['怀疑私藏赃物的，村治保会可以入户搜查。', ['house-search']],
  ['为查处私藏烟花爆竹，村干部可进屋检查。', ['house-search']],
  ['发现家中有赌博迹象的，治保会有权搜查其住宅。', ['house-search']],
  // withholding dividends, welfare and benefits
  ['违反本公约的，扣发当年集体经济分红。', ['benefits-withheld']],
  ['拒不参加义务劳动的，取消其享受的村集体福利。', ['benefits-withheld']],
  ['违者停发其全家的土地补偿款。', ['benefits-withheld']],
  ['村民遵守本公约的情况与集体经济分红挂钩。', ['benefits-withheld']],
  ['违反计划生育的，不得享受村集体股份分红。', ['benefits-withheld']],
  ['屡教不改的，暂停享受村里的一切惠民政策。', ['benefits-withheld']],
  ['不交卫生费的，收回其承包地。', ['benefits-withheld']],
  ['违反本公约情节严重的，减半发放其年终分红。', ['benefits-withheld']],
  ['违反者取消当年低保资格。', ['benefits-withheld']],
  // utilities (停水停电)
  ['拖欠垃圾处理费的，停水停电。', ['utilities-cut']],
  ['违者由村委会停止其用水。', ['utilities-cut']],
  ['拒不拆除违章建筑的，切断其生活用电。', ['utilities-cut']],
  ['不服从管理的，对其拉闸断电。', ['utilities-cut']],
  // services or certificates refused as punishment
  ['违反本公约的，村委会不予办理任何证明。', ['services-refused']],
  ['拒不赡养父母的，村委会暂停为其出具一切证明材料。', ['services-refused']],
  ['不缴纳卫生费的，一律不办理建房审批手续。', ['services-refused']],
  ['违者村委会不为其盖章签字。', ['services-refused']],
  // women's rights (妇女权益保障法 Art.56)
  ['出嫁女户口未迁出的，不享受村集体经济分红。', ['women-rights']],
  ['离婚妇女的承包地由村集体收回。', ['women-rights']],
  ['丧偶妇女改嫁的，其承包地由村里收回。', ['women-rights']],
  ['外嫁女及其子女不得参与集体收益分配。', ['women-rights']],
  ['纯女户只能有一个女儿招婿上门，其余女儿无权享受村民待遇。', ['women-rights']],
  ['招婿入赘的男方不享受本村村民待遇。', ['women-rights']],
  ['女儿不得继承父母的宅基地。', ['women-rights']],
  ['征地补偿款按男丁分配。', ['women-rights']],
  ['出嫁女户口必须迁出。', ['women-rights']],
  ['妇女不得参加村民小组会议表决。', ['women-rights']],
  ['离婚后仍居住在本村的妇女，减半分配集体收益。', ['women-rights']],
  // democratic rights (组织法 Art.13, 27)
  ['违反本公约的，取消其选举权和被选举权。', ['democratic-rights']],
  ['拖欠集体款项的，不准参加村民会议。', ['democratic-rights']],
  ['违者剥夺其在村民代表会议上的表决权。', ['democratic-rights']],
  ['屡教不改者，开除村籍。', ['democratic-rights']],
  ['不服从管理的外来户，驱逐出村。', ['democratic-rights']],
  ['违者三年内不得当选村民代表。', ['democratic-rights']],
  // marriage freedom (民法典 Art.1042)
  ['本村村民不准与外村人通婚。', ['marriage-freedom']],
  ['寡妇不得改嫁。', ['marriage-freedom']],
  ['子女结婚须经家族长辈同意。', ['marriage-freedom']],
  ['村民离婚须经村委会批准。', ['marriage-freedom']],
  ['同姓不准结婚。', ['marriage-freedom']],
  ['不许与外地人谈恋爱。', ['marriage-freedom']],
  // schooling (义务教育法 Art.5)
  ['违反本公约的家庭，其子女不准在本村小学就读。', ['schooling']],
  ['拒不交纳集资款的，村委会不予办理子女入学手续。', ['schooling', 'services-refused']],
  ['外来务工人员的子女不得在村小入学。', ['schooling']],
  ['超生户子女不准上学。', ['schooling']],
  // full-width digits and spaces
  ['违者罚款 ２００ 元。', ['fine']],
  ['违者按每户每年100元收取。', ['fine-disguised']],
  // from the wording of real covenants
  ['严禁私自砍伐林木，违者按损失价值的2倍赔偿。', ['fine-multiple']],
  ['对不履行赡养义务的子女，村委会有权暂停其享受的各项优惠政策。', ['benefits-withheld']],
  ['积极参加村组织的公益劳动，无故不参加的，按每个工日50元缴纳代工费。', ['fine-disguised']],
  ['婚丧嫁娶必须向红白理事会报告，超标准操办的，取消其享受村集体福利的资格。', ['benefits-withheld']],
  ['外来人员须到村委会登记，不登记的不予办理任何证明。', ['services-refused']],
  ['嫁出去的女儿不得回村分地。', ['women-rights']],
  ['赌博的，罚其打扫村道一个月。', ['fine']],
  ['对偷盗者，除赔偿外，罚款三百元。', ['fine']],
  ['有劳动能力而不参加义务劳动的，不分配当年的集体收益。', ['benefits-withheld']],
  ['拒不改正的，列入失信名单，三年内不得享受村集体分红。', ['benefits-withheld']],
  ['违反者，村民小组可以不为其出具建房证明。', ['services-refused']],
  ['禁止赌博罚款500元。', ['fine']],
  ['严禁乱砍滥伐，违者没收工具。', ['confiscation']],
  // reviewer probes: utilities cut with 停止/暂停/停/断 + (对其) + 供水/供电/水电
  ['拒不拆除违章建筑的，村委会可停止对其供水供电。', ['utilities-cut']],
  ['违者暂停供水。', ['utilities-cut']],
  ['违者停其水电。', ['utilities-cut']],
  ['违者断其水电。', ['utilities-cut']],
  ['违者暂停对其供电。', ['utilities-cut']],
  ['违者停止供水供电三天。', ['utilities-cut']],
  ['违者不给其水电。', ['utilities-cut']],
  ['违者停其用电。', ['utilities-cut']],
  // reviewer probes: benefits withheld with 不发放 / bare 扣
  ['违者不发放当年粮食补贴。', ['benefits-withheld']],
  ['违者扣其分红。', ['benefits-withheld']],
  ['违者扣其当年福利。', ['benefits-withheld']],
  // reviewer probes: bare 扣 with a thing as its object
  ['违者扣其家禽。', ['seizure']],
  ['违者扣留其家中鸡鸭。', ['seizure']],
  ['乱停车的，扣车。', ['seizure']],
  ['违者扣下其猎具。', ['seizure']],
  ['违者扣除押金。', ['deposit-forfeit']],
];

const lawful: Case[] = [
  // advocacy, including suggested spending limits (倡导性条款)
  ['倡导婚事新办、丧事简办，红白喜事每桌标准不超过300元。', []],
  ['提倡彩礼不超过3万元，抵制天价彩礼。', []],
  ['倡导婚丧嫁娶简办，宴席不超过15桌，礼金不超过100元。', []],
  ['提倡“三日吉葬”，丧事不大操大办。', []],
  ['倡导绿色低碳生活，垃圾分类投放。', []],
  ['鼓励村民参加义务植树，每户每年植树不少于5棵。', []],
  ['提倡晚婚晚育，杜绝早婚早育。', []],
  ['倡导喜事新办，彩礼总额控制在2万元以内。', []],
  ['倡导文明祭扫，不燃放鞭炮。', []],
  ['建议人情往来礼金控制在200元以内。', []],
  // rewards from collective funds decided by the assembly
  ['对评为文明家庭的，经村民会议决定，从集体经费中奖励500元。', []],
  ['每年评选“好媳妇”“好婆婆”，由村民会议决定给予表彰和奖励。', []],
  ['对简办丧事的家庭，村集体给予300元奖励。', []],
  ['评为星级文明户的，挂牌表彰。', []],
  ['在村光荣榜上张贴好人好事的照片。', []],
  ['对见义勇为的村民给予表彰，并在红榜公布。', []],
  ['违反本公约的，当年不得参加文明家庭评选。', []],
  ['违反者取消当年评优评先资格。', []],
  // criticism, education, ordering correction
  ['对违反本公约的，由村委会进行批评教育，责令改正。', []],
  ['违者由村民小组长上门劝导，限期整改。', []],
  ['对屡教不改的，在村民会议上通报批评。', []],
  ['违反本公约的，列入村规民约执行黑榜，教育其改过自新。', []],
  ['拒不赡养老人的，由村调解委员会调解，调解不成的支持老人依法起诉。', []],
  ['对乱堆乱放的，责令其限期清除。', []],
  ['违反者写出书面检讨，保证不再违反。', []],
  // civil liability: compensation at value, restoring the original state
  ['损坏公共设施的，照价赔偿。', []],
  ['毁坏他人庄稼的，按市场价赔偿损失。', []],
  ['占用村道堆放杂物的，限期清除，恢复原状。', []],
  ['损坏路灯的，照价赔偿或者负责修复。', []],
  ['放养牲畜损害他人财物的，由畜主赔偿实际损失。', []],
  ['损坏水利设施的，承担维修费用。', []],
  ['损坏集体财物的，赔偿损失500元以内的由双方协商。', []],
  // reporting to and assisting the authorities
  ['发现赌博、吸毒的，及时向公安机关报告。', []],
  ['违反森林防火规定的，报林业部门依法处理。', []],
  ['构成违法的，移交公安机关依法处罚。', []],
  ['违反治安管理的，由公安机关依法给予处罚。', []],
  ['私自采砂的，报告自然资源部门依法查处，由其依法没收违法所得。', []],
  ['违法建筑由乡镇人民政府依法强制拆除。', []],
  ['构成犯罪的，依法追究刑事责任。', []],
  ['扰乱社会秩序的，由派出所依法拘留。', []],
  ['拖欠电费的，由供电企业依照合同约定停电。', []],
  ['参与赌博受到公安机关处罚的，取消其当年评优资格。', []],
  ['受过刑事处罚的人员，不得推荐为文明家庭。', []],
  // mediation
  ['邻里纠纷由村人民调解委员会调解。', []],
  ['发生土地纠纷的，先行协商，协商不成的申请调解或依法诉讼。', []],
  // clauses that forbid the unlawful practice (protective wording)
  ['本公约不设罚款。', []],
  ['村委会不得以罚款代替教育。', []],
  ['严禁对违规者游街示众。', []],
  ['任何人不得非法搜查他人住宅。', []],
  ['不得以出嫁、离婚、丧偶为由，取消其集体收益分配。', []],
  ['出嫁女户口在本村的，与其他村民享有同等权利，任何人不得取消其分红。', []],
  ['离婚妇女的承包地不因离婚而收回。', []],
  ['不得剥夺村民的选举权和被选举权。', []],
  ['禁止包办、买卖婚姻，反对干涉婚姻自由。', []],
  ['不得阻止适龄儿童入学。', []],
  ['适龄儿童必须按时入学，家长不得让子女辍学。', []],
  ['村委会不得停水停电，不得扣押村民财物。', []],
  ['禁止限制他人人身自由。', []],
  ['不得以任何理由扣发村民分红。', []],
  // the law's own marriage prohibitions
  ['禁止近亲结婚。', []],
  ['未达到法定婚龄的不得结婚。', []],
  ['不得借婚姻索取财物。', []],
  ['婚礼中不得低俗婚闹。', []],
  ['结婚应当到婚姻登记机关登记。', []],
  // fees, contributions and ordinary duties (no sanction)
  ['垃圾清运费每户每年交纳120元，由村民小组长收取。', []],
  ['一事一议筹资每人每年不超过15元，由村民会议决定。', []],
  ['自来水按每吨2元收费。', []],
  ['因管网检修需要停水的，提前一天通知。', []],
  ['户口迁出并在迁入地取得集体经济组织成员资格的，不再享受本村分红。', []],
  ['依法被剥夺政治权利的人不得参加选举。', []],
  ['未满十八周岁的不参加村民会议表决。', []],
  ['村民有权对村务提出意见和建议。', []],
  ['保洁员每天收走垃圾。', []],
  ['不属于本村职责范围的证明事项，村委会不予出具。', []],
  ['因外出不能参加村民会议的，可以书面委托家人参加。', []],
  ['建立奖优罚劣机制，推动村民向善向好。', []],
  ['实行赏罚分明的考评制度。', []],
  ['加强赡养教育，子女应当赡养父母。', []],
  ['集体经济收益按村民会议通过的方案分配，出嫁女与其他村民同等享有。', []],
  ['发包方在承包期内不得收回承包地。', []],
  ['邻里之间互谅互让，和睦相处。', []],
  ['违者依法处理。', []],
  // the practice named as the conduct, not imposed as a sanction
  ['不让孩子上学的家长，村委会要上门劝导。', []],
  ['私自扣押他人财物的，责令返还，赔偿损失。', []],
  ['干涉子女婚姻自由的，由村调解委员会批评教育。', []],
  ['扣发村民分红的，由乡镇人民政府责令纠正。', []],
  ['适龄儿童不入学的，村委会将向教育部门报告。', []],
  ['村干部不得以任何理由扣押村民身份证件。', []],
  ['对违反本公约的，由村委会批评教育，并可以责令其向受害人赔礼道歉。', []],
  ['凡违反本村规民约的，除按有关法律法规处理外，村委会可视情节轻重作出如下处理：（一）予以批评教育；（二）写出书面检讨；（三）责令赔礼道歉、赔偿损失；（四）取消当年评先评优资格。', []],
  ['不准在村道上堆放柴草、粪土、建筑材料，违者限期清除，逾期不清除的，由村委会组织清除，费用由当事人承担。', []],
  ['村民应自觉缴纳合作医疗和养老保险费用。', []],
  ['禁止在河道内电鱼、炸鱼、毒鱼，违者移交渔政部门处理。', []],
  ['本村村民不分男女，享有同等的土地承包和集体收益分配权。', []],
  ['家庭成员之间要互敬互爱，禁止家庭暴力。', []],
  ['对检举揭发违法犯罪的，给予奖励。', []],
  ['违者通报批评，并在村务公开栏公布名单。', []],
  ['散养家禽啃食他人庄稼的，畜主应赔偿损失，并由村调解委员会调解。', []],
  ['违者交由有关部门依法处理。', []],
  ['对违反本公约的，村委会给予警告并列入黑榜。', []],
  ['不得以罚款、停水停电等方式处理违约行为。', []],
  ['对违规操办酒席的，不予发放当年奖励。', []],
  // reviewer probes: protective wording with 任何/任何形式的
  ['本公约不设任何罚款。', []],
  ['本公约不设任何形式的罚款。', []],
  ['本公约不设任何形式的罚款、没收。', []],
  ['不得以任何理由停止对村民供水。', []],
  ['对拒交物业费的住户，物业公司不得停水停电。', []],
  // utilities: the utility acting under the law or its contract, repairs, advocacy
  ['供水单位依法停止供水的，村委会协助做好解释。', []],
  ['供电公司依照合同约定中止供电。', []],
  ['因线路检修暂停供电的，提前通知村民。', []],
  ['倡导节约用水用电。', []],
  ['村民应节约用水，不浪费水电。', []],
  // 扣 that is not a seizure or a withheld benefit
  ['年终考评扣分。', []],
  ['实行积分制考核，每扣一分取消当年评优资格。', []],
  ['违者扣除当年积分。', []],
  ['村民小组代收的水费，扣除电费后用于管网维护。', []],
  ['交警依法扣车。', []],
  ['退租时从押金中扣除所欠水电费，余额退还。', []],
  ['所欠水费从押金中扣除。', []],
  // eligibility set by the benefit's own rules, and rewards
  ['不符合条件的，不予发放低保。', []],
  ['违者不发放当年奖金。', []],
];

test('the screen has a name for each rule', () => {
  assert.deepEqual([...new Set(screenRuleNames)].length, screenRuleNames.length);
  assert.ok(lawful.length + unlawful.length >= 120, `at least 120 clauses (${lawful.length + unlawful.length})`);
});

for (const [text, rules] of unlawful) {
  test(`flags: ${text}`, () => {
    const findings = screenText(text);
    const got = new Set(findings.map((f) => f.rule));
    for (const r of rules) assert.ok(got.has(r), `expected ${r}, got ${JSON.stringify(findings.map((f) => [f.rule, f.excerpt]))}`);
    for (const f of findings) {
      assert.ok(screenRuleNames.includes(f.rule));
      assert.match(f.basis, /《[^》]+》第[一二三四五六七八九十百千零]+条|指导意见/, `basis cites an article: ${f.basis}`);
      assert.match(f.message, /^「[^」]+」：/, 'message names the words');
      assert.ok(f.excerpt.length > 0);
    }
  });
}

for (const [text] of lawful) {
  test(`lawful: ${text}`, () => {
    const findings = screenText(text);
    assert.deepEqual(findings.map((f) => [f.rule, f.excerpt, f.message]), []);
  });
}

// Mixed clauses: the lawful part stays lawful, the unlawful part is flagged and named.
const mixed: { text: string; rule: string; excerpt: RegExp; notExcerpt: RegExp }[] = [
  { text: '损坏公共设施的，照价赔偿，并处以三倍罚款。', rule: 'fine', excerpt: /三倍罚款/, notExcerpt: /^照价赔偿$/ },
  { text: '损坏公共设施的，照价赔偿，并处以三倍罚款。', rule: 'fine-multiple', excerpt: /三倍/, notExcerpt: /^照价赔偿$/ },
  { text: '倡导红白喜事每桌不超过300元；超过标准的，罚款1000元。', rule: 'fine', excerpt: /罚款1000元/, notExcerpt: /倡导/ },
  { text: '发现赌博的报告派出所，并由村委会处以200元罚款。', rule: 'fine', excerpt: /村委会处以200元罚款/, notExcerpt: /报告派出所/ },
  { text: '对乱倒垃圾者批评教育；拒不改正的，在公开栏张贴其照片。', rule: 'humiliation', excerpt: /张贴其照片/, notExcerpt: /批评教育/ },
  { text: '毁坏林木的，恢复原状，并扣发当年分红。', rule: 'benefits-withheld', excerpt: /扣发当年分红/, notExcerpt: /恢复原状/ },
  { text: '邻里纠纷由调委会调解。调解不成又闹事的，关押一天。', rule: 'detention', excerpt: /关押一天/, notExcerpt: /调委会调解/ },
  { text: '提倡移风易俗，违者停水停电。', rule: 'utilities-cut', excerpt: /违者停水停电/, notExcerpt: /提倡/ },
  { text: '出嫁女享有同等权利。但户口迁出的出嫁女不享受分红。', rule: 'women-rights', excerpt: /不享受分红/, notExcerpt: /同等权利/ },
  { text: '本公约不设任何罚款，但违者罚款100元。', rule: 'fine', excerpt: /违者罚款100元/, notExcerpt: /不设任何罚款/ },
  { text: '供水单位依法停止供水的，村委会协助解释；拒不配合的，村委会停其水电。', rule: 'utilities-cut', excerpt: /停其水电/, notExcerpt: /供水单位/ },
  { text: '本公约不设罚款，违者缴纳500元卫生保证金。', rule: 'fine-disguised', excerpt: /缴纳500元/, notExcerpt: /不设罚款/ },
];
for (const m of mixed) {
  test(`mixed clause flagged for its unlawful part (${m.rule}): ${m.text}`, () => {
    const findings = screenText(m.text).filter((f) => f.rule === m.rule);
    assert.equal(findings.length, 1, JSON.stringify(screenText(m.text)));
    assert.match(findings[0]!.excerpt, m.excerpt);
    assert.doesNotMatch(findings[0]!.excerpt, m.notExcerpt);
  });
}

test('a lawful sentence does not hide an unlawful one in the same clause', () => {
  const text = '倡导勤俭节约。提倡彩礼不超过3万元。鼓励评选文明家庭。违者罚款200元。';
  const f = screenText(text);
  assert.deepEqual(f.map((x) => x.rule), ['fine']);
  assert.equal(f[0]!.excerpt, '违者罚款200元');
});

test('a community covenant cites the residents\' committees law', () => {
  const [r] = screenCovenant({ kind: 'community', clauses: [{ id: 'c1', text: '违者扣发其福利。' }] }).results;
  assert.match(r!.findings[0]!.basis, /城市居民委员会组织法》第十五条/);
  const [v] = screenCovenant({ clauses: [{ id: 'c1', text: '违者扣发其福利。' }] }).results;
  assert.match(v!.findings[0]!.basis, /村民委员会组织法》第二十七条/);
});

test('covenant-screen: clause by clause, lawful or with findings', () => {
  const out = screenCovenant({ clauses: [
    { id: '1.1', text: '倡导喜事新办，彩礼不超过3万元。' },
    { id: '1.2', text: '违者罚款200元。' },
  ] });
  assert.deepEqual(out.results[0], { id: '1.1', lawful: true, findings: [] });
  assert.equal(out.results[1]!.id, '1.2');
  assert.equal(out.results[1]!.lawful, false);
  assert.deepEqual(Object.keys(out.results[1]!.findings[0]!).sort(), ['basis', 'excerpt', 'message', 'rule']);
  assert.match(out.results[1]!.findings[0]!.basis, /行政处罚法》第九条/);
});

test('covenant-screen: malformed input is refused naming the field', () => {
  const spec = covenantRules.find((r) => r.name === 'covenant-screen')!;
  const cal = makeCalendar();
  const refused = (raw: unknown, field: RegExp) => assert.throws(() => runRule(spec, raw, cal), (e: unknown) => {
    assert.ok(e instanceof AppError);
    assert.match(JSON.stringify(e), field);
    return true;
  });
  refused({}, /clauses/);
  refused({ clauses: [{ id: 'a' }] }, /clauses/);
  refused({ clauses: [] }, /clauses/);
  refused({ clauses: [{ id: 'a', text: '一' }, { id: 'a', text: '二' }] }, /clauses\[1\]\.id/);
  refused({ clauses: [{ id: 'a', text: '  ' }] }, /clauses\[0\]\.text/);
  refused({ kind: 'city', clauses: [{ id: 'a', text: '一' }] }, /kind/);
  assert.throws(() => screenCovenant({ clauses: [{ id: '', text: 'x' }] }), RuleInputError);
});
