// The one place access is enforced. Every route declares in its config either
// `public: true`, `authenticated: true`, or the `action` it needs (plus, if the target node is
// not the `:code` path parameter, a `scope` resolver). Routes that declare none of these fail
// at start-up, so a route cannot be forgotten open.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, bi } from '../errors.ts';
import { normaliseCode } from '../jurisdiction-codes.ts';
import type { AnyDB } from '../db/database.ts';
import { recordAudit, type AuditEntry, type Capacity } from '../audit/audit.ts';
import { decide, type Decision, type Grant, type Policy } from './permissions.ts';
import { loadSession, type Actor } from './service.ts';

export const SESSION_COOKIE = 'gz_session';

/** The session cookie lives for the session's length counted by the browser (Max-Age), never
 * until an absolute date from the server's clock: a browser whose clock is wrong (a village
 * office PC set to last year) would otherwise get a cookie that has already expired. */
export function sessionCookie(sessionHours: number, secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: sessionHours * 3600 };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
    authenticated?: boolean;
    action?: string;
    scope?: (req: FastifyRequest) => string | Promise<string>;
  }
  interface FastifyRequest {
    actor: Actor | null;
    capacity: Grant | null;
    decision: Decision | null;
  }
}

/** Default scope: the `:code` path parameter, as a 12-digit division code. */
export function codeParam(req: FastifyRequest): string {
  const raw = (req.params as { code?: string }).code ?? '';
  const code = normaliseCode(raw);
  if (!code) throw AppError.validation([{ field: 'params.code', rule: 'divisionCode.format', messages: bi('区划代码格式错误', 'Malformed division code') }]);
  return code;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installGuard(app: FastifyInstance, opts: { db: AnyDB; policy: Policy; sessionHours: number; cookieSecure: boolean; now: () => Date }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('capacity', null);
  app.decorateRequest('decision', null);

  app.addHook('onRoute', (route) => {
    const c = route.config ?? {};
    if (route.url.startsWith('/api/') && !c.public && !c.authenticated && !c.action) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule (public, authenticated or action)`);
    }
    if (c.action && !opts.policy.has(c.action)) {
      throw new Error(`route ${route.method} ${route.url} needs undeclared action ${c.action}`);
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const s = await loadSession(opts.db, token, opts.now(), opts.sessionHours);
    req.actor = s?.actor ?? null;
    // The server slid the session's expiry: the browser's cookie gets the same fresh lifetime.
    if (s?.extended) reply.setCookie(SESSION_COOKIE, token, sessionCookie(opts.sessionHours, opts.cookieSecure));
  });

  app.addHook('preHandler', async (req) => {
    if (req.is404) return; // unknown routes answer 404, not an access problem
    const c = req.routeOptions.config ?? {};
    if (c.public) return;
    if (!c.action && !c.authenticated) {
      if (!req.url.startsWith('/api/')) return; // static files and the web app
      throw AppError.forbidden(bi('该接口未声明访问规则', 'This route declares no access rule'));
    }
    if (!req.actor) throw new AppError('unauthenticated', bi('请先登录', 'Please sign in'));
    if (unsafe.has(req.method) && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw AppError.forbidden(bi('请求缺少有效的 CSRF 令牌，请刷新页面后重试', 'Missing or wrong CSRF token; reload the page and retry'));
    }
    if (!c.action) return;
    const target = await (c.scope ?? codeParam)(req);
    const decision = decide(opts.policy, req.actor.grants, c.action, target);
    req.decision = decision;
    if (!decision.allowed) {
      throw AppError.forbidden(
        bi(`您没有在 ${target} 执行 ${c.action} 的权限`, `You may not perform ${c.action} on ${target}`),
        { action: c.action, jurisdictionCode: target, trace: decision.trace },
      );
    }
    req.capacity = decision.grant;
  });
}

export function capacityOf(req: FastifyRequest): Capacity {
  const a = req.actor;
  if (!a) throw new Error('capacityOf called on an anonymous request');
  return {
    accountId: a.accountId, label: a.username,
    role: req.capacity?.role ?? 'self', code: req.capacity?.jurisdictionCode ?? null,
  };
}

export interface Write {
  trx: AnyDB;
  audit(e: AuditEntry): Promise<void>;
}

/** The capacity a scheduled job acts in: no account, the role 'system', the job's name as its
 * label. Jobs change records through write() like anyone, so the audit log shows what they did. */
export function systemCapacity(job: string, code: string | null): Capacity {
  return { accountId: null, label: `system:${job}`, role: 'system', code };
}

/** Runs a use case in one transaction with its audit rows; a failure leaves nothing behind. */
export async function write<T>(db: AnyDB, who: Capacity, fn: (w: Write) => Promise<T>): Promise<T> {
  return db.transaction().execute((trx) => fn({ trx, audit: (e) => recordAudit(trx, who, e) }));
}
