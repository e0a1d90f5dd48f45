// Pure rules of committee elections, table-driven at the statute's boundaries (shared/LAW.md §1):
// 「过半数」 strictly more than half, 「不得少于三分之一」 and 「以上」 include the number; spoilt
// ballots count in the denominator; more ballots than voters voids the round; ties at the cut-off
// go to a re-vote; proxies over the provincial cap are invalid. Property tests with a small seeded
// generator: never more elected than seats; in a first round the elected are majority holders.
// The timeline across the 2026 National Day holiday (10-01..10-07 off, Sat 10-10 a workday).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCalendar } from '../../src/core/calendar/calendar.ts';
import { AppError } from '../../src/core/errors.ts';
import { RuleInputError, runRule } from '../../src/core/rules.ts';
import { profiles } from '../../src/modules/elections/profiles.ts';
import { electionRules } from '../../src/modules/elections/rule-specs.ts';
import {
  adultOn, candidateList, electionPeriod, electionTally, periodsOverlap, relativesFromHouseholds, revoteTally, electionTimeline, electionTurnout, recall, voterEligibility, voterListDeadline,
  type TallyCandidate, type TallyInput,
} from '../../src/modules/elections/rules.ts';

const cal = makeCalendar();
const c = (name: string, votes: number, extra: Partial<TallyCandidate> = {}): TallyCandidate => ({ name, votes, ...extra });
const tally = (o: Partial<TallyInput> & Pick<TallyInput, 'candidates'>) => electionTally({
  profile: 'national', round: 'first', seats: 1, registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80, ...o,
});
function throwsNaming(fn: () => unknown, field: string, label: string) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof RuleInputError, `${label}: a RuleInputError, got ${String(e)}`);
    assert.equal(e.field, field, `${label}: names ${field}`);
    return true;
  }, label);
}
const rules = (r: { reasons: { rule: string }[] }) => r.reasons.map((x) => x.rule);

// --- election-tally, first round

interface TallyCase { why: string; input: Partial<TallyInput> & Pick<TallyInput, 'candidates'>; valid: boolean; void?: boolean; elected: string[]; unfilled: number; majorityMin?: number | null; tie?: { seats: number; candidates: string[] } | null; supp?: string[] | null }
const tallyCases: TallyCase[] = [
  { why: 'exactly half of the registered voters voting is not 过半数', input: { registeredVoters: 100, votersWhoVoted: 50, ballotsReturned: 50, candidates: [c('甲', 40), c('乙', 10)] }, valid: false, elected: [], unfilled: 1 },
  { why: 'one more than half voting makes the election valid', input: { registeredVoters: 100, votersWhoVoted: 51, ballotsReturned: 51, candidates: [c('甲', 40), c('乙', 10)] }, valid: true, elected: ['甲'], unfilled: 0, majorityMin: 26 },
  { why: 'exactly half of those who voted is not a majority', input: { votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 40), c('乙', 38)] }, valid: true, elected: [], unfilled: 1, majorityMin: 41, supp: ['甲', '乙'] },
  { why: 'spoilt ballots count in the denominator: 41 of 80 wins although valid ballots are only 60', input: { votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 41), c('乙', 19)] }, valid: true, elected: ['甲'], unfilled: 0, majorityMin: 41 },
  { why: 'with spoilt ballots, 31 of 60 valid is still no majority of the 80 who voted', input: { votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 31), c('乙', 29)] }, valid: true, elected: [], unfilled: 1, majorityMin: 41, supp: ['甲', '乙'] },
  { why: 'odd voters: 61 of 121 is more than half', input: { registeredVoters: 200, votersWhoVoted: 121, ballotsReturned: 121, candidates: [c('甲', 61), c('乙', 60)] }, valid: true, elected: ['甲'], unfilled: 0, majorityMin: 61 },
  { why: 'more ballots returned than voters voids the round', input: { votersWhoVoted: 80, ballotsReturned: 81, candidates: [c('甲', 70)] }, valid: false, void: true, elected: [], unfilled: 1 },
  { why: 'ballots returned equal to voters is valid', input: { votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 70)] }, valid: true, elected: ['甲'], unfilled: 0 },
  { why: 'fewer ballots returned than voters is valid; the majority counts voters', input: { votersWhoVoted: 80, ballotsReturned: 70, candidates: [c('甲', 41), c('乙', 29)] }, valid: true, elected: ['甲'], unfilled: 0, majorityMin: 41 },
  { why: 'more majority holders than seats: the highest win', input: { seats: 2, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 60), c('乙', 50), c('丙', 45)] }, valid: true, elected: ['甲', '乙'], unfilled: 0 },
  { why: 'a tie at the cut-off goes to a re-vote between the tied', input: { seats: 2, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 60), c('乙', 50), c('丙', 50)] }, valid: true, elected: ['甲'], unfilled: 1, tie: { seats: 1, candidates: ['乙', '丙'] }, supp: null },
  { why: 'a tie above the cut-off elects both', input: { seats: 3, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 50), c('乙', 50), c('丙', 45), c('丁', 44)] }, valid: true, elected: ['甲', '乙', '丙'], unfilled: 0 },
  { why: 'one seat unfilled: supplementary round among the highest non-elected, one more than seats', input: { seats: 3, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 60), c('乙', 55), c('丙', 40), c('丁', 38), c('戊', 30)] }, valid: true, elected: ['甲', '乙'], unfilled: 1, supp: ['丙', '丁'] },
  { why: 'a write-in with a majority is elected', input: { seats: 1, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 20), c('乙', 15), c('另选', 45, { writeIn: true })] }, valid: true, elected: ['另选'], unfilled: 0 },
];
for (const k of tallyCases) {
  test(`election-tally: ${k.why}`, () => {
    const r = tally(k.input);
    assert.equal(r.valid, k.valid, 'valid');
    assert.equal(r.void, k.void ?? false, 'void');
    assert.deepEqual(r.elected.map((e) => e.name), k.elected, 'elected');
    assert.equal(r.seatsUnfilled, k.unfilled, 'seatsUnfilled');
    if (k.majorityMin !== undefined) assert.equal(r.majorityMinVotes, k.majorityMin, 'majorityMinVotes');
    if (k.tie !== undefined) assert.deepEqual(r.tieRevote, k.tie, 'tieRevote');
    if (k.supp !== undefined) assert.deepEqual(r.supplementaryRound?.candidates ?? null, k.supp, 'supplementary candidates');
    assert.ok(r.reasons.length >= 2 && r.reasons.every((x) => x.rule && x.article && x.message), 'every reason has rule, article and message');
  });
}

