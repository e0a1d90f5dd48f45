// Use cases of a committee election (换届选举): the plan and its statutory timeline (a procedure
// on the shared engine), the voter roll derived from the people register, objections,
// nominations and joint vetting, the 差额 candidate list, proxies, double-entered box counts,
// the tally by the pure rule, results on the ledger, certificates, recall. Every refusal names
// the rule and article (rules.ts); the law's numbers live only there and in profiles.ts.
import fs from 'node:fs';
import { setup } from 'xstate';
import type { Write } from '../../core/access/guard.ts';
import type { WorkingCalendar } from '../../core/calendar/calendar.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { AppError, bi, fieldError, type FieldError } from '../../core/errors.ts';
import { appendToLedger, ledgerEntries } from '../../core/ledger/ledger.ts';
import { ownTables } from '../../core/module.ts';
import { annotate, getProcedure, sendEvent, startProcedure, timeline as procedureTimeline, type ProcActor, type ProcEvent, type ProcedureDefinition } from '../../core/procedure/engine.ts';
import { getNode, groupsOf, requireVillage } from '../jurisdictions/service.ts';
import { getResident, listResidents, personKeys } from '../people/service.ts';
import { profileOf, type Position, type ProfileId } from './profiles.ts';
import { adultOn, candidateList, electionPeriod, periodsOverlap, electionTally, relativesFromHouseholds, revoteTally, electionTimeline, electionTurnout, nominationCap, voterEligibility, voterListDeadline, type TallyOutcome, type TimelineStep } from './rules.ts';
import type { ElectionTables } from './tables.ts';
import { chinaDate } from '../../core/time.ts';
import { addDays } from '../../core/time.ts';
import { blobPath, storeBlob } from '../../core/blobs.ts';

const t = (db: AnyDB) => ownTables<ElectionTables>(db);
export const ROLL_KIND = 'election.voterRoll';
export const CANDIDATES_KIND = 'election.candidates';
export const RESULTS_KIND = 'election.results';

export const electionKinds = ['villageCommittee', 'residentsCommittee', 'supervisoryCommittee', 'representatives'] as const;
export type ElectionKind = (typeof electionKinds)[number];
/** Departments of the county's joint vetting (联审), seed 000 §二(五) and seed 004 §三(二). */
export const departments = ['organisation', 'discipline', 'civilAffairs', 'police', 'court'] as const;
export const departmentNames: Record<(typeof departments)[number], string> = { organisation: '组织部门', discipline: '纪检监察机关', civilAffairs: '民政部门', police: '公安机关', court: '人民法院' };
/** 民法典 Art.1045: 近亲属 — spouse, parents, children, siblings, grandparents, grandchildren. */
export const closeRelatives = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const;
export const positionNames: Record<Position, string> = { director: '主任', deputyDirector: '副主任', member: '委员', womenMember: '妇女委员' };

export type Seats = Record<Position, number>;
export interface Station { name: string; mobile: boolean }

const refuse = (rule: string, article: string, zh: string, en: string, field = 'election'): AppError =>
  new AppError('conflict', bi(`${zh}（${article}）`, en), [fieldError(field, rule, bi(`${zh}（${article}）`, en))]);
const invalid = (field: string, rule: string, zh: string, en: string): AppError => AppError.validation([fieldError(field, rule, bi(zh, en))]);

// --- the procedure: the statutory order of the public steps

const machine = setup({ types: { context: {} as { electionDay: string; profile: string }, input: {} as { electionDay: string; profile: string }, events: {} as ProcEvent } }).createMachine({
  id: 'election',
  initial: 'planning',
  context: ({ input }) => ({ ...input }),
  states: {
    planning: { on: { publishRoll: 'rollPublished' } },
    rollPublished: { on: { publishCandidates: 'candidatesPublished' } },
    candidatesPublished: { on: { publishResults: 'resultsPublished' } },
    resultsPublished: { on: { issueCertificates: 'certified' } },
    certified: { on: { completeHandover: 'handedOver' } },
    handedOver: { type: 'final' },
  },
});
// Each public step is taken by whoever may run the election on its village (elections.manage);
// no job sends any of them.
export const electionProcedure: ProcedureDefinition = {
  kind: 'election',
  machine,
  steps: {
    publishRoll: { action: 'elections.manage', label: bi('公布选民名单', 'Published the voter roll') },
    publishCandidates: { action: 'elections.manage', label: bi('公布正式候选人名单', 'Published the candidate list') },
    publishResults: { action: 'elections.manage', label: bi('公布选举结果', 'Published the results') },
    issueCertificates: { action: 'elections.manage', label: bi('颁发当选证书', 'Issued the certificates of election') },
    completeHandover: { action: 'elections.manage', label: bi('完成工作移交', 'Completed the handover') },
  },
  stateLabels: {
    planning: bi('筹备（选民登记前）', 'Planning'),
    rollPublished: bi('选民名单已公布', 'Voter roll published'),
    candidatesPublished: bi('正式候选人已公布', 'Candidates published'),
    resultsPublished: bi('选举结果已公布', 'Results published'),
    certified: bi('当选证书已颁发', 'Certificates issued'),
    handedOver: bi('工作已移交', 'Handed over'),
  },
};

// --- reading

export async function requireElection(db: AnyDB, id: number) {
  const e = await t(db).selectFrom('election').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw AppError.notFound(bi(`没有选举 ${id}`, `No election ${id}`));
  return { ...e, seats: e.seats as Seats, pollingStations: e.pollingStations as Station[], profile: e.profile as ProfileId, kind: e.kind as ElectionKind };
}
export type Election = Awaited<ReturnType<typeof requireElection>>;
async function villageOfElection(db: AnyDB, id: number) { return (await requireElection(db, id)).villageCode; }

// --- the resources the routes act on, each resolved to its village (null: no such record, a 404)

/** A route's key as a row id: digits within the integer range, else no record. */
const rowId = (key: string): number | null => (/^[1-9]\d{0,9}$/.test(key) && Number(key) <= 2_147_483_647 ? Number(key) : null);

export async function electionNode(db: AnyDB, key: string) {
  const id = rowId(key);
  const e = id === null ? undefined : await t(db).selectFrom('election').select('villageCode').where('id', '=', id).executeTakeFirst();
  return e ? { jurisdictionCode: e.villageCode } : null;
}
export async function objectionNode(db: AnyDB, key: string) {
  const id = rowId(key);
  const o = id === null ? undefined : await t(db).selectFrom('rollObjection as o').innerJoin('election as e', 'e.id', 'o.electionId').select('e.villageCode').where('o.id', '=', id).executeTakeFirst();
  return o ? { jurisdictionCode: o.villageCode } : null;
}
export async function nominationNode(db: AnyDB, key: string) {
  const id = rowId(key);
  const n = id === null ? undefined : await t(db).selectFrom('nomination as n').innerJoin('election as e', 'e.id', 'n.electionId').select('e.villageCode').where('n.id', '=', id).executeTakeFirst();
  return n ? { jurisdictionCode: n.villageCode } : null;
}
export async function electionOfNomination(db: AnyDB, id: number) {
  const n = await t(db).selectFrom('nomination').select('electionId').where('id', '=', id).executeTakeFirst();
  if (!n) throw AppError.notFound(bi(`没有提名 ${id}`, `No nomination ${id}`));
  return n.electionId;
}

export interface StepView extends TimelineStep { status: 'done' | 'pending' | 'overdue'; label: string }
const stepLabels: Record<TimelineStep['key'], string> = {
  electionCommittee: '推选村民选举委员会', voterRoll: '公布选民名单', objections: '选民名单异议期', objectionDecisions: '异议处理决定',
  candidateList: '公布正式候选人名单', proxies: '委托投票登记截止', electionDay: '选举日（当场公布结果）', certificates: '颁发当选证书', handover: '工作移交',
};

/** The statutory timeline with each step's status on `today`. */
export async function timelineOf(db: AnyDB, e: Election, calendar: WorkingCalendar, today: string): Promise<StepView[]> {
  const steps = electionTimeline(e.profile, e.electionDay, calendar, e.rollPublishedOn);
  const committee = await t(db).selectFrom('electionCommitteeMember').select('id').where('electionId', '=', e.id).where('withdrawnOn', 'is', null).execute();
  const pendingObjections = await t(db).selectFrom('rollObjection').select(['decisionDue']).where('electionId', '=', e.id).where('decision', 'is', null).execute();
  const done: Record<TimelineStep['key'], boolean> = {
    electionCommittee: committee.length > 0,
    voterRoll: e.rollPublishedOn !== null,
    objections: e.rollPublishedOn !== null && today > steps.find((s) => s.key === 'objections')!.due,
    objectionDecisions: e.rollPublishedOn !== null && today > steps.find((s) => s.key === 'objections')!.due && pendingObjections.length === 0,
    candidateList: e.candidatesPublishedOn !== null,
    proxies: e.candidatesPublishedOn !== null && today > steps.find((s) => s.key === 'proxies')!.due,
    electionDay: e.resultsPublishedAt !== null,
    certificates: e.certificatesIssuedOn !== null,
    handover: e.handedOverOn !== null,
  };
  return steps.map((s) => {
    let status: StepView['status'] = done[s.key] ? 'done' : today > s.due ? 'overdue' : 'pending';
    // An objection is overdue on its own due date (3 days from filing), not only the window's.
    if (s.key === 'objectionDecisions' && !done[s.key] && pendingObjections.some((o) => o.decisionDue < today)) status = 'overdue';
    if ((s.key === 'objections' || s.key === 'proxies') && status === 'overdue') status = 'done'; // windows that simply close
    return { ...s, status, label: stepLabels[s.key] };
  });
}

