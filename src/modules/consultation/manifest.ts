import type { ModuleManifest } from '../../core/module.ts';
import { consultationMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { consultationRoutes } from './routes.ts';
import { seedConsultation } from './seed.ts';

export const consultationManifest: ModuleManifest = {
  name: 'consultation',
  dependsOn: ['jurisdictions'],
  migrations: consultationMigrations,
  permissions,
  pages: [
    { path: '/staff/consultation', action: 'consultation.manage', village: true, nav: { labelKey: 'nav.consultation', order: 45 } },
    { path: '/staff/consultation/:id', action: 'consultation.manage', village: true },
  ],
  routes: consultationRoutes,
  seedDemo: seedConsultation,
};
