// Work admission (社区工作准入) and the signboard register: use cases over the module's own tables.
import type { Write } from '../../core/access/guard.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { AppError, bi, fieldError, type Bilingual } from '../../core/errors.ts';
import { covers, levelOf } from '../../core/jurisdiction-codes.ts';
import { accountsReaching } from '../../core/access/service.ts';
import { ownTables } from '../../core/module.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import {
  decideSignboard, decideWorkRequest, dutyListLabels, MINFA_2015_136, villageMayRefuse,
  type DutyList, type Placement, type SignboardKind, type WorkRequestStatus,
} from './rules.ts';
import type { AdmissionTables } from './tables.ts';

const t = (db: AnyDB) => ownTables<AdmissionTables>(db);
export const countyOf = (code: string) => `${code.slice(0, 6)}000000`;

// --- the three lists

export async function listItems(db: AnyDB, countyCode: string) {
  return t(db).selectFrom('dutyListItem').select(['id', 'list', 'title', 'basis', 'department', 'fromRequestId', 'createdAt'])
    .where('countyCode', '=', countyCode).where('retiredAt', 'is', null).orderBy('list').orderBy('id').execute();
}

export interface ItemInput { list: DutyList; title: string; basis: string; department?: string | null | undefined }

export async function addItem(w: Write, countyCode: string, input: ItemInput, now: Date, fromRequestId: number | null = null) {
  const dup = await t(w.trx).selectFrom('dutyListItem').select('id').where('countyCode', '=', countyCode).where('title', '=', input.title).where('retiredAt', 'is', null).executeTakeFirst();
  if (dup) throw AppError.conflict(bi(`清单中已有“${input.title}”`, `“${input.title}” is already on a list`), [fieldError('title', 'dutyList.duplicate', bi('事项名称重复', 'Duplicate item title'))]);
  const row = await t(w.trx).insertInto('dutyListItem').values({ countyCode, list: input.list, title: input.title, basis: input.basis, department: input.department ?? null, fromRequestId, createdAt: now, retiredAt: null })
    .returning(['id', 'list', 'title', 'basis', 'department', 'fromRequestId', 'createdAt']).executeTakeFirstOrThrow();
  await w.audit({ action: 'admission.lists', targetType: 'dutyListItem', targetId: row.id, jurisdictionCode: countyCode, after: row });
  return row;
}

export async function updateItem(w: Write, id: number, patch: Partial<ItemInput>) {
  const before = await t(w.trx).selectFrom('dutyListItem').selectAll().where('id', '=', id).where('retiredAt', 'is', null).executeTakeFirst();
  if (!before) throw AppError.notFound(bi('没有该清单事项', 'No such list item'));
  const row = await t(w.trx).updateTable('dutyListItem').set({
    ...(patch.list ? { list: patch.list } : {}), ...(patch.title ? { title: patch.title } : {}), ...(patch.basis ? { basis: patch.basis } : {}),
    ...(patch.department !== undefined ? { department: patch.department } : {}),
  }).where('id', '=', id).returning(['id', 'list', 'title', 'basis', 'department', 'fromRequestId', 'createdAt']).executeTakeFirstOrThrow();
  await w.audit({ action: 'admission.lists', targetType: 'dutyListItem', targetId: id, jurisdictionCode: before.countyCode, before, after: row });
  return row;
}

export async function retireItem(w: Write, id: number, now: Date) {
  const row = await t(w.trx).updateTable('dutyListItem').set({ retiredAt: now }).where('id', '=', id).where('retiredAt', 'is', null).returning(['countyCode', 'title']).executeTakeFirst();
  if (!row) throw AppError.notFound(bi('没有该清单事项', 'No such list item'));
  await w.audit({ action: 'admission.lists', targetType: 'dutyListItem', targetId: id, jurisdictionCode: row.countyCode, after: { retired: row.title } });
}

/** The node a list item belongs to (its county), for the guard; null when there is none. */
export async function itemNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('dutyListItem').select('countyCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.countyCode } : null;
}

// --- work requests

