// Use cases of the service desk (前台受理、后台审批, seed 002 §二(二)) and errands (民事代办,
// seed 001 §二(一)): the county's catalogue of services, requests filed by a resident online or by
// staff at the desk on the resident's behalf, their states and timeline, due dates in working days,
// overdue alerts to the township, and errands run to an office for a resident.
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { systemCapacity, write, type Write } from '../../core/access/guard.ts';
import type { Capacity } from '../../core/audit/audit.ts';
import { accountByResident, accountsReaching, departmentsServing, departmentsUnder, getDepartment, type Department } from '../../core/access/service.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { CalendarNotCoveredError, type WorkingCalendar } from '../../core/calendar/calendar.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { levelOf, prefixOf } from '../../core/jurisdiction-codes.ts';
import { requireVillage } from '../jurisdictions/service.ts';
import { residentsBasic } from '../people/service.ts';
import { allowedMoves, checkHolder, checkTransition, dueDate, dueDateAfterWaiting, isOverdue, isTerminal, routesOnMove, stateLabels, type BackOfficeKind, type RequestState } from './rules.ts';
import type { ServiceTables } from './tables.ts';
import { chinaDate } from '../../core/time.ts';

const t = (db: AnyDB) => ownTables<ServiceTables>(db);
export const countyOf = (code: string) => `${code.slice(0, 6)}000000`;

// ---------------------------------------------------------------- catalogue

export interface CatalogInput {
  code: string; name: string; description?: string | undefined; office: string; documents: string[]; workingDays: number; active?: boolean | undefined;
  /** The kind of department that does the back office; requests are routed to it on acceptance. */
  departmentKind?: BackOfficeKind | null | undefined;
}

interface ItemRow { id: number; countyCode: string; code: string; name: string; description: string; office: string; documents: unknown; workingDays: number; active: boolean; departmentKind: string | null }
const itemOut = (r: ItemRow) => ({ ...r, documents: (r.documents as string[]) ?? [], departmentKind: r.departmentKind as BackOfficeKind | null });

/** The catalogue that applies to a node: its county's services. */
export async function catalogFor(db: AnyDB, code: string, opts: { includeInactive?: boolean } = {}) {
  let q = t(db).selectFrom('serviceCatalogItem').selectAll().where('countyCode', '=', countyOf(code));
  if (!opts.includeInactive) q = q.where('active', '=', true);
  return (await q.orderBy('code').execute()).map(itemOut);
}

export async function catalogItem(db: AnyDB, countyCode: string, serviceCode: string) {
  const r = await t(db).selectFrom('serviceCatalogItem').selectAll().where('countyCode', '=', countyCode).where('code', '=', serviceCode).executeTakeFirst();
  return r ? itemOut(r) : undefined;
}

export async function addCatalogItem(w: Write, countyCode: string, input: CatalogInput) {
  if (levelOf(countyCode) !== 'county') throw AppError.validation([fieldError('params.code', 'catalog.county', bi('服务目录由县(区)维护', 'The service catalogue is kept by the county'))]);
  if (await catalogItem(w.trx, countyCode, input.code)) throw AppError.conflict(bi(`服务编码 ${input.code} 已存在`, `Service code ${input.code} already exists`), [fieldError('code', 'catalog.codeUnique', bi('服务编码重复', 'Duplicate service code'))]);
  const row = await t(w.trx).insertInto('serviceCatalogItem').values({
    countyCode, code: input.code, name: input.name, description: input.description ?? '', office: input.office,
    documents: JSON.stringify(input.documents), workingDays: input.workingDays, active: input.active ?? true, departmentKind: input.departmentKind ?? null,
  }).returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: 'services.catalog', targetType: 'serviceCatalogItem', targetId: row.id, jurisdictionCode: countyCode, after: input });
  return itemOut(row);
}

