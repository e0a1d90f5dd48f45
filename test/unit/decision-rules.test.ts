// Pure rules of meetings and representatives, table-driven with the exact boundaries of the
// statute: 「以上」 includes the number (≥), 「过半数」 is strictly more than half (shared/LAW.md §1).
// Quorum and pass rule per meeting kind, notice periods across the 2026 National Day holiday and
// its adjusted workdays, the composition of the representatives' meeting, and who may require a
// meeting. The 2026 calendar facts used below come from the State Council's notice (see
// test/unit/calendar.test.ts): 中秋 9月25日–27日; 国庆 10月1日–7日; adjusted workdays 9月20日 (Sun)
// and 10月10日 (Sat).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarNotCoveredError, makeCalendar } from '../../src/core/calendar/calendar.ts';
import { AppError } from '../../src/core/errors.ts';
import { RuleInputError, runRule } from '../../src/core/rules.ts';
import {
  callRequirement, meetingKinds, meetingOutcome, noticeDeadline, representativesCheck,
  type MeetingInput, type RepresentativesInput,
} from '../../src/modules/decisions/rules.ts';
import { decisionRules } from '../../src/modules/decisions/rule-specs.ts';

const cal = makeCalendar();

type Eligible = MeetingInput['eligible'];
type Present = MeetingInput['present'];
type Votes = NonNullable<MeetingInput['votes']>;
const votes = (yes: number, against = 0, abstain = 0): Votes => ({ for: yes, against, abstain });

/** Asserts that `fn` throws a RuleInputError naming `field`. */
function throwsNaming(fn: () => unknown, field: string, label: string) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof RuleInputError, `${label}: a RuleInputError, got ${String(e)}`);
    assert.equal(e.field, field, `${label}: names ${field}`);
    return true;
  }, label);
}

// --- quorum, per kind

