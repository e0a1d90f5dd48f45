// HTTP routes of 议事协商: the catalogue, topics and their steps (public timeline), and the
// threaded, moderated comments.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write, procActor } from '../../core/access/guard.ts';
import { AppError, bi } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { getProcedure, listProcedures, timeline, type ProcActor } from '../../core/procedure/engine.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { consultationSteps, stateLabelOf } from './rules.ts';
import { advance, categoriesFor, comment, comments, moderate, propose } from './service.ts';

const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });

// --- response shapes
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const categoryOut = z.object({ id: z.number(), scopeCode: z.string(), title: z.string() });
const topicSummaryOut = z.object({ id: z.number(), title: z.string(), state: z.string(), stateLabel: bilingual, createdAt: z.date(), updatedAt: z.date() });
/** The topic's context (rules.ts ConsultationContext): what was proposed, and each stage's text. */
const contextOut = z.object({
  categoryId: z.number(), description: z.string(), preReview: z.string().nullable(), sessionOutcome: z.string().nullable(), decision: z.string().nullable(), feedback: z.string().nullable(),
});
/** What each event recorded: the start its category and description, a step its text. */
const eventPayload = z.object({ categoryId: z.number().optional(), description: z.string().optional(), text: z.string().optional() });
type EventPayload = z.infer<typeof eventPayload>;
/** A topic with its public timeline: the role that acted, never the account name. */
const topicOut = z.object({
  id: z.number(), kind: z.string(), villageCode: z.string(), title: z.string(), state: z.string(), context: contextOut, createdAt: z.date(), updatedAt: z.date(),
  stateLabel: bilingual,
  timeline: z.array(z.object({
    id: z.number(), type: z.string(), payload: eventPayload, fromState: z.string().nullable(), toState: z.string(), actorRole: z.string(), note: z.string().nullable(), at: z.date(), toLabel: bilingual,
  })),
});
/** A comment; a hidden one keeps its reason, without author or text. */
const commentOut = z.object({
  id: z.number(), parentId: z.number().nullable(), authorName: z.string().nullable(), body: z.string().nullable(), hidden: z.boolean(), hiddenReason: z.string().nullable(), createdAt: z.date(),
});
const commentPageOut = z.object({ items: z.array(commentOut.extend({ replies: z.array(commentOut) })), nextCursor: z.number().nullable() });

export function consultationRoutes(api: Api, ctx: ModuleContext) {
  // The engine asks the permission chain, on the route's resource (the topic), for each step's action.
  const view = async (id: number) => {
    const p = await getProcedure(ctx.db, id);
    return { ...p, stateLabel: stateLabelOf(p.state), timeline: (await timeline(ctx.db, id)).map(({ actorLabel: _name, payload, ...e }) => ({ ...e, payload: payload as EventPayload, toLabel: stateLabelOf(e.toState) })) };
  };

  api.get('/api/v1/jurisdictions/:code/consultation-categories', {
    config: { public: true },
    schema: { tags: ['consultation'], summary: '议事协商事项目录 The consultation catalogue', params: villageParams, response: { 200: z.array(categoryOut) } },
  }, async (req) => categoriesFor(ctx.db, req.params.code));

  api.get('/api/v1/villages/:code/consultations', {
    config: { public: true },
    schema: { tags: ['consultation'], summary: '议事协商议题 Consultation topics of a village', params: villageParams, response: { 200: z.array(topicSummaryOut) } },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    return (await listProcedures(ctx.db, 'consultation', req.params.code)).map((p) => ({ id: p.id, title: p.title, state: p.state, stateLabel: stateLabelOf(p.state), createdAt: p.createdAt, updatedAt: p.updatedAt }));
  });

  api.get('/api/v1/consultations/:id', {
    config: { public: true },
    schema: { tags: ['consultation'], summary: '议题、时间线 A topic with its timeline', params: idParams, response: { 200: topicOut } },
  }, async (req) => {
    const v = await view(req.params.id);
    if (v.kind !== 'consultation') throw AppError.notFound(bi('没有该议题', 'No such topic'));
    return v;
  });

  api.get('/api/v1/consultations/:id/comments', {
    config: { public: true },
    schema: { tags: ['consultation'], summary: '协商留言（每页 20 条） Comments, 20 a page', params: idParams, querystring: z.object({ cursor: z.coerce.number().int().optional() }), response: { 200: commentPageOut } },
  }, async (req) => comments(ctx.db, req.params.id, { after: req.query.cursor, limit: 20 }));

  api.post('/api/v1/villages/:code/consultations', {
    config: { action: 'consultation.propose' },
    schema: { tags: ['consultation'], summary: '提出议题 Propose a topic', params: villageParams, body: z.object({ categoryId: z.number().int().positive(), title: z.string().trim().min(2).max(120), description: z.string().trim().min(2).max(5000) }).strict(), response: { 201: topicOut } },
  }, async (req, reply) => {
    const p = await write(ctx.db, capacityOf(req), 'consultation.propose', (w) => propose(w, req.params.code, req.body, procActor(req), ctx.now()));
    return reply.code(201).send(await view(p.id));
  });

  api.post('/api/v1/consultations/:id/steps', {
    config: { action: 'consultation.manage', resource: 'consultation' },
    schema: { tags: ['consultation'], summary: '预审、记录协商、采纳、落实、反馈 Take the next step', params: idParams, body: z.object({ type: z.enum(consultationSteps), text: z.string().trim().max(5000).optional() }).strict(), response: { 200: topicOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), `consultation.${req.body.type}`, (w) => advance(w, req.params.id, req.body, procActor(req), ctx.now()));
    return view(req.params.id);
  });

  api.post('/api/v1/consultations/:id/comments', {
    config: { action: 'consultation.comment', resource: 'consultation' },
    schema: { tags: ['consultation'], summary: '留言或回复 Comment or reply', params: idParams, body: z.object({ body: z.string().trim().min(2).max(2000), parentId: z.number().int().positive().nullable().optional() }).strict(), response: { 201: z.object({ id: z.number() }) } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'consultation.comment', (w) => comment(w, req.params.id, req.body, { accountId: req.actor!.accountId, name: req.actor!.displayName }, ctx.now()))));

  api.post('/api/v1/consultation-comments/:id/hide', {
    config: { action: 'consultation.manage', resource: 'consultationComment' },
    schema: { tags: ['consultation'], summary: '隐藏留言（须说明理由） Hide a comment, with a reason', params: idParams, body: z.object({ reason: z.string().trim().min(2).max(200) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'consultation.moderate', (w) => moderate(w, req.params.id, req.body.reason)); return reply.code(204).send(null); });
}
