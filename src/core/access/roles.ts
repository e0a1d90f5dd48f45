// Roles and the reach of a grant down the administrative tree. Pure: no I/O.
import { levelOf, type Level } from '../jurisdiction-codes.ts';

export const roles = [
  'countyOfficer', // 县民政局 civil-affairs officer
  'townshipOfficial', // 乡镇(街道) official
  'committeeMember', // 两委 member
  'supervisor', // 村(居)务监督委员会 member
  'gridWorker', // 网格员
  'resident', // 村(居)民
] as const;
export type Role = (typeof roles)[number];

/** The level of the node a role is granted on. */
export const roleLevel: Record<Role, Level> = {
  countyOfficer: 'county',
  townshipOfficial: 'township',
  committeeMember: 'village',
  supervisor: 'village',
  gridWorker: 'village',
  resident: 'village',
};

export function isRole(s: string): s is Role {
  return (roles as readonly string[]).includes(s);
}

export function grantLevelOk(role: Role, code: string): boolean {
  return levelOf(code) === roleLevel[role];
}
