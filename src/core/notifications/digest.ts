// The daily digest: one message per person and channel summarising the day's held messages,
// instead of one message per event. Run by a pg-boss job every evening (Asia/Shanghai); safe to
// run twice (held rows are consumed in the same transaction that writes the digest).
import { sql, type Kysely } from 'kysely';
import type { AnyDB } from '../db/database.ts';
import type { NotificationTables } from './notifications.ts';
import { chinaDate } from '../time.ts';

const t = (db: AnyDB) => db as unknown as Kysely<NotificationTables>;

/** Our policy: an SMS digest fits one long message. */
export const SMS_DIGEST_MAX_CHARS = 200;

export interface DigestItem { subject: string; body: string }

/** The digest text (pure): the count, then each message's subject (in-app: with its text). */
export function digestText(items: DigestItem[], channel: 'inApp' | 'sms', day: string): { subject: string; body: string } {
  const subject = `${day} 通知摘要（${items.length} 条）`;
  if (channel === 'inApp') {
    return { subject, body: items.map((i, k) => `${k + 1}. ${i.subject}${i.body ? `：${i.body}` : ''}`).join('\n') };
  }
  const head = `【共治】${day} 您有 ${items.length} 条通知：`;
  const tail = '。详情请登录查看。';
  let list = '';
  for (const [k, i] of items.entries()) {
    const next = `${list}${k ? '；' : ''}${i.subject}`;
    if ((head + next + tail).length > SMS_DIGEST_MAX_CHARS) { list += `${k ? '；' : ''}等`; break; }
    list = next;
  }
  return { subject, body: head + list + tail };
}

/** The day (YYYY-MM-DD) in China of an instant. */

/** Writes one digest per person and channel with held messages; returns how many digests were written. */
export async function runDailyDigest(db: AnyDB, now: Date): Promise<number> {
  const groups = await t(db).selectFrom('notification').select(['accountId', 'channel']).where('held', '=', true).where('accountId', 'is not', null)
    .groupBy(['accountId', 'channel']).execute();
  let written = 0;
  for (const g of groups) {
    await db.transaction().execute(async (trx) => {
      const rows = await t(trx).selectFrom('notification').select(['id', 'subject', 'body', 'jurisdictionCode', 'phone'])
        .where('held', '=', true).where('accountId', '=', g.accountId).where('channel', '=', g.channel).orderBy('id').forUpdate().skipLocked().execute();
      if (rows.length === 0) return;
      const text = digestText(rows, g.channel, chinaDate(now));
      const last = rows.at(-1)!;
      const d = await t(trx).insertInto('notification').values({
        channel: g.channel, accountId: g.accountId, phone: g.channel === 'sms' ? last.phone : null, jurisdictionCode: last.jurisdictionCode,
        kind: 'digest', subject: text.subject, body: text.body, link: null, dedupeKey: `digest:${g.accountId}:${g.channel}:${last.id}`,
        sentAt: g.channel === 'inApp' ? now : null, readAt: null, held: false, digestId: null, deliveryRef: null, lastError: null,
      }).returning('id').executeTakeFirstOrThrow();
      await t(trx).updateTable('notification').set({ held: false, digestId: d.id, ...(g.channel === 'inApp' ? { sentAt: sql<Date>`${now}` } : {}) })
        .where('id', 'in', rows.map((r) => r.id)).execute();
      written++;
    });
  }
  return written;
}
