import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, codeParam, write } from '../../core/access/guard.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { levelOf, normaliseCode } from '../../core/jurisdiction-codes.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { events } from '../../core/events.ts';
import { verifyChain } from '../../core/ledger/ledger.ts';
import { checkPhoneCode, issuePhoneCode, wrongPhoneCode } from '../../core/notifications/notifications.ts';
import { getNode, requireNode, requireVillage } from '../jurisdictions/service.ts';
import { parsePhone } from '../people/service.ts';
import { addCatalogItem, catalogFor, installDefaultCatalog, missingDefaults, settingsFor, updateCatalogItem, updateSettings } from './catalog.ts';
import { generateReport, overview, report, reports, reportWorkbook, villageCalendar } from './compliance.ts';
import { answer, ask, publicFeedback, staffFeedback } from './feedback.ts';
import { posterPdf } from './poster.ts';
import { cadences, parsePeriod, quarterOf, quarterPeriod, statuses } from './rules.ts';
import {
  attachmentOut, attachmentTypes, boardOut, calendarOut, catalogOut, column, date, entryListOut, entryOut, entryStatusOut, financeLine, publicAnswer, publicEntryOut,
  reportOut, settingsOut, staffFeedbackOut, villageCompliance,
} from './schemas.ts';
import {
  addAttachment, attachmentVisibility, board, correct, createEntry, entryStatus, getEntry, listEntries, publicEntry, publish,
  transition, updateEntry,
} from './service.ts';
import { chinaDate } from '../../core/time.ts';
import { fileResponse } from '../../core/serializer.ts';
import { maskPhone } from '../../core/privacy.ts';
import { openBlob } from '../../core/blobs.ts';

const divisionCode = z.string().refine((s) => normaliseCode(s) !== null, 'division code');
const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const codeParams = z.object({ code: divisionCode });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const boardEntryParams = z.object({ code: z.string().regex(/^\d{12}$/), id: z.coerce.number().int().positive() });
const entryBody = z.object({
  column, catalogItemId: z.number().int().positive().nullable().optional(), periodStart: date.nullable().optional(), periodEnd: date.nullable().optional(),
  title: z.string().trim().min(2).max(120), bodyMd: z.string().max(20_000), financeLines: z.array(financeLine).max(500).optional(),
}).strict();
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;
/** A 304 (the client's copy is current) has no body: sent as undefined, so neither encoded nor typed as JSON. */
const notModified = z.null().optional();

