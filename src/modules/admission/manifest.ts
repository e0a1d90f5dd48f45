import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { admissionMigrations } from './migrations.ts';
import { admissionRoutes } from './routes.ts';
import { admissionRules } from './rule-specs.ts';
import { seedAdmission } from './seed.ts';

export const admissionManifest: ModuleManifest = {
  name: 'admission',
  dependsOn: ['jurisdictions'],
  migrations: admissionMigrations,
  actions: {
    'admission.read': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor'], description: bi('查看工作事项、准入申请和挂牌登记', 'See work requests, village tasks and the signboard register') },
    'admission.lists': { roles: ['countyOfficer'], description: bi('维护“三张清单”', 'Keep the three duty lists') },
    'admission.file': { roles: ['countyOfficer', 'townshipOfficial'], description: bi('代部门提交进入村(社区)的工作事项', 'File a department\'s work request for villages') },
    'admission.decide': { roles: ['countyOfficer'], description: bi('县级准入审批（工作事项、挂牌）', 'Decide admission of unlisted tasks and plaques') },
    'admission.refuse': { roles: ['committeeMember'], description: bi('拒绝未经准入的事项', 'Refuse a task that was not admitted') },
    'admission.signboard': { roles: ['committeeMember', 'townshipOfficial', 'countyOfficer'], description: bi('申请挂牌、摘牌', 'Request or take down a plaque') },
  },
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