export async function updateCatalogItem(w: Write, id: number, patch: Partial<Omit<CatalogInput, 'code'>>) {
  const before = await t(w.trx).selectFrom('serviceCatalogItem').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw AppError.notFound(bi(`没有服务事项 ${id}`, `No service ${id}`));
  const set: { name?: string; description?: string; office?: string; documents?: string; workingDays?: number; active?: boolean; departmentKind?: string | null } = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.description !== undefined) set.description = patch.description;
  if (patch.office !== undefined) set.office = patch.office;
  if (patch.documents !== undefined) set.documents = JSON.stringify(patch.documents);
  if (patch.workingDays !== undefined) set.workingDays = patch.workingDays;
  if (patch.active !== undefined) set.active = patch.active;
  if (patch.departmentKind !== undefined) set.departmentKind = patch.departmentKind;
  const row = await t(w.trx).updateTable('serviceCatalogItem').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  await w.audit({ action: 'services.catalog', targetType: 'serviceCatalogItem', targetId: id, jurisdictionCode: before.countyCode, before: itemOut(before), after: patch });
  return itemOut(row);
}

/** The node a catalogue item belongs to (its county), for the guard; null when there is none. */
export async function catalogItemNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('serviceCatalogItem').select('countyCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.countyCode } : null;
}

/**
 * A demo catalogue for a county. Offices and documents follow the usual 便民服务 guides; the
 * working days are the county's service promise (data it edits), not statute.
 */
export const demoCatalog: CatalogInput[] = [
  { code: 'medical-insurance-enrolment', name: '城乡居民基本医疗保险参保登记', office: '乡镇便民服务中心（医保窗口）', documents: ['居民身份证', '户口簿'], workingDays: 3, description: '新参保、续保和信息变更' },
  { code: 'pension-enrolment', name: '城乡居民基本养老保险参保登记', office: '乡镇便民服务中心（社保窗口）', documents: ['居民身份证', '户口簿'], workingDays: 5, description: '', departmentKind: 'civilAffairsOffice' },
  { code: 'old-age-allowance', name: '高龄津贴申请', office: '乡镇民政办', documents: ['居民身份证', '户口簿', '本人银行卡（折）'], workingDays: 15, description: '80 周岁以上老年人', departmentKind: 'civilAffairsOffice' },
  { code: 'subsistence-allowance', name: '最低生活保障申请', office: '乡镇人民政府（民政办），县民政局审批', documents: ['书面申请', '居民身份证', '户口簿', '家庭经济状况核查授权书'], workingDays: 30, description: '', departmentKind: 'civilAffairsOffice' },
  { code: 'disability-card', name: '残疾人证申领', office: '县残疾人联合会', documents: ['居民身份证', '户口簿', '近期免冠照片'], workingDays: 20, description: '' },
  { code: 'temporary-assistance', name: '临时救助申请', office: '乡镇人民政府（民政办）', documents: ['书面申请', '居民身份证', '困难情况说明'], workingDays: 10, description: '', departmentKind: 'civilAffairsOffice' },
  { code: 'people-mediation', name: '人民调解申请', office: '乡镇司法所', documents: ['居民身份证', '纠纷情况说明'], workingDays: 20, description: '邻里、婚姻家庭、土地承包经营等民间纠纷', departmentKind: 'judicialOffice' },
];

export async function installDemoCatalog(w: Write, countyCode: string) {
  let n = 0;
  for (const item of demoCatalog) if (!(await catalogItem(w.trx, countyCode, item.code))) { await addCatalogItem(w, countyCode, item); n++; }
  return n;
}

// ---------------------------------------------------------------- requests

export interface Filer { accountId: number | null; label: string; role: string; onBehalf: boolean }

const byRole = (role: string) => role; // the timeline shows the role that acted, never the account name

async function notifyResident(db: AnyDB, r: { id: number; residentId: number; villageCode: string }, subject: string, body: string) {
  const acc = await accountByResident(db, r.residentId);
  if (!acc) return;
  await notify(db, [{ accountId: acc.id, jurisdictionCode: r.villageCode, kind: 'services.request', subject, body, link: `/staff/my-requests/${r.id}` }]);
}

