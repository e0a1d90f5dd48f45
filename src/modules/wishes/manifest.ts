import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { wishMigrations } from './migrations.ts';
import { wishRoutes } from './routes.ts';
import { seedWishes } from './seed.ts';

export const wishesManifest: ModuleManifest = {
  name: 'wishes',
  dependsOn: ['jurisdictions', 'people'],
  migrations: wishMigrations,
  actions: {
    'wishes.read': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'], description: bi('查看全部心愿和志愿者名册', 'See all wishes and the volunteers\' register') },
    'wishes.post': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('提交微心愿（工作人员可代为提交）', 'Post a micro-wish (staff may post on a resident\'s behalf)') },
    'wishes.manage': { roles: ['committeeMember', 'gridWorker'], description: bi('审核心愿、登记组织、代组织认领', 'Screen wishes, register organisations, claim for them') },
    'wishes.volunteer': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('登记为志愿者', 'Register as a volunteer') },
  },
  routes: wishRoutes,
  pages: [
    { path: '/staff/wishes', action: 'wishes.post', village: true, nav: { labelKey: 'nav.wishes', order: 65 } },
    { path: '/staff/wishes/new', action: 'wishes.post', village: true },
    // Any signed-in account: the wisher, the claimant and the village's staff; the API decides what each sees.
    { path: '/staff/wishes/:id' },
    { path: '/staff/volunteers', action: 'wishes.volunteer', village: true, nav: { labelKey: 'nav.volunteers', order: 66 } },
  ],
  seedDemo: seedWishes,
};
