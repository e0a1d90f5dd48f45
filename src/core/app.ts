// Builds the HTTP application from the core plus the module manifests. Fastify's plugin
// encapsulation keeps each module's routes in its own context; the core adds the pieces
// every route shares: schemas (zod), errors (problem+json), cookies, the access guard.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { responseContractGap, responseSerializer } from './serializer.ts';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { AnyDB } from './db/database.ts';
import { AppError, bi, sendProblem } from './errors.ts';
import { installGuard, jurisdictionResource, type ResourceType } from './access/guard.ts';
import { buildPolicy, type ActionRule, type Policy } from './access/permissions.ts';
import { actionsOf, type Api, type ModuleContext, type ModuleManifest } from './module.ts';
import { runRule } from './rules.ts';
import { loadCalendar } from './calendar/store.ts';

declare module 'fastify' {
  interface FastifyInstance { policy: Policy }
}

export interface AppOptions {
  config: Config;
  db: AnyDB;
  log: Logger;
  modules: readonly ModuleManifest[];
  now?: () => Date;
  /** Folder of the built web app; served at / when present. */
  webDir?: string;
  /** Fail a response that carries a field its schema does not declare; default: under test. */
  strictResponses?: boolean;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const now = opts.now ?? (() => new Date());
  const app = Fastify({ loggerInstance: opts.log as unknown as FastifyBaseLogger, trustProxy: opts.config.TRUST_PROXY ? opts.config.TRUST_PROXY.split(',').map((s) => s.trim()) : false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Under test a response carrying a field its schema does not declare fails the request (in
  // production the field is dropped, as zod does), so the suite finds every incomplete schema.
  app.setSerializerCompiler(responseSerializer(opts.strictResponses ?? opts.config.NODE_ENV === 'test'));
  app.setErrorHandler((err, req, reply) => sendProblem(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    // A missing hashed asset is a 404 (an old tab after a release), never the app shell.
    if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || !opts.webDir || req.method !== 'GET') {
      return sendProblem(AppError.notFound(bi('找不到该地址', 'No such route')), req, reply);
    }
    // The web app routes on the client: unknown paths get its shell.
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });

  const policy = buildPolicy(opts.modules.flatMap((m) => actionsOf(m).map(([k, v]) => [k, { roles: v.roles, owner: v.owner ?? false, departments: v.departments ?? [] }] as [string, ActionRule])));
  app.decorate('policy', policy);
  // Every resource type a route may act on, each with the one loader that resolves it.
  const resources = new Map<string, ResourceType>([['jurisdiction', jurisdictionResource]]);
  for (const m of opts.modules) {
    for (const [type, loader] of Object.entries(m.permissions?.resources ?? {})) {
      if (resources.has(type)) throw new Error(`resource type ${type} registered twice (again by ${m.name})`);
      resources.set(type, loader);
    }
  }

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'gongzhi 共治 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gz_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  installGuard(app, { db: opts.db, policy, resources, sessionHours: opts.config.SESSION_HOURS, cookieSecure: opts.config.COOKIE_SECURE, now });
  // Like the guard's refusal of a route without an access rule: a route that does not say what
  // it returns is refused at start-up.
  const gaps: string[] = [];
  app.addHook('onRoute', (route) => {
    const gap = responseContractGap(route as Parameters<typeof responseContractGap>[0]);
    if (gap && route.method !== 'HEAD') gaps.push(`${String(route.method)} ${route.url} ${gap}`);
  });

  const ctx: ModuleContext = { config: opts.config, db: opts.db, log: opts.log, now };

  app.get('/api/v1/health', {
    config: { public: true },
    schema: { tags: ['core'], summary: '健康检查 Health', response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => {
    await sql`SELECT 1`.execute(opts.db);
    return { status: 'ok' as const };
  });

  // The staff pages the modules declare: the web app derives its router (who may open a page,
  // whether it needs a village) and its navigation from this list. A page that names an unknown
  // action could never open, so it stops the start like a route without a contract.
  const pages = opts.modules.flatMap((m) => (m.pages ?? []).map((p) => {
    const where = `module ${m.name}: page ${p.path}`;
    if (!/^\/staff(\/([a-z0-9-]+|:[a-zA-Z]+))+$/.test(p.path)) throw new Error(`${where}: a path is /staff/… with lower-case segments and :id parameters`);
    if (p.action !== undefined && !policy.has(p.action)) throw new Error(`${where}: action ${p.action} is not declared by any module`);
    if (p.nav && p.path.includes(':')) throw new Error(`${where}: a page with parameters has no nav entry`);
    return { path: p.path, action: p.action ?? null, village: p.village ?? false, nav: p.nav ?? null };
  }));
  const dup = pages.find((p, i) => pages.findIndex((q) => q.path === p.path) !== i);
  if (dup) throw new Error(`page ${dup.path} declared twice`);
  app.get('/api/v1/pages', {
    config: { public: true },
    schema: {
      tags: ['core'], summary: '工作人员页面 The staff pages of the modules (who may open them, navigation entries)',
      response: {
        200: z.array(z.object({
          path: z.string().describe('path pattern, e.g. /staff/people/:id (a :name segment is an id of 1–12 digits)'),
          action: z.string().nullable().describe('the action needed on some node; null: any signed-in account'),
          village: z.boolean().describe('the page works on one village or community'),
          nav: z.object({ labelKey: z.string(), order: z.number() }).nullable().describe('entry in the staff navigation and home tiles'),
        })),
      },
    },
  }, async () => pages);

  // The modules' named rules: pure, public (they read no data), JSON in and out.
  for (const spec of opts.modules.flatMap((m) => m.rules ?? [])) {
    app.post(`/api/v1/rules/${spec.name}`, {
      config: { public: true },
      schema: { tags: ['rules'], summary: spec.summary, body: spec.input, ...(spec.output ? { response: { 200: spec.output } } : {}) },
    }, async (req) => runRule(spec, req.body, await loadCalendar(opts.db)));
  }

  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  for (const m of opts.modules) {
    if (!m.routes) continue;
    await app.register(async (scope) => { await m.routes!(scope as unknown as Api, ctx); }, { name: m.name } as object);
  }

  if (gaps.length > 0) throw new Error(`${gaps.length} route(s) without a response contract:\n${gaps.join('\n')}`);

  if (opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: opts.webDir,
      wildcard: false,
      setHeaders(res, file) {
        // Vite fingerprints asset names, so they can be cached for ever; the shell cannot.
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app as unknown as FastifyInstance;
}
