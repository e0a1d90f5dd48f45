// 议事协商 use cases: the consultation catalogue, topics proposed and taken step by step (a
// procedure on the shared engine, so its public timeline comes from the event log), threaded
// comments while a topic is open, and moderation that keeps the reason visible.
import { AppError, bi, fieldError, type FieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { findProcedure, getProcedure, sendEvent, startProcedure, type ProcActor, type ProcEvent, type ProcedureDefinition } from '../../core/procedure/engine.ts';
import { covers } from '../../core/jurisdiction-codes.ts';
import { consultationMachine, consultationProcedureSteps, consultationStateLabels, stepTextProblems } from './rules.ts';
import type { ConsultationTables } from './tables.ts';

const t = (db: AnyDB) => ownTables<ConsultationTables>(db);

export const consultation: ProcedureDefinition = {
  kind: 'consultation',
  machine: consultationMachine,
  steps: consultationProcedureSteps,
  stateLabels: consultationStateLabels,
  async check(_db, _p, e): Promise<FieldError[]> {
    return stepTextProblems(e);
  },
};

export async function categoriesFor(db: AnyDB, code: string) {
  return (await t(db).selectFrom('consultationCategory').selectAll().orderBy('id').execute()).filter((c) => covers(c.scopeCode, code));
}

export async function propose(w: Write, code: string, input: { categoryId: number; title: string; description: string }, actor: ProcActor, now: Date) {
  const cat = await t(w.trx).selectFrom('consultationCategory').selectAll().where('id', '=', input.categoryId).executeTakeFirst();
  if (!cat || !covers(cat.scopeCode, code)) throw AppError.validation([fieldError('categoryId', 'consultation.category', bi('该类别不在本地的议事协商目录中', 'Not a category of the local consultation catalogue'))]);
  return startProcedure(w, consultation, code, input.title, { categoryId: input.categoryId, description: input.description }, actor, now);
}

export const advance = (w: Write, id: number, event: ProcEvent, actor: ProcActor, now: Date) => sendEvent(w, consultation, id, event, actor, now, String(event.text ?? '') || null);

export async function comment(w: Write, id: number, input: { body: string; parentId?: number | null | undefined }, author: { accountId: number; name: string }, now: Date) {
  const p = await getProcedure(w.trx, id);
  if (p.kind !== 'consultation') throw AppError.notFound(bi(`没有议题 ${id}`, `No topic ${id}`));
  if (p.state !== 'open') throw AppError.conflict(bi('只有协商中的议题可以留言', 'Comments are open only while the topic is open'));
  if (input.parentId != null) {
    const parent = await t(w.trx).selectFrom('consultationComment').select(['id', 'parentId']).where('id', '=', input.parentId).where('procedureId', '=', id).executeTakeFirst();
    if (!parent) throw AppError.validation([fieldError('parentId', 'comment.parent', bi('回复的留言不存在', 'The comment replied to does not exist'))]);
    if (parent.parentId !== null) throw AppError.validation([fieldError('parentId', 'comment.depth', bi('只能回复一级留言', 'Replies go one level deep'))]);
  }
  const row = await t(w.trx).insertInto('consultationComment').values({ procedureId: id, parentId: input.parentId ?? null, authorAccountId: author.accountId, authorName: author.name, body: input.body, hidden: false, hiddenReason: null, createdAt: now })
    .returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'consultation.comment', targetType: 'consultationComment', targetId: row.id, jurisdictionCode: p.villageCode, after: { procedureId: id } });
  return row;
}

/** Moderation keeps the comment and says why it is hidden. */
export async function moderate(w: Write, commentId: number, reason: string) {
  const c = await t(w.trx).selectFrom('consultationComment').select(['id', 'procedureId']).where('id', '=', commentId).executeTakeFirst();
  if (!c) throw AppError.notFound(bi('没有该留言', 'No such comment'));
  const p = await getProcedure(w.trx, c.procedureId);
  await t(w.trx).updateTable('consultationComment').set({ hidden: true, hiddenReason: reason }).where('id', '=', commentId).execute();
  await w.audit({ action: 'consultation.moderate', targetType: 'consultationComment', targetId: commentId, jurisdictionCode: p.villageCode, after: { reason } });
}

/** The village of a consultation topic, or null when there is no such topic (another kind of
 * procedure is not a topic): the loader of the "consultation" resource. */
export async function villageOfTopic(db: AnyDB, id: number): Promise<string | null> {
  return (await findProcedure(db, consultation.kind, id))?.villageCode ?? null;
}

/** The village of a comment's topic, or null when there is no such comment. */
export async function villageOfComment(db: AnyDB, commentId: number): Promise<string | null> {
  const c = await t(db).selectFrom('consultationComment').select('procedureId').where('id', '=', commentId).executeTakeFirst();
  return c ? villageOfTopic(db, c.procedureId) : null;
}

/** Top-level comments, 20 a page, each with its replies; hidden ones show only the reason. */
export async function comments(db: AnyDB, id: number, opts: { after?: number | undefined; limit: number }) {
  let q = t(db).selectFrom('consultationComment').selectAll().where('procedureId', '=', id).where('parentId', 'is', null);
  if (opts.after) q = q.where('id', '>', opts.after);
  const top = await q.orderBy('id').limit(opts.limit + 1).execute();
  const page = top.slice(0, opts.limit);
  const replies = page.length ? await t(db).selectFrom('consultationComment').selectAll().where('parentId', 'in', page.map((c) => c.id)).orderBy('id').execute() : [];
  const show = (c: (typeof top)[number]) => ({ id: c.id, parentId: c.parentId, authorName: c.hidden ? null : c.authorName, body: c.hidden ? null : c.body, hidden: c.hidden, hiddenReason: c.hiddenReason, createdAt: c.createdAt });
  return { items: page.map((c) => ({ ...show(c), replies: replies.filter((r) => r.parentId === c.id).map(show) })), nextCursor: top.length > opts.limit ? page[page.length - 1]!.id : null };
}

/** Seed 001: the kinds of matters a community deliberates (议事协商事项指导目录). */
export const defaultCategories = ['公共设施建设与管护', '环境卫生与人居环境整治', '公益事业兴办', '集体经济发展与收益分配', '邻里关系与公共秩序', '养老托幼等社区服务', '村规民约、居民公约的修订'];

export async function installCategories(db: AnyDB, countyCode: string) {
  const have = new Set((await t(db).selectFrom('consultationCategory').select('title').where('scopeCode', '=', countyCode).execute()).map((c) => c.title));
  const rows = defaultCategories.filter((c) => !have.has(c)).map((title) => ({ scopeCode: countyCode, title }));
  if (rows.length) await t(db).insertInto('consultationCategory').values(rows).execute();
}
