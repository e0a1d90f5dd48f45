import { z } from 'zod';
import { capacityOf, write } from '../access/guard.ts';
import { bi } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { runDailyDigest } from './digest.ts';
import { inbox, markRead, notificationMigrations } from './notifications.ts';
import { getPreferences, setPreferences } from './preferences.ts';
import { deliverPendingSms, smsAdapterFromEnv } from './sms.ts';

const prefsOut = z.object({ inApp: z.enum(['immediate', 'digest']), sms: z.enum(['off', 'immediate', 'digest']), phone: z.string().nullable(), smsAdapter: z.string().nullable() });

export const notificationsManifest: ModuleManifest = {
  name: 'notifications',
  migrations: notificationMigrations,
  // Any signed-in account keeps its own notification settings.
  pages: [{ path: '/staff/settings/notifications' }],
  permissions: {
    actions: {},
    audit: { 'notifications.preferences': bi('修改通知设置', 'Changed notification settings') },
  },
  routes(api, ctx) {
    // A wrong GONGZHI_SMS stops the start with the variable's name.
    const adapter = smsAdapterFromEnv(process.env, ctx.config.dataDir);
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
    api.get('/api/v1/notifications/preferences', {
      config: { authenticated: true },
      schema: { tags: ['notifications'], summary: '我的通知设置 My notification preferences', response: { 200: prefsOut } },
    }, async (req) => ({ ...(await getPreferences(ctx.db, req.actor!.accountId)), smsAdapter: adapter?.name ?? null }));
    api.put('/api/v1/notifications/preferences', {
      config: { authenticated: true },
      schema: {
        tags: ['notifications'], summary: '修改通知设置（站内：即时或每日摘要；短信：不接收、即时或每日摘要） Set my preferences',
        body: z.object({ inApp: z.enum(['immediate', 'digest']), sms: z.enum(['off', 'immediate', 'digest']), phone: z.string().max(20).nullable().optional() }).strict(),
        response: { 200: prefsOut },
      },
    }, async (req) => {
      const a = req.actor!;
      const p = await write(ctx.db, capacityOf(req), 'notifications.preferences', (w) => setPreferences(w, a.accountId, { inApp: req.body.inApp, sms: req.body.sms, phone: req.body.phone ?? null }, ctx.now(), a.grants[0]?.jurisdictionCode ?? '000000000000'));
      return { ...p, smsAdapter: adapter?.name ?? null };
    });
  },
  jobs: [
    // Every evening at 20:00 China time: one digest per person instead of one message per event.
    { name: 'notifications-daily-digest', cron: '0 20 * * *', async run(ctx) { await runDailyDigest(ctx.db, ctx.now()); } },
    {
      // Pending SMS (codes, notices, copies, digests) go out through the configured adapter.
      name: 'notifications-deliver-sms', cron: '* * * * *',
      async run(ctx) {
        const adapter = smsAdapterFromEnv(process.env, ctx.config.dataDir);
        if (!adapter) return;
        const r = await deliverPendingSms(ctx.db, adapter, ctx.now());
        if (r.sent || r.failed) ctx.log.info({ ...r, adapter: adapter.name }, 'sms delivered');
      },
    },
  ],
};
