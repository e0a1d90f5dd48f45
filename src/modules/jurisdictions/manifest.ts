import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { jurisdictionMigrations } from './migrations.ts';
import { jurisdictionRoutes } from './routes.ts';
import { seedJurisdictions } from './seed.ts';

export const jurisdictionsManifest: ModuleManifest = {
  name: 'jurisdictions',
  dependsOn: [],
  migrations: jurisdictionMigrations,
  actions: {
    'jurisdictions.editProfile': {
      roles: ['committeeMember', 'townshipOfficial', 'countyOfficer'],
      description: bi('维护村(社区)概况、小组和网格', 'Keep a village profile, its groups and grids'),
    },
  },
  routes: jurisdictionRoutes,
  seedDemo: seedJurisdictions,
};
