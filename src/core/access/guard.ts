// The one place access is enforced. Every route declares in its config either
// `public: true`, `authenticated: true`, or the `action` it needs and the `resource` it acts on
// (a type some module registered a loader for; without one, the node in the `:code` path
// parameter). Routes that declare none of these, or name an undeclared action or resource
// type, fail at start-up, so a route cannot be forgotten open. For each request the guard
// resolves the resource once (req.resource) and asks the permission chain, can().
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, bi, type Bilingual } from '../errors.ts';
import type { ProcActor } from '../procedure/engine.ts';
import { normaliseCode } from '../jurisdiction-codes.ts';
import type { AnyDB } from '../db/database.ts';
import { assertAuditAction, hasAudit, recordAudit, type AuditEntry, type Capacity } from '../audit/audit.ts';
import { can, type Decision, type Grant, type Policy, type Resource } from './permissions.ts';
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
    /** The resource type the action is on; default: the node in the `:code` path parameter. */
    resource?: string;
    /** Answer a denial as "not found" (a record of someone else's: do not reveal it exists). */
    denied?: 'notFound';
  }
  interface FastifyRequest {
    actor: Actor | null;
    capacity: Grant | null;
    decision: Decision | null;
    /** The resource the route acts on, resolved once by its loader before the handler runs. */
    resource: Resource | null;
    /** The same chain the guard used, for a second action in one handler (e.g. a public page that
     * shows more to staff); false for an anonymous request. Default resource: req.resource. */
    can(action: string, resource?: Resource): boolean;
    /** The same, with the whole decision (the grant, or "as owner", and the trace). */
    ask(action: string, resource?: Resource): Decision | null;
  }
}

/** A resource type's loader: where the route carries its key, and how to find its node. */
export interface ResourceType {
  /** What it is, for the 404 ("找不到该选举（12）"). */
  label?: Bilingual;
  /** Default: the `:id` path parameter. `actor` keys a resource by the signed-in account (its
   * `residentId` or `accountId`): "my own village" for a resident filing for themselves. */
  key?: { in: 'params' | 'query' | 'body'; name: string } | { in: 'actor'; name: 'residentId' | 'accountId' };
  /** The node (and owner) of the resource with this key; null when there is none (a 404). */
  load(db: AnyDB, key: string): Promise<Omit<Resource, 'type' | 'id'> | null>;
}

export type ResourceTypes = ReadonlyMap<string, ResourceType>;

/** The core's own resource type: a node of the administrative tree, from the `:code` parameter. */
export const jurisdictionResource: ResourceType = {
  key: { in: 'params', name: 'code' },
  async load(_db, key) {
    const code = normaliseCode(key);
    if (!code) throw AppError.validation([{ field: 'params.code', rule: 'divisionCode.format', messages: bi('区划代码格式错误', 'Malformed division code') }]);
    return { jurisdictionCode: code };
  },
};

/** A route key as a row id: a whole number a serial column can hold, else null (a 404, never a 500). */
export function rowId(key: string): number | null {
  if (!/^\d{1,10}$/.test(key)) return null;
  const n = Number(key);
  return n >= 1 && n <= 2_147_483_647 ? n : null;
}

/** A resource type whose node is the village a service function finds for a row id. */
export function villageById(label: Bilingual, villageOf: (db: AnyDB, id: number) => Promise<string | null>): ResourceType {
  return { label, load: byRowId(async (db, id) => { const code = await villageOf(db, id); return code ? { jurisdictionCode: code } : null; }) };
}

/** Resolves the resource a route acts on with its type's loader: a missing one is a 404. */
export async function loadResource(db: AnyDB, types: ResourceTypes, type: string, req: FastifyRequest): Promise<Resource> {
  const t = types.get(type);
  if (!t) throw new Error(`no loader for resource type ${type}`);
  const where = t.key ?? { in: 'params', name: 'id' };
  const raw = where.in === 'actor' ? req.actor?.[where.name] : (req[where.in] as Record<string, unknown> | undefined)?.[where.name];
  const key = raw == null ? '' : String(raw);
  const found = key ? await t.load(db, key) : null;
  if (!found) throw notFound(t, key);
  return { type, id: key, ...found };
}

function notFound(t: ResourceType | undefined, key: string): AppError {
  return AppError.notFound(t?.label
    ? bi(`找不到该${t.label['zh-CN']}（${key || '未给出编号'}）`, `No such ${t.label.en} (${key || 'no key given'})`)
    : bi(`找不到所请求的记录（${key || '未给出编号'}）`, `No such record (${key || 'no key given'})`));
}

