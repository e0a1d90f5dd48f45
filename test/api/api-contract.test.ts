// The API contract: every operation in the OpenAPI document says what it answers, and the web
// app's generated types (src/web/lib/api-schema.d.ts) are those of the document as it is now —
// change a route's schema without `npm run api-types` and this fails.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { apiTypes, TYPES_FILE } from '../../scripts/api-types.ts';
import { backends } from '../support/backends.ts';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform, type Platform } from '../../src/core/platform.ts';
import { buildApp } from '../../src/core/app.ts';
import { modules } from '../../src/modules/index.ts';

let platform: Platform;
let app: FastifyInstance;
let cleanup: () => Promise<void>;

before(async () => {
  // The document depends on the code only: one database is enough.
  const fresh = await backends()[0]!.fresh();
  cleanup = fresh.cleanup;
  platform = await openPlatform({ config: fresh.config, log: createLogger('silent'), modules, role: 'api-contract' });
  app = await buildApp({ config: platform.config, db: platform.database.db, log: platform.log, modules, now: platform.now });
  await app.ready();
});
after(async () => { await app?.close(); await platform?.close(); await cleanup?.(); });

test('every operation declares its success answer with a body schema, or 204', () => {
  const doc = app.swagger() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };
  const missing: string[] = [];
  for (const [url, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const ok = Object.entries(op.responses ?? {}).some(([status, r]) => status === '204' || (/^2\d\d$/.test(status) && r.content !== undefined));
      if (!ok) missing.push(`${method.toUpperCase()} ${url}`);
    }
  }
  assert.ok(Object.keys(doc.paths).length > 150, 'the document lists the routes');
  assert.deepEqual(missing, []);
});

test('the web app\'s API types are generated from the current document', async () => {
  const expected = await apiTypes(app.swagger());
  const current = fs.readFileSync(TYPES_FILE, 'utf8');
  assert.ok(current === expected, 'src/web/lib/api-schema.d.ts is stale: run `npm run api-types` and commit it');
});
