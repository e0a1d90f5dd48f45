// Recall (罢免, 组织法 Art.16): the petition and the vote, decided by the pure rule and kept.
import type { Write } from '../../core/access/guard.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { ownTables } from '../../core/module.ts';
import type { RecallInput, recall } from './rules.ts';
import type { ElectionTables } from './tables.ts';

const t = (db: AnyDB) => ownTables<ElectionTables>(db);

export async function recordRecall(w: Write, villageCode: string, input: RecallInput & { memberName: string }, outcome: ReturnType<typeof recall>, now: Date) {
  const row = await t(w.trx).insertInto('recallCase').values({
    villageCode, memberName: input.memberName, registeredVoters: input.registeredVoters, representatives: input.representatives,
    petitions: JSON.stringify(input.petitions), vote: input.vote ? JSON.stringify(input.vote) : null, outcome: JSON.stringify(outcome), createdAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'elections.recall', targetType: 'recallCase', targetId: row.id, jurisdictionCode: villageCode, after: { memberName: input.memberName, passed: outcome.passed } });
  return { id: row.id, memberName: input.memberName, ...outcome };
}

export async function listRecalls(db: AnyDB, villageCode: string) {
  const rows = await t(db).selectFrom('recallCase').selectAll().where('villageCode', '=', villageCode).orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, memberName: r.memberName, createdAt: r.createdAt, ...(r.outcome as ReturnType<typeof recall>) }));
}
