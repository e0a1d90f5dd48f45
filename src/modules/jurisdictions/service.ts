// Use cases of the jurisdictions module. Other modules call these, never the tables.
import { sql } from 'kysely';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { normaliseCode, parentOf, prefixOf } from '../../core/jurisdiction-codes.ts';
import type { JurisdictionTables } from './tables.ts';

// Seeds of other modules build on the demo villages this module seeds.
export type { DemoVillage } from './seed.ts';

const t = (db: AnyDB) => ownTables<JurisdictionTables>(db);

export interface NodeSummary { code: string; name: string; shortName: string; level: string; kind: string | null }
export interface GroupOut { id: number; name: string; sort: number }
export interface GridOut { id: number; name: string; groupId: number | null; description: string | null }
export interface NodeDetail extends NodeSummary {
  parentCode: string | null;
  path: NodeSummary[];
  children: NodeSummary[];
  profile: { population: number | null; households: number | null; officePhone: string | null; officeAddress: string | null } | null;
  groups: GroupOut[];
  grids: GridOut[];
}

const summaryCols = ['code', 'name', 'shortName', 'level', 'kind'] as const;

export async function findNode(db: AnyDB, code: string): Promise<NodeSummary | undefined> {
  return t(db).selectFrom('jurisdiction').select(summaryCols).where('code', '=', code).executeTakeFirst();
}

export async function requireNode(db: AnyDB, raw: string): Promise<NodeSummary> {
  const code = normaliseCode(raw);
  const node = code ? await findNode(db, code) : undefined;
  if (!node) throw AppError.notFound(bi(`没有区划 ${raw}`, `No jurisdiction ${raw}`));
  return node;
}

/** The village or community, or a clear error if the code names another level. */
export async function requireVillage(db: AnyDB, raw: string): Promise<NodeSummary> {
  const node = await requireNode(db, raw);
  if (node.level !== 'village') {
    throw AppError.validation([fieldError('code', 'jurisdiction.notVillage',
      bi(`${node.name} 不是村或社区`, `${node.name} is not a village or community`))]);
  }
  return node;
}

export async function getNode(db: AnyDB, raw: string): Promise<NodeDetail> {
  const code = normaliseCode(raw);
  const row = code ? await t(db).selectFrom('jurisdiction').selectAll().where('code', '=', code).executeTakeFirst() : undefined;
  if (!row) throw AppError.notFound(bi(`没有区划 ${raw}`, `No jurisdiction ${raw}`));
  const ancestors: string[] = [];
  for (let p = parentOf(row.code); p; p = parentOf(p)) ancestors.unshift(p);
  const [path, children, groups, grids] = await Promise.all([
    ancestors.length
      ? t(db).selectFrom('jurisdiction').select(summaryCols).where('code', 'in', ancestors).orderBy('code').execute()
      : Promise.resolve([]),
    t(db).selectFrom('jurisdiction').select(summaryCols).where('parentCode', '=', row.code).orderBy('code').execute(),
    row.level === 'village' ? groupsOf(db, row.code) : Promise.resolve([]),
    row.level === 'village'
      ? t(db).selectFrom('grid').select(['id', 'name', 'groupId', 'description']).where('jurisdictionCode', '=', row.code).orderBy('id').execute()
      : Promise.resolve([]),
  ]);
  return {
    code: row.code, name: row.name, shortName: row.shortName, level: row.level, kind: row.kind, parentCode: row.parentCode,
    path, children,
    profile: row.level === 'village'
      ? { population: row.population, households: row.households, officePhone: row.officePhone, officeAddress: row.officeAddress }
      : null,
    groups, grids,
  };
}

export async function groupsOf(db: AnyDB, villageCode: string): Promise<GroupOut[]> {
  return t(db).selectFrom('villageGroup').select(['id', 'name', 'sort']).where('jurisdictionCode', '=', villageCode)
    .orderBy('sort').orderBy('id').execute();
}

export async function search(db: AnyDB, q: string, under: string | null, limit = 20): Promise<NodeSummary[]> {
  let query = t(db).selectFrom('jurisdiction').select(summaryCols)
    .where((eb) => eb.or([eb('name', 'like', `%${q}%`), eb('code', 'like', `${q}%`)]));
  if (under) query = query.where('code', 'like', `${prefixOf(under)}%`);
  return query.orderBy('code').limit(limit).execute();
}

export interface DivisionRow { code: string; name: string; shortName: string; level: string; kind: string | null; parentCode: string | null }

