import { bi } from '../../core/errors.ts';
import { serviceRules } from './rule-specs.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { serviceMigrations } from './migrations.ts';
import { serviceRoutes } from './routes.ts';
import { seedServices } from './seed.ts';
import { escalateOverdueRequests } from './service.ts';
import { chinaDate } from '../../core/time.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

export const servicesManifest: ModuleManifest = {
  name: 'services',
  dependsOn: ['jurisdictions', 'people'],
  migrations: serviceMigrations,
  actions: {
    'services.read': { roles: staff, description: bi('查看服务申请和代办记录', 'See service requests and errands') },
    'services.desk': { roles: ['committeeMember', 'gridWorker'], description: bi('在窗口代居民提交申请（前台受理）', 'File requests at the desk on a resident\'s behalf') },
    'services.handle': { roles: ['committeeMember', 'townshipOfficial', 'countyOfficer'], description: bi('办理申请、改变状态（后台审批）', 'Handle requests and move them through their states') },
    'services.file': { roles: ['resident'], description: bi('居民在线提交申请', 'File a request online as a resident') },
    'services.open311': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('通过 Open311 接口提交申请', 'File a request through the Open311 API') },
    'services.catalog': { roles: ['countyOfficer'], description: bi('维护县服务事项目录', 'Keep the county\'s service catalogue') },
    'services.errand': { roles: ['committeeMember', 'gridWorker'], description: bi('民事代办：送件和带回登记', 'Run errands and record what was handed over and returned') },
  },
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
