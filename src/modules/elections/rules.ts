// Pure rules of committee elections (换届选举): voter eligibility, the voter-roll deadline, the
// 差额 candidate list, turnout with proxies, the statutory tally (first round, ties, 另行选举,
// women's seat, kinship avoidance) and recall. Fractions are compared in integers so the
// boundaries are exact: 「过半数」 is strictly more than half (2a > b), 「不得少于三分之一」 and
// 「以上」 include the number (3a ≥ b, 5a ≥ b) — 民法典 Art.1259; shared/LAW.md §1.
// Every verdict carries `reasons: [{rule, article, message}]`.
import type { WorkingCalendar } from '../../core/calendar/calendar.ts';
import { RuleInputError } from '../../core/rules.ts';
import { profileOf, type Position, type ProfileId } from './profiles.ts';
import { addDays, isDate } from '../../core/time.ts';

// The organisation law is silent on over-returned ballots; every provincial election law says the
// same (LAW.md §1): more ballots than voters voids the vote.
const OVER_RETURNED_BASIS = '浙江省村民委员会选举办法第二十七条；北京市村民委员会选举办法第二十八条；上海市村民委员会选举办法第十九条';

export interface Reason { rule: string; article: string; message: string }

const VCOL = '村民委员会组织法';

/** Smallest n with 2n > total (过半数). */
export const moreThanHalf = (total: number) => Math.floor(total / 2) + 1;
/** Smallest n with 3n ≥ total (不少于三分之一). */
export const atLeastThird = (total: number) => Math.ceil(total / 3);

// --- dates

export function checkDate(s: string, field: string): string {
  if (!isDate(s)) throw new RuleInputError(field, `${s} is not a date (YYYY-MM-DD)`);
  return s;
}

// --- voter eligibility (选民资格与登记)

export interface EligibilityInput {
  profile: ProfileId;
  electionDate: string;
  person: {
    birthDate: string; hukouHere: boolean; livesHere: boolean;
    monthsResidentHere?: number | undefined; declaredParticipation?: boolean | undefined; applied?: boolean | undefined;
    approvedByMeeting?: boolean | undefined; deprivedOfPoliticalRights?: boolean | undefined; registeredElsewhere?: boolean | undefined;
  };
}

/** Whether the person is 18 or older on `onDate` (the 18th birthday counts; 29 Feb → 1 Mar). */
export function adultOn(birthDate: string, onDate: string): boolean {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by > 18 || (y - by === 18 && (m > bm || (m === bm && d >= bd)));
}

/**
 * 组织法 Art.13: 18 or older on election day (浙江办法 Art.12: 以本村选举日为准), not deprived of
 * political rights, registered in one of the three ways of Art.13¶2, and not registered elsewhere
 * (Art.13¶3).
 */
export function voterEligibility(input: EligibilityInput): { eligible: boolean; way: 1 | 2 | 3 | null; reasons: Reason[] } {
  const { person: p } = input;
  const electionDate = checkDate(input.electionDate, 'electionDate');
  checkDate(p.birthDate, 'person.birthDate');
  if (p.birthDate > electionDate) throw new RuleInputError('person.birthDate', 'the birth date is after the election date');
  profileOf(input.profile);
  const reasons: Reason[] = [];
  let eligible = true;
  const adult = adultOn(p.birthDate, electionDate);
  reasons.push({ rule: 'voter.age', article: `${VCOL}第十三条第一款；浙江省村民委员会选举办法第十二条（以选举日为准）`,
    message: adult ? `出生于 ${p.birthDate}，至选举日 ${electionDate} 已年满十八周岁` : `出生于 ${p.birthDate}，至选举日 ${electionDate} 未满十八周岁，没有选举权` });
  if (!adult) eligible = false;
  if (p.deprivedOfPoliticalRights) {
    eligible = false;
    reasons.push({ rule: 'voter.politicalRights', article: `${VCOL}第十三条第一款`, message: '依照法律被剥夺政治权利，不得登记为选民' });
  }
  if (p.registeredElsewhere) {
    eligible = false;
    reasons.push({ rule: 'voter.registeredElsewhere', article: `${VCOL}第十三条第三款`, message: '已在其他地方登记参加选举，不得再在本村登记' });
  }
  let way: 1 | 2 | 3 | null = null;
  if (p.hukouHere && p.livesHere) {
    way = 1;
    reasons.push({ rule: 'voter.registration', article: `${VCOL}第十三条第二款第（一）项`, message: '户籍在本村并且在本村居住' });
  } else if (p.hukouHere) {
    if (p.declaredParticipation) {
      way = 2;
      reasons.push({ rule: 'voter.registration', article: `${VCOL}第十三条第二款第（二）项`, message: '户籍在本村、不在本村居住，本人表示参加选举' });
    } else {
      reasons.push({ rule: 'voter.registration', article: `${VCOL}第十三条第二款第（二）项`, message: '户籍在本村但不在本村居住，本人未表示参加选举，不予登记' });
    }
  } else if (p.livesHere) {
    const months = p.monthsResidentHere ?? 0;
    if (!Number.isInteger(months) || months < 0) throw new RuleInputError('person.monthsResidentHere', 'a whole number ≥ 0 is required');
    const missing = [months >= 12 ? null : p.monthsResidentHere === undefined ? '在本村居住是否满一年未登记' : `在本村居住 ${months} 个月，不满一年`, p.applied ? null : '本人未申请参加选举', p.approvedByMeeting ? null : '未经村民会议或者村民代表会议同意'].filter((x): x is string => x !== null);
    if (missing.length === 0) {
      way = 3;
      reasons.push({ rule: 'voter.registration', article: `${VCOL}第十三条第二款第（三）项`, message: `户籍不在本村，在本村居住 ${months} 个月（一年以上），本人申请并经村民会议或者村民代表会议同意` });
    } else {
      reasons.push({ rule: 'voter.registration', article: `${VCOL}第十三条第二款第（三）项`, message: `户籍不在本村：${missing.join('；')}，不予登记` });
    }
  } else {
    reasons.push({ rule: 'voter.registration', article: `${VCOL}第十三条第二款`, message: '户籍不在本村，也不在本村居住，不属于本村选民' });
  }
  if (way === null) eligible = false;
  return { eligible, way, reasons };
}

