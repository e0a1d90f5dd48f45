import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write } from '../../core/access/guard.ts';
import { AppError, bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { getProcedure, listProcedures, timeline } from '../../core/procedure/engine.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { advance, categoriesFor, comment, comments, consultation, consultationMigrations, installCategories, moderate, propose, villageOfComment } from './consultation.ts';

const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });

export const consultationManifest: ModuleManifest = {
  name: 'consultation',
  migrations: consultationMigrations,
  actions: {
    'consultation.propose': { roles: ['committeeMember', 'resident'], description: bi('提出议事协商议题', 'Propose a topic') },
    'consultation.manage': { roles: ['committeeMember'], description: bi('预审、记录协商结果、采纳与反馈', 'Pre-review, record the session, adopt and report back') },
    'consultation.comment': { roles: ['committeeMember', 'supervisor', 'gridWorker', 'resident'], description: bi('参与网上协商', 'Take part in the online deliberation') },
  },
  nav: [{ path: '/staff/consultation', labelKey: 'nav.consultation', action: 'consultation.manage', order: 45 }],
  async seedDemo(ctx) {
    await installCategories(ctx.db, '500230000000');
    const code = '500230210001';
    const cats = await categoriesFor(ctx.db, code);
    const clerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code };
    const actor = { label: 'ljb-committee', role: 'committeeMember' as const };
    const now = new Date('2026-11-12T02:00:00Z');
    const p = await write(ctx.db, clerk, (w) => propose(w, code, { categoryId: cats[1]!.id, title: '第二居民小组垃圾收集点选址', description: '现收集点紧邻居民住宅，夏季异味大。拟在两处备选地点中选定新址，请居民发表意见。' }, actor, now));
    await write(ctx.db, clerk, (w) => advance(w, p.id, { type: 'accept', text: '属于人居环境整治事项，符合议事协商目录，同意开展协商' }, actor, new Date('2026-11-13T02:00:00Z')));
    ctx.say('议事协商：廖家坝社区一个议题正在网上协商 / consultation: one open topic');
  },
  routes(api, ctx) {
    const actorOf = (req: FastifyRequest) => ({ label: req.actor!.username, role: (req.capacity?.role ?? 'resident') as never });
    const topicScope = async (req: FastifyRequest) => (await getProcedure(ctx.db, (req.params as { id: number }).id)).villageCode;
    const view = async (id: number) => {
      const p = await getProcedure(ctx.db, id);
      return { ...p, stateLabel: consultation.stateLabels[p.state], timeline: (await timeline(ctx.db, id)).map(({ actorLabel: _name, ...e }) => ({ ...e, toLabel: consultation.stateLabels[e.toState] })) };
    };

    api.get('/api/v1/jurisdictions/:code/consultation-categories', {
      config: { public: true },
      schema: { tags: ['consultation'], summary: '议事协商事项目录 The consultation catalogue', params: villageParams },
    }, async (req) => categoriesFor(ctx.db, req.params.code));

    api.get('/api/v1/villages/:code/consultations', {
      config: { public: true },
      schema: { tags: ['consultation'], summary: '议事协商议题 Consultation topics of a village', params: villageParams },
    }, async (req) => {
      await requireVillage(ctx.db, req.params.code);
      return (await listProcedures(ctx.db, 'consultation', req.params.code)).map((p) => ({ id: p.id, title: p.title, state: p.state, stateLabel: consultation.stateLabels[p.state], createdAt: p.createdAt, updatedAt: p.updatedAt }));
    });

    api.get('/api/v1/consultations/:id', {
      config: { public: true },
      schema: { tags: ['consultation'], summary: '议题、时间线 A topic with its timeline', params: idParams },
    }, async (req) => {
      const v = await view(req.params.id);
      if (v.kind !== 'consultation') throw AppError.notFound(bi('没有该议题', 'No such topic'));
      return v;
    });

    api.get('/api/v1/consultations/:id/comments', {
      config: { public: true },
      schema: { tags: ['consultation'], summary: '协商留言（每页 20 条） Comments, 20 a page', params: idParams, querystring: z.object({ cursor: z.coerce.number().int().optional() }) },
    }, async (req) => comments(ctx.db, req.params.id, { after: req.query.cursor, limit: 20 }));

    api.post('/api/v1/villages/:code/consultations', {
      config: { action: 'consultation.propose' },
      schema: { tags: ['consultation'], summary: '提出议题 Propose a topic', params: villageParams, body: z.object({ categoryId: z.number().int().positive(), title: z.string().trim().min(2).max(120), description: z.string().trim().min(2).max(5000) }).strict() },
    }, async (req, reply) => {
      const p = await write(ctx.db, capacityOf(req), (w) => propose(w, req.params.code, req.body, actorOf(req), ctx.now()));
      return reply.code(201).send(await view(p.id));
    });

    api.post('/api/v1/consultations/:id/steps', {
      config: { action: 'consultation.manage', scope: topicScope },
      schema: { tags: ['consultation'], summary: '预审、记录协商、采纳、落实、反馈 Take the next step', params: idParams, body: z.object({ type: z.enum(['accept', 'decline', 'recordSession', 'adopt', 'notAdopt', 'implement', 'reportBack']), text: z.string().trim().max(5000).optional() }).strict() },
    }, async (req) => {
      await write(ctx.db, capacityOf(req), (w) => advance(w, req.params.id, req.body, actorOf(req), ctx.now()));
      return view(req.params.id);
    });

    api.post('/api/v1/consultations/:id/comments', {
      config: { action: 'consultation.comment', scope: topicScope },
      schema: { tags: ['consultation'], summary: '留言或回复 Comment or reply', params: idParams, body: z.object({ body: z.string().trim().min(2).max(2000), parentId: z.number().int().positive().nullable().optional() }).strict() },
    }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), (w) => comment(w, req.params.id, req.body, { accountId: req.actor!.accountId, name: req.actor!.displayName }, ctx.now()))));

    api.post('/api/v1/consultation-comments/:id/hide', {
      config: { action: 'consultation.manage', scope: async (req) => villageOfComment(ctx.db, (req.params as { id: number }).id) },
      schema: { tags: ['consultation'], summary: '隐藏留言（须说明理由） Hide a comment, with a reason', params: idParams, body: z.object({ reason: z.string().trim().min(2).max(200) }).strict(), response: { 204: z.null() } },
    }, async (req, reply) => { await write(ctx.db, capacityOf(req), (w) => moderate(w, req.params.id, req.body.reason)); return reply.code(204).send(null); });
  },
};
