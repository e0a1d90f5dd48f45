// The tree's access vocabulary: keeping a village's profile, groups and grids. Its routes act on
// the node in the `:code` path parameter (the core's jurisdiction resource), so it registers none.
import { bi } from '../../core/errors.ts';
import type { ModulePermissions } from '../../core/module.ts';

export const permissions: ModulePermissions = {
  actions: {
    'jurisdictions.editProfile': {
      roles: ['committeeMember', 'townshipOfficial', 'countyOfficer'],
      description: bi('维护村(社区)概况、小组和网格', 'Keep a village profile, its groups and grids'),
    },
  },
};