interface QuorumCase { kind: MeetingInput['kind']; eligible: Eligible; present: Present; quorate: boolean; quorumNeeded: number; why: string }
const quorumCases: QuorumCase[] = [
  // 村民会议 (Art.22): more than half of the villagers aged 18+, or ≥ 2/3 of the households.
  { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 50 }, quorate: false, quorumNeeded: 51, why: 'exactly half of 100 adults is not 过半数' },
  { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 51 }, quorate: true, quorumNeeded: 51, why: 'half + 1' },
  { kind: 'villagersAssembly', eligible: { adults: 101 }, present: { persons: 50 }, quorate: false, quorumNeeded: 51, why: '50 of 101' },
  { kind: 'villagersAssembly', eligible: { adults: 101 }, present: { persons: 51 }, quorate: true, quorumNeeded: 51, why: '51 of 101' },
  { kind: 'villagersAssembly', eligible: { adults: 100, households: 30 }, present: { persons: 40, households: 20 }, quorate: true, quorumNeeded: 51, why: '20 of 30 households is exactly 2/3 (以上 includes it)' },
  { kind: 'villagersAssembly', eligible: { adults: 100, households: 30 }, present: { persons: 40, households: 19 }, quorate: false, quorumNeeded: 51, why: '19 of 30 households is below 2/3, and 40 persons below half' },
  { kind: 'villagersAssembly', eligible: { adults: 100, households: 31 }, present: { persons: 40, households: 21 }, quorate: true, quorumNeeded: 51, why: '21 of 31 ≥ 2/3 (20.67)' },
  { kind: 'villagersAssembly', eligible: { adults: 100, households: 31 }, present: { persons: 40, households: 20 }, quorate: false, quorumNeeded: 51, why: '20 of 31 < 2/3' },
  { kind: 'villagersAssembly', eligible: { adults: 100, households: 30 }, present: { persons: 51, households: 5 }, quorate: true, quorumNeeded: 51, why: 'persons alone suffice' },
  // 村民代表会议 (Art.26): ≥ 2/3 of its members.
  { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, quorate: true, quorumNeeded: 12, why: '12 of 18 is exactly 2/3' },
  { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 11 }, quorate: false, quorumNeeded: 12, why: '11 of 18' },
  { kind: 'representativesMeeting', eligible: { members: 15 }, present: { persons: 10 }, quorate: true, quorumNeeded: 10, why: '10 of 15 is exactly 2/3' },
  { kind: 'representativesMeeting', eligible: { members: 15 }, present: { persons: 9 }, quorate: false, quorumNeeded: 10, why: '9 of 15' },
  { kind: 'representativesMeeting', eligible: { members: 16 }, present: { persons: 11 }, quorate: true, quorumNeeded: 11, why: '11 of 16 ≥ 10.67' },
  { kind: 'representativesMeeting', eligible: { members: 16 }, present: { persons: 10 }, quorate: false, quorumNeeded: 11, why: '10 of 16 < 10.67' },
  // 村民小组会议 (Art.28): ≥ 2/3 of the group's 18+ members, or ≥ 2/3 of its households.
  { kind: 'groupMeeting', eligible: { adults: 30 }, present: { persons: 20 }, quorate: true, quorumNeeded: 20, why: '20 of 30 adults is exactly 2/3' },
  { kind: 'groupMeeting', eligible: { adults: 30 }, present: { persons: 19 }, quorate: false, quorumNeeded: 20, why: '19 of 30 adults' },
  { kind: 'groupMeeting', eligible: { adults: 30, households: 12 }, present: { persons: 10, households: 8 }, quorate: true, quorumNeeded: 20, why: '8 of 12 households is exactly 2/3' },
  { kind: 'groupMeeting', eligible: { adults: 30, households: 12 }, present: { persons: 10, households: 7 }, quorate: false, quorumNeeded: 20, why: '7 of 12 households' },
  // 居民会议 (城市居民委员会组织法 Art.9): more than half.
  { kind: 'residentsMeeting', eligible: { adults: 200 }, present: { persons: 100 }, quorate: false, quorumNeeded: 101, why: 'exactly half of 200 residents' },
  { kind: 'residentsMeeting', eligible: { adults: 200 }, present: { persons: 101 }, quorate: true, quorumNeeded: 101, why: 'half + 1' },
  { kind: 'residentsMeeting', eligible: { households: 60 }, present: { households: 30 }, quorate: false, quorumNeeded: 31, why: 'household representatives: exactly half' },
  { kind: 'residentsMeeting', eligible: { households: 60 }, present: { households: 31 }, quorate: true, quorumNeeded: 31, why: 'household representatives: half + 1' },
  // 党员大会 (四议两公开 ③): ≥ 2/3 of party members.
  { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, quorate: true, quorumNeeded: 20, why: '20 of 30 is exactly 2/3' },
  { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 19 }, quorate: false, quorumNeeded: 20, why: '19 of 30' },
  { kind: 'partyMembersMeeting', eligible: { members: 10 }, present: { persons: 7 }, quorate: true, quorumNeeded: 7, why: '7 of 10 ≥ 6.67' },
  { kind: 'partyMembersMeeting', eligible: { members: 10 }, present: { persons: 6 }, quorate: false, quorumNeeded: 7, why: '6 of 10' },
  // 支部会 and 两委会: the statute is silent; more than half of the members.
  { kind: 'partyBranchMeeting', eligible: { members: 6 }, present: { persons: 3 }, quorate: false, quorumNeeded: 4, why: 'exactly half of 6' },
  { kind: 'partyBranchMeeting', eligible: { members: 6 }, present: { persons: 4 }, quorate: true, quorumNeeded: 4, why: 'half + 1' },
  { kind: 'committeesMeeting', eligible: { members: 7 }, present: { persons: 3 }, quorate: false, quorumNeeded: 4, why: '3 of 7' },
  { kind: 'committeesMeeting', eligible: { members: 7 }, present: { persons: 4 }, quorate: true, quorumNeeded: 4, why: '4 of 7' },
];

test('meetingOutcome: quorum of every kind at its exact boundary', () => {
  for (const c of quorumCases) {
    const out = meetingOutcome({ kind: c.kind, eligible: c.eligible, present: c.present });
    const label = `${c.kind} ${JSON.stringify(c.eligible)} ${JSON.stringify(c.present)}: ${c.why}`;
    assert.equal(out.quorate, c.quorate, label);
    assert.equal(out.quorumNeeded, c.quorumNeeded, label);
    assert.equal(out.passed, null, `${label}: no votes, no verdict`);
    assert.equal(out.votesNeeded, null, label);
    assert.equal(out.reasons.length, 1, label);
    assert.ok(out.reasons[0]!.rule.endsWith('.quorum'), label);
    assert.ok(out.reasons[0]!.message.length > 0, label);
  }
  const kinds = new Set(quorumCases.map((c) => c.kind));
  assert.deepEqual([...meetingKinds].filter((k) => !kinds.has(k)), [], 'every meeting kind is covered');
});

