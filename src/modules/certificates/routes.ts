// HTTP routes of certificates by list: the lists (public), desk requests decided by the list,
// the township's decision on unlisted ones, issuing, the PDF, the seal log and public verification.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { capacityOf, write } from '../../core/access/guard.ts';
import { AppError, bi } from '../../core/errors.ts';
import type { Api, ModuleContext } from '../../core/module.ts';
import { normaliseCode } from '../../core/jurisdiction-codes.ts';
import { reasonOut } from '../../core/rules.ts';
import { fileResponse } from '../../core/serializer.ts';
import { getNode, requireNode } from '../jurisdictions/service.ts';
import { certificatePdf } from './pdf.ts';
import {
  addCountyEntry, certificateByNumber, certificateRequestsOfResident, decideUnlisted, getCertificateRequest, issueApproved, issuerName,
  listCertificateRequests, publicLists, requestCertificate, sealLog, verifyCertificate, withdrawEntry,
} from './service.ts';

const codeParams = z.object({ code: z.string().regex(/^\d{2,12}$/) });
const villageParams = z.object({ code: z.string().regex(/^\d{12}$/) });
const idParams = z.object({ id: z.coerce.number().int().positive() });
const numberParams = z.object({ number: z.string().regex(/^\d{12}-\d{4}-\d{4,6}$/) });
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const outcomes = ['issued', 'refused', 'pendingTownship', 'approved'] as const;

const certificateOut = z.object({
  id: z.number(), number: z.string(), token: z.string(), villageCode: z.string(), requestId: z.number(), name: z.string(), basis: z.string(), holderResidentId: z.number(),
  holderName: z.string(), statement: z.string(), purpose: z.string(), issuedByLabel: z.string(), issuedAt: z.date(), issuedOn: z.string(),
});
const requestOut = z.object({
  id: z.number(), villageCode: z.string(), residentId: z.number(), residentName: z.string(), name: z.string(), purpose: z.string(), outcome: z.enum(outcomes),
  reasons: z.array(reasonOut), basis: z.string().nullable(), authority: z.string().nullable(), filedByLabel: z.string(), onBehalf: z.boolean(), filedAt: z.date(),
  decidedByLabel: z.string().nullable(), decidedAt: z.date().nullable(), certificateId: z.number().nullable(),
});
/** A request with the certificate issued on it, if any. */
const requestDetailOut = requestOut.extend({ certificate: certificateOut.nullable() });
const listItem = z.object({ id: z.number().nullable(), source: z.enum(['national', 'provincial', 'county', 'township']), name: z.string(), aliases: z.array(z.string()), basis: z.string() });
const listEntryOut = z.object({
  id: z.number(), countyCode: z.string(), list: z.enum(['lawful', 'forbidden']), name: z.string(), aliases: z.array(z.string()), basis: z.string(), authority: z.string().nullable(),
  source: z.enum(['county', 'township']), decidedRequestId: z.number().nullable(), createdBy: z.string(), createdAt: z.date(), active: z.boolean(),
});
/** A resident's own request, as listed for them: the certificate by its number only. */
const myRequestOut = requestOut.pick({ id: true, name: true, purpose: true, outcome: true, reasons: true, basis: true, authority: true, onBehalf: true, filedAt: true, decidedAt: true })
  .extend({ number: z.string().nullable() });
const pdfOut = fileResponse('application/pdf', '证明（PDF，带核验二维码） The certificate as a PDF with its verification QR');