export interface WorkRequestInput {
  /** The department the work is for; filed by a department's own staff, their department's name. */
  department?: string | undefined; title: string; description: string; listItemId: number | null; villageCodes: string[];
  fundingFen?: number | null | undefined; fundingSource?: string | null | undefined; conditions?: string | null | undefined;
  requiresDedicatedOffice?: boolean | undefined; requiresDedicatedStaff?: boolean | undefined;
}

type WorkRequestRow = AdmissionTables['workRequest'];

async function itemOf(db: AnyDB, id: number | null, countyCode: string) {
  if (id == null) return null;
  const item = await t(db).selectFrom('dutyListItem').selectAll().where('id', '=', id).where('retiredAt', 'is', null).executeTakeFirst();
  if (!item || item.countyCode !== countyCode) throw AppError.validation([fieldError('listItemId', 'dutyList.unknown', bi('所选清单事项不存在', 'No such item on the county\'s lists'))]);
  return item;
}

/** Files a department's request and decides it at once by the rule; unlisted ones wait for the county.
 * `asDepartment`: the department the filer acts for (their grant's), whose name the request carries. */
export async function fileWorkRequest(w: Write, atCode: string, filedBy: string, input: WorkRequestInput, now: Date, asDepartment: { name: string } | null = null) {
  const countyCode = countyOf(atCode);
  const given = input.department?.trim() || null;
  if (asDepartment && given && given !== asDepartment.name) {
    throw AppError.validation([fieldError('department', 'admission.ownDepartment', bi(`您以${asDepartment.name}工作人员身份提交，部门须为“${asDepartment.name}”`, `You file as staff of ${asDepartment.name}; the department must be "${asDepartment.name}"`))]);
  }
  const department = asDepartment?.name ?? given;
  if (!department) throw AppError.validation([fieldError('department', 'admission.departmentRequired', bi('请填写提出事项的部门', 'Name the department the work is for'))]);
  input = { ...input, department };
  const villages = [...new Set(input.villageCodes)];
  if (villages.length === 0) throw AppError.validation([fieldError('villageCodes', 'villageCodes.required', bi('请选择至少一个村(社区)', 'Choose at least one village'))]);
  for (const [i, v] of villages.entries()) {
    if (!covers(atCode, v) || levelOf(v) !== 'village') throw AppError.validation([fieldError(`villageCodes.${i}`, 'villageCodes.outside', bi(`${v} 不是您辖区内的村(社区)`, `${v} is not a village under ${atCode}`))]);
    await requireVillage(w.trx, v);
  }
  const item = await itemOf(w.trx, input.listItemId, countyCode);
  const facts = {
    item: item ? { list: item.list, title: item.title, basis: item.basis } : null,
    fundingFen: input.fundingFen ?? null, fundingSource: input.fundingSource ?? null, conditions: input.conditions ?? null,
    requiresDedicatedOffice: !!input.requiresDedicatedOffice, requiresDedicatedStaff: !!input.requiresDedicatedStaff,
  };
  const d = decideWorkRequest(facts);
  const status: WorkRequestRow['status'] = d.outcome;
  const row = await t(w.trx).insertInto('workRequest').values({
    countyCode, filedAtCode: atCode, filedBy, department, title: input.title, description: input.description,
    listItemId: item?.id ?? null, villageCodes: JSON.stringify(villages), fundingFen: facts.fundingFen, fundingSource: facts.fundingSource, conditions: facts.conditions,
    requiresDedicatedOffice: facts.requiresDedicatedOffice, requiresDedicatedStaff: facts.requiresDedicatedStaff,
    status, rule: d.rule, basis: d.basis, reason: JSON.stringify(d.reason), missing: JSON.stringify(d.outcome === 'refused' ? d.missing : []),
    countyNote: null, decidedAt: d.outcome === 'countyReview' ? null : now, createdAt: now,
  }).returning('id').executeTakeFirstOrThrow();
  await t(w.trx).insertInto('villageTask').values(villages.map((v) => ({ workRequestId: row.id, villageCode: v, refusedAt: null, refusalReason: null }))).execute();
  await w.audit({ action: 'admission.file', targetType: 'workRequest', targetId: row.id, jurisdictionCode: atCode, after: { department, title: input.title, villages, status, rule: d.rule } });
  // The villages learn of every task meant for them (admitted ones to do, others they may refuse);
  // the county officers of one that waits for their decision.
  const committees = [];
  for (const v of villages) committees.push(...(await accountsReaching(w.trx, 'committeeMember', v)).filter((a) => a.jurisdictionCode === v));
  await notify(w.trx, committees.map((a) => ({
    accountId: a.accountId, jurisdictionCode: a.jurisdictionCode, kind: `admission.${status}`,
    subject: status === 'admitted' ? `新的工作事项：${input.title}` : status === 'refused' ? `已拒绝进入的事项：${input.title}` : `待县级准入的事项：${input.title}`,
    body: `${department}：${d.reason['zh-CN']}`.slice(0, 200), link: `/staff/admission/tasks?at=${a.jurisdictionCode}`, dedupeKey: `work:${row.id}:${a.accountId}`,
  })));
  if (status === 'countyReview') {
    const officers = (await accountsReaching(w.trx, 'countyOfficer', countyCode)).filter((a) => a.jurisdictionCode === countyCode);
    await notify(w.trx, officers.map((a) => ({
      accountId: a.accountId, jurisdictionCode: countyCode, kind: 'admission.countyReview', subject: `工作事项待准入审批：${input.title}`,
      body: `${department}，涉及 ${villages.length} 个村(社区)`, link: `/staff/admission/requests?at=${countyCode}`, dedupeKey: `work:${row.id}:county:${a.accountId}`,
    })));
  }
  return getWorkRequest(w.trx, row.id);
}