test('meetingOutcome: each quorum reason cites its statute', () => {
  const cites: [MeetingInput, string, RegExp][] = [
    [{ kind: 'villagersAssembly', eligible: { adults: 10 }, present: { persons: 6 } }, 'assembly.quorum', /村民委员会组织法第二十二条/],
    [{ kind: 'representativesMeeting', eligible: { members: 9 }, present: { persons: 6 } }, 'representatives.quorum', /村民委员会组织法第二十六条/],
    [{ kind: 'groupMeeting', eligible: { adults: 9 }, present: { persons: 6 } }, 'group.quorum', /村民委员会组织法第二十八条/],
    [{ kind: 'residentsMeeting', eligible: { adults: 9 }, present: { persons: 5 } }, 'residents.quorum', /城市居民委员会组织法第九条/],
    [{ kind: 'partyMembersMeeting', eligible: { members: 9 }, present: { persons: 6 } }, 'partyMembers.quorum', /四议两公开/],
    [{ kind: 'partyBranchMeeting', eligible: { members: 5 }, present: { persons: 3 } }, 'partyBranchMeeting.quorum', /议事规则/],
    [{ kind: 'committeesMeeting', eligible: { members: 5 }, present: { persons: 3 } }, 'committeesMeeting.quorum', /议事规则/],
  ];
  for (const [input, rule, article] of cites) {
    const [r] = meetingOutcome(input).reasons;
    assert.equal(r!.rule, rule, input.kind);
    assert.match(r!.article, article, input.kind);
  }
});

// --- the pass rule, per kind

interface VoteCase { kind: MeetingInput['kind']; eligible: Eligible; present: Present; votes: Votes; passed: boolean; votesNeeded: number; why: string }
const voteCases: VoteCase[] = [
  // More than half of those present.
  { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 60 }, votes: votes(30, 30), passed: false, votesNeeded: 31, why: 'exactly half of 60 attendees' },
  { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 60 }, votes: votes(31, 29), passed: true, votesNeeded: 31, why: 'half + 1 of attendees' },
  { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 61 }, votes: votes(31, 0, 30), passed: true, votesNeeded: 31, why: '31 of 61 (abstentions count among those present)' },
  { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 60 }, votes: votes(30, 0, 0), passed: false, votesNeeded: 31, why: 'those who did not vote still count: 30 of 60 present' },
  { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: votes(6, 6), passed: false, votesNeeded: 7, why: 'exactly half of 12 attendees' },
  { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: votes(7, 5), passed: true, votesNeeded: 7, why: 'half + 1' },
  { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 13 }, votes: votes(7, 6), passed: true, votesNeeded: 7, why: '7 of 13' },
  { kind: 'groupMeeting', eligible: { adults: 30 }, present: { persons: 20 }, votes: votes(10, 10), passed: false, votesNeeded: 11, why: 'exactly half' },
  { kind: 'groupMeeting', eligible: { adults: 30 }, present: { persons: 20 }, votes: votes(11, 9), passed: true, votesNeeded: 11, why: 'half + 1' },
  { kind: 'residentsMeeting', eligible: { adults: 200 }, present: { persons: 120 }, votes: votes(60, 60), passed: false, votesNeeded: 61, why: 'exactly half' },
  { kind: 'residentsMeeting', eligible: { adults: 200 }, present: { persons: 120 }, votes: votes(61, 59), passed: true, votesNeeded: 61, why: 'half + 1' },
  // 党员大会: more than half of ALL members (应到会党员), not of those present.
  { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 30 }, votes: votes(15, 15), passed: false, votesNeeded: 16, why: '15 of 30 members, all present and voting' },
  { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, votes: votes(15, 5), passed: false, votesNeeded: 16, why: '15 is 3/4 of those present but only half of all members' },
  { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, votes: votes(16, 4), passed: true, votesNeeded: 16, why: '16 of 30 members' },
  { kind: 'partyMembersMeeting', eligible: { members: 31 }, present: { persons: 21 }, votes: votes(16, 5), passed: true, votesNeeded: 16, why: '16 of 31' },
  { kind: 'partyMembersMeeting', eligible: { members: 31 }, present: { persons: 21 }, votes: votes(15, 6), passed: false, votesNeeded: 16, why: '15 of 31' },
  // 支部会, 两委会: more than half of all members.
  { kind: 'partyBranchMeeting', eligible: { members: 6 }, present: { persons: 4 }, votes: votes(3, 1), passed: false, votesNeeded: 4, why: '3 of 4 present is only half of 6 members' },
  { kind: 'partyBranchMeeting', eligible: { members: 6 }, present: { persons: 4 }, votes: votes(4, 0), passed: true, votesNeeded: 4, why: '4 of 6' },
  { kind: 'committeesMeeting', eligible: { members: 7 }, present: { persons: 5 }, votes: votes(4, 1), passed: true, votesNeeded: 4, why: '4 of 7' },
  { kind: 'committeesMeeting', eligible: { members: 7 }, present: { persons: 5 }, votes: votes(3, 2), passed: false, votesNeeded: 4, why: '3 of 7' },
];

