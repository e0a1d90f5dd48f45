// The notifications outbox: every message to a person (a reminder, an escalation, a one-time
// code) is first a row here, written in the same transaction as the change that caused it.
// In-app messages are read from the outbox directly; SMS rows are delivered by the SMS adapter
// (sms.ts; none configured = they stay pending and visible to operators, never pretended sent).
// Each person's preferences (preferences.ts) decide whether an in-app message shows at once or
// waits for the daily digest (digest.ts), and whether an SMS copy goes out at once, in the
// digest, or not at all.
import { createHash, randomInt } from 'node:crypto';
import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import type { AnyDB } from '../db/database.ts';
import { AppError, bi } from '../errors.ts';

export interface NotificationTables {
  notification: {
    id: Generated<number>;
    channel: 'inApp' | 'sms';
    accountId: number | null;
    phone: string | null;
    jurisdictionCode: string;
    kind: string;
    subject: string;
    body: string;
    link: string | null;
    dedupeKey: string | null;
    createdAt: Generated<Date>;
    sentAt: Date | null;
    readAt: Date | null;
    /** Waiting for the person's daily digest. */
    held: Generated<boolean>;
    /** The digest message that summarised this one. */
    digestId: number | null;
    /** The SMS adapter's reference once delivered; the last error and the tries when not. */
    deliveryRef: string | null;
    attempts: Generated<number>;
    lastError: string | null;
  };
  notificationPreference: {
    accountId: number;
    inApp: 'immediate' | 'digest';
    sms: 'off' | 'immediate' | 'digest';
    phone: string | null;
    updatedAt: Date;
  };
  phoneCode: {
    id: Generated<number>;
    phone: string;
    purpose: string;
    codeHash: string;
    expiresAt: Date;
    attempts: Generated<number>;
    consumedAt: Date | null;
    createdAt: Date;
  };
}
const t = (db: AnyDB) => db as unknown as Kysely<NotificationTables>;

export interface NewNotification {
  channel?: 'inApp' | 'sms';
  accountId?: number | null;
  phone?: string | null;
  jurisdictionCode: string;
  kind: string;
  subject: string;
  body: string;
  link?: string | null;
  /** The same key is sent once only (e.g. one reminder per item and period). */
  dedupeKey?: string | null;
}

/**
 * Queues messages; returns how many were new (duplicates by dedupeKey are skipped). An in-app
 * message to a person follows their preferences: held for the daily digest instead of shown at
 * once, and copied as an SMS (at once or in the digest) when they asked for SMS.
 */
export async function notify(db: AnyDB, list: NewNotification[]): Promise<number> {
  if (list.length === 0) return 0;
  const ids = [...new Set(list.filter((n) => (n.channel ?? 'inApp') === 'inApp' && n.accountId != null).map((n) => n.accountId!))];
  const prefs = new Map((ids.length ? await t(db).selectFrom('notificationPreference').selectAll().where('accountId', 'in', ids).execute() : []).map((p) => [p.accountId, p]));
  const row = (n: NewNotification, channel: 'inApp' | 'sms', held: boolean, phone: string | null, dedupeKey: string | null) => ({
    channel, accountId: n.accountId ?? null, phone, jurisdictionCode: n.jurisdictionCode,
    kind: n.kind, subject: n.subject, body: n.body, link: n.link ?? null, dedupeKey,
    sentAt: channel === 'inApp' && !held ? sql<Date>`now()` : null, readAt: null, held, digestId: null, deliveryRef: null, lastError: null,
  });
  const primary = list.map((n) => {
    const channel = n.channel ?? 'inApp';
    const p = channel === 'inApp' && n.accountId != null ? prefs.get(n.accountId) : undefined;
    return row(n, channel, p?.inApp === 'digest', n.phone ?? null, n.dedupeKey ?? null);
  });
  const inserted = await t(db).insertInto('notification').values(primary).onConflict((oc) => oc.column('dedupeKey').doNothing()).returning(['dedupeKey']).execute();
  const fresh = new Set(inserted.map((r) => r.dedupeKey));
  // SMS copies for people who asked for them (only of messages that were new).
  const copies = list.flatMap((n) => {
    const p = (n.channel ?? 'inApp') === 'inApp' && n.accountId != null ? prefs.get(n.accountId) : undefined;
    if (!p || p.sms === 'off' || !p.phone) return [];
    if (n.dedupeKey != null && !fresh.has(n.dedupeKey)) return [];
    return [row(n, 'sms', p.sms === 'digest', p.phone, n.dedupeKey != null ? `${n.dedupeKey}:sms` : null)];
  });
  if (copies.length) await t(db).insertInto('notification').values(copies).onConflict((oc) => oc.column('dedupeKey').doNothing()).execute();
  return inserted.length;
}

export async function inbox(db: AnyDB, accountId: number, limit = 50) {
  return t(db).selectFrom('notification').select(['id', 'kind', 'subject', 'body', 'link', 'jurisdictionCode', 'createdAt', 'readAt'])
    .where('accountId', '=', accountId).where('channel', '=', 'inApp')
    // Messages waiting for the digest, and those a digest has summarised, show as the digest.
    .where('held', '=', false).where('digestId', 'is', null)
    .orderBy('id', 'desc').limit(limit).execute();
}