/**
 * Files a request (online by the resident, or at the desk by staff on the resident's behalf: the
 * audit row then names the resident the staff member acted for). The due date counts the
 * catalogue's working days from the filing day; without the year's holiday calendar it stays empty.
 */
export async function fileRequest(w: Write, input: { villageCode: string; serviceCode: string; residentId: number; description: string; channel: 'desk' | 'online' | 'open311' },
  filer: Filer, cal: WorkingCalendar, now: Date) {
  const village = await requireVillage(w.trx, input.villageCode);
  const item = await catalogItem(w.trx, countyOf(village.code), input.serviceCode);
  if (!item || !item.active) throw AppError.validation([fieldError('service_code', 'services.unknownService', bi(`本县服务目录中没有「${input.serviceCode}」`, `No service "${input.serviceCode}" in the county's catalogue`))]);
  const [person] = await residentsBasic(w.trx, [input.residentId]);
  if (!person || person.jurisdictionCode !== village.code) throw AppError.validation([fieldError('residentId', 'resident.notInVillage', bi('该居民不属于本村(社区)', 'The resident does not belong to this village'))]);
  const filedOn = chinaDate(now);
  let dueOn: string | null = null;
  try { dueOn = dueDate(cal, filedOn, item.workingDays); } catch (e) { if (!(e instanceof CalendarNotCoveredError)) throw e; }
  const row = await t(w.trx).insertInto('serviceRequest').values({
    villageCode: village.code, catalogItemId: item.id, residentId: person.id, residentName: person.name, description: input.description,
    state: 'received', channel: input.channel, filedByAccountId: filer.accountId, filedByLabel: filer.label, onBehalf: filer.onBehalf,
    filedOn, dueOn, statusNote: null, createdAt: now, updatedAt: now, escalatedAt: null,
  }).returningAll().executeTakeFirstOrThrow();
  await t(w.trx).insertInto('serviceRequestEvent').values({ requestId: row.id, fromState: null, toState: 'received', note: filer.onBehalf ? '窗口代为提交' : null, actorLabel: filer.label, actorRole: byRole(filer.role), at: now, dueOn: null }).execute();
  await w.audit({
    action: 'services.file', targetType: 'serviceRequest', targetId: row.id, jurisdictionCode: village.code,
    after: { service: item.code, channel: input.channel, dueOn, ...(filer.onBehalf ? { onBehalfOf: { residentId: person.id, name: person.name } } : {}) },
  });
  await notifyResident(w.trx, row, `您的「${item.name}」申请已受理`, `受理编号 ${row.id}${dueOn ? `，承诺 ${dueOn} 前办结` : ''}；由${item.office}办理。`);
  // 后台审批: the township's officials see the new request at once.
  const officials = await accountsReaching(w.trx, 'townshipOfficial', village.code);
  await notify(w.trx, officials.map((o) => ({ accountId: o.accountId, jurisdictionCode: village.code, kind: 'services.newRequest', subject: `新的服务申请：${item.name}`, body: `${village.shortName} · ${item.office}${dueOn ? ` · ${dueOn} 前办结` : ''}`, link: `/staff/services/requests/${row.id}` })));
  return getRequest(w.trx, row.id, filedOn);
}

/** A request's village, the resident it is for (its owner) and the department it is routed to, for the guard; null when there is none. */
export async function requestNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('serviceRequest').select(['villageCode', 'residentId', 'departmentId']).where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.villageCode, ownerResidentId: r.residentId, departmentId: r.departmentId } : null;
}

const requestColumns = ['r.id', 'r.villageCode', 'r.residentId', 'r.residentName', 'r.description', 'r.state', 'r.channel', 'r.filedByLabel', 'r.onBehalf', 'r.filedOn', 'r.dueOn',
  'r.statusNote', 'r.createdAt', 'r.updatedAt', 'r.escalatedAt', 'r.departmentId', 'c.code as serviceCode', 'c.name as serviceName', 'c.office'] as const;

