// The web app's locale files. Messages are split into parts (src/web/locales/<part>/zh-CN.json
// + en.json), each registered by the chunk that uses it (see src/web/i18n.tsx). Checked here:
// both languages of a part say the same things (same keys, nothing empty, same {placeholders});
// no key is defined in two parts; and every key a file uses is in a part that is loaded wherever
// that file runs: the public entry's files only see `public`, a lazily loaded chunk sees the
// parts it registers plus what the chunks that load it have. Uses are found in the source: a
// string literal that is a key, and a key prefix before a template hole (`wishes.state.${s}`),
// which uses every key with that prefix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = path.join(root, 'src/web');
const dir = path.join(web, 'locales');
const rel = (f: string) => path.relative(root, f);
const load = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>;

const parts = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const files = Object.fromEntries(parts.map((p) => [p, { zh: load(path.join(dir, p, 'zh-CN.json')), en: load(path.join(dir, p, 'en.json')) }]));
/** Every key, with the part that defines it. */
const partOf = new Map<string, string>();
for (const p of parts) for (const k of Object.keys(files[p]!.zh)) if (!partOf.has(k)) partOf.set(k, p);

test('each part has zh-CN.json and en.json with identical key sets', () => {
  assert.ok(parts.includes('public'), 'the public part exists');
  for (const p of parts) {
    const { zh, en } = files[p]!;
    assert.deepEqual(Object.keys(zh).filter((k) => !(k in en)), [], `keys missing in ${p}/en.json`);
    assert.deepEqual(Object.keys(en).filter((k) => !(k in zh)), [], `keys missing in ${p}/zh-CN.json`);
    assert.ok(Object.keys(zh).length > 0, `${p} is empty`);
  }
  assert.ok(partOf.size > 50);
});

test('no key is defined in two parts', () => {
  const twice: string[] = [];
  for (const p of parts) for (const k of Object.keys(files[p]!.zh)) if (partOf.get(k) !== p) twice.push(`${k} (${partOf.get(k)}, ${p})`);
  assert.deepEqual(twice, []);
});

test('every value is a non-empty string', () => {
  for (const p of parts) {
    for (const [name, m] of Object.entries(files[p]!)) {
      for (const [k, v] of Object.entries(m)) {
        assert.equal(typeof v, 'string', `${p}/${name}: ${k} is not a string`);
        assert.ok((v as string).trim() !== '', `${p}/${name}: ${k} is empty`);
      }
    }
  }
});

test('placeholders match between languages', () => {
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const p of parts) {
    const { zh, en } = files[p]!;
    for (const k of Object.keys(zh)) assert.deepEqual(holes(en[k] as string), holes(zh[k] as string), `placeholders of ${k}`);
  }
});

test('every part is registered under its name and typed', () => {
  const keysTs = fs.readFileSync(path.join(dir, 'keys.ts'), 'utf8');
  const i18n = fs.readFileSync(path.join(web, 'i18n.tsx'), 'utf8');
  for (const p of parts) {
    assert.ok(keysTs.includes(`'./${p}/`), `keys.ts lists ${p}`);
    if (p === 'public') {
      assert.match(i18n, /registerMessages\('public', /, 'i18n.tsx registers public');
      continue;
    }
    const index = path.join(dir, p, 'index.ts');
    assert.ok(fs.existsSync(index), `${p}/index.ts exists`);
    assert.ok(fs.readFileSync(index, 'utf8').includes(`registerMessages('${p}', `), `${p}/index.ts registers '${p}'`);
  }
});

// ---- where each file runs, and which parts are loaded there ----

interface Mod { file: string; imports: string[]; dynamic: { file: string; withMessages: boolean }[]; registers: string[] }
const mods = new Map<string, Mod>();
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const f = path.resolve(path.dirname(from), spec);
  return /\.tsx?$/.test(f) && fs.existsSync(f) ? f : null;
}
function visit(file: string) {
  if (mods.has(file)) return;
  const src = fs.readFileSync(file, 'utf8');
  const mod: Mod = { file, imports: [], dynamic: [], registers: [...src.matchAll(/registerMessages\('([\w-]+)'/g)].map((m) => m[1]!) };
  mods.set(file, mod);
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
    if (m[2] || (m[1] === 'export' && !m[3])) continue;
    const f = resolve(file, m[4]!);
    if (f) { mod.imports.push(f); visit(f); }
  }
  for (const m of src.matchAll(/\bimport\('([^']+)'[^)]*\)(\.then\(withMessages\))?/g)) {
    const f = resolve(file, m[1]!);
    if (f) { mod.dynamic.push({ file: f, withMessages: !!m[2] }); visit(f); }
  }
}
const entryFile = path.join(web, 'main.tsx');
visit(entryFile);

