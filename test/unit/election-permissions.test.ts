// The elections module's access and audit vocabulary, checked on its declarations and its source:
// every step of the election procedure needs a declared action (and none is a job's); every audit
// name its writes and the engine record is declared (the vocabulary is closed, so an undeclared one
// would refuse the write at run time); the chain judges its actions on the record's village.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildPolicy, can, type Grant, type Resource } from '../../src/core/access/permissions.ts';
import { auditNamesOf } from '../../src/core/module.ts';
import { electionsManifest } from '../../src/modules/elections/manifest.ts';
import { permissions } from '../../src/modules/elections/permissions.ts';
import { electionProcedure } from '../../src/modules/elections/service.ts';

const dir = path.resolve(import.meta.dirname, '../../src/modules/elections');
const source = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
const declared = new Set(auditNamesOf(electionsManifest).map(([name]) => name));

test('the manifest takes its actions from permissions.ts, and no route resolves its node by hand', () => {
  assert.equal(electionsManifest.permissions, permissions);
  assert.doesNotMatch(source, /\bscope:/);
  assert.doesNotMatch(source, /\bdecide\b/);
  assert.doesNotMatch(source, /\broles:\s*\{/, 'the procedure declares steps, not roles');
});

test('every step of the election procedure needs a declared action; no job takes any', () => {
  const steps = Object.entries(electionProcedure.steps ?? {});
  assert.deepEqual(steps.map(([event]) => event).sort(), ['completeHandover', 'issueCertificates', 'publishCandidates', 'publishResults', 'publishRoll']);
  for (const [event, step] of steps) {
    assert.ok(permissions.actions[step.action], `${event} needs ${step.action}, which permissions.ts declares`);
    assert.notEqual(step.system, true, `${event} is taken by people, not a job`);
  }
});

test('every audit name the module records is declared: its writes, its rows, the engine\'s steps and notes', () => {
  const names = new Set<string>();
  for (const m of source.matchAll(/\bwrite\([^,]+,[^,]+,\s*'([a-zA-Z.]+)'/g)) names.add(m[1]!);
  for (const m of source.matchAll(/\baudit\(\{\s*action:\s*'([a-zA-Z.]+)'/g)) names.add(m[1]!);
  for (const m of source.matchAll(/\bannotate\(w,\s*electionProcedure,[^,]+,\s*'([a-zA-Z]+)'/g)) names.add(`election.${m[1]!}`);
  for (const event of Object.keys(electionProcedure.steps ?? {})) names.add(`election.${event}`);
  names.add('election.start');
  assert.ok(names.size > 25, `found the names (${names.size})`);
  assert.deepEqual([...names].filter((n) => !declared.has(n)), []);
  // Every write in the module names its action (the 3-argument write() is going away).
  assert.doesNotMatch(source, /\bwrite\([^,()]+,\s*[^,()]+(?:\([^()]*\))?,\s*(?:async\s*)?\(w\)/);
});

test('the chain judges an election\'s actions on its village: a resident objects at home, not next door', () => {
  const policy = buildPolicy(Object.entries(permissions.actions).map(([k, v]) => [k, { roles: v.roles, owner: v.owner ?? false }]));
  const A = '500230210001';
  const B = '500230210200';
  const resident: Grant = { id: 1, role: 'resident', jurisdictionCode: A };
  const township: Grant = { id: 2, role: 'townshipOfficial', jurisdictionCode: '500230210000' };
  const election = (code: string): Resource => ({ type: 'election', id: '7', jurisdictionCode: code });
  const who = (g: Grant) => ({ accountId: g.id, residentId: null, grants: [g] });
  assert.equal(can(policy, who(resident), 'elections.object', election(A)).allowed, true);
  const denied = can(policy, who(resident), 'elections.object', election(B));
  assert.equal(denied.allowed, false);
  assert.ok(denied.trace.some((line) => line.includes(`does not reach ${B}`)), denied.trace.join('\n'));
  assert.equal(can(policy, who(resident), 'elections.manage', election(A)).allowed, false);
  assert.equal(can(policy, who(township), 'elections.manage', election(B)).allowed, true);
  assert.equal(can(policy, who(township), 'elections.vetList', election(B)).allowed, false);
  // No action of the module lets an owner act: no election record belongs to a person.
  assert.deepEqual(Object.entries(permissions.actions).filter(([, a]) => a.owner).map(([k]) => k), []);
});