/** A loader over a row id: a key that is no row id finds nothing (a 404, never a 500). */
export function byRowId(find: (db: AnyDB, id: number) => Promise<Omit<Resource, 'type' | 'id'> | null>): ResourceType['load'] {
  return async (db, key) => {
    const id = rowId(key);
    return id === null ? null : find(db, id);
  };
}

/** Default scope: the `:code` path parameter, as a 12-digit division code. */
export function codeParam(req: FastifyRequest): string {
  const raw = (req.params as { code?: string }).code ?? '';
  const code = normaliseCode(raw);
  if (!code) throw AppError.validation([{ field: 'params.code', rule: 'divisionCode.format', messages: bi('区划代码格式错误', 'Malformed division code') }]);
  return code;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installGuard(app: FastifyInstance, opts: { db: AnyDB; policy: Policy; resources: ResourceTypes; sessionHours: number; cookieSecure: boolean; now: () => Date }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('capacity', null);
  app.decorateRequest('decision', null);
  app.decorateRequest('resource', null);
  app.decorateRequest('ask', function (this: FastifyRequest, action: string, resource?: Resource) {
    const r = resource ?? this.resource;
    return this.actor && r ? can(opts.policy, this.actor, action, r) : null;
  });
  app.decorateRequest('can', function (this: FastifyRequest, action: string, resource?: Resource) {
    return this.ask(action, resource)?.allowed ?? false;
  });

  app.addHook('onRoute', (route) => {
    const c = route.config ?? {};
    if (route.url.startsWith('/api/') && !c.public && !c.authenticated && !c.action) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule (public, authenticated or action)`);
    }
    if (c.action && !opts.policy.has(c.action)) {
      throw new Error(`route ${route.method} ${route.url} needs undeclared action ${c.action}`);
    }
    if (c.resource && !opts.resources.has(c.resource)) {
      throw new Error(`route ${route.method} ${route.url} acts on resource type ${c.resource}, which no module registered`);
    }
    if (route.url.startsWith('/api/') && c.action && !c.resource && !route.url.includes(':code')) {
      throw new Error(`route ${route.method} ${route.url} needs ${c.action} but names no resource and has no :code parameter`);
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
    const resource = await loadResource(opts.db, opts.resources, c.resource ?? 'jurisdiction', req);
    req.resource = resource;
    const decision = can(opts.policy, req.actor, c.action, resource);
    req.decision = decision;
    if (!decision.allowed && c.denied === 'notFound') throw notFound(opts.resources.get(resource.type), resource.id);
    if (!decision.allowed) {
      const target = resource.jurisdictionCode;
      throw AppError.forbidden(
        bi(`您没有在 ${target} 执行 ${c.action} 的权限`, `You may not perform ${c.action} on ${target}`),
        { action: c.action, jurisdictionCode: target, trace: decision.trace },
      );
    }
    req.capacity = decision.grant;
  });
}

/** The actor a procedure step is taken by: the account, in the capacity the guard allowed, with
 * the chain to judge each step's action on the route's resource. */
export function procActor(req: FastifyRequest): ProcActor {
  const a = req.actor;
  if (!a) throw new Error('procActor called on an anonymous request');
  return { label: a.username, role: (req.capacity?.role ?? 'resident') as ProcActor['role'], may: (action) => req.can(action) };
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
  /** Records an audit row in the write's transaction; the action defaults to the write's own. */
  audit(e: Omit<AuditEntry, 'action'> & { action?: string }): Promise<void>;
}

/** The capacity a scheduled job acts in: no account, the role 'system', the job's name as its
 * label. Jobs change records through write() like anyone, so the audit log shows what they did. */
export function systemCapacity(job: string, code: string | null): Capacity {
  return { accountId: null, label: `system:${job}`, role: 'system', code };
}

/**
 * Runs a use case in one transaction with its audit rows; a failure leaves nothing behind.
 * `action` names what the write does, from the audit vocabulary the manifests declare: the
 * rows the use case records default to it, and a write that records no row at all is refused
 * and rolled back, so a change without its audit row cannot exist.
 */
export async function write<T>(db: AnyDB, who: Capacity, action: string, fn: (w: Write) => Promise<T>): Promise<T> {
  assertAuditAction(action);
  return db.transaction().execute(async (trx) => {
    const result = await fn({
      trx,
      audit: async (e) => {
        await recordAudit(trx, who, { ...e, action: e.action ?? action });
      },
    });
    if (!hasAudit(trx)) throw new Error(`write ${action} recorded no audit row: refused, nothing kept`);
    return result;
  });
}
