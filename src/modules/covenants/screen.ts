// The legality screen of covenant clauses (村规民约 / 居民公约), pure.
//
// The 2018 guidance of 民政部 and six other departments (shared/LAW.md §4) asks that a covenant
// educate and correct, 「不得滥用强制处罚」; the statutes it rests on forbid a covenant to fine,
// confiscate, detain, seize, humiliate, search homes, withhold property or democratic rights,
// interfere with marriage or keep children from school. A covenant is adopted by the 村民会议
// (村民委员会组织法 Art.27) or the 居民会议 (城市居民委员会组织法 Art.15), which have no power to
// set penalties (行政处罚法 Art.9, Art.16).
//
// Approach (docs/RULES.md, `covenant-screen`): not a keyword list. A clause is cut into sentences
// (。；！？ and line breaks) and sub-clauses (，：), so a lawful sentence cannot hide an unlawful
// one. Each rule looks for a *sanction construction*: a sanction word (罚款, 没收, 停水, 扣发…分红,
// 不予办理…证明, 关押, 游街, 搜查…) or a payment/denial attached to a conduct. A hit is then
// tested against the lawful contexts that change its meaning:
//   - protective wording right before the sanction (不得/严禁/禁止/不因…而/不得以…为由): the
//     clause forbids the sanction rather than imposing it (「本公约不设罚款」, 「不得以出嫁为由取消
//     其分红」);
//   - a competent authority applying the law in the same sub-clause (「由公安机关依法处理」,
//     「报林业部门依法处以罚款」): reporting to the authorities is lawful;
//   - rule-specific lawful meanings (停水 for repairs, 不得入学 against truancy is 不得辍学, a
//     marriage prohibition that is the law's own: 早婚, 近亲, 包办);
//   - money without a sanction: a suggested limit for banquets or bride price, a reward, a fee,
//     compensation at value (照价赔偿, 恢复原状) is not a fine. A *fixed* sum or a multiple of the
//     loss demanded for a breach is a disguised fine, and so is a deposit that is not returned.
// Several rules can fire in one clause (mixed clauses: 「照价赔偿，并处三倍罚款」 is flagged for
// the second half only).
import { RuleInputError } from '../../core/errors.ts';

export type CovenantKind = 'village' | 'community';
export interface ScreenFinding { rule: string; basis: string; excerpt: string; message: string }
export interface ClauseScreen { id: string; lawful: boolean; findings: ScreenFinding[] }
export interface ScreenInput { kind?: CovenantKind | undefined; clauses: { id: string; text: string }[] }

const ORG_LAW: Record<CovenantKind, string> = {
  village: '《村民委员会组织法》第二十七条',
  community: '《城市居民委员会组织法》第十五条',
};
const GUIDANCE = '民政部等七部门《关于做好村规民约和居民公约工作的指导意见》(2018)';

// --- contexts

/** Words of a breach: the conduct a sanction is attached to. */
const BREACH = /违者|无故|不[\u4e00-\u9fa5]{1,4}的|违反|违犯|违背|违规|拒不|不听|不服从|不遵守|不执行|不履行|屡教不改|屡犯|再犯|情节严重|经劝阻|经教育|擅自|私自|未经|乱[建搭堆倒扔丢放砍伐占贴排]|破坏|损坏|损毁|损害|毁坏|伤害|放任|偷|盗|打架|斗殴|赌博|酗酒|闹事|拖欠|不交|不缴|不参加|逾期|超标|超过规定|不按|未按|抗拒|阻挠|侵占|占用|焚烧|燃放/;
/** A competent authority (the covenant may refer a case to it; it applies the law). */
const AUTHORITY = /公安|派出所|交警|交通管理|司法机关|司法所|人民法院|法院|检察|人民政府|乡镇政府|乡政府|镇政府|街道办|有关部门|主管部门|职能部门|行政机关|国家机关|执法|林业|自然资源|生态环境|农业农村|市场监管|卫生健康|民政部门|教育部门|交通部门|城管|水利|消防/;
/** Protective wording right before a sanction: the clause forbids the sanction. */
const PROTECTIVE = /(?:不得|不能|不应|不可|不准|不许|不允许|禁止|严禁|杜绝|反对|抵制|不设|不采取|不搞|不再设|不因|废除|纠正|防止|任何人不得|一律不得)(?:以[^。；]{0,24}为由[，,]?|以任何(?:理由|借口|方式|名义|形式)|[^，。；]{0,12}而|[^，。；]{0,10}、|对[^，。；]{0,12}|随意|擅自|私自|非法|采取|采用|使用|通过|以|再|实施|进行|搞|设立|设置|有)?(?:任何(?:形式|名义|方式|种类|性质)?的?|一切(?:形式)?的?|各种(?:形式)?的?|其他(?:形式)?的?)?(?:其|对其|他人|村民|居民|任何人)?(?:(?:停水|停电|断水|断电|罚款|没收|扣押|扣留|查封|游街|示众|关押|搜查|扣发|取消|限制)[、和或及与，,]?(?:不得|或者|或)?)*$/;
/** Valuation words: compensation tied to the actual loss (civil liability, 民法典 Art.179). */
const AT_VALUE = /照价|按价|原价|市场价|实际损失|损失|评估|修复|维修|恢复原状|实际费用|成本/;

