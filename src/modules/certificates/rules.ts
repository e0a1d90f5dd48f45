// Certificates by list (社区「万能章」治理): may the residents' / villagers' committee issue a
// certificate? Pure: the decision takes the lists as data and reads nothing else.
//
// 民发〔2020〕20号 《关于改进和规范基层群众性自治组织出具证明工作的指导意见》 (shared/LAW.md §5):
// 「基层群众性自治组织出具证明的事项，必须是有明确法律法规依据或经国务院批准列入保留证明事项清单、
// 属于基层群众性自治组织职责范围的事项。凡是没有法律法规依据或未经国务院批准列入保留证明事项清单的
// 证明事项，基层群众性自治组织不予出具。」 Seed 000 §二(六)3 says the same for the county's seals.
//
// Hence three outcomes:
// - on a forbidden list (national, provincial or the county's own) → refused at once, with the
//   reason, the basis and where the resident goes instead;
// - on the county's lawful list (each entry with its legal basis) → issued;
// - on neither → the township decides, and its decision extends one of the lists.
// A name on both a forbidden and the lawful list is refused: the national and provincial
// negative lists bind the county.
//
// Recognising a name. The desk writes what the resident asks for, not the list's wording, so a
// name is first normalised (NFKC, no spaces, punctuation or bracketed glosses, no leading 开具/出具/
// 办理, no trailing 证明/证明书/证明信/证明材料: `nameStem`) and then matched in this order:
// 1. exactly (stem equal) against a forbidden item's name or aliases → refused;
// 2. against the small set of patterns of a national or provincial item (`FORBIDDEN_PATTERNS`),
//    each anchored to the WHOLE stem, so that e.g. 父子关系证明 / 母女关系证明 / 亲属关系 are
//    recognised as 亲属关系证明 but a name that merely contains a keyword is not → refused;
// 3. exactly against the county's lawful list → issued;
// 4. otherwise → the township.
// A pattern match wins over a lawful entry, as an exact forbidden name does: the patterns are the
// negative list read under its common names, and the negative list binds the county. The service
// uses the same decision when the county adds a lawful entry, so a lawful name that the negative
// list recognises cannot be added in the first place. To keep this safe the patterns are narrow and
// tested against the positive-list items LAW.md §5 records (居住证明, 居（租）住证明, 生活困难证明,
// 贫困学生证明, 权属来源证明 …); a name they miss goes to the township, which can add it to the
// county's forbidden list. County additions match by name and aliases only.

export interface ForbiddenItem {
  name: string;
  /** Other names the same certificate goes by at the desk (e.g. 户籍证明). */
  aliases: readonly string[];
  basis: string;
  /** Who holds the facts and serves the resident instead. */
  authority: string;
}

export interface LawfulItem {
  id?: number;
  name: string;
  aliases: readonly string[];
  basis: string;
}

export const NATIONAL_BASIS = '民发〔2020〕20号《不应由基层群众性自治组织出具证明事项清单（第一批）》';

/**
 * The first national negative list: 20 items (民发〔2020〕20号, shared/LAW.md §5, numbered as there).
 * The names and their order are the list's. The `authority` column is ours: the office that holds
 * the facts in question (公安 for household registration and criminal records, 民政 for marriage,
 * 医疗机构 for birth and illness, 残联 for disability …). The list as recorded in LAW.md names
 * items only, so the county should check this column against its provincial 办事指南 and may edit
 * its own additions.
 */
