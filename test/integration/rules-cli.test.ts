// `gongzhi rules <name> [FILE]` on both databases, run as the operator would: the verdict as JSON
// on stdout and exit 0; input from a file or stdin; exit 2 with a message naming the problem on
// malformed input; the notice period counted with the official holiday calendar, including a year
// the county entered in the database. On the embedded database, with the server running, the
// command asks the server (it holds the data folder), with the same answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { write } from '../../src/core/access/guard.ts';
import { enterYear } from '../../src/core/calendar/store.ts';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform } from '../../src/core/platform.ts';
import { modules } from '../../src/modules/index.ts';
import { backends } from '../support/backends.ts';
import { exited, freePort, gongzhi, startServerProcess, type CliResult } from '../support/cli.ts';


const partyMeeting = { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, votes: { for: 15, against: 5, abstain: 0 } };
const partyVerdict = { quorate: true, quorumNeeded: 20, passed: false, votesNeeded: 16 };
const names = ['meeting-outcome', 'notice-deadline', 'representatives-check', 'meeting-call'];

function assertMalformed(r: CliResult, pattern: RegExp, label: string) {
  assert.equal(r.status, 2, `${label}: exit 2 (stderr: ${r.stderr})`);
  assert.match(r.stderr, /malformed input/, label);
  assert.match(r.stderr, pattern, label);
  assert.equal(r.stdout, '', `${label}: nothing on stdout`);
}

