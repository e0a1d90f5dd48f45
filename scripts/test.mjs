#!/usr/bin/env node
// `npm test`: type-check, build the web app, then run every test (unit, integration, API,
// end-to-end in Chromium) with the Node test runner. Integration and API tests run against
// embedded PGlite and, when TEST_DATABASE_URL is set, against that PostgreSQL server too.
// The browser journeys need Debian's Chromium; it is installed here when missing (as root),
// otherwise the run stops and names the command: journeys are never skipped silently.
//
// `npm test -- --year-ahead` runs the unit and API tests again with the process's clock one year
// ahead (Debian's faketime), on embedded PGlite, which then lives in the same shifted time: a
// test that holds only before some date fails the day it is written, not a year later. CI runs
// it after the whole suite. (The CLI integration tests spawn processes and test no dates; they
// would double this step's time.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const yearAhead = process.argv.includes('--year-ahead');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return r.status ?? 1;
};
const step = (title) => process.stdout.write(`\n== ${title}\n`);

const files = (dir) => fs.existsSync(path.join(root, dir))
  ? fs.readdirSync(path.join(root, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(dir, f)).sort()
  : [];
const unitAndApi = files('test');
const journeys = files('e2e');

if (yearAhead) {
  const hasFaketime = () => spawnSync('sh', ['-c', 'command -v faketime'], { stdio: 'ignore' }).status === 0;
  if (!hasFaketime() && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    step('installing from Debian: apt-get install -y faketime');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'faketime']);
  }
  if (!hasFaketime()) {
    console.error('The year-ahead run needs Debian\'s faketime: sudo apt-get install -y faketime');
    process.exit(1);
  }
  const { TEST_DATABASE_URL: _server, ...rest } = process.env;
  const dated = unitAndApi.filter((f) => !f.startsWith(path.join('test', 'integration')));
  step(`unit and API tests one year ahead (faketime +365d, PGlite): ${dated.length} files`);
  run('faketime', ['-f', '+365d', 'date']);
  process.exit(run('faketime', ['-f', '+365d', process.execPath, '--import', 'tsx', '--test', '--test-concurrency=2', ...dated], { env: { ...rest, NODE_ENV: 'test' } }));
}

// What the journeys need from Debian: Chromium, and pdftoppm (poppler-utils) to look at the poster.
const hasPdftoppm = () => spawnSync('sh', ['-c', 'command -v pdftoppm'], { stdio: 'ignore' }).status === 0;
const missing = [...(fs.existsSync(chromium) ? [] : ['chromium']), ...(hasPdftoppm() ? [] : ['poppler-utils'])];
if (missing.length) {
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing for the browser journeys: ${missing.join(', ')}. Install with:\n  sudo apt-get install -y ${missing.join(' ')}\n(or set CHROMIUM_PATH). The journeys are part of the tests.`);
    process.exit(1);
  }
  step(`installing from Debian: apt-get install -y ${missing.join(' ')}`);
  if (run('apt-get', ['update', '-qq']) !== 0 || run('apt-get', ['install', '-y', '-qq', ...missing]) !== 0 || !fs.existsSync(chromium) || !hasPdftoppm()) {
    console.error(`Could not install ${missing.join(', ')}: run \`apt-get install -y ${missing.join(' ')}\` and retry.`);
    process.exit(1);
  }
}

step('type-check (tsc)');
if (run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']) !== 0) process.exit(1);

step('build the web app (vite)');
if (run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);

const db = process.env.TEST_DATABASE_URL ? ' (PGlite and PostgreSQL server)' : ' (PGlite; set TEST_DATABASE_URL to add a PostgreSQL server)';
const env = { env: { ...process.env, NODE_ENV: 'test' } };
// Unit, API and CLI test files mostly wait on databases and child processes, so two run at a
// time; the browser journeys drive one Chromium each and run one after another.
step(`unit, integration and API tests: ${unitAndApi.length} files${db}`);
const first = run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...unitAndApi], env);
step(`browser journeys: ${journeys.length} files`);
const second = run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...journeys], env);
process.exit(first !== 0 ? first : second);
