// Certificates by list (民发〔2020〕20号, shared/LAW.md §5), table-driven: the 20 national
// items are refused with basis and authority, under any of their desk names; provincial
// additions apply only in their province; the lawful list issues with its basis; a name on
// neither goes to the township; a forbidden list wins over a lawful entry of the same name;
// common names are recognised by the items' anchored patterns, which leave the lawful items alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  certificateDecision, certificateNumber, FORBIDDEN_PATTERNS, forbiddenListFor, HUBEI_BASIS, nameStem, NATIONAL_FORBIDDEN, normaliseName, PROVINCIAL_FORBIDDEN,
} from '../../src/modules/certificates/rules.ts';
import { certificateRules } from '../../src/modules/certificates/rule-specs.ts';
import { makeCalendar } from '../../src/core/calendar/calendar.ts';
import { AppError } from '../../src/core/errors.ts';
import { runRule } from '../../src/core/rules.ts';

const lawful = [
  { name: '居住证明', aliases: ['居民在本社区居住证明'], basis: '丰都县证明事项清单 第1项' },
  { name: '生活困难证明', aliases: [], basis: '丰都县证明事项清单 第2项' },
];
const CHONGQING_COUNTY = '500230000000';
const HUBEI_COUNTY = '421003000000';
const ZHEJIANG_COUNTY = '330106000000';

test('the national negative list has the 20 items of 民发〔2020〕20号 in order, each with basis and authority', () => {
  assert.equal(NATIONAL_FORBIDDEN.length, 20);
  assert.equal(NATIONAL_FORBIDDEN[0]!.name, '亲属关系证明');
  assert.equal(NATIONAL_FORBIDDEN[9]!.name, '健在证明');
  assert.equal(NATIONAL_FORBIDDEN[19]!.name, '证件遗失证明');
  NATIONAL_FORBIDDEN.forEach((f, i) => {
    assert.ok(f.basis.includes('民发〔2020〕20号') && f.basis.endsWith(`第${i + 1}项`), f.name);
    assert.ok(f.authority.length > 2, f.name);
  });
});

test('forbidden certificates are refused with reason, basis and the authority instead', () => {
  const list = forbiddenListFor(CHONGQING_COUNTY);
  const cases: [string, string][] = [
    ['亲属关系证明', '亲属关系证明'],
    [' 亲属关系 证明 ', '亲属关系证明'],
    ['户籍证明', '居民身份信息证明'],
    ['居民身份信息证明（户籍证明）', '居民身份信息证明'],
    ['无犯罪记录证明', '无犯罪记录证明'],
    ['健在证明', '健在证明'],
    ['收入证明', '居民财产证明'],
    ['单身证明', '婚姻状况证明'],
    ['经营场所证明', '市场主体住所证明'],
  ];
  for (const [asked, item] of cases) {
    const d = certificateDecision(asked, { forbidden: list, lawful });
    assert.equal(d.outcome, 'refuse', asked);
    if (d.outcome !== 'refuse') continue;
    assert.equal(d.item.name, item, asked);
    assert.equal(d.reasons[0]!.rule, 'certificate.forbidden');
    assert.match(d.reasons[0]!.article, /民发〔2020〕20号/);
    assert.ok(d.reasons[0]!.message.includes(d.item.authority), 'names the authority');
  }
  const kin = certificateDecision('亲属关系证明', { forbidden: list, lawful });
  assert.ok(kin.outcome === 'refuse' && /公安机关/.test(kin.item.authority));
});

