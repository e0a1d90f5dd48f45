import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write } from '../../core/access/guard.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { openBlob } from '../../core/blobs.ts';
import { fileResponse, bilingualOut } from '../../core/serializer.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { residentsBasic } from '../people/service.ts';
import { claimantKinds, wishStates, type WishActor, type WishEvent } from './rules.ts';
import {
  actorsFor, addPhoto, createProfile, getProfile, getWish, mine, myProfiles, offerService, photoVisibility, postWish, profiles,
  publicView, services, staffList, step, wall, withdrawService, type WishView,
} from './service.ts';

const codeParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const text = (max: number) => z.string().trim().min(1).max(max);

// --- response shapes
const wishActors = ['wisher', 'staff', 'claimant', 'volunteer', 'other'] as const satisfies readonly WishActor[];
const kind = z.enum(claimantKinds);
const eventOut = z.object({ event: z.string(), fromState: z.string(), toState: z.string(), actorRole: z.string(), note: z.string().nullable(), at: z.date() });
/** The claimant shown with a wish (never the account behind the profile). */
const claimantOut = z.object({ id: z.number(), kind, name: z.string(), publicName: z.string() });
/** A wish as the public wall shows it: the wisher's name masked, nothing personal. */
const wallWishOut = z.object({
  id: z.number(), villageCode: z.string(), title: z.string(), description: z.string(), wisher: z.string(), state: z.enum(wishStates), stateLabel: bilingualOut,
  claimant: z.object({ kind, name: z.string() }).nullable(), fulfilNote: z.string().nullable(), photoUrl: z.string().nullable(), hours: z.number().nullable(),
  thanks: z.string().nullable(), createdAt: z.date(), fulfilledAt: z.date().nullable(), thankedAt: z.date().nullable(),
});
/** A wish as its claimant or another resident sees it: the wall's view, with the claimant and the steps taken. */
const sharedWishOut = wallWishOut.extend({ claimant: claimantOut.nullable(), events: z.array(eventOut) });
/** A wish in full (staff, the wisher, and whoever just took a step on it). */
const wishOut = z.object({
  id: z.number(), villageCode: z.string(), title: z.string(), description: z.string(), wisherName: z.string(), postedBy: z.string(), onBehalf: z.boolean(),
  state: z.enum(wishStates), stateLabel: bilingualOut, rejectReason: z.string().nullable(), claimedBy: z.number().nullable(), claimedAt: z.date().nullable(),
  fulfilNote: z.string().nullable(), photoSha256: z.string().nullable(), photoMime: z.string().nullable(), photoUrl: z.string().nullable(),
  minutes: z.number().nullable(), hours: z.number().nullable(), fulfilledAt: z.date().nullable(), thanks: z.string().nullable(), thankedAt: z.date().nullable(),
  createdAt: z.date(), updatedAt: z.date(), claimant: claimantOut.nullable(), events: z.array(eventOut),
});
/** Full for staff and the wisher, shared for everyone else (the full shape is tried first). */
const anyWishOut = z.union([wishOut, sharedWishOut]);
const wishDetailOut = z.object({ wish: anyWishOut, actors: z.array(z.enum(wishActors)), full: z.boolean() });
const profileOut = z.object({ id: z.number(), villageCode: z.string(), kind, name: z.string(), publicName: z.string(), introduction: z.string().nullable(), hours: z.number(), own: z.boolean() });
const microServiceOut = z.object({ id: z.number(), villageCode: z.string(), profileId: z.number(), title: z.string(), description: z.string(), availability: z.string().nullable(), active: z.boolean(), createdAt: z.date() });
const serviceSummary = microServiceOut.pick({ id: true, title: true, description: true, availability: true });
const wallOut = z.object({
  wishes: z.array(wallWishOut),
  services: z.array(serviceSummary.extend({ profileId: z.number(), kind, provider: z.string() })),
  volunteers: z.array(z.object({ id: z.number(), kind, name: z.string(), hours: z.number() })),
});
const publicProfileOut = z.object({
  id: z.number(), villageCode: z.string(), kind, name: z.string(), introduction: z.string().nullable(), hours: z.number(),
  fulfilled: z.array(z.object({ id: z.number(), title: z.string(), hours: z.number(), fulfilledAt: z.date().nullable() })), services: z.array(serviceSummary),
});

/** Wishes are sent without the account ids of the wisher and the claimant: internal, and the
 * full view also reaches the claimant (POST /wishes/:id/claim) and the wisher. */
const claimantShown = (c: WishView['claimant']) => c && { id: c.id, kind: c.kind, name: c.name, publicName: c.publicName };
const shown = ({ wisherAccountId: _a, ...v }: WishView) => ({ ...v, claimant: claimantShown(v.claimant) });
const shared = (v: WishView) => ({ ...publicView(v), claimant: claimantShown(v.claimant), events: v.events });

