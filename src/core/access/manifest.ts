// The access capability as a core manifest: accounts, grants, sessions, login.
import { z } from 'zod';
import { bi } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { accessMigrations } from './migrations.ts';
import { settingsMigrations } from '../settings.ts';
import { SESSION_COOKIE, sessionCookie } from './guard.ts';
import { decide, type Grant } from './permissions.ts';
import { createDepartment, departmentsServing, departmentsUnder, loadSession, login, logout, purgeExpiredSessions } from './service.ts';
import { departmentKindInfo, departmentKinds } from './roles.ts';
import { capacityOf, codeParam, write } from './guard.ts';
import { normaliseCode } from '../jurisdiction-codes.ts';

const grantOut = z.object({
  id: z.number(), role: z.string(), jurisdictionCode: z.string(),
  department: z.object({ id: z.number(), kind: z.enum(departmentKinds) }).nullable().optional().describe('for department staff: the department they act for'),
});
const departmentOut = z.object({
  id: z.number(), jurisdictionCode: z.string(), kind: z.enum(departmentKinds), name: z.string(),
  kindLabel: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
const shownDepartment = (d: { id: number; jurisdictionCode: string; kind: (typeof departmentKinds)[number]; name: string }) => ({ ...d, kindLabel: departmentKindInfo[d.kind].label });
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
  permissions: {
    actions: {
      'departments.manage': { roles: ['countyOfficer'], description: bi('设立乡镇(街道)和县级部门', 'Set up the departments of the townships and the county') },
    },
    audit: {
      'accounts.create': bi('创建账号', 'Created an account'),
      'accounts.grant': bi('授予角色', 'Granted a role'),
      'departments.create': bi('设立部门', 'Set up a department'),
    },
  },
  jobs: [{
    name: 'access-purge-sessions', cron: '17 3 * * *',
    async run(ctx) { await purgeExpiredSessions(ctx.db, ctx.now()); },
  }],
  routes(api, ctx) {
    const policy = () => api.policy;
    // Every action some grant of the actor holds somewhere: by its role, or by its department's kind.
    const actionsOf = (grants: readonly Grant[]) =>
      [...policy().entries()].filter(([, rule]) => grants.some((g) => (g.department ? rule.departments?.includes(g.department.kind) : rule.roles.includes(g.role)))).map(([a]) => a).sort();

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

    // --- departments: the organisations of the townships and the county that act through their staff
    api.get('/api/v1/jurisdictions/:code/departments', {
      config: { authenticated: true },
      schema: {
        tags: ['access'], summary: '部门：服务本区划的（上级乡镇和县的）与设在本区划及下级的 Departments serving a node (of its township and county) and those under it',
        params: z.object({ code: z.string().regex(/^\d{2,12}$/) }),
        response: { 200: z.object({ serving: z.array(departmentOut), under: z.array(departmentOut) }) },
      },
    }, async (req) => {
      const code = codeParam(req);
      return { serving: (await departmentsServing(ctx.db, code)).map(shownDepartment), under: (await departmentsUnder(ctx.db, code)).map(shownDepartment) };
    });

    api.post('/api/v1/jurisdictions/:code/departments', {
      config: { action: 'departments.manage' },
      schema: {
        tags: ['access'], summary: '县民政局设立一个部门（设在本县或其乡镇） The county sets up a department of itself or of a township',
        params: z.object({ code: z.string().regex(/^\d{2,12}$/) }),
        body: z.object({ kind: z.enum(departmentKinds), name: z.string().trim().min(2).max(60) }).strict(),
        response: { 201: departmentOut },
      },
    }, async (req, reply) => {
      const code = codeParam(req);
      const d = await write(ctx.db, capacityOf(req), 'departments.create', (w) => createDepartment(w.trx, capacityOf(req), { jurisdictionCode: code, ...req.body }));
      return reply.code(201).send(shownDepartment(d));
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
