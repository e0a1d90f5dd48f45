// Meetings: scheduled with the statutory notice, an attendance roll, motions voted with the
// quorum and pass rule of their kind, minutes. A meeting without quorum passes nothing.
import { AppError, bi, fieldError } from '../../../core/errors.ts';
import { ownTables } from '../../../core/module.ts';
import type { AnyDB } from '../../../core/db/database.ts';
import type { Write } from '../../../core/access/guard.ts';
import type { WorkingCalendar } from '../../../core/calendar/calendar.ts';
import { notify } from '../../../core/notifications/notifications.ts';
import { requireVillage } from '../../jurisdictions/service.ts';
import { adultsAndHouseholds, committeeRoster, partyMembers, residentsBasic } from '../../people/service.ts';
import { meetingOutcome, noticeDeadline, type MeetingKind } from '../rules.ts';
import { getProcedure } from '../../../core/procedure/engine.ts';

const ownerOfProcedure = async (db: AnyDB, id: number) => (await getProcedure(db, id)).villageCode;
import type { DecisionTables } from '../tables.ts';

const t = (db: AnyDB) => ownTables<DecisionTables>(db);

export interface MeetingInput {
  kind: MeetingKind;
  title: string;
  meetingDate: string;
  place: string;
  agenda: string;
  procedureId?: number | null | undefined;
  /** Required for a group meeting (the group's adults and households); derived for other kinds. */
  eligible?: { adults?: number | undefined; households?: number | undefined; members?: number | undefined } | undefined;
  /** Calendar days of notice where the law is silent (the village's own rule). */
  localNoticeDays?: number | undefined;
}

/** Who sits in member-based meetings: the roll is taken from the registers. */
async function roster(db: AnyDB, code: string, kind: MeetingKind, today: string): Promise<{ name: string; residentId: number | null }[]> {
  if (kind === 'partyMembersMeeting') return (await partyMembers(db, code)).map((p) => ({ name: p.name, residentId: p.id }));
  const committee = await committeeRoster(db, code, today);
  const unique = (rows: { residentId: number; name: string }[]) => [...new Map(rows.map((r) => [r.residentId, { name: r.name, residentId: r.residentId }])).values()];
  if (kind === 'partyBranchMeeting') return unique(committee.filter((c) => c.body === 'partyBranch'));
  if (kind === 'committeesMeeting') return unique(committee.filter((c) => c.body !== 'supervisoryCommittee'));
  if (kind === 'representativesMeeting') {
    // 村民代表会议由村民委员会成员和村民代表组成 (组织法 Art.25).
    const reps = await t(db).selectFrom('representative').select(['residentId', 'name']).where('villageCode', '=', code).where('status', '=', 'active').execute();
    return unique([...committee.filter((c) => c.body === 'residentsCommittee'), ...reps]);
  }
  return [];
}

