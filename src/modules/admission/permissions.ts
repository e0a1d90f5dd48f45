// Work admission's access vocabulary: who may do what, and the records its routes act on, each
// resolved to its node (a list item to its county, a work request to where it was filed, a task and
// a plaque to their village).
import { bi } from '../../core/errors.ts';
import { byRowId } from '../../core/access/guard.ts';
import type { ModulePermissions } from '../../core/module.ts';
import type { DepartmentKind } from '../../core/access/roles.ts';
import { itemNode, signboardNode, taskNode, workRequestNode } from './service.ts';

/** The county's departments push work into the villages (社区工作准入 is about their tasks): their
 * staff file work requests themselves, as their department, and follow them. */
const countyDepartments: readonly DepartmentKind[] = ['civilAffairsBureau', 'organisationDepartment', 'countyDepartment'];

export const permissions: ModulePermissions = {
  actions: {
    'admission.read': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor'], departments: countyDepartments, description: bi('查看工作事项、准入申请和挂牌登记', 'See work requests, village tasks and the signboard register') },
    'admission.lists': { roles: ['countyOfficer'], description: bi('维护“三张清单”', 'Keep the three duty lists') },
    'admission.file': { roles: ['countyOfficer', 'townshipOfficial'], departments: countyDepartments, description: bi('提交（或代部门提交）进入村(社区)的工作事项', 'File a department\'s work request for villages (as its staff, or on its behalf)') },
    'admission.decide': { roles: ['countyOfficer'], description: bi('县级准入审批（工作事项、挂牌）', 'Decide admission of unlisted tasks and plaques') },
    'admission.refuse': { roles: ['committeeMember'], description: bi('拒绝未经准入的事项', 'Refuse a task that was not admitted') },
    'admission.signboard': { roles: ['committeeMember', 'townshipOfficial', 'countyOfficer'], description: bi('申请挂牌、摘牌', 'Request or take down a plaque') },
  },
  // A county officer is granted on the county, which reaches every node below it: deciding a work
  // request (filed at a township) or a plaque (in a village) on that node is the county's decision.
  resources: {
    dutyListItem: { label: bi('清单事项', 'duty list item'), load: byRowId(itemNode) },
    workRequest: { label: bi('工作事项申请', 'work request'), load: byRowId(workRequestNode) },
    villageTask: { label: bi('村(社区)工作事项', 'village task'), load: byRowId(taskNode) },
    signboard: { label: bi('挂牌登记', 'signboard'), load: byRowId(signboardNode) },
  },
};
