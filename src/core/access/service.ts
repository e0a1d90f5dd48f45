// Accounts, grants and sessions. Passwords are argon2id hashes; a session cookie carries a
// random token whose SHA-256 is the row id; each session has its own CSRF token.
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { Kysely } from 'kysely';
import { AppError, bi, fieldError } from '../errors.ts';
import type { AnyDB } from '../db/database.ts';
import { recordAudit, type Capacity } from '../audit/audit.ts';
import type { AccessTables } from './tables.ts';
import type { Grant } from './permissions.ts';
import { departmentKindInfo, grantLevelOk, isDepartmentKind, isRole, levelLabels, roleLabels, roleLevels, type DepartmentKind, type Role } from './roles.ts';
import { levelOf } from '../jurisdiction-codes.ts';
import { covers } from '../jurisdiction-codes.ts';

// Our security policy (not statute): lock an account for 15 minutes after 5 failed logins.
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
export const MIN_PASSWORD_LENGTH = 8;

const t = (db: AnyDB) => db as unknown as Kysely<AccessTables>;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface Actor {
  accountId: number;
  username: string;
  displayName: string;
  residentId: number | null;
  grants: Grant[];
  sessionId: string;
  csrfToken: string;
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw AppError.validation([fieldError('password', 'password.tooShort',
      bi(`密码至少 ${MIN_PASSWORD_LENGTH} 位`, `Password must have at least ${MIN_PASSWORD_LENGTH} characters`))]);
  }
}

export async function createAccount(
  db: AnyDB, who: Capacity,
  input: { username: string; displayName: string; password: string; residentId?: number | null },
): Promise<{ id: number }> {
  checkPassword(input.password);
  if (!/^[a-z0-9_.-]{3,40}$/.test(input.username)) {
    throw AppError.validation([fieldError('username', 'username.format',
      bi('用户名须为 3–40 位小写字母、数字或 _ . -', 'Username must be 3–40 lowercase letters, digits, _ . or -'))]);
  }
  const exists = await t(db).selectFrom('account').select('id').where('username', '=', input.username).executeTakeFirst();
  if (exists) throw AppError.conflict(bi(`用户名 ${input.username} 已存在`, `Username ${input.username} already exists`));
  const row = await t(db).insertInto('account').values({
    username: input.username, displayName: input.displayName,
    passwordHash: await hashPassword(input.password), residentId: input.residentId ?? null, lockedUntil: null,
  }).returning('id').executeTakeFirstOrThrow();
  await recordAudit(db, who, { action: 'accounts.create', targetType: 'account', targetId: row.id,
    jurisdictionCode: who.code ?? '000000000000', after: { username: input.username, displayName: input.displayName } });
  return row;
}

/** Grants a role on a node; a department's staff (role departmentStaff) are granted on their
 * department's node, for that department. Granting what is already held changes nothing. */
export async function grantRole(db: AnyDB, who: Capacity, username: string, role: string, code: string, departmentId: number | null = null): Promise<Grant> {
  if (!isRole(role)) {
    throw AppError.validation([fieldError('role', 'role.unknown', bi(`没有名为“${role}”的角色`, `There is no role named "${role}"`))]);
  }
  if (!grantLevelOk(role, code)) {
    const levels = roleLevels[role];
    throw AppError.validation([fieldError('jurisdictionCode', 'grant.level',
      bi(`${roleLabels[role]['zh-CN']}只能授予在${levels.map((l) => levelLabels[l]['zh-CN']).join('或')}区划上`,
        `The role ${roleLabels[role].en} can only be granted on a ${levels.map((l) => levelLabels[l].en).join(' or ')} division`))]);
  }
  let department: Grant['department'] = null;
  if (role === 'departmentStaff') {
    if (departmentId === null) throw AppError.validation([fieldError('departmentId', 'grant.departmentRequired', bi('部门工作人员须指明所属部门', 'Department staff need the department they act for'))]);
    const d = await t(db).selectFrom('department').select(['id', 'kind', 'jurisdictionCode']).where('id', '=', departmentId).executeTakeFirst();
    if (!d || !isDepartmentKind(d.kind)) throw AppError.notFound(bi(`没有编号为 ${departmentId} 的部门`, `There is no department ${departmentId}`));
    if (d.jurisdictionCode !== code) throw AppError.validation([fieldError('jurisdictionCode', 'grant.departmentNode', bi('部门工作人员的授权须在该部门所在的区划上', 'Department staff are granted on the division their department belongs to'))]);
    department = { id: d.id, kind: d.kind };
  } else if (departmentId !== null) {
    throw AppError.validation([fieldError('departmentId', 'grant.departmentOnlyForStaff', bi('只有部门工作人员的授权可以指明部门', 'Only a department staff grant names a department'))]);
  }
  const acc = await t(db).selectFrom('account').select('id').where('username', '=', username).executeTakeFirst();
  if (!acc) throw AppError.notFound(bi(`没有用户 ${username}`, `No account ${username}`));
  let q = t(db).selectFrom('roleGrant').select(['id'])
    .where('accountId', '=', acc.id).where('role', '=', role).where('jurisdictionCode', '=', code).where('revokedAt', 'is', null);
  q = departmentId === null ? q.where('departmentId', 'is', null) : q.where('departmentId', '=', departmentId);
  const existing = await q.executeTakeFirst();
  if (existing) return { id: existing.id, role, jurisdictionCode: code, department };
  const row = await t(db).insertInto('roleGrant')
    .values({ accountId: acc.id, role, jurisdictionCode: code, departmentId, grantedBy: who.label, revokedAt: null })
    .returning('id').executeTakeFirstOrThrow();
  await recordAudit(db, who, { action: 'accounts.grant', targetType: 'account', targetId: acc.id,
    jurisdictionCode: code, after: { username, role, jurisdictionCode: code, ...(departmentId !== null ? { departmentId } : {}) } });
  return { id: row.id, role, jurisdictionCode: code, department };
}

