// Scheduled jobs declared by the modules' manifests, run by pg-boss on the same PostgreSQL
// (embedded or server), so a job runs once even with several app nodes. pg-boss keeps its own
// tables in the "pgboss" schema and migrates them itself.
import PgBoss from 'pg-boss';
import type { Platform } from './platform.ts';

export interface Jobs { boss: PgBoss; stop(): Promise<void> }

export async function startJobs(p: Platform): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => p.database.raw(text, values) },
    schema: 'pgboss',
    // Our jobs are daily or hourly; a slow poll keeps the embedded database's single
    // connection free for requests.
    cronMonitorIntervalSeconds: 30,
    maintenanceIntervalSeconds: 3600,
  });
  boss.on('error', (err) => p.log.error({ err }, 'job queue error'));
  await boss.start();
  const ctx = { config: p.config, db: p.database.db, log: p.log, now: p.now };
  for (const m of p.modules) {
    for (const job of m.jobs ?? []) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
      await boss.work(job.name, { pollingIntervalSeconds: 30 }, async () => {
        p.log.debug({ job: job.name }, 'job started'); // debug: the SMS delivery runs every minute
        await job.run(ctx);
      });
    }
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