/** Inserts or renames nodes; never touches their profiles, groups or grids (idempotent). */
export async function upsertDivisions(db: AnyDB, rows: DivisionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await t(db).insertInto('jurisdiction').values(rows.map((r) => ({ ...r, population: null, households: null, officePhone: null, officeAddress: null })))
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
      name: eb.ref('excluded.name'), shortName: eb.ref('excluded.shortName'), level: eb.ref('excluded.level'),
      kind: eb.ref('excluded.kind'), parentCode: eb.ref('excluded.parentCode'),
    }))).execute();
}

export async function countNodes(db: AnyDB, under: string): Promise<Record<string, number>> {
  const rows = await t(db).selectFrom('jurisdiction').select(['level', sql<number>`count(*)::int`.as('n')])
    .where('code', 'like', `${prefixOf(under)}%`).groupBy('level').execute();
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

export interface ProfilePatch {
  population?: number | null | undefined;
  households?: number | null | undefined;
  officePhone?: string | null | undefined;
  officeAddress?: string | null | undefined;
}

export async function updateProfile(w: Write, code: string, patch: ProfilePatch) {
  await requireVillage(w.trx, code);
  const before = await t(w.trx).selectFrom('jurisdiction').select(['population', 'households', 'officePhone', 'officeAddress'])
    .where('code', '=', code).executeTakeFirstOrThrow();
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ProfilePatch;
  await t(w.trx).updateTable('jurisdiction').set({ ...set, updatedAt: new Date() }).where('code', '=', code).execute();
  await w.audit({ action: 'jurisdictions.editProfile', targetType: 'jurisdiction', targetId: code, jurisdictionCode: code, before, after: set });
  return getNode(w.trx, code);
}

export async function addGroup(w: Write, code: string, name: string): Promise<GroupOut> {
  await requireVillage(w.trx, code);
  const dup = await t(w.trx).selectFrom('villageGroup').select('id').where('jurisdictionCode', '=', code).where('name', '=', name).executeTakeFirst();
  if (dup) throw AppError.conflict(bi(`小组「${name}」已存在`, `Group "${name}" already exists`), [fieldError('name', 'group.unique', bi('名称重复', 'Duplicate name'))]);
  const max = await t(w.trx).selectFrom('villageGroup').select(sql<number>`coalesce(max(sort), 0)::int`.as('m')).where('jurisdictionCode', '=', code).executeTakeFirstOrThrow();
  const row = await t(w.trx).insertInto('villageGroup').values({ jurisdictionCode: code, name, sort: max.m + 1 })
    .returning(['id', 'name', 'sort']).executeTakeFirstOrThrow();
  await w.audit({ action: 'jurisdictions.editProfile', targetType: 'group', targetId: row.id, jurisdictionCode: code, after: { name } });
  return row;
}

export async function addGrid(w: Write, code: string, input: { name: string; groupId?: number | null | undefined; description?: string | null | undefined }): Promise<GridOut> {
  await requireVillage(w.trx, code);
  if (input.groupId != null) {
    const g = await t(w.trx).selectFrom('villageGroup').select('id').where('id', '=', input.groupId).where('jurisdictionCode', '=', code).executeTakeFirst();
    if (!g) throw AppError.validation([fieldError('groupId', 'group.notInVillage', bi('该小组不属于本村(社区)', 'The group does not belong to this village'))]);
  }
  const dup = await t(w.trx).selectFrom('grid').select('id').where('jurisdictionCode', '=', code).where('name', '=', input.name).executeTakeFirst();
  if (dup) throw AppError.conflict(bi(`网格「${input.name}」已存在`, `Grid "${input.name}" already exists`), [fieldError('name', 'grid.unique', bi('名称重复', 'Duplicate name'))]);
  const row = await t(w.trx).insertInto('grid').values({ jurisdictionCode: code, name: input.name, groupId: input.groupId ?? null, description: input.description ?? null })
    .returning(['id', 'name', 'groupId', 'description']).executeTakeFirstOrThrow();
  await w.audit({ action: 'jurisdictions.editProfile', targetType: 'grid', targetId: row.id, jurisdictionCode: code, after: input });
  return row;
}


/** Every village and community at or below a node, with its township, in code order. */
export async function villagesUnder(db: AnyDB, code: string): Promise<(NodeSummary & { parentCode: string | null })[]> {
  return t(db).selectFrom('jurisdiction').select([...summaryCols, 'parentCode'])
    .where('level', '=', 'village').where('code', 'like', `${prefixOf(code)}%`).orderBy('code').execute();
}
