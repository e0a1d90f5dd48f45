// Use cases of the people register. ID numbers and phones leave this module masked unless a
// caller asks for personal data through `personalData`, which the routes gate and audit.
import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { settingOnce } from '../../core/settings.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { groupsOf, requireVillage } from '../jurisdictions/service.ts';
import { pinyinFull, pinyinInitials } from './rules.ts';
import { maskIdNumber, maskPhone } from '../../core/privacy.ts';
import { checkResident, type CleanResident, type Flag, type ResidentInput } from './validation.ts';
import type { PeopleTables } from './tables.ts';

// The register's pure rules other modules use (a phone number's format, age in 周岁).
export { ageOn, parsePhone } from './rules.ts';

const t = (db: AnyDB) => ownTables<PeopleTables>(db);

export interface ResidentListItem {
  id: number; name: string; gender: string; birthDate: string; idNumberMasked: string; phoneMasked: string;
  householdId: number; householdNumber: string; groupId: number | null; relationToHead: string;
  registered: boolean; habitual: boolean; partyMember: boolean; flags: Flag[];
}

/** Current flags: the latest event per flag (by effective date) decides. */
const currentFlags = (db: AnyDB) => t(db).selectFrom('residentFlagEvent as e')
  .select(['e.residentId', sql<Flag[]>`array_agg(e.flag ORDER BY e.flag)`.as('flags')])
  .where(({ not, exists, selectFrom }) => not(exists(
    selectFrom('residentFlagEvent as later').select('later.id')
      .whereRef('later.residentId', '=', 'e.residentId').whereRef('later.flag', '=', 'e.flag')
      .where((eb) => eb.or([
        eb('later.effectiveDate', '>', eb.ref('e.effectiveDate')),
        eb.and([eb('later.effectiveDate', '=', eb.ref('e.effectiveDate')), eb('later.id', '>', eb.ref('e.id'))]),
      ])),
  )))
  .where('e.value', '=', true)
  .groupBy('e.residentId');

export async function listResidents(db: AnyDB, code: string, opts: { q?: string | undefined; groupId?: number | undefined; after?: number | undefined; limit: number }) {
  let query = t(db).selectFrom('resident as r')
    .innerJoin('household as h', 'h.id', 'r.householdId')
    .leftJoin(currentFlags(db).as('f'), 'f.residentId', 'r.id')
    .select(['r.id', 'r.name', 'r.gender', 'r.birthDate', 'r.idNumber', 'r.phone', 'r.householdId', 'h.number as householdNumber',
      'h.groupId', 'r.relationToHead', 'r.registered', 'r.habitual', 'r.partyMember', 'f.flags'])
    .where('r.jurisdictionCode', '=', code);
  const q = opts.q?.trim().toLowerCase();
  if (q) {
    query = query.where((eb) => eb.or([
      eb('r.name', 'like', `%${q}%`),
      eb('r.nameInitials', 'like', `${q}%`),
      eb('r.namePinyin', 'like', `${q}%`),
      eb('h.number', '=', q),
    ]));
  }
  if (opts.groupId) query = query.where('h.groupId', '=', opts.groupId);
  if (opts.after) query = query.where('r.id', '>', opts.after);
  const rows = await query.orderBy('r.id').limit(opts.limit + 1).execute();
  const items: ResidentListItem[] = rows.slice(0, opts.limit).map(({ idNumber, phone, flags, ...r }) => ({
    ...r, idNumberMasked: maskIdNumber(idNumber), phoneMasked: phone ? maskPhone(phone) : '', flags: flags ?? [],
  }));
  return { items, nextCursor: rows.length > opts.limit ? items[items.length - 1]!.id : null };
}

export async function countResidents(db: AnyDB, code: string) {
  const r = await t(db).selectFrom('resident').select([sql<number>`count(*)::int`.as('residents'), sql<number>`count(DISTINCT household_id)::int`.as('households')])
    .where('jurisdictionCode', '=', code).executeTakeFirstOrThrow();
  return r;
}

export async function villageOfResident(db: AnyDB, id: number): Promise<string> {
  const r = await t(db).selectFrom('resident').select('jurisdictionCode').where('id', '=', id).executeTakeFirst();
  if (!r) throw AppError.notFound(bi(`没有编号为 ${id} 的居民`, `No resident ${id}`));
  return r.jurisdictionCode;
}

