// The revision of a covenant (村规民约 / 居民公约) on the shared procedure engine, in the five steps
// of the 2018 guidance (shared/LAW.md §4): 征集民意 → 拟定草案 → 提请审核 → 审议表决 → 备案公布.
// Opinions are collected (online or entered by staff with who said it and how); drafts are saved
// as versions (every one kept, clauses with stable ids); residents comment on a clause and the
// drafters dispose of each comment with a reason; every clause is screened before review and
// again before the vote; the township decides each finding and cannot approve with an open
// "must change"; the villagers' assembly (or residents' meeting) adopts it (村民委员会组织法 Art.27,
// 城市居民委员会组织法 Art.15) with women present; the township records the filing and the
// committee publishes it to the village ledger.
import { assign, setup } from 'xstate';
import type { Selectable } from 'kysely';
import { AppError, bi, fieldError, RuleInputError, type FieldError } from '../../../core/errors.ts';
import { ownTables } from '../../../core/module.ts';
import type { AnyDB } from '../../../core/db/database.ts';
import type { Write } from '../../../core/access/guard.ts';
import { appendToLedger } from '../../../core/ledger/ledger.ts';
import { accountsReaching } from '../../../core/access/service.ts';
import { notify } from '../../../core/notifications/notifications.ts';
import { findProcedure, getProcedure, listProcedures, sendEvent, startProcedure, timeline, type ProcActor, type ProcEvent, type ProcedureDefinition } from '../../../core/procedure/engine.ts';
import { requireVillage } from '../../jurisdictions/service.ts';
import { getMeeting } from '../../decisions/service/index.ts';
import { assignClauseIds, clausesOf, numberChapters, womenParticipation } from '../rules.ts';
import { screenCovenant, type CovenantKind } from '../screen.ts';
import type { Chapter, CovenantTables } from '../tables.ts';

const t = (db: AnyDB) => ownTables<CovenantTables>(db);

export interface RevisionContext {
  covenantId: number;
  reviewVersionId: number | null;
  approvedVersionId: number | null;
  meetingId: number | null;
  motionId: number | null;
  womenPresent: number | null;
  adoptedOn: string | null;
  filedOn: string | null;
  publishedVersionId: number | null;
}

const machine = setup({
  types: { context: {} as RevisionContext, input: {} as { covenantId: number }, events: {} as ProcEvent },
}).createMachine({
  id: 'covenantRevision',
  initial: 'collecting',
  context: ({ input }) => ({ covenantId: input.covenantId, reviewVersionId: null, approvedVersionId: null, meetingId: null, motionId: null, womenPresent: null, adoptedOn: null, filedOn: null, publishedVersionId: null }),
  states: {
    collecting: { on: { draft: 'drafting' } },
    drafting: { on: { submitReview: { target: 'review', actions: assign({ reviewVersionId: ({ event }) => Number(event.versionId) }) } } },
    review: {
      on: {
        approve: { target: 'approved', actions: assign({ approvedVersionId: ({ context }) => context.reviewVersionId }) },
        returnDraft: { target: 'drafting', actions: assign({ reviewVersionId: null }) },
      },
    },
    approved: {
      on: {
        vote: {
          target: 'adopted',
          actions: assign({ meetingId: ({ event }) => Number(event.meetingId), motionId: ({ event }) => Number(event.motionId), womenPresent: ({ event }) => Number(event.womenPresent), adoptedOn: ({ event }) => String(event.adoptedOn) }),
        },
        returnDraft: { target: 'drafting', actions: assign({ reviewVersionId: null, approvedVersionId: null }) },
      },
    },
    adopted: { on: { file: { target: 'filed', actions: assign({ filedOn: ({ event }) => String(event.filedOn) }) } } },
    filed: { on: { publish: { target: 'published', actions: assign({ publishedVersionId: ({ context }) => context.approvedVersionId }) } } },
    published: { type: 'final' },
  },
});

export const revisionSteps = ['draft', 'submitReview', 'approve', 'returnDraft', 'vote', 'file', 'publish'] as const;
export type RevisionStep = (typeof revisionSteps)[number];