test('common names of a forbidden certificate are recognised and refused at once', () => {
  const list = forbiddenListFor(CHONGQING_COUNTY);
  const cases: [string, string][] = [
    ['父子关系证明', '亲属关系证明'],
    ['母女关系证明', '亲属关系证明'],
    ['亲属关系', '亲属关系证明'],
    ['「祖孙关系」证明', '亲属关系证明'],
    ['开具兄弟姐妹关系证明', '亲属关系证明'],
    ['婆媳之间的关系证明书', '亲属关系证明'],
    ['家庭户口证明', '居民身份信息证明'],
    ['户口信息更正证明', '户口登记项目内容变更申请证明'],
    ['养狗证明', '居民养犬证明'],
    ['本人无违法犯罪记录证明', '无犯罪记录证明'],
    ['无违法证明', '无犯罪记录证明'],
    ['戒毒人员表现证明', '社区戒毒社区康复人员情况证明'],
    ['家人失踪证明', '人员失踪证明'],
    ['夫妻关系证明', '婚姻状况证明'],
    ['已婚证明', '婚姻状况证明'],
    ['出生日期证明', '出生证明'],
    ['老人在世证明', '健在证明'],
    ['去世证明', '死亡证明'],
    ['住院证明', '疾病状况证明'],
    ['伤残等级证明', '残疾状况证明'],
    ['独生子女证明', '婚育状况证明'],
    ['待业证明', '居民就业状况证明'],
    ['个人档案证明', '居民个人档案证明'],
    ['家庭收入证明', '居民财产证明'],
    ['无房证明', '居民财产证明'],
    ['继承人证明', '遗产继承权证明'],
    ['公司地址证明', '市场主体住所证明'],
    ['公司注册地址证明', '市场主体住所证明'],
    ['营业执照住所证明', '市场主体住所证明'],
    ['个体户经营场所证明', '市场主体住所证明'],
    ['住宅改为经营性用房证明', '市场主体住所证明'],
    ['身份证丢失证明', '证件遗失证明'],
    ['户口本遗失证明', '证件遗失证明'],
  ];
  for (const [asked, item] of cases) {
    const d = certificateDecision(asked, { forbidden: list, lawful });
    assert.equal(d.outcome, 'refuse', asked);
    if (d.outcome !== 'refuse') continue;
    assert.equal(d.item.name, item, asked);
    assert.equal(d.reasons[0]!.rule, 'certificate.forbidden');
    assert.ok(d.reasons[0]!.message.includes(`「${asked.trim()}」即「${item}」`) || d.reasons[0]!.message.startsWith(`「${item}」`), asked);
  }
  // every national and provincial item has patterns, keyed by an existing item's name
  const names = new Set([...NATIONAL_FORBIDDEN, ...Object.values(PROVINCIAL_FORBIDDEN).flat()].map((f) => f.name));
  for (const n of names) assert.ok((FORBIDDEN_PATTERNS[n] ?? []).length > 0, n);
  for (const k of Object.keys(FORBIDDEN_PATTERNS)) assert.ok(names.has(k), k);
});

test('the patterns leave lawful and merely similar names alone', () => {
  const list = forbiddenListFor(CHONGQING_COUNTY);
  // positive-list items recorded in LAW.md §5 (张家口, 肇庆) and plain look-alikes
  const wide = [...lawful,
    { name: '居（租）住证明', aliases: ['租住证明'], basis: '肇庆' },
    { name: '权属来源证明', aliases: [], basis: '肇庆' },
    { name: '贫困学生证明', aliases: [], basis: '肇庆' },
    { name: '参加社区实践活动证明', aliases: [], basis: '张家口' },
    { name: '住宅专项维修资金工程证明', aliases: [], basis: '张家口' },
    { name: '家庭经济困难证明', aliases: [], basis: '救助' },
  ];
  const cases: [string, 'issue' | 'township'][] = [
    ['居住证明', 'issue'],
    ['居民在本社区居住证明', 'issue'],
    ['居（租）住证明', 'issue'],
    ['租住证明', 'issue'],
    ['权属来源证明', 'issue'],
    ['贫困学生证明', 'issue'],
    ['参加社区实践活动证明', 'issue'],
    ['住宅专项维修资金工程证明', 'issue'],
    ['家庭经济困难证明', 'issue'],
    ['生活困难证明', 'issue'],
    ['住所证明', 'township'],
    ['实际居住地址证明', 'township'],
    ['劳动关系证明', 'township'],
    ['监护关系证明', 'township'],
    ['养老认证证明', 'township'],
    ['房屋坐落证明', 'township'],
    ['无', 'township'],
    ['证明', 'township'],
    ['缴费票据遗失证明', 'township'],
  ];
  for (const [name, outcome] of cases) assert.equal(certificateDecision(name, { forbidden: list, lawful: wide }).outcome, outcome, name);
});

test('a pattern match wins over a lawful entry, as an exact forbidden name does', () => {
  const wrongly = [...lawful, { name: '父子关系证明', aliases: [], basis: '某县清单' }];
  const d = certificateDecision('父子关系证明', { forbidden: forbiddenListFor(CHONGQING_COUNTY), lawful: wrongly });
  assert.ok(d.outcome === 'refuse' && d.item.name === '亲属关系证明');
  // an exact forbidden name (here a county addition) is preferred over another item's pattern
  const county = [{ name: '户口本遗失证明', aliases: [], basis: '县增补', authority: '派出所' }];
  const e = certificateDecision('户口本遗失证明', { forbidden: forbiddenListFor(CHONGQING_COUNTY, county), lawful });
  assert.ok(e.outcome === 'refuse' && e.item.name === '户口本遗失证明' && e.reasons[0]!.message.startsWith('「户口本遗失证明」列入'));
});

