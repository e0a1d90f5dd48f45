import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write } from '../../core/access/guard.ts';
import { decide } from '../../core/access/permissions.ts';
import type { Capacity } from '../../core/audit/audit.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { openBlob } from '../../core/blobs.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { residentsBasic } from '../people/service.ts';
import { claimantKinds, wishEvents, wishStates } from './rules.ts';
import {
  actorsFor, addPhoto, createProfile, getProfile, getWish, mine, myProfiles, offerService, photoVisibility, postWish, profiles,
  publicView, serviceOwner, services, staffList, step, villageOfWish, wall, withdrawService,
} from './service.ts';

const codeParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const text = (max: number) => z.string().trim().min(1).max(max);

export function wishRoutes(api: Api, ctx: ModuleContext) {
  /** The staff grant of the actor on the village, if any (screening, claiming for organisations). */
  const staffOn = (req: FastifyRequest, code: string) => (req.actor ? decide(api.policy, req.actor.grants, 'wishes.manage', code) : null);
  const capacity = (req: FastifyRequest, code: string): Capacity => {
    const d = staffOn(req, code);
    return { accountId: req.actor!.accountId, label: req.actor!.username, role: d?.allowed ? d.grant!.role : 'self', code: d?.allowed ? d.grant!.jurisdictionCode : code };
  };

  // --- public: the wish wall, the micro-services and the volunteers' hours
  api.get('/api/v1/villages/:code/wishes/wall', {
    config: { public: true },
    schema: { tags: ['wishes'], summary: '心愿墙（只显示遮盖后的姓名） The public wish wall (masked names only)', params: codeParams },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    const vols = await profiles(ctx.db, req.params.code);
    return {
      wishes: await wall(ctx.db, req.params.code),
      services: await services(ctx.db, req.params.code),
      volunteers: vols.map((p) => ({ id: p.id, kind: p.kind, name: p.publicName, hours: p.hours })),
    };
  });

  api.get('/api/v1/volunteers/:id', {
    config: { public: true },
    schema: { tags: ['wishes'], summary: '志愿者/组织的服务记录与时长 A volunteer\'s or organisation\'s service record', params: idParams },
  }, async (req) => {
    const p = await getProfile(ctx.db, req.params.id);
    return { id: p.id, villageCode: p.villageCode, kind: p.kind, name: p.publicName, introduction: p.introduction, hours: p.hours, fulfilled: p.fulfilled.map(({ id, title, hours, fulfilledAt }) => ({ id, title, hours, fulfilledAt })), services: p.services.map(({ id, title, description, availability }) => ({ id, title, description, availability })) };
  });

  api.get('/api/v1/wish-photos/:sha256', {
    config: { public: true },
    schema: { tags: ['wishes'], summary: '心愿完成照片 A fulfilment photo', params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }) },
  }, async (req, reply) => {
    const v = await photoVisibility(ctx.db, req.params.sha256);
    if (!v) throw AppError.notFound(bi('没有该照片', 'No such photo'));
    if (!v.public) {
      const d = req.actor ? decide(api.policy, req.actor.grants, 'wishes.read', v.villageCode) : null;
      if (!d?.allowed) throw AppError.notFound(bi('没有该照片', 'No such photo'));
    }
    reply.type(v.mime).header('cache-control', v.public ? 'public, max-age=3600' : 'private, no-store');
    return reply.send(openBlob(ctx.config.dataDir, req.params.sha256));
  });

  // --- posting and following one's own wishes
  api.post('/api/v1/villages/:code/wishes', {
    config: { action: 'wishes.post' },
    schema: {
      tags: ['wishes'], summary: '提交微心愿（居民本人，或工作人员代为提交） Post a micro-wish (a resident, or staff on their behalf)', params: codeParams,
      body: z.object({ title: text(60), description: text(1000), wisherName: z.string().trim().min(1).max(40).optional() }).strict(),
    },
  }, async (req, reply) => {
    const a = req.actor!;
    const role = req.capacity?.role;
    let wisherName: string;
    let onBehalf = false;
    if (role !== 'resident' && req.body.wisherName) {
      wisherName = req.body.wisherName; onBehalf = true;
    } else {
      if (req.body.wisherName && role === 'resident') throw AppError.validation([fieldError('wisherName', 'wish.onBehalfStaffOnly', bi('只有工作人员可以代他人提交', 'Only staff may post on someone else\'s behalf'))]);
      const [r] = a.residentId ? await residentsBasic(ctx.db, [a.residentId]) : [];
      wisherName = r?.name ?? a.displayName;
    }
    const v = await write(ctx.db, capacityOf(req), (w) => postWish(w, req.params.code, req.body, { username: a.username, accountId: a.accountId, wisherName, onBehalf }, ctx.now()));
    return reply.code(201).send(v);
  });

  api.get('/api/v1/wishes/mine', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '我提交或认领的心愿 Wishes I posted or claimed' },
  }, async (req) => {
    const list = await mine(ctx.db, req.actor!.accountId);
    return list.map((v) => (v.wisherAccountId === req.actor!.accountId ? v : { ...publicView(v), claimant: v.claimant, events: v.events }));
  });

  api.get('/api/v1/villages/:code/wishes', {
    config: { action: 'wishes.read' },
    schema: { tags: ['wishes'], summary: '本村(社区)全部心愿（含待审核） All wishes of a village', params: codeParams, querystring: z.object({ state: z.enum(wishStates).optional() }) },
  }, async (req) => staffList(ctx.db, req.params.code, req.query.state));

  api.get('/api/v1/wishes/:id', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '一条心愿及我能做的操作 A wish and what I may do with it', params: idParams },
  }, async (req) => {
    const code = await villageOfWish(ctx.db, req.params.id);
    const reader = decide(api.policy, req.actor!.grants, 'wishes.read', code).allowed;
    const actors = await actorsFor(ctx.db, req.params.id, req.actor!.accountId, !!staffOn(req, code)?.allowed);
    const v = await getWish(ctx.db, req.params.id);
    const full = reader || actors.includes('wisher');
    if (!full && !['published', 'claimed', 'fulfilled', 'thanked'].includes(v.state) && !actors.includes('claimant')) throw AppError.notFound(bi('没有该心愿', 'No such wish'));
    return { wish: full ? v : { ...publicView(v), events: v.events, claimant: v.claimant }, actors, full };
  });

  api.post('/api/v1/wishes/:id/:event', {
    config: { authenticated: true },
    schema: {
      tags: ['wishes'], summary: '心愿的一步：审核发布、不予发布、认领、放弃、完成、致谢、撤回 A step: approve, reject, claim, release, fulfil, thank, withdraw',
      params: z.object({ id: z.coerce.number().int().positive(), event: z.enum(wishEvents) }),
      body: z.object({
        reason: z.string().trim().max(500).nullable().optional(), note: z.string().trim().max(1000).nullable().optional(),
        hours: z.number().nullable().optional(), profileId: z.number().int().positive().nullable().optional(), thanks: z.string().trim().max(300).nullable().optional(),
      }).strict().default({}),
    },
  }, async (req) => {
    const code = await villageOfWish(ctx.db, req.params.id);
    const actors = await actorsFor(ctx.db, req.params.id, req.actor!.accountId, !!staffOn(req, code)?.allowed);
    await write(ctx.db, capacity(req, code), (w) => step(w, req.params.id, req.params.event, { accountId: req.actor!.accountId, actors }, req.body, ctx.now()));
    return { wish: await getWish(ctx.db, req.params.id), actors: await actorsFor(ctx.db, req.params.id, req.actor!.accountId, actors.includes('staff')), full: true };
  });

  api.post('/api/v1/wishes/:id/photo', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '上传完成照片（认领人或工作人员） Add the fulfilment photo', params: idParams, consumes: ['multipart/form-data'] },
  }, async (req, reply) => {
    const code = await villageOfWish(ctx.db, req.params.id);
    const actors = await actorsFor(ctx.db, req.params.id, req.actor!.accountId, !!staffOn(req, code)?.allowed);
    const file = await req.file();
    if (!file) throw AppError.validation([fieldError('file', 'file.required', bi('请上传照片', 'Upload a photo'))]);
    const data = await file.toBuffer();
    return reply.code(201).send(await write(ctx.db, capacity(req, code), (w) => addPhoto(w, ctx.config.dataDir, req.params.id, actors, data, ctx.now())));
  });

  // --- volunteers, organisations and units
  api.get('/api/v1/villages/:code/volunteers', {
    config: { action: 'wishes.read' },
    schema: { tags: ['wishes'], summary: '志愿者、党员、社会组织和单位名册（含服务时长） Volunteers and organisations with hours', params: codeParams },
  }, async (req) => profiles(ctx.db, req.params.code));

  const profileBody = z.object({ kind: z.enum(claimantKinds), name: text(80), introduction: z.string().trim().max(500).nullable().optional() }).strict();
  api.post('/api/v1/villages/:code/volunteers', {
    config: { action: 'wishes.manage' },
    schema: { tags: ['wishes'], summary: '登记志愿者、社会组织或单位 Register a volunteer, organisation or unit', params: codeParams, body: profileBody },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), (w) => createProfile(w, req.params.code, req.body, null, ctx.now()))));

  api.post('/api/v1/villages/:code/volunteers/me', {
    config: { action: 'wishes.volunteer' },
    schema: { tags: ['wishes'], summary: '登记自己为志愿者 Register myself as a volunteer', params: codeParams, body: z.object({ kind: z.enum(['volunteer', 'partyMember']).default('volunteer'), introduction: z.string().trim().max(500).nullable().optional() }).strict().default({ kind: 'volunteer' }) },
  }, async (req, reply) => {
    const a = req.actor!;
    const [r] = a.residentId ? await residentsBasic(ctx.db, [a.residentId]) : [];
    return reply.code(201).send(await write(ctx.db, capacityOf(req), (w) => createProfile(w, req.params.code, { kind: req.body.kind, name: r?.name ?? a.displayName, introduction: req.body.introduction }, a.accountId, ctx.now())));
  });

  api.get('/api/v1/volunteers/mine', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '我的志愿者身份和服务时长 My volunteer profiles and hours' },
  }, async (req) => myProfiles(ctx.db, req.actor!.accountId));

  api.post('/api/v1/volunteers/:id/services', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '发布一项微服务 Offer a micro-service', params: idParams, body: z.object({ title: text(60), description: text(1000), availability: z.string().trim().max(200).nullable().optional() }).strict() },
  }, async (req, reply) => {
    const p = await getProfile(ctx.db, req.params.id);
    if (p.accountId !== req.actor!.accountId && !staffOn(req, p.villageCode)?.allowed) throw AppError.forbidden(bi('只能为自己或本村(社区)登记的组织发布服务', 'You may offer services only as yourself or for organisations of your village'));
    return reply.code(201).send(await write(ctx.db, capacity(req, p.villageCode), (w) => offerService(w, p.id, req.body, ctx.now())));
  });

  api.post('/api/v1/micro-services/:id/withdraw', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '撤下一项微服务 Withdraw a micro-service', params: idParams },
  }, async (req, reply) => {
    const o = await serviceOwner(ctx.db, req.params.id);
    if (o.accountId !== req.actor!.accountId && !staffOn(req, o.villageCode)?.allowed) throw AppError.forbidden(bi('不能撤下他人的服务', 'You may not withdraw someone else\'s service'));
    await write(ctx.db, capacity(req, o.villageCode), (w) => withdrawService(w, req.params.id));
    return reply.code(204).send();
  });
}