// --- voter roll deadline and the statutory timeline

/** 组织法 Art.14: the roll is published 「在选举日的二十日前」 — on or before election day − 20. */
export function voterListDeadline(input: { electionDate: string; publishedOn: string }): { compliant: boolean; latestPublicationDate: string; reasons: Reason[] } {
  const electionDate = checkDate(input.electionDate, 'electionDate');
  const publishedOn = checkDate(input.publishedOn, 'publishedOn');
  const latest = addDays(electionDate, -20);
  const compliant = publishedOn <= latest;
  const reasons: Reason[] = [{ rule: 'voterRoll.deadline', article: `${VCOL}第十四条第一款`,
    message: compliant
      ? `选民名单于 ${publishedOn} 公布，不晚于选举日 ${electionDate} 的二十日前（${latest}）`
      : `选民名单于 ${publishedOn} 公布，晚于选举日 ${electionDate} 的二十日前（最迟 ${latest}），不合法：应推迟选举日或重新公布` }];
  reasons.push({ rule: 'voterRoll.objections', article: `${VCOL}第十四条第二款`, message: `对名单有异议的，自公布之日起五日内提出；选举委员会自收到之日起三日内作出处理决定并公布（异议期至 ${addDays(publishedOn, 5)}，最后一日为法定节假日的顺延至节假日后第一日，民法典第二百零三条）` });
  return { compliant, latestPublicationDate: latest, reasons };
}

export interface TimelineStep {
  key: 'electionCommittee' | 'voterRoll' | 'objections' | 'objectionDecisions' | 'candidateList' | 'proxies' | 'electionDay' | 'certificates' | 'handover';
  /** 'by' = done on or before `due`; 'within' = a period after an event, extended past holidays. */
  kind: 'by' | 'within' | 'on';
  due: string;
  /** For 'by' steps: the last working day on or before `due` (offices are closed on holidays). */
  plannedBy: string | null;
  extendedForHoliday: boolean;
  basis: string;
}

/**
 * The statutory timeline from election day and profile. Periods after an event ("within n days":
 * objections, decisions, certificates, handover) end on the next working day when their last day
 * is a public holiday (民法典 Art.203); deadlines before the vote ("n days before") are not moved,
 * and `plannedBy` gives the last working day on or before them.
 */
export function electionTimeline(profileId: ProfileId, electionDay: string, calendar: WorkingCalendar, rollPublishedOn?: string | null): TimelineStep[] {
  const p = profileOf(profileId);
  checkDate(electionDay, 'electionDay');
  const lastWorkingOnOrBefore = (d: string) => { let x = d; while (!calendar.isWorkday(x)) x = addDays(x, -1); return x; };
  const within = (from: string, n: number) => {
    let due = addDays(from, n);
    let extended = false;
    while (!calendar.isWorkday(due)) { due = addDays(due, 1); extended = true; }
    return { due, extended };
  };
  const by = (key: TimelineStep['key'], due: string, basis: string): TimelineStep => ({ key, kind: 'by', due, plannedBy: lastWorkingOnOrBefore(due), extendedForHoliday: false, basis });
  const roll = addDays(electionDay, -p.voterRollDaysBefore);
  const published = rollPublishedOn ?? roll;
  const objections = within(published, p.objectionDays);
  const decisions = within(objections.due, p.objectionDecisionDays);
  const certs = within(electionDay, p.certificateDays);
  const handover = within(electionDay, p.handoverDays);
  return [
    by('electionCommittee', addDays(roll, -1), `${VCOL}第十二条（选举委员会主持选举，须在公布选民名单前产生）`),
    by('voterRoll', roll, `${VCOL}第十四条第一款（选举日的二十日前公布）`),
    { key: 'objections', kind: 'within', due: objections.due, plannedBy: null, extendedForHoliday: objections.extended, basis: `${VCOL}第十四条第二款（公布之日起五日内提出异议）` },
    { key: 'objectionDecisions', kind: 'within', due: decisions.due, plannedBy: null, extendedForHoliday: decisions.extended, basis: `${VCOL}第十四条第二款（收到异议之日起三日内处理）` },
    by('candidateList', addDays(electionDay, -p.candidateListDaysBefore), p.candidateListBasis),
    by('proxies', addDays(electionDay, -(p.proxyDaysBefore ?? 0)), p.proxyBasis),
    { key: 'electionDay', kind: 'on', due: electionDay, plannedBy: null, extendedForHoliday: false, basis: `${VCOL}第十五条第三款（公开计票，选举结果当场公布）` },
    { key: 'certificates', kind: 'within', due: certs.due, plannedBy: null, extendedForHoliday: certs.extended, basis: '姚安县民政局《加强和完善村(社区)自治组织管理的工作方案》（2019年2月22日）：选举结果公布3天内颁证' },
    { key: 'handover', kind: 'within', due: handover.due, plannedBy: null, extendedForHoliday: handover.extended, basis: `${VCOL}第二十条（新一届委员会产生之日起十日内移交）` },
  ];
}