test('provincial additions apply only in their province', () => {
  const cases: [string, string, 'refuse' | 'township'][] = [
    [HUBEI_COUNTY, '转学证明', 'refuse'],
    [HUBEI_COUNTY, '缴费票据遗失证明', 'refuse'],
    [CHONGQING_COUNTY, '转学证明', 'township'],
    [ZHEJIANG_COUNTY, '健康证明', 'refuse'],
    [HUBEI_COUNTY, '健康证明', 'township'],
  ];
  for (const [county, name, outcome] of cases) {
    assert.equal(certificateDecision(name, { forbidden: forbiddenListFor(county), lawful: [] }).outcome, outcome, `${county} ${name}`);
  }
  assert.equal(forbiddenListFor(HUBEI_COUNTY).length, 20 + PROVINCIAL_FORBIDDEN['42']!.length);
  // LAW.md records the Hubei list by its web source only: the basis cites that, no document number
  for (const f of PROVINCIAL_FORBIDDEN['42']!) {
    assert.equal(f.basis, HUBEI_BASIS);
    assert.ok(f.basis.includes('http://m-jingzhou.cjyun.org/p/301730.html') && !f.basis.includes('〔2020〕32号'));
  }
  const lost = certificateDecision('发票丢失证明', { forbidden: forbiddenListFor(HUBEI_COUNTY), lawful: [] });
  assert.ok(lost.outcome === 'refuse' && lost.item.name === '缴费票据遗失证明');
});

test('lawful certificates are issued with their basis; unlisted ones go to the township', () => {
  const list = forbiddenListFor(CHONGQING_COUNTY);
  const cases: [string, 'issue' | 'township', string | null][] = [
    ['居住证明', 'issue', '丰都县证明事项清单 第1项'],
    ['居民在本社区居住证明', 'issue', '丰都县证明事项清单 第1项'],
    ['生活困难证明', 'issue', '丰都县证明事项清单 第2项'],
    ['养老认证证明', 'township', null],
    ['', 'township', null],
  ];
  for (const [name, outcome, basis] of cases) {
    const d = certificateDecision(name, { forbidden: list, lawful });
    assert.equal(d.outcome, outcome, name);
    if (d.outcome === 'issue') assert.equal(d.item.basis, basis);
    if (d.outcome === 'township') assert.equal(d.reasons[0]!.rule, 'certificate.unlisted');
  }
});

test('a forbidden list wins over a lawful entry of the same name; county additions count', () => {
  const wrongly = [...lawful, { name: '无犯罪记录证明', aliases: [], basis: '某县清单' }];
  assert.equal(certificateDecision('无犯罪记录证明', { forbidden: forbiddenListFor(CHONGQING_COUNTY), lawful: wrongly }).outcome, 'refuse');
  const county = [{ name: '房屋租赁备案证明', aliases: [], basis: '乡镇决定', authority: '住房和城乡建设部门' }];
  const d = certificateDecision('房屋租赁备案证明', { forbidden: forbiddenListFor(CHONGQING_COUNTY, county), lawful });
  assert.ok(d.outcome === 'refuse' && d.item.authority === '住房和城乡建设部门');
});

test('names and numbers', () => {
  assert.equal(normaliseName('居民身份信息证明（户籍证明）'), '居民身份信息证明');
  const stems: [string, string][] = [['亲属关系证明', '亲属关系'], [' 开具「父子关系」的证明书 ', '父子关系'], ['居住证明材料', '居住'], ['证明', '']];
  for (const [n, s] of stems) assert.equal(nameStem(n), s, n);
  assert.equal(certificateNumber('500230210001', 2026, 7), '500230210001-2026-0007');
  assert.throws(() => certificateNumber('5002302', 2026, 1), RangeError);
  assert.throws(() => certificateNumber('500230210001', 2026, 0), RangeError);
});

test('the named rule certificate-decision (CLI and HTTP) answers from the same function', () => {
  const spec = certificateRules.find((r) => r.name === 'certificate-decision')!;
  const cal = makeCalendar();
  const kin = runRule(spec, { countyCode: CHONGQING_COUNTY, name: '亲属关系证明' }, cal) as { outcome: string; item: { authority: string }; reasons: { article: string }[] };
  assert.equal(kin.outcome, 'refuse');
  assert.match(kin.item.authority, /公安机关/);
  assert.match(kin.reasons[0]!.article, /民发〔2020〕20号.*第1项$/);
  assert.equal((runRule(spec, { countyCode: HUBEI_COUNTY, name: '转学证明' }, cal) as { outcome: string }).outcome, 'refuse');
  assert.equal((runRule(spec, { countyCode: CHONGQING_COUNTY, name: '居住证明', lawful }, cal) as { outcome: string }).outcome, 'issue');
  assert.equal((runRule(spec, { countyCode: CHONGQING_COUNTY, name: '居住证明' }, cal) as { outcome: string }).outcome, 'township');
  assert.throws(() => runRule(spec, { countyCode: '500230210001', name: '居住证明' }, cal), (e: unknown) => e instanceof AppError && e.errors[0]!.field === 'countyCode');
});