export interface Department { id: number; jurisdictionCode: string; kind: DepartmentKind; name: string }

/** Adds a department to a township or county (a county officer, or the operator at set-up). */
export async function createDepartment(db: AnyDB, who: Capacity, input: { jurisdictionCode: string; kind: string; name: string }): Promise<Department> {
  const name = input.name.trim();
  if (!isDepartmentKind(input.kind)) {
    throw AppError.validation([fieldError('kind', 'department.kind', bi('部门类别不在可选范围内', 'The department kind is not one of the listed kinds'))]);
  }
  const info = departmentKindInfo[input.kind];
  const level = levelOf(input.jurisdictionCode);
  if (!level || !info.levels.includes(level)) {
    throw AppError.validation([fieldError('jurisdictionCode', 'department.level',
      bi(`${info.label['zh-CN']}只能设在${info.levels.map((l) => levelLabels[l]['zh-CN']).join('或')}区划上`,
        `A ${info.label.en} belongs to a ${info.levels.map((l) => levelLabels[l].en).join(' or ')} division`))]);
  }
  if (name.length < 2 || name.length > 60) throw AppError.validation([fieldError('name', 'department.name', bi('部门名称须为 2–60 个字', 'A department name has 2–60 characters'))]);
  const clash = await t(db).selectFrom('department').select('id').where('jurisdictionCode', '=', input.jurisdictionCode).where('name', '=', name).executeTakeFirst();
  if (clash) throw AppError.conflict(bi(`本区划已有名为“${name}”的部门`, `This division already has a department named "${name}"`));
  const row = await t(db).insertInto('department').values({ jurisdictionCode: input.jurisdictionCode, kind: input.kind, name })
    .returning(['id', 'jurisdictionCode', 'kind', 'name']).executeTakeFirstOrThrow();
  await recordAudit(db, who, { action: 'departments.create', targetType: 'department', targetId: row.id, jurisdictionCode: input.jurisdictionCode, after: { kind: input.kind, name } });
  return { ...row, kind: input.kind };
}

/** The departments of a node and of the nodes above it (a village is served by its township's
 * and its county's departments), nearest first. */
export async function departmentsServing(db: AnyDB, code: string): Promise<Department[]> {
  const rows = await t(db).selectFrom('department').select(['id', 'jurisdictionCode', 'kind', 'name']).orderBy('id').execute();
  return rows
    .filter((d): d is typeof d & { kind: DepartmentKind } => isDepartmentKind(d.kind) && covers(d.jurisdictionCode, code))
    .sort((a, b) => b.jurisdictionCode.replace(/0+$/, '').length - a.jurisdictionCode.replace(/0+$/, '').length || a.id - b.id);
}

/** The departments of a node and of everything below it (the county's directory). */
export async function departmentsUnder(db: AnyDB, code: string): Promise<Department[]> {
  const rows = await t(db).selectFrom('department').select(['id', 'jurisdictionCode', 'kind', 'name']).orderBy('jurisdictionCode').orderBy('id').execute();
  return rows.filter((d): d is typeof d & { kind: DepartmentKind } => isDepartmentKind(d.kind) && covers(code, d.jurisdictionCode));
}

export async function getDepartment(db: AnyDB, id: number): Promise<Department | null> {
  const d = await t(db).selectFrom('department').select(['id', 'jurisdictionCode', 'kind', 'name']).where('id', '=', id).executeTakeFirst();
  return d && isDepartmentKind(d.kind) ? { ...d, kind: d.kind } : null;
}