test('meetingOutcome: the pass rule of every kind at exactly half and half + 1', () => {
  for (const c of voteCases) {
    const out = meetingOutcome({ kind: c.kind, eligible: c.eligible, present: c.present, votes: c.votes });
    const label = `${c.kind} ${JSON.stringify(c.present)} ${JSON.stringify(c.votes)}: ${c.why}`;
    assert.equal(out.quorate, true, `${label} (the case is quorate)`);
    assert.equal(out.passed, c.passed, label);
    assert.equal(out.votesNeeded, c.votesNeeded, label);
    assert.equal(out.reasons.length, 2, label);
    assert.equal(out.reasons[1]!.rule, `${c.kind}.pass`, label);
  }
  const kinds = new Set(voteCases.map((c) => c.kind));
  assert.deepEqual([...meetingKinds].filter((k) => !kinds.has(k)), [], 'every meeting kind is covered');
});

test('meetingOutcome: the party members\' pass reason names all members, not those present', () => {
  const out = meetingOutcome({ kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, votes: votes(15, 5) });
  assert.match(out.reasons[1]!.article, /应到会党员/);
  assert.match(out.reasons[1]!.message, /30/);
});

test('meetingOutcome: a meeting without quorum passes nothing, even unanimously', () => {
  const cases: MeetingInput[] = [
    { kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 50 }, votes: votes(50) },
    { kind: 'villagersAssembly', eligible: { adults: 100, households: 30 }, present: { persons: 40, households: 19 }, votes: votes(40) },
    { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 11 }, votes: votes(11) },
    { kind: 'groupMeeting', eligible: { adults: 30 }, present: { persons: 19 }, votes: votes(19) },
    { kind: 'residentsMeeting', eligible: { adults: 200 }, present: { persons: 100 }, votes: votes(100) },
    { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 19 }, votes: votes(19) },
    { kind: 'partyBranchMeeting', eligible: { members: 6 }, present: { persons: 3 }, votes: votes(3) },
    { kind: 'committeesMeeting', eligible: { members: 7 }, present: { persons: 3 }, votes: votes(3) },
  ];
  for (const c of cases) {
    const out = meetingOutcome(c);
    assert.equal(out.quorate, false, c.kind);
    assert.equal(out.passed, false, c.kind);
    assert.equal(out.reasons.at(-1)!.rule, 'vote.noQuorum', c.kind);
    assert.match(out.reasons.at(-1)!.message, /不能作出任何决定/, c.kind);
  }
});

test('meetingOutcome: more votes than people present is malformed input naming votes', () => {
  throwsNaming(() => meetingOutcome({ kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 60 }, votes: votes(31, 20, 10) }), 'votes', '61 votes by 60 present');
  throwsNaming(() => meetingOutcome({ kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: votes(13) }), 'votes', '13 by 12');
  throwsNaming(() => meetingOutcome({ kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, votes: votes(16, 5) }), 'votes', '21 by 20');
  // Exactly as many votes as people present is fine.
  assert.equal(meetingOutcome({ kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 60 }, votes: votes(31, 19, 10) }).passed, true);
});

test('meetingOutcome: a missing or malformed count names the field the kind needs', () => {
  const cases: [MeetingInput, string][] = [
    [{ kind: 'villagersAssembly', eligible: {}, present: { persons: 10 } }, 'eligible.adults'],
    [{ kind: 'villagersAssembly', eligible: { members: 100 }, present: { persons: 10 } }, 'eligible.adults'],
    [{ kind: 'villagersAssembly', eligible: { adults: 100 }, present: {} }, 'present.persons'],
    [{ kind: 'representativesMeeting', eligible: { adults: 18 }, present: { persons: 12 } }, 'eligible.members'],
    [{ kind: 'representativesMeeting', eligible: { members: 18 }, present: { households: 12 } }, 'present.persons'],
    [{ kind: 'groupMeeting', eligible: { households: 12 }, present: { persons: 10 } }, 'eligible.adults'],
    [{ kind: 'residentsMeeting', eligible: {}, present: { persons: 10 } }, 'eligible.adults'],
    [{ kind: 'partyMembersMeeting', eligible: { adults: 30 }, present: { persons: 20 } }, 'eligible.members'],
    [{ kind: 'partyBranchMeeting', eligible: {}, present: { persons: 3 } }, 'eligible.members'],
    [{ kind: 'committeesMeeting', eligible: { members: 7 }, present: {} }, 'present.persons'],
    [{ kind: 'representativesMeeting', eligible: { members: 18.5 }, present: { persons: 12 } }, 'eligible.members'],
    [{ kind: 'representativesMeeting', eligible: { members: -1 }, present: { persons: 12 } }, 'eligible.members'],
    [{ kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: votes(-1) }, 'votes.for'],
    [{ kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: votes(1, 0.5) }, 'votes.against'],
    [{ kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: votes(1, 0, -2) }, 'votes.abstain'],
  ];
  for (const [input, field] of cases) throwsNaming(() => meetingOutcome(input), field, `${input.kind} ${JSON.stringify(input)}`);
});

