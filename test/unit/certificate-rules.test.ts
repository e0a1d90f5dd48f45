// Certificates by list (民发〔2020〕20号, shared/LAW.md §5), table-driven: the 20 national
// items are refused with basis and authority, under any of their desk names; provincial
// additions apply only in their province; the lawful list issues with its basis; a name on
// neither goes to the township; a forbidden list wins over a lawful entry of the same name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  certificateDecision, certificateNumber, forbiddenListFor, maskName, NATIONAL_FORBIDDEN, normaliseName, PROVINCIAL_FORBIDDEN,
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

test('names, numbers and masks', () => {
  assert.equal(normaliseName('居民身份信息证明（户籍证明）'), '居民身份信息证明');
  assert.equal(certificateNumber('500230210001', 2026, 7), '500230210001-2026-0007');
  assert.throws(() => certificateNumber('5002302', 2026, 1), RangeError);
  assert.throws(() => certificateNumber('500230210001', 2026, 0), RangeError);
  const masks: [string, string][] = [['谭秀英', '谭*英'], ['廖明', '廖*'], ['欧阳文华', '欧**华'], ['李', '*']];
  for (const [n, m] of masks) assert.equal(maskName(n), m);
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
