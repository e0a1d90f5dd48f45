// The per-village ledger: everything published (disclosures, resolutions, election results,
// adopted covenants) is appended here as canonical JSON (RFC 8785), SHA-256 hashed and chained
// to the previous entry's hash. Rows can never be updated or deleted (database trigger); a
// correction is a new entry that names the entry it supersedes and why. Anyone can re-verify
// the chain from the stored text alone.
import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import type { AnyDB } from '../db/database.ts';
import type { Write } from '../access/guard.ts';
import { AppError, bi } from '../errors.ts';

export const GENESIS = '0'.repeat(64);

// The package is CommonJS (`module.exports = serialize`); its typings describe an ES default.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

export interface LedgerTables {
  ledgerEntry: {
    id: Generated<number>;
    villageCode: string;
    seq: number;
    kind: string;
    recordId: string;
    supersedesSeq: number | null;
    content: string;
    hash: string;
    publishedAt: Date;
  };
}
const t = (db: AnyDB) => db as unknown as Kysely<LedgerTables>;

/** What is hashed: the whole envelope, including the previous hash (that is the chain). */
export interface Envelope {
  villageCode: string;
  seq: number;
  kind: string;
  recordId: string;
  supersedesSeq: number | null;
  reason: string | null;
  payload: unknown;
  publishedAt: string;
  prevHash: string;
}

