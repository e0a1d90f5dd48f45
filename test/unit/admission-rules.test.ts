// The work-admission decision against the county's three lists, the village's right to refuse
// what was not admitted, and the signboard rule (seed 000 §二(六); UCOL Art.20; 民发〔2015〕136号).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideSignboard, decideWorkRequest, villageMayRefuse, type ListedItem, type SignboardKind, type WorkRequestFacts } from '../../src/modules/admission/rules.ts';

const neg: ListedItem = { list: 'negativeMatters', title: '开具亲属关系证明', basis: '民发〔2020〕20号' };
const duty: ListedItem = { list: 'statutoryDuties', title: '召开村民会议', basis: '村民委员会组织法第二十一条' };
const assisted: ListedItem = { list: 'assistedMatters', title: '协助开展人口普查入户登记', basis: '全国人口普查条例第十一条' };
const base: WorkRequestFacts = { item: null, fundingFen: null, fundingSource: null, conditions: null, requiresDedicatedOffice: false, requiresDedicatedStaff: false };
const funded = { fundingFen: 300_000, fundingSource: '县统计局普查经费', conditions: '提供入户登记终端 2 台、培训 1 次' };

test('work requests are decided by the three lists', () => {
  const cases: [string, Partial<WorkRequestFacts>, string, string, string[]?][] = [
    ['negative list → refused with basis', { item: neg, ...funded }, 'refused', 'admission.negativeList', []],
    ['negative list even with dedicated office asked', { item: neg, requiresDedicatedOffice: true }, 'refused', 'admission.negativeList', []],
    ['statutory duty → admitted', { item: duty }, 'admitted', 'admission.statutoryDuty'],
    ['assisted, funded with conditions → admitted', { item: assisted, ...funded }, 'admitted', 'admission.assistedFunded'],
    ['assisted without funding → refused naming funding', { item: assisted, conditions: '培训' }, 'refused', 'admission.assistedUnfunded', ['funding']],
    ['assisted with 0 fen → funding missing', { item: assisted, fundingFen: 0, fundingSource: '县财政', conditions: '培训' }, 'refused', 'admission.assistedUnfunded', ['funding']],
    ['assisted with amount but no source → funding missing', { item: assisted, fundingFen: 100, fundingSource: ' ', conditions: '培训' }, 'refused', 'admission.assistedUnfunded', ['funding']],
    ['assisted without conditions', { item: assisted, fundingFen: 100, fundingSource: '县财政', conditions: '' }, 'refused', 'admission.assistedUnfunded', ['conditions']],
    ['assisted with nothing → both missing', { item: assisted }, 'refused', 'admission.assistedUnfunded', ['funding', 'conditions']],
    ['assisted but asks for dedicated staff', { item: assisted, ...funded, requiresDedicatedStaff: true }, 'refused', 'admission.dedicatedOfficeOrStaff', []],
    ['duty but asks for a dedicated office', { item: duty, requiresDedicatedOffice: true }, 'refused', 'admission.dedicatedOfficeOrStaff', []],
    ['on no list → county review', {}, 'countyReview', 'admission.unlisted'],
    ['on no list even when funded', funded, 'countyReview', 'admission.unlisted'],
  ];
  for (const [label, facts, outcome, rule, missing] of cases) {
    const d = decideWorkRequest({ ...base, ...facts });
    assert.equal(d.outcome, outcome, label);
    assert.equal(d.rule, rule, label);
    if (d.outcome === 'refused') assert.deepEqual(d.missing, missing, label);
    assert.ok(d.reason['zh-CN'].length > 0 && d.reason.en.length > 0, `${label}: bilingual reason`);
  }
  const n = decideWorkRequest({ ...base, item: neg });
  assert.equal(n.basis, '民发〔2020〕20号');
  assert.match(n.reason['zh-CN'], /民发〔2020〕20号/);
  assert.match(decideWorkRequest({ ...base }).basis, /第二十条/);
});

test('a village may refuse only what was not admitted', () => {
  assert.equal(villageMayRefuse('admitted').ok, false);
  assert.equal(villageMayRefuse('villageRefused').ok, false);
  assert.equal(villageMayRefuse('countyReview').ok, true);
  assert.equal(villageMayRefuse('refused').ok, true);
});

test('signboards: outside only the committee\'s own and 中国社区; others inside with admission', () => {
  const cases: [SignboardKind, 'outside' | 'inside', boolean, string][] = [
    ['partyOrganization', 'outside', false, 'allowed'],
    ['committee', 'outside', false, 'allowed'],
    ['chinaCommunity', 'outside', false, 'allowed'],
    ['internalStandard', 'outside', false, 'refused'],
    ['department', 'outside', false, 'refused'],
    ['department', 'outside', true, 'refused'],
    ['internalStandard', 'inside', false, 'allowed'],
    ['committee', 'inside', false, 'allowed'],
    ['department', 'inside', false, 'countyReview'],
    ['department', 'inside', true, 'allowed'],
  ];
  for (const [kind, where, admitted, outcome] of cases) {
    assert.equal(decideSignboard(kind, where, admitted).outcome, outcome, `${kind} ${where} admitted=${admitted}`);
  }
  const r = decideSignboard('department', 'outside', true);
  assert.equal(r.rule, 'signboard.outsideOnlyOwn');
  assert.ok(r.outcome === 'refused' && r.basis.includes('中国社区'));
});