export async function getWorkRequest(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('workRequest').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw AppError.notFound(bi('没有该工作事项申请', 'No such work request'));
  const item = r.listItemId ? await t(db).selectFrom('dutyListItem').select(['id', 'list', 'title', 'basis']).where('id', '=', r.listItemId).executeTakeFirst() : null;
  const tasks = await t(db).selectFrom('villageTask').select(['villageCode', 'refusedAt', 'refusalReason']).where('workRequestId', '=', id).orderBy('villageCode').execute();
  return { ...r, villageCodes: r.villageCodes as string[], reason: r.reason as Bilingual, missing: r.missing as string[], item: item ?? null, listLabel: item ? dutyListLabels[item.list] : null, tasks };
}

export async function listWorkRequests(db: AnyDB, code: string) {
  const rows = await t(db).selectFrom('workRequest').select(['id']).where('countyCode', '=', countyOf(code)).orderBy('id', 'desc').limit(500).execute();
  const out = [];
  for (const { id } of rows) {
    const r = await getWorkRequest(db, id);
    if (covers(code, r.filedAtCode) || r.villageCodes.some((v) => covers(code, v))) out.push(r);
  }
  return out;
}

/** The node a work request belongs to, for the guard: where it was filed (a township, or the county
 * itself), so the filer's township and the county above it reach it; null when there is none. */
export async function workRequestNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('workRequest').select('filedAtCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.filedAtCode } : null;
}

/**
 * The county's admission decision on an unlisted request. It extends a list (UCOL Art.20): admitted
 * as a duty or an assisted matter (then decided by the rule: an assisted one still needs funding
 * and conditions), or refused onto the negative list.
 */
