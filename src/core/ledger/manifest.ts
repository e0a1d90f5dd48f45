import { z } from 'zod';
import { bi } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { normaliseCode } from '../jurisdiction-codes.ts';
import { ledgerEntries, ledgerMigrations, verifyChain } from './ledger.ts';

const verification = z.object({
  villageCode: z.string(), ok: z.boolean(), entries: z.number(), headHash: z.string(),
  firstBroken: z.object({ seq: z.number(), problem: z.string(), detail: z.string() }).nullable(),
});

export const ledgerManifest: ModuleManifest = {
  name: 'ledger',
  migrations: ledgerMigrations,
  permissions: {
    actions: {},
    audit: { 'ledger.append': bi('记入公开账本', 'Appended to the published ledger') },
  },
  routes(api, ctx) {
    const params = z.object({ code: z.string().regex(/^\d{12}$/) });
    api.get('/api/v1/villages/:code/ledger/verify', {
      config: { public: true },
      schema: {
        tags: ['ledger'], summary: '校验村(社区)公开账本 Verify a village\'s published ledger (anyone)',
        params, response: { 200: verification },
      },
    }, async (req) => verifyChain(ctx.db, normaliseCode(req.params.code)!));

    api.get('/api/v1/villages/:code/ledger', {
      config: { public: true },
      schema: {
        tags: ['ledger'], summary: '公开账本条目 The ledger entries of a village, in order',
        params, querystring: z.object({ kind: z.string().max(60).optional() }),
        response: { 200: z.array(z.object({ seq: z.number(), kind: z.string(), recordId: z.string(), supersedesSeq: z.number().nullable(), hash: z.string(), prevHash: z.string(), publishedAt: z.string(), reason: z.string().nullable(), payload: z.unknown() })) },
      },
    }, async (req) => ledgerEntries(ctx.db, normaliseCode(req.params.code)!, req.query.kind ? { kind: req.query.kind } : {}));
  },
};
