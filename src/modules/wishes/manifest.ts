import type { ModuleManifest } from '../../core/module.ts';
import { wishMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { wishRoutes } from './routes.ts';
import { seedWishes } from './seed.ts';

export const wishesManifest: ModuleManifest = {
  name: 'wishes',
  dependsOn: ['jurisdictions', 'people'],
  migrations: wishMigrations,
  permissions,
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
