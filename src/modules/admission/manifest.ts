import type { ModuleManifest } from '../../core/module.ts';
import { admissionMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { admissionRoutes } from './routes.ts';
import { admissionRules } from './rule-specs.ts';
import { seedAdmission } from './seed.ts';

export const admissionManifest: ModuleManifest = {
  name: 'admission',
  dependsOn: ['jurisdictions'],
  migrations: admissionMigrations,
  permissions,
  routes: admissionRoutes,
  rules: admissionRules,
  pages: [
    { path: '/staff/admission/tasks', action: 'admission.read', village: true, nav: { labelKey: 'nav.admissionTasks', order: 70 } },
    // Reading the requests (admission.read) opens the page; filing one (admission.file) shows its form.
    { path: '/staff/admission/requests', action: 'admission.read', nav: { labelKey: 'nav.admissionRequests', order: 71 } },
    { path: '/staff/admission/lists', action: 'admission.lists', nav: { labelKey: 'nav.admissionLists', order: 72 } },
    { path: '/staff/admission/signboards', action: 'admission.read', nav: { labelKey: 'nav.signboards', order: 73 } },
  ],
  seedDemo: seedAdmission,
};