// Regression (found here, fixed in 0a642c1; decisions/rules.ts meetingOutcome): more people present than are eligible is accepted and
// reported as quorate (e.g. 101 "present" of 100 adults), although the same function refuses
// more votes than people present. The CLI and HTTP rule then print a verdict for impossible
// input instead of exiting 2 / answering 422 on malformed input.
test('meetingOutcome: more people present than eligible is malformed input naming present.persons', () => {
  const cases: [MeetingInput, string][] = [
    [{ kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 101 } }, 'present.persons'],
    [{ kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 19 } }, 'present.persons'],
    [{ kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 31 } }, 'present.persons'],
    [{ kind: 'villagersAssembly', eligible: { adults: 100, households: 30 }, present: { persons: 40, households: 31 } }, 'present.households'],
  ];
  for (const [input, field] of cases) throwsNaming(() => meetingOutcome(input), field, `${input.kind} ${JSON.stringify(input.present)} of ${JSON.stringify(input.eligible)}`);
});

// --- notice periods

test('noticeDeadline: the villagers\' assembly needs ten calendar days, holidays or not', () => {
  const cases: [meeting: string, latest: string][] = [
    ['2026-10-12', '2026-10-02'], // inside the National Day holiday: calendar days still count
    ['2026-10-09', '2026-09-29'],
    ['2026-03-05', '2026-02-23'], // across the end of February
    ['2028-03-05', '2028-02-24'], // leap year
    ['2027-01-05', '2026-12-26'], // across the year, and 2027 needs no holiday calendar
  ];
  for (const [meeting, latest] of cases) {
    const out = noticeDeadline('villagersAssembly', meeting, cal);
    assert.equal(out.latestNoticeDate, latest, meeting);
    assert.equal(out.workingDays, false, meeting);
    assert.equal(out.reasons[0]!.rule, 'assembly.notice');
    assert.match(out.reasons[0]!.article, /第二十一条/);
  }
});

test('noticeDeadline: the representatives\' meeting needs 3 working days, across the 2026 holidays and adjusted workdays', () => {
  const cases: [meeting: string, latest: string, why: string][] = [
    ['2026-10-09', '2026-09-29', 'Fri after National Day: 10-08, 09-30, 09-29 (10-01..07 are off)'],
    ['2026-10-08', '2026-09-28', 'first working day after the holiday: 09-30, 09-29, 09-28'],
    ['2026-10-12', '2026-10-08', 'Mon: Sat 10-10 is an adjusted workday and counts: 10-10, 10-09, 10-08'],
    ['2026-10-13', '2026-10-09', 'Tue: 10-12, 10-10 (adjusted workday), 10-09'],
    ['2026-10-14', '2026-10-10', 'Wed: 10-13, 10-12, 10-10 (the adjusted Saturday itself is the latest notice day)'],
    ['2026-09-21', '2026-09-17', 'Mon: Sun 09-20 is an adjusted workday: 09-20, 09-18, 09-17'],
    ['2026-09-28', '2026-09-22', 'Mon after 中秋: 09-25..27 off, so 09-24, 09-23, 09-22'],
    ['2026-09-30', '2026-09-24', 'Wed: 09-29, 09-28, then back over 中秋 to 09-24'],
    ['2026-07-16', '2026-07-13', 'an ordinary Thursday: Mon, Tue, Wed'],
  ];
  for (const [meeting, latest, why] of cases) {
    const out = noticeDeadline('representativesMeeting', meeting, cal);
    assert.equal(out.latestNoticeDate, latest, `${meeting}: ${why}`);
    assert.equal(out.workingDays, true, meeting);
    assert.equal(out.reasons[0]!.rule, 'representatives.notice');
  }
});

test('noticeDeadline: a representatives\' meeting in a year without an official calendar is refused, not guessed', () => {
  assert.throws(() => noticeDeadline('representativesMeeting', '2027-01-06', cal), (e: unknown) => e instanceof CalendarNotCoveredError && e.year === 2027);
  // The county enters the year: then it is counted from what it entered.
  const entered = makeCalendar([{ date: '2027-01-01', work: false, note: '元旦' }], new Set([2027]));
  assert.equal(noticeDeadline('representativesMeeting', '2027-01-06', entered).latestNoticeDate, '2026-12-31', '01-05, 01-04, then 01-01 is off and 12-31 counts');
});

