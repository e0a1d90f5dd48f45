import type { ModuleManifest } from '../../core/module.ts';
import { covenantMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { covenantRoutes } from './routes.ts';
import { covenantRules } from './rule-specs.ts';
import { seedCovenants } from './seed.ts';

export const covenantsManifest: ModuleManifest = {
  name: 'covenants',
  dependsOn: ['jurisdictions', 'people', 'decisions'],
  migrations: covenantMigrations,
  permissions,
  routes: covenantRoutes,
  rules: covenantRules,
  pages: [
    { path: '/staff/covenants', action: 'covenants.read', nav: { labelKey: 'nav.covenants', order: 47 } },
    { path: '/staff/covenants/:id', action: 'covenants.read' },
  ],
  seedDemo: seedCovenants,
};
