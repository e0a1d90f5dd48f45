// Opening the platform: configuration, database (with migrations applied) and the modules.
// Used by the server, the CLI, the tests and the benchmark alike.
import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { adoptLegacyBlobs } from './blobs.ts';
import { assertModuleOrder, auditNamesOf, type ModuleManifest, type SeedContext } from './module.ts';
import { declareAuditActions } from './audit/audit.ts';
import type { AccessTables } from './access/tables.ts';

export interface Platform {
  config: Config;
  database: Database;
  log: Logger;
  modules: readonly ModuleManifest[];
  now(): Date;
  close(): Promise<void>;
}

export async function openPlatform(opts: {
  config: Config; log: Logger; modules: readonly ModuleManifest[]; role: string; port?: number; now?: () => Date;
}): Promise<Platform> {
  assertModuleOrder(opts.modules);
  for (const m of opts.modules) declareAuditActions(auditNamesOf(m));
  const database = await openDatabase({
    databaseUrl: opts.config.DATABASE_URL, dataDir: opts.config.dataDir, role: opts.role,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
  });
  try {
    const applied = await migrateToLatest(database.db, opts.modules);
    if (applied.length) opts.log.info({ applied }, 'migrations applied');
    const adopted = adoptLegacyBlobs(opts.config.dataDir);
    if (adopted) opts.log.info({ adopted }, 'uploads moved into the file store');
  } catch (e) {
    await database.close();
    throw e;
  }
  return { config: opts.config, database, log: opts.log, modules: opts.modules, now: opts.now ?? (() => new Date()), close: () => database.close() };
}

/** True when nobody has been set up yet: the first start loads the demo county. */
export async function isEmpty(p: Platform): Promise<boolean> {
  const r = await (p.database.db as unknown as Kysely<AccessTables>).selectFrom('account').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n === 0;
}

export async function seedDemo(p: Platform, say: (line: string) => void): Promise<void> {
  const ctx: SeedContext = { config: p.config, db: p.database.db, log: p.log, now: p.now, say, shared: new Map() };
  for (const m of p.modules) if (m.seedDemo) await m.seedDemo(ctx);
}