// --- candidate list (差额)

export function candidateList(input: { profile: ProfileId; position: Position; seats: number; candidates: string[] }): { valid: boolean; minCandidates: number; maxCandidates: number | null; reasons: Reason[] } {
  const p = profileOf(input.profile);
  if (!Number.isInteger(input.seats) || input.seats < 1) throw new RuleInputError('seats', 'at least one seat is required');
  const seen = new Set<string>();
  input.candidates.forEach((c, i) => {
    if (!c.trim()) throw new RuleInputError(`candidates.${i}`, 'a candidate needs a name');
    if (seen.has(c)) throw new RuleInputError(`candidates.${i}`, `${c} is listed twice`);
    seen.add(c);
  });
  const [minExtra, maxExtra] = p.margins[input.position];
  const n = input.candidates.length;
  const minCandidates = input.seats + minExtra;
  const maxCandidates = maxExtra === null ? null : input.seats + maxExtra;
  const valid = n >= minCandidates && (maxCandidates === null || n <= maxCandidates);
  const range = maxCandidates === null ? `至少 ${minCandidates} 人` : minCandidates === maxCandidates ? `${minCandidates} 人` : `${minCandidates}–${maxCandidates} 人`;
  const reasons: Reason[] = [{ rule: 'candidateList.margin', article: p.marginBasis,
    message: valid
      ? `应选 ${input.seats} 名，正式候选人 ${n} 名，符合差额要求（${range}）`
      : n <= input.seats
        ? `应选 ${input.seats} 名，正式候选人只有 ${n} 名：候选人的名额应当多于应选名额（${range}），不得等额选举`
        : `应选 ${input.seats} 名，正式候选人 ${n} 名，不符合本地差额要求（${range}）` }];
  return { valid, minCandidates, maxCandidates, reasons };
}

// --- turnout with proxies (委托投票)

export interface ProxyFiling { proxy: string; principals: string[] }

export function electionTurnout(input: { profile: ProfileId; registeredVoters: number; inPersonVoters: number; proxies: ProxyFiling[] }) {
  const p = profileOf(input.profile);
  if (input.inPersonVoters > input.registeredVoters) throw new RuleInputError('inPersonVoters', 'more voters in person than registered voters');
  const reasons: Reason[] = [];
  const validProxies: ProxyFiling[] = [];
  const invalidProxies: { proxy: string; principal: string; reason: string }[] = [];
  const seen = new Set<string>();
  // The cap is per proxy person ([ZJ-EL] Art.25 「每一位受委托人」; [SH-EL] Art.16), across every filing naming them.
  const perProxy = new Map<string, number>();
  const delegators = new Set(input.proxies.flatMap((f) => f.principals));
  for (const f of input.proxies) {
    const ok: string[] = [];
    for (const principal of f.principals) {
      let why: string | null = null;
      if (principal === f.proxy) why = '委托人与受委托人为同一人';
      else if (seen.has(principal)) why = `${principal} 已委托他人，不得重复委托`;
      else if (delegators.has(f.proxy)) why = `${f.proxy} 本人已委托他人投票，不得再接受委托（不得转委托）`;
      else if (p.proxyCap !== null && (perProxy.get(f.proxy) ?? 0) >= p.proxyCap) why = `每一受委托人接受委托投票不得超过 ${p.proxyCap} 人`;
      if (why) invalidProxies.push({ proxy: f.proxy, principal, reason: why });
      else { ok.push(principal); seen.add(principal); perProxy.set(f.proxy, (perProxy.get(f.proxy) ?? 0) + 1); }
    }
    if (ok.length) validProxies.push({ proxy: f.proxy, principals: ok });
  }
  const proxyVotes = validProxies.reduce((s, f) => s + f.principals.length, 0);
  const votersWhoVoted = input.inPersonVoters + proxyVotes;
  if (votersWhoVoted > input.registeredVoters) throw new RuleInputError('proxies', 'in-person voters and proxies together exceed the registered voters');
  if (p.proxyCap !== null) {
    const over = invalidProxies.filter((x) => x.reason.startsWith('每一受委托人'));
    reasons.push({ rule: 'proxy.cap', article: p.proxyBasis, message: over.length ? `${over.length} 份委托超过每人 ${p.proxyCap} 人的上限，无效` : `每一受委托人接受委托不超过 ${p.proxyCap} 人` });
  } else {
    reasons.push({ rule: 'proxy.cap', article: `${VCOL}第十五条第四款`, message: '全国法律未规定受委托人接受委托的人数上限（上限由省级办法规定）' });
  }
  const valid = 2 * votersWhoVoted > input.registeredVoters;
  reasons.push({ rule: 'election.turnout', article: `${VCOL}第十五条第二款`, message: valid
    ? `参加投票 ${votersWhoVoted} 人（亲自 ${input.inPersonVoters}，有效委托 ${proxyVotes}），超过登记选民 ${input.registeredVoters} 人的半数，选举有效`
    : `参加投票 ${votersWhoVoted} 人（亲自 ${input.inPersonVoters}，有效委托 ${proxyVotes}），未超过登记选民 ${input.registeredVoters} 人的半数（需 ${moreThanHalf(input.registeredVoters)} 人），选举无效` });
  return { validProxies, invalidProxies, votersWhoVoted, valid, reasons };
}

// --- the tally