/** Things a person owns that a sanction may take away (seizure). */
const PROPERTY = '家禽|家畜|牲畜|禽畜|鸡|鸭|鹅|猪|牛|羊|马|狗|车辆|车|三轮车|摩托车|电动车|拖拉机|农机|农具|工具|渔具|猎具|手机|财物|财产|物品|东西|货物|粮食|稻谷|玉米|木材|柴火|船只|房屋|钥匙|证件|身份证|户口簿';
const CN_NUM = '[0-9.]+|[一二两三四五六七八九十百千万]+';

interface Rule {
  rule: string;
  basis: (kind: CovenantKind) => string;
  why: string;
  /** Each trigger may mark the sanction word with the named group `s` (default: the whole match). */
  triggers: RegExp[];
  /** The sentence must describe a breach (the sanction is attached to a conduct). */
  needsBreach?: boolean;
  /** A competent authority applying the law makes the sub-clause lawful. */
  authorityOk?: boolean;
  /** Lawful meanings: tested on the match, the sub-clause, the sentence. */
  exemptMatch?: RegExp;
  exemptSub?: RegExp;
  exemptSentence?: RegExp;
  /** Idioms containing the trigger that are not a sanction (tested on the text around the match). */
  idioms?: RegExp;
}

const penaltyBasis = (k: CovenantKind) => `《行政处罚法》第九条、第十六条；${ORG_LAW[k]}；${GUIDANCE}`;