export const covenantRevision: ProcedureDefinition = {
  kind: 'covenantRevision',
  machine,
  // The committee runs the revision; the township reviews (approves or returns the draft) and
  // records the filing. Each action is judged by the permission chain on the revision's village.
  steps: {
    draft: { action: 'covenants.manage', label: bi('征集民意结束，开始拟定草案', 'Opinions collected; drafting began') },
    submitReview: { action: 'covenants.manage', label: bi('草案提请乡镇合法性审核', 'Draft submitted for the township\'s legality review') },
    approve: { action: 'covenants.review', label: bi('乡镇审核通过草案', 'The township approved the draft') },
    returnDraft: { action: 'covenants.review', label: bi('乡镇退回草案修改', 'The township returned the draft for redrafting') },
    vote: { action: 'covenants.manage', label: bi('村民会议（居民会议）表决通过', 'Adopted by the villagers\' assembly (residents\' meeting)') },
    file: { action: 'covenants.file', label: bi('报乡镇备案', 'Filed with the township') },
    publish: { action: 'covenants.manage', label: bi('公布施行', 'Published; in force') },
  },
  stateLabels: {
    collecting: bi('征集民意', 'Collecting opinions'),
    drafting: bi('拟定草案', 'Drafting'),
    review: bi('提请审核（乡镇合法性审查）', 'Submitted for the township\'s legality review'),
    approved: bi('审核通过，待审议表决', 'Approved; awaiting the vote'),
    adopted: bi('已表决通过，待备案', 'Adopted; awaiting filing'),
    filed: bi('已备案，待公布', 'Filed; awaiting publication'),
    published: bi('已公布施行', 'Published and in force'),
  },
  async check(db, p, e): Promise<FieldError[]> {
    const c = p.context as RevisionContext;
    switch (e.type) {
      case 'draft': {
        // Step 1 cannot be skipped: at least one opinion must be on the record.
        const n = await t(db).selectFrom('covenantOpinion').select((eb) => eb.fn.countAll<number>().as('n')).where('procedureId', '=', p.id).executeTakeFirstOrThrow();
        return Number(n.n) > 0 ? [] : [fieldError('opinions', 'covenant.step1.opinions', bi('尚未征集到任何意见：第一步「征集民意」不能跳过', 'No opinion has been collected: step 1 (collecting opinions) cannot be skipped'))];
      }
      case 'submitReview': {
        const problems: FieldError[] = [];
        const latest = await latestVersion(db, p.id);
        if (!latest || latest.id !== Number(e.versionId)) problems.push(fieldError('versionId', 'covenant.step2.draft', bi('还没有草案：请先拟定草案', 'There is no draft yet')));
        const open = await t(db).selectFrom('covenantComment').select('id').where('procedureId', '=', p.id).where('hidden', '=', false).where('disposition', 'is', null).execute();
        if (open.length) problems.push(fieldError('comments', 'covenant.step2.dispositions', bi(`还有 ${open.length} 条意见未作采纳与否的答复（须说明理由并随草案公布）`, `${open.length} comments have no disposition yet (adopted or not, with a reason)`)));
        return problems;
      }
      case 'approve': {
        const findings = await t(db).selectFrom('covenantFinding').selectAll().where('versionId', '=', c.reviewVersionId ?? -1).execute();
        const undecided = findings.filter((f) => f.decision === null);
        const must = findings.filter((f) => f.decision === 'mustChange');
        const problems: FieldError[] = [];
        if (undecided.length) problems.push(fieldError('findings', 'covenant.review.undecided', bi(`还有 ${undecided.length} 项审查意见未作决定`, `${undecided.length} findings have no decision yet`)));
        if (must.length) problems.push(fieldError('findings', 'covenant.review.mustChange', bi(`有 ${must.length} 项「必须修改」的审查意见（${must.map((f) => f.rule).join('、')}）：不能审核通过，请退回修改`, `${must.length} findings must be changed: the draft cannot be approved; return it for redrafting`)));
        return problems;
      }
      case 'returnDraft':
        return String(e.reason ?? '').trim().length >= 2 ? [] : [fieldError('reason', 'covenant.review.reason', bi('请写明退回理由', 'State why the draft is returned'))];
      case 'vote':
        return voteProblems(db, p, c, e);
      case 'file':
        return /^\d{4}-\d{2}-\d{2}$/.test(String(e.filedOn ?? '')) && String(e.filedOn) >= String(c.adoptedOn) ? []
          : [fieldError('filedOn', 'covenant.filing.date', bi('备案日期不能早于表决日期', 'The filing date cannot precede the vote'))];
      default:
        return [];
    }
  },
};