/** A resident's village, and the resident as the owner of their own record, for the guard; null when there is none. */
export async function residentNode(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('resident').select('jurisdictionCode').where('id', '=', id).executeTakeFirst();
  return r ? { jurisdictionCode: r.jurisdictionCode, ownerResidentId: id } : null;
}

export async function getResident(db: AnyDB, id: number) {
  const r = await t(db).selectFrom('resident as r').innerJoin('household as h', 'h.id', 'r.householdId')
    .select(['r.id', 'r.jurisdictionCode', 'r.name', 'r.gender', 'r.birthDate', 'r.idNumber', 'r.phone', 'r.householdId',
      'h.number as householdNumber', 'h.groupId', 'h.address', 'r.relationToHead', 'r.registered', 'r.habitual', 'r.partyMember', 'r.updatedAt'])
    .where('r.id', '=', id).executeTakeFirst();
  if (!r) throw AppError.notFound(bi(`没有编号为 ${id} 的居民`, `No resident ${id}`));
  const history = await t(db).selectFrom('residentFlagEvent').select(['id', 'flag', 'value', 'effectiveDate', 'note', 'recordedAt', 'recordedBy'])
    .where('residentId', '=', id).orderBy('effectiveDate', 'desc').orderBy('id', 'desc').execute();
  const flags = [...new Set(history.map((h) => h.flag))].filter((f) => history.find((h) => h.flag === f)!.value) as Flag[];
  const members = await t(db).selectFrom('resident').select(['id', 'name', 'relationToHead']).where('householdId', '=', r.householdId).orderBy('id').execute();
  const { idNumber, phone, ...rest } = r;
  return { ...rest, idNumberMasked: maskIdNumber(idNumber), phoneMasked: phone ? maskPhone(phone) : '', flags: flags.sort(), flagHistory: history, householdMembers: members };
}

export async function personalData(w: Write, id: number) {
  const r = await t(w.trx).selectFrom('resident').select(['idNumber', 'phone', 'jurisdictionCode']).where('id', '=', id).executeTakeFirstOrThrow();
  // Reading personal data is itself recorded (what was read, never the values).
  await w.audit({ action: 'people.readSensitive', targetType: 'resident', targetId: id, jurisdictionCode: r.jurisdictionCode, after: { fields: ['idNumber', 'phone'] } });
  return { idNumber: r.idNumber, phone: r.phone };
}

/** A summary for the audit log: never the ID number or phone. */
const summary = (r: Partial<CleanResident>) => ({
  ...r, ...(r.idNumber ? { idNumber: maskIdNumber(r.idNumber) } : {}), ...(r.phone ? { phone: maskPhone(r.phone) } : {}),
});

async function requireGroup(db: AnyDB, code: string, groupId: number | null | undefined) {
  if (groupId == null) return;
  const groups = await groupsOf(db, code);
  if (!groups.some((g) => g.id === groupId)) {
    throw AppError.validation([fieldError('groupId', 'group.notInVillage', bi('该小组不属于本村(社区)', 'The group does not belong to this village'))]);
  }
}

export async function listHouseholds(db: AnyDB, code: string, opts: { q?: string | undefined; after?: number | undefined; limit: number }) {
  let query = t(db).selectFrom('household as h')
    .leftJoin('resident as head', (j) => j.onRef('head.householdId', '=', 'h.id').on('head.relationToHead', '=', 'head'))
    .select(['h.id', 'h.number', 'h.groupId', 'h.address', 'head.name as headName',
      sql<number>`(SELECT count(*)::int FROM resident m WHERE m.household_id = h.id)`.as('members')])
    .where('h.jurisdictionCode', '=', code);
  if (opts.q) query = query.where((eb) => eb.or([eb('h.number', 'like', `${opts.q}%`), eb('head.name', 'like', `%${opts.q}%`)]));
  if (opts.after) query = query.where('h.id', '>', opts.after);
  const rows = await query.orderBy('h.id').limit(opts.limit + 1).execute();
  const items = rows.slice(0, opts.limit);
  return { items, nextCursor: rows.length > opts.limit ? items[items.length - 1]!.id : null };
}