type Named = Map<number, { id: number; name: string }>;
/** The request as shown: its labels, whether it is overdue, and the department it is routed to. */
const withLabels = <T extends { state: RequestState; dueOn: string | null; departmentId: number | null }>({ departmentId, ...r }: T, today: string, departments: Named) => ({
  ...r, stateLabel: stateLabels[r.state], overdue: isOverdue(r.state, r.dueOn, today), department: departmentId === null ? null : departments.get(departmentId) ?? null,
});
/** The departments the rows are routed to, by id (the core's directory: this module reads no table of the core). */
async function departmentsOf(db: AnyDB, rows: { villageCode: string; departmentId: number | null }[]): Promise<Named> {
  const out: Named = new Map();
  const counties = new Set(rows.filter((r) => r.departmentId !== null).map((r) => countyOf(r.villageCode)));
  for (const c of counties) for (const d of await departmentsUnder(db, c)) out.set(d.id, { id: d.id, name: d.name });
  return out;
}

/** `today` is the server clock's date in China (never the machine's own clock: tests and journeys fix it). */
export async function getRequest(db: AnyDB, id: number, today: string) {
  const r = await t(db).selectFrom('serviceRequest as r').innerJoin('serviceCatalogItem as c', 'c.id', 'r.catalogItemId').select(requestColumns).where('r.id', '=', id).executeTakeFirst();
  if (!r) throw AppError.notFound(bi(`没有服务申请 ${id}`, `No service request ${id}`));
  const events = await t(db).selectFrom('serviceRequestEvent').select(['id', 'fromState', 'toState', 'note', 'actorRole', 'at', 'dueOn']).where('requestId', '=', id).orderBy('id').execute();
  // The moves the rules allow from here, labelled: the web app offers these and keeps no copy of the table.
  const moves = allowedMoves(r.state).map((state) => ({ state, label: stateLabels[state] }));
  const department = r.departmentId === null ? null : await getDepartment(db, r.departmentId);
  return { ...withLabels(r, today, new Map(department ? [[department.id, { id: department.id, name: department.name }]] : [])), moves, timeline: events.map((e) => ({ ...e, toLabel: stateLabels[e.toState] })) };
}

/** Requests of a village, or of every village under a township or county node. */
export async function listRequests(db: AnyDB, nodeCode: string, opts: { state?: RequestState | undefined; open?: boolean | undefined; serviceCode?: string | undefined; departmentId?: number | undefined; limit?: number }, today: string) {
  let q = t(db).selectFrom('serviceRequest as r').innerJoin('serviceCatalogItem as c', 'c.id', 'r.catalogItemId').select(requestColumns).where('r.villageCode', 'like', `${prefixOf(nodeCode)}%`);
  if (opts.departmentId !== undefined) q = q.where('r.departmentId', '=', opts.departmentId);
  if (opts.serviceCode) q = q.where('c.code', '=', opts.serviceCode);
  if (opts.state) q = q.where('r.state', '=', opts.state);
  if (opts.open) q = q.where('r.state', 'not in', ['completed', 'closedNotDone']);
  const rows = await q.orderBy('r.id', 'desc').limit(opts.limit ?? 200).execute();
  const departments = await departmentsOf(db, rows);
  return rows.map((r) => withLabels(r, today, departments));
}

export async function requestsOfResident(db: AnyDB, residentId: number, today: string) {
  const rows = await t(db).selectFrom('serviceRequest as r').innerJoin('serviceCatalogItem as c', 'c.id', 'r.catalogItemId').select(requestColumns).where('r.residentId', '=', residentId).orderBy('r.id', 'desc').limit(200).execute();
  const departments = await departmentsOf(db, rows);
  return rows.map((r) => withLabels(r, today, departments));
}

/** The department a request accepted into the back office goes to: the nearest one serving its
 * village of the kind the catalogue names for the service; none (the village committee keeps it,
 * as before) when the service names no kind or no such department serves the village. */