test('noticeDeadline: where the law is silent, the village\'s own rule or nothing', () => {
  const silent = meetingKinds.filter((k) => k !== 'villagersAssembly' && k !== 'representativesMeeting');
  assert.deepEqual([...silent].sort(), ['committeesMeeting', 'groupMeeting', 'partyBranchMeeting', 'partyMembersMeeting', 'residentsMeeting']);
  for (const kind of silent) {
    const none = noticeDeadline(kind, '2026-10-09', cal);
    assert.equal(none.latestNoticeDate, null, kind);
    assert.equal(none.workingDays, false, kind);
    assert.equal(none.reasons[0]!.rule, `${kind}.notice.silent`, kind);
    const local = noticeDeadline(kind, '2026-10-09', cal, 5);
    assert.equal(local.latestNoticeDate, '2026-10-04', `${kind}: 5 calendar days, holiday or not`);
    assert.equal(local.workingDays, false, kind);
    assert.equal(local.reasons[0]!.rule, `${kind}.notice.local`, kind);
    assert.equal(noticeDeadline(kind, '2026-10-09', cal, 0).latestNoticeDate, '2026-10-09', `${kind}: 0 days means the same day`);
    assert.equal(noticeDeadline(kind, '2026-03-01', cal, 1).latestNoticeDate, '2026-02-28', kind);
  }
});

// --- representatives

/** A village's composition; the women of the meeting are its women representatives unless given. */
const village = (o: Partial<RepresentativesInput>): RepresentativesInput => {
  const base = { kind: 'village' as const, households: 150, representatives: 20, womenRepresentatives: 10, meetingMembers: 25, ...o };
  return { ...base, womenMeetingMembers: o.womenMeetingMembers ?? base.womenRepresentatives };
};
const finding = (r: ReturnType<typeof representativesCheck>, rule: string) => {
  const f = r.findings.find((x) => x.rule === rule);
  assert.ok(f, `finding ${rule}`);
  return f;
};

test('representativesCheck: village, one representative per 5–15 households (Art.25), or by group', () => {
  const cases: [Partial<RepresentativesInput>, boolean, string][] = [
    [{ households: 150, representatives: 10, meetingMembers: 12, womenRepresentatives: 4 }, true, '150/15 = 10: the fewest allowed'],
    [{ households: 150, representatives: 9, meetingMembers: 11, womenRepresentatives: 4 }, false, 'one too few'],
    [{ households: 150, representatives: 30, meetingMembers: 35, womenRepresentatives: 12 }, true, '150/5 = 30: the most allowed'],
    [{ households: 150, representatives: 31, meetingMembers: 36, womenRepresentatives: 12 }, false, 'one too many'],
    [{ households: 151, representatives: 10, meetingMembers: 12, womenRepresentatives: 4 }, false, '151 households need 11 (ceil)'],
    [{ households: 151, representatives: 11, meetingMembers: 13, womenRepresentatives: 5 }, true, '11 for 151'],
    [{ households: 154, representatives: 31, meetingMembers: 36, womenRepresentatives: 12 }, false, 'floor(154/5) = 30'],
    [{ households: 150, groups: 9, representatives: 9, meetingMembers: 11, womenRepresentatives: 4 }, true, 'chosen by group: one or more per each of 9 groups'],
    [{ households: 150, groups: 10, representatives: 9, meetingMembers: 11, womenRepresentatives: 4 }, false, '9 for 10 groups leaves a group without'],
    [{ households: 150, groups: 0, representatives: 9, meetingMembers: 11, womenRepresentatives: 4 }, false, 'no groups: the household rule alone'],
  ];
  for (const [o, ok, why] of cases) {
    const f = finding(representativesCheck(village(o)), 'representatives.perHouseholds');
    assert.equal(f.ok, ok, `${JSON.stringify(o)}: ${why}`);
    assert.match(f.article, /第二十五条/);
  }
});

test('representativesCheck: village, representatives ≥ 4/5 and women ≥ 1/3 of the meeting\'s members', () => {
  const fourFifths: [representatives: number, members: number, ok: boolean][] = [
    [20, 25, true], [19, 25, false], [20, 24, true], [24, 30, true], [23, 29, false], [24, 29, true], [25, 25, true],
  ];
  for (const [representatives, meetingMembers, ok] of fourFifths) {
    const r = representativesCheck(village({ representatives, meetingMembers, womenRepresentatives: 10, households: representatives * 10 }));
    assert.equal(finding(r, 'representatives.fourFifths').ok, ok, `${representatives} of ${meetingMembers}`);
  }
  const women: [women: number, members: number, ok: boolean][] = [[8, 24, true], [7, 24, false], [9, 25, true], [8, 25, false], [9, 27, true]];
  for (const [womenRepresentatives, meetingMembers, ok] of women) {
    const r = representativesCheck(village({ representatives: 22, households: 220, meetingMembers, womenRepresentatives }));
    const f = finding(r, 'representatives.womenThird');
    assert.equal(f.ok, ok, `${womenRepresentatives} women of ${meetingMembers}`);
    assert.match(f.article, /第二十五条/);
  }
  // ok is the conjunction of the findings.
  const good = representativesCheck(village({ households: 150, representatives: 20, meetingMembers: 24, womenRepresentatives: 8 }));
  assert.deepEqual(good.findings.map((f) => f.ok), [true, true, true]);
  assert.equal(good.ok, true);
  const fewWomen = representativesCheck(village({ households: 150, representatives: 20, meetingMembers: 24, womenRepresentatives: 7 }));
  assert.equal(fewWomen.ok, false);
  assert.deepEqual(fewWomen.findings.filter((f) => !f.ok).map((f) => f.rule), ['representatives.womenThird']);
});

