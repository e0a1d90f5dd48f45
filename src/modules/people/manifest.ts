import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { peopleMigrations } from './migrations.ts';
import { peopleRoutes } from './routes.ts';
import { seedPeople } from './seed.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

export const peopleManifest: ModuleManifest = {
  name: 'people',
  dependsOn: ['jurisdictions'],
  migrations: peopleMigrations,
  actions: {
    'people.read': { roles: staff, description: bi('查看名册（证件号、电话脱敏）', 'Read the register (ID numbers and phones masked)') },
    // Whole ID numbers and phones only for those who serve the person directly (两委) and the township.
    'people.readSensitive': { roles: ['committeeMember', 'townshipOfficial'], description: bi('查看完整身份证号和电话', 'See whole ID numbers and phones') },
    'people.write': { roles: ['committeeMember'], description: bi('登记和修改户、居民', 'Register and edit households and residents') },
    'people.import': { roles: ['committeeMember'], description: bi('Excel 导入名册', 'Import the register from Excel') },
    'people.export': { roles: ['committeeMember', 'townshipOfficial'], description: bi('导出名册', 'Export the register') },
  },
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
