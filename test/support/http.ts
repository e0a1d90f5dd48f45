// API tests drive the real Fastify app in-process (inject): same routes, hooks and guard
// as production, no network.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/core/app.ts';
import { accounts, PASSWORD, type AccountKey, type World } from './fixture.ts';

export async function appFor(world: World): Promise<FastifyInstance> {
  const p = world.platform;
  const app = await buildApp({ config: p.config, db: p.database.db, log: p.log, modules: p.modules, now: p.now });
  await app.ready();
  return app;
}

export interface Client {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

function client(app: FastifyInstance, cookie?: string, csrf?: string): Client {
  const headers = { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) };
  const request = (opts: InjectOptions): Promise<LightMyRequestResponse> => app.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
  };
}

export const anonymous = (app: FastifyInstance) => client(app);

// Logins are rate limited per address, so each test app logs each account in once.
const sessions = new WeakMap<FastifyInstance, Map<AccountKey, Client>>();

export async function loginAs(app: FastifyInstance, who: AccountKey): Promise<Client> {
  const known = sessions.get(app)?.get(who);
  if (known) return known;
  const c = await freshLogin(app, who);
  if (!sessions.has(app)) sessions.set(app, new Map());
  sessions.get(app)!.set(who, c);
  return c;
}

export async function freshLogin(app: FastifyInstance, who: AccountKey): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: accounts[who].username, password: PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login ${who} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return client(app, cookie, res.json().csrfToken as string);
}