const RULES: Rule[] = [
  {
    rule: 'fine',
    basis: penaltyBasis,
    why: '罚款是行政处罚，只能由法律、法规、规章设定，村规民约（居民公约）无权设定任何形式的罚款或处罚；应改为批评教育、责令改正或照价赔偿。',
    triggers: [/(?<s>罚)[款金钱没跪]?/g, /(?<s>处以?)[^，。；]{0,4}(?:[0-9.]+|[一二两三四五六七八九十百千万]+)[^，。；]{0,3}元/g, /(?<s>滞纳金|违约金)/g],
    authorityOk: true,
    idioms: /奖优罚劣|奖勤罚懒|赏罚|奖罚|罚劣|罚懒/,
    // A contract between two parties may agree its own liquidated damages (民法典 Art.585).
    exemptSub: /合同|协议约定|受到[^，。；]{0,8}处罚|受过[^，。；]{0,8}处罚|被[^，。；]{0,8}处罚|刑事处罚|治安管理处罚|治安处罚/,
  },
  {
    rule: 'fine-multiple',
    basis: penaltyBasis,
    why: '按损失的倍数或加倍“赔偿”超出了实际损失，实为变相罚款；民事赔偿只能照价赔偿或恢复原状。',
    triggers: [new RegExp(`(?<s>(?:${CN_NUM})倍|加倍|双倍|翻倍)(?:的)?[^，。；]{0,4}(?:赔|罚|处|收|缴|交|计|补)`, 'g'),
      new RegExp(`(?:赔偿?|罚|收取|缴纳|交纳|补交|补缴)[^，。；]{0,8}?(?<s>(?:${CN_NUM})倍|加倍|双倍|翻倍)`, 'g')],
    authorityOk: true,
  },
  {
    rule: 'fine-disguised',
    basis: penaltyBasis,
    why: '对违反行为要求交纳固定数额的钱款（或出工、请客、放电影），与实际损失无关，是变相罚款；如有损失应照价赔偿。',
    triggers: [
      new RegExp(`(?<s>交|缴|缴纳|交纳|上交|上缴|出资|(?<![超支付外])出|付|支付|承担|捐|捐款|赔|赔偿|负担|收取)[^，。；]{0,6}?(?:${CN_NUM})\\s*(?:元|块|万元)`, 'g'),
      new RegExp(`(?:${CN_NUM})\\s*元[^，。；]{0,3}(?<s>收取|计收|上交|交纳|缴纳)`, 'g'),
      /(?<s>出|承担|罚)(?:义务工|义工|劳动日|工日|[0-9一二两三四五六七八九十]+个?(?:工|劳动日))/g,
      /(?<s>请|宴请)[^，。；]{0,6}(?:吃饭|喝酒|酒席|电影|看戏)|(?<s2>放)(?:一场|一次|[0-9一二两三]+场)?电影|(?<s3>唱)(?:一场|一台)?戏/g,
    ],
    needsBreach: true,
    authorityOk: true,
    exemptSub: AT_VALUE,
  },
  {
    rule: 'deposit-forfeit',
    basis: penaltyBasis,
    why: '收取保证金、押金后以违约为由不予退还或没收，是变相罚款。',
    triggers: [/(?:保证金|押金|抵押金)[^。；]{0,14}?(?<s>不退|不予退还|不予退回|不退还|不返还|不予返还|没收|扣除|扣缴|充公|归集体|不再退)/g,
      /(?<s>没收|扣除|扣缴|扣)[^，。；]{0,6}(?:保证金|押金)/g],
    authorityOk: false,
    // Setting off the fees actually owed against the deposit and returning the rest is not a forfeit
    // (民法典 Art.568): 「退租时从押金中扣除所欠水电费，余额退还」.
    exemptSub: /(?:扣除|抵扣|冲抵|抵缴|抵交)[^，。；]{0,2}(?:所欠|欠缴|欠交|拖欠|应缴|应交|应付)[^，。；]{0,6}(?:费|款)|(?:所欠|欠缴的|欠交的|拖欠的)[^，。；]{0,8}(?:从|在)[^，。；]{0,6}(?:押金|保证金)中?(?:扣除|抵扣|冲抵)/,
  },
  {
    rule: 'confiscation',
    basis: penaltyBasis,
    why: '没收财物是行政处罚，村（居）民自治组织无权没收村（居）民的财产。',
    triggers: [/(?<s>没收|收缴|充公|罚没)/g],
    authorityOk: true,
    exemptMatch: /保证金|押金/,
  },
  {
    rule: 'seizure',
    basis: () => '《行政强制法》第九条、第十条（扣押、查封等行政强制措施由法律设定）',
    why: '扣押、查封财物或强制拆除、强行带走是行政强制措施，只能由法律设定、由行政机关依法实施，村（居）委会无权采取。',
    triggers: [/(?<s>扣押|扣留|扣下|查封|牵走|强行带走)(?!其?(?:的)?(?:分红|集体收益|福利|补贴|补助|股金|工资|低保))/g,
      // Bare 扣 with a thing as its object (「扣其家禽」「扣车」); 扣分, 扣除 and 扣发 of money are not property seized.
      new RegExp(`(?<s>扣)(?![除减发缴分款钱费])(?:押|留|下|住)?(?:其|他|对方|违者|该户|当事人)?(?:的|家的?)?[^，。；、]{0,3}?(?:${PROPERTY})(?![费款钱价])`, 'g'),
      /(?<s>强制|强行)(?:拆除|执行|收回|清除|迁出|带走|收取|征收|搬离|搬迁)|(?<s2>强拆)/g],
    authorityOk: true,
  },
  {
    rule: 'detention',
    basis: () => '《宪法》第三十七条；《行政处罚法》第十条（限制人身自由只能由法律设定）',
    why: '关押、禁闭或限制外出是限制人身自由，只能由法律设定、由司法或公安机关依法实施，村规民约不得规定。',
    triggers: [/(?<s>关押|关禁闭|禁闭|关起来|关进|拘禁|拘押|拘留|软禁|看管起来|捆绑|绑起来|搜身)/g,
      /(?<s>限制)[^，。；]{0,4}(?:人身)?自由|(?<s2>限制其?外出|不准外出|不得外出|禁止外出|不准离开|不得离开本[村社区]|不许外出|不准出村)/g],
    authorityOk: true,
  },
  {
    rule: 'humiliation',
    basis: () => '《宪法》第三十八条（人格尊严不受侵犯）',
    why: '游街示众、挂牌、张贴照片曝光等是侮辱人格的做法，侵犯人格尊严，不得作为处理违约行为的手段；可以批评教育。',
    triggers: [/(?<s>游街|游村|示众|戴高帽|罚跪|下跪)/g,
      /(?<s>张贴|公布|曝光|公示|上墙|展示|发布)[^，。；]{0,8}(?:照片|相片|肖像|头像|身份证|视频|家庭住址)/g,
      /(?:照片|相片|肖像|头像|视频|身份证)[^，。；]{0,8}(?<s>张贴|公布|曝光|公示|上墙|示众|展示)/g,
      /(?<s>曝光)(?:其|违者|本人|当事人|姓名)|(?<s2>公开曝光)/g],
    authorityOk: false,
    // Praise is lawful: photos on the honour roll.
    exemptSub: /光荣榜|红榜|好人榜|积德榜|善行榜|表彰|先进|模范|文明家庭|文明户|好媳妇|好婆婆|荣誉/,
  },
  {
    rule: 'house-search',
    basis: () => '《宪法》第三十九条（住宅不受侵犯，禁止非法搜查）',
    why: '搜查住宅只能由侦查机关依法进行，村（居）委会或任何组织无权入户搜查。',
    exemptSub: /安全检查|消防|燃气|走访|宣传|经[^，。；]{0,8}同意/,
    triggers: [/(?<s>搜查|搜家|抄家|入户(?:搜|清查|检查)|(?:进屋|进户)(?:搜|查|检查)|强行入户|强行进入[^，。；]{0,4}(?:家|住宅|屋))/g],
    authorityOk: true,
  },
  {
    rule: 'benefits-withheld',
    basis: (k) => `${ORG_LAW[k]}（不得侵犯村（居）民的人身权利、民主权利和合法财产权利）；《农村集体经济组织法》(2024)（成员享有集体收益分配权）`,
    why: '集体收益分配、分红、福利和依法享有的补贴救助是合法财产权利，不得以违反公约为由扣发、取消或与遵守公约情况挂钩；可以通过评先评优等奖励引导。',
    triggers: [
      /(?<s>扣发|扣除|扣减|扣留|扣|停发|暂停|停止|取消|不予|不再|不发放?|不发给|不给予?|减发|减半|少分|不分|剥夺|收回|(?:不得|不能|无权)(?:享受|享有|参与|领取|分得|分配))(?:其|该户|该村民|全家|本人|本户|该户家庭)?(?:的)?(?:享受|享有|发放|分配|领取|参与|参加)?[^，。；]{0,6}?(?:分红|集体收益|收益分配|福利|股份|股金|补贴|补助|低保|救助|惠民|优惠政策|土地补偿|征地补偿|安置费|承包地|承包经营权|宅基地|口粮田|慰问|养老金|救济|直补)/g,
      /(?:分红|集体收益|收益分配|福利|优惠政策|集体经济)[^，。；]{0,8}(?<s>挂钩)|(?<s2>挂钩)[^，。；]{0,8}(?:分红|集体收益|收益分配|福利|优惠政策)/g,
    ],
    authorityOk: true,
    // Eligibility set by the benefit's own rules is not a sanction: 「不符合条件的，不予发放低保」.
    exemptSentence: /取得[^，。；]{0,12}成员资格|不符合[^，。；]{0,10}(?:条件|标准)|不具备[^，。；]{0,8}(?:条件|资格)|不在[^，。；]{0,6}范围/,
  },
  {
    rule: 'utilities-cut',
    basis: (k) => `${ORG_LAW[k]}（合法财产权利、基本生活保障）；${GUIDANCE}（不得滥用强制处罚）`,
    why: '停水、停电等断绝基本生活条件的做法不得作为处理违约行为的手段。',
    triggers: [/(?<s>停水|停电|断水|断电|拉闸|掐电|停气|断网|切断[^，。；]{0,4}(?:水|电|气))/g,
      // 停止/暂停/中止/停/断 (对其) 供水/供电/用水/用电/水电: 「停止对其供水供电」「暂停供水」「停其水电」.
      /(?<s>停止|暂停|中止|终止|不予|不再|不给|停|断|掐)(?:对|给|向)?(?:其|该户|违者|当事人|本人|其家|其家庭|该户家庭)?(?:的)?(?:生活)?(?:供水|供电|供气|用水|用电|用气|水电气?|水和电|水、电)/g],
    authorityOk: true,
    // Repairs, or the utility itself acting under the law or its supply contract (民法典 Art.654).
    exemptSub: /检修|维修|施工|故障|抢修|安全隐患|依照合同|按照合同|合同约定|(?:供水|供电|供气|自来水|电力|燃气|水务)(?:单位|企业|公司|部门|局|所|站)[^，。；]{0,4}(?:依法|依照|按照|根据)/,
  },
  {
    rule: 'services-refused',
    basis: (k) => `${ORG_LAW[k]}；民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》(民发〔2020〕20号)`,
    why: '依法应当办理的证明、手续和公共服务，不得以违反公约为由拒绝或拖延办理，这是变相处罚。',
    triggers: [/(?<s>不予|不给|不为其?|拒绝|暂停|停止|暂缓|不再|一律不)(?:为其|给其|为该户)?(?:办理|出具|开具|开|提供|盖章|签字|审批|受理)[^，。；]{0,8}(?:证明|手续|服务|事项|证件|盖章|签字|审批|申请|建房|户口)?/g],
    needsBreach: true,
    authorityOk: false,
  },
  {
    rule: 'women-rights',
    basis: (k) => `《妇女权益保障法》(2022)第五十六条；${ORG_LAW[k]}`,
    why: '不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益；出嫁、离婚、丧偶妇女和纯女户与其他村民享有同等权利。',
    triggers: [
      /(?:外嫁女|出嫁女|出嫁|嫁出|外嫁|离婚|离异|丧偶|寡妇|改嫁|再婚|招婿|入赘|上门女婿|纯女户|女儿户|无儿户|户无男|无男性|没有儿子|无子女?户|绝户)[^。；]{0,24}?(?<s>(?:不得|不能|不再|无权)(?![^，。；]{0,4}?(?:取消|剥夺|扣|收回|侵害|歧视))[^，。；]{0,4}?(?:分[地配红钱粮]|享受|承包|继承|入股)|不享受|不得享受|不予享受|不再享受|不能享受|不享有|不再享有|无权|取消|收回|不予|不分|不能分|不得参与|不参与|不得分配|不予分配|必须迁出|须迁出|一律迁出|应当迁出|强制迁出|注销|不能继承|不得继承|无继承权|减半|按半|折半|少分|不得参加|不能参加|丧失)/g,
      /(?:妇女|女性|女儿|女子|姑娘)(?<s>不得|不能|无权|不享有|不享受|不准|不许)(?:继承|参加|参与|享受|分配|分得|承包|选举|入股|发言|表决|上桌|进祠堂|入族谱|当选)/g,
      /(?<s>按男丁|只有男性|仅限男性|限于男性|男丁|按儿子)/g,
    ],
    authorityOk: false,
  },
  {
    rule: 'democratic-rights',
    basis: (k) => `《村民委员会组织法》第十三条、${k === 'village' ? '第二十七条' : '；《城市居民委员会组织法》第十五条'}（不得侵犯民主权利）；《宪法》第三十四条`,
    why: '选举权、被选举权和参加村（居）民会议、表决的权利只能依照法律剥夺，村规民约不得以违约为由取消；也不得开除村籍、驱逐出村。',
    triggers: [
      /(?<s>剥夺|取消|暂停|停止|不准|不得|不许|不允许|无权|不享有|丧失)(?:其|本人|该户|该村民|违者)?(?:的)?(?:参加|参与|享有)?(?:选举权|被选举权|表决权|投票权|发言权|选举|投票|表决|村民会议|居民会议|村民代表会议|会议资格|参会|村民资格|居民资格|村民身份|成员资格|集体经济组织成员资格|当选|担任村民代表|被选为)/g,
      /(?<s>剥夺|取消|丧失)[^，。；]{0,12}?(?:选举权|被选举权|表决权|投票权|发言权|村民资格|居民资格|成员资格)/g,
      /(?<s>开除村籍|开除出村|开除户籍|驱逐出村|赶出村|逐出|迁出本村户口|注销其户口)/g,
    ],
    authorityOk: false,
    exemptSentence: /依法被剥夺|依照法律被剥夺|被依法剥夺|被剥夺政治权利|未满十八|不满十八|未成年/,
  },
  {
    rule: 'marriage-freedom',
    basis: () => '《民法典》第一千零四十一条、第一千零四十二条（婚姻自由；禁止包办、买卖婚姻和其他干涉婚姻自由的行为）',
    why: '婚姻自由受法律保护，村规民约不得禁止或限制结婚、离婚、再婚，也不得要求经家族、村组同意。',
    triggers: [
      /(?<s>不准|不得|不许|不允许|禁止|严禁|不能|不可)[^，。；]{0,12}?(?:结婚|离婚|再婚|改嫁|复婚|通婚|嫁给|嫁到|嫁入|外嫁|娶|婚配|恋爱|谈恋爱)/g,
      /(?:结婚|婚姻|婚嫁|再婚|改嫁|离婚|嫁娶)[^，。；]{0,8}(?<s>须经|必须经|应经|要经|需经|须由|由)[^，。；]{0,10}(?:同意|批准|决定)/g,
      /(?<s>包办|干涉)[^，。；]{0,6}婚姻|(?<s2>买卖婚姻)/g,
    ],
    authorityOk: false,
    exemptMatch: /婚姻登记|登记机关/,
    exemptSub: /为由|早婚|法定婚龄|未达|未到|近亲|直系血亲|旁系血亲|三代以内|重婚|借婚姻|婚闹|骗婚|大操大办|铺张|闹婚/,
  },
  {
    rule: 'schooling',
    basis: () => '《义务教育法》第五条（适龄儿童、少年依法接受义务教育，任何组织不得阻碍）',
    why: '适龄儿童、少年接受义务教育是法定权利和义务，不得以家长违反公约为由不准其入学或不予办理入学手续。',
    triggers: [/(?<s>不准|不得|不许|不让|不予|不允许|禁止|取消|停止|无权|不能)[^，。；]{0,10}?(?:入学|上学|就学|读书|升学|就读|入园)/g],
    authorityOk: false,
    exemptMatch: /阻止|阻挠|拒绝|妨碍|剥夺|耽误|影响|辍学|逃学|旷课|让[^，。；]{0,6}辍学/,
  },
];