export interface TallyCandidate { name: string; votes: number; female?: boolean | undefined; writeIn?: boolean | undefined; relatives?: string[] | undefined }
export interface TallyInput {
  profile: ProfileId;
  round: 'first' | 'supplementary';
  seats: number;
  registeredVoters: number;
  votersWhoVoted: number;
  ballotsReturned: number;
  candidates: TallyCandidate[];
  womenSeat?: { seats: number; candidates: TallyCandidate[] } | undefined;
  supplementaryMargin?: number | undefined;
  membersAlreadyElected?: number | undefined;
  headElected?: boolean | undefined;
  /** Names elected earlier in the same election (an earlier round, or a higher post tallied first); kinship avoidance keeps them. */
  alreadyElected?: string[] | undefined;
}
export interface ElectedPerson { name: string; votes: number; seat: 'members' | 'women' }
export interface TallyOutcome {
  valid: boolean;
  void: boolean;
  majorityMinVotes: number | null;
  thresholdMinVotes: number | null;
  majorityHolders: string[];
  elected: ElectedPerson[];
  seatsUnfilled: number;
  tieRevote: null | { seats: number; candidates: string[] };
  supplementaryRound: null | { seats: number; candidates: string[]; womenSeat: null | { seats: number; candidates: string[] } };
  vacancyMayRemain: boolean;
  reasons: Reason[];
}

type Section = 'members' | 'women';
interface Entry extends TallyCandidate { section: Section; order: number }

const byVotes = (a: Entry, b: Entry) => b.votes - a.votes || a.order - b.order;

/** Greedy election of one section: highest first, a tie at the cut-off goes to a re-vote. */
function electSection(qualifying: Entry[], seats: number, excluded: Set<string>): { elected: Entry[]; tie: Entry[] | null; tieSeats: number } {
  const pool = qualifying.filter((c) => !excluded.has(c.name)).sort(byVotes);
  const elected: Entry[] = [];
  let i = 0;
  while (i < pool.length && elected.length < seats) {
    const group = pool.filter((c) => c.votes === pool[i]!.votes);
    const left = seats - elected.length;
    if (group.length <= left) { elected.push(...group); i += group.length; continue; }
    return { elected, tie: group, tieSeats: left };
  }
  return { elected, tie: null, tieSeats: 0 };
}

/**
 * The statutory tally of one round (组织法 Art.15¶2 and the provincial rules in LAW.md §1).
 * - The round is void when more ballots come back than people voted (浙江办法 Art.27; 北京 Art.28;
 *   上海 Art.19 — every province in LAW.md; the national text is silent, applied to all profiles).
 * - Valid when more than half of the registered voters voted (Art.15¶2).
 * - First round: elected with more than half of the votes of those who voted (spoilt ballots in
 *   the denominator: 北京办法 Art.28); more majority-holders than seats → highest win; a tie at
 *   the cut-off → re-vote between the tied (浙江 Art.28).
 * - Supplementary round (另行选举): highest votes win with at least one third of the ballots cast.
 * - Zhejiang: a separate women's seat (Art.21, 29) and kinship avoidance (Art.31).
 */
