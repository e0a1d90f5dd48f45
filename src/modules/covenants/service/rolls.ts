// 红黑榜 (seed 004 §三(五) 3; seed 001 §二(三)): the evaluation group of the village (committee
// members, group leaders, supervisory committee members) records commendations (honour roll,
// public) and breaches (warning roll) against a clause of the covenant in force, with evidence.
// The warning roll is shown only to the village's own residents and staff, names the clause,
// can be appealed (decided, with a reason, by a member of the group other than the one who
// recorded it) and expires after the period the village set. An entry cannot impose a penalty:
// its text goes through the same legality screen as the covenant.
import type { Selectable } from 'kysely';
import { AppError, bi, fieldError } from '../../../core/errors.ts';
import { ownTables } from '../../../core/module.ts';
import type { AnyDB } from '../../../core/db/database.ts';
import type { Write } from '../../../core/access/guard.ts';
import { residentsBasic, villageOfResident } from '../../people/service.ts';
import { clausesOf, warningExpiry } from '../rules.ts';
import { screenText } from '../screen.ts';
import type { Chapter, CovenantTables } from '../tables.ts';
import { covenantOf, getVersion } from './revision.ts';

const t = (db: AnyDB) => ownTables<CovenantTables>(db);

export interface RollInput { kind: 'honor' | 'warning'; residentId?: number | undefined; personName?: string | undefined; clauseId: string; description: string; evidence: string; recordedOn: string }

export async function recordRollEntry(w: Write, code: string, input: RollInput, by: { accountId: number; label: string }, today: string, now: Date) {
  const covenant = await covenantOf(w.trx, code);
  if (!covenant?.inForceVersionId) throw AppError.conflict(bi('本村（社区）还没有施行中的公约', 'No covenant is in force here'));
  const v = await getVersion(w.trx, covenant.inForceVersionId);
  const clause = clausesOf(v.chapters as Chapter[]).find((c) => c.id === input.clauseId);
  if (!clause) throw AppError.validation([fieldError('clauseId', 'covenant.roll.clause', bi('施行中的公约没有这一条', 'The covenant in force has no such clause'))]);
  if (input.recordedOn > today) throw AppError.validation([fieldError('recordedOn', 'covenant.roll.date', bi('日期不能晚于今天', 'The date is in the future'))]);
  let name = input.personName?.trim() ?? '';
  if (input.residentId !== undefined) {
    const owner = await villageOfResident(w.trx, input.residentId).catch(() => null);
    if (owner !== code) throw AppError.validation([fieldError('residentId', 'covenant.roll.resident', bi('不是本村（社区）居民', 'Not a resident of this village'))]);
    name = (await residentsBasic(w.trx, [input.residentId]))[0]!.name;
  }
  if (!name) throw AppError.validation([fieldError('personName', 'covenant.roll.person', bi('请填写姓名或选择居民', 'Name the person or pick a resident'))]);
  // No entry may carry a penalty the screen would flag (「上黑榜并罚款200元」).
  const findings = [...screenText(input.description, covenant.kind), ...screenText(input.evidence, covenant.kind)];
  if (findings.length) {
    throw AppError.validation(findings.map((f) => fieldError('description', `covenant-screen.${f.rule}`, bi(`${f.message}（${f.basis}）`, `The entry imposes a penalty a covenant may not impose (${f.rule}): ${f.excerpt}`))));
  }
  const expiresOn = input.kind === 'warning' ? warningExpiry(input.recordedOn, covenant.warningDays) : null;
  const row = await t(w.trx).insertInto('covenantRollEntry').values({
    villageCode: code, covenantId: covenant.id, kind: input.kind, residentId: input.residentId ?? null, personName: name, clauseId: clause.id, clauseLabel: clause.label, clauseText: clause.text,
    description: input.description, evidence: input.evidence, recordedOn: input.recordedOn, recordedBy: by.label, recordedByAccountId: by.accountId, expiresOn,
    appealText: null, appealedOn: null, appealDecision: null, appealReason: null, appealDecidedBy: null, createdAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'covenants.roll', targetType: 'covenantRollEntry', targetId: row.id, jurisdictionCode: code, after: { kind: input.kind, clauseId: clause.id, expiresOn } });
  return getRollEntry(w.trx, row.id);
}

