import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write, procActor } from '../../core/access/guard.ts';
import { AppError, bi } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { getProcedure, listProcedures, movesOf, timeline, type ProcActor } from '../../core/procedure/engine.ts';
import { requireVillage } from '../jurisdictions/service.ts';

import { closeMeeting, getMeeting, listMeetings, recordAttendance, recordMotion, scheduleMeeting } from './service/index.ts';
import { majorDecision, objection, startMatter, step } from './service/index.ts';
import { addRepresentative, addTraining, endRepresentative, matterTypesFor, register } from './service/index.ts';
import { meetingKinds, type Reason } from './rules.ts';
import { chinaDate } from '../../core/time.ts';
import {
  attendanceStatuses, idOut, matterOut, meetingStatuses, matterSummaryOut, meetingOut, meetingSummaryOut, meetingWithOutcomeOut, registerOut, representativeStatuses, type MatterEventPayload,
} from './schemas.ts';

const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const count = z.number().int().min(0);

export function decisionRoutes(api: Api, ctx: ModuleContext) {
  const today = () => chinaDate(ctx.now());
  // The engine asks the permission chain, on the route's resource, for each step's own action.

  const matterView = async (id: number) => {
    const p = await getProcedure(ctx.db, id);
    if (p.kind !== majorDecision.kind) throw AppError.notFound(bi('没有该事项', 'No such matter'));
    const events = await timeline(ctx.db, id);
    return {
      ...p, stateLabel: majorDecision.stateLabels[p.state] ?? bi2(p.state),
      // Public: the role that acted, never the account name.
      timeline: events.map(({ actorLabel: _name, payload, ...e }) => ({ ...e, payload: payload as MatterEventPayload, toLabel: majorDecision.stateLabels[e.toState] ?? bi2(e.toState) })),
      meetings: await listMeetings(ctx.db, p.villageCode, id),
      moves: movesOf(majorDecision, p),
    };
  };
  const bi2 = (s: string) => ({ 'zh-CN': s, en: s });
  /** A meeting as stored: its head counts and each motion's reasons are JSON columns (service/meetings.ts writes them). */
  const meetingView = <M extends Awaited<ReturnType<typeof getMeeting>>>(m: M) => ({
    ...m, present: m.present as { persons: number; households?: number } | null, motions: m.motions.map((x) => ({ ...x, reasons: x.reasons as Reason[] })),
  });

  // --- public: decisions of a village with their timelines
  api.get('/api/v1/villages/:code/matters', {
    config: { public: true },
    schema: { tags: ['decisions'], summary: '本村重大事项（“四议两公开”） Major matters of a village', params: villageParams, response: { 200: z.array(matterSummaryOut) } },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    const rows = await listProcedures(ctx.db, 'majorDecision', req.params.code);
    return rows.map((p) => ({ id: p.id, title: p.title, state: p.state, stateLabel: majorDecision.stateLabels[p.state] ?? bi2(p.state), createdAt: p.createdAt, updatedAt: p.updatedAt, moves: movesOf(majorDecision, p) }));
  });

  api.get('/api/v1/matters/:id', {
    config: { public: true },
    schema: { tags: ['decisions'], summary: '重大事项详情与时间线 A matter with its timeline', params: idParams, response: { 200: matterOut } },
  }, async (req) => matterView(req.params.id));

  api.get('/api/v1/jurisdictions/:code/matter-types', {
    config: { public: true },
    schema: { tags: ['decisions'], summary: '必须经“四议两公开”的事项 Matters that must go through the procedure', params: z.object({ code: z.string().regex(/^\d{12}$/) }), response: { 200: z.array(z.object({ id: z.number(), scopeCode: z.string(), title: z.string(), basis: z.string() })) } },
  }, async (req) => matterTypesFor(ctx.db, req.params.code));

  // --- staff
  api.post('/api/v1/villages/:code/matters', {
    config: { action: 'decisions.propose' },
    schema: { tags: ['decisions'], summary: '发起重大事项 Start a major matter', params: villageParams, body: z.object({ title: z.string().trim().min(2).max(120), description: z.string().trim().min(2).max(5000), matterTypeId: z.number().int().positive().nullable().optional() }).strict(), response: { 201: matterOut } },
  }, async (req, reply) => {
    const p = await write(ctx.db, capacityOf(req), `${majorDecision.kind}.start`, (w) => startMatter(w, req.params.code, req.body, procActor(req), today(), ctx.now()));
    return reply.code(201).send(await matterView(p.id));
  });

  api.post('/api/v1/matters/:id/steps', {
    config: { action: 'decisions.advance', resource: 'matter' },
    schema: {
      tags: ['decisions'], summary: '推进一步（每步须有合法的会议和表决） Take the next step (each needs its lawful meeting and vote)', params: idParams,
      body: z.object({
        type: z.enum(['propose', 'proposeAndConsult', 'consult', 'review', 'resolve', 'reject', 'withdraw', 'requestResolutionPublication', 'resolutionPublished', 'implement', 'requestOutcomePublication', 'outcomePublished']),
        meetingId: z.number().int().positive().optional(), resolution: z.string().max(5000).optional(), outcome: z.string().max(5000).optional(), note: z.string().max(1000).optional(),
      }).strict(),
      response: { 200: matterOut },
    },
  }, async (req) => {
    const { note, ...event } = req.body;
    await write(ctx.db, capacityOf(req), `${majorDecision.kind}.${event.type}`, (w) => step(w, req.params.id, event, procActor(req), ctx.now(), note ?? null));
    return matterView(req.params.id);
  });

  api.post('/api/v1/matters/:id/objections', {
    config: { action: 'decisions.object', resource: 'matter' },
    schema: { tags: ['decisions'], summary: '监委会记录异议（显示在时间线上） The supervisory committee records an objection', params: idParams, body: z.object({ note: z.string().trim().min(2).max(2000) }).strict(), response: { 200: matterOut } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), `${majorDecision.kind}.objection`, (w) => objection(w, req.params.id, procActor(req), req.body.note, ctx.now()));
    return matterView(req.params.id);
  });

  // --- meetings
  api.get('/api/v1/villages/:code/meetings', {
    config: { action: 'decisions.read' },
    schema: { tags: ['decisions'], summary: '会议 Meetings of a village', params: villageParams, response: { 200: z.array(meetingSummaryOut) } },
  }, async (req) => listMeetings(ctx.db, req.params.code));

  api.post('/api/v1/villages/:code/meetings', {
    config: { action: 'decisions.meeting' },
    schema: {
      tags: ['decisions'], summary: '安排会议（按法定期限通知） Schedule a meeting with its statutory notice', params: villageParams,
      body: z.object({
        kind: z.enum(meetingKinds), title: z.string().trim().min(2).max(120), meetingDate: date, place: z.string().trim().min(1).max(120), agenda: z.string().trim().min(2).max(5000),
        procedureId: z.number().int().positive().nullable().optional(), eligible: z.object({ adults: count.optional(), households: count.optional(), members: count.optional() }).strict().optional(),
        localNoticeDays: z.number().int().min(0).max(60).optional(),
      }).strict(),
      response: { 201: meetingOut },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'decisions.meeting', async (w) => scheduleMeeting(w, req.params.code, req.body, await loadCalendar(w.trx), today(), ctx.now())).then(meetingView)));

  api.get('/api/v1/meetings/:id', {
    config: { action: 'decisions.read', resource: 'meeting' },
    schema: { tags: ['decisions'], summary: '会议详情 A meeting', params: idParams, response: { 200: meetingOut } },
  }, async (req) => meetingView(await getMeeting(ctx.db, req.params.id)));

  api.post('/api/v1/meetings/:id/attendance', {
    config: { action: 'decisions.meeting', resource: 'meeting' },
    schema: {
      tags: ['decisions'], summary: '登记出席（名单或人数），计算是否达到法定人数 Record attendance and compute quorum', params: idParams,
      body: z.object({ statuses: z.array(z.object({ id: z.number().int(), status: z.enum(attendanceStatuses) })).optional(), persons: count.optional(), households: count.optional() }).strict(),
      response: { 200: meetingWithOutcomeOut },
    },
  }, async (req) => meetingView(await write(ctx.db, capacityOf(req), 'decisions.meeting', (w) => recordAttendance(w, req.params.id, today(), req.body))));

  api.post('/api/v1/meetings/:id/motions', {
    config: { action: 'decisions.meeting', resource: 'meeting' },
    schema: { tags: ['decisions'], summary: '表决（按会议种类的通过规则） Record a vote', params: idParams, body: z.object({ title: z.string().trim().min(2).max(200), for: count, against: count, abstain: count }).strict(), response: { 200: meetingWithOutcomeOut } },
  }, async (req) => meetingView(await write(ctx.db, capacityOf(req), 'decisions.meeting', (w) => recordMotion(w, req.params.id, today(), req.body))));

  api.post('/api/v1/meetings/:id/close', {
    config: { action: 'decisions.meeting', resource: 'meeting' },
    schema: { tags: ['decisions'], summary: '结束（附纪要）或取消会议 Close with minutes, or cancel', params: idParams, body: z.object({ status: z.enum(meetingStatuses).exclude(['scheduled']), minutes: z.string().max(20_000).optional() }).strict(), response: { 200: meetingOut } },
  }, async (req) => meetingView(await write(ctx.db, capacityOf(req), 'decisions.meeting', (w) => closeMeeting(w, req.params.id, today(), req.body))));

  // --- representatives
  api.get('/api/v1/villages/:code/representatives', {
    config: { action: 'decisions.read' },
    schema: {
      tags: ['decisions'], summary: '代表名册及法定构成检查 The representatives\' register and the statutory checks', params: villageParams,
      response: { 200: registerOut },
    },
  }, async (req) => {
    const r = await register(ctx.db, req.params.code, today());
    return { ...r, trainings: { ...r.trainings, list: r.trainings.list.map((x) => ({ ...x, attendeeIds: x.attendeeIds as number[] })) } };
  });

  api.post('/api/v1/villages/:code/representatives', {
    config: { action: 'decisions.representatives' },
    schema: { tags: ['decisions'], summary: '登记代表 Add a representative', params: villageParams, body: z.object({ residentId: z.number().int().positive(), groupId: z.number().int().nullable().optional(), termStart: date, termEnd: date.nullable().optional(), households: z.array(z.number().int().positive()).max(40).optional() }).strict(), response: { 201: idOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'decisions.representatives', (w) => addRepresentative(w, req.params.code, req.body))));

  api.post('/api/v1/representatives/:id/end', {
    config: { action: 'decisions.representatives', resource: 'representative' },
    schema: { tags: ['decisions'], summary: '罢免或辞职 Recall or resignation', params: idParams, body: z.object({ status: z.enum(representativeStatuses).exclude(['active']), endedOn: date, reason: z.string().trim().min(2).max(500) }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'decisions.representatives', (w) => endRepresentative(w, req.params.id, req.body)); return reply.code(204).send(null); });

  api.post('/api/v1/villages/:code/representative-trainings', {
    config: { action: 'decisions.representatives' },
    schema: { tags: ['decisions'], summary: '代表培训记录 Record a training', params: villageParams, body: z.object({ heldOn: date, topic: z.string().trim().min(2).max(200), attendeeIds: z.array(z.number().int().positive()).max(200) }).strict(), response: { 201: idOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'decisions.representatives', (w) => addTraining(w, req.params.code, req.body))));
}