test('election-tally: the verdict names the rule that decided', () => {
  assert.ok(rules(tally({ votersWhoVoted: 80, ballotsReturned: 81, candidates: [c('甲', 70)] })).includes('tally.overReturned'));
  assert.ok(rules(tally({ seats: 2, candidates: [c('甲', 60), c('乙', 50), c('丙', 50)] })).includes('tally.tie'));
  const unfilled = tally({ seats: 2, candidates: [c('甲', 60), c('乙', 30), c('丙', 20)] });
  assert.ok(rules(unfilled).includes('tally.supplementaryRound'));
  assert.equal(unfilled.reasons.find((x) => x.rule === 'tally.majority')!.article.includes('第十五条'), true);
});

// --- supplementary round (另行选举): at least one third of the ballots cast

const suppCases: { why: string; ballots: number; votes: [string, number][]; seats?: number; elected: string[]; threshold: number; tie?: string[] }[] = [
  { why: 'exactly one third of 90 ballots (30) is enough', ballots: 90, votes: [['丙', 30], ['丁', 29]], elected: ['丙'], threshold: 30 },
  { why: 'one vote below a third (29 of 90) is not', ballots: 90, votes: [['丙', 29], ['丁', 28]], elected: [], threshold: 30 },
  { why: 'a third of 91 ballots rounds up: 31 needed', ballots: 91, votes: [['丙', 30], ['丁', 29]], elected: [], threshold: 31 },
  { why: 'highest votes win, not a majority: 40 of 100', ballots: 100, votes: [['丙', 40], ['丁', 35], ['戊', 25]], elected: ['丙'], threshold: 34 },
  { why: 'a tie at the cut-off in the supplementary round goes to a re-vote', ballots: 90, votes: [['丙', 40], ['丁', 40]], elected: [], threshold: 30, tie: ['丙', '丁'] },
  { why: 'two seats, two above the threshold', ballots: 90, seats: 2, votes: [['丙', 45], ['丁', 31], ['戊', 14]], elected: ['丙', '丁'], threshold: 30 },
];
for (const k of suppCases) {
  test(`election-tally, supplementary: ${k.why}`, () => {
    const r = tally({ round: 'supplementary', seats: k.seats ?? 1, registeredVoters: 150, votersWhoVoted: k.ballots, ballotsReturned: k.ballots, candidates: k.votes.map(([n, v]) => c(n, v)), membersAlreadyElected: 2 });
    assert.equal(r.valid, true);
    assert.equal(r.thresholdMinVotes, k.threshold);
    assert.equal(r.majorityMinVotes, null);
    assert.deepEqual(r.elected.map((e) => e.name), k.elected);
    assert.deepEqual(r.tieRevote?.candidates ?? null, k.tie ?? null);
  });
}

test('after a supplementary round: may a vacancy remain (profile rule)', () => {
  const input = { round: 'supplementary' as const, seats: 1, registeredVoters: 150, votersWhoVoted: 90, ballotsReturned: 90, candidates: [c('丙', 20), c('丁', 19)] };
  const national = tally({ ...input, membersAlreadyElected: 4 });
  assert.equal(national.vacancyMayRemain, false, 'the national text has no vacancy rule');
  assert.deepEqual(national.supplementaryRound?.candidates, ['丙', '丁'], 'another supplementary round');
  const zj = tally({ ...input, profile: 'zhejiang', membersAlreadyElected: 3 });
  assert.equal(zj.vacancyMayRemain, true, 'zhejiang: 3 members elected, the seat may stay vacant');
  assert.equal(zj.supplementaryRound, null);
  assert.ok(zj.reasons.find((x) => x.rule === 'tally.vacancy')!.article.includes('第三十条'));
  const zj2 = tally({ ...input, profile: 'zhejiang', membersAlreadyElected: 2 });
  assert.equal(zj2.vacancyMayRemain, false, 'zhejiang: only 2 elected, another round');
  assert.equal(zj2.seatsUnfilled, 1);
});

// --- zhejiang: the separate women's seat and kinship avoidance