export function electionTally(input: TallyInput): TallyOutcome {
  const p = profileOf(input.profile);
  const { seats, registeredVoters: registered, votersWhoVoted: voted, ballotsReturned: ballots } = input;
  if (!Number.isInteger(seats) || seats < 0) throw new RuleInputError('seats', 'a whole number ≥ 0 is required');
  if (voted > registered) throw new RuleInputError('votersWhoVoted', 'more people voted than are registered');
  if (input.womenSeat && !p.womenSeparateSeat) throw new RuleInputError('womenSeat', `the ${p.id} profile has no separate women's seat: count women among the candidates`);
  const womenSeats = input.womenSeat?.seats ?? 0;
  if (seats + womenSeats < 1) throw new RuleInputError('seats', 'at least one seat is required');
  const entries: Entry[] = [];
  const names = new Set<string>();
  const add = (list: TallyCandidate[], section: Section, prefix: string, sectionSeats: number) => {
    let sum = 0;
    list.forEach((c, i) => {
      if (!c.name.trim()) throw new RuleInputError(`${prefix}.${i}.name`, 'a candidate needs a name');
      if (names.has(c.name)) throw new RuleInputError(`${prefix}.${i}.name`, `${c.name} is listed twice (one person stands for one post: 浙江办法 Art.27)`);
      names.add(c.name);
      // A valid ballot marks a person at most once: nobody gets more votes than ballots cast.
      if (c.votes > ballots) throw new RuleInputError(`${prefix}.${i}.votes`, `${c.name} has ${c.votes} votes but only ${ballots} ballots were returned`);
      sum += c.votes;
      entries.push({ ...c, section, order: entries.length });
    });
    // A ballot naming more people than seats is void: at most `seats` marks per ballot.
    if (sum > ballots * sectionSeats) throw new RuleInputError(prefix, `${sum} votes in all exceed ${ballots} ballots × ${sectionSeats} seats`);
  };
  add(input.candidates, 'members', 'candidates', seats);
  if (input.womenSeat) {
    input.womenSeat.candidates.forEach((c, i) => { if (c.female === false) throw new RuleInputError(`womenSeat.candidates.${i}.female`, `${c.name} stands for the women's seat but is not marked female`); });
    add(input.womenSeat.candidates, 'women', 'womenSeat.candidates', womenSeats);
  }
  const reasons: Reason[] = [];
  const first = input.round === 'first';
  const out: TallyOutcome = {
    valid: false, void: false, majorityMinVotes: first ? moreThanHalf(voted) : null, thresholdMinVotes: first ? null : atLeastThird(ballots),
    majorityHolders: [], elected: [], seatsUnfilled: seats + womenSeats, tieRevote: null, supplementaryRound: null, vacancyMayRemain: false, reasons,
  };
  // 1. ballots returned vs voters
  if (ballots > voted) {
    out.void = true;
    reasons.push({ rule: 'tally.overReturned', article: OVER_RETURNED_BASIS,
      message: `收回选票 ${ballots} 张，多于投票人数 ${voted} 人，本次选举无效，应重新投票` });
  } else {
    reasons.push({ rule: 'tally.overReturned', article: OVER_RETURNED_BASIS, message: `收回选票 ${ballots} 张，不多于投票人数 ${voted} 人，有效` });
  }
  // 2. turnout
  out.valid = !out.void && 2 * voted > registered;
  reasons.push({ rule: 'election.turnout', article: `${VCOL}第十五条第二款`, message: 2 * voted > registered
    ? `登记选民 ${registered} 人，参加投票 ${voted} 人，超过半数，选举有效`
    : `登记选民 ${registered} 人，参加投票 ${voted} 人，未超过半数（需 ${moreThanHalf(registered)} 人），选举无效` });
  if (!out.valid) return out;

  // 3. who qualifies
  const min = first ? moreThanHalf(voted) : atLeastThird(ballots);
  const qualifying = entries.filter((c) => c.votes >= min).sort(byVotes);
  out.majorityHolders = qualifying.map((c) => c.name);
  reasons.push(first
    ? { rule: 'tally.majority', article: `${VCOL}第十五条第二款；北京办法第二十八条（废票计入选票总数）`, message: `当选须获参加投票的 ${voted} 人过半数的选票，即至少 ${min} 票（废票计入）；过半数者：${qualifying.map((c) => `${c.name} ${c.votes}`).join('、') || '无'}` }
    : { rule: 'tally.supplementaryThreshold', article: p.supplementaryThresholdBasis, message: `另行选举以得票多的当选，但所得票数不得少于已投选票总数 ${ballots} 的三分之一，即至少 ${min} 票；达到者：${qualifying.map((c) => `${c.name} ${c.votes}`).join('、') || '无'}` });

  // 4. elect per section; kinship avoidance (zhejiang) excludes the lower-voted relative and refills
  const relatedTo = (a: Entry, b: Entry) => (a.relatives ?? []).includes(b.name) || (b.relatives ?? []).includes(a.name);
  const excluded = new Set<string>();
  // 浙江办法 Art.31 across tallies: a relative of someone elected earlier in the same election (in
  // an earlier round, or to a higher post tallied first) does not take a seat; the earlier holds it.
  const earlier = new Set(input.alreadyElected ?? []);
  const relativeOfEarlier = (c: Entry) => (c.relatives ?? []).filter((n) => earlier.has(n));
  if (p.kinshipAvoidance) {
    for (const c of qualifying) {
      const kin = relativeOfEarlier(c);
      if (!kin.length) continue;
      excluded.add(c.name);
      reasons.push({ rule: 'tally.kinship', article: '浙江省村民委员会选举办法第三十一条', message: `${c.name}（${c.votes} 票）与已当选的 ${kin.join('、')} 为近亲属，不得同时当选：保留已当选的 ${kin.join('、')}；空缺由其后得票达到要求者依次递补` });
    }
  }
  let members = electSection(qualifying.filter((c) => c.section === 'members'), seats, excluded);
  let women = electSection(qualifying.filter((c) => c.section === 'women'), womenSeats, excluded);
  if (p.kinshipAvoidance) {
    for (;;) {
      const all = [...members.elected, ...women.elected].sort(byVotes);
      let conflict: [Entry, Entry] | null = null;
      for (let i = 0; i < all.length && !conflict; i++) for (let j = i + 1; j < all.length && !conflict; j++) if (relatedTo(all[i]!, all[j]!)) conflict = [all[i]!, all[j]!];
      if (!conflict) break;
      const [keep, drop] = conflict; // sorted by votes: the first has more (or equal, earlier listed) votes
      excluded.add(drop.name);
      reasons.push({ rule: 'tally.kinship', article: '浙江省村民委员会选举办法第三十一条', message: keep.votes > drop.votes
        ? `${keep.name}（${keep.votes} 票）与 ${drop.name}（${drop.votes} 票）为近亲属同时当选，保留得票多的 ${keep.name}；${drop.name} 不当选，空缺由其后得票过半数者依次递补`
        : `${keep.name} 与 ${drop.name} 为近亲属且票数相等（${keep.votes} 票）：法规未定取舍，按名单顺序保留 ${keep.name}，选举委员会应复核` });
      members = electSection(qualifying.filter((c) => c.section === 'members'), seats, excluded);
      women = electSection(qualifying.filter((c) => c.section === 'women'), womenSeats, excluded);
    }
  }
  out.elected = [...members.elected, ...women.elected].map((c) => ({ name: c.name, votes: c.votes, seat: c.section }));
  for (const e of out.elected) reasons.push({ rule: first ? 'tally.elected' : 'tally.supplementaryElected', article: `${VCOL}第十五条第二款`, message: `${e.name} 得 ${e.votes} 票，当选${e.seat === 'women' ? '（妇女委员职位）' : ''}` });
  out.seatsUnfilled = seats + womenSeats - out.elected.length;
  const tie = members.tie ?? women.tie;
  const tieSeats = members.tie ? members.tieSeats : women.tieSeats;
  if (tie) {
    out.tieRevote = { seats: tieSeats, candidates: tie.map((c) => c.name) };
    reasons.push({ rule: 'tally.tie', article: p.mostVotesBasis,
      message: `${tie.map((c) => c.name).join('、')} 得票相等（${tie[0]!.votes} 票），超过剩余名额 ${tieSeats} 名，应就得票相等的人再次投票，以得票多的当选` });
  }
  if (members.tie && women.tie) {
    reasons.push({ rule: 'tally.tie', article: p.mostVotesBasis, message: `妇女委员职位同样出现票数相等：${women.tie.map((c) => c.name).join('、')}，须另行再次投票` });
  }
  if (first && qualifying.filter((c) => c.section === 'members').length > seats) {
    reasons.push({ rule: 'tally.mostVotes', article: p.mostVotesBasis, message: `获得过半数选票的人多于应选名额 ${seats} 名，以得票多的当选` });
  }

  // 5. unfilled seats
  const pendingTie = out.tieRevote?.seats ?? 0;
  const membersLeft = seats - members.elected.length - (members.tie ? members.tieSeats : 0);
  let womenLeft = womenSeats - women.elected.length - (women.tie ? women.tieSeats : 0);
  const womanElected = out.elected.some((e) => e.seat === 'women' || entries.find((c) => c.name === e.name)?.female === true);
  let generalLeft = membersLeft;
  if (womenLeft > 0 && womanElected) {
    // A woman is elected: the separate women's seat continues only when no woman is (浙江 Art.29).
    generalLeft += womenLeft;
    reasons.push({ rule: 'tally.womenSeat', article: '浙江省村民委员会选举办法第二十九条', message: `妇女委员职位尚缺 ${womenLeft} 名，但已有妇女当选，该名额并入另行选举的委员名额` });
    womenLeft = 0;
  }
  const unfilled = generalLeft + womenLeft;
  if (unfilled > 0 && pendingTie === 0) {
    const elected = new Set(out.elected.map((e) => e.name));
    const margin = input.supplementaryMargin ?? 1;
    if (!Number.isInteger(margin) || margin < 0) throw new RuleInputError('supplementaryMargin', 'a whole number ≥ 0 is required');
    const relativeOfElected = (c: Entry) => out.elected.some((e) => relatedTo(c, entries.find((x) => x.name === e.name)!));
    const stands = (c: Entry) => !elected.has(c.name) && c.votes > 0 && !(p.kinshipAvoidance && (relativeOfElected(c) || relativeOfEarlier(c).length > 0));
    const nextCandidates = (eligible: (c: Entry) => boolean, n: number) => {
      const pool = entries.filter((c) => stands(c) && eligible(c)).sort(byVotes);
      if (pool.length <= n) return pool.map((c) => c.name);
      const cut = pool[n - 1]!.votes; // those tied at the cut-off all stand
      return pool.filter((c, i) => i < n || c.votes === cut).map((c) => c.name);
    };
    // The vacancy rule: [ZJ-EL] Art.30 after a 另行选举; [SH-EL] Art.21 already after the first round
    // (with ≥ 3 elected the 村民会议 or 村民代表会议 decides whether the seats stay vacant); national: never.
    const electedSoFar = (input.membersAlreadyElected ?? 0) + out.elected.length;
    const vacancyRuleApplies = !first || p.vacancyAfterFirstRound;
    const vacancyMayRemain = vacancyRuleApplies && p.vacancyMinMembers !== null && electedSoFar >= p.vacancyMinMembers;
    out.vacancyMayRemain = vacancyMayRemain;
    // General seats: the unelected with most votes, seats + margin (Art.15¶2 with the 差额 of Art.15¶1).
    const generalCandidates = generalLeft > 0 ? nextCandidates((c) => c.section === 'members', generalLeft + margin) : [];
    // [ZJ-EL] Art.29: the women's seat continues into the 另行选举 when no woman is elected. Its
    // candidates are the unelected women with most votes — from the women's seat and from the general
    // list (they too are 「第一次投票未当选的人员」, Art.15¶2) — with the same margin as any seat.
    // One person stands for one post (Art.27), so a woman already standing again for a general seat
    // is not listed twice.
    const onGeneral = new Set(generalCandidates);
    const womenCandidates = womenLeft > 0 ? nextCandidates((c) => (c.section === 'women' || c.female === true) && !onGeneral.has(c.name), womenLeft + margin) : [];
    const sectionText = (label: string, n: number, names: string[]) => names.length > n
      ? `${label}${n} 名，候选人 ${names.join('、')}（差额 ${names.length - n} 名）`
      : `${label}${n} 名，未当选的得票人只有 ${names.join('、') || '无'}，不足 ${n + margin} 名，无法差额`;
    const parts = [...(generalLeft > 0 ? [sectionText('', generalLeft, generalCandidates)] : []), ...(womenLeft > 0 ? [sectionText('妇女委员职位 ', womenLeft, womenCandidates)] : [])];
    if (vacancyRuleApplies) {
      const minText = p.vacancyMinMembers === null ? '' : `（${electedSoFar >= p.vacancyMinMembers ? '不少于' : '不足'} ${p.vacancyMinMembers} 名）`;
      const after = first ? '第一次投票后' : '另行选举后';
      reasons.push({ rule: 'tally.vacancy', article: p.vacancyBasis, message: vacancyMayRemain
        ? p.vacancyAfterFirstRound
          ? `${after}仍缺 ${unfilled} 名，已选出 ${electedSoFar} 名${minText}：由村民会议或者村民代表会议决定是否缺额；决定不缺额的，不足名额另行选举（${parts.join('；')}）`
          : `${after}仍缺 ${unfilled} 名，已选出 ${electedSoFar} 名${minText}，名额可以空缺`
        : p.vacancyMinMembers === null
          ? `${after}仍缺 ${unfilled} 名：本规则下不得缺额，应就不足名额再行另行选举`
          : `${after}仍缺 ${unfilled} 名，已选出 ${electedSoFar} 名${minText}，应${first ? '' : '再行'}另行选举${p.supplementaryWithinDays ? `（${p.supplementaryWithinDays} 日内）` : ''}` });
    }
    if (!vacancyMayRemain) {
      out.supplementaryRound = {
        seats: generalLeft,
        candidates: generalCandidates,
        womenSeat: womenLeft > 0 ? { seats: womenLeft, candidates: womenCandidates } : null,
      };
      reasons.push({ rule: 'tally.supplementaryRound', article: `${p.supplementaryRoundBasis}${p.supplementaryWithinDays ? `（${p.supplementaryWithinDays} 日内举行）` : ''}`,
        message: `当选人数不足应选名额，不足的 ${unfilled} 名另行选举；以第一次投票未当选的人员得票多的为候选人：${parts.join('；')}` });
      for (const [label, n, names] of [['', generalLeft, generalCandidates], ['妇女委员职位', womenLeft, womenCandidates]] as const) {
        if (n > 0 && names.length <= n) {
          reasons.push({ rule: 'tally.supplementaryMargin', article: `${VCOL}第十五条第一款`, message: `${label}未当选的得票人不足 ${n + margin} 名，另行选举无法差额（候选人的名额应当多于应选名额），须依法重新提名` });
        }
      }
    }
  }
  out.seatsUnfilled = unfilled + pendingTie;
  if (input.headElected === false && p.id === 'zhejiang') {
    reasons.push({ rule: 'tally.noHead', article: '浙江省村民委员会选举办法第三十条', message: '未选出村民委员会主任的，由副主任主持工作；未选出副主任的，由乡镇人民政府指定委员主持工作' });
  }
  return out;
}

