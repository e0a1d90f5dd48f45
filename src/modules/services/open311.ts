// An Open311 GeoReport v2-shaped API (https://wiki.open311.org/GeoReport_v2) under
// /api/open311/v2/, so other systems (a county 12345 hotline, a township platform) can list the
// catalogue, file requests and read their status. Field names are GeoReport's; `jurisdiction_id`
// is a 12-digit division code (the county for services, the village for a new request).
// Differences from the specification, by design:
// - JSON only (no XML), and POST takes a JSON body.
// - No api_key: POST requests.json needs a signed-in session (cookie + x-csrf-token), like every
//   write here. A resident files for themself; desk staff (committee member, grid worker) must
//   give `resident_id` and the audit log records that they acted on the resident's behalf.
// - Reading requests needs `services.read` on the node (requests name residents' needs).
// - `status` is open/closed; `status_notes` carries our finer state and any reason given.
import { z } from 'zod';
import { capacityOf, write } from '../../core/access/guard.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { requireNode } from '../jurisdictions/service.ts';
import { open311Status, stateLabels, type RequestState } from './rules.ts';
import { catalogFor, catalogItem, countyOf, fileRequest, getRequest, listRequests } from './service.ts';
import { chinaDate, chinaTimestamp } from '../../core/time.ts';

const jurisdiction = z.string().regex(/^\d{12}$/, '12-digit division code');
const serviceOut = z.object({
  service_code: z.string(), service_name: z.string(), description: z.string(), metadata: z.boolean(), type: z.literal('realtime'), keywords: z.string(), group: z.string(),
});
const definitionOut = z.object({
  service_code: z.string(),
  attributes: z.array(z.object({ variable: z.boolean(), code: z.string(), datatype: z.literal('string'), required: z.boolean(), datatype_description: z.string(), order: z.number(), description: z.string() })),
});
const requestOut = z.object({
  service_request_id: z.string(), status: z.enum(['open', 'closed']), status_notes: z.string().nullable(), service_name: z.string(), service_code: z.string(),
  description: z.string(), agency_responsible: z.string(), service_notice: z.string().nullable(), requested_datetime: z.string(), updated_datetime: z.string(),
  expected_datetime: z.string().nullable(), address: z.string().nullable(), jurisdiction_id: z.string(),
});
const problem = z.object({ title: z.string(), detail: z.string() }).passthrough();

/** GeoReport datetimes are ISO 8601 with offset; ours are Beijing time. */
const w3c = chinaTimestamp;

type Row = Awaited<ReturnType<typeof getRequest>>;
export function toGeoReport(r: Omit<Row, 'timeline' | 'moves'>) {
  const label = stateLabels[r.state as RequestState];
  return {
    service_request_id: String(r.id), status: open311Status(r.state), status_notes: `${label['zh-CN']} ${label.en}${r.statusNote ? `：${r.statusNote}` : ''}`,
    service_name: r.serviceName, service_code: r.serviceCode, description: r.description, agency_responsible: r.office,
    service_notice: r.dueOn ? `承诺 ${r.dueOn} 前办结 Due by ${r.dueOn}` : null,
    requested_datetime: w3c(r.createdAt), updated_datetime: w3c(r.updatedAt),
    // The end of the due day, Beijing time.
    expected_datetime: r.dueOn ? `${r.dueOn}T23:59:59+08:00` : null, address: null, jurisdiction_id: r.villageCode,
  };
}