export async function markRead(db: AnyDB, accountId: number, id: number, now: Date): Promise<void> {
  const r = await t(db).updateTable('notification').set({ readAt: now }).where('id', '=', id).where('accountId', '=', accountId).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw AppError.notFound(bi('没有这条通知', 'No such notification'));
}

// One-time codes for confirming a phone number (e.g. a villager working away asks a question).
// Our policy, not statute: 6 digits, valid 10 minutes, 5 tries, one code a minute and
// 5 a day per phone.
export const CODE_MINUTES = 10;
export const CODE_MAX_ATTEMPTS = 5;
export const CODES_PER_DAY = 5;
const hashCode = (phone: string, code: string) => createHash('sha256').update(`${phone}:${code}`).digest('hex');

export async function issuePhoneCode(db: AnyDB, phone: string, purpose: string, jurisdictionCode: string, now: Date): Promise<{ expiresAt: Date }> {
  const recent = await t(db).selectFrom('phoneCode').select(['createdAt'])
    .where('phone', '=', phone).where('createdAt', '>', new Date(now.getTime() - 86_400_000)).orderBy('createdAt', 'desc').execute();
  if (recent.length >= CODES_PER_DAY || (recent[0] && now.getTime() - recent[0].createdAt.getTime() < 60_000)) {
    throw new AppError('rate-limited', bi('验证码发送过于频繁，请稍后再试', 'Too many codes for this phone; try again later'));
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
  await t(db).insertInto('phoneCode').values({ phone, purpose, codeHash: hashCode(phone, code), expiresAt, consumedAt: null, createdAt: now }).execute();
  await notify(db, [{ channel: 'sms', phone, jurisdictionCode, kind: `phoneCode.${purpose}`, subject: '验证码', body: `您的验证码是 ${code}，${CODE_MINUTES} 分钟内有效。` }]);
  return { expiresAt };
}

/**
 * Checks a code without throwing, so that a wrong try is counted even when the caller's request
 * then fails: call it outside the transaction of the use case. A right code is consumed.
 */
export async function checkPhoneCode(db: AnyDB, phone: string, purpose: string, code: string, now: Date): Promise<boolean> {
  const row = await t(db).selectFrom('phoneCode').selectAll().where('phone', '=', phone).where('purpose', '=', purpose)
    .where('consumedAt', 'is', null).where('expiresAt', '>', now).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!row || row.attempts >= CODE_MAX_ATTEMPTS) return false;
  if (row.codeHash !== hashCode(phone, code)) {
    await t(db).updateTable('phoneCode').set({ attempts: row.attempts + 1 }).where('id', '=', row.id).execute();
    return false;
  }
  const r = await t(db).updateTable('phoneCode').set({ consumedAt: now }).where('id', '=', row.id).where('consumedAt', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const wrongPhoneCode = () => AppError.validation([{ field: 'code', rule: 'phoneCode.invalid', messages: bi('验证码错误或已过期', 'The code is wrong or has expired') }]);

export const notificationMigrations: Record<string, Migration> = {
  '202611220005_notifications_outbox': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE notification (
          id bigserial PRIMARY KEY,
          channel text NOT NULL CHECK (channel IN ('inApp','sms')),
          account_id integer,
          phone text,
          jurisdiction_code varchar(12) NOT NULL,
          kind text NOT NULL,
          subject text NOT NULL,
          body text NOT NULL,
          link text,
          dedupe_key text UNIQUE,
          created_at timestamptz NOT NULL DEFAULT now(),
          sent_at timestamptz,
          read_at timestamptz,
          CHECK (account_id IS NOT NULL OR phone IS NOT NULL)
        );
        CREATE INDEX notification_account_idx ON notification(account_id, id DESC);
        CREATE TABLE phone_code (
          id bigserial PRIMARY KEY,
          phone text NOT NULL,
          purpose text NOT NULL,
          code_hash text NOT NULL,
          expires_at timestamptz NOT NULL,
          attempts integer NOT NULL DEFAULT 0,
          consumed_at timestamptz,
          created_at timestamptz NOT NULL
        );
        CREATE INDEX phone_code_phone_idx ON phone_code(phone, created_at DESC);
      `.execute(db);
    },
  },
  '202611221910_notifications_preferences_digest_sms': {
    async up(db: Kysely<unknown>) {
      await sql`
        ALTER TABLE notification
          ADD COLUMN held boolean NOT NULL DEFAULT false,
          ADD COLUMN digest_id bigint REFERENCES notification(id),
          ADD COLUMN delivery_ref text,
          ADD COLUMN attempts integer NOT NULL DEFAULT 0,
          ADD COLUMN last_error text;
        CREATE INDEX notification_held_idx ON notification(account_id) WHERE held;
        CREATE INDEX notification_sms_pending_idx ON notification(id) WHERE channel = 'sms' AND sent_at IS NULL AND NOT held AND digest_id IS NULL;
        CREATE TABLE notification_preference (
          account_id integer PRIMARY KEY,
          in_app text NOT NULL CHECK (in_app IN ('immediate','digest')),
          sms text NOT NULL CHECK (sms IN ('off','immediate','digest')),
          phone text,
          updated_at timestamptz NOT NULL,
          CHECK (sms = 'off' OR phone IS NOT NULL)
        );
      `.execute(db);
    },
  },
};
