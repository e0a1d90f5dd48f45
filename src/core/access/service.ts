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
import { grantLevelOk, isRole, roleLevel, type Role } from './roles.ts';
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

export async function grantRole(db: AnyDB, who: Capacity, username: string, role: string, code: string): Promise<Grant> {
  if (!isRole(role)) {
    throw AppError.validation([fieldError('role', 'role.unknown', bi(`未知角色 ${role}`, `Unknown role ${role}`))]);
  }
  if (!grantLevelOk(role, code)) {
    throw AppError.validation([fieldError('jurisdictionCode', 'grant.level',
      bi(`角色 ${role} 只能授予在 ${roleLevel[role as Role]} 级区划上`, `Role ${role} can only be granted on a ${roleLevel[role as Role]}`))]);
  }
  const acc = await t(db).selectFrom('account').select('id').where('username', '=', username).executeTakeFirst();
  if (!acc) throw AppError.notFound(bi(`没有用户 ${username}`, `No account ${username}`));
  const existing = await t(db).selectFrom('roleGrant').select(['id', 'role', 'jurisdictionCode'])
    .where('accountId', '=', acc.id).where('role', '=', role).where('jurisdictionCode', '=', code)
    .where('revokedAt', 'is', null).executeTakeFirst();
  if (existing) return { id: existing.id, role, jurisdictionCode: code };
  const row = await t(db).insertInto('roleGrant')
    .values({ accountId: acc.id, role, jurisdictionCode: code, grantedBy: who.label, revokedAt: null })
    .returning('id').executeTakeFirstOrThrow();
  await recordAudit(db, who, { action: 'accounts.grant', targetType: 'account', targetId: acc.id,
    jurisdictionCode: code, after: { username, role, jurisdictionCode: code } });
  return { id: row.id, role, jurisdictionCode: code };
}

export async function grantsOf(db: AnyDB, accountId: number): Promise<Grant[]> {
  const rows = await t(db).selectFrom('roleGrant').select(['id', 'role', 'jurisdictionCode'])
    .where('accountId', '=', accountId).where('revokedAt', 'is', null).orderBy('id').execute();
  return rows.filter((r) => isRole(r.role)).map((r) => ({ id: r.id, role: r.role as Role, jurisdictionCode: r.jurisdictionCode }));
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