test('zhejiang: the women\'s seat is tallied separately and continues into the supplementary round when no woman is elected', () => {
  const r = tally({ profile: 'zhejiang', seats: 2, candidates: [c('甲', 60), c('乙', 50), c('丙', 30)], womenSeat: { seats: 1, candidates: [c('丁', 35, { female: true }), c('戊', 30, { female: true })] } });
  assert.deepEqual(r.elected.map((e) => [e.name, e.seat]), [['甲', 'members'], ['乙', 'members']]);
  assert.equal(r.seatsUnfilled, 1);
  assert.deepEqual(r.supplementaryRound?.womenSeat, { seats: 1, candidates: ['丁', '戊'] });
  assert.equal(r.supplementaryRound?.seats, 0);
  const won = tally({ profile: 'zhejiang', seats: 2, candidates: [c('甲', 60), c('乙', 50)], womenSeat: { seats: 1, candidates: [c('丁', 45, { female: true }), c('戊', 30, { female: true })] } });
  assert.deepEqual(won.elected.map((e) => [e.name, e.seat]), [['甲', 'members'], ['乙', 'members'], ['丁', 'women']]);
  assert.equal(won.seatsUnfilled, 0);
  // A woman elected among the members: the women's seat does not continue on its own.
  const among = tally({ profile: 'zhejiang', seats: 2, candidates: [c('甲', 60, { female: true }), c('乙', 50), c('己', 20)], womenSeat: { seats: 1, candidates: [c('丁', 35, { female: true }), c('戊', 30, { female: true })] } });
  assert.equal(among.supplementaryRound?.womenSeat, null);
  assert.equal(among.supplementaryRound?.seats, 1);
  throwsNaming(() => tally({ seats: 2, candidates: [c('甲', 60)], womenSeat: { seats: 1, candidates: [c('丁', 45)] } }), 'womenSeat', 'national has no separate women\'s seat');
});

test('zhejiang: relatives elected together keep the higher vote; the next majority holder fills the seat', () => {
  const input = { seats: 2, registeredVoters: 150, votersWhoVoted: 100, ballotsReturned: 100, candidates: [c('张父', 60, { relatives: ['张子'] }), c('张子', 55), c('李', 52), c('王', 20)] };
  const zj = tally({ ...input, profile: 'zhejiang' });
  assert.deepEqual(zj.elected.map((e) => e.name), ['张父', '李']);
  assert.ok(rules(zj).includes('tally.kinship'));
  const national = tally({ ...input, profile: 'national' });
  assert.deepEqual(national.elected.map((e) => e.name), ['张父', '张子'], 'no kinship rule in the national text');
  // No next majority holder: the seat stays unfilled, the relative is not a supplementary candidate.
  const none = tally({ profile: 'zhejiang', seats: 2, candidates: [c('张父', 60, { relatives: ['张子'] }), c('张子', 55), c('王', 20), c('赵', 10)] });
  assert.deepEqual(none.elected.map((e) => e.name), ['张父']);
  assert.deepEqual(none.supplementaryRound?.candidates, ['王', '赵']);
});

test('zhejiang: a relative of someone elected earlier (higher post, earlier round) is not elected nor a supplementary candidate', () => {
  const input = { seats: 2, registeredVoters: 150, votersWhoVoted: 100, ballotsReturned: 100, candidates: [c('张子', 70, { relatives: ['张父'] }), c('李', 52), c('王', 20)], alreadyElected: ['张父'] };
  const zj = tally({ ...input, profile: 'zhejiang' });
  assert.deepEqual(zj.elected.map((e) => e.name), ['李']);
  assert.ok(zj.reasons.some((r) => r.rule === 'tally.kinship' && r.message.includes('已当选的 张父')));
  assert.deepEqual(zj.supplementaryRound?.candidates, ['王']);
  assert.deepEqual(tally({ ...input, profile: 'national' }).elected.map((e) => e.name), ['张子', '李'], 'no kinship rule in the national text');
  assert.deepEqual(tally({ ...input, profile: 'zhejiang', alreadyElected: [] }).elected.map((e) => e.name), ['张子', '李']);
});

test('Art.13¶3 periods: from the roll deadline (20 days before) to the end of the supplementary window; overlap is inclusive', () => {
  assert.deepEqual(electionPeriod('zhejiang', '2026-10-18'), { from: '2026-09-28', to: '2026-11-17' });
  assert.deepEqual(electionPeriod('national', '2026-10-18'), { from: '2026-09-28', to: '2026-10-18' });
  assert.equal(periodsOverlap(electionPeriod('national', '2026-10-18'), electionPeriod('national', '2026-11-07')), true, 'touching on 10-18');
  assert.equal(periodsOverlap(electionPeriod('national', '2026-10-18'), electionPeriod('national', '2026-11-08')), false);
});

test('election-tally refuses impossible counts, naming the field', () => {
  throwsNaming(() => tally({ votersWhoVoted: 101, ballotsReturned: 90, candidates: [c('甲', 1)] }), 'votersWhoVoted', 'more voters than registered');
  throwsNaming(() => tally({ candidates: [c('甲', 81)] }), 'candidates.0.votes', 'more votes than ballots');
  throwsNaming(() => tally({ seats: 1, candidates: [c('甲', 50), c('乙', 40)] }), 'candidates', 'more marks than ballots × seats');
  throwsNaming(() => tally({ candidates: [c('甲', 10), c('甲', 5)] }), 'candidates.1.name', 'a name twice');
  assert.doesNotThrow(() => tally({ seats: 2, candidates: [c('甲', 80), c('乙', 80)] }), 'exactly ballots × seats is possible');
});

test('re-vote between the tied: the highest win without a threshold; a new tie re-votes again', () => {
  const base = { profile: 'zhejiang' as const, seats: 1, registeredVoters: 100, votersWhoVoted: 60, ballotsReturned: 60 };
  const r = revoteTally({ ...base, candidates: [c('乙', 25), c('丙', 24)] });
  assert.deepEqual(r.elected.map((e) => e.name), ['乙'], '25 of 60 is less than half and still wins the re-vote');
  assert.equal(r.seatsUnfilled, 0);
  assert.ok(r.reasons.some((x) => x.rule === 'tally.revoteElected' && x.article.includes('第二十八条')));
  const again = revoteTally({ ...base, candidates: [c('乙', 25), c('丙', 25)] });
  assert.deepEqual(again.tieRevote, { seats: 1, candidates: ['乙', '丙'] });
  assert.equal(again.elected.length, 0);
  assert.equal(revoteTally({ ...base, votersWhoVoted: 50, ballotsReturned: 50, candidates: [c('乙', 25), c('丙', 20)] }).valid, false, 'exactly half voting');
  assert.equal(revoteTally({ ...base, ballotsReturned: 61, candidates: [c('乙', 25), c('丙', 20)] }).void, true, 'more ballots than voters');
});