export const NATIONAL_FORBIDDEN: readonly ForbiddenItem[] = [
  { name: '亲属关系证明', aliases: ['亲属证明', '直系亲属关系证明'], basis: `${NATIONAL_BASIS} 第1项`, authority: '公安机关户籍管理部门（户口簿、户籍信息）或公证机构（亲属关系公证）' },
  { name: '居民身份信息证明', aliases: ['户籍证明', '身份证明', '户口证明'], basis: `${NATIONAL_BASIS} 第2项`, authority: '公安机关户籍管理部门（派出所）' },
  { name: '户口登记项目内容变更申请证明', aliases: ['户口变更证明', '户口登记变更证明'], basis: `${NATIONAL_BASIS} 第3项`, authority: '公安机关户籍管理部门（派出所）' },
  { name: '居民养犬证明', aliases: ['养犬证明'], basis: `${NATIONAL_BASIS} 第4项`, authority: '养犬登记管理部门（公安机关）' },
  { name: '无犯罪记录证明', aliases: ['无违法犯罪证明', '无犯罪证明'], basis: `${NATIONAL_BASIS} 第5项`, authority: '公安机关（派出所）' },
  { name: '社区戒毒社区康复人员情况证明', aliases: ['表现证明', '戒毒康复表现证明'], basis: `${NATIONAL_BASIS} 第6项`, authority: '乡镇（街道）社区戒毒社区康复工作办公室、公安机关' },
  { name: '人员失踪证明', aliases: ['失踪证明'], basis: `${NATIONAL_BASIS} 第7项`, authority: '公安机关（报案回执）；宣告失踪由人民法院判决' },
  { name: '婚姻状况证明', aliases: ['婚姻关系证明', '分居证明', '单身证明', '未婚证明', '离婚证明'], basis: `${NATIONAL_BASIS} 第8项`, authority: '民政部门婚姻登记机关（婚姻登记记录）' },
  { name: '出生证明', aliases: [], basis: `${NATIONAL_BASIS} 第9项`, authority: '助产医疗机构（《出生医学证明》）' },
  { name: '健在证明', aliases: ['生存证明', '活着证明'], basis: `${NATIONAL_BASIS} 第10项`, authority: '需要认证的经办机构（如社会保险经办机构）通过本人到场或视频认证' },
  { name: '死亡证明', aliases: [], basis: `${NATIONAL_BASIS} 第11项`, authority: '医疗卫生机构（《居民死亡医学证明（推断）书》）或公安机关' },
  { name: '疾病状况证明', aliases: ['急诊证明', '意外伤害证明', '疾病证明'], basis: `${NATIONAL_BASIS} 第12项`, authority: '医疗机构' },
  { name: '残疾状况证明', aliases: ['残疾证明'], basis: `${NATIONAL_BASIS} 第13项`, authority: '残疾人联合会（《残疾人证》）' },
  { name: '婚育状况证明', aliases: ['生育状况证明', '计划生育证明'], basis: `${NATIONAL_BASIS} 第14项`, authority: '卫生健康部门（生育登记信息）或本人书面承诺' },
  { name: '居民就业状况证明', aliases: ['就业证明', '失业证明', '无业证明'], basis: `${NATIONAL_BASIS} 第15项`, authority: '人力资源和社会保障部门（就业失业登记）' },
  { name: '居民个人档案证明', aliases: ['档案证明'], basis: `${NATIONAL_BASIS} 第16项`, authority: '保管档案的机构（人才交流中心、档案馆、单位）' },
  { name: '居民财产证明', aliases: ['经济状况证明', '收入证明', '偿还能力证明', '房产证明', '存款证明', '投资证明', '车辆所有权证明'], basis: `${NATIONAL_BASIS} 第17项`, authority: '不动产登记机构、金融机构、公安交通管理部门、用人单位等持有该信息的机构' },
  { name: '遗产继承权证明', aliases: ['继承权证明'], basis: `${NATIONAL_BASIS} 第18项`, authority: '公证机构（继承公证）或人民法院' },
  { name: '市场主体住所证明', aliases: ['经营场所证明', '住宅改经营性用房证明', '经营性用房无扰民证明', '营业执照住所证明', '企业住所证明'], basis: `${NATIONAL_BASIS} 第19项`, authority: '市场监督管理部门（申请人提交住所使用证明或书面承诺）' },
  { name: '证件遗失证明', aliases: ['遗失证明'], basis: `${NATIONAL_BASIS} 第20项`, authority: '原发证机关（挂失补办）' },
];

/** The Hubei list as shared/LAW.md §5 records it: by its source address only. */
export const HUBEI_BASIS = '湖北省不应由基层群众性自治组织出具证明事项清单（21项，新增缴费票据遗失证明、转学证明；来源：http://m-jingzhou.cjyun.org/p/301730.html）';

/**
 * Provincial additions to the negative list, keyed by the 2-digit province code (shared/LAW.md §5).
 * 湖北 (42): 21 items, adding 缴费票据遗失证明 and 转学证明. LAW.md records the list by its web source
 * only, so the basis cites that; the county must confirm the provincial document's title and number
 * (文号) before relying on it and may then correct the basis text here.
 * 浙江 (33): 28 items in 2023, among them 健康证明 (the other additions are not recorded in LAW.md).
 * 广东 (44) has 23 items; LAW.md does not name its additions, so none are entered here.
 */
