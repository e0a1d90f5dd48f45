// Embedded mode's guards (STACK-NOTES): an exclusive lock on the data folder, a clean
// shutdown, and data that stays consistent when the server is killed with SIGKILL mid-write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exited, freePort, gongzhi, startServerProcess } from '../support/cli.ts';
import { loadConfig } from '../../src/core/config.ts';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform } from '../../src/core/platform.ts';
import { modules } from '../../src/modules/index.ts';
import { sql } from 'kysely';

const VILLAGE = '500230210001';

test('embedded mode: lock, SIGKILL mid-write, recovery, clean shutdown', { timeout: 300_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-kill-'));
  const env = { GONGZHI_DATA_DIR: dir, DATABASE_URL: '' }; // embedded, whatever the caller's environment says
  try {
    // Set up through the CLI, as an operator would.
    const imp = gongzhi(['import', 'divisions', '--county', '500230'], env);
    assert.equal(imp.status, 0, imp.stderr);
    assert.match(imp.stdout, /338 村\(社区\)/);
    assert.equal(gongzhi(['users', 'create', 'clerk', '--name', '文书', '--password', 'clerk-password'], env).status, 0);
    assert.equal(gongzhi(['users', 'grant', 'clerk', 'committeeMember', VILLAGE], env).status, 0);

    const port = await freePort();
    const server = await startServerProcess({ ...env, PORT: String(port) }, ['--no-demo']);
    const base = `http://127.0.0.1:${port}`;

    // A second process cannot open the folder while the server holds it.
    const busy = gongzhi(['migrate'], env);
    assert.equal(busy.status, 1);
    assert.match(busy.stderr, /in use by server \(pid \d+, port \d+/);

    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'clerk', password: 'clerk-password' }) });
    assert.equal(login.status, 200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { csrfToken } = await login.json() as { csrfToken: string };

    // Write continuously from 4 concurrent clients; kill the server while writes are in flight.
    const acknowledged = new Set<string>();
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const number = `${w}-${i}`;
        try {
          const r = await fetch(`${base}/api/v1/jurisdictions/${VILLAGE}/households`, {
            method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ number, address: `测试${number}` }),
          });
          if (r.status === 201) acknowledged.add(number);
        } catch { return; }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGKILL');
    await exited(server.child);
    stop = true;
    await Promise.all(writers);

    // The lock of the killed process is recognised as stale; the data is consistent.
    const config = loadConfig({ GONGZHI_DATA_DIR: dir, LOG_LEVEL: 'silent' });
    const p = await openPlatform({ config, log: createLogger('silent'), modules, role: 'test' });
    try {
      const rows = (await sql<{ number: string; audited: boolean }>`
        SELECT h.number, EXISTS (SELECT 1 FROM audit_log a WHERE a.target_type = 'household' AND a.target_id = h.id::text) AS audited
        FROM household h WHERE h.jurisdiction_code = ${VILLAGE}`.execute(p.database.db)).rows;
      const stored = new Set(rows.map((r) => r.number));
      for (const n of acknowledged) assert.ok(stored.has(n), `acknowledged household ${n} survived the kill`);
      assert.ok(rows.every((r) => r.audited), 'every stored household has its audit row (same transaction)');
      assert.ok(stored.size - acknowledged.size <= 4, 'at most the in-flight writes are extra');
      const check = await sql<{ n: number }>`SELECT count(*)::int AS n FROM jurisdiction`.execute(p.database.db);
      assert.equal(check.rows[0]!.n, 1 + 1 + 1 + 30 + 338);
    } finally {
      await p.close();
    }

    // Restart the server on the same folder, then stop it with SIGTERM: clean shutdown
    // releases the lock (no owner file left) and the WAL stays capped.
    const again = await startServerProcess({ ...env, PORT: String(port) }, ['--no-demo']);
    assert.equal((await (await fetch(`${base}/api/v1/health`)).json() as { status: string }).status, 'ok');
    again.child.kill('SIGTERM');
    assert.equal(await exited(again.child), 0, again.output());
    assert.ok(!fs.existsSync(path.join(dir, '.gongzhi.owner.json')), 'lock owner removed on clean shutdown');
    assert.ok(!fs.existsSync(path.join(dir, '.gongzhi.lock')), 'lock released on clean shutdown');
    const walBytes = fs.readdirSync(path.join(dir, 'pg/pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f)).length * 16 * 1024 * 1024;
    assert.ok(walBytes <= 128 * 1024 * 1024, `WAL is capped (${walBytes} bytes)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