test('kinship from the household register: spouses, parents and children, siblings; not grandchildren or others', () => {
  const m = relativesFromHouseholds([
    { name: '张父', householdId: 1, relation: 'head' }, { name: '张母', householdId: 1, relation: 'spouse' }, { name: '张子', householdId: 1, relation: 'child' },
    { name: '张女', householdId: 1, relation: 'child' }, { name: '张孙', householdId: 1, relation: 'grandchild' }, { name: '租客', householdId: 1, relation: 'other' },
    { name: '李', householdId: 2, relation: 'head' },
  ]);
  assert.deepEqual(m.get('张父')?.sort(), ['张女', '张子', '张母'].sort());
  assert.deepEqual(m.get('张子')?.sort(), ['张父', '张母', '张女'].sort());
  assert.equal(m.has('张孙'), false);
  assert.equal(m.has('租客'), false);
  assert.equal(m.has('李'), false);
});

// --- properties, with a seeded generator

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
test('properties: never more elected than seats; first-round elected ⊆ majority holders; supplementary winners reach one third', () => {
  const rand = rng(20261122);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  for (let i = 0; i < 2000; i++) {
    const seats = int(1, 5);
    const registered = int(1, 400);
    const voted = int(0, registered);
    const ballots = int(0, voted + 2);
    const n = int(1, 9);
    const candidates: TallyCandidate[] = [];
    let budget = ballots * seats;
    for (let j = 0; j < n; j++) { const v = Math.min(int(0, ballots), budget); budget -= v; candidates.push(c(`候选人${j}`, v, rand() < 0.2 ? { relatives: [`候选人${int(0, n - 1)}`] } : {})); }
    const round = rand() < 0.5 ? 'first' : 'supplementary';
    const profile = (['national', 'zhejiang', 'shanghai'] as const)[int(0, 2)]!;
    const r = electionTally({ profile, round, seats, registeredVoters: registered, votersWhoVoted: voted, ballotsReturned: ballots, candidates });
    const label = JSON.stringify({ profile, round, seats, registered, voted, ballots, candidates });
    assert.ok(r.elected.length <= seats, `never more elected than seats: ${label}`);
    assert.equal(r.elected.length + r.seatsUnfilled, seats, `elected + unfilled = seats: ${label}`);
    assert.equal(new Set(r.elected.map((e) => e.name)).size, r.elected.length, `nobody elected twice: ${label}`);
    if (!r.valid) assert.equal(r.elected.length, 0, `an invalid round elects nobody: ${label}`);
    if (round === 'first') for (const e of r.elected) { assert.ok(r.majorityHolders.includes(e.name), `elected ⊆ majority holders: ${label}`); assert.ok(2 * e.votes > voted, `more than half: ${label}`); }
    else for (const e of r.elected) assert.ok(3 * e.votes >= ballots, `at least one third: ${label}`);
    if (r.tieRevote) assert.ok(r.tieRevote.candidates.length > r.tieRevote.seats, `a tie has more tied than seats: ${label}`);
    for (const e of r.elected) for (const x of r.supplementaryRound?.candidates ?? []) assert.notEqual(e.name, x, `the elected do not stand again: ${label}`);
  }
});

// --- election-turnout and proxies

test('election-turnout: proxies over the zhejiang cap of 3 are invalid; the national text has no cap', () => {
  const proxies = [{ proxy: '赵', principals: ['a', 'b', 'c', 'd'] }, { proxy: '钱', principals: ['e'] }];
  const zj = electionTurnout({ profile: 'zhejiang', registeredVoters: 100, inPersonVoters: 46, proxies });
  assert.deepEqual(zj.validProxies, [{ proxy: '赵', principals: ['a', 'b', 'c'] }, { proxy: '钱', principals: ['e'] }]);
  assert.deepEqual(zj.invalidProxies.map((x) => x.principal), ['d']);
  assert.equal(zj.votersWhoVoted, 50);
  assert.equal(zj.valid, false, 'exactly half is not more than half');
  const national = electionTurnout({ profile: 'national', registeredVoters: 100, inPersonVoters: 46, proxies });
  assert.equal(national.votersWhoVoted, 51);
  assert.equal(national.valid, true, 'the fourth principal counts without a cap: 51 > 50');
  assert.equal(national.invalidProxies.length, 0);
});

test('election-turnout: a principal twice, a proxy who delegated, a self-proxy are invalid; impossible counts refused', () => {
  const r = electionTurnout({ profile: 'zhejiang', registeredVoters: 10, inPersonVoters: 3, proxies: [
    { proxy: '赵', principals: ['a'] }, { proxy: '钱', principals: ['a', '钱'] }, { proxy: 'b', principals: ['c'] }, { proxy: '孙', principals: ['b'] },
  ] });
  assert.deepEqual(r.invalidProxies.map((x) => [x.proxy, x.principal]), [['钱', 'a'], ['钱', '钱'], ['b', 'c']]);
  assert.equal(r.votersWhoVoted, 5);
  assert.equal(r.valid, false);
  throwsNaming(() => electionTurnout({ profile: 'national', registeredVoters: 10, inPersonVoters: 11, proxies: [] }), 'inPersonVoters', 'more in person than registered');
  throwsNaming(() => electionTurnout({ profile: 'national', registeredVoters: 10, inPersonVoters: 10, proxies: [{ proxy: 'x', principals: ['y'] }] }), 'proxies', 'proxies beyond the roll');
});

