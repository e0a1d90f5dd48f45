import { sql, type Kysely } from 'kysely';
import type { ModuleContext, ModuleManifest } from '../../core/module.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { disclosureMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { disclosureRoutes } from './routes.ts';
import { seedDisclosure } from './seed.ts';
import { settingsFor } from './catalog.ts';
import { quarterlyReportJob, remindAndEscalate } from './compliance.ts';
import { escalateOverdueFeedback } from './feedback.ts';
import { reportDeadline } from './rules.ts';
import { chinaDate } from '../../core/time.ts';

/** Counties on the platform: those that keep a disclosure catalogue template. */
async function counties(ctx: ModuleContext): Promise<string[]> {
  const rows = await sql<{ code: string }>`SELECT DISTINCT scope_code AS code FROM disclosure_catalog_item WHERE scope_code LIKE '______000000' AND scope_code NOT LIKE '____00000000'`.execute(ctx.db as Kysely<unknown>);
  return rows.rows.map((r) => r.code);
}

export const disclosureManifest: ModuleManifest = {
  name: 'disclosure',
  dependsOn: ['jurisdictions', 'people'],
  migrations: disclosureMigrations,
  permissions,
  routes: disclosureRoutes,
  pages: [
    { path: '/staff/disclosure', action: 'disclosure.read', village: true, nav: { labelKey: 'nav.disclosure', order: 20 } },
    { path: '/staff/disclosure/new', action: 'disclosure.draft', village: true },
    { path: '/staff/disclosure/review', action: 'disclosure.read', village: true },
    { path: '/staff/disclosure/calendar', action: 'disclosure.read', village: true },
    { path: '/staff/disclosure/feedback', action: 'disclosure.read', village: true },
    { path: '/staff/disclosure/compliance', action: 'disclosure.report', nav: { labelKey: 'nav.disclosureCompliance', order: 30 } },
    { path: '/staff/disclosure/:id', action: 'disclosure.read' },
  ],
  seedDemo: seedDisclosure,
  jobs: [
    {
      name: 'disclosure-remind', cron: '0 8 * * *',
      async run(ctx) {
        const cal = await loadCalendar(ctx.db);
        for (const c of await counties(ctx)) await remindAndEscalate(ctx.db, c, chinaDate(ctx.now()), cal);
      },
    },
    {
      name: 'disclosure-feedback-escalate', cron: '30 8 * * *',
      async run(ctx) { await escalateOverdueFeedback(ctx.db, chinaDate(ctx.now()), ctx.now()); },
    },
    {
      name: 'disclosure-quarterly-report', cron: '0 6 * * *',
      async run(ctx) {
        const cal = await loadCalendar(ctx.db);
        for (const c of await counties(ctx)) {
          await quarterlyReportJob(ctx.db, c, chinaDate(ctx.now()), cal, ctx.now(), async (y, q) => reportDeadline(y, q, (await settingsFor(ctx.db, c)).reportDay));
        }
      },
    },
  ],
};