export async function getRollEntry(db: AnyDB, id: number) {
  const e = await t(db).selectFrom('covenantRollEntry').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw AppError.notFound(bi(`没有榜单记录 ${id}`, `No roll entry ${id}`));
  return e;
}

const publicView = (e: Selectable<CovenantTables['covenantRollEntry']>) => ({
  id: e.id, kind: e.kind, personName: e.personName, clauseId: e.clauseId, clauseLabel: e.clauseLabel, clauseText: e.clauseText, description: e.description,
  recordedOn: e.recordedOn, expiresOn: e.expiresOn, appealed: e.appealText !== null, appealDecision: e.appealDecision, appealReason: e.appealReason,
});

/** The honour roll: public. */
export async function honorRoll(db: AnyDB, code: string) {
  const rows = await t(db).selectFrom('covenantRollEntry').selectAll().where('villageCode', '=', code).where('kind', '=', 'honor').orderBy('recordedOn', 'desc').orderBy('id', 'desc').limit(200).execute();
  return rows.map(publicView);
}

/** The warning roll as the village sees it: entries not expired and not removed on appeal. */
export async function warningRoll(db: AnyDB, code: string, today: string, opts: { staff: boolean; residentId?: number | null }) {
  let q = t(db).selectFrom('covenantRollEntry').selectAll().where('villageCode', '=', code).where('kind', '=', 'warning');
  if (!opts.staff) q = q.where('expiresOn', '>=', today).where((eb) => eb.or([eb('appealDecision', 'is', null), eb('appealDecision', '!=', 'removed')]));
  const rows = await q.orderBy('recordedOn', 'desc').orderBy('id', 'desc').limit(500).execute();
  return rows.map((e) => ({ ...publicView(e), mine: e.residentId !== null && e.residentId === (opts.residentId ?? null), ...(opts.staff ? { evidence: e.evidence, recordedBy: e.recordedBy, appealText: e.appealText, appealedOn: e.appealedOn, expired: e.expiresOn !== null && e.expiresOn < today } : {}) }));
}

/** Where a roll entry belongs and the resident it names (its owner, who may appeal); null when
 * there is none: the covenantRollEntry resource's loader. */
export async function rollEntryNode(db: AnyDB, id: number): Promise<{ villageCode: string; residentId: number | null } | null> {
  return (await t(db).selectFrom('covenantRollEntry').select(['villageCode', 'residentId']).where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The person named appeals (or the committee enters an appeal received on paper): who may is
 * the permission chain's answer (covenants.appeal lets the entry's owner act). */
export async function appeal(w: Write, id: number, text: string, today: string) {
  const e = await getRollEntry(w.trx, id);
  if (e.kind !== 'warning') throw AppError.validation([fieldError('id', 'covenant.appeal.kind', bi('只有警示榜记录可以申诉', 'Only warning-roll entries can be appealed'))]);
  if (e.appealText !== null) throw AppError.conflict(bi('已经申诉过', 'Already appealed'));
  await t(w.trx).updateTable('covenantRollEntry').set({ appealText: text, appealedOn: today }).where('id', '=', id).execute();
  await w.audit({ action: 'covenants.appeal', targetType: 'covenantRollEntry', targetId: id, jurisdictionCode: e.villageCode, after: { appealedOn: today } });
  return getRollEntry(w.trx, id);
}

export async function decideAppeal(w: Write, id: number, input: { decision: 'upheld' | 'removed'; reason: string }, by: { accountId: number; label: string }) {
  const e = await getRollEntry(w.trx, id);
  if (e.appealText === null) throw AppError.conflict(bi('没有申诉', 'There is no appeal'));
  if (e.appealDecision !== null) throw AppError.conflict(bi('申诉已经作出决定', 'The appeal has been decided'));
  if (e.recordedByAccountId === by.accountId) throw AppError.forbidden(bi('记录人不能处理针对自己记录的申诉，请由考评组其他成员决定', 'The person who recorded the entry cannot decide its appeal'));
  await t(w.trx).updateTable('covenantRollEntry').set({ appealDecision: input.decision, appealReason: input.reason, appealDecidedBy: by.label }).where('id', '=', id).execute();
  await w.audit({ action: 'covenants.appealDecision', targetType: 'covenantRollEntry', targetId: id, jurisdictionCode: e.villageCode, after: input });
  return getRollEntry(w.trx, id);
}