// --- candidate-list (差额)

const listCases: { profile: 'national' | 'zhejiang' | 'shanghai'; position: 'director' | 'member'; seats: number; n: number; valid: boolean }[] = [
  { profile: 'national', position: 'director', seats: 1, n: 1, valid: false }, // 等额
  { profile: 'national', position: 'director', seats: 1, n: 2, valid: true },
  { profile: 'national', position: 'member', seats: 3, n: 3, valid: false },
  { profile: 'national', position: 'member', seats: 3, n: 4, valid: true },
  { profile: 'national', position: 'member', seats: 3, n: 9, valid: true }, // no upper bound
  { profile: 'zhejiang', position: 'member', seats: 3, n: 4, valid: true },
  { profile: 'shanghai', position: 'director', seats: 1, n: 3, valid: false }, // exactly 1 more
  { profile: 'shanghai', position: 'member', seats: 3, n: 6, valid: true }, // 1–3 more
  { profile: 'shanghai', position: 'member', seats: 3, n: 7, valid: false },
];
for (const k of listCases) {
  test(`candidate-list: ${k.profile} ${k.position}, ${k.seats} seats, ${k.n} candidates → ${k.valid}`, () => {
    const r = candidateList({ profile: k.profile, position: k.position, seats: k.seats, candidates: Array.from({ length: k.n }, (_, i) => `候选人${i}`) });
    assert.equal(r.valid, k.valid);
    assert.equal(r.reasons[0]!.rule, 'candidateList.margin');
  });
}
test('candidate-list: a name twice is malformed', () => {
  throwsNaming(() => candidateList({ profile: 'national', position: 'member', seats: 1, candidates: ['甲', '甲'] }), 'candidates.1', 'duplicate');
});

// --- recall

test('recall: petitions at exactly one fifth and one third; vote at exactly half', () => {
  const r = recall({ registeredVoters: 500, representatives: 30, petitions: [{ by: 'voters', signatures: 100 }, { by: 'voters', signatures: 99 }, { by: 'representatives', signatures: 10 }, { by: 'representatives', signatures: 9 }] });
  assert.deepEqual(r.petitionValid, [true, false, true, false]);
  assert.equal(r.voteValid, null);
  const cases: [voted: number, yes: number, voteValid: boolean, passed: boolean, minYes: number][] = [
    [250, 200, false, false, 126], // exactly half of 500 voting: invalid
    [251, 126, true, true, 126],
    [252, 126, true, false, 127], // exactly half of those voting does not pass
  ];
  for (const [voted, yes, voteValid, passed, minYes] of cases) {
    const v = recall({ registeredVoters: 500, representatives: 30, petitions: [], vote: { votersWhoVoted: voted, yes, no: voted - yes, invalid: 0 } });
    assert.deepEqual([v.voteValid, v.passed, v.minYesNeeded], [voteValid, passed, minYes], `${voted}/${yes}`);
    assert.equal(v.reasons.some((x) => x.rule === 'recall.byElection'), passed, 'a passed recall names the by-election (Art.19)');
  }
  throwsNaming(() => recall({ registeredVoters: 500, representatives: 30, petitions: [], vote: { votersWhoVoted: 300, yes: 200, no: 101, invalid: 0 } }), 'vote', 'more ballots than voters');
  throwsNaming(() => recall({ registeredVoters: 500, representatives: 30, petitions: [{ by: 'representatives', signatures: 31 }] }), 'petitions.0.signatures', 'more signatures than representatives');
});

// --- voter-eligibility