test('representativesCheck: community, 3–8 representatives per residents\' group', () => {
  const cases: [groups: number | undefined, representatives: number, ok: boolean][] = [
    [4, 12, true], [4, 11, false], [4, 32, true], [4, 33, false], [1, 3, true], [1, 2, false], [1, 8, true], [1, 9, false], [0, 5, false], [undefined, 5, false],
  ];
  for (const [groups, representatives, ok] of cases) {
    const r = representativesCheck({ kind: 'community', households: 400, groups, representatives, womenRepresentatives: 0, meetingMembers: representatives + 5, womenMeetingMembers: 0 });
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0]!.rule, 'representatives.perGroup');
    assert.equal(r.findings[0]!.ok, ok, `${representatives} for ${groups} groups`);
    assert.equal(r.ok, ok);
  }
  const noGroups = representativesCheck({ kind: 'community', households: 400, representatives: 5, womenRepresentatives: 0, meetingMembers: 5, womenMeetingMembers: 0 });
  assert.match(noGroups.findings[0]!.message, /groups/);
});

test('representativesCheck: malformed counts name the field', () => {
  throwsNaming(() => representativesCheck(village({ households: -1 })), 'households', 'negative');
  throwsNaming(() => representativesCheck(village({ meetingMembers: 24.5 })), 'meetingMembers', 'fraction');
  throwsNaming(() => representativesCheck(village({ representatives: 26, meetingMembers: 25 })), 'representatives', 'more representatives than members');
});

// Regression (found here, fixed in 0a642c1; decisions/rules.ts representativesCheck): more women representatives than representatives
// is accepted, and satisfies the women's third with women who do not exist (8 "women" among 5
// representatives of a 24-member meeting passes 「妇女村民代表应当占…三分之一以上」).
test('representativesCheck: more women representatives than representatives is malformed input', () => {
  throwsNaming(() => representativesCheck(village({ households: 50, representatives: 5, womenRepresentatives: 8, meetingMembers: 24 })), 'womenRepresentatives', '8 women of 5');
});

// --- who may require a meeting

test('callRequirement: 1/10 of villagers or 1/3 of representatives require an assembly (Art.21)', () => {
  const cases: [o: Parameters<typeof callRequirement>[1], required: boolean, why: string][] = [
    [{ villagers: 100, representatives: 30, signaturesVillagers: 10 }, true, '10 of 100 villagers is exactly 1/10'],
    [{ villagers: 100, representatives: 30, signaturesVillagers: 9 }, false, '9 of 100'],
    [{ villagers: 101, representatives: 30, signaturesVillagers: 10 }, false, '10 of 101 is below 1/10'],
    [{ villagers: 101, representatives: 30, signaturesVillagers: 11 }, true, '11 of 101'],
    [{ villagers: 100, representatives: 30, signaturesRepresentatives: 10 }, true, '10 of 30 representatives is exactly 1/3'],
    [{ villagers: 100, representatives: 30, signaturesRepresentatives: 9 }, false, '9 of 30'],
    [{ villagers: 100, representatives: 31, signaturesRepresentatives: 10 }, false, '10 of 31 is below 1/3'],
    [{ villagers: 100, representatives: 31, signaturesRepresentatives: 11 }, true, '11 of 31'],
    [{ villagers: 100, representatives: 30, signaturesVillagers: 9, signaturesRepresentatives: 9 }, false, 'two shortfalls do not add up'],
    [{ representatives: 30, signaturesVillagers: 1000 }, false, 'without the number of villagers the 1/10 cannot be checked'],
    [{ villagers: 100, representatives: 0, signaturesRepresentatives: 0 }, false, 'no representatives: nobody signed'],
  ];
  for (const [o, required, why] of cases) {
    const r = callRequirement('villagersAssembly', o);
    assert.equal(r.required, required, why);
    assert.equal(r.reasons[0]!.rule, 'assembly.call');
    assert.match(r.reasons[0]!.article, /第二十一条/);
  }
});