export function disclosureRoutes(api: Api, ctx: ModuleContext) {
  const today = () => chinaDate(ctx.now());
  // The board's "verified" badge re-hashes the whole chain; keep the result a minute per village.
  // (The explicit verify route always recomputes.)
  const verified = new Map<string, { at: number; v: Awaited<ReturnType<typeof verifyChain>> }>();
  const boardVerification = async (code: string) => {
    const hit = verified.get(code);
    if (hit && Date.now() - hit.at < 60_000) return hit.v;
    const v = await verifyChain(ctx.db, code);
    verified.set(code, { at: Date.now(), v });
    return v;
  };
  const actorOf = (req: FastifyRequest) => ({ label: req.actor!.username, role: req.capacity?.role ?? 'self' });
  const publicUrl = (req: FastifyRequest) => ctx.config.PUBLIC_URL ?? `${req.protocol}://${req.host}`;

  // --- catalogue and settings
  api.get('/api/v1/jurisdictions/:code/disclosure-catalog', {
    config: { public: true },
    schema: { tags: ['disclosure'], summary: '公开目录（本级及上级设置的事项） The disclosure catalogue that applies to a node', params: codeParams, querystring: z.object({ all: z.enum(['true', 'false']).default('false') }), response: { 200: z.array(catalogOut) } },
  }, async (req) => { const n = await requireNode(ctx.db, req.params.code); return catalogFor(ctx.db, n.code, { includeInactive: req.query.all === 'true' }); });

  api.post('/api/v1/jurisdictions/:code/disclosure-catalog', {
    config: { action: 'disclosure.catalog' },
    schema: {
      tags: ['disclosure'], summary: '新增目录事项 Add a catalogue item at this node', params: codeParams,
      body: z.object({ column, title: z.string().trim().min(2).max(80), requirement: z.string().trim().min(2).max(400), cadence: z.enum(cadences), sort: z.number().int().optional() }).strict(),
      response: { 201: catalogOut },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'disclosure.catalog', (w) => addCatalogItem(w, codeParam(req), req.body))));

  api.post('/api/v1/jurisdictions/:code/disclosure-catalog/defaults', {
    config: { action: 'disclosure.catalog' },
    schema: { tags: ['disclosure'], summary: '载入默认目录模板（县级） Install the default county template', params: codeParams, response: { 200: z.object({ added: z.number() }) } },
  }, async (req) => {
    const code = codeParam(req);
    if (levelOf(code) !== 'county') throw AppError.validation([fieldError('params.code', 'catalog.templateCounty', bi('目录模板由县民政局维护', 'The template belongs to the county'))]);
    // Nothing to add: no write (it would record nothing).
    if ((await missingDefaults(ctx.db, code)).length === 0) return { added: 0 };
    return { added: await write(ctx.db, capacityOf(req), 'disclosure.catalog', (w) => installDefaultCatalog(w, code)) };
  });

  api.patch('/api/v1/disclosure-catalog/:id', {
    config: { action: 'disclosure.catalog', resource: 'disclosureCatalogItem' },
    schema: {
      tags: ['disclosure'], summary: '修改或停用目录事项 Edit or retire a catalogue item', params: idParams,
      body: z.object({ title: z.string().trim().min(2).max(80).optional(), requirement: z.string().trim().min(2).max(400).optional(), cadence: z.enum(cadences).optional(), sort: z.number().int().optional(), active: z.boolean().optional() }).strict(),
      response: { 200: catalogOut },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'disclosure.catalog', (w) => updateCatalogItem(w, req.params.id, req.body)));

  api.get('/api/v1/jurisdictions/:code/disclosure-settings', {
    config: { action: 'disclosure.read' },
    schema: { tags: ['disclosure'], summary: '公开设置（含继承） Disclosure settings, with where each is set', params: codeParams, response: { 200: settingsOut } },
  }, async (req) => settingsFor(ctx.db, codeParam(req)));

  api.patch('/api/v1/jurisdictions/:code/disclosure-settings', {
    config: { action: 'disclosure.settings' },
    schema: {
      tags: ['disclosure'], summary: '修改公开设置（null 表示沿用上级） Change settings (null inherits)', params: codeParams,
      body: z.object({
        frequentFinance: z.boolean().nullable().optional(), feedbackWorkingDays: z.number().int().min(1).max(30).nullable().optional(),
        dueWorkingDays: z.number().int().min(0).max(30).nullable().optional(), reportDay: z.number().int().min(1).max(31).nullable().optional(),
      }).strict(),
      response: { 200: settingsOut },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'disclosure.settings', (w) => updateSettings(w, codeParam(req), req.body)));

  // --- entries (staff)
  api.get('/api/v1/villages/:code/disclosures', {
    config: { action: 'disclosure.read' },
    schema: {
      tags: ['disclosure'], summary: '本村公开内容（含草稿、审核中） Entries of a village, all states', params: villageParams,
      querystring: z.object({ status: z.enum(statuses).optional(), before: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(100).default(50) }),
      response: { 200: entryListOut },
    },
  }, async (req) => { await requireVillage(ctx.db, req.params.code); return listEntries(ctx.db, req.params.code, req.query); });

  api.post('/api/v1/villages/:code/disclosures', {
    config: { action: 'disclosure.draft' },
    schema: { tags: ['disclosure'], summary: '起草公开内容 Draft an entry', params: villageParams, body: entryBody, response: { 201: entryOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'disclosure.draft', (w) => createEntry(w, req.params.code, req.body, actorOf(req), ctx.now()))));

  api.get('/api/v1/disclosures/:id', {
    config: { action: 'disclosure.read', resource: 'disclosureEntry' },
    schema: { tags: ['disclosure'], summary: '公开内容详情及审核记录 An entry with its review timeline', params: idParams, response: { 200: entryOut } },
  }, async (req) => getEntry(ctx.db, req.params.id));

  api.patch('/api/v1/disclosures/:id', {
    config: { action: 'disclosure.draft', resource: 'disclosureEntry' },
    schema: { tags: ['disclosure'], summary: '修改草稿（已发布的不能修改） Edit a draft (never a published entry)', params: idParams, body: entryBody.partial().strict(), response: { 200: entryOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'disclosure.draft', (w) => updateEntry(w, req.params.id, req.body, actorOf(req), ctx.now())));

  api.post('/api/v1/disclosures/:id/attachments', {
    config: { action: 'disclosure.draft', resource: 'disclosureEntry' },
    schema: { tags: ['disclosure'], summary: '上传附件（图片或 PDF） Attach an image or PDF', params: idParams, consumes: ['multipart/form-data'], response: { 201: attachmentOut } },
  }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw AppError.validation([fieldError('file', 'file.required', bi('请上传文件', 'Upload a file'))]);
    const data = await file.toBuffer();
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'disclosure.draft', (w) => addAttachment(w, ctx.config.dataDir, req.params.id, { filename: file.filename, data }, actorOf(req), ctx.now())));
  });

  const step = (name: 'submit' | 'return' | 'approve', action: string, summary: string) => api.post(`/api/v1/disclosures/:id/${name}`, {
    config: { action, resource: 'disclosureEntry' },
    schema: { tags: ['disclosure'], summary, params: idParams, body: z.object({ note: z.string().trim().max(500).optional(), reason: z.string().trim().max(500).optional() }).strict().default({}), response: { 200: entryOut } },
  }, async (req) => write(ctx.db, capacityOf(req), action, (w) => transition(w, req.params.id, name, actorOf(req), req.body.reason ?? req.body.note ?? null, ctx.now())));
  step('submit', 'disclosure.draft', '提交监委会审核 Submit for review');
  step('return', 'disclosure.review', '监委会退回（须说明理由） Return with a reason');
  step('approve', 'disclosure.review', '监委会审核通过 Approve');

  api.post('/api/v1/disclosures/:id/publish', {
    config: { action: 'disclosure.publish', resource: 'disclosureEntry' },
    schema: { tags: ['disclosure'], summary: '发布到公开栏和公开账本 Publish to the board and the ledger', params: idParams, response: { 200: entryOut } },
  }, async (req) => {
    const out = await write(ctx.db, capacityOf(req), 'disclosure.publish', async (w) => { await publish(w, req.params.id, actorOf(req), ctx.now()); return getEntry(w.trx, req.params.id); });
    verified.delete(out.villageCode); // the chain has a new head
    events.emit('disclosure.published', out.villageCode, out.id);
    return out;
  });

  api.post('/api/v1/disclosures/:id/correct', {
    config: { action: 'disclosure.draft', resource: 'disclosureEntry' },
    schema: { tags: ['disclosure'], summary: '更正已发布内容：生成新草稿，原内容保留 Start a correction of a published entry', params: idParams, body: z.object({ reason: z.string().trim().min(2).max(500) }).strict(), response: { 201: entryOut } },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'disclosure.draft', (w) => correct(w, req.params.id, req.body.reason, actorOf(req), ctx.now()))));

  // --- compliance, reports
  api.get('/api/v1/villages/:code/disclosure-calendar', {
    config: { action: 'disclosure.read' },
    schema: { tags: ['disclosure'], summary: '公开日历：各事项到期、已公开、逾期 The compliance calendar of a village', params: villageParams, querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: calendarOut } },
  }, async (req) => {
    await requireVillage(ctx.db, req.params.code);
    return villageCalendar(ctx.db, req.params.code, req.query.year ?? Number(today().slice(0, 4)), today(), await loadCalendar(ctx.db));
  });

  api.get('/api/v1/jurisdictions/:code/disclosure-compliance', {
    config: { action: 'disclosure.report' },
    schema: {
      tags: ['disclosure'], summary: '辖区各村公开情况 Compliance of every village below a township or county', params: codeParams,
      querystring: z.object({ year: z.coerce.number().int().optional(), quarter: z.coerce.number().int().min(1).max(4).optional() }),
      response: { 200: z.object({ year: z.number(), quarter: z.number(), villages: z.array(villageCompliance) }) },
    },
  }, async (req) => {
    const q = quarterOf(today());
    const year = req.query.year ?? q.year;
    const quarter = req.query.quarter ?? q.quarter;
    return { year, quarter, villages: await overview(ctx.db, codeParam(req), year, quarter, today(), await loadCalendar(ctx.db)) };
  });

  api.get('/api/v1/jurisdictions/:code/disclosure-reports', {
    config: { action: 'disclosure.report' },
    schema: { tags: ['disclosure'], summary: '季度报表列表 Quarterly reports', params: codeParams, response: { 200: z.array(z.object({ year: z.number(), quarter: z.number(), generatedAt: z.date() })) } },
  }, async (req) => reports(ctx.db, codeParam(req)));

  api.post('/api/v1/jurisdictions/:code/disclosure-reports', {
    config: { action: 'disclosure.report' },
    schema: { tags: ['disclosure'], summary: '立即生成季度报表 Generate a quarter\'s report now', params: codeParams, body: z.object({ year: z.number().int(), quarter: z.number().int().min(1).max(4) }).strict(), response: { 200: z.object({ year: z.number(), quarter: z.number(), villages: z.number() }) } },
  }, async (req) => {
    const code = codeParam(req);
    const data = await write(ctx.db, capacityOf(req), 'disclosure.report', async (w) => {
      const d = await generateReport(w.trx, code, req.body.year, req.body.quarter, today(), await loadCalendar(w.trx), ctx.now());
      await w.audit({ targetType: 'disclosureReport', targetId: `${code}:${req.body.year}-Q${req.body.quarter}`, jurisdictionCode: code });
      return d;
    });
    return { year: data.year, quarter: data.quarter, villages: data.villages.length };
  });

  api.get('/api/v1/jurisdictions/:code/disclosure-reports/:year/:quarter', {
    config: { action: 'disclosure.report' },
    schema: { tags: ['disclosure'], summary: '季度报表（JSON，或 ?format=xlsx 下载 Excel） A quarterly report', params: z.object({ code: divisionCode, year: z.coerce.number().int(), quarter: z.coerce.number().int().min(1).max(4) }), querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }),
      response: { 200: { description: '季度报表（JSON 或 Excel） The report, as JSON or as a workbook', content: { 'application/json': { schema: reportOut }, [xlsxType]: fileResponse(xlsxType, '').content[xlsxType]! } } },
    },
  }, async (req, reply) => {
    const code = codeParam(req);
    const r = await report(ctx.db, code, req.params.year, req.params.quarter);
    if (!r) throw AppError.notFound(bi('该季度报表尚未生成', 'That quarter\'s report has not been generated'));
    if (req.query.format === 'json') return r;
    const node = await requireNode(ctx.db, code);
    return reply.type(xlsxType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${node.shortName}-${req.params.year}Q${req.params.quarter}-村务公开.xlsx`)}`)
      .send(await reportWorkbook(r.data, node.name));
  });

  // --- feedback (staff)
  api.get('/api/v1/villages/:code/feedback', {
    config: { action: 'disclosure.read' },
    schema: { tags: ['disclosure'], summary: '意见箱（工作人员） The opinion box, for staff', params: villageParams, querystring: z.object({ open: z.enum(['true', 'false']).default('false') }), response: { 200: z.array(staffFeedbackOut) } },
  }, async (req) => staffFeedback(ctx.db, req.params.code, { open: req.query.open === 'true' }));

  api.post('/api/v1/feedback/:id/answer', {
    config: { action: 'disclosure.answer', resource: 'disclosureFeedback' },
    schema: { tags: ['disclosure'], summary: '监委会答复 Answer a question', params: idParams, body: z.object({ answer: z.string().trim().min(2).max(2000), private: z.boolean().optional() }).strict(), response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'disclosure.answer', (w) => answer(w, req.params.id, req.body, req.actor!.username, ctx.now())); return reply.code(204).send(null); });

  // --- public board (no login)
  api.get('/api/v1/villages/:code/board', {
    config: { public: true },
    schema: {
      tags: ['disclosure'], summary: '公开栏：四栏，最新在前 The public board, newest first', params: villageParams,
      querystring: z.object({ column: column.optional(), period: z.string().refine((s) => parsePeriod(s) !== null, 'YYYY-Qn or YYYY-MM').optional(), q: z.string().trim().max(40).optional(), cursor: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(50).default(20) }),
      response: { 200: boardOut },
    },
  }, async (req, reply) => {
    await requireVillage(ctx.db, req.params.code);
    const p = req.query.period ? parsePeriod(req.query.period)! : null;
    const [b, v] = await Promise.all([
      board(ctx.db, req.params.code, { column: req.query.column, from: p?.start, to: p?.end, q: req.query.q || undefined, cursor: req.query.cursor, limit: req.query.limit }),
      boardVerification(req.params.code),
    ]);
    reply.header('cache-control', 'public, max-age=30');
    return { ...b, verification: { ok: v.ok, entries: v.entries, headHash: v.headHash } };
  });

  api.get('/api/v1/villages/:code/board/:id', {
    config: { public: true },
    schema: { tags: ['disclosure'], summary: '已发布内容（来自公开账本，永不改变） A published entry, from the ledger (never changes)', params: boardEntryParams, response: { 200: publicEntryOut, 304: notModified } },
  }, async (req, reply) => {
    const e = await publicEntry(ctx.db, req.params.code, req.params.id);
    const etag = `"${e.hash}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=31536000, immutable');
    if (req.headers['if-none-match'] === etag) return reply.code(304).send(undefined);
    return e;
  });

  api.get('/api/v1/villages/:code/board/:id/status', {
    config: { public: true },
    schema: { tags: ['disclosure'], summary: '是否已被更正，以及公开的问答 Whether corrected since, and the public answers', params: boardEntryParams, response: { 200: entryStatusOut } },
  }, async (req, reply) => {
    reply.header('cache-control', 'public, max-age=30');
    return { ...(await entryStatus(ctx.db, req.params.code, req.params.id)), feedback: await publicFeedback(ctx.db, req.params.code, req.params.id) };
  });

  api.get('/api/v1/villages/:code/feedback/public', {
    config: { public: true },
    schema: { tags: ['disclosure'], summary: '公开的问答 Answered public questions', params: villageParams, response: { 200: z.array(publicAnswer) } },
  }, async (req) => publicFeedback(ctx.db, req.params.code, null));

  api.get('/api/v1/attachments/:sha256', {
    config: { public: true },
    schema: { tags: ['disclosure'], summary: '附件（已发布的公开；草稿仅工作人员） An attachment', params: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }), response: { 200: fileResponse(attachmentTypes, '附件（图片或 PDF） The attached image or PDF') } },
  }, async (req, reply) => {
    const v = await attachmentVisibility(ctx.db, req.params.sha256);
    if (!v) throw AppError.notFound(bi('没有该附件', 'No such attachment'));
    // A draft's attachment: only staff who may read the village's drafts (others are told there is none).
    if (!v.public && !req.can('disclosure.read', { type: 'disclosureAttachment', id: req.params.sha256, jurisdictionCode: v.villageCode })) {
      throw AppError.notFound(bi('没有该附件', 'No such attachment'));
    }
    reply.type(v.mime).header('cache-control', v.public ? 'public, max-age=31536000, immutable' : 'private, no-store')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(v.filename)}`);
    return reply.send(openBlob(ctx.config.dataDir, req.params.sha256));
  });

  api.post('/api/v1/phone-codes', {
    config: { public: true, rateLimit: { max: 5, timeWindow: '1 hour' } },
    schema: { tags: ['disclosure'], summary: '发送手机验证码（在外人员提问前确认手机号） Send a one-time code to a phone', body: z.object({ phone: z.string().max(20), villageCode: z.string().regex(/^\d{12}$/) }).strict(), response: { 202: z.object({ expiresAt: z.date() }) } },
  }, async (req, reply) => {
    const p = parsePhone(req.body.phone);
    if (!p.ok || !/^1\d{10}$/.test(p.phone)) throw AppError.validation([fieldError('phone', 'phone.mobile', bi('请填写 11 位手机号码', 'Enter an 11-digit mobile number'))]);
    await requireVillage(ctx.db, req.body.villageCode);
    const village = req.body.villageCode;
    return reply.code(202).send(await write(ctx.db, { accountId: null, label: 'public', role: 'public', code: village }, 'disclosure.phoneCode', async (w) => {
      const sent = await issuePhoneCode(w.trx, p.phone, 'feedback', village, ctx.now());
      await w.audit({ targetType: 'phoneCode', targetId: maskPhone(p.phone), jurisdictionCode: village, after: { purpose: 'feedback', expiresAt: sent.expiresAt } });
      return sent;
    }));
  });

  // The opinion box takes questions two ways: a signed-in resident of the village asks on their
  // own route (the guard checks disclosure.ask on the village and the CSRF token); anyone else
  // confirms a phone with a one-time code on the public route.
  const questionBody = z.object({ entryId: z.number().int().positive().nullable().optional(), question: z.string().trim().min(4).max(1000), private: z.boolean().optional() });
  api.post('/api/v1/villages/:code/feedback/as-resident', {
    config: { action: 'disclosure.ask', rateLimit: { max: 20, timeWindow: '1 hour' } },
    schema: {
      tags: ['disclosure'], summary: '本村居民登录后向意见箱提问 Ask a question as a signed-in resident of the village', params: villageParams,
      body: questionBody.strict(), response: { 201: z.object({ id: z.number(), dueOn: z.string().nullable() }) },
    },
  }, async (req, reply) => {
    const village = req.params.code;
    await requireVillage(ctx.db, village);
    const cal = await loadCalendar(ctx.db);
    const a = req.actor!;
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'disclosure.ask', (w) => ask(w, village, req.body, { accountId: a.accountId, name: a.displayName, phone: null }, cal, ctx.now())));
  });

  api.post('/api/v1/villages/:code/feedback', {
    config: { public: true, rateLimit: { max: 20, timeWindow: '1 hour' } },
    schema: {
      tags: ['disclosure'], summary: '用手机验证码向意见箱提问（本村居民登录后用 …/feedback/as-resident） Ask a question with a confirmed phone (signed-in residents: …/feedback/as-resident)', params: villageParams,
      body: questionBody.extend({ phone: z.string().max(20).optional(), code: z.string().regex(/^\d{6}$/).optional(), name: z.string().trim().max(30).optional() }).strict(),
      response: { 201: z.object({ id: z.number(), dueOn: z.string().nullable() }) },
    },
  }, async (req, reply) => {
    const village = req.params.code;
    await requireVillage(ctx.db, village);
    const cal = await loadCalendar(ctx.db);
    const p = parsePhone(req.body.phone ?? '');
    if (!p.ok || !req.body.code) {
      throw AppError.validation([fieldError('phone', 'feedback.identify', bi('请登录，或填写手机号和收到的验证码', 'Sign in, or give your phone number and the code you received'))]);
    }
    // The code is checked in its own transaction, so a wrong try is counted even though the
    // request then fails (otherwise the rollback would undo the count and allow endless guessing).
    if (!(await checkPhoneCode(ctx.db, p.phone, 'feedback', req.body.code!, ctx.now()))) throw wrongPhoneCode();
    return reply.code(201).send(await write(ctx.db, { accountId: null, label: 'public', role: 'public', code: village }, 'disclosure.askByPhone',
      (w) => ask(w, village, req.body, { accountId: null, name: req.body.name ?? null, phone: p.phone }, cal, ctx.now())));
  });

  // --- the poster for the physical board
  api.get('/api/v1/villages/:code/poster.pdf', {
    config: { public: true },
    schema: { tags: ['disclosure'], summary: '公开栏海报 PDF（A4/A3，每条带二维码） The notice-board poster', params: villageParams, querystring: z.object({ size: z.enum(['A4', 'A3']).default('A4'), period: z.string().refine((s) => parsePeriod(s) !== null).optional() }), response: { 200: fileResponse('application/pdf', '公开栏海报（PDF） The poster') } },
  }, async (req, reply) => {
    const node = await getNode(ctx.db, req.params.code);
    if (node.level !== 'village') throw AppError.notFound(bi('没有该村(社区)', 'No such village'));
    const q = quarterOf(today());
    const period = req.query.period ? parsePeriod(req.query.period)! : quarterPeriod(q.year, q.quarter);
    const [b, v] = await Promise.all([board(ctx.db, node.code, { from: period.start, to: period.end, limit: 50 }), verifyChain(ctx.db, node.code)]);
    const base = publicUrl(req);
    const pdf = await posterPdf({
      villageName: node.shortName, community: node.kind === 'community', townshipName: node.path.find((n) => n.level === 'township')?.name ?? '', countyName: node.path.find((n) => n.level === 'county')?.name ?? '',
      periodLabel: `${period.start} 至 ${period.end}`, boardUrl: `${base}/v/${node.code}`, entryUrl: (id) => `${base}/v/${node.code}/d/${id}`,
      items: b.items, headHash: v.headHash, verified: v.ok, size: req.query.size, generatedOn: today(),
    });
    return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${node.shortName}-公开栏-${req.query.size}.pdf`)}`).send(pdf);
  });
}