/** The vote: the 村民会议 / 居民会议 of this village, linked to this revision, held, motion passed, women present, no undecided or "must change" finding left. */
async function voteProblems(db: AnyDB, p: { id: number; villageCode: string }, c: RevisionContext, e: ProcEvent): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  const covenant = await t(db).selectFrom('covenant').selectAll().where('id', '=', c.covenantId).executeTakeFirstOrThrow();
  const needed = covenant.kind === 'community' ? 'residentsMeeting' : 'villagersAssembly';
  const meeting = await getMeeting(db, Number(e.meetingId)).catch(() => null);
  if (!meeting || meeting.villageCode !== p.villageCode || meeting.procedureId !== p.id) {
    return [fieldError('meetingId', 'covenant.vote.meeting', bi('须是本村（社区）为本次修订召开的会议', 'The meeting must be one this village held for this revision'))];
  }
  if (meeting.kind !== needed) {
    problems.push(fieldError('meetingId', 'covenant.vote.kind', covenant.kind === 'community'
      ? bi('居民公约由居民会议讨论制定（《城市居民委员会组织法》第十五条）', 'A residents\' covenant is adopted by the residents\' meeting (UCOL Art.15)')
      : bi('村规民约由村民会议制定（《村民委员会组织法》第二十七条）', 'Village rules are adopted by the villagers\' assembly (VCOL Art.27)')));
  }
  const motion = meeting.motions.find((m) => m.id === Number(e.motionId));
  if (!motion) problems.push(fieldError('motionId', 'covenant.vote.motion', bi('该会议没有这项表决', 'No such motion at this meeting')));
  else if (!motion.passed) problems.push(fieldError('motionId', 'covenant.vote.passed', bi('表决未通过', 'The motion did not pass')));
  const present = meeting.present?.persons ?? 0;
  try {
    const w = womenParticipation(present, Number(e.womenPresent));
    if (!w.ok) problems.push(fieldError('womenPresent', 'covenant.vote.women', bi(w.message, 'The guidance asks that women take part in the vote: no woman was present')));
  } catch (err) {
    if (err instanceof RuleInputError) problems.push(fieldError('womenPresent', 'covenant.vote.women', bi(err.message, err.message)));
    else throw err;
  }
  if (String(e.adoptedOn) !== meeting.meetingDate) problems.push(fieldError('adoptedOn', 'covenant.vote.date', bi('表决日期应为会议日期', 'The adoption date is the meeting\'s date')));
  // Screened again before the vote: every finding must have been decided "lawful" by the reviewer.
  const findings = await t(db).selectFrom('covenantFinding').selectAll().where('versionId', '=', c.approvedVersionId ?? -1).execute();
  const open = findings.filter((f) => f.decision !== 'lawful');
  if (open.length) problems.push(fieldError('findings', 'covenant.vote.findings', bi(`表决前复查发现 ${open.length} 项未经审核认定合法的问题，须先由乡镇审核`, `${open.length} findings of the screen before the vote were not decided lawful by the township`)));
  return problems;
}

// --- reading

/** The village of a covenant revision, or null when no revision has this id (another kind of
 * procedure is not a revision): the covenantRevision resource's loader. */
export async function villageOfRevision(db: AnyDB, id: number): Promise<string | null> {
  return (await findProcedure(db, covenantRevision.kind, id))?.villageCode ?? null;
}

export async function covenantOf(db: AnyDB, code: string) {
  return t(db).selectFrom('covenant').selectAll().where('villageCode', '=', code).executeTakeFirst();
}

async function ensureCovenant(w: Write, code: string, now: Date) {
  const existing = await covenantOf(w.trx, code);
  if (existing) return existing;
  const node = await requireVillage(w.trx, code);
  const kind: CovenantKind = node.kind === 'community' ? 'community' : 'village';
  await t(w.trx).insertInto('covenant').values({ villageCode: code, kind, title: `${node.shortName}${kind === 'community' ? '居民公约' : '村规民约'}`, inForceVersionId: null, warningDays: 180, nextClauseNo: 1, createdAt: now }).execute();
  return (await covenantOf(w.trx, code))!;
}

export async function getVersion(db: AnyDB, id: number) {
  const v = await t(db).selectFrom('covenantVersion').selectAll().where('id', '=', id).executeTakeFirst();
  if (!v) throw AppError.notFound(bi(`没有版本 ${id}`, `No version ${id}`));
  return { ...v, chapters: v.chapters as Chapter[] };
}

