// `gongzhi rules covenant-screen [FILE]` as an official would run it, on both databases: the
// verdict per clause as JSON and exit 0 (from a file and from stdin); exit 2 with a message naming
// the field on malformed input, nothing on stdout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform } from '../../src/core/platform.ts';
import { modules } from '../../src/modules/index.ts';
import { backends } from '../support/backends.ts';
import { gongzhi } from '../support/cli.ts';


const draft = { clauses: [
  { id: '2.1', text: '倡导婚事新办，彩礼不超过3万元，宴席不超过15桌。' },
  { id: '2.2', text: '损坏公共设施的，照价赔偿，并处以三倍罚款。' },
  { id: '2.3', text: '拒不赡养老人的，由村调解委员会调解，并进行批评教育。' },
  { id: '2.4', text: '出嫁女户口未迁出的，不享受村集体经济分红。' },
] };

for (const backend of backends()) {
  describe(`gongzhi rules covenant-screen on ${backend.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let cleanup: () => Promise<void>;
    let dir: string;
    before(async () => {
      const fresh = await backend.fresh();
      cleanup = fresh.cleanup;
      env = { GONGZHI_DATA_DIR: fresh.config.dataDir, DATABASE_URL: fresh.config.DATABASE_URL ?? '' };
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-covenant-'));
      const p = await openPlatform({ config: fresh.config, log: createLogger('silent'), modules, role: 'test' });
      await p.close();
    });
    after(async () => { fs.rmSync(dir, { recursive: true, force: true }); await cleanup?.(); });

    test('a draft from a file: lawful clauses pass, unlawful ones are named with their basis (exit 0)', () => {
      const f = path.join(dir, 'draft.json');
      fs.writeFileSync(f, JSON.stringify(draft));
      const r = gongzhi(['rules', 'covenant-screen', f], env);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { results: { id: string; lawful: boolean; findings: { rule: string; basis: string; excerpt: string; message: string }[] }[] };
      assert.deepEqual(out.results.map((x) => [x.id, x.lawful]), [['2.1', true], ['2.2', false], ['2.3', true], ['2.4', false]]);
      const fine = out.results[1]!.findings.find((x) => x.rule === 'fine')!;
      assert.match(fine.basis, /行政处罚法》第九条/);
      assert.match(fine.excerpt, /三倍罚款/);
      assert.doesNotMatch(fine.excerpt, /照价赔偿/);
      assert.ok(out.results[3]!.findings.some((x) => x.rule === 'women-rights' && /妇女权益保障法/.test(x.basis)));
    });

    test('from stdin', () => {
      const r = gongzhi(['rules', 'covenant-screen'], env, JSON.stringify({ kind: 'community', clauses: [{ id: 'a', text: '违者停水停电。' }] }));
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.results[0].lawful, false);
      assert.equal(out.results[0].findings[0].rule, 'utilities-cut');
      assert.match(out.results[0].findings[0].basis, /城市居民委员会组织法/);
    });

    test('malformed input exits 2 naming the field', () => {
      const cases: [string, RegExp][] = [
        [JSON.stringify({ clauses: [{ id: 'a' }] }), /clauses/],
        [JSON.stringify({ clauses: [{ id: 'a', text: '一' }, { id: 'a', text: '二' }] }), /clauses\[1\]\.id/],
        [JSON.stringify({ clauses: [] }), /clauses/],
        ['{"clauses": [', /not valid JSON/],
      ];
      for (const [input, field] of cases) {
        const r = gongzhi(['rules', 'covenant-screen'], env, input);
        assert.equal(r.status, 2, `${input}: exit 2 (stderr: ${r.stderr})`);
        assert.match(r.stderr, field, input);
        assert.equal(r.stdout, '', 'nothing on stdout');
      }
    });
  });
}
