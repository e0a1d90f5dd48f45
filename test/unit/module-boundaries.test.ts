// The module contract, checked on the source: a module reaches another module only through that
// module's service (service.ts or service/index.ts), and never names another module's tables —
// nor the core's — in a query. The tables a module owns are those its migrations create.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { assertModuleOrder } from '../../src/core/module.ts';
import { modules } from '../../src/modules/index.ts';

const root = path.resolve(import.meta.dirname, '../../src');
const modulesDir = path.join(root, 'modules');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The owner of a source file: a module's folder name, or 'core'. */
function ownerOf(file: string): string | null {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'core') return 'core';
  if (rel[0] === 'modules' && rel.length > 2) return rel[1]!;
  return null;
}

const moduleNames = fs.readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const sources = [...filesUnder(path.join(root, 'core')), ...filesUnder(modulesDir)].filter((f) => ownerOf(f) !== null);

/** Imports of `file` that break the contract. */
function importViolations(file: string, text: string): string[] {
  const owner = ownerOf(file)!;
  const wrong: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    const target = path.resolve(path.dirname(file), m[1]!);
    if (owner === 'core' && target.startsWith(modulesDir + path.sep)) { wrong.push(`${path.relative(root, file)} (core) imports ${m[1]}`); continue; }
    const targetOwner = ownerOf(target);
    if (!targetOwner || targetOwner === owner) continue;
    if (owner === 'core') { wrong.push(`${path.relative(root, file)} (core) imports ${m[1]}`); continue; }
    if (targetOwner === 'core') continue;
    const inModule = path.relative(path.join(modulesDir, targetOwner), target).split(path.sep).join('/');
    if (inModule !== 'service.ts' && inModule !== 'service/index.ts') wrong.push(`${path.relative(root, file)} imports ${m[1]}`);
  }
  return wrong;
}

/** Tables created by the migrations of each owner. */
function tablesByOwner(): Map<string, string> {
  const owned = new Map<string, string>();
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?|createTable\('([a-z_]+)'\)/g)) {
      const table = (m[1] ?? m[2])!;
      const owner = ownerOf(file)!;
      assert.ok(!owned.has(table) || owned.get(table) === owner, `table ${table} is created by both ${owned.get(table)} and ${owner}`);
      owned.set(table, owner);
    }
  }
  return owned;
}

/** Tables of others that `text` (a file of module `owner`) names in a query builder call or in SQL. */
function tableViolations(owner: string, text: string, owned: Map<string, string>): string[] {
  const refs = [
    ...[...text.matchAll(/\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'([a-z_]+)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+"?([a-z_]+)"?/g)].map((m) => m[1]!),
  ];
  return [...new Set(refs)].filter((t) => owned.has(t) && owned.get(t) !== owner).map((t) => `${t} (owned by ${owned.get(t)})`);
}

test('a module imports another module only through its service', () => {
  const wrong = sources.flatMap((f) => importViolations(f, fs.readFileSync(f, 'utf8')));
  assert.deepEqual(wrong, [], "cross-module imports must go through the other module's service.ts or service/index.ts");
});

test('a module names only its own tables in queries', () => {
  const owned = tablesByOwner();
  assert.ok(owned.size > 50, `found the tables (${owned.size})`);
  const wrong = sources.filter((f) => ownerOf(f) !== 'core')
    .flatMap((f) => tableViolations(ownerOf(f)!, fs.readFileSync(f, 'utf8'), owned).map((v) => `${path.relative(root, f)} queries ${v}`));
  assert.deepEqual(wrong, [], 'a module reads and writes only the tables its own migrations create');
});

test('the checks catch what they are for', () => {
  const wishes = path.join(modulesDir, 'wishes', 'routes.ts');
  assert.deepEqual(importViolations(wishes, "import { x } from '../people/rules.ts';\nimport { y } from '../people/service.ts';\nimport { z } from '../../core/time.ts';"),
    ['modules/wishes/routes.ts imports ../people/rules.ts']);
  assert.equal(importViolations(path.join(root, 'core', 'app.ts'), "import { m } from '../modules/index.ts';").length, 1);
  const owned = tablesByOwner();
  assert.deepEqual(tableViolations('wishes', "db.selectFrom('resident').selectAll(); sql`SELECT 1 FROM wish JOIN voter ON true`", owned),
    ['resident (owned by people)', 'voter (owned by elections)']);
});

test("a manifest's dependsOn names exactly the modules whose services it imports", () => {
  const camel = (folder: string) => folder.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const wrong: string[] = [];
  for (const folder of moduleNames) {
    const manifest = modules.find((m) => m.name === camel(folder));
    assert.ok(manifest, `module folder ${folder} has a manifest in src/modules/index.ts`);
    const imported = new Set<string>();
    for (const f of filesUnder(path.join(modulesDir, folder))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)) {
        const owner = ownerOf(path.resolve(path.dirname(f), m[1]!));
        if (owner && owner !== 'core' && owner !== folder) imported.add(camel(owner));
      }
    }
    const declared = [...(manifest.dependsOn ?? [])].sort();
    if (JSON.stringify(declared) !== JSON.stringify([...imported].sort())) wrong.push(`${manifest.name}: declares [${declared.join(', ')}], imports [${[...imported].sort().join(', ')}]`);
  }
  assert.deepEqual(wrong, []);
});