export async function latestVersion(db: AnyDB, procedureId: number) {
  const v = await t(db).selectFrom('covenantVersion').selectAll().where('procedureId', '=', procedureId).orderBy('id', 'desc').executeTakeFirst();
  return v ? { ...v, chapters: v.chapters as Chapter[] } : null;
}

export async function versionsOf(db: AnyDB, covenantId: number) {
  return t(db).selectFrom('covenantVersion').select(['id', 'number', 'procedureId', 'origin', 'status', 'note', 'createdAt', 'adoptedOn', 'ledgerSeq', 'ledgerHash'])
    .where('covenantId', '=', covenantId).orderBy('number', 'desc').execute();
}

export async function findingsOf(db: AnyDB, versionId: number) {
  return t(db).selectFrom('covenantFinding').selectAll().where('versionId', '=', versionId).orderBy('id').execute();
}

export async function opinionsOf(db: AnyDB, procedureId: number, withNames: boolean) {
  const rows = await t(db).selectFrom('covenantOpinion').selectAll().where('procedureId', '=', procedureId).orderBy('id').execute();
  return rows.map((o) => ({ id: o.id, body: o.body, source: o.source, createdAt: o.createdAt, ...(withNames ? { authorName: o.authorName, collectedBy: o.collectedBy } : {}) }));
}

/** Comments on a revision, 20 a page (by id), optionally on one clause; hidden ones only for staff. */
export async function commentsOf(db: AnyDB, procedureId: number, opts: { clauseId?: string | undefined; after?: number | undefined; limit: number; includeHidden?: boolean }) {
  let q = t(db).selectFrom('covenantComment').selectAll().where('procedureId', '=', procedureId);
  if (!opts.includeHidden) q = q.where('hidden', '=', false);
  if (opts.clauseId) q = q.where('clauseId', '=', opts.clauseId);
  if (opts.after) q = q.where('id', '>', opts.after);
  const rows = await q.orderBy('id').limit(opts.limit + 1).execute();
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map((c) => ({ id: c.id, clauseId: c.clauseId, versionId: c.versionId, authorName: c.authorName, body: c.hidden ? '' : c.body, hidden: c.hidden, hiddenReason: c.hiddenReason, disposition: c.disposition, dispositionReason: c.dispositionReason, createdAt: c.createdAt })),
    nextCursor: rows.length > opts.limit ? page[page.length - 1]!.id : null,
  };
}

// --- writing

export async function startRevision(w: Write, code: string, title: string, actor: ProcActor, now: Date) {
  const covenant = await ensureCovenant(w, code, now);
  const open = (await listProcedures(w.trx, covenantRevision.kind, code)).filter((p) => p.state !== 'published');
  if (open.length) throw AppError.conflict(bi(`已有一次修订正在进行（「${open[0]!.title}」）`, `A revision is already under way ("${open[0]!.title}")`), [fieldError('code', 'covenant.revision.open', bi('同一时间只能有一次修订', 'One revision at a time'))]);
  return startProcedure(w, covenantRevision, code, title, { covenantId: covenant.id }, actor, now);
}

/**
 * Registers the covenant the village adopted on paper before it used the platform (its text,
 * the date it was adopted). It is screened like a draft: the findings are shown to the village
 * and the township, so an old unlawful clause is visible until the next revision removes it.
 */
export async function registerExisting(w: Write, code: string, input: { adoptedOn: string; chapters: { title: string; clauses: { text: string }[] }[] }, by: string, now: Date) {
  const covenant = await ensureCovenant(w, code, now);
  if (covenant.inForceVersionId) throw AppError.conflict(bi('本村（社区）已有施行中的公约，请通过修订程序修改', 'A covenant is already in force; change it through a revision'));
  const { chapters, nextNo } = withIds(() => assignClauseIds(input.chapters, new Set(), covenant.nextClauseNo));
  const v = await t(w.trx).insertInto('covenantVersion').values({
    covenantId: covenant.id, villageCode: code, procedureId: null, number: 1, origin: 'registered', status: 'inForce', chapters: JSON.stringify(chapters),
    note: '平台启用前已通过的公约 Adopted before the platform', createdBy: by, createdAt: now, adoptedOn: input.adoptedOn, ledgerSeq: null, ledgerHash: null,
  }).returning('id').executeTakeFirstOrThrow();
  await t(w.trx).updateTable('covenant').set({ inForceVersionId: v.id, nextClauseNo: nextNo }).where('id', '=', covenant.id).execute();
  await w.audit({ action: 'covenants.register', targetType: 'covenantVersion', targetId: v.id, jurisdictionCode: code, after: { adoptedOn: input.adoptedOn, clauses: clausesOf(chapters).length } });
  return getVersion(w.trx, v.id);
}