/**
 * A re-vote between candidates tied at the cut-off (浙江办法 Art.28; 北京 Art.29; 上海 Art.20):
 * 「就得票数相等的人进行再次投票，以得票多的当选」 — the highest win, with no further threshold;
 * a new tie goes to another re-vote. The round is void or invalid on the same terms as any round.
 */
export function revoteTally(input: { profile: ProfileId; seats: number; registeredVoters: number; votersWhoVoted: number; ballotsReturned: number; candidates: TallyCandidate[] }): TallyOutcome {
  const p = profileOf(input.profile);
  const { seats, registeredVoters: registered, votersWhoVoted: voted, ballotsReturned: ballots } = input;
  if (!Number.isInteger(seats) || seats < 1) throw new RuleInputError('seats', 'at least one seat is required');
  if (voted > registered) throw new RuleInputError('votersWhoVoted', 'more people voted than are registered');
  input.candidates.forEach((c, i) => { if (c.votes > ballots) throw new RuleInputError(`candidates.${i}.votes`, `${c.name} has more votes than ballots`); });
  const reasons: Reason[] = [];
  const out: TallyOutcome = { valid: false, void: ballots > voted, majorityMinVotes: null, thresholdMinVotes: null, majorityHolders: [], elected: [], seatsUnfilled: seats, tieRevote: null, supplementaryRound: null, vacancyMayRemain: false, reasons };
  if (out.void) reasons.push({ rule: 'tally.overReturned', article: OVER_RETURNED_BASIS, message: `收回选票 ${ballots} 张，多于投票人数 ${voted} 人，本次投票无效` });
  out.valid = !out.void && 2 * voted > registered;
  reasons.push({ rule: 'election.turnout', article: `${VCOL}第十五条第二款`, message: 2 * voted > registered ? `登记选民 ${registered} 人，参加投票 ${voted} 人，超过半数，有效` : `登记选民 ${registered} 人，参加投票 ${voted} 人，未超过半数，无效` });
  if (!out.valid) return out;
  const entries: Entry[] = input.candidates.map((c, order) => ({ ...c, section: 'members', order }));
  const r = electSection(entries.filter((c) => c.votes > 0), seats, new Set());
  out.majorityHolders = r.elected.map((c) => c.name);
  out.elected = r.elected.map((c) => ({ name: c.name, votes: c.votes, seat: 'members' }));
  out.seatsUnfilled = seats - out.elected.length;
  for (const e of out.elected) reasons.push({ rule: 'tally.revoteElected', article: p.mostVotesBasis, message: `再次投票，${e.name} 得 ${e.votes} 票，以得票多的当选` });
  if (r.tie) {
    out.tieRevote = { seats: r.tieSeats, candidates: r.tie.map((c) => c.name) };
    reasons.push({ rule: 'tally.tie', article: p.mostVotesBasis, message: `${r.tie.map((c) => c.name).join('、')} 再次得票相等，应再次投票` });
  }
  return out;
}

