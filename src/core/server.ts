// Starts the HTTP server on an opened platform and shuts everything down cleanly on a
// signal: stop taking requests, stop jobs, checkpoint and close the database, release the lock.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Platform } from './platform.ts';
import { startJobs, type Jobs } from './jobs.ts';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export async function startServer(p: Platform, opts: { port: number; host: string; jobs?: boolean; strictResponses?: boolean }): Promise<{ app: FastifyInstance; url: string; stop(): Promise<void> }> {
  const app = await buildApp({ config: p.config, db: p.database.db, log: p.log, modules: p.modules, now: p.now, webDir, ...(opts.strictResponses !== undefined ? { strictResponses: opts.strictResponses } : {}) });
  const url = await app.listen({ port: opts.port, host: opts.host });
  const jobs: Jobs | null = opts.jobs === false ? null : await startJobs(p);
  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= (async () => {
    await app.close();
    await jobs?.stop();
    await p.close();
  })());
  return { app, url, stop };
}