const person = (o: Partial<Parameters<typeof voterEligibility>[0]['person']> = {}) => ({ birthDate: '1980-05-01', hukouHere: true, livesHere: true, ...o });
const eligibilityCases: { why: string; p: ReturnType<typeof person>; date?: string; eligible: boolean; rule?: string }[] = [
  { why: 'the 18th birthday on election day counts', p: person({ birthDate: '2008-10-18' }), eligible: true },
  { why: 'one day short of 18', p: person({ birthDate: '2008-10-19' }), eligible: false, rule: 'voter.age' },
  { why: 'born 29 Feb: 18 on 1 March of a common year', p: person({ birthDate: '2008-02-29' }), date: '2026-03-01', eligible: true },
  { why: 'born 29 Feb: not yet 18 on 28 Feb', p: person({ birthDate: '2008-02-29' }), date: '2026-02-28', eligible: false },
  { why: 'deprived of political rights', p: person({ deprivedOfPoliticalRights: true }), eligible: false, rule: 'voter.politicalRights' },
  { why: 'registered elsewhere', p: person({ registeredElsewhere: true }), eligible: false, rule: 'voter.registeredElsewhere' },
  { why: 'hukou here, living away, declared participation (way 2)', p: person({ livesHere: false, declaredParticipation: true }), eligible: true },
  { why: 'hukou here, living away, no declaration', p: person({ livesHere: false }), eligible: false, rule: 'voter.registration' },
  { why: 'hukou elsewhere, exactly 12 months here, applied and approved (way 3)', p: person({ hukouHere: false, monthsResidentHere: 12, applied: true, approvedByMeeting: true }), eligible: true },
  { why: 'hukou elsewhere, 11 months', p: person({ hukouHere: false, monthsResidentHere: 11, applied: true, approvedByMeeting: true }), eligible: false },
  { why: 'hukou elsewhere, not approved by the meeting', p: person({ hukouHere: false, monthsResidentHere: 30, applied: true }), eligible: false },
  { why: 'neither hukou nor living here', p: person({ hukouHere: false, livesHere: false }), eligible: false },
];
for (const k of eligibilityCases) {
  test(`voter-eligibility: ${k.why}`, () => {
    const r = voterEligibility({ profile: 'national', electionDate: k.date ?? '2026-10-18', person: k.p });
    assert.equal(r.eligible, k.eligible);
    assert.equal(adultOn(k.p.birthDate, k.date ?? '2026-10-18'), !(k.rule === 'voter.age' || (k.p.birthDate === '2008-02-29' && k.date === '2026-02-28')));
    if (k.rule) assert.ok(r.reasons.some((x) => x.rule === k.rule), `names ${k.rule}`);
    assert.ok(r.reasons.every((x) => x.article.includes('第十三条') || x.article.includes('第十二条')));
  });
}
test('voter-eligibility: hukou elsewhere with no residence period on record says so', () => {
  const r = voterEligibility({ profile: 'national', electionDate: '2026-10-18', person: person({ hukouHere: false, applied: true, approvedByMeeting: true }) });
  assert.equal(r.eligible, false);
  assert.match(r.reasons.find((x) => x.rule === 'voter.registration')!.message, /是否满一年未登记/);
});
test('voter-eligibility: impossible dates are malformed', () => {
  throwsNaming(() => voterEligibility({ profile: 'national', electionDate: '2026-02-30', person: person() }), 'electionDate', 'no 30 February');
  throwsNaming(() => voterEligibility({ profile: 'national', electionDate: '2026-10-18', person: person({ birthDate: '2027-01-01' }) }), 'person.birthDate', 'born after the election');
});

// --- voter-list-deadline and the timeline

test('voter-list-deadline: exactly 20 days before is compliant, 19 is not', () => {
  assert.deepEqual(pick(voterListDeadline({ electionDate: '2026-10-18', publishedOn: '2026-09-28' })), { compliant: true, latestPublicationDate: '2026-09-28' });
  assert.deepEqual(pick(voterListDeadline({ electionDate: '2026-10-18', publishedOn: '2026-09-29' })), { compliant: false, latestPublicationDate: '2026-09-28' });
  assert.equal(voterListDeadline({ electionDate: '2026-03-20', publishedOn: '2026-02-28' }).latestPublicationDate, '2026-02-28', 'across the end of February');
  throwsNaming(() => voterListDeadline({ electionDate: '2026-13-01', publishedOn: '2026-01-01' }), 'electionDate', 'month 13');
});
const pick = (r: { compliant: boolean; latestPublicationDate: string }) => ({ compliant: r.compliant, latestPublicationDate: r.latestPublicationDate });

test('timeline across the National Day holiday: periods after an event end on the next working day (民法典 Art.203)', () => {
  // Election on Sun 2026-10-18: roll by 09-28 (Mon); objections within 5 days → 10-03 (holiday) → 10-08.
  const steps = Object.fromEntries(electionTimeline('national', '2026-10-18', cal).map((s) => [s.key, s]));
  assert.equal(steps.voterRoll!.due, '2026-09-28');
  assert.equal(steps.objections!.due, '2026-10-08');
  assert.equal(steps.objections!.extendedForHoliday, true);
  assert.equal(steps.objectionDecisions!.due, '2026-10-12', '10-11 is a Sunday → Monday 10-12');
  assert.equal(steps.candidateList!.due, '2026-10-11', 'national: seed 004, 7 days before');
  assert.equal(steps.candidateList!.plannedBy, '2026-10-10', 'Sunday 10-11 → the adjusted workday Saturday 10-10');
  assert.equal(steps.proxies!.due, '2026-10-18', 'national: no proxy deadline before the vote');
  assert.equal(steps.certificates!.due, '2026-10-21');
  assert.equal(steps.handover!.due, '2026-10-28', 'ten days from the new committee (election day)');
  const zj = Object.fromEntries(electionTimeline('zhejiang', '2026-10-18', cal).map((s) => [s.key, s]));
  assert.equal(zj.candidateList!.due, '2026-10-13', 'zhejiang Art.18: 5 days before');
  assert.equal(zj.proxies!.due, '2026-10-15', 'zhejiang Art.25: 3 days before');
  // A roll due on a holiday: still due that day, planned for the last working day before it.
  const oct = Object.fromEntries(electionTimeline('national', '2026-10-25', cal).map((s) => [s.key, s]));
  assert.equal(oct.voterRoll!.due, '2026-10-05');
  assert.equal(oct.voterRoll!.plannedBy, '2026-09-30');
  assert.throws(() => electionTimeline('national', '2028-03-01', cal), /2028/, 'a year the calendar does not know is refused');
});

// --- the named rules, as served