/**
 * Close relatives among candidates as far as the household register shows them, for 浙江办法
 * Art.31 (spouses, parents and children, siblings elected together). Relations are to the head
 * of the household, so only pairs whose kinship follows from that are derived: head–spouse,
 * head–child, head–parent, head–sibling, spouse–child, child–child (siblings), parent–sibling
 * (parent and child), sibling–sibling. Others (grandchildren, "other") are left to the committee.
 */
export function relativesFromHouseholds(people: { name: string; householdId: number; relation: string }[]): Map<string, string[]> {
  const kin = new Set(['head|spouse', 'head|child', 'head|parent', 'head|sibling', 'spouse|child', 'child|child', 'parent|sibling', 'sibling|sibling']);
  const out = new Map<string, string[]>();
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      if (a.householdId !== b.householdId || a.name === b.name) continue;
      if (!kin.has(`${a.relation}|${b.relation}`) && !kin.has(`${b.relation}|${a.relation}`)) continue;
      out.set(a.name, [...(out.get(a.name) ?? []), b.name]);
      out.set(b.name, [...(out.get(b.name) ?? []), a.name]);
    }
  }
  return out;
}

// --- registered in one place only (组织法 Art.13¶3)

/**
 * The span in which a person's registration on an election's roll stands: from the latest day the
 * roll may be published (Art.14: 选举日的二十日前) to the last day a supplementary round may use the
 * same roll (the profile's 另行选举 window, e.g. 浙江办法 Art.29: 30 days; none = election day).
 */