function withIds<T>(fn: () => T): T {
  try { return fn(); } catch (e) {
    if (e instanceof RuleInputError) throw AppError.validation([fieldError(e.field, 'covenant.clauses', bi(e.message, e.message))]);
    throw e;
  }
}

async function requireState(db: AnyDB, procedureId: number, states: string[], what: ReturnType<typeof bi>) {
  const p = await getProcedure(db, procedureId);
  if (p.kind !== covenantRevision.kind) throw AppError.notFound(bi(`没有修订 ${procedureId}`, `No revision ${procedureId}`));
  if (!states.includes(p.state)) {
    const label = covenantRevision.stateLabels[p.state];
    throw AppError.conflict(bi(`当前处于「${label?.['zh-CN']}」：${what['zh-CN']}`, `In "${label?.en}": ${what.en}`), [fieldError('state', `covenant.state.${p.state}`, what)]);
  }
  return p;
}

export async function addOpinion(w: Write, procedureId: number, input: { body: string; source: 'online' | 'paper' | 'meeting' | 'visit' | 'phone'; authorName: string; authorAccountId: number | null; collectedBy: string | null }, now: Date) {
  const p = await requireState(w.trx, procedureId, ['collecting'], bi('征集民意阶段已结束', 'Opinions are collected in step 1 only'));
  const row = await t(w.trx).insertInto('covenantOpinion').values({ procedureId, villageCode: p.villageCode, ...input, createdAt: now }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'covenants.opinion', targetType: 'covenantOpinion', targetId: row.id, jurisdictionCode: p.villageCode, after: { source: input.source, collectedBy: input.collectedBy } });
  return { id: row.id };
}

/** Saves a new draft version (the previous ones stay). Kept clauses carry their id; new ones get one. */
export async function saveDraft(w: Write, procedureId: number, input: { chapters: { title: string; clauses: { id?: string | undefined; text: string }[] }[]; note?: string | undefined }, by: string, now: Date) {
  const p = await requireState(w.trx, procedureId, ['drafting'], bi('只能在「拟定草案」阶段修改草案', 'The draft can change only while drafting'));
  const ctx = p.context as RevisionContext;
  const covenant = await t(w.trx).selectFrom('covenant').selectAll().where('id', '=', ctx.covenantId).forUpdate().executeTakeFirstOrThrow();
  const all = await t(w.trx).selectFrom('covenantVersion').select(['chapters', 'number']).where('covenantId', '=', covenant.id).execute();
  const known = new Set(all.flatMap((v) => clausesOf(v.chapters as Chapter[]).map((c) => c.id)));
  const { chapters, nextNo } = withIds(() => assignClauseIds(input.chapters, known, covenant.nextClauseNo));
  const number = Math.max(0, ...all.map((v) => v.number)) + 1;
  const v = await t(w.trx).insertInto('covenantVersion').values({
    covenantId: covenant.id, villageCode: p.villageCode, procedureId, number, origin: 'draft', status: 'draft', chapters: JSON.stringify(chapters),
    note: input.note ?? null, createdBy: by, createdAt: now, adoptedOn: null, ledgerSeq: null, ledgerHash: null,
  }).returning('id').executeTakeFirstOrThrow();
  await t(w.trx).updateTable('covenant').set({ nextClauseNo: nextNo }).where('id', '=', covenant.id).execute();
  await w.audit({ action: 'covenants.draft', targetType: 'covenantVersion', targetId: v.id, jurisdictionCode: p.villageCode, after: { number, clauses: clausesOf(chapters).length } });
  await tellResidents(w, p, number, v.id);
  return { ...(await getVersion(w.trx, v.id)), screen: screenVersion(chapters, covenant.kind) };
}

/**
 * A saved draft is open for comment at once (comments are taken while drafting): the village's
 * resident accounts are told in-app, once per version (the dedupe key names the version).
 */