test('every election rule is registered with the field names of the issue and refuses malformed input with 422', () => {
  const names = electionRules.map((r) => r.name);
  assert.deepEqual(names, ['election-tally', 'election-turnout', 'candidate-list', 'recall', 'voter-eligibility', 'voter-list-deadline']);
  const spec = (n: string) => electionRules.find((r) => r.name === n)!;
  const out = runRule(spec('election-tally'), { profile: 'zhejiang', round: 'first', seats: 2, registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80, candidates: [{ name: '甲', votes: 60 }, { name: '乙', votes: 30 }] }, cal) as Record<string, unknown>;
  assert.deepEqual(Object.keys(out).sort(), ['elected', 'majorityHolders', 'majorityMinVotes', 'reasons', 'seatsUnfilled', 'supplementaryRound', 'thresholdMinVotes', 'tieRevote', 'vacancyMayRemain', 'valid', 'void'].sort());
  const turnout = runRule(spec('election-turnout'), { profile: 'zhejiang', registeredVoters: 10, inPersonVoters: 5, proxies: [] }, cal) as Record<string, unknown>;
  assert.deepEqual(Object.keys(turnout).sort(), ['invalidProxies', 'reasons', 'valid', 'validProxies', 'votersWhoVoted']);
  assert.deepEqual(Object.keys(runRule(spec('candidate-list'), { profile: 'national', position: 'member', seats: 2, candidates: ['a', 'b', 'c'] }, cal) as object).sort(), ['reasons', 'valid']);
  assert.deepEqual(Object.keys(runRule(spec('recall'), { registeredVoters: 10, representatives: 3, petitions: [] }, cal) as object).sort(), ['minYesNeeded', 'passed', 'petitionValid', 'reasons', 'voteValid']);
  assert.deepEqual(Object.keys(runRule(spec('voter-eligibility'), { profile: 'national', electionDate: '2026-10-18', person: person() }, cal) as object).sort(), ['eligible', 'reasons']);
  assert.deepEqual(Object.keys(runRule(spec('voter-list-deadline'), { electionDate: '2026-10-18', publishedOn: '2026-09-01' }, cal) as object).sort(), ['compliant', 'latestPublicationDate', 'reasons']);
  const bad: [string, unknown, RegExp][] = [
    ['election-tally', { profile: 'hubei', round: 'first', seats: 1, registeredVoters: 1, votersWhoVoted: 1, ballotsReturned: 1, candidates: [] }, /profile/],
    ['election-tally', { profile: 'national', round: 'first', seats: 1, registeredVoters: 10, votersWhoVoted: 11, ballotsReturned: 1, candidates: [] }, /votersWhoVoted/],
    ['election-turnout', { profile: 'zhejiang', registeredVoters: 10, inPersonVoters: -1, proxies: [] }, /inPersonVoters/],
    ['voter-list-deadline', { electionDate: '2026/10/18', publishedOn: '2026-09-01' }, /electionDate/],
  ];
  for (const [n, input, field] of bad) {
    assert.throws(() => runRule(spec(n), input, cal), (e: unknown) => {
      assert.ok(e instanceof AppError && e.status === 422, `${n}: a 422`);
      assert.match(JSON.stringify(e.errors), field, `${n}: names the field`);
      return true;
    });
  }
  assert.equal(profiles.zhejiang.proxyCap, 3);
  assert.equal(profiles.national.proxyCap, null);
});

// --- migration order: the runner refuses a database where a later-numbered migration ran first

test('elections migrations added after other modules\' migrations sort after them (names only, same order)', async () => {
  const { electionMigrations } = await import('../../src/modules/elections/migrations.ts');
  const names = Object.keys(electionMigrations);
  assert.deepEqual(names, ['202611221900_elections_tables', '202611222101_elections_by_election', '202611222102_elections_vetting_departments', '202611222103_elections_person_key_and_authorisation', '202611222104_elections_voter_registrations']);
  assert.deepEqual([...names].sort(), names, 'in order among themselves');
  // Migrations of other modules that ran on existing databases before these were added.
  for (const earlier of ['202611221905_wishes_tables', '202611221910_certificates_lists_and_seal_log', '202611221910_notifications_preferences_digest_sms', '202611222000_services_event_due']) {
    for (const n of names.slice(1)) assert.ok(n > earlier, `${n} sorts after ${earlier}`);
  }
});

// --- audit fixes (LAW.md §1)

test('shanghai Art.21: with ≥ 3 elected after the FIRST round the meeting decides whether seats stay vacant; fewer → 另行选举 within 30 days; zhejiang/national keep their rule', () => {
  const first = { seats: 5, registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 60), c('乙', 55), c('丙', 50), c('丁', 30), c('戊', 20), c('己', 10)] };
  const sh = tally({ ...first, profile: 'shanghai' });
  assert.deepEqual(sh.elected.map((e) => e.name), ['甲', '乙', '丙']);
  assert.equal(sh.vacancyMayRemain, true, 'shanghai: 3 elected, the meeting decides');
  assert.equal(sh.supplementaryRound, null, 'no 另行选举 ordered by the rule itself');
  const v = sh.reasons.find((x) => x.rule === 'tally.vacancy')!;
  assert.ok(v.article.includes('上海') && v.article.includes('第二十一条'));
  assert.match(v.message, /村民会议或者村民代表会议决定是否缺额/);
  const sh2 = tally({ ...first, profile: 'shanghai', candidates: [c('甲', 60), c('乙', 55), c('丁', 30), c('戊', 20), c('己', 10), c('庚', 5)] });
  assert.equal(sh2.vacancyMayRemain, false, 'shanghai: 2 elected');
  assert.deepEqual(sh2.supplementaryRound?.candidates, ['丁', '戊', '己', '庚']);
  assert.match(sh2.reasons.find((x) => x.rule === 'tally.vacancy')!.message, /30 日内/);
  for (const profile of ['zhejiang', 'national'] as const) {
    const r = tally({ ...first, profile });
    assert.equal(r.vacancyMayRemain, false, `${profile}: no vacancy after the first round`);
    assert.equal(r.supplementaryRound?.seats, 2);
    assert.equal(r.reasons.find((x) => x.rule === 'tally.vacancy'), undefined);
  }
});

