// The staff pages are declared once, by the modules' manifests (path, action, village, nav); the
// web app's page table (src/web/staff/pages.tsx) only names each page's component. The two must
// list the same paths: a component without a declaration would never be routed, a declaration
// without a component would be a nav entry or link to "not found". The table is read with the
// TypeScript parser (its components import CSS, so it cannot be imported under Node).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { modules } from '../../src/modules/index.ts';

const TABLE = path.resolve(import.meta.dirname, '../../src/web/staff/pages.tsx');

function tablePaths(): string[] {
  const src = ts.createSourceFile(TABLE, fs.readFileSync(TABLE, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  let table: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 'staffPages' && n.initializer && ts.isObjectLiteralExpression(n.initializer)) table = n.initializer;
    ts.forEachChild(n, visit);
  };
  visit(src);
  assert.ok(table, 'src/web/staff/pages.tsx exports `staffPages = { … }`');
  return table.properties.map((p) => {
    assert.ok(ts.isPropertyAssignment(p) && ts.isStringLiteral(p.name), `every key of staffPages is a string literal: ${p.getText(src).slice(0, 60)}`);
    return p.name.text;
  });
}

const declared = modules.flatMap((m) => (m.pages ?? []).map((p) => ({ module: m.name, ...p })));

test('every web page is declared by a module, and every declared page has a web component', () => {
  const web = tablePaths();
  assert.deepEqual(web.filter((p, i) => web.indexOf(p) !== i), [], 'paths listed twice in pages.tsx');
  const paths = new Set(declared.map((p) => p.path));
  assert.deepEqual(web.filter((p) => !paths.has(p)), [], 'web pages no module declares (add them to a manifest\'s `pages`)');
  assert.deepEqual(declared.filter((p) => !web.includes(p.path)).map((p) => `${p.module}: ${p.path}`), [], 'declared pages without a component in src/web/staff/pages.tsx');
});

test('declared pages: unique paths, known actions, nav entries only on fixed paths', () => {
  const paths = declared.map((p) => p.path);
  assert.deepEqual(paths.filter((p, i) => paths.indexOf(p) !== i), [], 'paths declared twice');
  // Loosely typed: the access refactor moves actions from `actions` to `permissions.actions`.
  const loose = modules as readonly { actions?: Record<string, unknown>; permissions?: { actions?: Record<string, unknown> } }[];
  const actions = new Set(loose.flatMap((m) => [...Object.keys(m.actions ?? {}), ...Object.keys(m.permissions?.actions ?? {})]));
  for (const p of declared) {
    assert.match(p.path, /^\/staff(\/([a-z0-9-]+|:[a-zA-Z]+))+$/, `${p.module}: ${p.path}`);
    if (p.action !== undefined) assert.ok(actions.has(p.action), `${p.module}: ${p.path} needs ${p.action}, which no module declares`);
    if (p.nav) assert.ok(!p.path.includes(':'), `${p.module}: ${p.path} has ids and cannot be a nav entry`);
  }
});
