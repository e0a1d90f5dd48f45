import { accountsReaching } from '../../core/access/service.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { electionMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { electionRoutes } from './routes.ts';
import { electionRules } from './rule-specs.ts';
import { openElections, requireElection, timelineOf } from './service.ts';
import { seedElections } from './seed.ts';
import { chinaDate } from '../../core/time.ts';

/** Overdue statutory steps alert the township officials reaching the village (once per step and due date). */
export async function alertOverdueSteps(db: AnyDB, now: Date): Promise<number> {
  const calendar = await loadCalendar(db);
  const today = chinaDate(now);
  let sent = 0;
  for (const { id, villageCode } of await openElections(db)) {
    const e = await requireElection(db, id);
    const overdue = (await timelineOf(db, e, calendar, today)).filter((s) => s.status === 'overdue');
    if (!overdue.length) continue;
    const officials = await accountsReaching(db, 'townshipOfficial', villageCode);
    for (const s of overdue) {
      sent += await notify(db, officials.map((o) => ({
        accountId: o.accountId, jurisdictionCode: villageCode, kind: 'elections.overdue',
        subject: `换届选举逾期：${e.title}「${s.label}」`,
        body: `「${s.label}」应于 ${s.due} 前完成（${s.basis}），至 ${today} 仍未完成。`,
        link: `/staff/elections/${id}`, dedupeKey: `elections.overdue:${id}:${s.key}:${s.due}:${o.accountId}`,
      })));
    }
  }
  return sent;
}

export const electionsManifest: ModuleManifest = {
  name: 'elections',
  dependsOn: ['jurisdictions', 'people'],
  migrations: electionMigrations,
  permissions,
  routes: electionRoutes,
  rules: electionRules,
  pages: [
    { path: '/staff/elections', action: 'elections.read', nav: { labelKey: 'nav.elections', order: 45 } },
    { path: '/staff/elections/rules', action: 'elections.read' },
    { path: '/staff/elections/:id', action: 'elections.read' },
  ],
  seedDemo: seedElections,
  jobs: [{ name: 'elections-overdue-steps', cron: '0 1 * * *', run: async (ctx) => { await alertOverdueSteps(ctx.db, ctx.now()); } }],
};
