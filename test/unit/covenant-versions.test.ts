// The version picker of the covenant diff (src/web/public/covenants/model.ts versionChoices): every
// adopted version and every draft of the revision, once, newest first; the first pair shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { versionChoices, type VersionSummary } from '../../src/web/public/covenants/model.ts';

const v = (id: number, number: number, status: string): VersionSummary => ({ id, number, procedureId: null, origin: 'draft', status, note: null, createdAt: '2026-11-23T02:00:00Z', adoptedOn: null, ledgerHash: null });

test('adopted versions and drafts, each once, newest first; the newest against the text in force', () => {
  const adopted = [v(1, 1, 'inForce')];
  const drafts = [v(4, 4, 'draft'), v(3, 3, 'draft'), v(2, 2, 'draft')];
  const c = versionChoices(adopted, drafts, 1);
  assert.deepEqual(c.versions.map((x) => x.number), [4, 3, 2, 1]);
  assert.equal(c.to, 4);
  assert.equal(c.from, 1);
});

test('a version listed twice (adopted and among the drafts) appears once', () => {
  const c = versionChoices([v(5, 3, 'inForce'), v(1, 1, 'superseded')], [v(5, 3, 'inForce'), v(4, 2, 'notAdopted')], 5);
  assert.deepEqual(c.versions.map((x) => x.id), [5, 4, 1]);
  // The newest is the text in force: compare it with the one before.
  assert.deepEqual([c.to, c.from], [5, 4]);
});

test('no text in force: the newest draft against the one before; a single version has nothing to compare', () => {
  assert.deepEqual((({ to, from }) => [to, from])(versionChoices([], [v(8, 2, 'draft'), v(7, 1, 'draft')], null)), [8, 7]);
  const one = versionChoices([], [v(7, 1, 'draft')], null);
  assert.deepEqual([one.to, one.from], [7, null]);
  assert.deepEqual(versionChoices([], [], null), { versions: [], to: null, from: null });
});