export async function departmentFor(db: AnyDB, villageCode: string, kind: string | null): Promise<Department | null> {
  if (!kind) return null;
  return (await departmentsServing(db, villageCode)).find((d) => d.kind === kind) ?? null;
}

/**
 * Moves a request; the resident sees the change in the timeline and is notified. Accepting it into
 * the back office routes it to its department (recorded on the request, in the timeline and the
 * audit row); from then on only that department's staff move it. `actingFor` is the department
 * the actor acts for (their grant's), null when they act as village, township or county staff.
 */
export async function moveRequest(w: Write, id: number, to: RequestState, note: string | null, who: Capacity, now: Date, actingFor: number | null = null) {
  const r = await t(w.trx).selectFrom('serviceRequest').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!r) throw AppError.notFound(bi(`没有服务申请 ${id}`, `No service request ${id}`));
  const holder = checkHolder(r, actingFor);
  if (!holder.ok) {
    const held = r.departmentId === null ? null : await getDepartment(w.trx, r.departmentId);
    const messages = holder.rule === 'request.routedToDepartment'
      ? bi(`该申请已转交${held?.name ?? `部门 ${r.departmentId}`}办理，由该部门工作人员办理`, `This request has been routed to ${held?.name ?? `department ${r.departmentId}`}; its staff handle it`)
      : held ? bi(`该申请已转交${held.name}办理，不是本部门`, `This request has been routed to ${held.name}, not to your department`)
        : bi('该申请未转交本部门办理', 'This request has not been routed to your department');
    throw AppError.forbidden(messages, { rule: holder.rule, department: held ? { id: held.id, name: held.name } : null });
  }
  const check = checkTransition(r.state, to, note);
  if (!check.ok) {
    const field = check.rule === 'request.transition' ? 'to' : 'note';
    throw new AppError(check.rule === 'request.transition' ? 'conflict' : 'validation', check.messages, [fieldError(field, check.rule, check.messages)]);
  }
  // The latest note the office wrote stays on the request (the resident reads it there and in the timeline).
  const statusNote = note?.trim() ? note.trim() : r.statusNote;
  // Leaving waitingForResident: the due date moves by the working days spent waiting (the clock
  // stopped). Without the calendar for those days the due date stays as it was.
  let dueOn = r.dueOn;
  let movedDue: string | null = null;
  if (r.state === 'waitingForResident' && r.dueOn !== null && !isTerminal(to)) {
    const since = await t(w.trx).selectFrom('serviceRequestEvent').select('at').where('requestId', '=', id).where('toState', '=', 'waitingForResident').orderBy('id', 'desc').executeTakeFirst();
    if (since) {
      try {
        const cal = await loadCalendar(w.trx);
        dueOn = dueDateAfterWaiting(cal, r.dueOn, chinaDate(since.at), chinaDate(now));
        if (dueOn !== r.dueOn) movedDue = dueOn;
      } catch (e) { if (!(e instanceof CalendarNotCoveredError)) throw e; }
    }
  }
  // Accepted into the back office: routed to the department of the service's kind serving the village.
  let routed: Department | null = null;
  if (routesOnMove(r.state, to)) {
    const item = await t(w.trx).selectFrom('serviceCatalogItem').select('departmentKind').where('id', '=', r.catalogItemId).executeTakeFirstOrThrow();
    routed = await departmentFor(w.trx, r.villageCode, item.departmentKind);
  }
  const departmentId = routed?.id ?? r.departmentId;
  const eventNote = [routed ? `转交${routed.name}办理` : null, note?.trim() || null].filter(Boolean).join('；') || null;
  await t(w.trx).updateTable('serviceRequest').set({ state: to, statusNote, dueOn, updatedAt: now, departmentId }).where('id', '=', id).execute();
  await t(w.trx).insertInto('serviceRequestEvent').values({ requestId: id, fromState: r.state, toState: to, note: eventNote, actorLabel: who.label, actorRole: who.role, at: now, dueOn: movedDue }).execute();
  await w.audit({
    action: 'services.handle', targetType: 'serviceRequest', targetId: id, jurisdictionCode: r.villageCode, before: { state: r.state, dueOn: r.dueOn },
    after: { state: to, note: note ?? null, dueOn, ...(routed ? { routedTo: { departmentId: routed.id, name: routed.name, kind: routed.kind } } : {}) },
  });
  const dueNote = movedDue ? `；办结期限顺延至 ${movedDue}` : '';
  const routedNote = routed ? `；已转交${routed.name}办理` : '';
  await notifyResident(w.trx, r, `您的申请（编号 ${id}）：${stateLabels[to]['zh-CN']}`, `${note?.trim() ? note.trim().slice(0, 120) : stateLabels[to]['zh-CN']}${routedNote}${dueNote}`);
  return getRequest(w.trx, id, chinaDate(now));
}