async function tellResidents(w: Write, p: { id: number; villageCode: string; title: string }, number: number, versionId: number) {
  const to = (await accountsReaching(w.trx, 'resident', p.villageCode)).filter((a) => a.jurisdictionCode === p.villageCode);
  await notify(w.trx, to.map((a) => ({
    accountId: a.accountId, jurisdictionCode: p.villageCode, kind: 'covenant.draftOpen', subject: '公约修订草案公开征求意见',
    body: `「${p.title}」第${number}版草案已公布，欢迎对具体条款提出意见。`, link: `/v/${p.villageCode}/covenant`,
    dedupeKey: `covenant:${p.id}:draftOpen:${versionId}:${a.accountId}`,
  })));
}

export function screenVersion(chapters: Chapter[], kind: CovenantKind) {
  const clauses = clausesOf(chapters);
  return screenCovenant({ kind, clauses: clauses.map((c) => ({ id: c.id, text: c.text })) }).results;
}

export async function addComment(w: Write, procedureId: number, input: { clauseId: string; body: string }, author: { accountId: number; name: string }, now: Date) {
  const p = await requireState(w.trx, procedureId, ['drafting'], bi('草案公开征求意见时才能留言', 'Comments are taken while the draft is open'));
  const latest = await latestVersion(w.trx, procedureId);
  if (!latest) throw AppError.conflict(bi('还没有草案', 'There is no draft yet'));
  if (!clausesOf(latest.chapters).some((c) => c.id === input.clauseId)) throw AppError.validation([fieldError('clauseId', 'covenant.comment.clause', bi('草案中没有这一条', 'The draft has no such clause'))]);
  const row = await t(w.trx).insertInto('covenantComment').values({
    procedureId, villageCode: p.villageCode, clauseId: input.clauseId, versionId: latest.id, authorAccountId: author.accountId, authorName: author.name, body: input.body,
    hidden: false, hiddenReason: null, disposition: null, dispositionReason: null, createdAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'covenants.comment', targetType: 'covenantComment', targetId: row.id, jurisdictionCode: p.villageCode, after: { clauseId: input.clauseId } });
  return { id: row.id, clauseId: input.clauseId, versionId: latest.id };
}

/** The village of a comment, or null when there is none (the covenantComment resource's loader). */
export async function villageOfComment(db: AnyDB, id: number): Promise<string | null> {
  const c = await t(db).selectFrom('covenantComment').select('villageCode').where('id', '=', id).executeTakeFirst();
  return c?.villageCode ?? null;
}

export async function hideComment(w: Write, id: number, reason: string) {
  const c = await t(w.trx).selectFrom('covenantComment').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await t(w.trx).updateTable('covenantComment').set({ hidden: true, hiddenReason: reason }).where('id', '=', id).execute();
  await w.audit({ action: 'covenants.moderate', targetType: 'covenantComment', targetId: id, jurisdictionCode: c.villageCode, after: { hidden: true, reason } });
}

export async function disposeComment(w: Write, id: number, input: { disposition: 'adopted' | 'notAdopted'; reason: string }) {
  const c = await t(w.trx).selectFrom('covenantComment').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await requireState(w.trx, c.procedureId, ['drafting'], bi('只能在拟定草案阶段答复意见', 'Comments are answered while drafting'));
  await t(w.trx).updateTable('covenantComment').set({ disposition: input.disposition, dispositionReason: input.reason }).where('id', '=', id).execute();
  await w.audit({ action: 'covenants.disposition', targetType: 'covenantComment', targetId: id, jurisdictionCode: c.villageCode, before: { disposition: c.disposition }, after: input });
}

/** The village of a finding, or null when there is none (the covenantFinding resource's loader). */
export async function villageOfFinding(db: AnyDB, id: number): Promise<string | null> {
  const f = await t(db).selectFrom('covenantFinding').select('villageCode').where('id', '=', id).executeTakeFirst();
  return f?.villageCode ?? null;
}

/** The township's decision on one finding: must change, or lawful (with the reason, on the record). */
export async function decideFinding(w: Write, id: number, input: { decision: 'mustChange' | 'lawful'; reason: string }, by: string, now: Date) {
  const f = await t(w.trx).selectFrom('covenantFinding').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await requireState(w.trx, f.procedureId, f.stage === 'review' ? ['review'] : ['approved'], bi('只能在审核阶段对审查意见作出决定', 'Findings are decided during the review'));
  await t(w.trx).updateTable('covenantFinding').set({ decision: input.decision, decisionReason: input.reason, decidedBy: by, decidedAt: now }).where('id', '=', id).execute();
  await w.audit({ action: 'covenants.finding', targetType: 'covenantFinding', targetId: id, jurisdictionCode: f.villageCode, before: { decision: f.decision }, after: { ...input, rule: f.rule, clauseId: f.clauseId } });
}