export function wishRoutes(api: Api, ctx: ModuleContext) {
  /** Who the actor is relative to the route's wish, for the wish's step rules: staff is the
   * chain's answer for wishes.manage on the wish's village. */
  const actorsOn = (req: FastifyRequest, id: number) => actorsFor(ctx.db, id, req.actor!.accountId, req.can('wishes.manage'));

  // --- public: the wish wall, the micro-services and the volunteers' hours
  api.get('/api/v1/villages/:code/wishes/wall', {
    config: { public: true },
    schema: { tags: ['wishes'], summary: '心愿墙（只显示遮盖后的姓名） The public wish wall (masked names only)', params: codeParams, response: { 200: wallOut } },
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
    schema: { tags: ['wishes'], summary: '志愿者/组织的服务记录与时长 A volunteer\'s or organisation\'s service record', params: idParams, response: { 200: publicProfileOut } },
  }, async (req) => {
    const p = await getProfile(ctx.db, req.params.id);
    return { id: p.id, villageCode: p.villageCode, kind: p.kind, name: p.publicName, introduction: p.introduction, hours: p.hours, fulfilled: p.fulfilled.map(({ id, title, hours, fulfilledAt }) => ({ id, title, hours, fulfilledAt })), services: p.services.map(({ id, title, description, availability }) => ({ id, title, description, availability })) };
  });

  api.get('/api/v1/wish-photos/:sha256', {
    config: { public: true },
    schema: {
      tags: ['wishes'], summary: '心愿完成照片 A fulfilment photo', params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
      response: { 200: fileResponse(['image/jpeg', 'image/png', 'image/webp'], '完成照片 The photo (JPG, PNG or WebP)') },
    },
  }, async (req, reply) => {
    const v = await photoVisibility(ctx.db, req.params.sha256);
    if (!v) throw AppError.notFound(bi('没有该照片', 'No such photo'));
    // Before its wish is on the wall, only the village's staff see a photo (others are told there is none).
    if (!v.public && !req.can('wishes.read', { type: 'wishPhoto', id: req.params.sha256, jurisdictionCode: v.villageCode })) {
      throw AppError.notFound(bi('没有该照片', 'No such photo'));
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
      response: { 201: wishOut },
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
    const v = await write(ctx.db, capacityOf(req), 'wishes.post', (w) => postWish(w, req.params.code, req.body, { username: a.username, accountId: a.accountId, wisherName, onBehalf }, ctx.now()));
    return reply.code(201).send(shown(v));
  });

  api.get('/api/v1/wishes/mine', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '我提交或认领的心愿 Wishes I posted or claimed', response: { 200: z.array(anyWishOut) } },
  }, async (req) => {
    const list = await mine(ctx.db, req.actor!.accountId);
    return list.map((v) => (v.wisherAccountId === req.actor!.accountId ? shown(v) : shared(v)));
  });

  api.get('/api/v1/villages/:code/wishes', {
    config: { action: 'wishes.read' },
    schema: { tags: ['wishes'], summary: '本村(社区)全部心愿（含待审核） All wishes of a village', params: codeParams, querystring: z.object({ state: z.enum(wishStates).optional() }), response: { 200: z.array(wishOut) } },
  }, async (req) => (await staffList(ctx.db, req.params.code, req.query.state)).map(shown));

  api.get('/api/v1/wishes/:id', {
    config: { action: 'wishes.view', resource: 'wish' },
    schema: { tags: ['wishes'], summary: '一条心愿及我能做的操作 A wish and what I may do with it', params: idParams, response: { 200: wishDetailOut } },
  }, async (req) => {
    const reader = req.can('wishes.read');
    const actors = await actorsOn(req, req.params.id);
    const v = await getWish(ctx.db, req.params.id);
    const full = reader || actors.includes('wisher');
    if (!full && !['published', 'claimed', 'fulfilled', 'thanked'].includes(v.state) && !actors.includes('claimant')) throw AppError.notFound(bi('没有该心愿', 'No such wish'));
    return { wish: full ? shown(v) : shared(v), actors, full };
  });

  // One route a step, each with the action it needs on the wish (or on the claim, for the
  // claimant's steps); the wish's rules then say whether this actor may take it in this state.
  const stepBody = z.object({
    reason: z.string().trim().max(500).nullable().optional(), note: z.string().trim().max(1000).nullable().optional(),
    hours: z.number().nullable().optional(), profileId: z.number().int().positive().nullable().optional(), thanks: z.string().trim().max(300).nullable().optional(),
  }).strict().default({});
  const stepRoute = (event: WishEvent, action: string, resource: 'wish' | 'wishClaim', summary: string) => api.post(`/api/v1/wishes/:id/${event}`, {
    config: { action, resource },
    schema: { tags: ['wishes'], summary, params: idParams, body: stepBody, response: { 200: wishDetailOut.extend({ wish: wishOut, full: z.literal(true) }) } },
  }, async (req) => {
    const actors = await actorsOn(req, req.params.id);
    await write(ctx.db, capacityOf(req), `wishes.${event}`, (w) => step(w, req.params.id, event, { accountId: req.actor!.accountId, actors }, req.body, ctx.now()));
    return { wish: shown(await getWish(ctx.db, req.params.id)), actors: await actorsOn(req, req.params.id), full: true as const };
  });
  stepRoute('approve', 'wishes.manage', 'wish', '审核发布心愿（工作人员） Approve a wish and put it on the wall (staff)');
  stepRoute('reject', 'wishes.manage', 'wish', '不予发布（须说明理由） Reject a wish, with the reason (staff)');
  stepRoute('claim', 'wishes.claim', 'wish', '认领心愿（志愿者本人，或工作人员代组织） Claim a wish (a volunteer, or staff for an organisation)');
  stepRoute('release', 'wishes.fulfil', 'wishClaim', '放弃认领（认领人或工作人员） Release a claimed wish (the claimant or staff)');
  stepRoute('fulfil', 'wishes.fulfil', 'wishClaim', '完成心愿（附说明或照片及服务时长） Fulfil a wish, with a note or photo and the hours (the claimant or staff)');
  stepRoute('thank', 'wishes.thank', 'wish', '致谢（心愿人） Thank the claimant (the wisher)');
  stepRoute('withdraw', 'wishes.withdraw', 'wish', '撤回心愿（心愿人或工作人员） Withdraw a wish (the wisher or staff)');

  api.post('/api/v1/wishes/:id/photo', {
    config: { action: 'wishes.fulfil', resource: 'wishClaim' },
    schema: { tags: ['wishes'], summary: '上传完成照片（认领人或工作人员） Add the fulfilment photo', params: idParams, consumes: ['multipart/form-data'], response: { 201: wishOut } },
  }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw AppError.validation([fieldError('file', 'file.required', bi('请上传照片', 'Upload a photo'))]);
    const data = await file.toBuffer();
    return reply.code(201).send(shown(await write(ctx.db, capacityOf(req), 'wishes.fulfil', (w) => addPhoto(w, ctx.config.dataDir, req.params.id, data, ctx.now()))));
  });

  // --- volunteers, organisations and units
  api.get('/api/v1/villages/:code/volunteers', {
    config: { action: 'wishes.read' },
    schema: { tags: ['wishes'], summary: '志愿者、党员、社会组织和单位名册（含服务时长） Volunteers and organisations with hours', params: codeParams, response: { 200: z.array(profileOut) } },
  }, async (req) => profiles(ctx.db, req.params.code));

  const profileBody = z.object({ kind: z.enum(claimantKinds), name: text(80), introduction: z.string().trim().max(500).nullable().optional() }).strict();
  api.post('/api/v1/villages/:code/volunteers', {
    config: { action: 'wishes.manage' },
    schema: { tags: ['wishes'], summary: '登记志愿者、社会组织或单位 Register a volunteer, organisation or unit', params: codeParams, body: profileBody, response: { 201: profileOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'wishes.profile', (w) => createProfile(w, req.params.code, req.body, null, ctx.now()))));

  api.post('/api/v1/villages/:code/volunteers/me', {
    config: { action: 'wishes.volunteer' },
    schema: { tags: ['wishes'], summary: '登记自己为志愿者 Register myself as a volunteer', params: codeParams, body: z.object({ kind: z.enum(['volunteer', 'partyMember']).default('volunteer'), introduction: z.string().trim().max(500).nullable().optional() }).strict().default({ kind: 'volunteer' }), response: { 201: profileOut } },
  }, async (req, reply) => {
    const a = req.actor!;
    const [r] = a.residentId ? await residentsBasic(ctx.db, [a.residentId]) : [];
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'wishes.profile', (w) => createProfile(w, req.params.code, { kind: req.body.kind, name: r?.name ?? a.displayName, introduction: req.body.introduction }, a.accountId, ctx.now())));
  });

  api.get('/api/v1/volunteers/mine', {
    config: { authenticated: true },
    schema: { tags: ['wishes'], summary: '我的志愿者身份和服务时长 My volunteer profiles and hours', response: { 200: z.array(profileOut) } },
  }, async (req) => myProfiles(ctx.db, req.actor!.accountId));

  api.post('/api/v1/volunteers/:id/services', {
    config: { action: 'wishes.offer', resource: 'volunteerProfile' },
    schema: { tags: ['wishes'], summary: '发布一项微服务（本人，或工作人员为本村组织） Offer a micro-service (as oneself, or staff for an organisation)', params: idParams, body: z.object({ title: text(60), description: text(1000), availability: z.string().trim().max(200).nullable().optional() }).strict(), response: { 201: microServiceOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'wishes.service', (w) => offerService(w, req.params.id, req.body, ctx.now()))));

  api.post('/api/v1/micro-services/:id/withdraw', {
    config: { action: 'wishes.offer', resource: 'microService' },
    schema: { tags: ['wishes'], summary: '撤下一项微服务 Withdraw a micro-service', params: idParams, response: { 204: z.null() } },
  }, async (req, reply) => {
    await write(ctx.db, capacityOf(req), 'wishes.service', (w) => withdrawService(w, req.params.id));
    return reply.code(204).send(null);
  });
}
