import { serviceRules } from './rule-specs.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { serviceMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { serviceRoutes } from './routes.ts';
import { seedServices } from './seed.ts';
import { escalateOverdueRequests } from './service.ts';
import { chinaDate } from '../../core/time.ts';

export const servicesManifest: ModuleManifest = {
  name: 'services',
  dependsOn: ['jurisdictions', 'people'],
  migrations: serviceMigrations,
  permissions,
  routes: serviceRoutes,
  pages: [
    { path: '/staff/services', action: 'services.read', nav: { labelKey: 'services.nav', order: 70 } },
    { path: '/staff/services/requests/:id', action: 'services.read' },
    { path: '/staff/my-requests', action: 'services.file', nav: { labelKey: 'services.myNav', order: 5 } },
    { path: '/staff/my-requests/:id', action: 'services.file' },
  ],
  rules: serviceRules,
  seedDemo: seedServices,
  jobs: [{
    name: 'services-overdue', cron: '0 9 * * *',
    async run(ctx) { await escalateOverdueRequests(ctx.db, chinaDate(ctx.now()), ctx.now()); },
  }],
};
