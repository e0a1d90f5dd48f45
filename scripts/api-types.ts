// Generates the web app's API types from the server's OpenAPI document (openapi-typescript),
// so the web app is typed by the same zod schemas that validate and encode on the server.
//   npm run api-types           writes src/web/lib/api-schema.d.ts
//   npm run api-types -- --check fails when the committed file is stale
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

export const TYPES_FILE = path.resolve(import.meta.dirname, '../src/web/lib/api-schema.d.ts');

const HEADER = '// Generated from the server\'s OpenAPI document by `npm run api-types`; do not edit.\n// The route schemas in src/modules/*/routes.ts are the source.\n\n';

export async function apiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(check: boolean) {
  const { loadConfig } = await import('../src/core/config.ts');
  const { createLogger } = await import('../src/core/logger.ts');
  const { openPlatform } = await import('../src/core/platform.ts');
  const { buildApp } = await import('../src/core/app.ts');
  const { modules } = await import('../src/modules/index.ts');
  // A throw-away embedded database: the document depends on the code, not on any data.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-api-types-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', GONGZHI_DATA_DIR: dir, DATABASE_URL: undefined });
  const log = createLogger('silent');
  const p = await openPlatform({ config, log, modules, role: 'api-types' });
  try {
    const app = await buildApp({ config, db: p.database.db, log, modules, now: p.now });
    await app.ready();
    const text = await apiTypes(app.swagger());
    await app.close();
    if (check) {
      const current = fs.existsSync(TYPES_FILE) ? fs.readFileSync(TYPES_FILE, 'utf8') : '';
      if (current !== text) {
        console.error(`${path.relative(process.cwd(), TYPES_FILE)} is stale: run npm run api-types`);
        process.exitCode = 1;
      }
    } else {
      fs.writeFileSync(TYPES_FILE, text);
      console.log(`wrote ${path.relative(process.cwd(), TYPES_FILE)}`);
    }
  } finally {
    await p.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.includes('--check'));
