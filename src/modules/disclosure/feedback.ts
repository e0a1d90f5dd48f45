// The opinion box (意见箱): questions about the board or an entry, answered by the supervisory
// committee within a set number of working days; overdue questions escalate to the township.
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { systemCapacity, write, type Write } from '../../core/access/guard.ts';
import { accountsReaching } from '../../core/access/service.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { CalendarNotCoveredError, type WorkingCalendar } from '../../core/calendar/calendar.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { maskPhone } from '../../core/privacy.ts';
import { settingsFor } from './catalog.ts';
import type { DisclosureTables } from './tables.ts';
import { chinaDate } from '../../core/time.ts';

const t = (db: AnyDB) => ownTables<DisclosureTables>(db);

export interface Asker { accountId: number; name: string | null }

export async function ask(w: Write, villageCode: string, input: { entryId?: number | null | undefined; question: string; private?: boolean | undefined },
  asker: { accountId: number | null; name: string | null; phone: string | null }, cal: WorkingCalendar, now: Date) {
  if (input.entryId != null) {
    const e = await t(w.trx).selectFrom('disclosureEntry').select(['villageCode', 'status']).where('id', '=', input.entryId).executeTakeFirst();
    if (!e || e.villageCode !== villageCode || e.status !== 'published') {
      throw AppError.validation([fieldError('entryId', 'feedback.entry', bi('该公开内容不存在或尚未发布', 'No such published entry in this village'))]);
    }
  }
  const s = await settingsFor(w.trx, villageCode);
  // When the holiday calendar of the due year is not entered, the due date is unknown: the
  // question is still taken, and the compliance pages say why it has no due date.
  let dueOn: string | null = null;
  try { dueOn = cal.addWorkingDays(chinaDate(now), s.feedbackWorkingDays); } catch (e) { if (!(e instanceof CalendarNotCoveredError)) throw e; }
  const row = await t(w.trx).insertInto('disclosureFeedback').values({
    villageCode, entryId: input.entryId ?? null, askerAccountId: asker.accountId, askerName: asker.name, phone: asker.phone,
    question: input.question, private: input.private ?? false, createdAt: now, dueOn, answer: null, answeredBy: null, answeredAt: null, escalatedAt: null,
  }).returning(['id', 'dueOn']).executeTakeFirstOrThrow();
  const supervisors = await accountsReaching(w.trx, 'supervisor', villageCode);
  await notify(w.trx, supervisors.map((a) => ({
    accountId: a.accountId, jurisdictionCode: villageCode, kind: 'disclosure.feedback', subject: '意见箱有新的问题',
    body: `${input.question.slice(0, 60)}${dueOn ? `（请于 ${dueOn} 前答复）` : ''}`, link: `/staff/disclosure/feedback?at=${villageCode}`,
  })));
  await w.audit({ action: asker.accountId ? 'disclosure.ask' : 'disclosure.askByPhone', targetType: 'feedback', targetId: row.id, jurisdictionCode: villageCode,
    after: { entryId: input.entryId ?? null, by: asker.accountId ? `account ${asker.accountId}` : maskPhone(asker.phone ?? '') } });
  return { id: row.id, dueOn: row.dueOn };
}

/** The village of a question, or null when there is none (the disclosureFeedback resource). */
export async function villageOfFeedback(db: AnyDB, id: number): Promise<string | null> {
  const r = await t(db).selectFrom('disclosureFeedback').select('villageCode').where('id', '=', id).executeTakeFirst();
  return r?.villageCode ?? null;
}

export async function answer(w: Write, id: number, input: { answer: string; private?: boolean | undefined }, by: string, now: Date) {
  const f = await t(w.trx).selectFrom('disclosureFeedback').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  if (f.answer) throw AppError.conflict(bi('该问题已经答复', 'This question has already been answered'));
  await t(w.trx).updateTable('disclosureFeedback').set({ answer: input.answer, answeredBy: by, answeredAt: now, private: input.private ?? f.private }).where('id', '=', id).execute();
  if (f.askerAccountId) {
    await notify(w.trx, [{ accountId: f.askerAccountId, jurisdictionCode: f.villageCode, kind: 'disclosure.answer', subject: '您的问题已答复', body: input.answer.slice(0, 80), link: f.entryId ? `/v/${f.villageCode}/d/${f.entryId}` : `/v/${f.villageCode}` }]);
  } else if (f.phone) {
    await notify(w.trx, [{ channel: 'sms', phone: f.phone, jurisdictionCode: f.villageCode, kind: 'disclosure.answer', subject: '您的问题已答复', body: input.answer.slice(0, 60) }]);
  }
  await w.audit({ action: 'disclosure.answer', targetType: 'feedback', targetId: id, jurisdictionCode: f.villageCode, after: { private: input.private ?? f.private } });
}

