import { z } from 'zod';
import { bilingualOut } from '../../core/serializer.ts';
import { capacityOf, write } from '../../core/access/guard.ts';
import { getDepartment } from '../../core/access/service.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { levelOf } from '../../core/jurisdiction-codes.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { requireNode, villagesUnder } from '../jurisdictions/service.ts';
import { dutyListLabels, dutyLists, signboardKindLabels, signboardKinds, workRequestStatuses } from './rules.ts';
import {
  addItem, countyDecision, countyOf, decideSignboardRequest, fileWorkRequest, getWorkRequest, listItems,
  listWorkRequests, refuseTask, removeSignboard, requestSignboard, retireItem, signboardRequestsForCounty, signboards, updateItem,
  villageTasks,
} from './service.ts';

const codeParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const text = (max: number) => z.string().trim().min(1).max(max);

// --- response shapes
const list = z.enum(dutyLists);
const placements = ['outside', 'inside'] as const;
const signboardStatuses = ['hanging', 'countyReview', 'refused', 'removed'] as const;
const dutyListItemOut = z.object({ id: z.number(), list, title: z.string(), basis: z.string(), department: z.string().nullable(), fromRequestId: z.number().nullable(), createdAt: z.date() });
const workRequestOut = z.object({
  id: z.number(), countyCode: z.string(), filedAtCode: z.string(), filedBy: z.string(), department: z.string(), title: z.string(), description: z.string(),
  listItemId: z.number().nullable(), villageCodes: z.array(z.string()), fundingFen: z.number().nullable(), fundingSource: z.string().nullable(), conditions: z.string().nullable(),
  requiresDedicatedOffice: z.boolean(), requiresDedicatedStaff: z.boolean(), status: z.enum(workRequestStatuses).exclude(['villageRefused']), rule: z.string(), basis: z.string(),
  reason: bilingualOut, missing: z.array(z.string()), countyNote: z.string().nullable(), decidedAt: z.date().nullable(), createdAt: z.date(),
  item: dutyListItemOut.pick({ id: true, list: true, title: true, basis: true }).nullable(), listLabel: bilingualOut.nullable(),
  tasks: z.array(z.object({ villageCode: z.string(), refusedAt: z.date().nullable(), refusalReason: z.string().nullable() })),
});
const villageTaskOut = z.object({
  id: z.number(), refusedAt: z.date().nullable(), refusalReason: z.string().nullable(), requestId: z.number(), department: z.string(), title: z.string(), description: z.string(),
  status: z.enum(workRequestStatuses), rule: z.string(), basis: z.string(), reason: bilingualOut, fundingFen: z.number().nullable(), fundingSource: z.string().nullable(),
  conditions: z.string().nullable(), createdAt: z.date(), list: list.nullable(), mayRefuse: z.boolean(),
});
const signboardOut = z.object({
  id: z.number(), villageCode: z.string(), name: z.string(), issuingBody: z.string(), kind: z.enum(signboardKinds), placement: z.enum(placements), status: z.enum(signboardStatuses),
  rule: z.string(), reason: bilingualOut, admissionItemId: z.number().nullable(), requestedBy: z.string(), createdAt: z.date(), decidedAt: z.date().nullable(),
});