// --- plan

export interface PlanInput {
  kind: ElectionKind; profile: ProfileId; title: string; electionDay: string; seats: Seats; pollingStations: Station[];
  committee: { residentId?: number | null | undefined; name: string; post: 'chair' | 'member' }[];
  /** 补选 (组织法 Art.19): fills vacant seats; the committee's size and the women's seat were settled at the regular election. */
  byElection?: boolean | undefined;
}

export async function planElection(w: Write, villageCode: string, input: PlanInput, calendar: WorkingCalendar, actor: ProcActor, now: Date) {
  await requireVillage(w.trx, villageCode);
  const today = chinaDate(now);
  const p = profileOf(input.profile);
  const errors: FieldError[] = [];
  const total = input.seats.director + input.seats.deputyDirector + input.seats.member + input.seats.womenMember;
  // 组织法 Art.6: 3–7 members; 城市居民委员会组织法 Art.7: 5–9; 监委会 3–5 (2017 guidance; 浙江实施办法 Art.30).
  const [lo, hi, basis] = input.kind === 'residentsCommittee' ? [5, 9, '城市居民委员会组织法第七条'] : input.kind === 'supervisoryCommittee' ? [3, 5, '村务监督委员会指导意见（3至5人）'] : input.kind === 'villageCommittee' ? [3, 7, '村民委员会组织法第六条'] : [1, 500, ''];
  const by = input.byElection === true;
  if (by ? total < 1 || total > hi : total < lo || total > hi) errors.push(fieldError('seats', 'election.size', bi(`应选 ${total} 名，须为 ${by ? 1 : lo}–${hi} 名（${basis}）`, `${total} seats; must be ${by ? 1 : lo}–${hi} (${basis})`)));
  if (input.kind !== 'representatives' && (by ? input.seats.director > 1 : input.seats.director !== 1)) errors.push(fieldError('seats.director', 'election.director', bi('主任应选 1 名', 'Exactly one director')));
  if (p.womenSeparateSeat && !by && input.kind !== 'representatives' && input.seats.womenMember < 1) errors.push(fieldError('seats.womenMember', 'election.womenSeat', bi(`${p.name}单独设立妇女委员职位（第二十一条），至少 1 名`, 'This profile lists a separate women\'s seat (≥ 1)')));
  if (!p.womenSeparateSeat && input.seats.womenMember > 0) errors.push(fieldError('seats.womenMember', 'election.womenSeat', bi(`${p.name}不单独设立妇女委员职位：妇女成员在委员中选出（组织法第六条）`, 'This profile has no separate women\'s seat')));
  const stations = new Set(input.pollingStations.map((s) => s.name));
  if (stations.size !== input.pollingStations.length || stations.size === 0) errors.push(fieldError('pollingStations', 'election.stations', bi('至少一个投票站，名称不得重复', 'At least one polling station, names unique')));
  if (!input.committee.some((m) => m.post === 'chair')) errors.push(fieldError('committee', 'election.committee', bi('选举委员会须有主任（组织法第十二条）', 'The election committee needs a chair (Art.12)')));
  if (errors.length) throw AppError.validation(errors);
  const latestRoll = voterListDeadline({ electionDate: input.electionDay, publishedOn: today }).latestPublicationDate;
  if (latestRoll < today) throw invalid('electionDay', 'voterRoll.deadline', `选举日 ${input.electionDay} 过近：选民名单须在选举日的二十日前（最迟 ${latestRoll}）公布，今天已是 ${today}（组织法第十四条）`, `Election day ${input.electionDay} is too soon: the voter roll must be published by ${latestRoll} (Art.14)`);
  electionTimeline(input.profile, input.electionDay, calendar); // refuses a year the calendar does not know
  const proc = await startProcedure(w, electionProcedure, villageCode, input.title, { electionDay: input.electionDay, profile: input.profile }, actor, now);
  const row = await t(w.trx).insertInto('election').values({
    villageCode, kind: input.kind, profile: input.profile, title: input.title, electionDay: input.electionDay, seats: JSON.stringify(input.seats),
    pollingStations: JSON.stringify(input.pollingStations), procedureId: proc.id, rollPublishedOn: null, candidatesPublishedOn: null, resultsPublishedAt: null,
    certificatesIssuedOn: null, handedOverOn: null, rollLedgerSeq: null, byElection: by, createdAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  for (const m of input.committee) await t(w.trx).insertInto('electionCommitteeMember').values({ electionId: row.id, residentId: m.residentId ?? null, name: m.name, post: m.post, withdrawnOn: null, withdrawReason: null }).execute();
  await w.audit({ action: 'elections.plan', targetType: 'election', targetId: row.id, jurisdictionCode: villageCode, after: { title: input.title, electionDay: input.electionDay, profile: input.profile, seats: input.seats, byElection: by } });
  return row.id;
}

// --- voter roll

interface Registration { way: number; declaredOn: string; monthsResident: number | null; approvedOn: string | null; reference: string }

async function registrationsOf(db: AnyDB, electionId: number): Promise<Map<number, Registration>> {
  const rows = await t(db).selectFrom('voterRegistration').select(['residentId', 'way', 'declaredOn', 'monthsResident', 'approvedOn', 'reference']).where('electionId', '=', electionId).execute();
  return new Map(rows.map((r) => [r.residentId, r]));
}

/**
 * The eligibility rule for one register entry (组织法 Art.13), with the recorded declaration (way 2)
 * or approved application (way 3) of Art.13¶2 and the roll of other villages (Art.13¶3). The
 * registration reason names the record (date, reference) the way rests on.
 */
function eligibilityOf(e: Election, r: { birthDate: string; registered: boolean; habitual: boolean; flags: readonly string[] }, reg: Registration | undefined, other: string | undefined) {
  const v = voterEligibility({ profile: e.profile, electionDate: e.electionDay, person: {
    birthDate: r.birthDate, hukouHere: r.registered, livesHere: r.habitual, deprivedOfPoliticalRights: r.flags.includes('deprivedOfPoliticalRights'),
    registeredElsewhere: other !== undefined,
    declaredParticipation: reg?.way === 2, applied: reg?.way === 3, approvedByMeeting: reg?.way === 3 && reg.approvedOn !== null,
    ...(reg?.way === 3 && reg.monthsResident !== null ? { monthsResidentHere: reg.monthsResident } : {}),
  } });
  const record = reg ? `本人于 ${reg.declaredOn} ${reg.way === 2 ? '表示参加选举' : '申请参加选举'}${reg.approvedOn ? `，${reg.approvedOn} 经村民会议或者村民代表会议同意` : ''}，依据：${reg.reference}` : null;
  const reasons = v.reasons.map((x) => x.rule === 'voter.registeredElsewhere' && other ? `${x.message}：已登记于${other}（${x.article}）`
    : x.rule === 'voter.registration' && record && v.way !== 1 ? `${x.message}（${record}）（${x.article}）` : `${x.message}（${x.article}）`);
  return { ...v, text: reasons.join('；') };
}

/** Derives the roll from the people register: every resident included or excluded with the rule's reason. */
export async function buildRoll(w: Write, id: number) {
  const e = await requireElection(w.trx, id);
  if (e.rollPublishedOn) throw refuse('voterRoll.published', '组织法第十四条', '选民名单已公布：变更须通过异议处理', 'The roll is published: changes go through objections');
  const groups = new Map((await groupsOf(w.trx, e.villageCode)).map((g) => [g.id, g.name]));
  await t(w.trx).deleteFrom('voter').where('electionId', '=', id).execute();
  const registrations = await registrationsOf(w.trx, id);
  let after: number | undefined;
  let included = 0;
  let excluded = 0;
  for (;;) {
    const page = await listResidents(w.trx, e.villageCode, { limit: 500, ...(after ? { after } : {}) });
    const live = page.items.filter((r) => !r.flags.includes('deceased') && !r.flags.includes('movedOut')); // the others are not villagers any more
    const keys = await personKeys(w.trx, live.map((r) => r.id));
    const elsewhere = await registeredElsewhere(w.trx, e, [...keys.values()]);
    for (const r of live) {
      const key = keys.get(r.id) ?? null;
      const other = key ? elsewhere.get(key) : undefined;
      const v = eligibilityOf(e, r, registrations.get(r.id), other);
      await t(w.trx).insertInto('voter').values({
        electionId: id, residentId: r.id, name: r.name, groupName: r.groupId ? groups.get(r.groupId) ?? null : null, birthDate: r.birthDate, female: r.gender === 'female',
        included: v.eligible, way: v.way, reason: v.text, source: 'register', personKey: key,
      }).execute();
      if (v.eligible) included++; else excluded++;
    }
    if (page.nextCursor === null) break;
    after = page.nextCursor;
  }
  await w.audit({ action: 'elections.roll', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { included, excluded } });
  return { included, excluded };
}

/**
 * 组织法 Art.13¶2 ways 2 and 3, recorded per person: a declaration of participation (hukou here,
 * living away) or an application with the 村民会议 / 村民代表会议's approval (hukou elsewhere, living
 * here). Before the roll is published it is rebuilt at once so the rule decides and records the way;
 * after, the record lets an "include" objection be upheld (decideObjection runs the same rule).
 */
export async function recordRegistration(w: Write, id: number, input: { residentId: number; way: 2 | 3; declaredOn: string; reference: string; monthsResidentHere?: number | null | undefined; approvedOn?: string | null | undefined }, recordedBy: string, now: Date) {
  const e = await requireElection(w.trx, id);
  const r = await getResident(w.trx, input.residentId);
  if (r.jurisdictionCode !== e.villageCode) throw invalid('residentId', 'voter.registration', `${r.name} 不在本村（社区）的人口登记中`, 'Not in this village\'s register');
  if (input.declaredOn > e.electionDay) throw invalid('declaredOn', 'voter.registration', '表示或申请日期不得晚于选举日', 'The declaration or application cannot be after election day');
  if (input.way === 2 && !(r.registered && !r.habitual)) throw invalid('way', 'voter.registration', `第（二）项适用于户籍在本村、不在本村居住的村民；${r.name} ${r.registered ? '在本村居住（第（一）项）' : '户籍不在本村'}（组织法第十三条第二款）`, 'Way 2 is for people with hukou here who live elsewhere (Art.13¶2)');
  if (input.way === 3 && !(!r.registered && r.habitual)) throw invalid('way', 'voter.registration', `第（三）项适用于户籍不在本村、在本村居住的公民；${r.name} ${r.registered ? '户籍在本村' : '不在本村居住'}（组织法第十三条第二款）`, 'Way 3 is for people with hukou elsewhere who live here (Art.13¶2)');
  if (input.way === 2 && (input.approvedOn || input.monthsResidentHere != null)) throw invalid('way', 'voter.registration', '第（二）项只须本人表示参加选举，无须居住月数或会议同意', 'Way 2 needs only the declaration');
  if (input.way === 3 && input.monthsResidentHere == null) throw invalid('monthsResidentHere', 'voter.registration', '第（三）项须登记在本村居住的月数（一年以上）', 'Way 3 needs the months lived here');
  if (input.approvedOn && input.approvedOn < input.declaredOn) throw invalid('approvedOn', 'voter.registration', '会议同意日期不得早于申请日期', 'Approval cannot precede the application');
  const values = { way: input.way, declaredOn: input.declaredOn, monthsResident: input.way === 3 ? input.monthsResidentHere ?? null : null, approvedOn: input.approvedOn ?? null, reference: input.reference, recordedBy, recordedAt: now };
  await t(w.trx).insertInto('voterRegistration').values({ electionId: id, residentId: r.id, ...values })
    .onConflict((oc) => oc.columns(['electionId', 'residentId']).doUpdateSet(values)).execute();
  await w.audit({ action: 'elections.registration', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { residentId: r.id, way: input.way, declaredOn: input.declaredOn, approvedOn: input.approvedOn ?? null } });
  const rebuilt = e.rollPublishedOn ? null : await buildRoll(w, id);
  const voter = await t(w.trx).selectFrom('voter').select(['id', 'name', 'included', 'way', 'reason']).where('electionId', '=', id).where('residentId', '=', r.id).executeTakeFirst();
  return { rollRebuilt: rebuilt !== null, voter: voter ?? null };
}

export async function registrationsList(db: AnyDB, id: number) {
  return t(db).selectFrom('voterRegistration').select(['residentId', 'way', 'declaredOn', 'monthsResident', 'approvedOn', 'reference', 'recordedBy']).where('electionId', '=', id).orderBy('id').execute();
}

/**
 * 组织法 Art.13¶3: of the given person keys, those already on the roll (included) of another
 * village's election of the same kind in the county whose period overlaps this one's; the value
 * names that election. The people module's keys say "same person" without any ID number.
 */
async function registeredElsewhere(db: AnyDB, e: Election, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const mine = electionPeriod(e.profile, e.electionDay);
  const rows = await t(db).selectFrom('voter as v').innerJoin('election as x', 'x.id', 'v.electionId')
    .select(['v.personKey', 'x.id', 'x.title', 'x.villageCode', 'x.profile', 'x.electionDay'])
    .where('v.personKey', 'in', keys).where('v.included', '=', true).where('x.kind', '=', e.kind).where('x.id', '!=', e.id)
    .where('x.villageCode', 'like', `${e.villageCode.slice(0, 6)}%`).where('x.villageCode', '!=', e.villageCode).execute();
  const out = new Map<string, string>();
  for (const r of rows) {
    if (!periodsOverlap(mine, electionPeriod(r.profile as ProfileId, r.electionDay))) continue;
    const village = (await getNode(db, r.villageCode))?.name ?? r.villageCode;
    out.set(r.personKey!, `${village}「${r.title}」（选举日 ${r.electionDay}）的选民名单`);
  }
  return out;
}

async function rollPayload(db: AnyDB, e: Election, publishedOn: string) {
  const voters = await t(db).selectFrom('voter').select(['name', 'groupName']).where('electionId', '=', e.id).where('included', '=', true).orderBy('groupName').orderBy('id').execute();
  // Names and group only: no birth dates, ID numbers or addresses leave on the public roll.
  return { electionId: e.id, title: e.title, electionDay: e.electionDay, publishedOn, count: voters.length, voters: voters.map((v) => ({ name: v.name, group: v.groupName })) };
}

export async function publishRoll(w: Write, id: number, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  const today = chinaDate(now);
  const d = voterListDeadline({ electionDate: e.electionDay, publishedOn: today });
  if (!d.compliant) throw refuse('voterRoll.deadline', '村民委员会组织法第十四条第一款', `选民名单应在选举日的二十日前（最迟 ${d.latestPublicationDate}）公布，今天 ${today} 已过期限：应依法另定选举日`, `The roll must be published by ${d.latestPublicationDate}; today is ${today}: set a new election day`);
  const n = await t(w.trx).selectFrom('voter').select((eb) => eb.fn.countAll<number>().as('n')).where('electionId', '=', id).where('included', '=', true).executeTakeFirstOrThrow();
  if (Number(n.n) === 0) throw refuse('voterRoll.empty', '组织法第十三条', '选民名单为空：请先从人口登记生成名单', 'The roll is empty: derive it from the register first');
  await sendEvent(w, electionProcedure, e.procedureId, { type: 'publishRoll' }, actor, now);
  const rec = await appendToLedger(w, { villageCode: e.villageCode, kind: ROLL_KIND, recordId: id, payload: await rollPayload(w.trx, e, today) }, now);
  await t(w.trx).updateTable('election').set({ rollPublishedOn: today, rollLedgerSeq: rec.seq }).where('id', '=', id).execute();
  await w.audit({ action: 'elections.publishRoll', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { seq: rec.seq } });
  return rec;
}

export async function fileObjection(w: Write, id: number, input: { filedBy: string; voterId?: number | null | undefined; claim: 'include' | 'exclude'; subjectName: string; statement: string }, calendar: WorkingCalendar, now: Date) {
  const e = await requireElection(w.trx, id);
  const today = chinaDate(now);
  if (!e.rollPublishedOn) throw refuse('objection.notPublished', '组织法第十四条第二款', '选民名单尚未公布，不能提出异议', 'The roll is not published yet');
  const window = electionTimeline(e.profile, e.electionDay, calendar, e.rollPublishedOn).find((s) => s.key === 'objections')!;
  if (today > window.due) throw refuse('objection.late', '村民委员会组织法第十四条第二款', `异议应自名单公布之日起五日内提出（截止 ${window.due}），今天 ${today} 已过期`, `Objections are filed within 5 days of publication (until ${window.due})`);
  if (input.voterId) {
    const v = await t(w.trx).selectFrom('voter').select(['id', 'included']).where('id', '=', input.voterId).where('electionId', '=', id).executeTakeFirst();
    if (!v) throw invalid('voterId', 'objection.voter', '名单中没有此人', 'No such person on the roll');
  }
  const p = profileOf(e.profile);
  let due = addDays(today, p.objectionDecisionDays);
  while (!calendar.isWorkday(due)) due = addDays(due, 1); // 民法典 Art.203
  const row = await t(w.trx).insertInto('rollObjection').values({ electionId: id, filedBy: input.filedBy, voterId: input.voterId ?? null, claim: input.claim, subjectName: input.subjectName, statement: input.statement, filedOn: today, decisionDue: due, decision: null, decisionReason: null, decidedOn: null })
    .returning(['id', 'decisionDue']).executeTakeFirstOrThrow();
  await w.audit({ action: 'elections.objection', targetType: 'rollObjection', targetId: row.id, jurisdictionCode: e.villageCode, after: { claim: input.claim, subjectName: input.subjectName } });
  return row;
}

export async function decideObjection(w: Write, objectionId: number, input: { decision: 'upheld' | 'rejected'; reason: string }, actor: ProcActor, now: Date) {
  const o = await t(w.trx).selectFrom('rollObjection').selectAll().where('id', '=', objectionId).forUpdate().executeTakeFirstOrThrow();
  if (o.decision) throw refuse('objection.decided', '组织法第十四条第二款', '该异议已作出处理决定', 'Already decided');
  const e = await requireElection(w.trx, o.electionId);
  const today = chinaDate(now);
  let way: number | null = null;
  if (input.decision === 'upheld' && o.claim === 'include' && o.voterId) {
    const v = await t(w.trx).selectFrom('voter').select(['personKey', 'residentId']).where('id', '=', o.voterId).executeTakeFirstOrThrow();
    const other = v.personKey ? (await registeredElsewhere(w.trx, e, [v.personKey])).get(v.personKey) : undefined;
    if (other) throw refuse('voter.registeredElsewhere', '村民委员会组织法第十三条第三款', `${o.subjectName} 已登记于${other}，不得再在本村登记参加选举`, 'Already registered on the roll of another village\'s election', 'decision');
    if (v.residentId !== null) {
      // Upholding an objection does not set the law aside: the eligibility rule decides (Art.13) —
      // age on election day, political rights, one of the three ways of registration.
      const r = await getResident(w.trx, v.residentId);
      const verdict = eligibilityOf(e, r, (await registrationsOf(w.trx, e.id)).get(v.residentId), other);
      if (!verdict.eligible) {
        const failed = verdict.reasons.find((x) => x.rule === 'voter.age' && !adultOn(r.birthDate, e.electionDay))
          ?? verdict.reasons.find((x) => x.rule === 'voter.politicalRights')
          ?? verdict.reasons.find((x) => x.rule === 'voter.registration')!;
        throw refuse(failed.rule, failed.article, `${o.subjectName} 不具备选民资格，异议不能成立：${failed.message}`, `${o.subjectName} is not eligible to vote (${failed.rule}): the objection cannot be upheld`, 'decision');
      }
      way = verdict.way;
    }
  }
  await t(w.trx).updateTable('rollObjection').set({ decision: input.decision, decisionReason: input.reason, decidedOn: today }).where('id', '=', objectionId).execute();
  let republished: number | null = null;
  if (input.decision === 'upheld' && o.voterId) {
    await t(w.trx).updateTable('voter').set({ included: o.claim === 'include', ...(o.claim === 'include' ? { way } : {}), reason: `异议成立（${today}）：${input.reason}`, source: 'objection' }).where('id', '=', o.voterId).execute();
    // Changes are republished: a new ledger entry superseding the roll as published.
    const rec = await appendToLedger(w, { villageCode: e.villageCode, kind: ROLL_KIND, recordId: e.id, payload: await rollPayload(w.trx, e, today), supersedesSeq: e.rollLedgerSeq, reason: `异议处理：${input.reason}` }, now);
    await t(w.trx).updateTable('election').set({ rollLedgerSeq: rec.seq }).where('id', '=', e.id).execute();
    republished = rec.seq;
  }
  await annotate(w, electionProcedure, e.procedureId, 'objectionDecided', { objectionId, decision: input.decision }, actor, `${o.subjectName}：${input.decision === 'upheld' ? '异议成立' : '异议不成立'}。${input.reason}`, now);
  await w.audit({ action: 'elections.decideObjection', targetType: 'rollObjection', targetId: objectionId, jurisdictionCode: e.villageCode, after: { decision: input.decision, late: today > o.decisionDue } });
  return { late: today > o.decisionDue, republished };
}

// --- nomination and vetting

async function includedVoter(db: AnyDB, electionId: number, voterId: number, field: string) {
  const v = await t(db).selectFrom('voter').selectAll().where('id', '=', voterId).where('electionId', '=', electionId).executeTakeFirst();
  if (!v || !v.included) throw invalid(field, 'voter.notRegistered', `${v?.name ?? voterId} 不是本次选举登记的选民`, 'Not a registered voter of this election');
  return v;
}

export async function nominate(w: Write, id: number, input: { position: Position; nomineeVoterId: number; nominatorVoterIds: number[] }, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  if (!e.rollPublishedOn) throw refuse('nomination.beforeRoll', '组织法第十五条第一款', '由登记参加选举的村民提名：须先公布选民名单', 'Nominations are made by registered voters: publish the roll first');
  if (e.candidatesPublishedOn) throw refuse('nomination.closed', '组织法第十五条', '正式候选人已公布，提名已结束', 'Candidates are published: nominations are closed');
  const seats = e.seats[input.position];
  if (!seats) throw invalid('position', 'nomination.position', `本次选举不设${positionNames[input.position]}职位`, 'No seat for this position');
  const nominee = await includedVoter(w.trx, id, input.nomineeVoterId, 'nomineeVoterId');
  if (input.position === 'womenMember' && !nominee.female) throw invalid('nomineeVoterId', 'nomination.womenSeat', '妇女委员职位只能提名妇女', 'The women\'s seat is for women');
  const nominators = [...new Set(input.nominatorVoterIds)];
  if (nominators.length === 0) throw invalid('nominatorVoterIds', 'nomination.nominators', '须有提名人', 'Nominators are required');
  const nominatorNames = new Map<number, string>();
  for (const [i, v] of nominators.entries()) nominatorNames.set(v, (await includedVoter(w.trx, id, v, `nominatorVoterIds.${i}`)).name);
  const cap = nominationCap(e.profile, seats);
  const existing = await t(w.trx).selectFrom('nomination').selectAll().where('electionId', '=', id).where('position', '=', input.position).execute();
  if (cap !== null) {
    for (const v of nominators) {
      const already = existing.filter((n) => (n.nominatorVoterIds as number[]).includes(v) && n.nomineeVoterId !== input.nomineeVoterId).length;
      if (already + 1 > cap) throw refuse('nomination.cap', '浙江省村民委员会选举办法第十七条', `每一选民提名${positionNames[input.position]}人选不得多于应选名额 ${cap} 名：选民 ${nominatorNames.get(v)} 已提名 ${already} 名`, `Each voter nominates at most ${cap} for this position`, 'nominatorVoterIds');
    }
  }
  const same = existing.find((n) => n.nomineeVoterId === input.nomineeVoterId);
  let nominationId: number;
  if (same) {
    const merged = [...new Set([...(same.nominatorVoterIds as number[]), ...nominators])];
    await t(w.trx).updateTable('nomination').set({ nominatorVoterIds: JSON.stringify(merged) }).where('id', '=', same.id).execute();
    nominationId = same.id;
  } else {
    const row = await t(w.trx).insertInto('nomination').values({ electionId: id, position: input.position, nomineeVoterId: nominee.id, nomineeName: nominee.name, female: nominee.female, nominatorVoterIds: JSON.stringify(nominators), status: 'nominated', exclusionReason: null, createdAt: now })
      .returning('id').executeTakeFirstOrThrow();
    nominationId = row.id;
  }
  // Art.12: a member of the election committee who is nominated must withdraw from it.
  let withdrew: string | null = null;
  if (nominee.residentId) {
    const member = await t(w.trx).selectFrom('electionCommitteeMember').selectAll().where('electionId', '=', id).where('residentId', '=', nominee.residentId).where('withdrawnOn', 'is', null).executeTakeFirst();
    if (member) {
      await t(w.trx).updateTable('electionCommitteeMember').set({ withdrawnOn: chinaDate(now), withdrawReason: '被提名为候选人，依组织法第十二条退出选举委员会' }).where('id', '=', member.id).execute();
      await annotate(w, electionProcedure, e.procedureId, 'committeeWithdrawal', { name: member.name }, actor, `${member.name} 被提名为候选人，退出村民选举委员会（组织法第十二条）`, now);
      withdrew = member.name;
    }
  }
  await w.audit({ action: 'elections.nominate', targetType: 'nomination', targetId: nominationId, jurisdictionCode: e.villageCode, after: { position: input.position, nominee: nominee.name, nominators: nominators.length } });
  return { id: nominationId, withdrew };
}

export interface Department { key: string; name: string }
const countyOf = (villageCode: string) => `${villageCode.slice(0, 6)}000000`;

/** The county's list of vetting departments; until the county sets one, the departments seeds 000 and 004 name. */
export async function vettingDepartments(db: AnyDB, villageCode: string): Promise<Department[]> {
  const rows = await t(db).selectFrom('vettingDepartment').select(['key', 'name']).where('countyCode', '=', countyOf(villageCode)).orderBy('sort').execute();
  return rows.length ? rows : departments.map((key) => ({ key, name: departmentNames[key] }));
}

export async function setVettingDepartments(w: Write, countyCode: string, list: Department[]) {
  if (!/^\d{6}000000$/.test(countyCode) || /^\d{2}0000000000$/.test(countyCode)) throw invalid('code', 'vetting.county', '联审部门名单由县（区）确定', 'The county sets the vetting list');
  const keys = new Set(list.map((d) => d.key));
  if (keys.size !== list.length) throw invalid('departments', 'vetting.duplicate', '部门代码不得重复', 'Department keys must be unique');
  await t(w.trx).deleteFrom('vettingDepartment').where('countyCode', '=', countyCode).execute();
  for (const [sort, d] of list.entries()) await t(w.trx).insertInto('vettingDepartment').values({ countyCode, key: d.key, name: d.name, sort }).execute();
  await w.audit({ action: 'elections.vetList', targetType: 'county', targetId: countyCode, jurisdictionCode: countyCode, after: { departments: list } });
}

export async function recordVetting(w: Write, nominationId: number, input: { department: string; passed: boolean; reason: string }, by: string, now: Date) {
  const n = await t(w.trx).selectFrom('nomination').selectAll().where('id', '=', nominationId).forUpdate().executeTakeFirstOrThrow();
  const e = await requireElection(w.trx, n.electionId);
  const list = await vettingDepartments(w.trx, e.villageCode);
  if (!list.some((d) => d.key === input.department)) throw invalid('department', 'vetting.department', `${input.department} 不在本县联审部门名单中（${list.map((d) => d.name).join('、')}）`, 'Not a department on the county\'s vetting list');
  if (e.candidatesPublishedOn) throw refuse('vetting.closed', '本县关于基层政权建设和社区治理工作的通知（全面落实村“两委”换届候选人联审机制）', '正式候选人已公布，联审已结束', 'Candidates are published');
  await t(w.trx).insertInto('vetting').values({ nominationId, department: input.department, passed: input.passed, reason: input.reason, recordedBy: by, recordedAt: now })
    .onConflict((oc) => oc.columns(['nominationId', 'department']).doUpdateSet({ passed: input.passed, reason: input.reason, recordedBy: by, recordedAt: now })).execute();
  const all = await t(w.trx).selectFrom('vetting').selectAll().where('nominationId', '=', nominationId).execute();
  const failed = all.filter((v) => !v.passed);
  await t(w.trx).updateTable('nomination').set(failed.length
    ? { status: 'excluded', exclusionReason: failed.map((v) => `${list.find((d) => d.key === v.department)?.name ?? v.department}：${v.reason}`).join('；') }
    : { status: 'nominated', exclusionReason: null }).where('id', '=', nominationId).execute();
  await w.audit({ action: 'elections.vet', targetType: 'nomination', targetId: nominationId, jurisdictionCode: e.villageCode, after: { department: input.department, passed: input.passed } });
}

export async function nominationsOf(db: AnyDB, id: number) {
  const list = await vettingDepartments(db, await villageOfElection(db, id));
  const rows = await t(db).selectFrom('nomination').selectAll().where('electionId', '=', id).orderBy('position').orderBy('id').execute();
  const vet = rows.length ? await t(db).selectFrom('vetting').selectAll().where('nominationId', 'in', rows.map((r) => r.id)).execute() : [];
  return rows.map((r) => ({
    id: r.id, position: r.position, nomineeVoterId: r.nomineeVoterId, nomineeName: r.nomineeName, female: r.female, nominators: (r.nominatorVoterIds as number[]).length,
    status: r.status, exclusionReason: r.exclusionReason,
    vetting: list.map((d) => { const v = vet.find((x) => x.nominationId === r.id && x.department === d.key); return { department: d.key, name: d.name, passed: v?.passed ?? null, reason: v?.reason ?? null }; }),
  }));
}

export async function publishCandidates(w: Write, id: number, calendar: WorkingCalendar, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  const today = chinaDate(now);
  const p = profileOf(e.profile);
  const due = electionTimeline(e.profile, e.electionDay, calendar, e.rollPublishedOn).find((s) => s.key === 'candidateList')!.due;
  if (today > due) throw refuse('candidateList.deadline', p.candidateListBasis, `正式候选人名单应于 ${due} 前公布，今天 ${today} 已过期限`, `The candidate list is due by ${due}`);
  const noms = await nominationsOf(w.trx, id);
  const unvetted = noms.filter((n) => n.status === 'nominated' && n.vetting.some((v) => v.passed === null));
  if (unvetted.length) throw refuse('candidateList.vetting', '本县关于基层政权建设和社区治理工作的通知（全面落实村“两委”换届候选人联审机制）', `${unvetted.map((n) => n.nomineeName).join('、')} 尚未完成各部门联审`, 'Joint vetting is not complete', 'nominations');
  const lists: { position: Position; seats: number; candidates: { name: string; female: boolean; voterId: number }[] }[] = [];
  const errors: FieldError[] = [];
  for (const position of Object.keys(e.seats) as Position[]) {
    const seats = e.seats[position];
    if (!seats) continue;
    const cands = noms.filter((n) => n.position === position && n.status === 'nominated');
    const v = candidateList({ profile: e.profile, position, seats, candidates: cands.map((c) => c.nomineeName) });
    if (!v.valid) errors.push(fieldError(`positions.${position}`, 'candidateList.margin', bi(`${positionNames[position]}：${v.reasons[0]!.message}（${v.reasons[0]!.article}）`, `${position}: not more candidates than seats (Art.15)`)));
    lists.push({ position, seats, candidates: cands.map((c) => ({ name: c.nomineeName, female: c.female, voterId: c.nomineeVoterId })) });
  }
  if (errors.length) throw new AppError('conflict', bi('候选人名额应当多于应选名额（差额选举，组织法第十五条），不能公布', 'Candidates must outnumber seats (Art.15): the list cannot be published'), errors);
  await sendEvent(w, electionProcedure, e.procedureId, { type: 'publishCandidates' }, actor, now);
  await t(w.trx).updateTable('nomination').set({ status: 'candidate' }).where('electionId', '=', id).where('status', '=', 'nominated').execute();
  const rec = await appendToLedger(w, { villageCode: e.villageCode, kind: CANDIDATES_KIND, recordId: id, payload: {
    electionId: id, title: e.title, electionDay: e.electionDay, publishedOn: today,
    positions: lists.map((l) => ({ position: l.position, positionName: positionNames[l.position], seats: l.seats, candidates: l.candidates.map((c) => c.name) })),
  } }, now);
  await t(w.trx).updateTable('election').set({ candidatesPublishedOn: today }).where('id', '=', id).execute();
  // Round 1: the women's seat is tallied with the members (a separate section of the ballot).
  for (const l of lists) {
    if (l.position === 'womenMember') continue;
    const women = l.position === 'member' ? lists.find((x) => x.position === 'womenMember') : undefined;
    await t(w.trx).insertInto('electionRound').values({ electionId: id, roundNo: 1, kind: 'first', position: l.position, seats: l.seats, womenSeats: women?.seats ?? 0,
      candidates: JSON.stringify(l.candidates.map((c) => c.name)), womenCandidates: JSON.stringify(women?.candidates.map((c) => c.name) ?? []), outcome: null, tallied: false, createdAt: now }).execute();
  }
  await w.audit({ action: 'elections.publishCandidates', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { seq: rec.seq } });
  return rec;
}

// --- proxies

// --- the written authorisation (委托书, 组织法 Art.15¶4): a scan, type read from the bytes

const scanTypes = new Map([['application/pdf', 'pdf'], ['image/jpeg', 'jpg'], ['image/png', 'png']]);
const scanRefused = () => invalid('file', 'proxy.authorisationType', '委托书扫描件只能是 PDF、JPG 或 PNG 文件', 'The scanned authorisation must be a PDF, JPEG or PNG file');

/** Stores a scanned authorisation in the core file store (private to staff); the proxy filing then names it by its SHA-256. */
export async function storeAuthorisation(dataDir: string, file: { filename: string; data: Buffer }) {
  return storeBlob(dataDir, file, scanTypes, { defaultStem: '委托书', refused: scanRefused });
}

export async function proxyAuthorisation(db: AnyDB, electionId: number, proxyId: number) {
  const r = await t(db).selectFrom('proxyVote').select(['authorisationSha256', 'authorisationMime', 'authorisationFilename']).where('id', '=', proxyId).where('electionId', '=', electionId).executeTakeFirst();
  if (!r?.authorisationSha256) throw AppError.notFound(bi('该委托没有委托书扫描件', 'No scanned authorisation on file for this proxy'));
  return { sha256: r.authorisationSha256, mime: r.authorisationMime!, filename: r.authorisationFilename! };
}

export async function fileProxy(w: Write, id: number, input: { principalVoterId: number; proxyVoterId: number; relation: (typeof closeRelatives)[number]; authorisation?: { sha256: string; filename?: string | undefined } | undefined }, calendar: WorkingCalendar, now: Date, dataDir: string) {
  const e = await requireElection(w.trx, id);
  const p = profileOf(e.profile);
  const today = chinaDate(now);
  if (!e.rollPublishedOn) throw refuse('proxy.beforeRoll', '组织法第十五条第四款', '须先公布选民名单', 'Publish the roll first');
  const due = electionTimeline(e.profile, e.electionDay, calendar, e.rollPublishedOn).find((s) => s.key === 'proxies')!.due;
  // 「禁止投票现场临时委托」 is [SH-EL] Art.16's wording (profile.noOnSiteProxyBasis); the national text
  // ([VCOL] Art.15¶4) only requires a written authorisation, so without a deadline it is due before voting.
  if (today > due || (p.proxyDaysBefore === null && today >= e.electionDay)) {
    const when = p.proxyDaysBefore === null ? '（投票开始前以书面委托办理）' : '';
    const onSite = p.noOnSiteProxyBasis ? `；禁止投票现场临时委托（${p.noOnSiteProxyBasis}）` : '';
    throw refuse('proxy.deadline', p.proxyBasis, `委托投票应于 ${due} 前办理${when}，今天 ${today} 已过期限${onSite}`, `Proxies are filed by ${due}`);
  }
  const principal = await includedVoter(w.trx, id, input.principalVoterId, 'principalVoterId');
  const proxy = await includedVoter(w.trx, id, input.proxyVoterId, 'proxyVoterId');
  // ZJ-EL Art.25, BJ-EL Art.25: a candidate cannot act as a proxy.
  const cand = await t(w.trx).selectFrom('nomination').select('id').where('electionId', '=', id).where('nomineeVoterId', '=', proxy.id).where('status', 'in', ['candidate', 'nominated']).executeTakeFirst();
  if (cand) throw refuse('proxy.candidate', '浙江省村民委员会选举办法第二十五条；北京办法第二十五条', `${proxy.name} 是候选人，不得接受委托投票`, 'A candidate cannot be a proxy', 'proxyVoterId');
  const existing = await t(w.trx).selectFrom('proxyVote').selectAll().where('electionId', '=', id).execute();
  const names = new Map((await t(w.trx).selectFrom('voter').select(['id', 'name']).where('electionId', '=', id).execute()).map((v) => [v.id, `${v.name}#${v.id}`]));
  const filings = new Map<number, number[]>();
  for (const x of existing) filings.set(x.proxyVoterId, [...(filings.get(x.proxyVoterId) ?? []), x.principalVoterId]);
  filings.set(proxy.id, [...(filings.get(proxy.id) ?? []), principal.id]);
  // The same pure rule as election night: cap, no double delegation, no sub-delegation.
  const verdict = electionTurnout({ profile: e.profile, registeredVoters: names.size + 1, inPersonVoters: 0,
    proxies: [...filings].map(([px, ps]) => ({ proxy: names.get(px)!, principals: ps.map((x) => names.get(x)!) })) });
  const bad = verdict.invalidProxies.find((x) => x.principal === names.get(principal.id) || x.proxy === names.get(principal.id));
  if (bad) throw refuse('proxy.invalid', p.proxyCap ? p.proxyBasis : '村民委员会组织法第十五条第四款', bad.reason.replaceAll(/#\d+/g, ''), `Proxy refused: ${bad.reason}`, 'proxyVoterId');
  // 组织法 Art.15¶4: 书面委托. Where the profile has the committee review the paper beforehand, no scan, no proxy.
  let scan: { sha256: string; mime: string; filename: string } | null = null;
  if (input.authorisation) {
    const missing = () => invalid('authorisation.sha256', 'proxy.authorisationMissing', '没有该委托书扫描件：请先上传', 'No such uploaded authorisation: upload the scan first');
    if (!/^[0-9a-f]{64}$/.test(input.authorisation.sha256)) throw missing();
    const file = blobPath(dataDir, input.authorisation.sha256);
    if (!fs.existsSync(file)) throw missing();
    // Read back from the store: its type is checked again, and the name the filing gives is kept.
    const { sha256, mime, filename } = await storeBlob(dataDir, { data: fs.readFileSync(file), filename: input.authorisation.filename }, scanTypes, { defaultStem: '委托书', refused: scanRefused });
    scan = { sha256, mime, filename };
  } else if (p.proxyAuthorisationRequired) {
    throw invalid('authorisation', 'proxy.authorisationRequired', `委托投票须书面委托：请上传委托人签名的委托书扫描件（${p.proxyAuthorisationBasis}）`, `A proxy needs the written authorisation: attach the signed scan (${p.proxyAuthorisationBasis})`);
  }
  const row = await t(w.trx).insertInto('proxyVote').values({ electionId: id, principalVoterId: principal.id, proxyVoterId: proxy.id, relation: input.relation, filedOn: today,
    authorisationSha256: scan?.sha256 ?? null, authorisationMime: scan?.mime ?? null, authorisationFilename: scan?.filename ?? null }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'elections.proxy', targetType: 'proxyVote', targetId: row.id, jurisdictionCode: e.villageCode, after: { principal: principal.name, proxy: proxy.name, relation: input.relation, authorisation: scan?.sha256 ?? null } });
  return row;
}

export async function proxiesOf(db: AnyDB, id: number) {
  return t(db).selectFrom('proxyVote as p').innerJoin('voter as a', 'a.id', 'p.principalVoterId').innerJoin('voter as b', 'b.id', 'p.proxyVoterId')
    .select(['p.id', 'a.name as principal', 'b.name as proxy', 'p.relation', 'p.filedOn', 'p.authorisationFilename']).where('p.electionId', '=', id).orderBy('p.id').execute()
    .then((rows) => rows.map(({ authorisationFilename, ...r }) => ({ ...r, authorisationOnFile: authorisationFilename !== null, authorisationFilename })));
}

// --- counts, entered twice

export interface BoxCountInput { box: string; issued: number; returned: number; spoiled: number; votes: Record<string, Record<string, number>> }

export async function enterCount(w: Write, id: number, roundNo: number, input: BoxCountInput, by: string, now: Date) {
  const e = await requireElection(w.trx, id);
  const rounds = await t(w.trx).selectFrom('electionRound').selectAll().where('electionId', '=', id).where('roundNo', '=', roundNo).execute();
  if (!rounds.length) throw AppError.notFound(bi(`没有第 ${roundNo} 轮投票`, `No round ${roundNo}`));
  if (rounds.some((r) => r.tallied)) throw refuse('count.tallied', '组织法第十五条第三款', '本轮已计票，不能再录入', 'This round is tallied');
  if (!e.pollingStations.some((s) => s.name === input.box)) throw invalid('box', 'count.box', `没有投票站或流动票箱「${input.box}」`, 'No such ballot box');
  if (input.spoiled > input.returned) throw invalid('spoiled', 'count.spoiled', '废票不能多于收回的选票', 'More spoilt than returned ballots');
  for (const position of Object.keys(input.votes)) {
    if (!rounds.some((r) => r.position === position || (position === 'womenMember' && r.womenSeats > 0))) throw invalid(`votes.${position}`, 'count.position', `本轮没有${positionNames[position as Position] ?? position}的投票`, 'No such position in this round');
    for (const [name, n] of Object.entries(input.votes[position]!)) if (n > input.returned) throw invalid(`votes.${position}.${name}`, 'count.votes', `${name} 得票 ${n} 多于该票箱收回的选票 ${input.returned}`, 'More votes than ballots in the box');
  }
  const prior = await t(w.trx).selectFrom('boxCount').selectAll().where('electionId', '=', id).where('roundNo', '=', roundNo).where('box', '=', input.box).execute();
  if (prior.length >= 2) throw refuse('count.twice', '双人录入', '该票箱已录入两次', 'This box is already entered twice', 'box');
  if (prior.some((p) => p.enteredBy === by)) throw refuse('count.sameStaff', '双人录入', '第二次录入须由另一名工作人员完成', 'The second entry must be by a different staff member', 'box');
  await t(w.trx).insertInto('boxCount').values({ electionId: id, roundNo, box: input.box, entryNo: prior.length + 1, enteredBy: by, issued: input.issued, returned: input.returned, spoiled: input.spoiled, votes: JSON.stringify(input.votes), createdAt: now }).execute();
  await w.audit({ action: 'elections.count', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { roundNo, box: input.box, entry: prior.length + 1 } });
  return countsOf(w.trx, e, roundNo);
}

/** A mismatch is resolved by counting the box's ballots again: both entries are cleared (audited) and re-entered. */
export async function resetBox(w: Write, id: number, roundNo: number, box: string, reason: string) {
  const e = await requireElection(w.trx, id);
  const rounds = await t(w.trx).selectFrom('electionRound').select('tallied').where('electionId', '=', id).where('roundNo', '=', roundNo).execute();
  if (rounds.some((r) => r.tallied)) throw refuse('count.tallied', '组织法第十五条第三款', '本轮已计票，不能再修改', 'This round is tallied');
  const gone = await t(w.trx).deleteFrom('boxCount').where('electionId', '=', id).where('roundNo', '=', roundNo).where('box', '=', box).returningAll().execute();
  await w.audit({ action: 'elections.countReset', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, before: gone.map((g) => ({ entryNo: g.entryNo, enteredBy: g.enteredBy, issued: g.issued, returned: g.returned, votes: g.votes })), after: { box, reason } });
  return countsOf(w.trx, e, roundNo);
}

/** Per box: both entries, and where they differ. */
export async function countsOf(db: AnyDB, e: Election, roundNo: number) {
  const rows = await t(db).selectFrom('boxCount').selectAll().where('electionId', '=', e.id).where('roundNo', '=', roundNo).orderBy('entryNo').execute();
  return e.pollingStations.map((s) => {
    const entries = rows.filter((r) => r.box === s.name);
    const mismatches: string[] = [];
    if (entries.length === 2) {
      const [a, b] = entries as [typeof rows[0], typeof rows[0]];
      for (const k of ['issued', 'returned', 'spoiled'] as const) if (a[k] !== b[k]) mismatches.push(k);
      const va = a.votes as Record<string, Record<string, number>>;
      const vb = b.votes as Record<string, Record<string, number>>;
      for (const pos of new Set([...Object.keys(va), ...Object.keys(vb)])) {
        for (const name of new Set([...Object.keys(va[pos] ?? {}), ...Object.keys(vb[pos] ?? {})])) if ((va[pos]?.[name] ?? 0) !== (vb[pos]?.[name] ?? 0)) mismatches.push(`${pos}.${name}`);
      }
    }
    return { box: s.name, mobile: s.mobile, entries: entries.map((r) => ({ entryNo: r.entryNo, enteredBy: r.enteredBy, issued: r.issued, returned: r.returned, spoiled: r.spoiled, votes: r.votes as Record<string, Record<string, number>> })),
      status: entries.length < 2 ? 'incomplete' : mismatches.length ? 'mismatch' : 'confirmed', mismatches };
  });
}

// --- tally

export async function tallyRound(w: Write, id: number, roundNo: number, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  // Higher posts first (主任, 副主任, 委员): 浙江办法 Art.31 keeps the relative with the higher post.
  const rank = (position: string) => { const i = (['director', 'deputyDirector', 'member', 'womenMember'] as string[]).indexOf(position); return i < 0 ? 9 : i; };
  const rounds = (await t(w.trx).selectFrom('electionRound').selectAll().where('electionId', '=', id).where('roundNo', '=', roundNo).forUpdate().execute())
    .sort((a, b) => rank(a.position) - rank(b.position) || a.id - b.id);
  if (!rounds.length) throw AppError.notFound(bi(`没有第 ${roundNo} 轮投票`, `No round ${roundNo}`));
  if (rounds.some((r) => r.tallied)) throw refuse('tally.done', '组织法第十五条第三款', '本轮已计票', 'Already tallied');
  const counts = await countsOf(w.trx, e, roundNo);
  const notReady = counts.filter((c) => c.status !== 'confirmed');
  if (notReady.length) {
    throw new AppError('conflict', bi('各票箱须由两人分别录入且一致后才能计票', 'Every box must be entered twice, by two staff, with matching figures'),
      notReady.map((c) => fieldError(`boxes.${c.box}`, c.status === 'mismatch' ? 'count.mismatch' : 'count.incomplete', bi(c.status === 'mismatch' ? `${c.box}：两次录入不一致（${c.mismatches.join('、')}），请核对选票` : `${c.box}：尚未完成两次录入`, c.status === 'mismatch' ? `${c.box}: the two entries differ (${c.mismatches.join(', ')})` : `${c.box}: not entered twice`))));
  }
  const registered = Number((await t(w.trx).selectFrom('voter').select((eb) => eb.fn.countAll<number>().as('n')).where('electionId', '=', id).where('included', '=', true).executeTakeFirstOrThrow()).n);
  const sum = (k: 'issued' | 'returned' | 'spoiled') => counts.reduce((s, c) => s + c.entries[0]![k], 0);
  const votersWhoVoted = sum('issued'); // one ballot issued per voter who voted (in person or by valid proxy)
  const ballotsReturned = sum('returned');
  const votesFor = (position: string, name: string) => counts.reduce((s, c) => s + (c.entries[0]!.votes[position]?.[name] ?? 0), 0);
  const namesIn = (position: string) => new Set(counts.flatMap((c) => Object.keys(c.entries[0]!.votes[position] ?? {})));
  const electedSoFar = await t(w.trx).selectFrom('electedMember').selectAll().where('electionId', '=', id).execute();
  const femaleByName = new Map((await t(w.trx).selectFrom('voter').select(['name', 'female']).where('electionId', '=', id).where('included', '=', true).execute()).map((v) => [v.name, v.female]));
  // 浙江办法 Art.31: kinship among candidates, as the household register shows it.
  let relatives = new Map<string, string[]>();
  if (profileOf(e.profile).kinshipAvoidance) {
    const onRoll = new Map((await t(w.trx).selectFrom('voter').select(['name', 'residentId']).where('electionId', '=', id).where('included', '=', true).execute()).filter((v) => v.residentId !== null).map((v) => [v.residentId!, v.name]));
    const people: { name: string; householdId: number; relation: string }[] = [];
    let after: number | undefined;
    for (;;) {
      const page = await listResidents(w.trx, e.villageCode, { limit: 500, ...(after ? { after } : {}) });
      for (const r of page.items) if (onRoll.has(r.id)) people.push({ name: r.name, householdId: r.householdId, relation: r.relationToHead });
      if (page.nextCursor === null) break;
      after = page.nextCursor;
    }
    relatives = relativesFromHouseholds(people);
  }
  const outcomes: { position: string; outcome: TallyOutcome }[] = [];
  const nextRound: { position: string; kind: 'supplementary' | 'tieRevote'; seats: number; candidates: string[]; womenSeats: number; womenCandidates: string[] }[] = [];
  for (const r of rounds) {
    const listed = r.candidates as string[];
    const womenListed = r.womenCandidates as string[];
    const womenNames = new Set(womenListed);
    const all = new Set([...listed, ...namesIn(r.position)].filter((n) => !womenNames.has(n)));
    const candidates = [...all].map((name) => ({ name, votes: votesFor(r.position, name), female: femaleByName.get(name) ?? false, ...(listed.includes(name) ? {} : { writeIn: true }), ...(relatives.has(name) ? { relatives: relatives.get(name)! } : {}) }));
    const womenAll = new Set([...womenListed, ...namesIn('womenMember')]);
    const womenSeat = r.womenSeats > 0 ? { seats: r.womenSeats, candidates: [...womenAll].map((name) => ({ name, votes: votesFor('womenMember', name), female: true, ...(relatives.has(name) ? { relatives: relatives.get(name)! } : {}) })) } : undefined;
    if (r.seats === 0 && !womenSeat) continue;
    const outcome = r.kind === 'tieRevote'
      ? revoteTally({ profile: e.profile, seats: r.seats + r.womenSeats, registeredVoters: registered, votersWhoVoted, ballotsReturned,
        candidates: r.womenSeats > 0 ? womenSeat!.candidates : candidates.filter((c) => listed.includes(c.name)) })
      : electionTally({
      profile: e.profile, round: r.kind === 'first' ? 'first' : 'supplementary', seats: r.seats, registeredVoters: registered, votersWhoVoted, ballotsReturned, candidates,
      // Those elected earlier in this election — earlier rounds (stored) and the posts tallied before
      // this one in this round (director first) — count toward the vacancy rule and kinship avoidance.
      ...(womenSeat ? { womenSeat } : {}), membersAlreadyElected: electedSoFar.length + outcomes.reduce((n, o) => n + o.outcome.elected.length, 0),
      alreadyElected: [...electedSoFar.map((m) => m.name), ...outcomes.flatMap((o) => o.outcome.elected.map((x) => x.name))],
      ...(r.position !== 'director' ? { headElected: electedSoFar.some((m) => m.position === 'director') || outcomes.some((o) => o.position === 'director' && o.outcome.elected.length > 0) } : {}),
    });
    outcomes.push({ position: r.position, outcome });
    await t(w.trx).updateTable('electionRound').set({ outcome: JSON.stringify(outcome), tallied: true }).where('id', '=', r.id).execute();
    for (const el of outcome.elected) {
      const voter = await t(w.trx).selectFrom('voter').select('id').where('electionId', '=', id).where('name', '=', el.name).where('included', '=', true).executeTakeFirst();
      await t(w.trx).insertInto('electedMember').values({ electionId: id, roundNo, name: el.name, position: el.seat === 'women' || (r.kind === 'tieRevote' && r.womenSeats > 0) ? 'womenMember' : r.position, votes: el.votes, voterId: voter?.id ?? null }).execute();
    }
    if (outcome.tieRevote) {
      // 浙江办法 Art.28: the tied stand again for the remaining seats.
      const tied = outcome.tieRevote;
      const forWomen = tied.candidates.every((n) => womenNames.has(n) || womenAll.has(n));
      nextRound.push({ position: r.position, kind: 'tieRevote', seats: forWomen ? 0 : tied.seats, candidates: forWomen ? [] : tied.candidates, womenSeats: forWomen ? tied.seats : 0, womenCandidates: forWomen ? tied.candidates : [] });
    }
    if (outcome.supplementaryRound) {
      const s = outcome.supplementaryRound;
      nextRound.push({ position: r.position, kind: 'supplementary', seats: s.seats, candidates: s.candidates, womenSeats: s.womenSeat?.seats ?? 0, womenCandidates: s.womenSeat?.candidates ?? [] });
    }
  }
  for (const n of nextRound) {
    await t(w.trx).insertInto('electionRound').values({ electionId: id, roundNo: roundNo + 1, kind: n.kind, position: n.position, seats: n.seats, womenSeats: n.womenSeats,
      candidates: JSON.stringify(n.candidates), womenCandidates: JSON.stringify(n.womenCandidates), outcome: null, tallied: false, createdAt: now }).execute();
  }
  await annotate(w, electionProcedure, e.procedureId, 'tallied', { roundNo }, actor, `第 ${roundNo} 轮计票：${outcomes.map((o) => `${positionNames[o.position as Position]} 当选 ${o.outcome.elected.map((x) => x.name).join('、') || '无'}`).join('；')}${nextRound.length ? '；不足名额另行选举' : ''}`, now);
  await w.audit({ action: 'elections.tally', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { roundNo, votersWhoVoted, ballotsReturned, registered } });
  return { roundNo, registeredVoters: registered, votersWhoVoted, ballotsReturned, outcomes, supplementaryRound: nextRound.length ? roundNo + 1 : null };
}

export async function roundsOf(db: AnyDB, id: number) {
  const rows = await t(db).selectFrom('electionRound').selectAll().where('electionId', '=', id).orderBy('roundNo').orderBy('id').execute();
  return rows.map((r) => ({ roundNo: r.roundNo, kind: r.kind, position: r.position, seats: r.seats, womenSeats: r.womenSeats, candidates: r.candidates as string[], womenCandidates: r.womenCandidates as string[], tallied: r.tallied, outcome: r.outcome as TallyOutcome | null }));
}
export async function electedOf(db: AnyDB, id: number) {
  return t(db).selectFrom('electedMember').select(['id', 'roundNo', 'name', 'position', 'votes']).where('electionId', '=', id).orderBy('roundNo').orderBy('id').execute();
}

// --- results, certificates, handover

export async function publishResults(w: Write, id: number, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  const rounds = await roundsOf(w.trx, id);
  if (!rounds.some((r) => r.tallied)) throw refuse('results.notTallied', '组织法第十五条第三款', '尚未计票', 'Nothing tallied yet');
  const open = rounds.filter((r) => !r.tallied);
  if (open.length) throw refuse('results.openRound', '组织法第十五条第二款', `第 ${open[0]!.roundNo} 轮（另行选举）尚未计票：不足的名额须另行选举后一并公布`, 'A supplementary round is still to be tallied');
  await sendEvent(w, electionProcedure, e.procedureId, { type: 'publishResults' }, actor, now);
  const elected = await electedOf(w.trx, id);
  const rec = await appendToLedger(w, { villageCode: e.villageCode, kind: RESULTS_KIND, recordId: id, payload: {
    electionId: id, title: e.title, electionDay: e.electionDay,
    elected: elected.map((m) => ({ name: m.name, position: m.position, positionName: positionNames[m.position as Position], votes: m.votes, round: m.roundNo })),
    rounds: rounds.map((r) => ({ roundNo: r.roundNo, kind: r.kind, position: r.position, seats: r.seats + r.womenSeats, valid: r.outcome?.valid ?? null, majorityMinVotes: r.outcome?.majorityMinVotes ?? null, thresholdMinVotes: r.outcome?.thresholdMinVotes ?? null,
      seatsUnfilled: r.outcome?.seatsUnfilled ?? null, vacancyMayRemain: r.outcome?.vacancyMayRemain ?? null, reasons: r.outcome?.reasons ?? [] })),
  } }, now);
  await t(w.trx).updateTable('election').set({ resultsPublishedAt: now }).where('id', '=', id).execute();
  await w.audit({ action: 'elections.publishResults', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode, after: { seq: rec.seq, elected: elected.length } });
  return rec;
}

export async function issueCertificates(w: Write, id: number, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  await sendEvent(w, electionProcedure, e.procedureId, { type: 'issueCertificates' }, actor, now);
  await t(w.trx).updateTable('election').set({ certificatesIssuedOn: chinaDate(now) }).where('id', '=', id).execute();
  await w.audit({ action: 'elections.certificates', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode });
}
export async function completeHandover(w: Write, id: number, actor: ProcActor, now: Date) {
  const e = await requireElection(w.trx, id);
  await sendEvent(w, electionProcedure, e.procedureId, { type: 'completeHandover' }, actor, now);
  await t(w.trx).updateTable('election').set({ handedOverOn: chinaDate(now) }).where('id', '=', id).execute();
  await w.audit({ action: 'elections.handover', targetType: 'election', targetId: id, jurisdictionCode: e.villageCode });
}

// --- views

export async function electionsOf(db: AnyDB, villageCode: string) {
  return t(db).selectFrom('election').select(['id', 'title', 'kind', 'profile', 'electionDay', 'rollPublishedOn', 'candidatesPublishedOn', 'resultsPublishedAt', 'villageCode', 'byElection']).where('villageCode', '=', villageCode).orderBy('electionDay', 'desc').orderBy('id', 'desc').execute();
}

export async function electionView(db: AnyDB, id: number, calendar: WorkingCalendar, now: Date) {
  const e = await requireElection(db, id);
  const p = await getProcedure(db, e.procedureId);
  const today = chinaDate(now);
  const voters = await t(db).selectFrom('voter').select(['id', 'residentId', 'name', 'groupName', 'female', 'included', 'way', 'reason', 'source']).where('electionId', '=', id).orderBy('id').execute();
  const objections = await t(db).selectFrom('rollObjection').selectAll().where('electionId', '=', id).orderBy('id').execute();
  const committee = await t(db).selectFrom('electionCommitteeMember').selectAll().where('electionId', '=', id).orderBy('id').execute();
  const rounds = await roundsOf(db, id);
  const lastRound = rounds.length ? rounds[rounds.length - 1]!.roundNo : null;
  return {
    ...e, state: p.state, stateLabel: electionProcedure.stateLabels[p.state],
    steps: await timelineOf(db, e, calendar, today),
    events: (await procedureTimeline(db, e.procedureId)).map(({ actorLabel: _a, ...x }) => x),
    committee: committee.map((m) => ({ id: m.id, name: m.name, post: m.post, withdrawnOn: m.withdrawnOn, withdrawReason: m.withdrawReason })),
    voters: { included: voters.filter((v) => v.included).length, excluded: voters.filter((v) => !v.included).length, list: voters },
    objections: objections.map((o) => ({ ...o, overdue: o.decision === null && today > o.decisionDue })),
    proxies: await proxiesOf(db, id),
    rounds,
    counts: lastRound === null ? [] : await countsOf(db, e, lastRound),
    currentRound: lastRound,
    elected: await electedOf(db, id),
  };
}

/** What the public sees: exactly the ledger payloads (roll, candidates, results) and the proxy list. */
export async function publicElection(db: AnyDB, id: number) {
  const e = await requireElection(db, id);
  const entries = await ledgerEntries(db, e.villageCode, { recordIds: [String(id)] });
  const latest = (kind: string) => entries.filter((x) => x.kind === kind).sort((a, b) => b.seq - a.seq)[0] ?? null;
  const pick = (kind: string) => { const r = latest(kind); return r ? { seq: r.seq, hash: r.hash, publishedAt: r.publishedAt, payload: r.payload } : null; };
  return {
    id: e.id, title: e.title, kind: e.kind, villageCode: e.villageCode, electionDay: e.electionDay,
    roll: pick(ROLL_KIND), candidates: pick(CANDIDATES_KIND), results: pick(RESULTS_KIND),
    // 组织法 Art.15¶4: the committee publishes the list of principals and proxies.
    proxies: e.candidatesPublishedOn ? (await proxiesOf(db, id)).map((x) => ({ principal: x.principal, proxy: x.proxy })) : [],
  };
}

/** The township's (or county's) view: every election under it, with overdue steps and results. */
export async function overview(db: AnyDB, villages: { code: string; name: string }[], calendar: WorkingCalendar, now: Date) {
  const today = chinaDate(now);
  const out = [];
  for (const v of villages) {
    for (const row of await electionsOf(db, v.code)) {
      const e = await requireElection(db, row.id);
      const steps = await timelineOf(db, e, calendar, today);
      const elected = await electedOf(db, e.id);
      const seats = Object.values(e.seats).reduce((s, n) => s + n, 0);
      out.push({ id: e.id, villageCode: v.code, villageName: v.name, title: e.title, electionDay: e.electionDay, state: (await getProcedure(db, e.procedureId)).state,
        seats, elected: elected.map((m) => ({ name: m.name, position: m.position, votes: m.votes })), overdue: steps.filter((s) => s.status === 'overdue').map((s) => ({ key: s.key, label: s.label, due: s.due })) });
    }
  }
  return out;
}

export async function openElections(db: AnyDB) {
  return t(db).selectFrom('election').select(['id', 'villageCode']).where('handedOverOn', 'is', null).execute();
}

export function certificateSubject(e: Election, m: { name: string; position: string; votes: number }) {
  return { title: e.title, name: m.name, positionName: positionNames[m.position as Position] ?? m.position, electionDay: e.electionDay };
}
