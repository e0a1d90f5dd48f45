import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fileResponse } from '../../core/serializer.ts';
import { capacityOf, write } from '../../core/access/guard.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { normaliseCode } from '../../core/jurisdiction-codes.ts';
import { events } from '../../core/events.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { commitImport, exportWorkbook, templateWorkbook, validateImport } from './excel.ts';
import {
  bodies, committeeRoster, createHousehold, createResident, getResident, listHouseholds, listResidents,
  personalData, posts, recordFlag, updateHousehold, updateResident,
} from './service.ts';
import { flags, relations } from './validation.ts';
import { chinaDate } from '../../core/time.ts';

const codeParams = z.object({ code: z.string().regex(/^\d{2,12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const flag = z.enum(flags);

const listItem = z.object({
  id: z.number(), name: z.string(), gender: z.string(), birthDate: z.string(), idNumberMasked: z.string(), phoneMasked: z.string(),
  householdId: z.number(), householdNumber: z.string(), groupId: z.number().nullable(), relationToHead: z.string(),
  registered: z.boolean(), habitual: z.boolean(), partyMember: z.boolean(), flags: z.array(flag),
});
const detail = z.object({
  id: z.number(), jurisdictionCode: z.string(), name: z.string(), gender: z.string(), birthDate: z.string(),
  idNumberMasked: z.string(), phoneMasked: z.string(), householdId: z.number(), householdNumber: z.string(),
  groupId: z.number().nullable(), address: z.string().nullable(), relationToHead: z.string(), registered: z.boolean(),
  habitual: z.boolean(), partyMember: z.boolean(), updatedAt: z.date(), flags: z.array(flag),
  flagHistory: z.array(z.object({ id: z.number(), flag, value: z.boolean(), effectiveDate: z.string(), note: z.string().nullable(), recordedAt: z.date(), recordedBy: z.string() })),
  householdMembers: z.array(z.object({ id: z.number(), name: z.string(), relationToHead: z.string() })),
});
const residentBody = z.object({
  householdId: z.number().int().positive(),
  name: z.string().max(30),
  idNumber: z.string().max(30),
  phone: z.string().max(30).nullable().optional(),
  relationToHead: z.enum(relations),
  registered: z.boolean(),
  habitual: z.boolean(),
  partyMember: z.boolean().default(false),
}).strict();
const importReport = z.object({
  ok: z.boolean(), rows: z.number(),
  households: z.object({ new: z.number(), existing: z.number() }),
  residents: z.object({ new: z.number(), updated: z.number() }),
  errors: z.array(z.object({ row: z.number(), column: z.string(), field: z.string(), rule: z.string(), messages: z.object({ 'zh-CN': z.string(), en: z.string() }) })),
});
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function peopleRoutes(api: Api, ctx: ModuleContext) {
  const code = (raw: string) => normaliseCode(raw)!;
  const today = () => chinaDate(ctx.now());

  api.get('/api/v1/jurisdictions/:code/residents', {
    config: { action: 'people.read' },
    schema: {
      tags: ['people'], summary: '村(居)民名册 Residents of a village (masked)',
      params: codeParams,
      querystring: z.object({ q: z.string().max(30).optional(), groupId: z.coerce.number().int().optional(), cursor: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ items: z.array(listItem), nextCursor: z.number().nullable() }) },
    },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    return listResidents(ctx.db, code(req.params.code), { q: req.query.q, groupId: req.query.groupId, after: req.query.cursor, limit: req.query.limit });
  });

  api.get('/api/v1/jurisdictions/:code/households', {
    config: { action: 'people.read' },
    schema: {
      tags: ['people'], summary: '户 Households of a village', params: codeParams,
      querystring: z.object({ q: z.string().max(30).optional(), cursor: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), groupId: z.number().nullable(), address: z.string().nullable(), headName: z.string().nullable(), members: z.number() })), nextCursor: z.number().nullable() }) },
    },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    return listHouseholds(ctx.db, code(req.params.code), { q: req.query.q, after: req.query.cursor, limit: req.query.limit });
  });

  api.post('/api/v1/jurisdictions/:code/households', {
    config: { action: 'people.write' },
    schema: {
      tags: ['people'], summary: '新增户 Add a household', params: codeParams,
      body: z.object({ number: z.string().trim().min(1).max(20), groupId: z.number().int().nullable().optional(), address: z.string().max(200).nullable().optional() }).strict(),
      response: { 201: z.object({ id: z.number(), number: z.string(), groupId: z.number().nullable(), address: z.string().nullable() }) },
    },
  }, async (req, reply) => {
    const out = await write(ctx.db, capacityOf(req), 'people.write', (w) => createHousehold(w, code(req.params.code), req.body));
    return reply.code(201).send(out);
  });

  api.patch('/api/v1/households/:id', {
    config: { action: 'people.write', resource: 'household' },
    schema: {
      tags: ['people'], summary: '修改户信息 Edit a household', params: idParams,
      body: z.object({ number: z.string().trim().min(1).max(20).optional(), groupId: z.number().int().nullable().optional(), address: z.string().max(200).nullable().optional() }).strict(),
      response: { 200: z.object({ id: z.number(), number: z.string(), groupId: z.number().nullable(), address: z.string().nullable() }) },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'people.write', (w) => updateHousehold(w, req.params.id, req.body)));

  api.get('/api/v1/me/resident', {
    config: { authenticated: true },
    schema: { tags: ['people'], summary: '本人的居民登记信息 My own resident record', response: { 200: detail } },
  }, async (req) => {
    if (!req.actor!.residentId) throw AppError.notFound(bi('该账户未关联居民登记信息', 'This account is not linked to a resident record'));
    return getResident(ctx.db, req.actor!.residentId);
  });

  api.post('/api/v1/jurisdictions/:code/residents', {
    config: { action: 'people.write' },
    schema: { tags: ['people'], summary: '登记居民 Register a resident', params: codeParams, body: residentBody, response: { 201: detail } },
  }, async (req, reply) => {
    const out = await write(ctx.db, capacityOf(req), 'people.write', (w) => createResident(w, code(req.params.code), req.body, today()));
    events.emit('people.changed', code(req.params.code));
    return reply.code(201).send(out);
  });

  api.get('/api/v1/residents/:id', {
    config: { action: 'people.read', resource: 'resident' },
    schema: { tags: ['people'], summary: '居民详情 A resident (masked)', params: idParams, response: { 200: detail } },
  }, async (req) => getResident(ctx.db, req.params.id));

  api.post('/api/v1/residents/:id/personal-data', {
    config: { action: 'people.readSensitive', resource: 'resident' },
    schema: {
      tags: ['people'], summary: '查看完整身份证号与电话（留痕） Reveal ID number and phone (audited)',
      params: idParams, response: { 200: z.object({ idNumber: z.string(), phone: z.string().nullable() }) },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'people.readSensitive', (w) => personalData(w, req.params.id)));

  api.patch('/api/v1/residents/:id', {
    config: { action: 'people.write', resource: 'resident' },
    schema: { tags: ['people'], summary: '修改居民信息 Edit a resident', params: idParams, body: residentBody.partial().strict(), response: { 200: detail } },
  }, async (req) => {
    const out = await write(ctx.db, capacityOf(req), 'people.write', (w) => updateResident(w, req.params.id, req.body, today()));
    events.emit('people.changed', out.jurisdictionCode);
    return out;
  });

  api.post('/api/v1/residents/:id/flags', {
    config: { action: 'people.write', resource: 'resident' },
    schema: {
      tags: ['people'], summary: '记录状态变化（剥夺政治权利、死亡、迁出） Record a dated status change',
      params: idParams,
      body: z.object({ flag, value: z.boolean(), effectiveDate: date, note: z.string().max(200).nullable().optional() }).strict(),
      response: { 201: detail },
    },
  }, async (req, reply) => {
    if (req.body.effectiveDate > today()) {
      throw AppError.validation([fieldError('body.effectiveDate', 'date.future', bi('生效日期不能晚于今天', 'The effective date cannot be in the future'))]);
    }
    const out = await write(ctx.db, capacityOf(req), 'people.write', (w) => recordFlag(w, req.params.id, req.body, req.actor!.username));
    events.emit('people.changed', out.jurisdictionCode);
    return reply.code(201).send(out);
  });

  api.get('/api/v1/jurisdictions/:code/committee', {
    config: { public: true },
    schema: {
      tags: ['people'], summary: '两委及监委会成员（公开） Committee members (public)', params: codeParams,
      response: { 200: z.array(z.object({ id: z.number(), body: z.enum(bodies), post: z.enum(posts), name: z.string(), termStart: z.string(), termEnd: z.string().nullable() })) },
    },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    const rows = await committeeRoster(ctx.db, code(req.params.code), today());
    return rows.map(({ id, body, post, name, termStart, termEnd }) => ({ id, body: body as (typeof bodies)[number], post: post as (typeof posts)[number], name, termStart, termEnd }));
  });

  // --- Excel ---
  const readUpload = async (req: FastifyRequest): Promise<Buffer> => {
    const file = await req.file();
    if (!file) throw AppError.validation([fieldError('file', 'file.required', bi('请上传文件', 'Upload a file'))]);
    return file.toBuffer();
  };

  api.post('/api/v1/jurisdictions/:code/people-imports', {
    config: { action: 'people.import' },
    schema: {
      tags: ['people'], summary: 'Excel 导入户和居民：dryRun=true 只校验，否则全部导入或全部不导入 Import households and residents (all or nothing)',
      params: codeParams, querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
      consumes: ['multipart/form-data'],
      response: { 200: importReport },
    },
  }, async (req) => {
    const buf = await readUpload(req);
    const c = code(req.params.code);
    if (req.query.dryRun === 'true') return validateImport(ctx.db, c, buf, today());
    const report = await write(ctx.db, capacityOf(req), 'people.import', (w) => commitImport(w, c, buf, today()));
    events.emit('people.changed', c);
    return report;
  });

  api.get('/api/v1/jurisdictions/:code/people-export', {
    config: { action: 'people.export' },
    schema: { tags: ['people'], summary: '导出名册 Excel Export the register', params: codeParams, response: { 200: fileResponse(xlsxType, '名册（Excel） The register as a workbook') } },
  }, async (req, reply) => {
    const node = await requireVillage(ctx.db, req.params.code);
    const buf = await write(ctx.db, capacityOf(req), 'people.export', async (w) => {
      await w.audit({ targetType: 'village', targetId: node.code, jurisdictionCode: node.code });
      return exportWorkbook(w.trx, node.code);
    });
    return reply.type(xlsxType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${node.shortName}-名册.xlsx`)}`)
      .send(buf);
  });

  api.get('/api/v1/people-import-template', {
    config: { authenticated: true },
    schema: { tags: ['people'], summary: '导入模板 The import template', response: { 200: fileResponse(xlsxType, '导入模板（Excel） The import template workbook') } },
  }, async (_req, reply) => reply.type(xlsxType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('村(居)民导入模板.xlsx')}`)
    .send(await templateWorkbook()));
}
