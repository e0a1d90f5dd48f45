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
import { installGuard } from './access/guard.ts';
import { buildPolicy, type Policy } from './access/permissions.ts';
import type { Role } from './access/roles.ts';
import type { Api, ModuleContext, ModuleManifest, NavEntry } from './module.ts';
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

  const policy = buildPolicy(opts.modules.flatMap((m) => Object.entries(m.actions).map(([k, v]) => [k, v.roles] as [string, readonly Role[]])));
  app.decorate('policy', policy);

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
  installGuard(app, { db: opts.db, policy, sessionHours: opts.config.SESSION_HOURS, cookieSecure: opts.config.COOKIE_SECURE, now });
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

  const nav: NavEntry[] = opts.modules.flatMap((m) => m.nav ?? []).sort((a, b) => a.order - b.order);
  app.get('/api/v1/nav', {
    config: { public: true },
    schema: {
      tags: ['core'], summary: '模块导航 Navigation entries of the modules',
      response: { 200: z.array(z.object({ path: z.string(), labelKey: z.string(), action: z.string(), order: z.number() })) },
    },
  }, async () => nav);

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