export function open311Routes(api: Api, ctx: ModuleContext) {
  const base = '/api/open311/v2';
  const tags = ['open311'];

  api.get(`${base}/services.json`, {
    config: { public: true },
    schema: { tags, summary: 'GeoReport v2: 服务列表 Service list', querystring: z.object({ jurisdiction_id: jurisdiction }), response: { 200: z.array(serviceOut) } },
  }, async (req) => {
    const node = await requireNode(ctx.db, req.query.jurisdiction_id);
    return (await catalogFor(ctx.db, node.code)).map((s) => ({
      service_code: s.code, service_name: s.name, description: s.description || s.name, metadata: s.documents.length > 0, type: 'realtime' as const,
      keywords: s.documents.join(','), group: s.office,
    }));
  });

  api.get(`${base}/services/:service_code.json`, {
    config: { public: true },
    schema: { tags, summary: 'GeoReport v2: 服务定义（所需材料） Service definition (documents needed)', params: z.object({ service_code: z.string().min(1).max(50) }), querystring: z.object({ jurisdiction_id: jurisdiction }), response: { 200: definitionOut } },
  }, async (req) => {
    const node = await requireNode(ctx.db, req.query.jurisdiction_id);
    const s = await catalogItem(ctx.db, countyOf(node.code), req.params.service_code);
    if (!s || !s.active) throw AppError.notFound(bi(`没有服务 ${req.params.service_code}`, `No service ${req.params.service_code}`));
    return {
      service_code: s.code,
      attributes: s.documents.map((d, i) => ({ variable: false, code: `document_${i + 1}`, datatype: 'string' as const, required: true, datatype_description: d, order: i + 1, description: `所需材料：${d}` })),
    };
  });

  api.post(`${base}/requests.json`, {
    config: { action: 'services.open311', resource: 'open311Village' },
    schema: {
      tags, summary: 'GeoReport v2: 提交申请（需登录会话与 x-csrf-token；工作人员须给 resident_id） Create a request (session + x-csrf-token; staff give resident_id)',
      body: z.object({ jurisdiction_id: jurisdiction, service_code: z.string().min(1).max(50), description: z.string().trim().min(2).max(2000), resident_id: z.number().int().positive().optional() }).strict(),
      response: { 201: z.array(z.object({ service_request_id: z.string(), service_notice: z.string().nullable(), account_id: z.string().nullable() })), 422: problem },
    },
  }, async (req, reply) => {
    const role = req.capacity?.role ?? 'resident';
    let residentId: number;
    let onBehalf = false;
    if (role === 'resident') {
      if (!req.actor!.residentId) throw AppError.forbidden(bi('该账户没有关联居民登记', 'This account is not linked to a resident'));
      if (req.body.resident_id !== undefined && req.body.resident_id !== req.actor!.residentId) {
        throw AppError.validation([fieldError('resident_id', 'open311.resident', bi('居民只能为自己提交申请', 'A resident files only for themself'))]);
      }
      residentId = req.actor!.residentId;
    } else {
      if (req.body.resident_id === undefined) throw AppError.validation([fieldError('resident_id', 'open311.resident', bi('工作人员代为提交时必须指明居民（resident_id）', 'Staff filing for a resident must give resident_id'))]);
      residentId = req.body.resident_id;
      onBehalf = true;
    }
    const cal = await loadCalendar(ctx.db);
    const r = await write(ctx.db, capacityOf(req), 'services.open311', (w) => fileRequest(w,
      { villageCode: req.body.jurisdiction_id, serviceCode: req.body.service_code, residentId, description: req.body.description, channel: 'open311' },
      { accountId: req.actor!.accountId, label: req.actor!.username, role, onBehalf }, cal, ctx.now()));
    return reply.code(201).send([{ service_request_id: String(r.id), service_notice: toGeoReport(r).service_notice, account_id: null }]);
  });

  api.get(`${base}/requests.json`, {
    config: { action: 'services.read', resource: 'open311Node' },
    schema: {
      tags, summary: 'GeoReport v2: 申请列表（需 services.read） Request list (needs services.read on the node)',
      querystring: z.object({ jurisdiction_id: jurisdiction, status: z.enum(['open', 'closed']).optional(), service_code: z.string().max(50).optional() }),
      response: { 200: z.array(requestOut) },
    },
  }, async (req) => {
    const rows = await listRequests(ctx.db, req.query.jurisdiction_id, { serviceCode: req.query.service_code, limit: 1000 }, chinaDate(ctx.now()));
    return rows.filter((r) => !req.query.status || open311Status(r.state) === req.query.status).map(toGeoReport);
  });

  api.get(`${base}/requests/:service_request_id.json`, {
    config: { action: 'services.read', resource: 'open311Request' },
    schema: { tags, summary: 'GeoReport v2: 一项申请 One request', params: z.object({ service_request_id: z.string().regex(/^\d{1,9}$/) }), response: { 200: z.array(requestOut) } },
  }, async (req) => [toGeoReport(await getRequest(ctx.db, Number(req.params.service_request_id), chinaDate(ctx.now())))]);
}