export async function grantsOf(db: AnyDB, accountId: number): Promise<Grant[]> {
  const rows = await t(db).selectFrom('roleGrant').leftJoin('department', 'department.id', 'roleGrant.departmentId')
    .select(['roleGrant.id', 'roleGrant.role', 'roleGrant.jurisdictionCode', 'department.id as departmentId', 'department.kind as departmentKind'])
    .where('roleGrant.accountId', '=', accountId).where('roleGrant.revokedAt', 'is', null).orderBy('roleGrant.id').execute();
  return rows.filter((r) => isRole(r.role)).map((r) => ({
    id: r.id, role: r.role as Role, jurisdictionCode: r.jurisdictionCode,
    department: r.departmentId !== null && r.departmentKind !== null && isDepartmentKind(r.departmentKind) ? { id: r.departmentId, kind: r.departmentKind } : null,
  }));
}

const badLogin = () => new AppError('unauthenticated', bi('用户名或密码错误', 'Wrong username or password'));

export async function login(db: AnyDB, username: string, password: string, now: Date, sessionHours: number) {
  const acc = await t(db).selectFrom('account').selectAll().where('username', '=', username).executeTakeFirst();
  if (!acc || acc.disabled) {
    await argon2.hash(password); // same cost as a real check, so timing does not reveal which usernames exist
    throw badLogin();
  }
  if (acc.lockedUntil && acc.lockedUntil > now) {
    throw new AppError('locked', bi(
      `登录失败次数过多，账户已锁定至 ${acc.lockedUntil.toISOString()}`,
      `Too many failed logins; the account is locked until ${acc.lockedUntil.toISOString()}`,
    ), [], { lockedUntil: acc.lockedUntil.toISOString() });
  }
  if (!(await argon2.verify(acc.passwordHash, password))) {
    const failed = acc.failedLogins + 1;
    const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await t(db).updateTable('account').set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil })
      .where('id', '=', acc.id).execute();
    throw badLogin();
  }
  await t(db).updateTable('account').set({ failedLogins: 0, lockedUntil: null }).where('id', '=', acc.id).execute();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
  await t(db).insertInto('session').values({ id: sha256(token), accountId: acc.id, csrfToken, expiresAt, createdAt: now, lastSeenAt: now }).execute();
  return { token, csrfToken, expiresAt };
}

/** The session's actor, and whether its expiry was just moved on (so the cookie can follow). */
export async function loadSession(db: AnyDB, token: string, now: Date, sessionHours: number): Promise<{ actor: Actor; extended: boolean } | null> {
  const id = sha256(token);
  const row = await t(db).selectFrom('session').innerJoin('account', 'account.id', 'session.accountId')
    .select(['session.id', 'session.csrfToken', 'session.expiresAt', 'session.lastSeenAt', 'account.id as accountId',
      'account.username', 'account.displayName', 'account.residentId', 'account.disabled'])
    .where('session.id', '=', id).executeTakeFirst();
  if (!row || row.disabled || row.expiresAt <= now) return null;
  // Sliding expiry, written at most once a minute to keep reads cheap.
  const extended = now.getTime() - row.lastSeenAt.getTime() > 60_000;
  if (extended) {
    await t(db).updateTable('session').set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionHours * 3600_000) })
      .where('id', '=', id).execute();
  }
  return {
    extended,
    actor: {
      accountId: row.accountId, username: row.username, displayName: row.displayName, residentId: row.residentId,
      grants: await grantsOf(db, row.accountId), sessionId: id, csrfToken: row.csrfToken,
    },
  };
}

export async function logout(db: AnyDB, sessionId: string): Promise<void> {
  await t(db).deleteFrom('session').where('id', '=', sessionId).execute();
}

export async function purgeExpiredSessions(db: AnyDB, now: Date): Promise<number> {
  const r = await t(db).deleteFrom('session').where('expiresAt', '<', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function accountByResident(db: AnyDB, residentId: number) {
  return t(db).selectFrom('account').select(['id', 'username']).where('residentId', '=', residentId).executeTakeFirst();
}

/** Accounts holding `role` on a node that reaches `target` (for reminders and escalations). */
export async function accountsReaching(db: AnyDB, role: Role, target: string): Promise<{ accountId: number; jurisdictionCode: string }[]> {
  const rows = await t(db).selectFrom('roleGrant').innerJoin('account', 'account.id', 'roleGrant.accountId')
    .select(['roleGrant.accountId', 'roleGrant.jurisdictionCode'])
    .where('roleGrant.role', '=', role).where('roleGrant.revokedAt', 'is', null).where('account.disabled', '=', false).execute();
  return rows.filter((r) => covers(r.jurisdictionCode, target));
}
