// The access capability as a core manifest: accounts, grants, sessions, login.
import { z } from 'zod';
import { bi } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { accessMigrations } from './migrations.ts';
import { settingsMigrations } from '../settings.ts';
import { SESSION_COOKIE, sessionCookie } from './guard.ts';
import { decide } from './permissions.ts';
import { loadSession, login, logout, purgeExpiredSessions } from './service.ts';
import { normaliseCode } from '../jurisdiction-codes.ts';

const grantOut = z.object({ id: z.number(), role: z.string(), jurisdictionCode: z.string() });
const meOut = z.object({
  account: z.object({ id: z.number(), username: z.string(), displayName: z.string(), residentId: z.number().nullable() }),
  grants: z.array(grantOut),
  csrfToken: z.string(),
  /** Every action the actor holds somewhere, so the web app can show only what the user may use. */
  actions: z.array(z.string()),
});

export const accessManifest: ModuleManifest = {
  name: 'access',
  migrations: { ...settingsMigrations, ...accessMigrations },
  actions: {},
  jobs: [{
    name: 'access-purge-sessions', cron: '17 3 * * *',
    async run(ctx) { await purgeExpiredSessions(ctx.db, ctx.now()); },
  }],
  routes(api, ctx) {
    const policy = () => api.policy;
    const actionsOf = (grants: { role: string }[]) =>
      [...policy().entries()].filter(([, roles]) => grants.some((g) => roles.includes(g.role as never))).map(([a]) => a).sort();

    api.post('/api/v1/auth/login', {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['access'], summary: '登录 Sign in',
        body: z.object({ username: z.string().min(1).max(40), password: z.string().min(1).max(200) }),
        response: { 200: meOut },
      },
    }, async (req, reply) => {
      const s = await login(ctx.db, req.body.username.trim().toLowerCase(), req.body.password, ctx.now(), ctx.config.SESSION_HOURS);
      reply.setCookie(SESSION_COOKIE, s.token, sessionCookie(ctx.config.SESSION_HOURS, ctx.config.COOKIE_SECURE));
      const actor = (await loadSession(ctx.db, s.token, ctx.now(), ctx.config.SESSION_HOURS))!.actor;
      return { account: { id: actor.accountId, username: actor.username, displayName: actor.displayName, residentId: actor.residentId },
        grants: actor.grants, csrfToken: actor.csrfToken, actions: actionsOf(actor.grants) };
    });

    api.post('/api/v1/auth/logout', {
      config: { authenticated: true },
      schema: { tags: ['access'], summary: '退出 Sign out', response: { 204: z.null() } },
    }, async (req, reply) => {
      await logout(ctx.db, req.actor!.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });

    api.get('/api/v1/auth/me', {
      config: { authenticated: true },
      schema: { tags: ['access'], summary: '当前用户 The signed-in account', response: { 200: meOut } },
    }, async (req) => {
      const a = req.actor!;
      return { account: { id: a.accountId, username: a.username, displayName: a.displayName, residentId: a.residentId },
        grants: a.grants, csrfToken: a.csrfToken, actions: actionsOf(a.grants) };
    });

    api.get('/api/v1/auth/can', {
      config: { authenticated: true },
      schema: {
        tags: ['access'], summary: '权限判断及理由 May I? With the reasons',
        querystring: z.object({ action: z.string(), code: z.string() }),
        response: { 200: z.object({ allowed: z.boolean(), trace: z.array(z.string()) }) },
      },
    }, async (req) => {
      const code = normaliseCode(req.query.code) ?? req.query.code;
      const d = decide(policy(), req.actor!.grants, req.query.action, code);
      return { allowed: d.allowed, trace: d.trace };
    });
  },
};

export const accessDescription = bi('账户、角色与会话', 'Accounts, roles and sessions');
