// The operator's command line on both databases: imports with progress, idempotency, and
// clear non-zero exits on bad input.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backends } from '../support/backends.ts';
import { gongzhi } from '../support/cli.ts';

for (const backend of backends()) {
  describe(`gongzhi CLI on ${backend.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let cleanup: () => Promise<void>;
    before(async () => {
      const fresh = await backend.fresh();
      cleanup = fresh.cleanup;
      env = { GONGZHI_DATA_DIR: fresh.config.dataDir, DATABASE_URL: fresh.config.DATABASE_URL ?? '' };
    });
    after(async () => { await cleanup?.(); });

    test('imports a whole province with a progress bar, and again without duplicating', { timeout: 120_000 }, () => {
      const first = gongzhi(['import', 'divisions', '--province', '50'], env);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, /villages\s*\|.*\| 11270\/11270/, 'the progress bar goes to stderr');
      assert.match(first.stdout, /38 县\(区\) counties, 1031 乡镇\(街道\) townships, 11270 村\(社区\) villages/);
      const second = gongzhi(['import', 'divisions', '--province', '50'], env);
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /11270 村\(社区\) villages/);
    });

    test('rejects a malformed or unknown division code with a clear message', () => {
      const bad = gongzhi(['import', 'divisions', '--county', '5002'], env);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /6 位县级代码/);
      assert.match(bad.stderr, /6-digit county code/);
      const unknown = gongzhi(['import', 'divisions', '--county', '509999'], env);
      assert.equal(unknown.status, 1);
      assert.match(unknown.stderr, /No division 509999/);
      const neither = gongzhi(['import', 'divisions'], env);
      assert.equal(neither.status, 1);
    });

    test('creates users and grants roles, refusing unknown roles and wrong levels', () => {
      const created = gongzhi(['users', 'create', 'wang.clerk', '--name', '王文书'], env);
      assert.equal(created.status, 0, created.stderr);
      assert.match(created.stdout, /密码 password: \S{8,}/, 'a random password is printed when none is given');
      assert.equal(gongzhi(['users', 'create', 'wang.clerk', '--name', 'x', '--password', 'long-enough'], env).status, 1, 'duplicate username');
      const shortPw = gongzhi(['users', 'create', 'li', '--name', 'x', '--password', 'short'], env);
      assert.equal(shortPw.status, 1);
      assert.match(shortPw.stderr, /Password must have at least 8/);
      const ok = gongzhi(['users', 'grant', 'wang.clerk', 'committeeMember', '500230210001'], env);
      assert.equal(ok.status, 0, ok.stderr);
      const badRole = gongzhi(['users', 'grant', 'wang.clerk', 'mayor', '500230210001'], env);
      assert.equal(badRole.status, 1);
      assert.match(badRole.stderr, /There is no role named "mayor"/);
      const badLevel = gongzhi(['users', 'grant', 'wang.clerk', 'committeeMember', '500230210'], env);
      assert.equal(badLevel.status, 1);
      assert.match(badLevel.stderr, /The role committee member can only be granted on a village or community division/);
      const nobody = gongzhi(['users', 'grant', 'nobody', 'resident', '500230210001'], env);
      assert.equal(nobody.status, 1);
      assert.match(nobody.stderr, /No account nobody/);
    });

    test('the demo refuses a database that already has accounts', () => {
      const r = gongzhi(['demo'], env);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /only into an empty database/);
    });

    test('migrate is idempotent', () => {
      const r = gongzhi(['migrate'], env);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /up to date/);
    });
  });
}

test('a bad environment variable stops the CLI with its name', () => {
  const r = gongzhi(['migrate'], { PORT: 'eighty' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /PORT/);
  assert.match(r.stderr, /invalid configuration/);
});