export async function createHousehold(w: Write, code: string, input: { number: string; groupId?: number | null | undefined; address?: string | null | undefined }) {
  await requireVillage(w.trx, code);
  await requireGroup(w.trx, code, input.groupId);
  const dup = await t(w.trx).selectFrom('household').select('id').where('jurisdictionCode', '=', code).where('number', '=', input.number).executeTakeFirst();
  if (dup) throw AppError.conflict(bi(`户编号 ${input.number} 已存在`, `Household number ${input.number} already exists`), [fieldError('number', 'household.unique', bi('户编号重复', 'Duplicate household number'))]);
  const row = await t(w.trx).insertInto('household').values({ jurisdictionCode: code, number: input.number, groupId: input.groupId ?? null, address: input.address ?? null })
    .returning(['id', 'number', 'groupId', 'address']).executeTakeFirstOrThrow();
  await w.audit({ action: 'people.write', targetType: 'household', targetId: row.id, jurisdictionCode: code, after: input });
  return row;
}

/** A household's village, for the guard; null when there is none. */
export async function householdNode(db: AnyDB, id: number) {
  const h = await t(db).selectFrom('household').select('jurisdictionCode').where('id', '=', id).executeTakeFirst();
  return h ? { jurisdictionCode: h.jurisdictionCode } : null;
}

export async function updateHousehold(w: Write, id: number, patch: { number?: string | undefined; groupId?: number | null | undefined; address?: string | null | undefined }) {
  const cur = await t(w.trx).selectFrom('household').select(['id', 'jurisdictionCode', 'number', 'groupId', 'address']).where('id', '=', id).executeTakeFirst();
  if (!cur) throw AppError.notFound(bi(`没有编号为 ${id} 的户`, `No household ${id}`));
  await requireGroup(w.trx, cur.jurisdictionCode, patch.groupId);
  if (patch.number !== undefined && patch.number !== cur.number) {
    const dup = await t(w.trx).selectFrom('household').select('id').where('jurisdictionCode', '=', cur.jurisdictionCode).where('number', '=', patch.number).executeTakeFirst();
    if (dup) throw AppError.conflict(bi(`户编号 ${patch.number} 已存在`, `Household number ${patch.number} already exists`), [fieldError('number', 'household.unique', bi('户编号重复', 'Duplicate household number'))]);
  }
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const row = await t(w.trx).updateTable('household').set(set).where('id', '=', id).returning(['id', 'number', 'groupId', 'address']).executeTakeFirstOrThrow();
  const before = Object.fromEntries(Object.keys(set).map((k) => [k, (cur as Record<string, unknown>)[k]]));
  await w.audit({ action: 'people.write', targetType: 'household', targetId: id, jurisdictionCode: cur.jurisdictionCode, before, after: set });
  return row;
}

async function assertUniqueId(db: AnyDB, code: string, idNumber: string, exceptId?: number) {
  let q = t(db).selectFrom('resident').select('id').where('jurisdictionCode', '=', code).where('idNumber', '=', idNumber);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw AppError.conflict(bi('该身份证号已在本村(社区)登记', 'This ID number is already registered in this village'),
      [fieldError('idNumber', 'idNumber.unique', bi('身份证号重复', 'Duplicate ID number'))]);
  }
}

async function assertOneHead(db: AnyDB, householdId: number, relation: string, exceptId?: number) {
  if (relation !== 'head') return;
  let q = t(db).selectFrom('resident').select('name').where('householdId', '=', householdId).where('relationToHead', '=', 'head');
  if (exceptId) q = q.where('id', '!=', exceptId);
  const head = await q.executeTakeFirst();
  if (head) throw AppError.validation([fieldError('relationToHead', 'household.oneHead', bi(`该户已有户主 ${head.name}`, `The household already has a head (${head.name})`))]);
}

const derived = (name: string) => ({ namePinyin: pinyinFull(name), nameInitials: pinyinInitials(name) });

