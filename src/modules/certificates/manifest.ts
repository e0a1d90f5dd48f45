import { bi } from '../../core/errors.ts';
import { certificateRules } from './rule-specs.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { certificateMigrations } from './migrations.ts';
import { certificateRoutes } from './routes.ts';
import { seedCertificates } from './seed.ts';

export const certificatesManifest: ModuleManifest = {
  name: 'certificates',
  dependsOn: ['jurisdictions', 'people'],
  migrations: certificateMigrations,
  actions: {
    'certificates.read': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor'], description: bi('查看证明申请和用章登记', 'See certificate requests and the seal log') },
    // The committee's seal (seed 000 §二(六)3): only the committee issues.
    'certificates.desk': { roles: ['committeeMember'], description: bi('窗口代居民申请并按清单出具证明', 'Request and issue certificates at the desk by the lists') },
    'certificates.file': { roles: ['resident'], description: bi('居民在线申请证明（按清单当即答复；可出具的由持章成员出具）', 'Ask for a certificate online (answered by the lists at once; a lawful one is issued by the member holding the seal)') },
    'certificates.decide': { roles: ['townshipOfficial'], description: bi('决定清单外的证明事项（并扩充清单）', 'Decide unlisted certificates, extending a list') },
    'certificates.lists': { roles: ['countyOfficer'], description: bi('维护证明事项清单', 'Keep the certificate lists') },
  },
  routes: certificateRoutes,
  pages: [
    { path: '/staff/certificates', action: 'certificates.read', nav: { labelKey: 'certificates.nav', order: 75 } },
    { path: '/staff/certificates/seal-log', action: 'certificates.read' },
  ],
  rules: certificateRules,
  seedDemo: seedCertificates,
};