export function electionPeriod(profile: ProfileId, electionDay: string): { from: string; to: string } {
  const p = profileOf(profile);
  return { from: addDays(electionDay, -p.voterRollDaysBefore), to: addDays(electionDay, p.supplementaryWithinDays ?? 0) };
}

/** Two elections' periods overlap (inclusive): 「已在户籍所在村或者居住村登记参加选举的村民，不得再参加其他地方村民委员会的选举」 (Art.13¶3). */
export function periodsOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

// --- recall (罢免)

export interface RecallInput {
  registeredVoters: number;
  representatives: number;
  petitions: { by: 'voters' | 'representatives'; signatures: number }[];
  vote?: { votersWhoVoted: number; yes: number; no: number; invalid: number } | undefined;
}

/** 组织法 Art.16: proposed by ≥ 1/5 of the voters or ≥ 1/3 of the representatives; valid with more than half of the registered voters voting; passed by more than half of those voting. */
export function recall(input: RecallInput): { petitionValid: boolean[]; voteValid: boolean | null; passed: boolean | null; minYesNeeded: number | null; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const petitionValid = input.petitions.map((pt, i) => {
    const base = pt.by === 'voters' ? input.registeredVoters : input.representatives;
    if (pt.signatures > base) throw new RuleInputError(`petitions.${i}.signatures`, `more signatures than ${pt.by === 'voters' ? 'registered voters' : 'representatives'} (${base})`);
    const ok = pt.by === 'voters' ? 5 * pt.signatures >= base : 3 * pt.signatures >= base;
    const need = pt.by === 'voters' ? Math.ceil(base / 5) : Math.ceil(base / 3);
    reasons.push({ rule: 'recall.petition', article: `${VCOL}第十六条第一款`, message: `${pt.by === 'voters' ? '有选举权的村民' : '村民代表'} ${pt.signatures} 人联名（共 ${base} 人，${pt.by === 'voters' ? '五分之一' : '三分之一'}以上即 ${need} 人）：${ok ? '可以提出罢免要求' : '人数不足，不能提出罢免要求'}` });
    return ok;
  });
  if (!input.vote) return { petitionValid, voteValid: null, passed: null, minYesNeeded: null, reasons };
  const v = input.vote;
  if (v.votersWhoVoted > input.registeredVoters) throw new RuleInputError('vote.votersWhoVoted', 'more people voted than are registered');
  if (v.yes + v.no + v.invalid > v.votersWhoVoted) throw new RuleInputError('vote', `yes + no + invalid (${v.yes + v.no + v.invalid}) exceed the ${v.votersWhoVoted} who voted`);
  const voteValid = 2 * v.votersWhoVoted > input.registeredVoters;
  const minYesNeeded = moreThanHalf(v.votersWhoVoted);
  const passed = voteValid && v.yes >= minYesNeeded;
  reasons.push({ rule: 'recall.turnout', article: `${VCOL}第十六条第二款`, message: voteValid
    ? `登记选民 ${input.registeredVoters} 人，投票 ${v.votersWhoVoted} 人，过半数，表决有效`
    : `登记选民 ${input.registeredVoters} 人，投票 ${v.votersWhoVoted} 人，未过半数（需 ${moreThanHalf(input.registeredVoters)} 人），罢免表决无效` });
  if (voteValid) reasons.push({ rule: 'recall.pass', article: `${VCOL}第十六条第二款`, message: passed
    ? `赞成 ${v.yes} 票，超过投票的 ${v.votersWhoVoted} 人的半数（至少 ${minYesNeeded} 票），罢免通过`
    : `赞成 ${v.yes} 票，未超过投票的 ${v.votersWhoVoted} 人的半数（至少 ${minYesNeeded} 票），罢免未通过；浙江办法第三十六条：同一事实一年内不得再次提出` });
  if (passed) reasons.push({ rule: 'recall.byElection', article: `${VCOL}第十九条；浙江省村民委员会选举办法第三十八条`, message: '罢免通过，该职位出缺：由村民会议或者村民代表会议补选，补选程序参照第十五条（浙江：村民会议须有过半数成员投票，村民代表会议须有三分之二以上组成人员投票）' });
  return { petitionValid, voteValid, passed, minYesNeeded, reasons };
}

// --- nomination cap, proxy eligibility (used by the module)

/** 浙江办法 Art.17: each voter nominates no more people than there are seats. */
export function nominationCap(profileId: ProfileId, seats: number): number | null {
  return profileOf(profileId).nominationCapIsSeats ? seats : null;
}
