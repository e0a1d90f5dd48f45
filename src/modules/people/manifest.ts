import type { ModuleManifest } from '../../core/module.ts';
import { peopleMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { peopleRoutes } from './routes.ts';
import { seedPeople } from './seed.ts';

export const peopleManifest: ModuleManifest = {
  name: 'people',
  dependsOn: ['jurisdictions'],
  migrations: peopleMigrations,
  permissions,
  routes: peopleRoutes,
  pages: [
    { path: '/staff/people', action: 'people.read', village: true, nav: { labelKey: 'nav.people', order: 10 } },
    { path: '/staff/people/import', action: 'people.import', village: true },
    { path: '/staff/people/new-household', action: 'people.write', village: true },
    { path: '/staff/people/new-resident', action: 'people.write', village: true },
    { path: '/staff/people/:id', action: 'people.read' },
  ],
  seedDemo: seedPeople,
};
