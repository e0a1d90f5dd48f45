// The per-village hash chain: append, corrections, database-enforced immutability, and
// tampering (with the trigger bypassed by a superuser) caught by verification.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { backends } from '../support/backends.ts';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform, type Platform } from '../../src/core/platform.ts';
import { write } from '../../src/core/access/guard.ts';
import { appendToLedger, canonical, GENESIS, ledgerEntries, sha256, verifyChain, verifyRows } from '../../src/core/ledger/ledger.ts';
import { modules } from '../../src/modules/index.ts';

const V = '500230210001';
const W = '500230210200';
const who = { accountId: null, label: 'test', role: 'operator', code: null };

test('verifyRows: an empty chain is valid; the head of a good chain is its last hash', () => {
  assert.deepEqual(verifyRows(V, []), { villageCode: V, ok: true, entries: 0, headHash: GENESIS, firstBroken: null });
  const e1 = canonical({ villageCode: V, seq: 1, kind: 'k', recordId: '1', supersedesSeq: null, reason: null, payload: { a: 1 }, publishedAt: '2026-01-01T00:00:00.000Z', prevHash: GENESIS });
  const e2 = canonical({ villageCode: V, seq: 2, kind: 'k', recordId: '2', supersedesSeq: null, reason: null, payload: { a: 2 }, publishedAt: '2026-01-02T00:00:00.000Z', prevHash: sha256(e1) });
  const rows = [{ seq: 1, kind: 'k', recordId: '1', content: e1, hash: sha256(e1) }, { seq: 2, kind: 'k', recordId: '2', content: e2, hash: sha256(e2) }];
  assert.equal(verifyRows(V, rows).headHash, sha256(e2));
  const cases: [string, typeof rows, string][] = [
    ['hash', [rows[0]!, { ...rows[1]!, hash: sha256('x') }], 'hash'],
    ['content edited and rehashed', [{ ...rows[0]!, content: e1.replace('"a":1', '"a":9'), hash: sha256(e1.replace('"a":1', '"a":9')) }, rows[1]!], 'link'],
    ['gap', [rows[1]!], 'sequence'],
    ['not canonical', [{ ...rows[0]!, content: ` ${e1}`, hash: sha256(` ${e1}`) }], 'canonical'],
    ['column', [{ ...rows[0]!, recordId: '7' }], 'columns'],
  ];
  for (const [name, rs, problem] of cases) assert.equal(verifyRows(V, rs).firstBroken?.problem, problem, name);
});

for (const backend of backends()) {
  describe(`ledger on ${backend.name}`, () => {
    let p: Platform;
    let cleanup: () => Promise<void>;
    before(async () => {
      const fresh = await backend.fresh();
      cleanup = fresh.cleanup;
      p = await openPlatform({ config: fresh.config, log: createLogger('silent'), modules, role: 'test' });
    });
    after(async () => { await p?.close(); await cleanup?.(); });

    test('appends chain per village, with corrections that supersede', async () => {
      const now = new Date('2026-11-02T08:00:00Z');
      const a1 = await write(p.database.db, who, 'ledger.append', (w) => appendToLedger(w, { villageCode: V, kind: 'test.entry', recordId: 1, payload: { title: '第三季度财务公开', total: 123456 } }, now));
      const b1 = await write(p.database.db, who, 'ledger.append', (w) => appendToLedger(w, { villageCode: W, kind: 'test.entry', recordId: 9, payload: { title: '鱼泉子' } }, now));
      const a2 = await write(p.database.db, who, 'ledger.append', (w) => appendToLedger(w, { villageCode: V, kind: 'test.entry', recordId: 2, payload: { title: '更正', total: 123400 }, supersedesSeq: 1, reason: '凭证金额录入错误' }, now));
      assert.equal(a1.seq, 1);
      assert.equal(a1.prevHash, GENESIS);
      assert.equal(b1.seq, 1, 'each village has its own chain');
      assert.equal(a2.seq, 2);
      assert.equal(a2.prevHash, a1.hash);
      const v = await verifyChain(p.database.db, V);
      assert.deepEqual([v.ok, v.entries, v.headHash], [true, 2, a2.hash]);
      const entries = await ledgerEntries(p.database.db, V);
      assert.equal(entries[1]!.supersedesSeq, 1);
      assert.equal(entries[1]!.reason, '凭证金额录入错误');
      await assert.rejects(write(p.database.db, who, 'ledger.append', (w) => appendToLedger(w, { villageCode: V, kind: 'test.entry', recordId: 3, payload: {}, supersedesSeq: 1, reason: ' ' }, now)), /reason/);
      await assert.rejects(write(p.database.db, who, 'ledger.append', (w) => appendToLedger(w, { villageCode: V, kind: 'test.entry', recordId: 3, payload: {}, supersedesSeq: 99, reason: 'x' }, now)), /No ledger entry 99/);
      assert.equal((await verifyChain(p.database.db, V)).entries, 2, 'failed appends left nothing');
    });

    test('the database refuses UPDATE, DELETE and TRUNCATE of ledger rows, even from the application', async () => {
      await assert.rejects(sql`UPDATE ledger_entry SET content = content || ' ' WHERE village_code = ${V}`.execute(p.database.db), /append-only/);
      await assert.rejects(sql`DELETE FROM ledger_entry WHERE village_code = ${V}`.execute(p.database.db), /append-only/);
      await assert.rejects(sql`TRUNCATE ledger_entry`.execute(p.database.db), /append-only/);
      assert.equal((await verifyChain(p.database.db, V)).ok, true);
    });

    test('a row altered with the trigger bypassed is caught by verify, which names the entry', async () => {
      const db = p.database.db;
      const original = (await sql<{ content: string }>`SELECT content FROM ledger_entry WHERE village_code = ${V} AND seq = 1`.execute(db)).rows[0]!.content;
      const forged = original.replace('123456', '923456');
      await sql`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change`.execute(db);
      await sql`UPDATE ledger_entry SET content = ${forged} WHERE village_code = ${V} AND seq = 1`.execute(db);
      const v1 = await verifyChain(db, V);
      assert.deepEqual([v1.ok, v1.firstBroken?.seq, v1.firstBroken?.problem], [false, 1, 'hash']);
      // A forger who also rewrites the hash breaks the link to the next entry instead.
      await sql`UPDATE ledger_entry SET hash = ${sha256(forged)} WHERE village_code = ${V} AND seq = 1`.execute(db);
      const v2 = await verifyChain(db, V);
      assert.deepEqual([v2.ok, v2.firstBroken?.seq, v2.firstBroken?.problem], [false, 2, 'link']);
      assert.equal((await verifyChain(db, W)).ok, true, 'other villages are unaffected');
      await sql`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_no_change`.execute(db);
    });
  });
}
