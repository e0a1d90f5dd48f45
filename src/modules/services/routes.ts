// HTTP routes of the service desk, errands, and the Open311 (GeoReport v2) API.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bilingualOut } from '../../core/serializer.ts';
import { capacityOf, write } from '../../core/access/guard.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { normaliseCode } from '../../core/jurisdiction-codes.ts';
import { requireNode } from '../jurisdictions/service.ts';
import { backOfficeKinds, requestStates } from './rules.ts';
import { addCatalogItem, catalogFor, errandsOfResident, fileRequest, getRequest, listErrands, listRequests, moveRequest, requestsOfResident, returnErrand, startErrand, updateCatalogItem } from './service.ts';
import { open311Routes } from './open311.ts';
import { chinaDate } from '../../core/time.ts';

const codeParams = z.object({ code: z.string().regex(/^\d{2,12}$/) });
const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });

export const catalogItemOut = z.object({
  id: z.number(), countyCode: z.string(), code: z.string(), name: z.string(), description: z.string(), office: z.string(),
  documents: z.array(z.string()), workingDays: z.number(), active: z.boolean(),
  /** The kind of department that does the back office: requests go to the nearest one on acceptance. */
  departmentKind: z.enum(backOfficeKinds).nullable(),
});
const catalogBody = z.object({
  code: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,48}$/, 'lower-case letters, digits and dashes'),
  name: z.string().trim().min(2).max(100), description: z.string().trim().max(1000).optional(), office: z.string().trim().min(2).max(100),
  documents: z.array(z.string().trim().min(1).max(100)).max(30), workingDays: z.number().int().min(1).max(365), active: z.boolean().optional(),
  departmentKind: z.enum(backOfficeKinds).nullable().optional(),
}).strict();