export async function scheduleMeeting(w: Write, code: string, input: MeetingInput, cal: WorkingCalendar, today: string, now: Date) {
  await requireVillage(w.trx, code);
  if (input.meetingDate < today) throw AppError.validation([fieldError('meetingDate', 'meeting.past', bi('会议日期不能早于今天', 'The meeting date is in the past'))]);
  const notice = noticeDeadline(input.kind, input.meetingDate, cal, input.localNoticeDays);
  if (notice.latestNoticeDate && today > notice.latestNoticeDate) {
    throw AppError.validation([fieldError('meetingDate', `${input.kind}.noticePeriod`, bi(
      `${notice.reasons[0]!.message}（${notice.reasons[0]!.article}）：今天通知，会议最早只能定在最迟通知日 ${notice.latestNoticeDate} 之后的相应日期`,
      `Too late to give the statutory notice (${notice.reasons[0]!.article}): notice had to be given by ${notice.latestNoticeDate}`))]);
  }
  if (input.procedureId != null) {
    const owner = await ownerOfProcedure(w.trx, input.procedureId).catch(() => null);
    if (owner !== code) throw AppError.validation([fieldError('procedureId', 'meeting.procedure', bi('该事项不属于本村(社区)', 'The matter does not belong to this village'))]);
  }
  const members = await roster(w.trx, code, input.kind, today);
  let eligible = input.eligible ?? {};
  if (input.kind === 'villagersAssembly' || input.kind === 'residentsMeeting') {
    const c = await adultsAndHouseholds(w.trx, code, input.meetingDate);
    eligible = { adults: c.adults, households: c.households };
  } else if (input.kind === 'groupMeeting') {
    if (eligible.adults === undefined) throw AppError.validation([fieldError('eligible.adults', 'meeting.groupEligible', bi('村民小组会议须给出本组十八周岁以上村民人数', 'A group meeting needs the number of the group\'s adults'))]);
  } else {
    eligible = { members: members.length };
    if (members.length === 0) throw AppError.validation([fieldError('kind', 'meeting.noMembers', bi('名册中没有该会议的组成人员', 'The registers list no members for this meeting'))]);
  }
  const row = await t(w.trx).insertInto('meeting').values({
    villageCode: code, kind: input.kind, title: input.title, meetingDate: input.meetingDate, place: input.place, agenda: input.agenda,
    procedureId: input.procedureId ?? null, status: 'scheduled', noticeGivenOn: today, eligible: JSON.stringify(eligible), present: null, quorate: null, minutes: null, createdAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  if (members.length) {
    await t(w.trx).insertInto('meetingAttendance').values(members.map((m) => ({ meetingId: row.id, name: m.name, residentId: m.residentId, status: 'absent' as const }))).execute();
    // Notice to each member with a phone, through the outbox (sent when an SMS adapter is configured).
    const people = await residentsBasic(w.trx, members.map((m) => m.residentId).filter((x): x is number => x !== null));
    await notify(w.trx, people.filter((p) => p.phone).map((p) => ({
      channel: 'sms' as const, phone: p.phone, jurisdictionCode: code, kind: 'meeting.notice', subject: '会议通知',
      body: `${input.meetingDate} 在${input.place}召开「${input.title}」，议题：${input.agenda.slice(0, 60)}`, dedupeKey: `meeting:${row.id}:notice:${p.id}`,
    })));
  }
  await w.audit({ action: 'decisions.meeting', targetType: 'meeting', targetId: row.id, jurisdictionCode: code, after: { kind: input.kind, meetingDate: input.meetingDate, notice } });
  return getMeeting(w.trx, row.id);
}

export async function getMeeting(db: AnyDB, id: number) {
  const m = await t(db).selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw AppError.notFound(bi(`没有会议 ${id}`, `No meeting ${id}`));
  const [attendance, motions] = await Promise.all([
    t(db).selectFrom('meetingAttendance').select(['id', 'name', 'residentId', 'status']).where('meetingId', '=', id).orderBy('id').execute(),
    t(db).selectFrom('meetingMotion').select(['id', 'title', 'votesFor', 'votesAgainst', 'votesAbstain', 'passed', 'reasons']).where('meetingId', '=', id).orderBy('id').execute(),
  ]);
  return { ...m, eligible: m.eligible as Record<string, number>, present: m.present as Record<string, number> | null, attendance, motions };
}

/** The village of a meeting, or null when there is none (the meeting resource's loader). */
export async function villageOfMeeting(db: AnyDB, id: number): Promise<string | null> {
  const m = await t(db).selectFrom('meeting').select('villageCode').where('id', '=', id).executeTakeFirst();
  return m?.villageCode ?? null;
}

export async function listMeetings(db: AnyDB, code: string, procedureId?: number) {
  let q = t(db).selectFrom('meeting').select(['id', 'kind', 'title', 'meetingDate', 'place', 'status', 'quorate', 'procedureId']).where('villageCode', '=', code);
  if (procedureId) q = q.where('procedureId', '=', procedureId);
  return q.orderBy('meetingDate', 'desc').orderBy('id', 'desc').limit(200).execute();
}

/** The roll (member-based kinds) or the head counts (assembly, group and residents' meetings). */
export async function recordAttendance(w: Write, id: number, today: string, input: { statuses?: { id: number; status: 'present' | 'absent' | 'leave' }[] | undefined; persons?: number | undefined; households?: number | undefined }) {
  const m = await getMeeting(w.trx, id);
  if (m.status !== 'scheduled') throw AppError.conflict(bi('会议已结束或已取消，不能再改出席情况', 'The meeting is over or cancelled; attendance can no longer change'));
  notBefore(m.meetingDate, today);
  let present: { persons: number; households?: number | undefined };
  if (m.attendance.length) {
    for (const s of input.statuses ?? []) {
      if (!m.attendance.some((a) => a.id === s.id)) throw AppError.validation([fieldError('statuses', 'attendance.notMember', bi('名单中没有此人', 'Not on this meeting\'s roll'))]);
      await t(w.trx).updateTable('meetingAttendance').set({ status: s.status }).where('id', '=', s.id).execute();
    }
    const after = await t(w.trx).selectFrom('meetingAttendance').select('status').where('meetingId', '=', id).execute();
    present = { persons: after.filter((a) => a.status === 'present').length };
  } else {
    if (input.persons === undefined) throw AppError.validation([fieldError('persons', 'attendance.count', bi('请填写出席人数', 'Give the number present'))]);
    const e = m.eligible;
    if (e.adults !== undefined && input.persons > e.adults) throw AppError.validation([fieldError('persons', 'attendance.tooMany', bi(`出席人数超过应到人数 ${e.adults}`, `More present than the ${e.adults} eligible`))]);
    if (e.households !== undefined && input.households !== undefined && input.households > e.households) throw AppError.validation([fieldError('households', 'attendance.tooMany', bi(`户数超过 ${e.households}`, `More households than ${e.households}`))]);
    present = { persons: input.persons, households: input.households };
  }
  const outcome = meetingOutcome({ kind: m.kind, eligible: m.eligible, present });
  await t(w.trx).updateTable('meeting').set({ present: JSON.stringify(present), quorate: outcome.quorate }).where('id', '=', id).execute();
  await w.audit({ action: 'decisions.meeting', targetType: 'meeting', targetId: id, jurisdictionCode: m.villageCode, after: { present, quorate: outcome.quorate } });
  return { ...(await getMeeting(w.trx, id)), outcome };
}

/** A motion's vote. Without quorum it cannot pass, whatever the count. */
function notBefore(meetingDate: string, today: string) {
  // A meeting is held on its day: recording it earlier would empty the notice period.
  if (today < meetingDate) throw AppError.conflict(bi(`会议定于 ${meetingDate} 召开，当天才能登记出席和表决`, `The meeting is on ${meetingDate}; attendance and votes are recorded on that day`), [fieldError('meetingDate', 'meeting.notYet', bi('会议尚未召开', 'The meeting has not taken place yet'))]);
}

export async function recordMotion(w: Write, id: number, today: string, input: { title: string; for: number; against: number; abstain: number }) {
  const m = await getMeeting(w.trx, id);
  if (m.status === 'cancelled') throw AppError.conflict(bi('会议已取消', 'The meeting was cancelled'));
  notBefore(m.meetingDate, today);
  if (!m.present) throw AppError.validation([fieldError('attendance', 'motion.noAttendance', bi('请先登记出席情况', 'Record attendance first'))]);
  const outcome = meetingOutcome({ kind: m.kind, eligible: m.eligible, present: m.present, votes: { for: input.for, against: input.against, abstain: input.abstain } });
  const row = await t(w.trx).insertInto('meetingMotion').values({ meetingId: id, title: input.title, votesFor: input.for, votesAgainst: input.against, votesAbstain: input.abstain, passed: !!outcome.passed, reasons: JSON.stringify(outcome.reasons) })
    .returning('id').executeTakeFirstOrThrow();
  await t(w.trx).updateTable('meeting').set({ status: 'held' }).where('id', '=', id).execute();
  await w.audit({ action: 'decisions.meeting', targetType: 'meetingMotion', targetId: row.id, jurisdictionCode: m.villageCode, after: { title: input.title, for: input.for, against: input.against, abstain: input.abstain, passed: outcome.passed } });
  return { ...(await getMeeting(w.trx, id)), outcome };
}

export async function closeMeeting(w: Write, id: number, today: string, input: { status: 'held' | 'cancelled'; minutes?: string | undefined }) {
  const m = await getMeeting(w.trx, id);
  if (input.status === 'held') notBefore(m.meetingDate, today);
  if (m.status === 'cancelled') throw AppError.conflict(bi('会议已取消', 'The meeting was cancelled'));
  if (input.status === 'cancelled' && m.motions.length) throw AppError.conflict(bi('会议已经表决，不能取消', 'The meeting has voted; it cannot be cancelled'));
  await t(w.trx).updateTable('meeting').set({ status: input.status, minutes: input.minutes ?? m.minutes }).where('id', '=', id).execute();
  await w.audit({ action: 'decisions.meeting', targetType: 'meeting', targetId: id, jurisdictionCode: m.villageCode, before: { status: m.status }, after: { status: input.status } });
  return getMeeting(w.trx, id);
}
