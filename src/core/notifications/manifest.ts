import { z } from 'zod';
import type { ModuleManifest } from '../module.ts';
import { inbox, markRead, notificationMigrations } from './notifications.ts';

export const notificationsManifest: ModuleManifest = {
  name: 'notifications',
  migrations: notificationMigrations,
  actions: {},
  routes(api, ctx) {
    api.get('/api/v1/notifications', {
      config: { authenticated: true },
      schema: {
        tags: ['notifications'], summary: '我的站内通知 My in-app notifications',
        response: { 200: z.array(z.object({ id: z.number(), kind: z.string(), subject: z.string(), body: z.string(), link: z.string().nullable(), jurisdictionCode: z.string(), createdAt: z.date(), readAt: z.date().nullable() })) },
      },
    }, async (req) => inbox(ctx.db, req.actor!.accountId));
    api.post('/api/v1/notifications/:id/read', {
      config: { authenticated: true },
      schema: { tags: ['notifications'], summary: '标记已读 Mark read', params: z.object({ id: z.coerce.number().int().positive() }), response: { 204: z.null() } },
    }, async (req, reply) => { await markRead(ctx.db, req.actor!.accountId, req.params.id, ctx.now()); return reply.code(204).send(null); });
  },
};
