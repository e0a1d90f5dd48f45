import { sql, type Kysely } from 'kysely';
import { bi } from '../../core/errors.ts';
import type { ModuleContext, ModuleManifest } from '../../core/module.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { disclosureMigrations } from './migrations.ts';
import { disclosureRoutes } from './routes.ts';
import { seedDisclosure } from './seed.ts';
import { settingsFor } from './catalog.ts';
import { quarterlyReportJob, remindAndEscalate } from './compliance.ts';
import { escalateOverdueFeedback } from './feedback.ts';
import { reportDeadline } from './rules.ts';
import { chinaDate } from '../../core/time.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

/** Counties on the platform: those that keep a disclosure catalogue template. */
async function counties(ctx: ModuleContext): Promise<string[]> {
  const rows = await sql<{ code: string }>`SELECT DISTINCT scope_code AS code FROM disclosure_catalog_item WHERE scope_code LIKE '______000000' AND scope_code NOT LIKE '____00000000'`.execute(ctx.db as Kysely<unknown>);
  return rows.rows.map((r) => r.code);
}

export const disclosureManifest: ModuleManifest = {
  name: 'disclosure',
  dependsOn: ['jurisdictions', 'people'],
  migrations: disclosureMigrations,
  actions: {
    'disclosure.read': { roles: staff, description: bi('查看公开内容草稿、日历和意见箱', 'See drafts, the compliance calendar and the opinion box') },
    'disclosure.draft': { roles: ['committeeMember'], description: bi('起草、修改、提交公开内容，发起更正', 'Draft, edit and submit entries; start corrections') },
    // 村务监督委员会 reviews before publication (组织法 Art.32; 财务公开规定: 民主理财小组 checks finance).
    'disclosure.review': { roles: ['supervisor'], description: bi('审核公开内容（通过或退回）', 'Review entries (approve or return)') },
    'disclosure.publish': { roles: ['committeeMember'], description: bi('发布已审核的公开内容', 'Publish approved entries') },
    'disclosure.answer': { roles: ['supervisor'], description: bi('答复意见箱问题', 'Answer the opinion box') },
    'disclosure.ask': { roles: ['resident'], description: bi('本村居民登录后提问', 'Ask as a signed-in resident') },
    'disclosure.catalog': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember'], description: bi('维护公开目录', 'Keep the disclosure catalogue') },
    'disclosure.settings': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember'], description: bi('公开设置', 'Disclosure settings') },
    'disclosure.report': { roles: ['countyOfficer', 'townshipOfficial'], description: bi('查看各村公开情况和季度报表', 'See villages\' compliance and quarterly reports') },
  },
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