// --- splitting

const SENTENCE = /[。；;！!？?\n\r]+/;
const SUB = /[，,：:]/;

function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[（(]/g, '（').replace(/[）)]/g, '）')
    .replace(/[ \t\u3000]+/g, '');
}

/** The sub-clause of `sentence` that contains position `at`. */
function subClauseAt(sentence: string, at: number): { text: string; start: number; end: number } {
  let start = 0;
  for (let i = at - 1; i >= 0; i--) if (SUB.test(sentence[i]!)) { start = i + 1; break; }
  let end = sentence.length;
  for (let i = at; i < sentence.length; i++) if (SUB.test(sentence[i]!)) { end = i; break; }
  return { text: sentence.slice(start, end), start, end };
}

function previousSub(sentence: string, start: number): string {
  if (start <= 1) return '';
  return subClauseAt(sentence, start - 2).text;
}

/** The start index of the sanction word in a match (group s, s2, s3, else the whole match). */
function sanctionAt(m: RegExpExecArray): { at: number; word: string } {
  const idx = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups;
  for (const g of ['s', 's2', 's3']) {
    const span = idx?.[g];
    if (span) return { at: span[0], word: m.groups![g]! };
  }
  return { at: m.index, word: m[0] };
}

function trim(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Screens one clause's text. */
export function screenText(text: string, kind: CovenantKind = 'village'): ScreenFinding[] {
  const findings: ScreenFinding[] = [];
  const seen = new Set<string>();
  for (const raw of normalise(text).split(SENTENCE)) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const breach = BREACH.exec(sentence);
    for (const rule of RULES) {
      if (rule.needsBreach && !breach) continue;
      if (rule.exemptSentence?.test(sentence)) continue;
      for (const trigger of rule.triggers) {
        const re = new RegExp(trigger.source, 'gd');
        for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
          if (m[0] === '') { re.lastIndex++; continue; }
          const { at, word } = sanctionAt(m);
          // The words describe the conduct, not a sanction: 「不让孩子上学的家长，…」「私自扣押他人财物的，…」.
          if (/^[^，。；,]{0,6}的[^，。；,]{0,4}[，,]/.test(sentence.slice(m.index + m[0].length))) continue;
          // The sanction follows the conduct it punishes (「违者…」, 「对…的，…」).
          if (rule.needsBreach && breach!.index >= at) continue;
          const sub = subClauseAt(sentence, at);
          if (rule.idioms) {
            const around = sentence.slice(Math.max(0, at - 3), at + 4);
            if (rule.idioms.test(around)) continue;
          }
          if (rule.exemptMatch?.test(m[0])) continue;
          if (rule.exemptSub?.test(sub.text)) continue;
          if (PROTECTIVE.test(sentence.slice(0, at))) continue;
          if (rule.authorityOk) {
            const prev = previousSub(sentence, sub.start);
            if (AUTHORITY.test(sub.text) || (/依法|依照|按照[^，。；]{0,10}法/.test(sub.text) && AUTHORITY.test(prev))) continue;
          }
          // The excerpt runs from the sub-clause where the match starts to the one with the sanction.
          const from = subClauseAt(sentence, m.index).start;
          const excerpt = trim(sentence.slice(Math.min(from, sub.start), sub.end));
          const key = `${rule.rule}|${excerpt}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const words = m[0].length > word.length ? m[0] : word;
          findings.push({ rule: rule.rule, basis: rule.basis(kind), excerpt, message: `「${trim(words, 40)}」：${rule.why}` });
        }
      }
    }
  }
  return findings;
}

export const MAX_CLAUSES = 500;
export const MAX_CLAUSE_CHARS = 4000;

/** The named rule `covenant-screen`: every clause, lawful or with its findings. */
export function screenCovenant(input: ScreenInput): { results: ClauseScreen[] } {
  const kind = input.kind ?? 'village';
  if (input.clauses.length === 0) throw new RuleInputError('clauses', '至少需要一条条款 at least one clause');
  if (input.clauses.length > MAX_CLAUSES) throw new RuleInputError('clauses', `最多 ${MAX_CLAUSES} 条 at most ${MAX_CLAUSES} clauses`);
  const ids = new Set<string>();
  input.clauses.forEach((c, i) => {
    if (!c.id.trim()) throw new RuleInputError(`clauses[${i}].id`, '条款编号不能为空 the clause id is empty');
    if (ids.has(c.id)) throw new RuleInputError(`clauses[${i}].id`, `条款编号重复：${c.id} duplicate clause id ${c.id}`);
    ids.add(c.id);
    if (!c.text.trim()) throw new RuleInputError(`clauses[${i}].text`, '条款内容不能为空 the clause text is empty');
    if (c.text.length > MAX_CLAUSE_CHARS) throw new RuleInputError(`clauses[${i}].text`, `条款过长（最多 ${MAX_CLAUSE_CHARS} 字）too long`);
  });
  return {
    results: input.clauses.map((c) => {
      const findings = screenText(c.text, kind);
      return { id: c.id, lawful: findings.length === 0, findings };
    }),
  };
}

/** The rule names, for the reviewer's page and the docs. */
export const screenRuleNames = RULES.map((r) => r.rule);
