// 议事协商: a topic from the consultation catalogue (seed 001: 议事协商事项指导目录), pre-reviewed
// by the committee (预审), discussed online in threaded comments (moderated) and in person,
// then its result adopted, carried out and reported back (协商成果采纳、落实、反馈). The topic is a
// procedure on the shared engine, so its public timeline comes from the event log.
import { assign, setup } from 'xstate';
import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import { AppError, bi, fieldError, type FieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { getProcedure, sendEvent, startProcedure, type ProcActor, type ProcEvent, type ProcedureDefinition } from '../../core/procedure/engine.ts';
import { covers } from '../../core/jurisdiction-codes.ts';

export interface ConsultationTables {
  consultationCategory: { id: Generated<number>; scopeCode: string; title: string };
  consultationComment: {
    id: Generated<number>;
    procedureId: number;
    parentId: number | null;
    authorAccountId: number;
    authorName: string;
    body: string;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: Date;
  };
}
const t = (db: AnyDB) => ownTables<ConsultationTables>(db);

export interface ConsultationContext { categoryId: number; description: string; preReview: string | null; sessionOutcome: string | null; decision: string | null; feedback: string | null }

const machine = setup({
  types: { context: {} as ConsultationContext, input: {} as { categoryId: number; description: string }, events: {} as ProcEvent },
  actions: {
    note: assign(({ event }, params: { key: keyof ConsultationContext }) => ({ [params.key]: String(event.text ?? '') }) as Partial<ConsultationContext>),
  },
}).createMachine({
  id: 'consultation',
  initial: 'submitted',
  context: ({ input }) => ({ ...input, preReview: null, sessionOutcome: null, decision: null, feedback: null }),
  states: {
    submitted: { on: { accept: { target: 'open', actions: { type: 'note', params: { key: 'preReview' } } }, decline: { target: 'declined', actions: { type: 'note', params: { key: 'preReview' } } } } },
    open: { on: { recordSession: { target: 'deliberated', actions: { type: 'note', params: { key: 'sessionOutcome' } } } } },
    deliberated: { on: { adopt: { target: 'adopted', actions: { type: 'note', params: { key: 'decision' } } }, notAdopt: { target: 'notAdopted', actions: { type: 'note', params: { key: 'decision' } } } } },
    adopted: { on: { implement: 'implementing' } },
    implementing: { on: { reportBack: { target: 'closed', actions: { type: 'note', params: { key: 'feedback' } } } } },
    notAdopted: { on: { reportBack: { target: 'closed', actions: { type: 'note', params: { key: 'feedback' } } } } },
    declined: { type: 'final' },
    closed: { type: 'final' },
  },
});

export const consultation: ProcedureDefinition = {
  kind: 'consultation',
  machine,
  roles: { accept: ['committeeMember'], decline: ['committeeMember'], recordSession: ['committeeMember'], adopt: ['committeeMember'], notAdopt: ['committeeMember'], implement: ['committeeMember'], reportBack: ['committeeMember'] },
  stateLabels: {
    submitted: bi('待预审', 'Awaiting pre-review'), open: bi('协商中', 'Open for deliberation'), deliberated: bi('已协商', 'Deliberated'),
    adopted: bi('成果已采纳', 'Result adopted'), notAdopted: bi('成果未采纳', 'Result not adopted'), implementing: bi('落实中', 'Being carried out'),
    closed: bi('已反馈', 'Reported back'), declined: bi('预审未通过', 'Declined at pre-review'),
  },
  async check(_db, _p, e): Promise<FieldError[]> {
    // Every step that closes a stage says what was decided, so the resident sees why.
    if (e.type !== 'implement' && !String(e.text ?? '').trim()) return [fieldError('text', 'consultation.text', bi('请写明理由或结果', 'State the reason or the result'))];
    return [];
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

export async function villageOfComment(db: AnyDB, commentId: number): Promise<string> {
  const c = await t(db).selectFrom('consultationComment').select('procedureId').where('id', '=', commentId).executeTakeFirst();
  if (!c) throw AppError.notFound(bi('没有该留言', 'No such comment'));
  return (await getProcedure(db, c.procedureId)).villageCode;
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

export const consultationMigrations: Record<string, Migration> = {
  '202611220050_consultation_topics': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE consultation_category (id serial PRIMARY KEY, scope_code varchar(12) NOT NULL, title text NOT NULL);
        CREATE TABLE consultation_comment (
          id serial PRIMARY KEY,
          procedure_id integer NOT NULL,
          parent_id integer REFERENCES consultation_comment(id),
          author_account_id integer NOT NULL,
          author_name text NOT NULL,
          body text NOT NULL,
          hidden boolean NOT NULL DEFAULT false,
          hidden_reason text,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX consultation_comment_idx ON consultation_comment(procedure_id, parent_id, id);
      `.execute(db);
    },
  },
};
