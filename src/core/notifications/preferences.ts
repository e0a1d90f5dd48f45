// Each person's notification preferences: in-app messages at once or in a daily digest; an SMS
// copy off, at once, or in the digest (to a phone the person gives here). Without a row, the
// defaults below apply (in-app at once, no SMS): exactly the behaviour before preferences existed.
import type { Kysely } from 'kysely';
import type { Write } from '../access/guard.ts';
import type { AnyDB } from '../db/database.ts';
import { AppError, bi, fieldError } from '../errors.ts';
import type { NotificationTables } from './notifications.ts';
import { maskPhone } from '../privacy.ts';

const t = (db: AnyDB) => db as unknown as Kysely<NotificationTables>;

export interface Preferences { inApp: 'immediate' | 'digest'; sms: 'off' | 'immediate' | 'digest'; phone: string | null }
export const defaultPreferences: Preferences = { inApp: 'immediate', sms: 'off', phone: null };

export async function getPreferences(db: AnyDB, accountId: number): Promise<Preferences> {
  const p = await t(db).selectFrom('notificationPreference').select(['inApp', 'sms', 'phone']).where('accountId', '=', accountId).executeTakeFirst();
  return p ?? defaultPreferences;
}

/** Mainland mobile numbers: 11 digits starting with 1 (spaces and dashes are ignored). */
export function normaliseMobile(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(s) ? s : null;
}

export async function setPreferences(w: Write, accountId: number, input: Preferences, now: Date, jurisdictionCode: string): Promise<Preferences> {
  let phone: string | null = null;
  if (input.phone != null && input.phone.trim() !== '') {
    phone = normaliseMobile(input.phone);
    if (!phone) throw AppError.validation([fieldError('phone', 'phone.mobile', bi('请填写 11 位手机号码', 'Enter an 11-digit mobile number'))]);
  }
  if (input.sms !== 'off' && !phone) throw AppError.validation([fieldError('phone', 'notification.phoneRequired', bi('接收短信须填写手机号码', 'A phone number is needed to receive SMS'))]);
  const before = await getPreferences(w.trx, accountId);
  const value = { inApp: input.inApp, sms: input.sms, phone, updatedAt: now };
  await t(w.trx).insertInto('notificationPreference').values({ accountId, ...value })
    .onConflict((oc) => oc.column('accountId').doUpdateSet(value)).execute();
  // Never the whole phone in the audit log.
  const masked = (p: string | null) => (p ? maskPhone(p) : null);
  await w.audit({ action: 'notifications.preferences', targetType: 'account', targetId: accountId, jurisdictionCode, before: { ...before, phone: masked(before.phone) }, after: { inApp: input.inApp, sms: input.sms, phone: masked(phone) } });
  return { inApp: input.inApp, sms: input.sms, phone };
}