for (const backend of backends()) {
  describe(`gongzhi rules on ${backend.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let cleanup: () => Promise<void>;
    let dir: string;
    const file = (name: string, content: unknown) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
      return f;
    };
    before(async () => {
      const fresh = await backend.fresh();
      cleanup = fresh.cleanup;
      env = { GONGZHI_DATA_DIR: fresh.config.dataDir, DATABASE_URL: fresh.config.DATABASE_URL ?? '' };
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-rules-'));
      // The county entered 2027 (which the package does not know) with 1 January off.
      const p = await openPlatform({ config: fresh.config, log: createLogger('silent'), modules, role: 'test' });
      try {
        await write(p.database.db, { accountId: null, label: 'fixture', role: 'countyOfficer', code: '500230000000' }, 'calendar.edit',
          (w) => enterYear(w, '500230000000', 2027, [{ date: '2027-01-01', work: false, note: '元旦' }], true, 'fixture'));
      } finally { await p.close(); }
    });
    after(async () => { fs.rmSync(dir, { recursive: true, force: true }); await cleanup?.(); });

    test('meeting-outcome from a file prints the verdict as JSON and exits 0', () => {
      const r = gongzhi(['rules', 'meeting-outcome', file('party.json', partyMeeting)], env);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual({ quorate: out.quorate, quorumNeeded: out.quorumNeeded, passed: out.passed, votesNeeded: out.votesNeeded }, partyVerdict);
      assert.deepEqual(out.reasons.map((x: { rule: string }) => x.rule), ['partyMembers.quorum', 'partyMembersMeeting.pass']);
      assert.ok(out.reasons.every((x: { article: string; message: string }) => x.article && x.message));
    });

    test('meeting-outcome from stdin, at the boundaries', () => {
      const cases: [input: unknown, verdict: Record<string, unknown>][] = [
        [{ kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 50 } }, { quorate: false, quorumNeeded: 51, passed: null, votesNeeded: null }],
        [{ kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: { for: 6, against: 6, abstain: 0 } }, { quorate: true, quorumNeeded: 12, passed: false, votesNeeded: 7 }],
      ];
      for (const [input, verdict] of cases) {
        const r = gongzhi(['rules', 'meeting-outcome'], env, JSON.stringify(input));
        assert.equal(r.status, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.deepEqual({ quorate: out.quorate, quorumNeeded: out.quorumNeeded, passed: out.passed, votesNeeded: out.votesNeeded }, verdict, JSON.stringify(input));
      }
    });

    test('malformed JSON exits 2 with a message', () => {
      assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, '{"kind": "villagersAssembly", '), /not valid JSON/, 'truncated JSON on stdin');
      assertMalformed(gongzhi(['rules', 'meeting-outcome', file('bad.json', 'kind=villagersAssembly')], env), /不是有效的 JSON/, 'not JSON in a file');
    });

    test('a schema violation exits 2 naming the field', () => {
      assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, JSON.stringify({ kind: 'representativesMeeting', eligible: { members: '18' }, present: { persons: 12 } })), /eligible\.members/, 'a string count');
      assertMalformed(gongzhi(['rules', 'notice-deadline'], env, JSON.stringify({ kind: 'villagersAssembly', meetingDate: '2026/10/09' })), /meetingDate/, 'a malformed date');
      assertMalformed(gongzhi(['rules', 'representatives-check'], env, JSON.stringify({ kind: 'village', households: 150, representatives: 20, womenRepresentatives: 7, meetingMembers: 24 })), /womenMeetingMembers/, 'a missing count');
      // Beyond the schema: the rule names the field.
      assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, JSON.stringify({ kind: 'representativesMeeting', eligible: {}, present: { persons: 12 } })), /eligible\.members/, 'the count the kind needs');
      assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, JSON.stringify({ kind: 'villagersAssembly', eligible: { adults: 100 }, present: { persons: 60 }, votes: { for: 40, against: 30, abstain: 0 } })), /votes/, 'more votes than present');
    });

    test('an unknown rule exits 2 listing the rules there are', () => {
      const r = gongzhi(['rules', 'quorum-please', file('any.json', {})], env);
      assertMalformed(r, /no rule quorum-please/, 'unknown rule');
      for (const n of names) assert.ok(r.stderr.includes(n), `lists ${n}`);
      assertMalformed(gongzhi(['rules', 'meeting-outcome', path.join(dir, 'missing.json')], env), /cannot read/, 'a missing file');
    });

    test('notice-deadline counts working days across the National Day holiday and its adjusted workdays', () => {
      const cases: [input: Record<string, unknown>, latest: string | null, workingDays: boolean][] = [
        [{ kind: 'representativesMeeting', meetingDate: '2026-10-09' }, '2026-09-29', true], // 10-01..07 off
        [{ kind: 'representativesMeeting', meetingDate: '2026-10-13' }, '2026-10-09', true], // Sat 10-10 is a workday
        [{ kind: 'villagersAssembly', meetingDate: '2026-10-09' }, '2026-09-29', false], // ten calendar days
        [{ kind: 'partyBranchMeeting', meetingDate: '2026-10-09', localDays: 2 }, '2026-10-07', false],
        [{ kind: 'representativesMeeting', meetingDate: '2027-01-06' }, '2026-12-31', true], // 2027 as the county entered it
      ];
      for (const [input, latest, workingDays] of cases) {
        const r = gongzhi(['rules', 'notice-deadline', file('notice.json', input)], env);
        assert.equal(r.status, 0, `${JSON.stringify(input)}: ${r.stderr}`);
        const out = JSON.parse(r.stdout);
        assert.equal(out.latestNoticeDate, latest, JSON.stringify(input));
        assert.equal(out.workingDays, workingDays, JSON.stringify(input));
        assert.ok(out.reasons.length >= 1);
      }
      // A year nobody entered is refused, not guessed.
      const r = gongzhi(['rules', 'notice-deadline', file('notice.json', { kind: 'representativesMeeting', meetingDate: '2028-03-08' })], env);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /2028/);
      assert.equal(r.stdout, '');
    });

    test('meeting-call: 1/5 of the representatives require their meeting', () => {
      const r = gongzhi(['rules', 'meeting-call'], env, JSON.stringify({ kind: 'representativesMeeting', representatives: 26, signaturesRepresentatives: 5 }));
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.required, false, '5 of 26 is below 1/5');
      assert.equal(out.reasons[0].rule, 'representatives.call');
    });

    test('representatives-check prints the findings', () => {
      const r = gongzhi(['rules', 'representatives-check', file('reps.json', { kind: 'village', households: 150, representatives: 20, womenRepresentatives: 8, meetingMembers: 24, womenMeetingMembers: 9 })], env);
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.ok, true);
      assert.deepEqual(out.findings.map((f: { rule: string; ok: boolean }) => [f.rule, f.ok]), [['representatives.perHouseholds', true], ['representatives.fourFifths', true], ['representatives.womenThird', true]]);
    });

    if (backend.name === 'pglite') {
      test('with the server holding the embedded database, the command asks the server: same answers, same exits', { timeout: 180_000 }, async () => {
        const port = await freePort();
        const server = await startServerProcess({ ...env, PORT: String(port), GONGZHI_NO_DEMO: '1' }, ['--no-demo']);
        try {
          const r = gongzhi(['rules', 'meeting-outcome', file('party.json', partyMeeting)], env);
          assert.equal(r.status, 0, r.stderr);
          const out = JSON.parse(r.stdout);
          assert.deepEqual({ quorate: out.quorate, quorumNeeded: out.quorumNeeded, passed: out.passed, votesNeeded: out.votesNeeded }, partyVerdict);
          const notice = gongzhi(['rules', 'notice-deadline'], env, JSON.stringify({ kind: 'representativesMeeting', meetingDate: '2027-01-06' }));
          assert.equal(notice.status, 0, notice.stderr);
          assert.equal(JSON.parse(notice.stdout).latestNoticeDate, '2026-12-31', 'the server reads the county\'s entries too');
          assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, JSON.stringify({ kind: 'representativesMeeting', eligible: { members: '18' }, present: { persons: 12 } })), /eligible\.members/, 'schema, via the server');
          assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, JSON.stringify({ kind: 'representativesMeeting', eligible: {}, present: { persons: 12 } })), /eligible\.members/, 'rule input, via the server');
          assertMalformed(gongzhi(['rules', 'meeting-outcome'], env, '{oops'), /not valid JSON/, 'malformed JSON never reaches the server');
        } finally {
          server.child.kill('SIGTERM');
          await exited(server.child);
        }
      });
    }
  });
}
