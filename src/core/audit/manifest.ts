import { z } from 'zod';
import { bi } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { codeParam } from '../access/guard.ts';
import { prefixOf } from '../jurisdiction-codes.ts';
import { auditMigrations, listAudit } from './audit.ts';

export const auditManifest: ModuleManifest = {
  name: 'audit',
  migrations: auditMigrations,
  permissions: {
    actions: {
      'audit.read': {
        roles: ['supervisor', 'townshipOfficial', 'countyOfficer'],
        description: bi('查看操作留痕', 'Read the audit log'),
      },
    },
  },
  pages: [{ path: '/staff/audit', action: 'audit.read', nav: { labelKey: 'nav.audit', order: 90 } }],
  routes(api, ctx) {
    api.get('/api/v1/jurisdictions/:code/audit', {
      config: { action: 'audit.read' },
      schema: {
        tags: ['audit'], summary: '操作留痕（本辖区及下级） Audit log of a node and everything below it',
        params: z.object({ code: z.string().regex(/^\d{2,12}$/) }),
        querystring: z.object({ before: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            items: z.array(z.object({
              id: z.number(), at: z.date(), actorLabel: z.string(), capacityRole: z.string(), capacityCode: z.string().nullable(),
              action: z.string(), targetType: z.string(), targetId: z.string(), jurisdictionCode: z.string(), before: z.unknown(), after: z.unknown(),
            })),
            nextBefore: z.number().nullable(),
          }),
        },
      },
    }, async (req) => {
      const rows = await listAudit(ctx.db, prefixOf(codeParam(req)), { before: req.query.before, limit: req.query.limit + 1 });
      const items = rows.slice(0, req.query.limit).map(({ actorAccountId: _a, ...r }) => r);
      return { items, nextBefore: rows.length > req.query.limit ? items[items.length - 1]!.id : null };
    });
  },
};