export function certificateRoutes(api: Api, ctx: ModuleContext) {
  const by = (req: FastifyRequest) => ({ accountId: req.actor!.accountId, label: req.actor!.username, role: req.capacity?.role ?? 'unknown' });
  const publicUrl = (req: FastifyRequest) => ctx.config.PUBLIC_URL ?? `${req.protocol}://${req.host}`;

  api.get('/api/v1/jurisdictions/:code/certificate-lists', {
    config: { public: true },
    schema: {
      tags: ['certificates'], summary: '证明事项清单：可以出具（含依据）与不应出具（含应由哪个部门办理） The certificate lists in force', params: codeParams,
      response: { 200: z.object({ countyCode: z.string(), forbidden: z.array(listItem.extend({ authority: z.string() })), lawful: z.array(listItem) }) },
    },
  }, async (req) => { const n = await requireNode(ctx.db, req.params.code); return publicLists(ctx.db, n.code); });

  api.post('/api/v1/jurisdictions/:code/certificate-lists', {
    config: { action: 'certificates.lists' },
    schema: {
      tags: ['certificates'], summary: '县民政局增加清单条目 The county adds a list entry', params: codeParams,
      body: z.object({ list: z.enum(['lawful', 'forbidden']), name: text(2, 60), aliases: z.array(text(2, 60)).max(20).optional(), basis: text(4, 300), authority: text(2, 200).nullable().optional() }).strict(),
      response: { 201: listEntryOut },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'certificates.lists', (w) => addCountyEntry(w, normaliseCode(req.params.code)!, req.body, req.actor!.username, ctx.now()))));

  api.post('/api/v1/certificate-list-entries/:id/withdraw', {
    config: { action: 'certificates.lists', resource: 'certificateListEntry' },
    schema: { tags: ['certificates'], summary: '撤销县清单条目 Withdraw a county entry', params: idParams, response: { 204: z.null() } },
  }, async (req, reply) => { await write(ctx.db, capacityOf(req), 'certificates.lists', (w) => withdrawEntry(w, req.params.id)); return reply.code(204).send(null); });

  api.get('/api/v1/jurisdictions/:code/certificate-requests', {
    config: { action: 'certificates.read' },
    schema: { tags: ['certificates'], summary: '证明申请（本级及下级） Certificate requests', params: codeParams, querystring: z.object({ outcome: z.enum(outcomes).optional() }), response: { 200: z.array(requestOut) } },
  }, async (req) => listCertificateRequests(ctx.db, normaliseCode(req.params.code)!, { outcome: req.query.outcome }));

  api.post('/api/v1/villages/:code/certificate-requests', {
    config: { action: 'certificates.desk' },
    schema: {
      tags: ['certificates'],
      summary: '窗口代居民申请证明：清单内可出具的当场出具编号证明；不应出具的当场拒绝并告知依据和办理部门；清单外的报乡镇决定 A desk request decided by the lists',
      params: villageParams,
      body: z.object({ residentId: z.number().int().positive(), name: text(2, 60), purpose: text(2, 200), statement: z.string().trim().max(2000).optional() }).strict(),
      response: { 201: requestDetailOut },
    },
  }, async (req, reply) => reply.code(201).send(await write(ctx.db, capacityOf(req), 'certificates.desk', (w) => requestCertificate(w, req.params.code, req.body, by(req), ctx.now()))));

  api.get('/api/v1/certificate-requests/:id', {
    config: { action: 'certificates.read', resource: 'certificateRequest' },
    schema: { tags: ['certificates'], summary: '一项证明申请 One certificate request', params: idParams, response: { 200: requestDetailOut } },
  }, async (req) => getCertificateRequest(ctx.db, req.params.id));

  api.post('/api/v1/certificate-requests/:id/decision', {
    config: { action: 'certificates.decide', resource: 'certificateRequest' },
    schema: {
      tags: ['certificates'], summary: '乡镇决定清单外证明，并据此扩充县清单 The township decides an unlisted certificate, extending a list', params: idParams,
      body: z.object({ list: z.enum(['lawful', 'forbidden']), basis: text(4, 300), authority: text(2, 200).nullable().optional() }).strict(),
      response: { 200: requestDetailOut },
    },
  }, async (req) => write(ctx.db, capacityOf(req), 'certificates.decide', (w) => decideUnlisted(w, req.params.id, req.body, by(req), ctx.now())));

  api.post('/api/v1/certificate-requests/:id/issue', {
    config: { action: 'certificates.desk', resource: 'certificateRequest' },
    schema: { tags: ['certificates'], summary: '出具乡镇已决定可以出具的证明 Issue an approved certificate', params: idParams, body: z.object({ statement: text(2, 2000) }).strict(), response: { 200: requestDetailOut } },
  }, async (req) => write(ctx.db, capacityOf(req), 'certificates.desk', (w) => issueApproved(w, req.params.id, req.body.statement, by(req), ctx.now())));

  api.get('/api/v1/jurisdictions/:code/seal-log', {
    config: { action: 'certificates.read' },
    schema: { tags: ['certificates'], summary: '用章登记：每一份出具的证明（谁出具、为谁、依据） The seal log', params: codeParams, response: { 200: z.array(certificateOut) } },
  }, async (req) => sealLog(ctx.db, normaliseCode(req.params.code)!));

  api.get('/api/v1/certificates/:number/pdf', {
    config: { action: 'certificates.read', resource: 'certificate' },
    schema: { tags: ['certificates'], summary: '证明 PDF（带核验二维码） The certificate PDF with its verification QR', params: numberParams, response: { 200: pdfOut } },
  }, async (req, reply) => sendPdf(req, reply, await certificateByNumber(ctx.db, req.params.number)));

  async function sendPdf(req: FastifyRequest, reply: FastifyReply, c: Awaited<ReturnType<typeof certificateByNumber>>) {
    const village = await getNode(ctx.db, c.villageCode);
    const pdf = await certificatePdf({
      number: c.number, name: c.name, holderName: c.holderName, statement: c.statement, purpose: c.purpose, basis: c.basis, issuer: issuerName(village), issuedOn: c.issuedOn,
      verifyUrl: `${publicUrl(req)}/verify/certificate/${c.number}/${c.token}`,
    });
    return reply.type('application/pdf').header('cache-control', 'private, no-store').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${c.name}-${c.number}.pdf`)}`).send(pdf);
  }

  api.get('/api/v1/certificates/:number/verify/:token', {
    config: { public: true },
    schema: {
      tags: ['certificates'], summary: '公开核验证明（持证人姓名脱敏） Public verification (holder masked)', params: numberParams.extend({ token: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/) }),
      response: { 200: z.object({ number: z.string(), name: z.string(), basis: z.string(), holderMasked: z.string(), issuedOn: z.string(), issuedBy: z.string(), villageCode: z.string() }) },
    },
  }, async (req, reply) => { reply.header('cache-control', 'no-store'); return verifyCertificate(ctx.db, req.params.number, req.params.token); });

  api.post('/api/v1/my/certificate-requests', {
    // Asked for the signed-in resident themself, in their own village: the resource is the account's
    // own resident record (people's ownResident), so the chain judges the resident's grant there.
    config: { action: 'certificates.file', resource: 'ownResident' },
    schema: {
      tags: ['certificates'],
      summary: '居民在线申请证明：不应出具的当即拒绝并告知依据和办理部门；清单外的报乡镇决定；可以出具的由持章的村(居)委会成员出具 A resident asks for a certificate online',
      body: z.object({ name: text(2, 60), purpose: text(2, 200) }).strict(),
      response: { 201: requestDetailOut },
    },
  }, async (req, reply) => {
    const village = req.resource!.jurisdictionCode;
    return reply.code(201).send(await write(ctx.db, capacityOf(req), 'certificates.file', (w) => requestCertificate(w, village, { residentId: req.actor!.residentId!, ...req.body }, { ...by(req), role: 'resident' }, ctx.now(), 'online')));
  });

  // The holder's own certificate: the chain lets its owner download it; anyone else's is "not found".
  api.get('/api/v1/my/certificates/:number/pdf', {
    config: { action: 'certificates.readOwn', resource: 'certificate', denied: 'notFound' },
    schema: { tags: ['certificates'], summary: '下载我的证明 PDF（仅持证人本人） Download my certificate PDF (the holder only)', params: numberParams, response: { 200: pdfOut } },
  }, async (req, reply) => sendPdf(req, reply, await certificateByNumber(ctx.db, req.params.number)));

  api.get('/api/v1/my/certificate-requests', {
    config: { authenticated: true },
    schema: { tags: ['certificates'], summary: '我的证明申请 My certificate requests', response: { 200: z.array(myRequestOut) } },
  }, async (req) => {
    if (!req.actor!.residentId) return [];
    return certificateRequestsOfResident(ctx.db, req.actor!.residentId);
  });

}