export function admissionRoutes(api: Api, ctx: ModuleContext) {
  const mustBeCounty = (code: string) => {
    if (levelOf(code) !== 'county') throw AppError.validation([fieldError('params.code', 'admission.countyOnly', bi('“三张清单”由县(区)制定', 'The three lists are kept by the county'))]);
  };

  // --- the three lists (public: everyone may know what a village must and must not do)
  api.get('/api/v1/jurisdictions/:code/duty-lists', {
    config: { public: true },
    schema: { tags: ['admission'], summary: '县“三张清单”（依法履职、协助办理、负面事项） The county\'s three duty lists', params: codeParams,
      response: { 200: z.object({ countyCode: z.string(), lists: z.array(z.object({ list, label: bilingualOut, items: z.array(dutyListItemOut) })) }) },
    },
  }, async (req) => {
    await requireNode(ctx.db, req.params.code);
    const items = await listItems(ctx.db, countyOf(req.params.code));
    return { countyCode: countyOf(req.params.code), lists: dutyLists.map((l) => ({ list: l, label: dutyListLabels[l], items: items.filter((i) => i.list === l) })) };
  });

  const itemBody = z.object({ list: z.enum(dutyLists), title: text(200), basis: text(500), department: z.string().trim().max(100).nullable().optional() }).strict();
  api.post('/api/v1/jurisdictions/:code/duty-lists', {
    config: { action: 'admission.lists' },
    schema: { tags: ['admission'], summary: '增加清单事项 Add an item to a list', params: codeParams, body: itemBody, response: { 201: dutyListItemOut } },
  }, async (req, reply) => {
    mustBeCounty(req.params.code);
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'admission.lists', (w) => addItem(w, req.params.code, req.body, ctx.now())));
  });
  api.patch('/api/v1/duty-list-items/:id', {
    config: { action: 'admission.lists', resource: 'dutyListItem' },
    schema: { tags: ['admission'], summary: '修改清单事项 Edit a list item', params: idParams, body: itemBody.partial().strict(), response: { 200: dutyListItemOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'admission.lists', (w) => updateItem(w, req.params.id, req.body)));
  api.post('/api/v1/duty-list-items/:id/retire', {
    config: { action: 'admission.lists', resource: 'dutyListItem' },
    schema: { tags: ['admission'], summary: '移出清单 Retire a list item', params: idParams, response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'admission.lists', (w) => retireItem(w, req.params.id, ctx.now())); return reply.code(204).send(null); });

  // --- work requests
  api.get('/api/v1/jurisdictions/:code/admission-villages', {
    config: { action: 'admission.file' },
    schema: { tags: ['admission'], summary: '可提交事项的村(社区) Villages a request may be filed for', params: codeParams, response: { 200: z.array(z.object({ code: z.string(), name: z.string(), shortName: z.string() })) } },
  }, async (req) => (await villagesUnder(ctx.db, req.params.code)).map(({ code, name, shortName }) => ({ code, name, shortName })));
  api.post('/api/v1/jurisdictions/:code/work-requests', {
    config: { action: 'admission.file' },
    schema: {
      tags: ['admission'], summary: '部门提交进入村(社区)的工作事项（按清单自动决定） A department files a work request (decided by the lists)', params: codeParams,
      body: z.object({
        department: text(100).optional(), title: text(200), description: text(4000), listItemId: z.number().int().positive().nullable(),
        villageCodes: z.array(z.string().regex(/^\d{12}$/)).min(1).max(500),
        fundingFen: z.number().int().min(0).max(1e12).nullable().optional(), fundingSource: z.string().trim().max(200).nullable().optional(), conditions: z.string().trim().max(2000).nullable().optional(),
        requiresDedicatedOffice: z.boolean().optional(), requiresDedicatedStaff: z.boolean().optional(),
      }).strict(),
      response: { 201: workRequestOut },
    },
  }, async (req, reply) => {
    // A county department's staff file as their department: the request carries its name.
    const dept = req.capacity?.department ? await getDepartment(ctx.db, req.capacity.department.id) : null;
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'admission.file', (w) => fileWorkRequest(w, req.params.code, req.actor!.username, req.body, ctx.now(), dept)));
  });
  api.get('/api/v1/jurisdictions/:code/work-requests', {
    config: { action: 'admission.read' },
    schema: { tags: ['admission'], summary: '辖区内的工作事项申请 Work requests for this area', params: codeParams, response: { 200: z.array(workRequestOut) } },
  }, async (req) => listWorkRequests(ctx.db, req.params.code));
  api.get('/api/v1/work-requests/:id', {
    config: { action: 'admission.read', resource: 'workRequest' },
    schema: { tags: ['admission'], summary: '工作事项申请 A work request', params: idParams, response: { 200: workRequestOut } },
  }, async (req) => getWorkRequest(ctx.db, req.params.id));
  api.post('/api/v1/work-requests/:id/county-decision', {
    config: { action: 'admission.decide', resource: 'workRequest' },
    schema: {
      tags: ['admission'], summary: '县级准入审批（决定扩充清单） The county\'s admission decision (extends a list)', params: idParams,
      body: z.object({ decision: z.enum(['admit', 'refuse']), list: z.enum(['statutoryDuties', 'assistedMatters']).optional(), basis: text(500), note: z.string().trim().max(1000).nullable().optional() }).strict(),
      response: { 200: workRequestOut },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'admission.decide', (w) => countyDecision(w, req.params.id, req.body, ctx.now())));

  // --- a village's tasks
  api.get('/api/v1/villages/:code/tasks', {
    config: { action: 'admission.read' },
    schema: { tags: ['admission'], summary: '本村(社区)承担的工作事项及依据 The tasks a village holds, with their basis', params: codeParams, response: { 200: z.array(villageTaskOut) } },
  }, async (req) => villageTasks(ctx.db, req.params.code));
  api.post('/api/v1/tasks/:id/refuse', {
    config: { action: 'admission.refuse', resource: 'villageTask' },
    schema: { tags: ['admission'], summary: '拒绝未经准入的事项 Refuse a task that was not admitted', params: idParams, body: z.object({ reason: z.string().trim().max(1000).nullable().optional() }).strict().default({}), response: { 200: z.array(villageTaskOut) } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'admission.refuse', (w) => refuseTask(w, req.params.id, req.body.reason, ctx.now()));
    return villageTasks(ctx.db, req.resource!.jurisdictionCode);
  });

  // --- signboards
  api.get('/api/v1/villages/:code/signboards', {
    config: { action: 'admission.read' },
    schema: { tags: ['admission'], summary: '挂牌登记 The signboard register', params: codeParams, response: { 200: z.array(signboardOut.extend({ kindLabel: bilingualOut })) } },
  }, async (req) => (await signboards(ctx.db, req.params.code)).map((s) => ({ ...s, kindLabel: signboardKindLabels[s.kind] })));
  api.post('/api/v1/villages/:code/signboards', {
    config: { action: 'admission.signboard' },
    schema: {
      tags: ['admission'], summary: '申请挂牌（按挂牌规则决定） Request to hang a plaque (decided by the rule)', params: codeParams,
      body: z.object({ name: text(100), issuingBody: text(100), kind: z.enum(signboardKinds), placement: z.enum(placements) }).strict(),
      response: { 201: signboardOut },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'admission.signboard', (w) => requestSignboard(w, req.params.code, req.actor!.username, req.body, ctx.now()))));
  api.post('/api/v1/signboards/:id/county-decision', {
    config: { action: 'admission.decide', resource: 'signboard' },
    schema: { tags: ['admission'], summary: '县级挂牌准入审批 The county decides a plaque request', params: idParams, body: z.object({ decision: z.enum(['admit', 'refuse']), basis: text(500) }).strict(), response: { 200: z.array(signboardOut) } },
  }, async (req) => {
    await write(ctx.db, capacityOf(req), 'admission.decide', (w) => decideSignboardRequest(w, req.params.id, req.body, ctx.now()));
    return signboards(ctx.db, req.resource!.jurisdictionCode);
  });
  api.post('/api/v1/signboards/:id/remove', {
    config: { action: 'admission.signboard', resource: 'signboard' },
    schema: { tags: ['admission'], summary: '摘牌 Take a plaque down', params: idParams, response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'admission.signboard', (w) => removeSignboard(w, req.params.id, ctx.now())); return reply.code(204).send(null); });
  api.get('/api/v1/jurisdictions/:code/signboard-requests', {
    config: { action: 'admission.read' },
    schema: { tags: ['admission'], summary: '待县级审批的挂牌申请 Plaque requests awaiting the county', params: codeParams, response: { 200: z.array(signboardOut) } },
  }, async (req) => signboardRequestsForCounty(ctx.db, req.params.code));
}
