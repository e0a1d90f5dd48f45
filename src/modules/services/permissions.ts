// The service desk's access and audit vocabulary: who may do what, the records its routes act on
// (each resolved to its node, to the resident it is for, and to the department it is routed to),
// and the audit names of its job.
import { bi } from '../../core/errors.ts';
import { byRowId, jurisdictionResource, type ResourceType } from '../../core/access/guard.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { catalogItemNode, errandNode, requestNode } from './service.ts';
import { backOfficeKinds } from './rules.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

const serviceRequest: ResourceType = { label: bi('服务申请', 'service request'), load: byRowId(requestNode) };

export const permissions: ModulePermissions = {
  actions: {
    // A department's staff read the requests routed to their department (and, within their reach,
    // those routed to none); another department's are refused by the chain.
    'services.read': { roles: staff, departments: backOfficeKinds, description: bi('查看服务申请和代办记录', 'See service requests and errands') },
    'services.desk': { roles: ['committeeMember', 'gridWorker'], description: bi('在窗口代居民提交申请（前台受理）', 'File requests at the desk on a resident\'s behalf') },
    // A request routed to a department on acceptance is worked (后台审批) by that department's staff only.
    'services.handle': { roles: ['committeeMember', 'townshipOfficial', 'countyOfficer'], departments: backOfficeKinds, description: bi('办理申请、改变状态（后台审批）', 'Handle requests and move them through their states') },
    'services.file': { roles: ['resident'], description: bi('居民在线提交申请', 'File a request online as a resident') },
    // Only the resident a request is for reads it on "my requests" (staff read it with services.read).
    'services.readOwn': { roles: [], owner: true, description: bi('居民查看本人的申请及其时间线', 'A resident reads their own request and its timeline') },
    'services.open311': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('通过 Open311 接口提交申请', 'File a request through the Open311 API') },
    'services.catalog': { roles: ['countyOfficer'], description: bi('维护县服务事项目录', 'Keep the county\'s service catalogue') },
    'services.errand': { roles: ['committeeMember', 'gridWorker'], description: bi('民事代办：送件和带回登记', 'Run errands and record what was handed over and returned') },
  },
  resources: {
    serviceCatalogItem: { label: bi('服务事项', 'service'), load: byRowId(catalogItemNode) },
    serviceRequest,
    errand: { label: bi('代办记录', 'errand'), load: byRowId(errandNode) },
    // Open311 names things its own way: the request id, and the node as jurisdiction_id.
    open311Request: { label: serviceRequest.label, key: { in: 'params', name: 'service_request_id' }, load: serviceRequest.load },
    open311Node: { key: { in: 'query', name: 'jurisdiction_id' }, load: jurisdictionResource.load },
    open311Village: { key: { in: 'body', name: 'jurisdiction_id' }, load: jurisdictionResource.load },
  },
  audit: {
    'services.dueDate': bi('补填办结期限（当年节假日安排录入后）', 'Due date set once the year\'s holiday calendar was entered'),
    'services.escalate': bi('申请逾期升级', 'Request escalated when overdue'),
  },
};