export async function createResident(w: Write, code: string, input: ResidentInput & { householdId: number }, today: string) {
  await requireVillage(w.trx, code);
  const checked = checkResident(input, '', today);
  if (!checked.ok) throw AppError.validation(checked.errors);
  const hh = await t(w.trx).selectFrom('household').select(['id']).where('id', '=', input.householdId).where('jurisdictionCode', '=', code).executeTakeFirst();
  if (!hh) throw AppError.validation([fieldError('householdId', 'household.notInVillage', bi('该户不属于本村(社区)', 'The household does not belong to this village'))]);
  await assertUniqueId(w.trx, code, checked.value.idNumber);
  await assertOneHead(w.trx, hh.id, checked.value.relationToHead);
  const row = await t(w.trx).insertInto('resident').values({ ...checked.value, ...derived(checked.value.name), jurisdictionCode: code, householdId: hh.id })
    .returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'people.write', targetType: 'resident', targetId: row.id, jurisdictionCode: code, after: summary(checked.value) });
  return getResident(w.trx, row.id);
}

export async function updateResident(w: Write, id: number, patch: Partial<ResidentInput> & { householdId?: number | undefined }, today: string) {
  const cur = await t(w.trx).selectFrom('resident').selectAll().where('id', '=', id).executeTakeFirst();
  if (!cur) throw AppError.notFound(bi(`没有编号为 ${id} 的居民`, `No resident ${id}`));
  const merged: ResidentInput = {
    name: patch.name ?? cur.name, idNumber: patch.idNumber ?? cur.idNumber,
    phone: patch.phone === undefined ? cur.phone : patch.phone,
    relationToHead: (patch.relationToHead ?? cur.relationToHead) as ResidentInput['relationToHead'],
    registered: patch.registered ?? cur.registered, habitual: patch.habitual ?? cur.habitual, partyMember: patch.partyMember ?? cur.partyMember,
  };
  const checked = checkResident(merged, '', today);
  if (!checked.ok) throw AppError.validation(checked.errors);
  const householdId = patch.householdId ?? cur.householdId;
  if (householdId !== cur.householdId) {
    const hh = await t(w.trx).selectFrom('household').select('id').where('id', '=', householdId).where('jurisdictionCode', '=', cur.jurisdictionCode).executeTakeFirst();
    if (!hh) throw AppError.validation([fieldError('householdId', 'household.notInVillage', bi('该户不属于本村(社区)', 'The household does not belong to this village'))]);
  }
  await assertUniqueId(w.trx, cur.jurisdictionCode, checked.value.idNumber, id);
  await assertOneHead(w.trx, householdId, checked.value.relationToHead, id);
  await t(w.trx).updateTable('resident').set({ ...checked.value, ...derived(checked.value.name), householdId, updatedAt: new Date() }).where('id', '=', id).execute();
  const changed = Object.fromEntries(Object.entries(checked.value).filter(([k, v]) => (cur as Record<string, unknown>)[k] !== v));
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, (cur as Record<string, unknown>)[k]]));
  await w.audit({ action: 'people.write', targetType: 'resident', targetId: id, jurisdictionCode: cur.jurisdictionCode,
    before: summary(before as Partial<CleanResident>), after: summary(changed as Partial<CleanResident>) });
  return getResident(w.trx, id);
}

/** Flags are never overwritten: each change is a dated event, and the latest one counts. */
export async function recordFlag(w: Write, id: number, input: { flag: Flag; value: boolean; effectiveDate: string; note?: string | null | undefined }, by: string) {
  const code = await villageOfResident(w.trx, id);
  await t(w.trx).insertInto('residentFlagEvent').values({ residentId: id, flag: input.flag, value: input.value, effectiveDate: input.effectiveDate, note: input.note ?? null, recordedBy: by }).execute();
  await w.audit({ action: 'people.write', targetType: 'resident', targetId: id, jurisdictionCode: code, after: { flag: input.flag, value: input.value, effectiveDate: input.effectiveDate } });
  return getResident(w.trx, id);
}

// --- committee roster (两委 and 监委会), public names and posts only ---

export const bodies = ['partyBranch', 'residentsCommittee', 'supervisoryCommittee'] as const;
export const posts = ['secretary', 'deputySecretary', 'chair', 'viceChair', 'member'] as const;

export async function committeeRoster(db: AnyDB, code: string, onDate: string) {
  return t(db).selectFrom('committeeMember as c').innerJoin('resident as r', 'r.id', 'c.residentId')
    .select(['c.id', 'c.body', 'c.post', 'c.termStart', 'c.termEnd', 'r.name', 'r.gender', 'c.residentId'])
    .where('c.jurisdictionCode', '=', code).where('c.termStart', '<=', onDate)
    .where((eb) => eb.or([eb('c.termEnd', 'is', null), eb('c.termEnd', '>=', onDate)]))
    .orderBy('c.body').orderBy(sql`array_position(ARRAY['secretary','deputySecretary','chair','viceChair','member']::text[], c.post)`).orderBy('c.id')
    .execute();
}