export async function staffFeedback(db: AnyDB, villageCode: string, opts: { open?: boolean | undefined }) {
  let q = t(db).selectFrom('disclosureFeedback').select(['id', 'entryId', 'askerName', 'phone', 'askerAccountId', 'question', 'private', 'createdAt', 'dueOn', 'answer', 'answeredBy', 'answeredAt', 'escalatedAt'])
    .where('villageCode', '=', villageCode);
  if (opts.open) q = q.where('answer', 'is', null);
  const rows = await q.orderBy('id', 'desc').limit(200).execute();
  // Staff see whether a signed-in resident asked, never whose account it was.
  return rows.map(({ phone, askerAccountId, ...r }) => ({ ...r, phoneMasked: phone ? maskPhone(phone) : null, fromResident: askerAccountId !== null }));
}

/** Answered, non-private questions: shown to everyone under the entry or the board. */
export async function publicFeedback(db: AnyDB, villageCode: string, entryId: number | null) {
  let q = t(db).selectFrom('disclosureFeedback').select(['id', 'entryId', 'question', 'answer', 'createdAt', 'answeredAt'])
    .where('villageCode', '=', villageCode).where('private', '=', false).where('answer', 'is not', null);
  q = entryId ? q.where('entryId', '=', entryId) : q;
  return q.orderBy('id', 'desc').limit(100).execute();
}

const FEEDBACK_JOB = 'disclosure-feedback-escalate';

/** Job, as the system actor: overdue unanswered questions go up to the township, once each. */
export async function escalateOverdueFeedback(db: AnyDB, today: string, now: Date): Promise<number> {
  // Questions asked while the due year's holidays were not entered get their due date as soon as
  // the county enters that year.
  const cal = await loadCalendar(db);
  const undated = await t(db).selectFrom('disclosureFeedback').select(['id', 'villageCode', 'createdAt']).where('answer', 'is', null).where('dueOn', 'is', null).execute();
  for (const f of undated) {
    const s = await settingsFor(db, f.villageCode);
    let dueOn: string;
    try { dueOn = cal.addWorkingDays(chinaDate(f.createdAt), s.feedbackWorkingDays); } catch (e) { if (e instanceof CalendarNotCoveredError) continue; throw e; }
    await write(db, systemCapacity(FEEDBACK_JOB, f.villageCode), 'disclosure.feedbackDueDate', async (w) => {
      await t(w.trx).updateTable('disclosureFeedback').set({ dueOn }).where('id', '=', f.id).execute();
      await w.audit({ action: 'disclosure.feedbackDueDate', targetType: 'disclosureFeedback', targetId: f.id, jurisdictionCode: f.villageCode, before: { dueOn: null }, after: { dueOn } });
    });
  }
  const overdue = await t(db).selectFrom('disclosureFeedback').select(['id', 'villageCode', 'question', 'dueOn'])
    .where('answer', 'is', null).where('escalatedAt', 'is', null).where('dueOn', '<', today).execute();
  for (const f of overdue) {
    await write(db, systemCapacity(FEEDBACK_JOB, f.villageCode), 'disclosure.feedbackEscalate', async (w) => {
      const officials = await accountsReaching(w.trx, 'townshipOfficial', f.villageCode);
      await notify(w.trx, officials.map((o) => ({
        accountId: o.accountId, jurisdictionCode: f.villageCode, kind: 'disclosure.feedbackOverdue', subject: '意见箱问题逾期未答复',
        body: `${f.villageCode}：「${f.question.slice(0, 40)}」应于 ${f.dueOn} 前答复`, link: `/staff/disclosure/feedback?at=${f.villageCode}`, dedupeKey: `feedbackOverdue:${f.id}:${o.accountId}`,
      })));
      await t(w.trx).updateTable('disclosureFeedback').set({ escalatedAt: now }).where('id', '=', f.id).execute();
      await w.audit({ action: 'disclosure.feedbackEscalate', targetType: 'disclosureFeedback', targetId: f.id, jurisdictionCode: f.villageCode, before: { escalatedAt: null }, after: { escalatedAt: now, dueOn: f.dueOn } });
    });
  }
  return overdue.length;
}