test('election-turnout: the proxy cap counts per proxy person across filings', () => {
  const proxies = [{ proxy: '赵', principals: ['a', 'b'] }, { proxy: '赵', principals: ['c', 'd'] }, { proxy: '钱', principals: ['e'] }];
  const zj = electionTurnout({ profile: 'zhejiang', registeredVoters: 100, inPersonVoters: 40, proxies });
  assert.deepEqual(zj.validProxies, [{ proxy: '赵', principals: ['a', 'b'] }, { proxy: '赵', principals: ['c'] }, { proxy: '钱', principals: ['e'] }]);
  assert.deepEqual(zj.invalidProxies.map((x) => [x.proxy, x.principal]), [['赵', 'd']]);
  assert.equal(zj.votersWhoVoted, 44);
  assert.equal(electionTurnout({ profile: 'national', registeredVoters: 100, inPersonVoters: 40, proxies }).votersWhoVoted, 45, 'no national cap');
});

test('zhejiang women\'s seat in the supplementary round: margin applies, women of the general list stand, no false 差额', () => {
  // W1 50 < 51 (majority of 100): the women's seat continues; W2 has no votes.
  const base = { profile: 'zhejiang' as const, seats: 1, registeredVoters: 120, votersWhoVoted: 100, ballotsReturned: 100 };
  const alone = tally({ ...base, candidates: [c('甲', 70), c('乙', 30)], womenSeat: { seats: 1, candidates: [c('W1', 50, { female: true }), c('W2', 0, { female: true })] } });
  assert.deepEqual(alone.supplementaryRound?.womenSeat, { seats: 1, candidates: ['W1'] });
  const round = alone.reasons.find((x) => x.rule === 'tally.supplementaryRound')!;
  assert.doesNotMatch(round.message, /差额 \d/, 'no 差额 claimed with one candidate for one seat');
  assert.match(round.message, /无法差额/);
  assert.ok(alone.reasons.some((x) => x.rule === 'tally.supplementaryMargin' && x.message.includes('妇女委员职位')), 'flags the uncontested women\'s seat');
  // A woman on the general list, not elected, stands for the women's seat too: contested.
  const withGeneral = tally({ ...base, candidates: [c('甲', 70), c('W3', 25, { female: true })], womenSeat: { seats: 1, candidates: [c('W1', 50, { female: true }), c('W2', 0, { female: true })] } });
  assert.deepEqual(withGeneral.supplementaryRound?.womenSeat, { seats: 1, candidates: ['W1', 'W3'] });
  assert.match(withGeneral.reasons.find((x) => x.rule === 'tally.supplementaryRound')!.message, /差额 1 名/);
  assert.ok(!withGeneral.reasons.some((x) => x.rule === 'tally.supplementaryMargin'));
});

test('citations follow the profile: supplementary threshold, most votes, supplementary round', () => {
  const sup = { round: 'supplementary' as const, seats: 1, registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 20), c('乙', 10)] };
  const art = (r: ReturnType<typeof tally>, rule: string) => r.reasons.find((x) => x.rule === rule)!.article;
  assert.match(art(tally({ ...sup, profile: 'shanghai' }), 'tally.supplementaryThreshold'), /上海.*第二十一条/);
  assert.doesNotMatch(art(tally({ ...sup, profile: 'shanghai' }), 'tally.supplementaryThreshold'), /浙江/);
  assert.equal(art(tally({ ...sup, profile: 'national' }), 'tally.supplementaryThreshold'), '村民委员会组织法第十五条第二款');
  assert.match(art(tally({ ...sup, profile: 'zhejiang' }), 'tally.supplementaryThreshold'), /浙江省村民委员会选举办法第二十九条/);
  const many = { seats: 1, candidates: [c('甲', 60), c('乙', 55)], registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80 };
  // More majority holders than seats needs two seats' marks per ballot: 2 seats, 3 holders.
  const many3 = { ...many, seats: 2, candidates: [c('甲', 60), c('乙', 55), c('丙', 45)] };
  assert.equal(art(tally({ ...many3, profile: 'zhejiang' }), 'tally.mostVotes'), '浙江省村民委员会选举办法第二十八条');
  assert.equal(art(tally({ ...many3, profile: 'shanghai' }), 'tally.mostVotes'), '上海市村民委员会选举办法第二十条');
  assert.match(art(tally({ ...many3, profile: 'national' }), 'tally.mostVotes'), /^村民委员会组织法第十五条第二款/);
  const short = { seats: 2, registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 60), c('乙', 30), c('丙', 20)] };
  assert.match(art(tally({ ...short, profile: 'zhejiang' }), 'tally.supplementaryRound'), /浙江省村民委员会选举办法第二十九条/);
  assert.match(art(tally({ ...short, profile: 'shanghai' }), 'tally.supplementaryRound'), /上海市村民委员会选举办法第二十一条/);
  assert.doesNotMatch(art(tally({ ...short, profile: 'national' }), 'tally.supplementaryRound'), /浙江|上海/);
  for (const p of Object.values(profiles)) assert.ok(p.supplementaryThresholdBasis && p.mostVotesBasis && p.supplementaryRoundBasis, `${p.id} has its articles`);
});

test('re-vote citations follow the profile too', () => {
  const r = (profile: 'national' | 'zhejiang' | 'shanghai') => revoteTally({ profile, seats: 1, registeredVoters: 100, votersWhoVoted: 80, ballotsReturned: 80, candidates: [c('甲', 41), c('乙', 39)] });
  assert.equal(r('shanghai').reasons.find((x) => x.rule === 'tally.revoteElected')!.article, '上海市村民委员会选举办法第二十条');
  assert.equal(r('zhejiang').reasons.find((x) => x.rule === 'tally.revoteElected')!.article, '浙江省村民委员会选举办法第二十八条');
});