const requestSummary = z.object({
  id: z.number(), villageCode: z.string(), residentId: z.number(), residentName: z.string(), description: z.string(), state: z.enum(requestStates),
  stateLabel: bilingualOut, channel: z.string(), filedByLabel: z.string(), onBehalf: z.boolean(), filedOn: z.string(), dueOn: z.string().nullable(),
  statusNote: z.string().nullable(), createdAt: z.date(), updatedAt: z.date(), escalatedAt: z.date().nullable(), overdue: z.boolean(),
  serviceCode: z.string(), serviceName: z.string(), office: z.string(),
  /** The department the back office was routed to on acceptance (null: the village committee and township). */
  department: z.object({ id: z.number(), name: z.string() }).nullable(),
});
export const requestOut = requestSummary.extend({
  moves: z.array(z.object({ state: z.enum(requestStates), label: bilingualOut })),
  timeline: z.array(z.object({ id: z.number(), fromState: z.string().nullable(), toState: z.string(), toLabel: bilingualOut, note: z.string().nullable(), actorRole: z.string(), at: z.date(), dueOn: z.string().nullable() })),
});
const errandOut = z.object({
  id: z.number(), villageCode: z.string(), requestId: z.number().nullable(), residentId: z.number(), residentName: z.string(), office: z.string(), matter: z.string(),
  handedOver: z.string(), returned: z.string().nullable(), state: z.enum(['out', 'returned']), runnerLabel: z.string(), startedOn: z.string(), returnedOn: z.string().nullable(),
});
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export function serviceRoutes(api: Api, ctx: ModuleContext) {
  const today = () => chinaDate(ctx.now());
  const who = (req: FastifyRequest, onBehalf: boolean) => ({ accountId: req.actor!.accountId, label: req.actor!.username, role: req.capacity?.role ?? 'resident', onBehalf });

  // --- catalogue
  api.get('/api/v1/jurisdictions/:code/service-catalog', {
    config: { public: true },
    schema: { tags: ['services'], summary: '本县服务事项目录（办理部门、所需材料、承诺工作日） The county\'s service catalogue', params: codeParams, querystring: z.object({ all: z.enum(['true', 'false']).default('false') }), response: { 200: z.array(catalogItemOut) } },
  }, async (req) => { const n = await requireNode(ctx.db, req.params.code); return catalogFor(ctx.db, n.code, { includeInactive: req.query.all === 'true' }); });

  api.post('/api/v1/jurisdictions/:code/service-catalog', {
    config: { action: 'services.catalog' },
    schema: { tags: ['services'], summary: '县民政局新增服务事项 The county adds a service', params: codeParams, body: catalogBody, response: { 201: catalogItemOut } },
  }, async (req, reply) => {
    const code = normaliseCode(req.params.code)!;
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'services.catalog', (w) => addCatalogItem(w, code, req.body)));
  });

  api.patch('/api/v1/service-catalog/:id', {
    config: { action: 'services.catalog', resource: 'serviceCatalogItem' },
    schema: { tags: ['services'], summary: '修改服务事项（材料、工作日、停用） Edit a service', params: idParams, body: catalogBody.omit({ code: true }).partial().strict(), response: { 200: catalogItemOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'services.catalog', (w) => updateCatalogItem(w, req.params.id, req.body)));

  // --- requests: the desk (staff, on a resident's behalf) and the back office
  api.get('/api/v1/jurisdictions/:code/service-requests', {
    config: { action: 'services.read' },
    schema: { tags: ['services'], summary: '服务申请（本级及下级） Service requests of a node and below', params: codeParams, querystring: z.object({ state: z.enum(requestStates).optional(), open: z.enum(['true', 'false']).optional() }), response: { 200: z.array(requestSummary) } },
  }, async (req) => {
    // A department's staff (granted on their township or county) see what is routed to their department.
    const department = req.capacity?.department?.id;
    return listRequests(ctx.db, normaliseCode(req.params.code)!, { state: req.query.state, open: req.query.open === 'true', ...(department !== undefined ? { departmentId: department } : {}) }, today());
  });

  api.post('/api/v1/villages/:code/service-requests', {
    config: { action: 'services.desk' },
    schema: {
      tags: ['services'], summary: '窗口代居民提交申请（审计记录“代为办理”） File a request at the desk on a resident\'s behalf', params: villageParams,
      body: z.object({ residentId: z.number().int().positive(), serviceCode: z.string().min(1).max(50), description: text(2, 2000) }).strict(), response: { 201: requestOut },
    },
  }, async (req, reply) => {
    const cal = await loadCalendar(ctx.db);
    const r = await write(ctx.db, capacityOf(req), 'services.desk', (w) => fileRequest(w, { villageCode: req.params.code, ...req.body, channel: 'desk' }, who(req, true), cal, ctx.now()));
    return reply.code(201).send(r);
  });

  api.get('/api/v1/service-requests/:id', {
    config: { action: 'services.read', resource: 'serviceRequest' },
    schema: { tags: ['services'], summary: '服务申请及其时间线 A request with its timeline', params: idParams, response: { 200: requestOut } },
  }, async (req) => getRequest(ctx.db, req.params.id, today()));

  api.post('/api/v1/service-requests/:id/transitions', {
    config: { action: 'services.handle', resource: 'serviceRequest' },
    schema: {
      tags: ['services'], summary: '后台办理：改变申请状态（未办理关闭须写原因） Move a request (closing without the service needs a reason)', params: idParams,
      body: z.object({ to: z.enum(requestStates), note: z.string().trim().max(1000).optional() }).strict(), response: { 200: requestOut },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'services.handle', (w) => moveRequest(w, req.params.id, req.body.to, req.body.note ?? null, capacityOf(req), ctx.now(), req.capacity?.department?.id ?? null)));

  // --- the resident's own requests
  api.get('/api/v1/my/service-requests', {
    config: { authenticated: true },
    schema: { tags: ['services'], summary: '我的申请与代办 My requests and errands', response: { 200: z.object({ requests: z.array(requestSummary), errands: z.array(errandOut.omit({ villageCode: true, requestId: true, residentId: true, residentName: true, runnerLabel: true })) }) } },
  }, async (req) => {
    const rid = req.actor!.residentId;
    if (!rid) return { requests: [], errands: [] };
    return { requests: await requestsOfResident(ctx.db, rid, today()), errands: await errandsOfResident(ctx.db, rid) };
  });

  // The resident's own request: the chain lets its owner read it; anyone else's is "not found".
  api.get('/api/v1/my/service-requests/:id', {
    config: { action: 'services.readOwn', resource: 'serviceRequest', denied: 'notFound' },
    schema: { tags: ['services'], summary: '我的一项申请及其每次状态变化 One of my requests with every state change', params: idParams, response: { 200: requestOut } },
  }, async (req) => getRequest(ctx.db, req.params.id, today()));

  // Filed for the signed-in resident themself, in their own village: the resource is the account's
  // own resident record (people's ownResident), so the chain judges the resident's grant there.
  api.post('/api/v1/my/service-requests', {
    config: { action: 'services.file', resource: 'ownResident' },
    schema: { tags: ['services'], summary: '居民在线提交申请 A resident files a request online', body: z.object({ serviceCode: z.string().min(1).max(50), description: text(2, 2000) }).strict(), response: { 201: requestOut } },
  }, async (req, reply) => {
    const cal = await loadCalendar(ctx.db);
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'services.file', (w) => fileRequest(w, { villageCode: req.resource!.jurisdictionCode, residentId: req.actor!.residentId!, ...req.body, channel: 'online' }, who(req, false), cal, ctx.now())));
  });

  // --- errands (民事代办)
  api.get('/api/v1/villages/:code/errands', {
    config: { action: 'services.read' },
    schema: { tags: ['services'], summary: '代办记录 Errands', params: villageParams, response: { 200: z.array(errandOut) } },
  }, async (req) => listErrands(ctx.db, req.params.code));

  api.post('/api/v1/villages/:code/errands', {
    config: { action: 'services.errand' },
    schema: {
      tags: ['services'], summary: '登记代办：送往乡镇或县部门，记录交出的材料 Start an errand and record what was handed over', params: villageParams,
      body: z.object({ residentId: z.number().int().positive(), requestId: z.number().int().positive().nullable().optional(), office: text(2, 100), matter: text(2, 200), handedOver: text(2, 1000) }).strict(),
      response: { 201: errandOut },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'services.errand', (w) => startErrand(w, req.params.code, req.body, { accountId: req.actor!.accountId, label: req.actor!.username }, today()))));

  api.post('/api/v1/errands/:id/return', {
    config: { action: 'services.errand', resource: 'errand' },
    schema: { tags: ['services'], summary: '代办办回：记录带回的材料或结果 The errand comes back: record what was returned', params: idParams, body: z.object({ returned: text(2, 1000) }).strict(), response: { 200: errandOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'services.errand', (w) => returnErrand(w, req.params.id, req.body.returned, today())));

  open311Routes(api, ctx);
}
