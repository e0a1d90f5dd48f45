// SMS delivery. An adapter sends one message; the outbox's pending SMS rows (one-time codes,
// meeting notices, copies and digests people asked for) are delivered by a job. No real gateway is
// reachable from here, so the only adapter is a local development sink that appends each message
// to a file (JSON lines) for a developer to read. Configure with GONGZHI_SMS:
//   GONGZHI_SMS=none   (default) no adapter: SMS rows stay pending, visible to operators
//   GONGZHI_SMS=file   write to GONGZHI_SMS_FILE (default <data dir>/sms-outbox.jsonl)
// A real gateway is another implementation of SmsAdapter selected by the same variable.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ConfigError } from '../config.ts';
import type { AnyDB } from '../db/database.ts';
import type { NotificationTables } from './notifications.ts';

const t = (db: AnyDB) => db as unknown as Kysely<NotificationTables>;

export interface SmsMessage { id: number; phone: string; body: string }
export interface SmsAdapter {
  readonly name: string;
  /** Sends one message; returns the gateway's reference, or throws. */
  send(m: SmsMessage, now: Date): Promise<string>;
}

/** Development sink: appends each message as a JSON line to a file. */
export class FileSmsSink implements SmsAdapter {
  readonly name = 'file';
  constructor(readonly file: string) {}
  async send(m: SmsMessage, now: Date): Promise<string> {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    await fs.promises.appendFile(this.file, `${JSON.stringify({ at: now.toISOString(), id: m.id, phone: m.phone, body: m.body })}\n`);
    return `file:${m.id}`;
  }
}

export function smsAdapterFromEnv(env: NodeJS.ProcessEnv, dataDir: string): SmsAdapter | null {
  const kind = env.GONGZHI_SMS?.trim() || 'none';
  if (kind === 'none') return null;
  if (kind === 'file') return new FileSmsSink(path.resolve(env.GONGZHI_SMS_FILE?.trim() || path.join(dataDir, 'sms-outbox.jsonl')));
  throw new ConfigError(`配置错误 / invalid configuration:\n  GONGZHI_SMS: must be "none" or "file" (got "${kind}")`);
}

/** Our policy: a message that failed 5 times stays pending for an operator to look at. */
export const SMS_MAX_ATTEMPTS = 5;

/** Delivers pending SMS rows through the adapter; returns how many were sent and failed. */
export async function deliverPendingSms(db: AnyDB, adapter: SmsAdapter, now: Date, limit = 100): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db.transaction().execute(async (trx) => {
    // SKIP LOCKED: with several app nodes, each row is taken by one of them.
    const rows = await t(trx).selectFrom('notification').select(['id', 'phone', 'body'])
      .where('channel', '=', 'sms').where('sentAt', 'is', null).where('held', '=', false).where('digestId', 'is', null)
      .where('phone', 'is not', null).where('attempts', '<', SMS_MAX_ATTEMPTS)
      .orderBy('id').limit(limit).forUpdate().skipLocked().execute();
    for (const r of rows) {
      try {
        const ref = await adapter.send({ id: r.id, phone: r.phone!, body: r.body }, now);
        await t(trx).updateTable('notification').set({ sentAt: now, deliveryRef: ref, lastError: null }).where('id', '=', r.id).execute();
        sent++;
      } catch (e) {
        await t(trx).updateTable('notification').set((eb) => ({ attempts: eb('attempts', '+', 1), lastError: String((e as Error).message ?? e).slice(0, 500) })).where('id', '=', r.id).execute();
        failed++;
      }
    }
  });
  return { sent, failed };
}

/** The SMS rows still pending (for operators). */
export async function pendingSms(db: AnyDB, limit = 100) {
  return t(db).selectFrom('notification').select(['id', 'phone', 'kind', 'createdAt', 'attempts', 'lastError'])
    .where('channel', '=', 'sms').where('sentAt', 'is', null).where('held', '=', false).where('digestId', 'is', null)
    .orderBy('id').limit(limit).execute();
}