async function recordFindings(w: Write, p: { id: number; villageCode: string }, versionId: number, stage: 'review' | 'vote', kind: CovenantKind) {
  const v = await getVersion(w.trx, versionId);
  const existing = await findingsOf(w.trx, versionId);
  const key = (f: { clauseId: string; rule: string; excerpt: string }) => `${f.clauseId}|${f.rule}|${f.excerpt}`;
  const known = new Set(existing.map(key));
  let added = 0;
  for (const r of screenVersion(v.chapters, kind)) {
    for (const f of r.findings) {
      if (known.has(key({ clauseId: r.id, ...f }))) continue;
      known.add(key({ clauseId: r.id, ...f }));
      await t(w.trx).insertInto('covenantFinding').values({ procedureId: p.id, villageCode: p.villageCode, versionId, stage, clauseId: r.id, rule: f.rule, basis: f.basis, excerpt: f.excerpt, message: f.message, decision: null, decisionReason: null, decidedBy: null, decidedAt: null }).execute();
      added++;
    }
  }
  return added;
}

export interface StepInput { type: RevisionStep; reason?: string | undefined; meetingId?: number | undefined; motionId?: number | undefined; womenPresent?: number | undefined; filedOn?: string | undefined }

/** Who is told of each step (in-app, through the outbox): the township when it has to act, the committee when the township has. */
const notices: Partial<Record<RevisionStep, { to: 'townshipOfficial' | 'committeeMember'; subject: string }>> = {
  submitReview: { to: 'townshipOfficial', subject: '村规民约（居民公约）修订草案待合法性审核' },
  returnDraft: { to: 'committeeMember', subject: '公约修订草案被退回修改' },
  approve: { to: 'committeeMember', subject: '公约修订草案审核通过，可提交审议表决' },
  vote: { to: 'townshipOfficial', subject: '公约已表决通过，待备案' },
  file: { to: 'committeeMember', subject: '公约已备案，可公布施行' },
};

async function tell(w: Write, p: { id: number; villageCode: string; title: string }, step: RevisionStep, note: string | null) {
  const n = notices[step];
  if (!n) return;
  const to = await accountsReaching(w.trx, n.to, p.villageCode);
  const events = await timeline(w.trx, p.id);
  await notify(w.trx, to.map((a) => ({
    accountId: a.accountId, jurisdictionCode: p.villageCode, kind: `covenant.${step}`, subject: n.subject,
    body: `「${p.title}」${note ? `：${note}` : ''}`, link: `/staff/covenants/${p.id}?at=${p.villageCode}`,
    dedupeKey: `covenant:${p.id}:${step}:${events.length}:${a.accountId}`,
  })));
}

export async function takeStep(w: Write, procedureId: number, input: StepInput, actor: ProcActor, now: Date, today: string) {
  const result = await takeStepOnly(w, procedureId, input, actor, now, today);
  await tell(w, result, input.type, input.reason?.trim() || null);
  return result;
}

async function takeStepOnly(w: Write, procedureId: number, input: StepInput, actor: ProcActor, now: Date, today: string) {
  const p = await getProcedure(w.trx, procedureId);
  if (p.kind !== covenantRevision.kind) throw AppError.notFound(bi(`没有修订 ${procedureId}`, `No revision ${procedureId}`));
  const ctx = p.context as RevisionContext;
  const covenant = await t(w.trx).selectFrom('covenant').selectAll().where('id', '=', ctx.covenantId).executeTakeFirstOrThrow();
  const note = input.reason?.trim() || null;
  switch (input.type) {
    case 'submitReview': {
      const latest = await latestVersion(w.trx, procedureId);
      // Screened before it goes to review (the findings go to the township with the draft).
      if (latest && p.state === 'drafting') await recordFindings(w, p, latest.id, 'review', covenant.kind);
      return sendEvent(w, covenantRevision, procedureId, { type: 'submitReview', versionId: latest?.id ?? null }, actor, now, note);
    }
    case 'vote': {
      // Screened again before the vote: a new finding (e.g. the screen has learnt a pattern) goes back to the township.
      if (p.state === 'approved' && ctx.approvedVersionId) {
        const added = await recordFindings(w, p, ctx.approvedVersionId, 'vote', covenant.kind);
        if (added) {
          throw AppError.conflict(bi(`表决前复查发现 ${added} 项新的问题，已提交乡镇审核`, `The screen before the vote found ${added} new issues; they go to the township first`),
            [fieldError('findings', 'covenant.vote.newFindings', bi('请等待乡镇对新问题作出决定', 'Wait for the township\'s decision on the new findings'))]);
        }
      }
      const meeting = input.meetingId ? await getMeeting(w.trx, input.meetingId).catch(() => null) : null;
      return sendEvent(w, covenantRevision, procedureId, { type: 'vote', meetingId: input.meetingId ?? null, motionId: input.motionId ?? null, womenPresent: input.womenPresent ?? null, adoptedOn: meeting?.meetingDate ?? null }, actor, now, note);
    }
    case 'file':
      return sendEvent(w, covenantRevision, procedureId, { type: 'file', filedOn: input.filedOn ?? today }, actor, now, note);
    case 'returnDraft':
      return sendEvent(w, covenantRevision, procedureId, { type: 'returnDraft', reason: input.reason ?? '' }, actor, now, note);
    case 'publish': {
      const next = await sendEvent(w, covenantRevision, procedureId, { type: 'publish' }, actor, now, note);
      await publish(w, p.villageCode, covenant, next.context as RevisionContext, now);
      return getProcedure(w.trx, procedureId);
    }
    default:
      return sendEvent(w, covenantRevision, procedureId, { type: input.type }, actor, now, note);
  }
}

