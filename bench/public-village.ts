// npm run bench: the public village page API against a bare route serving the same bytes
// from memory (the ceiling), measured in one run on this machine, so the ratio means
// something on a shared, noisy host. Runs on embedded PGlite, and on the PostgreSQL server
// named by BENCH_DATABASE_URL (or TEST_DATABASE_URL) when set.
// Targets (issue #2): ratio >= 0.5 and p99 <= 20 ms at 50 connections.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { createLogger } from '../src/core/logger.ts';
import { openPlatform, seedDemo } from '../src/core/platform.ts';
import { startServer } from '../src/core/server.ts';
import { modules } from '../src/modules/index.ts';
import { backends } from '../test/support/backends.ts';

const require = createRequire(import.meta.url);
const autocannonBin = require.resolve('autocannon/autocannon.js');
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PATH = '/api/v1/villages/500230210001/page';

interface Measured { rps: number; p99: number; errors: number; non2xx: number }

// The load generator runs in its own process so it does not share the server's event loop
// (and is spawned asynchronously: the server in this process must keep answering).
async function load(url: string): Promise<Measured> {
  const child = spawn(process.execPath, [autocannonBin, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (status !== 0) throw new Error(`autocannon failed: ${stderr}`);
  const j = JSON.parse(stdout) as { requests: { average: number }; latency: { p99: number }; errors: number; non2xx: number };
  return { rps: Math.round(j.requests.average), p99: j.latency.p99, errors: j.errors, non2xx: j.non2xx };
}

const lines: string[] = [];
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
// PostgreSQL first (when configured), so the embedded headline is the last line printed.
for (const backend of backends().reverse()) {
  const { config, cleanup } = await backend.fresh();
  const p = await openPlatform({ config, log: createLogger('silent'), modules, role: 'bench' });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const bare = Fastify();
  try {
    process.stdout.write(`[${backend.name}] generating 丰都县 with the demo population…\n`);
    await seedDemo(p, () => {});
    server = await startServer(p, { port: 0, host: '127.0.0.1', jobs: false });
    const url = `${server.url.replace('0.0.0.0', '127.0.0.1')}${PATH}`;
    const sample = await fetch(url);
    if (sample.status !== 200) throw new Error(`${PATH} answered ${sample.status}`);
    const bytes = Buffer.from(await sample.arrayBuffer());
    bare.get('/bare', async (_req, reply) => reply.type('application/json; charset=utf-8').send(bytes));
    const bareUrl = `${await bare.listen({ port: 0, host: '127.0.0.1' })}/bare`;

    await load(url); // warm-up: JIT, caches, connections
    const route = await load(url);
    const ceiling = await load(bareUrl);
    const ratio = route.rps / ceiling.rps;
    if (route.errors || route.non2xx) process.stdout.write(`[${backend.name}] WARNING: ${route.errors} errors, ${route.non2xx} non-2xx\n`);
    process.stdout.write(`[${backend.name}] ${PATH}: ${route.rps} req/s, p99 ${route.p99} ms (${bytes.length} bytes)\n`);
    process.stdout.write(`[${backend.name}] bare route, same bytes: ${ceiling.rps} req/s, p99 ${ceiling.p99} ms\n`);
    process.stdout.write(`[${backend.name}] ratio ${ratio.toFixed(2)} (target >= 0.50), p99 ${route.p99 <= 20 ? 'within' : 'OVER'} 20 ms\n`);
    lines.push(`${backend.name === 'pglite' ? '' : `[${backend.name}] `}bench: ${PATH} ${route.rps} req/s p99 ${route.p99} ms, bare ${ceiling.rps} req/s, ratio ${ratio.toFixed(2)}`);
  } finally {
    await bare.close();
    if (server) await server.stop(); else await p.close();
    await cleanup();
  }
}
// The headline (embedded, the default way to run) is the last line, in the format of issue #2.
for (const l of lines) process.stdout.write(`${l}\n`);