export async function countyDecision(w: Write, id: number, input: { decision: 'admit' | 'refuse'; list?: 'statutoryDuties' | 'assistedMatters' | undefined; basis: string; note?: string | null | undefined }, now: Date) {
  const r = await t(w.trx).selectFrom('workRequest').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!r) throw AppError.notFound(bi('没有该工作事项申请', 'No such work request'));
  if (r.status !== 'countyReview') throw AppError.conflict(bi('该申请已有决定，不能再审批', 'This request has already been decided'), [fieldError('status', 'admission.alreadyDecided', bi('已决定', 'Already decided'))]);
  if (input.decision === 'admit' && !input.list) throw AppError.validation([fieldError('list', 'admission.listRequired', bi('准入须选择列入依法履职事项或协助办理事项清单', 'Choose the list the admitted item joins'))]);
  const list: DutyList = input.decision === 'admit' ? input.list! : 'negativeMatters';
  const item = await addItem(w, r.countyCode, { list, title: r.title, basis: input.basis, department: r.department }, now, id);
  const d = decideWorkRequest({
    item: { list, title: item.title, basis: item.basis }, fundingFen: r.fundingFen, fundingSource: r.fundingSource, conditions: r.conditions,
    requiresDedicatedOffice: r.requiresDedicatedOffice, requiresDedicatedStaff: r.requiresDedicatedStaff,
  });
  const status = d.outcome === 'countyReview' ? 'countyReview' as const : d.outcome;
  await t(w.trx).updateTable('workRequest').set({
    listItemId: item.id, status, rule: d.rule, basis: d.basis, reason: JSON.stringify(d.reason), missing: JSON.stringify(d.outcome === 'refused' ? d.missing : []),
    countyNote: input.note ?? null, decidedAt: now,
  }).where('id', '=', id).execute();
  await w.audit({ action: 'admission.decide', targetType: 'workRequest', targetId: id, jurisdictionCode: r.countyCode, before: { status: r.status }, after: { decision: input.decision, list, status, itemId: item.id } });
  return getWorkRequest(w.trx, id);
}

// --- a village's tasks

export async function villageTasks(db: AnyDB, villageCode: string) {
  const rows = await t(db).selectFrom('villageTask as v').innerJoin('workRequest as r', 'r.id', 'v.workRequestId')
    .leftJoin('dutyListItem as i', 'i.id', 'r.listItemId')
    .select(['v.id', 'v.refusedAt', 'v.refusalReason', 'r.id as requestId', 'r.department', 'r.title', 'r.description', 'r.status', 'r.rule', 'r.basis', 'r.reason', 'r.fundingFen', 'r.fundingSource', 'r.conditions', 'r.createdAt', 'i.list'])
    .where('v.villageCode', '=', villageCode).orderBy('v.id', 'desc').execute();
  return rows.map((r) => {
    const status: WorkRequestStatus = r.refusedAt ? 'villageRefused' : r.status;
    return { ...r, reason: r.reason as Bilingual, list: r.list ?? null, status, mayRefuse: villageMayRefuse(status).ok };
  });
}

/** The village a task is for, for the guard; null when there is none. */
export async function taskNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('villageTask').select('villageCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.villageCode } : null;
}

/** The village refuses a task that was not admitted (民发〔2015〕136号). */
export async function refuseTask(w: Write, id: number, reason: string | null | undefined, now: Date) {
  const row = await t(w.trx).selectFrom('villageTask as v').innerJoin('workRequest as r', 'r.id', 'v.workRequestId')
    .select(['v.id', 'v.villageCode', 'v.refusedAt', 'r.status', 'r.title']).where('v.id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound(bi('没有该事项', 'No such task'));
  const ok = villageMayRefuse(row.refusedAt ? 'villageRefused' : row.status);
  if (!ok.ok) throw AppError.conflict(ok.reason, [fieldError('status', ok.rule, ok.reason)]);
  const text = reason?.trim() || `未经准入，依据${MINFA_2015_136}拒绝`;
  await t(w.trx).updateTable('villageTask').set({ refusedAt: now, refusalReason: text }).where('id', '=', id).execute();
  await w.audit({ action: 'admission.refuse', targetType: 'villageTask', targetId: id, jurisdictionCode: row.villageCode, after: { title: row.title, reason: text } });
}

// --- signboards

export async function signboards(db: AnyDB, villageCode: string) {
  const rows = await t(db).selectFrom('signboard').selectAll().where('villageCode', '=', villageCode).orderBy('id').execute();
  return rows.map((r) => ({ ...r, reason: r.reason as Bilingual }));
}

/** The village a plaque hangs in (or is asked for), for the guard; null when there is none. */
export async function signboardNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('signboard').select('villageCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.villageCode } : null;
}

/** A request to hang a plaque, decided by the signboard rule; a department's inside plaque waits for the county. */
export async function requestSignboard(w: Write, villageCode: string, requestedBy: string, input: { name: string; issuingBody: string; kind: SignboardKind; placement: Placement }, now: Date) {
  await requireVillage(w.trx, villageCode);
  const d = decideSignboard(input.kind, input.placement, false);
  const status = d.outcome === 'allowed' ? 'hanging' as const : d.outcome;
  const row = await t(w.trx).insertInto('signboard').values({
    villageCode, name: input.name, issuingBody: input.issuingBody, kind: input.kind, placement: input.placement, status, rule: d.rule, reason: JSON.stringify(d.reason),
    admissionItemId: null, requestedBy, createdAt: now, decidedAt: d.outcome === 'countyReview' ? null : now,
  }).returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: 'admission.signboard', targetType: 'signboard', targetId: row.id, jurisdictionCode: villageCode, after: { name: input.name, placement: input.placement, status } });
  return { ...row, reason: row.reason as Bilingual };
}