export const PROVINCIAL_FORBIDDEN: Readonly<Record<string, readonly ForbiddenItem[]>> = {
  '42': [
    { name: '缴费票据遗失证明', aliases: ['票据遗失证明'], basis: HUBEI_BASIS, authority: '原开具票据的收费单位' },
    { name: '转学证明', aliases: [], basis: HUBEI_BASIS, authority: '教育行政部门和转出、转入学校' },
  ],
  '33': [
    { name: '健康证明', aliases: ['身体健康证明'], basis: '浙江省基层群众性自治组织出具证明事项「三张清单」（2023）', authority: '医疗卫生机构（体检机构）' },
  ],
};

/** The negative list in force for a county: national, then the province's, then the county's own additions. */
export function forbiddenListFor(countyCode: string, countyAdditions: readonly ForbiddenItem[] = []): ForbiddenItem[] {
  return [...NATIONAL_FORBIDDEN, ...(PROVINCIAL_FORBIDDEN[countyCode.slice(0, 2)] ?? []), ...countyAdditions];
}

/** Names are compared without spaces, punctuation or the contents of brackets (「居民身份信息证明（户籍证明）」 = 居民身份信息证明). */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').replace(/[（(][^）)]*[）)]/g, '').replace(/[\s「」『』“”‘’"'《》〈〉·・、，,。.:：;；!！?？\-—_\/]+/g, '').trim();
}

/** The normalised name without a leading 开具/出具/办理 and a trailing 证明 (证明书, 证明信, 证明材料, 的证明). */
export function nameStem(s: string): string {
  return normaliseName(s).replace(/^(?:申请|请求|要求)?(?:开具|出具|办理)/, '').replace(/(?:的)?证明(?:书|信|材料|文件)?$/, '');
}

// Kinship words (亲属关系证明 under its common names: 父子、母女、兄弟、祖孙 … 关系).
const KIN = '(?:父|母|爸|妈|子|女|儿|兄|弟|姐|妹|哥|祖|孙|爷|奶|外公|外婆|姥|叔|伯|姑|舅|姨|侄|甥|婿|媳|婆|亲属|亲戚|亲子|直系|旁系|血缘|家庭成员)';
const WHO = '(?:居民|村民|本人|个人|家庭|家人|申请人)?';

/**
 * Common names of the national and provincial items, keyed by the item's name. Each pattern is
 * matched against the whole `nameStem` (anchored), never a substring. Items of the county's own
 * list have none: they match by name and aliases.
 */
export const FORBIDDEN_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  亲属关系证明: [new RegExp(`^${KIN}+(?:之间)?的?关系$`), /^(?:直系)?亲属$/],
  居民身份信息证明: [new RegExp(`^${WHO}(?:身份|户籍|户口)(?:信息|情况|登记信息)?$`)],
  户口登记项目内容变更申请证明: [/^户口(?:登记)?(?:项目)?(?:内容|信息)?(?:变更|更正)(?:申请)?$/],
  居民养犬证明: [new RegExp(`^${WHO}养(?:犬|狗)$`)],
  无犯罪记录证明: [new RegExp(`^${WHO}(?:无|没有)(?:违法违纪|违法|违纪)?犯罪(?:记录)?$`), new RegExp(`^${WHO}(?:无|没有)违法(?:违纪)?(?:记录)?$`), /^(?:违法)?犯罪记录$/],
  社区戒毒社区康复人员情况证明: [/^(?:社区)?戒毒(?:社区)?(?:康复)?(?:人员)?(?:情况|表现)?$/],
  人员失踪证明: [new RegExp(`^(?:人员|${WHO})失踪(?:情况)?$`)],
  婚姻状况证明: [new RegExp(`^${WHO}(?:婚姻|婚否)(?:状况|情况|关系)?$`), /^(?:未婚|已婚|离婚|丧偶|再婚|单身|分居|无配偶|夫妻|配偶)(?:关系|状况|情况)?$/],
  出生证明: [/^出生(?:医学|日期|时间|情况)?$/],
  健在证明: [/^(?:本人|老人)?(?:健在|生存|存活|活着|在世)(?:状况|情况)?$/],
  死亡证明: [/^(?:死亡|身故|去世|病故|亡故|已故)(?:情况|原因|医学)?$/],
  疾病状况证明: [new RegExp(`^${WHO}(?:疾病|患病|病情|伤病|急诊|意外伤害|意外|住院|就诊)(?:状况|情况)?$`)],
  残疾状况证明: [new RegExp(`^${WHO}(?:残疾|伤残|残障)(?:状况|情况|等级)?$`)],
  婚育状况证明: [new RegExp(`^${WHO}(?:婚育|生育|计划生育|计生|未生育|独生子女)(?:状况|情况)?$`)],
  居民就业状况证明: [new RegExp(`^${WHO}(?:就业|失业|无业|待业|未就业|无工作|在职|工作)(?:状况|情况)?$`)],
  居民个人档案证明: [new RegExp(`^${WHO}(?:个人)?档案(?:情况)?$`)],
  居民财产证明: [new RegExp(`^${WHO}(?:财产|资产|经济状况|经济情况|收入|工资收入|偿还能力|还款能力|房产|房屋产权|存款|投资|车辆所有权|车辆|无房)(?:状况|情况)?$`)],
  遗产继承权证明: [/^(?:遗产)?继承(?:权|关系|人)?$/],
  市场主体住所证明: [
    /^(?:市场主体|企业|公司|个体工商户|个体户|营业执照|工商注册|工商登记|注册|经营|营业|商铺|店铺)+的?(?:住所|地址|场所|用房)(?:使用)?$/,
    /^住(?:宅|房)改(?:为)?经营(?:性)?用房$/, /^(?:经营(?:性)?用房|经营场所)?无扰民$/,
  ],
  证件遗失证明: [/^.{0,8}(?:证|证件|证书|执照|户口簿|户口本|卡|存折)(?:遗失|丢失|被盗|挂失)$/],
  缴费票据遗失证明: [/^(?:缴费|收费)?(?:票据|发票|收据)(?:遗失|丢失)$/],
  转学证明: [/^转学(?:手续)?$/],
  健康证明: [/^(?:身体)?健康(?:状况|情况)?$/],
};