test('callRequirement: 1/5 of representatives require a representatives\' meeting (Art.26)', () => {
  const cases: [representatives: number, signatures: number, required: boolean][] = [
    [25, 5, true], [25, 4, false], [26, 5, false], [26, 6, true], [30, 6, true], [30, 5, false], [0, 0, false],
  ];
  for (const [representatives, signaturesRepresentatives, required] of cases) {
    const r = callRequirement('representativesMeeting', { representatives, signaturesRepresentatives, villagers: 1000, signaturesVillagers: 1000 });
    assert.equal(r.required, required, `${signaturesRepresentatives} of ${representatives} (villagers' signatures do not count here)`);
    assert.equal(r.reasons[0]!.rule, 'representatives.call');
    assert.match(r.reasons[0]!.article, /第二十六条/);
  }
});

// Regression (found here, fixed in 0a642c1; decisions/rules.ts callRequirement, the villagers' branch): `signaturesVillagers * 10 >=
// villagers` holds with no signatures at all when villagers is 0, so the public rule
// (`meeting-call`) answers that an assembly must be called although nobody proposed it; the
// representatives' branch guards this (`representatives > 0`), the villagers' branch does not.
// Nor is a proposal signed by more people than there are refused as malformed input.
test('callRequirement: nobody\'s signature obliges nobody; more signatures than people is malformed input', () => {
  assert.equal(callRequirement('villagersAssembly', { villagers: 0, representatives: 0 }).required, false, 'no villagers, no representatives, no signatures');
  assert.equal(callRequirement('villagersAssembly', { villagers: 0, representatives: 12, signaturesVillagers: 0, signaturesRepresentatives: 0 }).required, false);
  throwsNaming(() => callRequirement('villagersAssembly', { villagers: 100, representatives: 30, signaturesVillagers: 101 }), 'signaturesVillagers', '101 signatures of 100 villagers');
  throwsNaming(() => callRequirement('representativesMeeting', { representatives: 25, signaturesRepresentatives: 26 }), 'signaturesRepresentatives', '26 of 25 representatives');
});

// --- the named rules (what the CLI and HTTP run)

test('the named rules: schema and rule input errors become validation problems naming the field', () => {
  const spec = (name: string) => decisionRules.find((r) => r.name === name)!;
  for (const name of ['meeting-outcome', 'notice-deadline', 'representatives-check', 'meeting-call']) assert.ok(decisionRules.some((r) => r.name === name), name);
  const fieldsOf = (fn: () => unknown): string[] => {
    try { fn(); } catch (e) {
      assert.ok(e instanceof AppError, String(e));
      assert.equal(e.kind, 'validation');
      return e.errors.map((f) => f.field);
    }
    assert.fail('expected a validation problem');
  };
  assert.deepEqual(fieldsOf(() => runRule(spec('meeting-outcome'), { kind: 'tea party', eligible: {}, present: {} }, cal)), ['kind']);
  assert.ok(fieldsOf(() => runRule(spec('meeting-outcome'), { kind: 'representativesMeeting', eligible: { members: '18' }, present: { persons: 12 } }, cal)).includes('eligible.members'));
  assert.ok(fieldsOf(() => runRule(spec('meeting-outcome'), { kind: 'representativesMeeting', eligible: { members: 18, guests: 3 }, present: { persons: 12 } }, cal)).includes('eligible'));
  assert.deepEqual(fieldsOf(() => runRule(spec('meeting-outcome'), { kind: 'representativesMeeting', eligible: {}, present: { persons: 12 } }, cal)), ['eligible.members']);
  assert.deepEqual(fieldsOf(() => runRule(spec('notice-deadline'), { kind: 'villagersAssembly', meetingDate: '9 Oct 2026' }, cal)), ['meetingDate']);
  assert.deepEqual(fieldsOf(() => runRule(spec('representatives-check'), { kind: 'village', households: 150 }, cal)).sort(), ['meetingMembers', 'representatives', 'womenMeetingMembers', 'womenRepresentatives']);
  assert.deepEqual(runRule(spec('notice-deadline'), { kind: 'representativesMeeting', meetingDate: '2026-10-09' }, cal), noticeDeadline('representativesMeeting', '2026-10-09', cal));
  assert.deepEqual(fieldsOf(() => runRule(spec('meeting-call'), { kind: 'groupMeeting', representatives: 10 }, cal)), ['kind']);
  assert.deepEqual(fieldsOf(() => runRule(spec('meeting-call'), { kind: 'villagersAssembly', villagers: 100 }, cal)), ['representatives']);
  assert.deepEqual(runRule(spec('meeting-call'), { kind: 'representativesMeeting', representatives: 25, signaturesRepresentatives: 5 }, cal), callRequirement('representativesMeeting', { representatives: 25, signaturesRepresentatives: 5 }));
  assert.equal((runRule(spec('meeting-call'), { kind: 'villagersAssembly', villagers: 100, representatives: 30, signaturesVillagers: 10 }, cal) as { required: boolean }).required, true);
});