export async function decideSignboardRequest(w: Write, id: number, input: { decision: 'admit' | 'refuse'; basis: string }, now: Date) {
  const s = await t(w.trx).selectFrom('signboard').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!s) throw AppError.notFound(bi('没有该牌子', 'No such signboard'));
  if (s.status !== 'countyReview') throw AppError.conflict(bi('该挂牌申请已有决定', 'This signboard request has already been decided'), [fieldError('status', 'admission.alreadyDecided', bi('已决定', 'Already decided'))]);
  const countyCode = countyOf(s.villageCode);
  // The admission record is an item on the county's lists: admitted plaques as assisted matters,
  // refused ones on the negative list, so the next request for the same plaque is decided at once.
  const title = `挂牌：${s.issuingBody}“${s.name}”`;
  const existing = await t(w.trx).selectFrom('dutyListItem').selectAll().where('countyCode', '=', countyCode).where('title', '=', title).where('retiredAt', 'is', null).executeTakeFirst();
  const item = existing ?? await addItem(w, countyCode, { list: input.decision === 'admit' ? 'assistedMatters' : 'negativeMatters', title, basis: input.basis, department: s.issuingBody }, now);
  const admitted = input.decision === 'admit';
  const d = decideSignboard(s.kind, s.placement, admitted);
  const status = d.outcome === 'allowed' ? 'hanging' as const : 'refused' as const;
  const reason = admitted ? d.reason : bi(`县级未予准入。依据：${input.basis}`, `Not admitted by the county. Basis: ${input.basis}`);
  await t(w.trx).updateTable('signboard').set({ status, rule: admitted ? d.rule : 'signboard.refusedByCounty', reason: JSON.stringify(reason), admissionItemId: item.id, decidedAt: now }).where('id', '=', id).execute();
  await w.audit({ action: 'admission.decide', targetType: 'signboard', targetId: id, jurisdictionCode: s.villageCode, after: { decision: input.decision, status, itemId: item.id } });
}

export async function removeSignboard(w: Write, id: number, now: Date) {
  const s = await t(w.trx).updateTable('signboard').set({ status: 'removed', decidedAt: now }).where('id', '=', id).where('status', '=', 'hanging').returning(['villageCode', 'name']).executeTakeFirst();
  if (!s) throw AppError.conflict(bi('只有在挂的牌子可以摘除', 'Only a hanging plaque can be removed'));
  await w.audit({ action: 'admission.signboard', targetType: 'signboard', targetId: id, jurisdictionCode: s.villageCode, after: { removed: s.name } });
}

export async function signboardRequestsForCounty(db: AnyDB, code: string) {
  const rows = await t(db).selectFrom('signboard').selectAll().where('status', '=', 'countyReview').where('villageCode', 'like', `${code.slice(0, 6)}%`).orderBy('id').execute();
  return rows.filter((r) => covers(code, r.villageCode)).map((r) => ({ ...r, reason: r.reason as Bilingual }));
}