const exactly = (name: string, item: { name: string; aliases: readonly string[] }) => {
  const n = nameStem(name);
  return n.length > 0 && [item.name, ...item.aliases].some((x) => nameStem(x) === n);
};

const byPattern = (name: string, item: ForbiddenItem) => {
  const n = nameStem(name);
  return n.length > 0 && (FORBIDDEN_PATTERNS[item.name] ?? []).some((p) => p.test(n));
};

export interface Reason { rule: string; article: string; message: string }

export type CertificateDecision =
  | { outcome: 'issue'; item: LawfulItem; reasons: Reason[] }
  | { outcome: 'refuse'; item: ForbiddenItem; reasons: Reason[] }
  | { outcome: 'township'; reasons: Reason[] };

/** The list decision (民发〔2020〕20号 二(一)). */
export function certificateDecision(name: string, lists: { forbidden: readonly ForbiddenItem[]; lawful: readonly LawfulItem[] }): CertificateDecision {
  const exact = lists.forbidden.find((f) => exactly(name, f));
  const forbidden = exact ?? lists.forbidden.find((f) => byPattern(name, f));
  if (forbidden) {
    const asked = name.trim();
    const what = exact ? `「${forbidden.name}」` : `「${asked}」即「${forbidden.name}」，`;
    return {
      outcome: 'refuse', item: forbidden,
      reasons: [{ rule: 'certificate.forbidden', article: forbidden.basis,
        message: `${what}列入不应由村(居)民委员会出具的证明事项清单，不予出具；请到${forbidden.authority}办理` }],
    };
  }
  const lawful = lists.lawful.find((l) => exactly(name, l));
  if (lawful) {
    return {
      outcome: 'issue', item: lawful,
      reasons: [{ rule: 'certificate.lawful', article: lawful.basis, message: `「${lawful.name}」列入本县村(居)民委员会可以出具的证明事项清单，依据：${lawful.basis}` }],
    };
  }
  return {
    outcome: 'township',
    reasons: [{ rule: 'certificate.unlisted', article: '民发〔2020〕20号 二(一)',
      message: `「${name.trim()}」不在任何清单上：没有法律法规依据的证明不予出具，由乡镇(街道)审核后决定列入可出具或不应出具清单` }],
  };
}

/** The certificate number: village code, year, sequence within the village and year (e.g. 500230210001-2026-0007). */
export function certificateNumber(villageCode: string, year: number, seq: number): string {
  if (!/^\d{12}$/.test(villageCode) || !Number.isInteger(seq) || seq < 1 || seq > 999_999) throw new RangeError('certificate number out of range');
  return `${villageCode}-${year}-${String(seq).padStart(4, '0')}`;
}

