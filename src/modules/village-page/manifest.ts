// The public landing page of a village or community: its name, place in the tree, committee
// and contact. It composes the public services of other modules and owns no tables.
import type { ModuleManifest } from '../../core/module.ts';
import { permissions } from './permissions.ts';
import { villagePageRoutes } from './routes.ts';

export const villagePageManifest: ModuleManifest = {
  name: 'villagePage',
  dependsOn: ['jurisdictions', 'people'],
  migrations: {},
  permissions,
  routes: villagePageRoutes,
};
