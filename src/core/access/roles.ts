// Roles, departments and the reach of a grant down the administrative tree. Pure: no I/O.
import { bi, type Bilingual } from '../errors.ts';
import { levelOf, type Level } from '../jurisdiction-codes.ts';

export const roles = [
  'countyOfficer', // 县民政局 civil-affairs officer
  'townshipOfficial', // 乡镇(街道) official
  'committeeMember', // 两委 member
  'supervisor', // 村(居)务监督委员会 member
  'gridWorker', // 网格员
  'resident', // 村(居)民
  'departmentStaff', // staff of a department (民政所, 司法所, 县民政局…), acting for it
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, Bilingual> = {
  countyOfficer: bi('县民政部门工作人员', 'county civil-affairs officer'),
  townshipOfficial: bi('乡镇(街道)工作人员', 'township official'),
  committeeMember: bi('村(社区)“两委”成员', 'committee member'),
  supervisor: bi('村(居)务监督委员会成员', 'supervisory committee member'),
  gridWorker: bi('网格员', 'grid worker'),
  resident: bi('村(居)民', 'resident'),
  departmentStaff: bi('部门工作人员', 'department staff'),
};

/** The levels of the node a role is granted on (a department's staff: the department's own node). */
export const roleLevels: Record<Role, readonly Level[]> = {
  countyOfficer: ['county'],
  townshipOfficial: ['township'],
  committeeMember: ['village'],
  supervisor: ['village'],
  gridWorker: ['village'],
  resident: ['village'],
  departmentStaff: ['township', 'county'],
};

export const levelLabels: Record<Level, Bilingual> = {
  province: bi('省级', 'province'), city: bi('市级', 'city'), county: bi('县级', 'county'),
  township: bi('乡镇(街道)级', 'township'), village: bi('村(社区)级', 'village or community'),
};

export function isRole(s: string): s is Role {
  return (roles as readonly string[]).includes(s);
}

export function grantLevelOk(role: Role, code: string): boolean {
  const level = levelOf(code);
  return level !== null && roleLevels[role].includes(level);
}

// The departments above the villages: organisations of a township or county whose staff act for
// them (a request routed to the 民政所 is worked by the 民政所). Which kinds a county has, and
// their names, are data per county; the kinds are the vocabulary modules name when they declare
// which departments may take an action.
export const departmentKinds = [
  'civilAffairsOffice', // 乡镇民政所 / 社会事务办
  'ruralEconomyStation', // 农经站 / 三资代理服务中心
  'judicialOffice', // 司法所
  'policeStation', // 派出所
  'civilAffairsBureau', // 县民政局
  'organisationDepartment', // 县委组织部
  'countyDepartment', // 其他县级部门
] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

export const departmentKindInfo: Record<DepartmentKind, { label: Bilingual; levels: readonly Level[] }> = {
  civilAffairsOffice: { label: bi('乡镇民政所(社会事务办)', 'township civil-affairs office'), levels: ['township'] },
  ruralEconomyStation: { label: bi('农村经营管理站(三资代理服务中心)', 'rural economy station (collective-assets agency)'), levels: ['township'] },
  judicialOffice: { label: bi('司法所', 'judicial office'), levels: ['township'] },
  policeStation: { label: bi('派出所', 'police station'), levels: ['township'] },
  civilAffairsBureau: { label: bi('县民政局', 'county civil-affairs bureau'), levels: ['county'] },
  organisationDepartment: { label: bi('县委组织部', 'county party organisation department'), levels: ['county'] },
  countyDepartment: { label: bi('县级部门', 'county department'), levels: ['county'] },
};

export function isDepartmentKind(s: string): s is DepartmentKind {
  return (departmentKinds as readonly string[]).includes(s);
}