test('the module list is in dependency order, and a wrong order is refused', () => {
  assert.doesNotThrow(() => assertModuleOrder(modules));
  assert.throws(() => assertModuleOrder([{ name: 'people', dependsOn: ['jurisdictions'] }, { name: 'jurisdictions' }]), /must come before/);
  assert.throws(() => assertModuleOrder([{ name: 'people', dependsOn: ['registry'] }]), /not in the module list/);
});

// The permission chain and audit by construction, checked on the source: every module declares its
// permissions in permissions.ts; no module decides access by hand (a scope resolver, a call of
// decide(), a CSRF comparison) or writes without naming the action it audits.
test('every module has permissions.ts, and no module checks access by hand or writes without an action', () => {
  const wrong: string[] = [];
  for (const m of moduleNames) {
    if (!fs.existsSync(path.join(modulesDir, m, 'permissions.ts'))) wrong.push(`${m}: no permissions.ts`);
  }
  for (const file of sources) {
    const rel = path.relative(root, file);
    if (rel.startsWith(`core${path.sep}access${path.sep}`)) continue; // the chain itself
    const text = fs.readFileSync(file, 'utf8');
    if (/\bscope:\s*(async\s*)?\(?\w*\)?\s*=>|scope: \w+Scope\b/.test(text)) wrong.push(`${rel}: a scope resolver`);
    if (/\bdecide\s*\(/.test(text)) wrong.push(`${rel}: calls decide()`);
    if (/x-csrf-token'\]\s*!==/.test(text)) wrong.push(`${rel}: checks the CSRF token itself`);
    for (const w of text.matchAll(/\bwrite\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*[^,()]+(?:\([^()]*\))?\s*,\s*(async\s*)?\(/g)) {
      wrong.push(`${rel}: write() without an action: ${w[0]}`);
    }
    if (/\broles:\s*\{\s*\n?\s*\w+:\s*\[/.test(text) && /ProcedureDefinition/.test(text)) wrong.push(`${rel}: a procedure with a role table instead of steps`);
  }
  assert.deepEqual(wrong, []);
});

test('the contract check catches a hand-made check and a write without an action', () => {
  const samples = ["config: { action: 'x.read', scope: async (req) => villageOf(req) }", 'const d = decide(api.policy, grants, a, code);', "await write(ctx.db, capacityOf(req), (w) => go(w))"];
  assert.match(samples[0]!, /\bscope:\s*(async\s*)?\(?\w*\)?\s*=>/);
  assert.match(samples[1]!, /\bdecide\s*\(/);
  assert.match(samples[2]!, /\bwrite\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*[^,()]+(?:\([^()]*\))?\s*,\s*(async\s*)?\(/);
  assert.doesNotMatch("await write(ctx.db, capacityOf(req), 'x.go', (w) => go(w))", /\bwrite\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*[^,()]+(?:\([^()]*\))?\s*,\s*(async\s*)?\(/);
});
