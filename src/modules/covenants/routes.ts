import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write, procActor } from '../../core/access/guard.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { getProcedure, listProcedures, proceduresInStates, timeline, type ProcActor } from '../../core/procedure/engine.ts';
import { covers } from '../../core/jurisdiction-codes.ts';
import { getNode, requireVillage, villagesUnder } from '../jurisdictions/service.ts';

import { listMeetings } from '../decisions/service/index.ts';
import { covenantPdf } from './pdf.ts';
import {
  addComment, addOpinion, commentsOf, covenantOf, covenantRevision, decideFinding, disposeComment, findingsOf, getVersion, hideComment, latestVersion,
  opinionsOf, registerExisting, revisionSteps, saveDraft, screenVersion, setWarningDays, startRevision, takeStep, versionsOf,
  type RevisionContext,
} from './service/index.ts';
import { appeal, decideAppeal, honorRoll, recordRollEntry, warningRoll } from './service/index.ts';
import { diffChapters, numberChapters, WARNING_DAYS } from './rules.ts';
import type { Chapter } from './tables.ts';
import { chinaDate } from '../../core/time.ts';
import { fileResponse } from '../../core/serializer.ts';
import {
  commentAddedOut, commentPageOut, covenantPageOut, diffOut, idOut, opinionSources, opinionWithNamesOut, revisionOut, revisionQueueOut, rollEntryOut,
  rollEntryPublicOut, appealDecisions, type RevisionEventPayload, dispositions, findingDecisions, rollKinds, screenedVersionOut, storedVersionOut, versionOut, warningRollOut,
} from './schemas.ts';

const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const chaptersIn = z.array(z.object({
  title: text(1, 60),
  clauses: z.array(z.object({ id: z.string().max(12).optional(), text: text(1, 2000) }).strict()).max(100),
}).strict()).min(1).max(30);