/** The files of a chunk: its root and what it imports statically (less what its loaders already have). */
function closure(rootFile: string, have: ReadonlySet<string>): Set<string> {
  const s = new Set<string>();
  const go = (f: string) => { if (s.has(f) || have.has(f)) return; s.add(f); mods.get(f)!.imports.forEach(go); };
  go(rootFile);
  return s;
}
interface Chunk { root: string; files: Set<string>; parts: Set<string> }
/** Chunks from the entry down the dynamic imports; a chunk has the files and parts of every way it is loaded. */
function chunks(): Chunk[] {
  const out: Chunk[] = [];
  const seen = new Map<string, Chunk>();
  const queue: { root: string; haveFiles: Set<string>; haveParts: Set<string> }[] = [{ root: entryFile, haveFiles: new Set(), haveParts: new Set() }];
  while (queue.length) {
    const { root: r, haveFiles, haveParts } = queue.shift()!;
    const files = closure(r, haveFiles);
    const partsHere = new Set(haveParts);
    for (const f of files) for (const p of mods.get(f)!.registers) partsHere.add(p);
    const key = `${r}|${[...partsHere].sort().join()}`;
    if (seen.has(key)) continue;
    const c: Chunk = { root: r, files, parts: partsHere };
    seen.set(key, c);
    out.push(c);
    const allFiles = new Set([...haveFiles, ...files]);
    for (const f of files) for (const d of mods.get(f)!.dynamic) if (!allFiles.has(d.file)) queue.push({ root: d.file, haveFiles: allFiles, haveParts: partsHere });
  }
  return out;
}

/** The keys a source file uses. */
function keysUsed(file: string): Set<string> {
  const src = fs.readFileSync(file, 'utf8');
  const used = new Set<string>();
  // Quoted strings and templates without holes, each in its own pass so neither hides the other.
  for (const re of [/'([^'\\\n]*)'|"([^"\\\n]*)"/g, /`([^`\\$]*)`/g]) {
    for (const m of src.matchAll(re)) {
      const s = m[1] ?? m[2]!;
      if (partOf.has(s)) used.add(s);
    }
  }
  for (const m of src.matchAll(/([A-Za-z][\w.]*\.)\$\{/g)) {
    for (const k of partOf.keys()) if (k.startsWith(m[1]!)) used.add(k);
  }
  return used;
}

test('the public entry loads only the public part', () => {
  const entry = chunks()[0]!;
  assert.deepEqual([...entry.parts], ['public']);
  assert.ok(entry.files.has(path.join(web, 'App.tsx')) && entry.files.has(path.join(web, 'layout.tsx')));
});

test('every key a file uses is in a part loaded wherever the file runs', () => {
  const all = chunks();
  assert.ok(all.some((c) => c.root === path.join(web, 'staff/index.tsx')), 'the staff chunk is found');
  assert.ok(all.some((c) => c.root === path.join(web, 'public/decisions/index.tsx')), 'the public decisions chunk is found');
  const missing: string[] = [];
  for (const c of all) {
    for (const f of c.files) {
      if (!f.startsWith(web)) continue;
      for (const k of keysUsed(f)) {
        if (!c.parts.has(partOf.get(k)!)) missing.push(`${rel(f)} (in the chunk of ${rel(c.root)}, parts ${[...c.parts].join(', ')}): ${k} is in ${partOf.get(k)}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('a lazy chunk that registers messages is loaded through withMessages', () => {
  const bad: string[] = [];
  for (const m of mods.values()) {
    for (const d of m.dynamic) {
      const registers = [...closure(d.file, new Set())].some((f) => mods.get(f)!.registers.length > 0 && !f.endsWith('i18n.tsx'));
      if (registers && !d.withMessages) bad.push(`${rel(m.file)}: import('${rel(d.file)}') without .then(withMessages)`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every nav labelKey declared by a module has a label in the staff part (the shell shows it)', async () => {
  const { modules } = await import('../../src/modules/index.ts');
  // Nav entries are declared under `nav` or, per page, under `pages[].nav`.
  type Declared = { name: string; nav?: readonly { labelKey: string }[]; pages?: readonly { path: string; nav?: { labelKey: string } }[] };
  const staff = files.staff!.zh;
  let n = 0;
  for (const m of modules as unknown as Declared[]) {
    const keys = [...(m.nav ?? []).map((e) => e.labelKey), ...(m.pages ?? []).flatMap((p) => (p.nav ? [p.nav.labelKey] : []))];
    for (const k of keys) {
      n++;
      assert.ok(k in staff, `${m.name}: nav label ${k} missing from locales/staff`);
      if (partOf.has(`${k}.about`)) assert.ok(`${k}.about` in staff, `${m.name}: ${k}.about is not in locales/staff`);
    }
  }
  assert.ok(n > 5);
});
