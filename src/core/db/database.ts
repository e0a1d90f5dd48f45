// One query layer (Kysely over a pg.Pool) for both ways of running PostgreSQL:
// embedded PGlite (data in a folder) and a PostgreSQL server (DATABASE_URL).
// See docs/ARCHITECTURE.md for why Kysely and not Drizzle.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock.ts';

// Normalise types in one place: int8 as number (ids and amounts in fen stay far below 2^53),
// DATE as the 'YYYY-MM-DD' string it is (pg would shift it into a local-time Date).
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDB = Kysely<any>;

export interface Database {
  db: AnyDB;
  kind: 'embedded' | 'server';
  /** Plain SQL on the same pool, for libraries that bring their own SQL (pg-boss). */
  raw(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  /** Checkpoint (embedded) and close everything; safe to call twice. */
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Who holds the embedded data folder (shown to a second process that tries to open it). */
  role: string;
  port?: number;
  poolSize?: number;
}

// Caps WAL growth in embedded mode (without it the folder grew past 600 MB, see STACK-NOTES).
const pgliteConf = ['max_wal_size = 64MB', 'min_wal_size = 32MB', 'checkpoint_timeout = 60s'];

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    pool.on('error', () => { /* idle client errors surface on the next query */ });
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] }) as AnyDB;
    let closed = false;
    return { db, kind: 'server', raw: (text, values) => pool.query(text, values), close: async () => { if (!closed) { closed = true; await db.destroy(); } } };
  }
  const release = await lockDataDir(opts.dataDir, opts.role, opts.port);
  let pglite: PGlite;
  try {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    pglite = await PGlite.create(`${opts.dataDir}/pg`, { postgresqlconf: pgliteConf });
  } catch (e) {
    await release();
    throw e;
  }
  const pool = new pg.Pool({ ...(createPgConfig(pglite) as unknown as pg.PoolConfig), max: 1 });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] }) as AnyDB;
  let closed = false;
  return {
    db,
    kind: 'embedded',
    raw: (text, values) => pool.query(text, values),
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await sql`CHECKPOINT`.execute(db);
        await db.destroy();
        await pglite.close();
      } finally {
        await release();
      }
    },
  };
}
