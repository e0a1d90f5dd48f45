import { z } from 'zod';
import { capacityOf, write } from '../../core/access/guard.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { normaliseCode } from '../../core/jurisdiction-codes.ts';
import { events } from '../../core/events.ts';
import { addGrid, addGroup, getNode, search, updateProfile } from './service.ts';

export const nodeSummary = z.object({
  code: z.string(), name: z.string(), shortName: z.string(), level: z.string(), kind: z.string().nullable(),
});
const group = z.object({ id: z.number(), name: z.string(), sort: z.number() });
const grid = z.object({ id: z.number(), name: z.string(), groupId: z.number().nullable(), description: z.string().nullable() });
export const nodeDetail = nodeSummary.extend({
  parentCode: z.string().nullable(),
  path: z.array(nodeSummary),
  children: z.array(nodeSummary),
  profile: z.object({
    population: z.number().nullable(), households: z.number().nullable(),
    officePhone: z.string().nullable(), officeAddress: z.string().nullable(),
  }).nullable(),
  groups: z.array(group),
  grids: z.array(grid),
});
export const divisionCode = z.string().refine((s) => normaliseCode(s) !== null, 'division code: 2, 4, 6, 9 or 12 digits of a real level');
const codeParams = z.object({ code: divisionCode });

export function jurisdictionRoutes(api: Api, ctx: ModuleContext) {
  api.get('/api/v1/jurisdictions/:code', {
    config: { public: true },
    schema: {
      tags: ['jurisdictions'], summary: '区划节点及其下级 A node of the tree with its children',
      params: codeParams, response: { 200: nodeDetail },
    },
  }, async (req) => getNode(ctx.db, req.params.code));

  api.get('/api/v1/jurisdictions', {
    config: { public: true },
    schema: {
      tags: ['jurisdictions'], summary: '按名称或代码搜索区划 Search the tree by name or code',
      querystring: z.object({ q: z.string().min(1).max(40), under: divisionCode.optional() }),
      response: { 200: z.array(nodeSummary) },
    },
  }, async (req) => search(ctx.db, req.query.q, req.query.under ? normaliseCode(req.query.under) : null));

  api.patch('/api/v1/jurisdictions/:code/profile', {
    config: { action: 'jurisdictions.editProfile' },
    schema: {
      tags: ['jurisdictions'], summary: '修改村(社区)概况 Edit a village profile',
      params: codeParams,
      body: z.object({
        population: z.number().int().min(0).max(10_000_000).nullable().optional(),
        households: z.number().int().min(0).max(5_000_000).nullable().optional(),
        officePhone: z.string().max(30).nullable().optional(),
        officeAddress: z.string().max(200).nullable().optional(),
      }).strict(),
      response: { 200: nodeDetail },
    },
  }, async (req) => {
    const code = normaliseCode(req.params.code)!;
    const out = await write(ctx.db, capacityOf(req), 'jurisdictions.editProfile', (w) => updateProfile(w, code, req.body));
    events.emit('jurisdiction.changed', code);
    return out;
  });

  api.post('/api/v1/jurisdictions/:code/groups', {
    config: { action: 'jurisdictions.editProfile' },
    schema: {
      tags: ['jurisdictions'], summary: '新增村(居)民小组 Add a group',
      params: codeParams, body: z.object({ name: z.string().trim().min(1).max(40) }).strict(), response: { 201: group },
    },
  }, async (req, reply) => {
    const code = normaliseCode(req.params.code)!;
    const g = await write(ctx.db, capacityOf(req), 'jurisdictions.editProfile', (w) => addGroup(w, code, req.body.name));
    events.emit('jurisdiction.changed', code);
    return reply.code(201).send(g);
  });

  api.post('/api/v1/jurisdictions/:code/grids', {
    config: { action: 'jurisdictions.editProfile' },
    schema: {
      tags: ['jurisdictions'], summary: '新增网格 Add a grid',
      params: codeParams,
      body: z.object({ name: z.string().trim().min(1).max(40), groupId: z.number().int().nullable().optional(), description: z.string().max(200).nullable().optional() }).strict(),
      response: { 201: grid },
    },
  }, async (req, reply) => {
    const code = normaliseCode(req.params.code)!;
    const g = await write(ctx.db, capacityOf(req), 'jurisdictions.editProfile', (w) => addGrid(w, code, req.body));
    events.emit('jurisdiction.changed', code);
    return reply.code(201).send(g);
  });
}
