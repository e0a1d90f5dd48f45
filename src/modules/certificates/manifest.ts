import { certificateRules } from './rule-specs.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { certificateMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { certificateRoutes } from './routes.ts';
import { seedCertificates } from './seed.ts';

export const certificatesManifest: ModuleManifest = {
  name: 'certificates',
  dependsOn: ['jurisdictions', 'people'],
  migrations: certificateMigrations,
  permissions,
  routes: certificateRoutes,
  pages: [
    { path: '/staff/certificates', action: 'certificates.read', nav: { labelKey: 'certificates.nav', order: 75 } },
    { path: '/staff/certificates/seal-log', action: 'certificates.read' },
  ],
  rules: certificateRules,
  seedDemo: seedCertificates,
};