export function canonical(value: unknown): string {
  const s = canonicalize(value);
  if (s === undefined) throw new Error('cannot canonicalise undefined');
  return s;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface AppendInput {
  villageCode: string;
  kind: string;
  recordId: string | number;
  payload: unknown;
  supersedesSeq?: number | null;
  reason?: string | null;
}

export interface LedgerRecord { seq: number; kind: string; recordId: string; supersedesSeq: number | null; hash: string; prevHash: string; publishedAt: string; reason: string | null; payload: unknown }

export async function appendToLedger(w: Write, input: AppendInput, now: Date): Promise<LedgerRecord> {
  // One writer per village at a time, so sequence numbers and links never fork.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`ledger:${input.villageCode}`}))`.execute(w.trx);
  const last = await t(w.trx).selectFrom('ledgerEntry').select(['seq', 'hash', 'publishedAt']).where('villageCode', '=', input.villageCode)
    .orderBy('seq', 'desc').limit(1).executeTakeFirst();
  // The chain is also a timeline: an entry is never dated before the one it follows.
  if (last && now < last.publishedAt) {
    throw new AppError('conflict', bi(`发布时间 ${now.toISOString()} 早于账本第 ${last.seq} 条（${last.publishedAt.toISOString()}），请检查服务器时钟`,
      `Publication time ${now.toISOString()} is before ledger entry ${last.seq} (${last.publishedAt.toISOString()}); check the server clock`));
  }
  if (input.supersedesSeq != null) {
    const target = await t(w.trx).selectFrom('ledgerEntry').select('seq').where('villageCode', '=', input.villageCode).where('seq', '=', input.supersedesSeq).executeTakeFirst();
    if (!target) throw AppError.notFound(bi(`账本中没有第 ${input.supersedesSeq} 条`, `No ledger entry ${input.supersedesSeq}`));
    if (!input.reason?.trim()) throw AppError.validation([{ field: 'reason', rule: 'ledger.correctionReason', messages: bi('更正必须说明理由', 'A correction must state its reason') }]);
  }
  const envelope: Envelope = {
    villageCode: input.villageCode, seq: (last?.seq ?? 0) + 1, kind: input.kind, recordId: String(input.recordId),
    supersedesSeq: input.supersedesSeq ?? null, reason: input.reason ?? null, payload: input.payload,
    publishedAt: now.toISOString(), prevHash: last?.hash ?? GENESIS,
  };
  const content = canonical(envelope);
  const hash = sha256(content);
  await t(w.trx).insertInto('ledgerEntry').values({
    villageCode: envelope.villageCode, seq: envelope.seq, kind: envelope.kind, recordId: envelope.recordId,
    supersedesSeq: envelope.supersedesSeq, content, hash, publishedAt: now,
  }).execute();
  await w.audit({ action: 'ledger.append', targetType: 'ledgerEntry', targetId: `${envelope.villageCode}#${envelope.seq}`, jurisdictionCode: envelope.villageCode, after: { kind: envelope.kind, recordId: envelope.recordId, hash } });
  return toRecord(envelope, hash);
}

function toRecord(e: Envelope, hash: string): LedgerRecord {
  return { seq: e.seq, kind: e.kind, recordId: e.recordId, supersedesSeq: e.supersedesSeq, hash, prevHash: e.prevHash, publishedAt: e.publishedAt, reason: e.reason, payload: e.payload };
}

export interface Verification {
  villageCode: string;
  ok: boolean;
  entries: number;
  headHash: string;
  firstBroken: { seq: number; problem: 'hash' | 'link' | 'sequence' | 'canonical' | 'columns'; detail: string } | null;
}

/** Pure: checks a village's stored rows, in order, and reports the first broken link. */
export function verifyRows(villageCode: string, rows: readonly { seq: number; kind: string; recordId: string; content: string; hash: string }[]): Verification {
  let prev = GENESIS;
  let expectedSeq = 1;
  for (const r of rows) {
    const broken = (problem: NonNullable<Verification['firstBroken']>['problem'], detail: string): Verification =>
      ({ villageCode, ok: false, entries: rows.length, headHash: rows[rows.length - 1]?.hash ?? GENESIS, firstBroken: { seq: r.seq, problem, detail } });
    if (r.seq !== expectedSeq) return broken('sequence', `expected entry ${expectedSeq}, found ${r.seq}`);
    let e: Envelope;
    try { e = JSON.parse(r.content) as Envelope; } catch { return broken('canonical', 'content is not JSON'); }
    if (canonical(e) !== r.content) return broken('canonical', 'content is not in canonical form');
    if (sha256(r.content) !== r.hash) return broken('hash', 'the content does not match its hash');
    if (e.prevHash !== prev) return broken('link', 'the entry does not point at the previous entry\'s hash');
    if (e.seq !== r.seq || e.villageCode !== villageCode || e.kind !== r.kind || e.recordId !== r.recordId) return broken('columns', 'indexed columns disagree with the hashed content');
    prev = r.hash;
    expectedSeq++;
  }
  return { villageCode, ok: true, entries: rows.length, headHash: prev, firstBroken: null };
}

export async function verifyChain(db: AnyDB, villageCode: string): Promise<Verification> {
  const rows = await t(db).selectFrom('ledgerEntry').select(['seq', 'kind', 'recordId', 'content', 'hash'])
    .where('villageCode', '=', villageCode).orderBy('seq').execute();
  return verifyRows(villageCode, rows);
}

export async function villagesWithLedger(db: AnyDB, prefix = ''): Promise<string[]> {
  const rows = await t(db).selectFrom('ledgerEntry').select('villageCode').distinct().where('villageCode', 'like', `${prefix}%`).orderBy('villageCode').execute();
  return rows.map((r) => r.villageCode);
}

export async function ledgerEntries(db: AnyDB, villageCode: string, opts: { kind?: string; recordIds?: string[] } = {}): Promise<LedgerRecord[]> {
  let q = t(db).selectFrom('ledgerEntry').select(['content', 'hash']).where('villageCode', '=', villageCode);
  if (opts.kind) q = q.where('kind', '=', opts.kind);
  if (opts.recordIds) { if (opts.recordIds.length === 0) return []; q = q.where('recordId', 'in', opts.recordIds); }
  const rows = await q.orderBy('seq').execute();
  return rows.map((r) => toRecord(JSON.parse(r.content) as Envelope, r.hash));
}

export const ledgerMigrations: Record<string, Migration> = {
  '202611220004_ledger_entries': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE ledger_entry (
          id bigserial PRIMARY KEY,
          village_code varchar(12) NOT NULL,
          seq integer NOT NULL CHECK (seq >= 1),
          kind text NOT NULL,
          record_id text NOT NULL,
          supersedes_seq integer,
          content text NOT NULL,
          hash char(64) NOT NULL,
          published_at timestamptz NOT NULL,
          UNIQUE (village_code, seq)
        );
        CREATE INDEX ledger_entry_record_idx ON ledger_entry(village_code, kind, record_id);
        CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'ledger_entry is append-only: a correction is a new entry';
        END $$;
        CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON ledger_entry
          FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only();
        CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
          FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_append_only();
      `.execute(db);
    },
  },
};