const JOB = 'services-overdue';

/** The daily job, as the system actor: dates requests filed before their year's calendar was
 * entered, and alerts the township's officials to overdue requests, once per request. */
export async function escalateOverdueRequests(db: AnyDB, today: string, now: Date): Promise<number> {
  // Requests filed while the due year's calendar was missing get their due date once it is entered.
  const cal = await loadCalendar(db);
  const undated = await t(db).selectFrom('serviceRequest as r').innerJoin('serviceCatalogItem as c', 'c.id', 'r.catalogItemId')
    .select(['r.id', 'r.villageCode', 'r.filedOn', 'c.workingDays']).where('r.dueOn', 'is', null).where('r.state', 'not in', ['completed', 'closedNotDone']).execute();
  for (const u of undated) {
    let dueOn: string;
    try { dueOn = dueDate(cal, u.filedOn, u.workingDays); } catch (e) { if (e instanceof CalendarNotCoveredError) continue; throw e; }
    await write(db, systemCapacity(JOB, u.villageCode), 'services.dueDate', async (w) => {
      await t(w.trx).updateTable('serviceRequest').set({ dueOn }).where('id', '=', u.id).execute();
      await w.audit({ action: 'services.dueDate', targetType: 'serviceRequest', targetId: u.id, jurisdictionCode: u.villageCode, before: { dueOn: null }, after: { dueOn } });
    });
  }
  const overdue = await t(db).selectFrom('serviceRequest as r').innerJoin('serviceCatalogItem as c', 'c.id', 'r.catalogItemId')
    .select(['r.id', 'r.villageCode', 'r.dueOn', 'r.state', 'c.name', 'c.office'])
    .where('r.state', 'not in', ['completed', 'closedNotDone']).where('r.escalatedAt', 'is', null).where('r.dueOn', '<', today).execute();
  for (const r of overdue) {
    await write(db, systemCapacity(JOB, r.villageCode), 'services.escalate', async (w) => {
      const officials = await accountsReaching(w.trx, 'townshipOfficial', r.villageCode);
      await notify(w.trx, officials.map((o) => ({
        accountId: o.accountId, jurisdictionCode: r.villageCode, kind: 'services.overdue', subject: '服务申请逾期未办结',
        body: `${r.villageCode}：「${r.name}」（编号 ${r.id}，${r.office}）应于 ${r.dueOn} 前办结，当前「${stateLabels[r.state]['zh-CN']}」`,
        link: `/staff/services/requests/${r.id}`, dedupeKey: `serviceOverdue:${r.id}:${o.accountId}`,
      })));
      await t(w.trx).updateTable('serviceRequest').set({ escalatedAt: now }).where('id', '=', r.id).execute();
      await w.audit({ action: 'services.escalate', targetType: 'serviceRequest', targetId: r.id, jurisdictionCode: r.villageCode, before: { escalatedAt: null }, after: { escalatedAt: now, dueOn: r.dueOn } });
    });
  }
  return overdue.length;
}

// ---------------------------------------------------------------- errands (民事代办)

