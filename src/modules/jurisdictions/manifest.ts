import type { ModuleManifest } from '../../core/module.ts';
import { jurisdictionMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { jurisdictionRoutes } from './routes.ts';
import { seedJurisdictions } from './seed.ts';

export const jurisdictionsManifest: ModuleManifest = {
  name: 'jurisdictions',
  dependsOn: [],
  migrations: jurisdictionMigrations,
  permissions,
  routes: jurisdictionRoutes,
  seedDemo: seedJurisdictions,
};
