// The audit log: every write records who did it, in which capacity (role + jurisdiction),
// what, to which target, and a before/after summary, in the same transaction as the write,
// so a change without its audit row cannot exist. Rows are append-only (database trigger).
// Summaries must never contain ID numbers or phones: modules pass masked summaries.
import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import type { AnyDB } from '../db/database.ts';
import type { Bilingual } from '../errors.ts';

export interface AuditTables {
  auditLog: {
    id: Generated<number>;
    at: Generated<Date>;
    actorAccountId: number | null;
    actorLabel: string;
    capacityRole: string;
    capacityCode: string | null;
    action: string;
    targetType: string;
    targetId: string;
    jurisdictionCode: string;
    before: unknown;
    after: unknown;
  };
}

export interface Capacity { accountId: number | null; label: string; role: string; code: string | null }

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | number;
  /** The node the target belongs to: decides which supervisors can read the entry. */
  jurisdictionCode: string;
  before?: unknown;
  after?: unknown;
}

// The audit log's vocabulary is closed: the actions and audit names the manifests declare,
// registered when the platform opens. A row with any other action is refused, so the log
// cannot fill with free-form strings that no reader (or label) knows.
const vocabulary = new Map<string, Bilingual>();

/** Adds a module's declared names (called by openPlatform for every manifest). */
export function declareAuditActions(names: Iterable<[string, Bilingual]>): void {
  for (const [name, label] of names) vocabulary.set(name, label);
}

export function auditLabel(action: string): Bilingual | null {
  return vocabulary.get(action) ?? null;
}

export function assertAuditAction(action: string): void {
  if (!vocabulary.has(action)) throw new Error(`audit action ${action} is not declared by any manifest`);
}

// The transactions that have recorded an audit row: write() refuses to commit one that has not.
const audited = new WeakSet<object>();

export function hasAudit(trx: AnyDB): boolean {
  return audited.has(trx);
}

export async function recordAudit(trx: AnyDB, who: Capacity, e: AuditEntry): Promise<void> {
  assertAuditAction(e.action);
  audited.add(trx);
  const db = trx as Kysely<AuditTables>;
  await db.insertInto('auditLog').values({
    actorAccountId: who.accountId,
    actorLabel: who.label,
    capacityRole: who.role,
    capacityCode: who.code,
    action: e.action,
    targetType: e.targetType,
    targetId: String(e.targetId),
    jurisdictionCode: e.jurisdictionCode,
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
  }).execute();
}

export async function listAudit(db: AnyDB, prefix: string, opts: { before?: number | undefined; limit: number }) {
  const q = (db as Kysely<AuditTables>).selectFrom('auditLog').selectAll()
    .where('jurisdictionCode', 'like', `${prefix}%`)
    .orderBy('id', 'desc').limit(opts.limit);
  return (opts.before ? q.where('id', '<', opts.before) : q).execute();
}

export const auditMigrations: Record<string, Migration> = {
  '202611220002_audit_log': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE audit_log (
          id bigserial PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          actor_account_id integer,
          actor_label text NOT NULL,
          capacity_role text NOT NULL,
          capacity_code varchar(12),
          action text NOT NULL,
          target_type text NOT NULL,
          target_id text NOT NULL,
          jurisdiction_code varchar(12) NOT NULL,
          before jsonb,
          after jsonb
        );
        CREATE INDEX audit_log_scope_idx ON audit_log(jurisdiction_code text_pattern_ops, id DESC);
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_log is append-only';
        END $$;
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      `.execute(db);
    },
  },
};
