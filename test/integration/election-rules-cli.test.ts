// `gongzhi rules` for the election rules, run as the operator would on election night: the
// verdict of a tally as JSON on stdout with exit 0 (from a file and from stdin), and exit 2 with
// a message naming the field on malformed input. On both databases.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backends } from '../support/backends.ts';
import { gongzhi } from '../support/cli.ts';


// Three seats, 380 registered, 260 voted (8 spoilt ballots): 131 needed; 乙 and 丙 fall short.
const count = {
  profile: 'zhejiang', round: 'first', seats: 3, registeredVoters: 380, votersWhoVoted: 260, ballotsReturned: 260,
  candidates: [{ name: '张明', votes: 201 }, { name: '李华', votes: 150 }, { name: '王芳', votes: 128, female: true }, { name: '赵强', votes: 97 }, { name: '孙丽', votes: 60 }],
};

for (const backend of backends()) {
  describe(`gongzhi rules (elections) on ${backend.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let cleanup: () => Promise<void>;
    let dir: string;
    before(async () => {
      const fresh = await backend.fresh();
      cleanup = fresh.cleanup;
      env = { GONGZHI_DATA_DIR: fresh.config.dataDir, DATABASE_URL: fresh.config.DATABASE_URL ?? '' };
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-election-rules-'));
    });
    after(async () => { fs.rmSync(dir, { recursive: true, force: true }); await cleanup?.(); });

    test('election-tally from a file: the verdict as JSON, exit 0', () => {
      const f = path.join(dir, 'count.json');
      fs.writeFileSync(f, JSON.stringify(count));
      const r = gongzhi(['rules', 'election-tally', f], env);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.valid, true);
      assert.equal(out.majorityMinVotes, 131);
      assert.deepEqual(out.elected.map((e: { name: string }) => e.name), ['张明', '李华']);
      assert.equal(out.seatsUnfilled, 1);
      assert.deepEqual(out.supplementaryRound, { seats: 1, candidates: ['王芳', '赵强'], womenSeat: null });
      assert.ok(out.reasons.every((x: { rule: string; article: string; message: string }) => x.rule && x.article && x.message));
    });

    test('election-turnout from stdin, a proxy over the zhejiang cap', () => {
      const r = gongzhi(['rules', 'election-turnout'], env, JSON.stringify({ profile: 'zhejiang', registeredVoters: 10, inPersonVoters: 2, proxies: [{ proxy: '赵', principals: ['a', 'b', 'c', 'd'] }] }));
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.votersWhoVoted, 5);
      assert.equal(out.valid, false, 'exactly half');
      assert.deepEqual(out.invalidProxies.map((x: { principal: string }) => x.principal), ['d']);
    });

    test('malformed input exits 2 naming the field, nothing on stdout', () => {
      const cases: [string, string, RegExp][] = [
        ['election-tally', JSON.stringify({ ...count, votersWhoVoted: 400 }), /votersWhoVoted/],
        ['election-tally', JSON.stringify({ ...count, candidates: [{ name: '张明', votes: '201' }] }), /candidates\.0\.votes/],
        ['voter-list-deadline', JSON.stringify({ electionDate: '2026-02-30', publishedOn: '2026-01-01' }), /electionDate/],
        ['recall', '{"registeredVoters": 10,', /not valid JSON/],
      ];
      for (const [rule, input, field] of cases) {
        const r = gongzhi(['rules', rule], env, input);
        assert.equal(r.status, 2, `${rule}: exit 2 (${r.stderr})`);
        assert.match(r.stderr, /malformed input/);
        assert.match(r.stderr, field);
        assert.equal(r.stdout, '');
      }
    });
  });
}
