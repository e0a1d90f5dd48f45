// `gongzhi ledger verify` on both databases: a good chain exits 0; a tampered one exits 2 and
// names the first broken entry.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { backends } from '../support/backends.ts';
import { gongzhi } from '../support/cli.ts';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform } from '../../src/core/platform.ts';
import { write } from '../../src/core/access/guard.ts';
import { appendToLedger } from '../../src/core/ledger/ledger.ts';
import { modules } from '../../src/modules/index.ts';
import type { Config } from '../../src/core/config.ts';

const V = '500230210001';
const who = { accountId: null, label: 'test', role: 'operator', code: null };

for (const backend of backends()) {
  describe(`gongzhi ledger verify on ${backend.name}`, () => {
    let config: Config;
    let cleanup: () => Promise<void>;
    let env: NodeJS.ProcessEnv;
    // The embedded folder admits one process at a time: open, act, close, then run the CLI.
    const withDb = async (fn: (db: Awaited<ReturnType<typeof openPlatform>>['database']['db']) => Promise<void>) => {
      const p = await openPlatform({ config, log: createLogger('silent'), modules, role: 'test' });
      try { await fn(p.database.db); } finally { await p.close(); }
    };
    before(async () => {
      const fresh = await backend.fresh();
      config = fresh.config;
      cleanup = fresh.cleanup;
      env = { GONGZHI_DATA_DIR: config.dataDir, DATABASE_URL: config.DATABASE_URL ?? '' };
      await withDb(async (db) => {
        for (let i = 1; i <= 3; i++) await write(db, who, 'ledger.append', (w) => appendToLedger(w, { villageCode: V, kind: 'test.entry', recordId: i, payload: { n: i } }, new Date(`2026-10-0${i}T00:00:00Z`)));
      });
    });
    after(async () => { await cleanup?.(); });

    test('a good chain verifies', () => {
      const r = gongzhi(['ledger', 'verify'], env);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`${V}\\s+✓ 3 条 entries, head [0-9a-f]{64}`));
      assert.equal(gongzhi(['ledger', 'verify', '--village', V], env).status, 0);
    });

    test('a tampered chain exits 2 naming the first broken entry', async () => {
      await withDb(async (db) => {
        await sql`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change`.execute(db);
        await sql`UPDATE ledger_entry SET content = replace(content, '"n":2', '"n":9') WHERE village_code = ${V} AND seq = 2`.execute(db);
        await sql`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_no_change`.execute(db);
      });
      const r = gongzhi(['ledger', 'verify', '--village', V], env);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stdout, /broken at entry 2: hash/);
      assert.equal(gongzhi(['ledger', 'verify', '--village', '12345'], env).status, 1, 'a malformed code is an error');
    });
  });
}