/** What an errand shows: everything but the runner's account number (an internal key). */
const errandColumns = ['id', 'villageCode', 'requestId', 'residentId', 'residentName', 'office', 'matter', 'handedOver', 'returned', 'state', 'runnerLabel', 'startedOn', 'returnedOn'] as const;

export async function startErrand(w: Write, villageCode: string, input: { residentId: number; requestId?: number | null | undefined; office: string; matter: string; handedOver: string },
  runner: { accountId: number | null; label: string }, today: string) {
  await requireVillage(w.trx, villageCode);
  const [person] = await residentsBasic(w.trx, [input.residentId]);
  if (!person || person.jurisdictionCode !== villageCode) throw AppError.validation([fieldError('residentId', 'resident.notInVillage', bi('该居民不属于本村(社区)', 'The resident does not belong to this village'))]);
  if (input.requestId != null) {
    const r = await t(w.trx).selectFrom('serviceRequest').select(['villageCode', 'residentId']).where('id', '=', input.requestId).executeTakeFirst();
    if (!r || r.villageCode !== villageCode || r.residentId !== person.id) throw AppError.validation([fieldError('requestId', 'errand.request', bi('该申请不是这位居民在本村(社区)的申请', 'No such request of this resident in this village'))]);
  }
  const row = await t(w.trx).insertInto('errand').values({
    villageCode, requestId: input.requestId ?? null, residentId: person.id, residentName: person.name, office: input.office, matter: input.matter,
    handedOver: input.handedOver, returned: null, state: 'out', runnerAccountId: runner.accountId, runnerLabel: runner.label, startedOn: today, returnedOn: null,
  }).returning(errandColumns).executeTakeFirstOrThrow();
  await w.audit({ action: 'services.errand', targetType: 'errand', targetId: row.id, jurisdictionCode: villageCode, after: { office: input.office, matter: input.matter, handedOver: input.handedOver, onBehalfOf: { residentId: person.id, name: person.name } } });
  const acc = await accountByResident(w.trx, person.id);
  if (acc) await notify(w.trx, [{ accountId: acc.id, jurisdictionCode: villageCode, kind: 'services.errand', subject: `代办：${input.matter}`, body: `已将材料（${input.handedOver}）送至${input.office}`, link: '/staff/my-requests' }]);
  return row;
}

/** An errand's village and the resident it is run for, for the guard; null when there is none. */
export async function errandNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('errand').select(['villageCode', 'residentId']).where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.villageCode, ownerResidentId: r.residentId } : null;
}

export async function returnErrand(w: Write, id: number, returned: string, today: string) {
  const e = await t(w.trx).selectFrom('errand').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
  if (e.state === 'returned') throw AppError.conflict(bi('该代办已登记带回', 'This errand has already come back'));
  const row = await t(w.trx).updateTable('errand').set({ state: 'returned', returned, returnedOn: today }).where('id', '=', id).returning(errandColumns).executeTakeFirstOrThrow();
  await w.audit({ action: 'services.errand', targetType: 'errand', targetId: id, jurisdictionCode: e.villageCode, before: { state: 'out' }, after: { state: 'returned', returned } });
  const acc = await accountByResident(w.trx, e.residentId);
  if (acc) await notify(w.trx, [{ accountId: acc.id, jurisdictionCode: e.villageCode, kind: 'services.errand', subject: `代办已办回：${e.matter}`, body: `带回：${returned}`, link: '/staff/my-requests' }]);
  return row;
}

export async function listErrands(db: AnyDB, villageCode: string) {
  return t(db).selectFrom('errand').select(errandColumns).where('villageCode', '=', villageCode).orderBy('id', 'desc').limit(200).execute();
}

export async function errandsOfResident(db: AnyDB, residentId: number) {
  return t(db).selectFrom('errand').select(['id', 'office', 'matter', 'handedOver', 'returned', 'state', 'startedOn', 'returnedOn']).where('residentId', '=', residentId).orderBy('id', 'desc').execute();
}

