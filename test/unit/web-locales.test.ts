// The web app's two locale files must say the same things: same keys, nothing empty, and
// the same {placeholders} in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/web/locales');
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>;
const zh = load('zh-CN.json');
const en = load('en.json');

test('zh-CN and en have identical key sets', () => {
  const a = Object.keys(zh).sort();
  const b = Object.keys(en).sort();
  assert.deepEqual(a.filter((k) => !(k in en)), [], 'keys missing in en.json');
  assert.deepEqual(b.filter((k) => !(k in zh)), [], 'keys missing in zh-CN.json');
  assert.ok(a.length > 50);
});

test('every value is a non-empty string', () => {
  for (const [name, m] of [['zh-CN', zh], ['en', en]] as const) {
    for (const [k, v] of Object.entries(m)) {
      assert.equal(typeof v, 'string', `${name}: ${k} is not a string`);
      assert.ok((v as string).trim() !== '', `${name}: ${k} is empty`);
    }
  }
});

test('placeholders match between languages', () => {
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of Object.keys(zh)) {
    assert.deepEqual(holes(en[k] as string), holes(zh[k] as string), `placeholders of ${k}`);
  }
});

test('every nav labelKey declared by a module has a label', async () => {
  const { modules } = await import('../../src/modules/index.ts');
  for (const m of modules) {
    for (const p of m.pages ?? []) {
      if (p.nav) assert.ok(p.nav.labelKey in zh, `${m.name}: nav label ${p.nav.labelKey} of ${p.path} missing from the locale files`);
    }
  }
});