/** 公布: the adopted text becomes the covenant in force and goes to the village's ledger (never changed afterwards). */
async function publish(w: Write, code: string, covenant: Selectable<CovenantTables['covenant']>, ctx: RevisionContext, now: Date) {
  const v = await getVersion(w.trx, ctx.approvedVersionId!);
  const meeting = await getMeeting(w.trx, ctx.meetingId!);
  const motion = meeting.motions.find((m) => m.id === ctx.motionId)!;
  const previous = covenant.inForceVersionId;
  const prevVersion = previous ? await getVersion(w.trx, previous) : null;
  const dispositions = await t(w.trx).selectFrom('covenantComment').select(['clauseId', 'body', 'disposition', 'dispositionReason']).where('procedureId', '=', v.procedureId!).where('hidden', '=', false).orderBy('id').execute();
  const rec = await appendToLedger(w, {
    villageCode: code, kind: 'covenant', recordId: `covenant-version-${v.id}`,
    supersedesSeq: prevVersion?.ledgerSeq ?? null, reason: prevVersion ? `修订：第${prevVersion.number}版由第${v.number}版取代` : null,
    payload: {
      title: covenant.title, kind: covenant.kind, version: v.number,
      chapters: numberChapters(v.chapters).map((c) => ({ label: c.label, title: c.title, clauses: c.clauses.map((k) => ({ id: k.id, label: k.label, text: k.text })) })),
      adoptedOn: ctx.adoptedOn, filedOn: ctx.filedOn,
      vote: { meetingKind: meeting.kind, meetingDate: meeting.meetingDate, present: meeting.present, womenPresent: ctx.womenPresent, for: motion.votesFor, against: motion.votesAgainst, abstain: motion.votesAbstain },
      dispositions,
    },
  }, now);
  if (previous) await t(w.trx).updateTable('covenantVersion').set({ status: 'superseded' }).where('id', '=', previous).execute();
  await t(w.trx).updateTable('covenantVersion').set({ status: 'notAdopted' }).where('procedureId', '=', v.procedureId!).where('id', '!=', v.id).where('status', '=', 'draft').execute();
  await t(w.trx).updateTable('covenantVersion').set({ status: 'inForce', adoptedOn: ctx.adoptedOn, ledgerSeq: rec.seq, ledgerHash: rec.hash }).where('id', '=', v.id).execute();
  await t(w.trx).updateTable('covenant').set({ inForceVersionId: v.id }).where('id', '=', covenant.id).execute();
  await w.audit({ action: 'covenants.publish', targetType: 'covenantVersion', targetId: v.id, jurisdictionCode: code, after: { ledgerSeq: rec.seq } });
}

export async function setWarningDays(w: Write, code: string, days: number, now: Date) {
  const c = await ensureCovenant(w, code, now);
  await t(w.trx).updateTable('covenant').set({ warningDays: days }).where('id', '=', c.id).execute();
  await w.audit({ action: 'covenants.settings', targetType: 'covenant', targetId: c.id, jurisdictionCode: code, before: { warningDays: c.warningDays }, after: { warningDays: days } });
}