export function covenantRoutes(api: Api, ctx: ModuleContext) {
  const today = () => chinaDate(ctx.now());
  // The engine asks the permission chain, on the route's resource, for each step's own action.
  /** Staff of the record's village (or above it): they enter what others said, and see the evidence. */
  const isStaff = (req: FastifyRequest) => req.can('covenants.read');
  const stateLabel = (state: string) => covenantRevision.stateLabels[state] ?? bi(state, state);
  // The recorder's account id stays on the server: the person appealing, or the member deciding, is someone else.
  const rollView = ({ recordedByAccountId: _account, ...e }: Awaited<ReturnType<typeof recordRollEntry>>) => e;

  const versionView = async (id: number) => {
    const v = await getVersion(ctx.db, id);
    return { ...v, chapters: numberChapters(v.chapters) };
  };

  const revisionView = async (id: number) => {
    const p = await getProcedure(ctx.db, id);
    if (p.kind !== covenantRevision.kind) throw AppError.notFound(bi('没有该修订', 'No such revision'));
    const c = p.context as RevisionContext;
    const covenant = (await covenantOf(ctx.db, p.villageCode))!;
    const latest = await latestVersion(ctx.db, id);
    const reviewed = c.approvedVersionId ?? c.reviewVersionId;
    const events = await timeline(ctx.db, id);
    const all = await versionsOf(ctx.db, covenant.id);
    return {
      id: p.id, villageCode: p.villageCode, title: p.title, state: p.state, stateLabel: stateLabel(p.state), context: c,
      covenant: { id: covenant.id, title: covenant.title, kind: covenant.kind, inForceVersionId: covenant.inForceVersionId },
      steps: Object.entries(covenantRevision.stateLabels).map(([state, label]) => ({ state, label })),
      // Public: the role that acted, never the account name.
      timeline: events.map(({ actorLabel: _name, payload, ...e }) => ({ ...e, payload: payload as RevisionEventPayload, toLabel: stateLabel(e.toState) })),
      versions: all.filter((v) => v.procedureId === id),
      draft: latest ? { id: latest.id, number: latest.number, note: latest.note, createdAt: latest.createdAt, chapters: numberChapters(latest.chapters), screen: screenVersion(latest.chapters, covenant.kind) } : null,
      findings: reviewed ? await findingsOf(ctx.db, reviewed) : [],
      opinions: await opinionsOf(ctx.db, id, false),
      meetings: await listMeetings(ctx.db, p.villageCode, id),
    };
  };

  // --- public reading

  api.get('/api/v1/villages/:code/covenant', {
    config: { public: true },
    schema: { tags: ['covenants'], summary: '施行中的公约、历次版本与修订 The covenant in force, its history and revisions', params: villageParams, response: { 200: covenantPageOut } },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    const covenant = await covenantOf(ctx.db, req.params.code);
    if (!covenant) return { covenant: null, inForce: null, versions: [], revisions: [] };
    const revisions = (await listProcedures(ctx.db, covenantRevision.kind, req.params.code)).map((p) => ({ id: p.id, title: p.title, state: p.state, stateLabel: stateLabel(p.state), createdAt: p.createdAt, updatedAt: p.updatedAt }));
    const inForce = covenant.inForceVersionId ? await versionView(covenant.inForceVersionId) : null;
    const adopted = (await versionsOf(ctx.db, covenant.id)).filter((v) => v.status === 'inForce' || v.status === 'superseded');
    return {
      covenant: { id: covenant.id, title: covenant.title, kind: covenant.kind, warningDays: covenant.warningDays },
      inForce: inForce ? { ...inForce, screen: covenant.inForceVersionId ? screenVersion((await getVersion(ctx.db, covenant.inForceVersionId)).chapters, covenant.kind) : [] } : null,
      versions: adopted, revisions,
    };
  });

  api.get('/api/v1/covenant-versions/:id', {
    config: { public: true },
    schema: { tags: ['covenants'], summary: '一个版本的全文 One version\'s text', params: idParams, response: { 200: versionOut } },
  }, async (req) => versionView(req.params.id));

  api.get('/api/v1/covenant-versions/:id/diff', {
    config: { public: true },
    schema: {
      tags: ['covenants'], summary: '与另一版本或施行中的公约逐条对照 Clause-by-clause diff against another version or the covenant in force',
      params: idParams, querystring: z.object({ against: z.union([z.literal('inForce'), z.coerce.number().int().positive()]) }), response: { 200: diffOut },
    },
  }, async (req) => {
    const newer = await getVersion(ctx.db, req.params.id);
    let olderId: number | null;
    if (req.query.against === 'inForce') {
      const covenant = await covenantOf(ctx.db, newer.villageCode);
      olderId = covenant?.inForceVersionId ?? null;
    } else olderId = req.query.against;
    const older = olderId ? await getVersion(ctx.db, olderId) : null;
    if (older && older.covenantId !== newer.covenantId) throw AppError.validation([fieldError('against', 'covenant.diff.same', bi('只能与同一公约的版本对照', 'Compare versions of the same covenant'))]);
    return { from: older ? { id: older.id, number: older.number } : null, to: { id: newer.id, number: newer.number }, rows: diffChapters(older?.chapters ?? [], newer.chapters) };
  });

  api.get('/api/v1/covenant-revisions/:id', {
    config: { public: true },
    schema: { tags: ['covenants'], summary: '修订进程：步骤、时间线、草案及审查意见 A revision with its timeline, draft and findings', params: idParams, response: { 200: revisionOut } },
  }, async (req) => revisionView(req.params.id));

  api.get('/api/v1/covenant-revisions/:id/comments', {
    config: { public: true },
    schema: {
      tags: ['covenants'], summary: '对条款的意见及采纳情况（每页 20 条） Clause comments with dispositions, 20 a page',
      params: idParams, querystring: z.object({ clauseId: z.string().max(12).optional(), cursor: z.coerce.number().int().optional() }), response: { 200: commentPageOut },
    },
  }, async (req) => commentsOf(ctx.db, req.params.id, { clauseId: req.query.clauseId, after: req.query.cursor, limit: 20, includeHidden: true }));

  api.get('/api/v1/villages/:code/covenant/honor-roll', {
    config: { public: true },
    schema: { tags: ['covenants'], summary: '红榜 The honour roll', params: villageParams, response: { 200: z.array(rollEntryPublicOut) } },
  }, async (req) => honorRoll(ctx.db, req.params.code));

  api.get('/api/v1/villages/:code/covenant.pdf', {
    config: { public: true },
    schema: { tags: ['covenants'], summary: '可打印的公约 The printable covenant', params: villageParams, response: { 200: fileResponse('application/pdf', '可打印的公约（PDF） The printable covenant') } },
  }, async (req, reply) => {
    const node = await getNode(ctx.db, req.params.code);
    const covenant = await covenantOf(ctx.db, req.params.code);
    if (!covenant?.inForceVersionId) throw AppError.notFound(bi('还没有施行中的公约', 'No covenant in force'));
    const v = await getVersion(ctx.db, covenant.inForceVersionId);
    const procs = v.procedureId ? await getProcedure(ctx.db, v.procedureId) : null;
    const c = procs?.context as RevisionContext | undefined;
    const body = covenant.kind === 'community' ? '居民会议' : '村民会议';
    const pdf = await covenantPdf({
      title: covenant.title, villageName: node.shortName, chapters: numberChapters(v.chapters),
      adoptedLine: v.adoptedOn ? `${v.adoptedOn} ${v.origin === 'registered' ? '通过' : `经${body}表决通过`}（第${v.number}版）` : `第${v.number}版`,
      filedLine: c?.filedOn ? `${c.filedOn} 报乡镇人民政府（街道办事处）备案` : null,
      hash: v.ledgerHash, url: `${ctx.config.PUBLIC_URL ?? ''}/v/${req.params.code}/covenant`,
    });
    return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${covenant.title}.pdf`)}`).send(pdf);
  });

  // --- the village's own residents and staff

  api.get('/api/v1/villages/:code/covenant/warning-roll', {
    config: { action: 'covenants.warningRoll' },
    schema: { tags: ['covenants'], summary: '黑榜（仅本村居民和工作人员可见） The warning roll (the village\'s residents and staff only)', params: villageParams, response: { 200: warningRollOut } },
  }, async (req) => warningRoll(ctx.db, req.params.code, today(), { staff: isStaff(req), residentId: req.actor!.residentId }));

  // --- staff

  api.get('/api/v1/jurisdictions/:code/covenant-revisions', {
    config: { action: 'covenants.read' },
    schema: { tags: ['covenants'], summary: '辖区内进行中的公约修订（乡镇审核待办） Revisions under way below a node (the township\'s review queue)', params: villageParams, response: { 200: revisionQueueOut } },
  }, async (req) => {
    const open = await proceduresInStates(ctx.db, covenantRevision.kind, ['collecting', 'drafting', 'review', 'approved', 'adopted', 'filed']);
    const mine = open.filter((p) => covers(req.params.code, p.villageCode));
    const names = new Map((await villagesUnder(ctx.db, req.params.code)).map((v) => [v.code, v.name]));
    return mine.map((p) => ({ id: p.id, villageCode: p.villageCode, villageName: names.get(p.villageCode) ?? p.villageCode, title: p.title, state: p.state, stateLabel: stateLabel(p.state), updatedAt: p.updatedAt }))
      .sort((a, b) => Number(b.state === 'review' || b.state === 'adopted') - Number(a.state === 'review' || a.state === 'adopted') || a.villageCode.localeCompare(b.villageCode));
  });

  api.get('/api/v1/covenant-revisions/:id/opinions', {
    config: { action: 'covenants.read', resource: 'covenantRevision' },
    schema: { tags: ['covenants'], summary: '征集到的意见（含提出人与收集方式） Opinions with who and how', params: idParams, response: { 200: z.array(opinionWithNamesOut) } },
  }, async (req) => (await opinionsOf(ctx.db, req.params.id, true)).map((o) => ({ ...o, authorName: o.authorName!, collectedBy: o.collectedBy ?? null })));

  api.post('/api/v1/villages/:code/covenant/register', {
    config: { action: 'covenants.manage' },
    schema: { tags: ['covenants'], summary: '登记平台启用前已通过的公约 Register the covenant adopted before the platform', params: villageParams, body: z.object({ adoptedOn: date, chapters: z.array(z.object({ title: text(1, 60), clauses: z.array(z.object({ text: text(1, 2000) }).strict()).max(100) }).strict()).min(1).max(30) }).strict(), response: { 201: storedVersionOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'covenants.register', (w) => registerExisting(w, req.params.code, req.body, req.actor!.username, ctx.now()))));

  api.put('/api/v1/villages/:code/covenant/settings', {
    config: { action: 'covenants.manage' },
    schema: { tags: ['covenants'], summary: '警示榜期限 How long a warning-roll entry is shown', params: villageParams, body: z.object({ warningDays: z.number().int().min(WARNING_DAYS.min).max(WARNING_DAYS.max) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'covenants.settings', (w) => setWarningDays(w, req.params.code, req.body.warningDays, ctx.now())); return reply.code(204).send(null); });

  api.post('/api/v1/villages/:code/covenant-revisions', {
    config: { action: 'covenants.manage' },
    schema: { tags: ['covenants'], summary: '启动修订（第一步：征集民意） Start a revision (step 1: collect opinions)', params: villageParams, body: z.object({ title: text(2, 120) }).strict(), response: { 201: revisionOut } },
  }, async (req, reply) => {
    const p = await write(ctx.db, capacityOf(req), 'covenantRevision.start', (w) => startRevision(w, req.params.code, req.body.title, procActor(req), ctx.now()));
    return reply.code(201).send(await revisionView(p.id));
  });

  api.post('/api/v1/covenant-revisions/:id/opinions', {
    config: { action: 'covenants.participate', resource: 'covenantRevision' },
    schema: {
      tags: ['covenants'], summary: '提出意见（居民网上提交；工作人员录入纸质或当面收集的意见） Submit an opinion',
      params: idParams,
      body: z.object({ body: text(2, 2000), authorName: text(1, 40).optional(), source: z.enum(opinionSources).optional() }).strict(),
      response: { 201: idOut },
    },
  }, async (req, reply) => {
    const staff = isStaff(req);
    if (staff && (!req.body.authorName || !req.body.source)) {
      throw AppError.validation([fieldError(req.body.authorName ? 'source' : 'authorName', 'covenant.opinion.who', bi('录入意见须写明提出人和收集方式', 'Say who gave the opinion and how it was collected'))]);
    }
    const input = staff
      ? { body: req.body.body, source: req.body.source!, authorName: req.body.authorName!, authorAccountId: null, collectedBy: req.actor!.username }
      : { body: req.body.body, source: 'online' as const, authorName: req.actor!.displayName, authorAccountId: req.actor!.accountId, collectedBy: null };
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'covenants.opinion', (w) => addOpinion(w, req.params.id, input, ctx.now())));
  });

  api.post('/api/v1/covenant-revisions/:id/versions', {
    config: { action: 'covenants.manage', resource: 'covenantRevision' },
    schema: { tags: ['covenants'], summary: '保存草案新版本（逐条自动审查） Save a new draft version (screened clause by clause)', params: idParams, body: z.object({ chapters: chaptersIn, note: text(1, 500).optional() }).strict(), response: { 201: screenedVersionOut } },
  }, async (req, reply) => {
    const v = await write(ctx.db, capacityOf(req), 'covenants.draft', (w) => saveDraft(w, req.params.id, req.body, req.actor!.username, ctx.now()));
    return reply.code(201).send({ ...v, chapters: numberChapters(v.chapters as Chapter[]) });
  });

  api.post('/api/v1/covenant-revisions/:id/comments', {
    config: { action: 'covenants.participate', resource: 'covenantRevision' },
    schema: { tags: ['covenants'], summary: '对草案某一条提出意见 Comment on a clause of the draft', params: idParams, body: z.object({ clauseId: z.string().max(12), body: text(2, 2000) }).strict(), response: { 201: commentAddedOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'covenants.comment', (w) => addComment(w, req.params.id, req.body, { accountId: req.actor!.accountId, name: req.actor!.displayName }, ctx.now()))));

  api.post('/api/v1/covenant-comments/:id/hide', {
    config: { action: 'covenants.manage', resource: 'covenantComment' },
    schema: { tags: ['covenants'], summary: '隐藏留言（须说明理由） Hide a comment, with a reason', params: idParams, body: z.object({ reason: text(2, 200) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'covenants.moderate', (w) => hideComment(w, req.params.id, req.body.reason)); return reply.code(204).send(null); });

  api.post('/api/v1/covenant-comments/:id/disposition', {
    config: { action: 'covenants.manage', resource: 'covenantComment' },
    schema: { tags: ['covenants'], summary: '采纳或不采纳，并说明理由 Adopted or not, with the reason', params: idParams, body: z.object({ disposition: z.enum(dispositions), reason: text(2, 500) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'covenants.disposition', (w) => disposeComment(w, req.params.id, req.body)); return reply.code(204).send(null); });

  api.post('/api/v1/covenant-findings/:id/decision', {
    config: { action: 'covenants.review', resource: 'covenantFinding' },
    schema: { tags: ['covenants'], summary: '乡镇对审查意见作出决定：必须修改，或认定合法（说明理由） The township decides a finding', params: idParams, body: z.object({ decision: z.enum(findingDecisions), reason: text(2, 500) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'covenants.finding', (w) => decideFinding(w, req.params.id, req.body, req.actor!.username, ctx.now())); return reply.code(204).send(null); });

  api.post('/api/v1/covenant-revisions/:id/steps', {
    config: { action: 'covenants.step', resource: 'covenantRevision' },
    schema: {
      tags: ['covenants'], summary: '推进修订的下一步 Take the next step of the revision',
      params: idParams,
      body: z.object({
        type: z.enum(revisionSteps), reason: text(1, 1000).optional(),
        meetingId: z.number().int().positive().optional(), motionId: z.number().int().positive().optional(), womenPresent: z.number().int().min(0).optional(), filedOn: date.optional(),
      }).strict(),
      response: { 200: revisionOut },
    },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), `${covenantRevision.kind}.${req.body.type}`, (w) => takeStep(w, req.params.id, req.body, procActor(req), ctx.now(), today()));
    return revisionView(req.params.id);
  });

  // --- red and black rolls

  api.post('/api/v1/villages/:code/covenant/roll', {
    config: { action: 'covenants.roll' },
    schema: {
      tags: ['covenants'], summary: '考评组记录红榜或黑榜（须对应公约条款并附依据） Record an honour or warning entry against a clause',
      params: villageParams,
      body: z.object({ kind: z.enum(rollKinds), residentId: z.number().int().positive().optional(), personName: text(1, 40).optional(), clauseId: z.string().max(12), description: text(2, 1000), evidence: text(2, 2000), recordedOn: date }).strict(),
      response: { 201: rollEntryOut },
    },
  }, async (req, reply) => reply.code(201).send(rollView(await write(ctx.db, capacityOf(req), 'covenants.roll', (w) => recordRollEntry(w, req.params.code, req.body, { accountId: req.actor!.accountId, label: req.actor!.username }, today(), ctx.now())))));

  api.post('/api/v1/covenant-roll/:id/appeal', {
    config: { action: 'covenants.appeal', resource: 'covenantRollEntry' },
    schema: { tags: ['covenants'], summary: '对黑榜记录申诉 Appeal a warning-roll entry', params: idParams, body: z.object({ text: text(2, 2000) }).strict(), response: { 200: rollEntryOut } },
  }, async (req) => rollView(await write(ctx.db, capacityOf(req), 'covenants.appeal', (w) => appeal(w, req.params.id, req.body.text, today()))));

  api.post('/api/v1/covenant-roll/:id/appeal-decision', {
    config: { action: 'covenants.roll', resource: 'covenantRollEntry' },
    schema: { tags: ['covenants'], summary: '对申诉作出决定 Decide an appeal', params: idParams, body: z.object({ decision: z.enum(appealDecisions), reason: text(2, 1000) }).strict(), response: { 200: rollEntryOut } },
  }, async (req) => rollView(await write(ctx.db, capacityOf(req), 'covenants.appealDecision', (w) => decideAppeal(w, req.params.id, req.body, { accountId: req.actor!.accountId, label: req.actor!.username }))));
}