export async function addCommitteeMember(w: Write, code: string, input: { residentId: number; body: (typeof bodies)[number]; post: (typeof posts)[number]; termStart: string; termEnd?: string | null }) {
  const rc = await villageOfResident(w.trx, input.residentId);
  if (rc !== code) throw AppError.validation([fieldError('residentId', 'resident.notInVillage', bi('该居民不属于本村(社区)', 'The resident does not belong to this village'))]);
  const row = await t(w.trx).insertInto('committeeMember').values({ jurisdictionCode: code, ...input, termEnd: input.termEnd ?? null }).returning('id').executeTakeFirstOrThrow();
  await w.audit({ action: 'people.write', targetType: 'committeeMember', targetId: row.id, jurisdictionCode: code, after: input });
  return row;
}

// --- public services for other modules (meetings, elections): counts and rosters, no tables leave

/** People aged 18+ on `onDate` and their households, excluding the deceased and moved-out. */
export async function adultsAndHouseholds(db: AnyDB, code: string, onDate: string, groupId?: number) {
  // Aged 18 on `onDate`: born on or before the date 18 years earlier (29 Feb → 28 Feb).
  const cutoff = sql<string>`(${onDate}::date - interval '18 years')::date`;
  let q = t(db).selectFrom('resident as r').innerJoin('household as h', 'h.id', 'r.householdId')
    .leftJoin(currentFlags(db).as('f'), 'f.residentId', 'r.id')
    .select([sql<number>`count(*) FILTER (WHERE r.birth_date <= ${cutoff})::int`.as('adults'), sql<number>`count(DISTINCT r.household_id)::int`.as('households')])
    .where('r.jurisdictionCode', '=', code)
    .where((eb) => eb.or([eb('f.flags', 'is', null), eb.not(eb(sql`f.flags && ARRAY['deceased','movedOut']::text[]`, '=', true))]));
  if (groupId) q = q.where('h.groupId', '=', groupId);
  return q.executeTakeFirstOrThrow();
}

/** Living party members still in the village (the deceased and moved-out do not count toward quorum). */
export async function partyMembers(db: AnyDB, code: string) {
  return t(db).selectFrom('resident as r').leftJoin(currentFlags(db).as('f'), 'f.residentId', 'r.id').select(['r.id', 'r.name'])
    .where('r.jurisdictionCode', '=', code).where('r.partyMember', '=', true)
    .where((eb) => eb.or([eb('f.flags', 'is', null), eb.not(eb(sql`f.flags && ARRAY['deceased','movedOut']::text[]`, '=', true))]))
    .orderBy('r.id').execute();
}

export async function residentsBasic(db: AnyDB, ids: number[]) {
  if (ids.length === 0) return [];
  return t(db).selectFrom('resident').select(['id', 'name', 'gender', 'jurisdictionCode', 'householdId', 'phone']).where('id', 'in', ids).execute();
}

/**
 * A stable, non-reversible key per resident, so another module can tell that two register
 * entries (e.g. in two villages) are the same person without the ID number leaving this module
 * (used by elections for 组织法 Art.13¶3: never registered to vote in two places).
 * HMAC-SHA-256 of the normalised ID number with an installation secret kept in the core settings
 * settings (`people.personKeySecret`, 32 random bytes, created on first use). Not a plain SHA-256:
 * an ID number has little entropy (area, birth date, 3 digits), so a bare hash could be reversed
 * by trying every candidate; without the secret the key reveals nothing. The secret never changes
 * once created (settingOnce: two first uses at once agree on one secret).
 */
export async function personKeys(db: AnyDB, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const secret = await settingOnce(db, 'people.personKeySecret', () => randomBytes(32).toString('hex'));
  const rows = await t(db).selectFrom('resident').select(['id', 'idNumber']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, createHmac('sha256', secret).update(r.idNumber.replace(/\s+/g, '').toUpperCase()).digest('hex')]));
}
