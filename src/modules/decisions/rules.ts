// Pure rules of meetings and representatives: quorum, pass thresholds, notice periods and the
// composition of the representatives' meeting. Fractions are compared in integers
// (a ≥ 2/3·b ⇔ 3a ≥ 2b) so boundaries are exact. 「以上」 includes the number, 「过半数」 means
// strictly more than half (民法典 Art.1259; shared/LAW.md §1).
import type { WorkingCalendar } from '../../core/calendar/calendar.ts';
import { RuleInputError } from '../../core/rules.ts';
import { addDays } from '../../core/time.ts';

export const meetingKinds = [
  'partyBranchMeeting', // 党支部会（支委会）
  'committeesMeeting', // 两委会
  'partyMembersMeeting', // 党员大会
  'representativesMeeting', // 村民代表会议 / 居民代表会议
  'villagersAssembly', // 村民会议
  'groupMeeting', // 村民小组会议
  'residentsMeeting', // 居民会议
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export interface Reason { rule: string; article: string; message: string }

export interface MeetingInput {
  kind: MeetingKind;
  eligible: { adults?: number | undefined; households?: number | undefined; members?: number | undefined };
  present: { persons?: number | undefined; households?: number | undefined };
  votes?: { for: number; against: number; abstain: number } | undefined;
}

export interface MeetingOutcome {
  quorate: boolean;
  quorumNeeded: number | null;
  passed: boolean | null;
  votesNeeded: number | null;
  reasons: Reason[];
}


const need = (v: number | undefined, field: string): number => {
  if (v === undefined || !Number.isInteger(v) || v < 0) throw new RuleInputError(field, 'a whole number ≥ 0 is required for this meeting kind');
  return v;
};
/** Smallest n with n > total/2. */
const moreThanHalf = (total: number) => Math.floor(total / 2) + 1;
/** Smallest n with 3n ≥ 2·total. */
const twoThirds = (total: number) => Math.ceil((2 * total) / 3);

/**
 * Whether a meeting is quorate, and whether a motion passed.
 * - 村民会议 (组织法 Art.22): more than half of villagers aged 18+, or ≥ 2/3 of households' representatives;
 *   decisions by more than half of those present.
 * - 村民代表会议 (Art.26): ≥ 2/3 of its members present; more than half of those present.
 * - 村民小组会议 (Art.28): ≥ 2/3 of the group's 18+ members, or ≥ 2/3 of its households; more than half of those present.
 * - 居民会议 (城市居民委员会组织法 Art.9): more than half of 18+ residents (or of household or group
 *   representatives) present; more than half of those present.
 * - 党员大会, step ③ of 四议两公开 (shared/LAW.md §3): ≥ 2/3 of party members present, and the matter
 *   needs the consent of more than half of ALL members (应到会党员), not only of those present.
 * - 党支部会 and 两委会: the statute sets no quorum; by the organisation's rules more than half of
 *   members present, more than half of members agreeing.
 */
export function meetingOutcome(m: MeetingInput): MeetingOutcome {
  const reasons: Reason[] = [];
  let quorate: boolean;
  let quorumNeeded: number | null;
  let votesBase: 'present' | 'members';
  switch (m.kind) {
    case 'villagersAssembly': {
      // Art.22 allows either count; with households only, the households decide.
      const householdsOnly = m.eligible.adults === undefined && m.eligible.households !== undefined;
      const adults = householdsOnly ? 0 : need(m.eligible.adults, 'eligible.adults');
      const persons = householdsOnly ? need(m.present.households, 'present.households') : need(m.present.persons, 'present.persons');
      const byPersons = !householdsOnly && persons >= moreThanHalf(adults);
      const byHouseholds = m.eligible.households !== undefined && m.present.households !== undefined
        && need(m.present.households, 'present.households') >= twoThirds(need(m.eligible.households, 'eligible.households'));
      quorate = byPersons || byHouseholds;
      quorumNeeded = householdsOnly ? twoThirds(m.eligible.households!) : moreThanHalf(adults);
      reasons.push({ rule: 'assembly.quorum', article: '村民委员会组织法第二十二条', message: quorate
        ? `出席 ${persons} 人${byHouseholds && !byPersons ? `（户代表 ${m.present.households}/${m.eligible.households}，达三分之二以上）` : ''}，达到本村十八周岁以上村民过半数（${quorumNeeded} 人）或三分之二以上户的代表，会议有效`
        : `出席 ${persons} 人，不足本村十八周岁以上村民 ${adults} 人的过半数（${quorumNeeded} 人）${m.eligible.households !== undefined ? `，户的代表也不足 ${m.eligible.households} 户的三分之二（${twoThirds(m.eligible.households)} 户）` : ''}，会议无效` });
      votesBase = 'present';
      break;
    }
    case 'representativesMeeting': {
      const members = need(m.eligible.members, 'eligible.members');
      const persons = need(m.present.persons, 'present.persons');
      quorumNeeded = twoThirds(members);
      quorate = persons >= quorumNeeded;
      reasons.push({ rule: 'representatives.quorum', article: '村民委员会组织法第二十六条', message: `组成人员 ${members} 人，出席 ${persons} 人，${quorate ? '达到' : '不足'}三分之二以上（${quorumNeeded} 人）${quorate ? '，会议有效' : '，会议无效'}` });
      votesBase = 'present';
      break;
    }
    case 'groupMeeting': {
      const adults = need(m.eligible.adults, 'eligible.adults');
      const persons = need(m.present.persons, 'present.persons');
      const byPersons = persons >= twoThirds(adults);
      const byHouseholds = m.eligible.households !== undefined && m.present.households !== undefined
        && need(m.present.households, 'present.households') >= twoThirds(need(m.eligible.households, 'eligible.households'));
      quorumNeeded = twoThirds(adults);
      quorate = byPersons || byHouseholds;
      reasons.push({ rule: 'group.quorum', article: '村民委员会组织法第二十八条', message: `${quorate ? '达到' : '不足'}本组十八周岁以上村民三分之二以上（${quorumNeeded} 人）或三分之二以上户的代表${quorate ? '，会议有效' : '，会议无效'}` });
      votesBase = 'present';
      break;
    }
    case 'residentsMeeting': {
      const base = need(m.eligible.adults ?? m.eligible.households ?? m.eligible.members, 'eligible.adults');
      const persons = need(m.present.persons ?? m.present.households, 'present.persons');
      quorumNeeded = moreThanHalf(base);
      quorate = persons >= quorumNeeded;
      reasons.push({ rule: 'residents.quorum', article: '城市居民委员会组织法第九条', message: `应到 ${base}，出席 ${persons}，${quorate ? '过半数，会议有效' : `不足过半数（${quorumNeeded}），会议无效`}` });
      votesBase = 'present';
      break;
    }
    case 'partyMembersMeeting': {
      const members = need(m.eligible.members, 'eligible.members');
      const persons = need(m.present.persons, 'present.persons');
      quorumNeeded = twoThirds(members);
      quorate = persons >= quorumNeeded;
      reasons.push({ rule: 'partyMembers.quorum', article: '“四议两公开”工作法（党员大会审议）', message: `党员 ${members} 名，到会 ${persons} 名，${quorate ? '达到' : '不足'}三分之二以上（${quorumNeeded} 名）` });
      votesBase = 'members';
      break;
    }
    case 'partyBranchMeeting':
    case 'committeesMeeting': {
      const members = need(m.eligible.members, 'eligible.members');
      const persons = need(m.present.persons, 'present.persons');
      quorumNeeded = moreThanHalf(members);
      quorate = persons >= quorumNeeded;
      reasons.push({ rule: `${m.kind}.quorum`, article: '议事规则（法律未规定，按组织惯例）', message: `成员 ${members} 人，到会 ${persons} 人，${quorate ? '过半数' : `不足过半数（${quorumNeeded} 人）`}` });
      votesBase = 'members';
      break;
    }
  }
  // Counts already validated for the kind above; now their consistency.
  const eligibleCount = ['villagersAssembly', 'groupMeeting'].includes(m.kind) ? m.eligible.adults : m.kind === 'residentsMeeting' ? undefined : m.eligible.members;
  if (m.present.persons !== undefined && eligibleCount !== undefined && m.present.persons > eligibleCount) {
    throw new RuleInputError('present.persons', `more present (${m.present.persons}) than eligible (${eligibleCount})`);
  }
  if (m.present.households !== undefined && m.eligible.households !== undefined && m.present.households > m.eligible.households) {
    throw new RuleInputError('present.households', `more households present (${m.present.households}) than there are (${m.eligible.households})`);
  }
  if (!m.votes) return { quorate, quorumNeeded, passed: null, votesNeeded: null, reasons };
  const { for: yes, against, abstain } = m.votes;
  for (const [k, v] of Object.entries({ 'votes.for': yes, 'votes.against': against, 'votes.abstain': abstain })) need(v, k);
  const cast = yes + against + abstain;
  const present = m.present.persons ?? m.present.households ?? 0;
  if (cast > present) throw new RuleInputError('votes', `more votes (${cast}) than people present (${present})`);
  const base = votesBase === 'members' ? need(m.eligible.members, 'eligible.members') : present;
  const votesNeeded = moreThanHalf(base);
  if (!quorate) {
    reasons.push({ rule: 'vote.noQuorum', article: reasons[0]!.article, message: '会议未达到法定人数，不能作出任何决定' });
    return { quorate, quorumNeeded, passed: false, votesNeeded, reasons };
  }
  const passed = yes >= votesNeeded;
  reasons.push(votesBase === 'members'
    ? { rule: `${m.kind}.pass`, article: m.kind === 'partyMembersMeeting' ? '“四议两公开”工作法：须经应到会党员半数以上同意' : '议事规则', message: `赞成 ${yes} 票，${passed ? '超过' : '未超过'}全体 ${base} 名成员的半数（需 ${votesNeeded} 票）` }
    : { rule: `${m.kind}.pass`, article: reasons[0]!.article, message: `赞成 ${yes} 票，${passed ? '超过' : '未超过'}到会 ${base} 人的半数（需 ${votesNeeded} 票），${passed ? '通过' : '未通过'}` });
  return { quorate, quorumNeeded, passed, votesNeeded, reasons };
}

export interface NoticeOutcome { latestNoticeDate: string | null; workingDays: boolean; reasons: Reason[] }

/**
 * The latest day notice may be given before a meeting.
 * - 村民会议: 「召开村民会议，应当提前十天通知村民」 (组织法 Art.21): ten calendar days.
 * - 村民代表会议: the topic goes to the representatives at least 3 working days ahead (seed 004 §三(四)3).
 * - Other kinds: the law is silent; the village's own rule (`localDays`, calendar days) applies.
 */
export function noticeDeadline(kind: MeetingKind, meetingDate: string, cal: WorkingCalendar, localDays?: number): NoticeOutcome {
  const shift = (d: string, n: number) => addDays(d, -n);
  if (kind === 'villagersAssembly') {
    return { latestNoticeDate: shift(meetingDate, 10), workingDays: false, reasons: [{ rule: 'assembly.notice', article: '村民委员会组织法第二十一条', message: '召开村民会议，应当提前十天通知村民' }] };
  }
  if (kind === 'representativesMeeting') {
    return { latestNoticeDate: cal.workingDaysBefore(meetingDate, 3), workingDays: true, reasons: [{ rule: 'representatives.notice', article: '姚安县民政局《加强和完善村(社区)自治组织管理的工作方案》（2019年2月22日）三(四)3', message: '村(社区)党支部应提前 3 个工作日把提议的议题告知村(居)民代表' }] };
  }
  if (localDays === undefined) {
    return { latestNoticeDate: null, workingDays: false, reasons: [{ rule: `${kind}.notice.silent`, article: '—', message: '法律未规定通知期限，按本村(社区)议事规则' }] };
  }
  return { latestNoticeDate: shift(meetingDate, localDays), workingDays: false, reasons: [{ rule: `${kind}.notice.local`, article: '本村(社区)议事规则', message: `按本村(社区)规则提前 ${localDays} 天通知` }] };
}

// Seed 004 §三(四): representatives are trained at least twice a year (a target, shown as a count).
export const TRAININGS_PER_YEAR = 2;

export interface RepresentativesInput {
  kind: 'village' | 'community';
  households: number;
  groups?: number | undefined;
  representatives: number;
  womenRepresentatives: number;
  meetingMembers: number;
  womenMeetingMembers: number;
}

/**
 * The composition of the representatives' meeting.
 * - Village (组织法 Art.25–26): one representative per 5–15 households, or several per group;
 *   representatives ≥ 4/5 of the meeting's members; women representatives ≥ 1/3 of the members.
 * - Community (seed 004 §三(四)): 3–8 representatives per residents' group.
 */
export function representativesCheck(r: RepresentativesInput): { ok: boolean; findings: (Reason & { ok: boolean })[] } {
  for (const [k, v] of Object.entries(r)) if (k !== 'kind' && v !== undefined && (!Number.isInteger(v) || (v as number) < 0)) throw new RuleInputError(k, 'a whole number ≥ 0 is required');
  if (r.representatives > r.meetingMembers) throw new RuleInputError('representatives', 'cannot exceed meetingMembers');
  if (r.womenRepresentatives > r.representatives) throw new RuleInputError('womenRepresentatives', 'cannot exceed representatives');
  if (r.womenMeetingMembers > r.meetingMembers) throw new RuleInputError('womenMeetingMembers', 'cannot exceed meetingMembers');
  if (r.womenRepresentatives > r.womenMeetingMembers) throw new RuleInputError('womenRepresentatives', 'cannot exceed womenMeetingMembers');
  const findings: (Reason & { ok: boolean })[] = [];
  if (r.kind === 'village') {
    const min = Math.ceil(r.households / 15);
    const max = Math.floor(r.households / 5);
    const byHouseholds = r.representatives >= min && r.representatives <= max;
    const byGroups = r.groups !== undefined && r.groups > 0 && r.representatives >= r.groups;
    findings.push({ ok: byHouseholds || byGroups, rule: 'representatives.perHouseholds', article: '村民委员会组织法第二十五条', message: byHouseholds
      ? `${r.households} 户应推选 ${min}–${max} 名代表（每五户至十五户一人），现有 ${r.representatives} 名`
      : byGroups ? `按村民小组推选（${r.groups} 个小组），现有 ${r.representatives} 名` : `${r.households} 户按每五户至十五户一人应有 ${min}–${max} 名代表，现有 ${r.representatives} 名` });
    const share = 5 * r.representatives >= 4 * r.meetingMembers;
    findings.push({ ok: share, rule: 'representatives.fourFifths', article: '村民委员会组织法第二十五条', message: `村民代表 ${r.representatives} 人占组成人员 ${r.meetingMembers} 人的${share ? '五分之四以上' : '比例不足五分之四'}` });
    const women = 3 * r.womenRepresentatives >= r.meetingMembers;
    findings.push({ ok: women, rule: 'representatives.womenThird', article: '村民委员会组织法第二十五条', message: `妇女村民代表 ${r.womenRepresentatives} 人${women ? '达到' : '不足'}组成人员 ${r.meetingMembers} 人的三分之一（需 ${Math.ceil(r.meetingMembers / 3)} 人）` });
  } else {
    const groups = r.groups ?? 0;
    const ok = groups > 0 && r.representatives >= 3 * groups && r.representatives <= 8 * groups;
    findings.push({ ok, rule: 'representatives.perGroup', article: '姚安县民政局《加强和完善村(社区)自治组织管理的工作方案》（2019年2月22日）三(四)', message: groups > 0 ? `${groups} 个居民小组应推选 ${3 * groups}–${8 * groups} 名居民代表（每组 3–8 名），现有 ${r.representatives} 名` : '须给出居民小组数（groups）' });
  }
  return { ok: findings.every((f) => f.ok), findings };
}

/**
 * Who may require a meeting.
 * - 村民会议 must be called on the proposal of ≥ 1/10 of villagers or ≥ 1/3 of representatives (组织法 Art.21).
 * - 村民代表会议 must be called on the proposal of ≥ 1/5 of representatives (Art.26).
 */
export function callRequirement(kind: 'villagersAssembly' | 'representativesMeeting', o: { villagers?: number | undefined; representatives: number; signaturesVillagers?: number | undefined; signaturesRepresentatives?: number | undefined }): { required: boolean; reasons: Reason[] } {
  const sv = o.signaturesVillagers ?? 0;
  const sr = o.signaturesRepresentatives ?? 0;
  if (o.villagers !== undefined && sv > o.villagers) throw new RuleInputError('signaturesVillagers', 'more signatures than villagers');
  if (sr > o.representatives) throw new RuleInputError('signaturesRepresentatives', 'more signatures than representatives');
  if (kind === 'villagersAssembly') {
    // Nobody's signature obliges nobody: a proposal needs at least one signature.
    const v = sv > 0 && o.villagers !== undefined && sv * 10 >= o.villagers;
    const r = sr > 0 && sr * 3 >= o.representatives;
    return { required: v || r, reasons: [{ rule: 'assembly.call', article: '村民委员会组织法第二十一条', message: v || r ? '已达十分之一以上村民或三分之一以上村民代表提议，应当召集村民会议' : '未达十分之一以上村民或三分之一以上村民代表提议' }] };
  }
  const r = sr > 0 && sr * 5 >= o.representatives;
  return { required: r, reasons: [{ rule: 'representatives.call', article: '村民委员会组织法第二十六条', message: r ? '已有五分之一以上村民代表提议，应当召集村民代表会议' : '未达五分之一以上村民代表提议' }] };
}
