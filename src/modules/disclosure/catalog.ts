// The disclosure catalogue (公开目录) and settings. The county keeps a template; a township or a
// village may add items. Settings are inherited down the tree (village → township → county).
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { levelOf, parentOf } from '../../core/jurisdiction-codes.ts';
import type { Cadence, Column } from './rules.ts';
import type { DisclosureTables } from './tables.ts';

const t = (db: AnyDB) => ownTables<DisclosureTables>(db);

/** The node and its ancestors, nearest first. */
export function lineage(code: string): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c; c = parentOf(c)) out.push(c);
  return out;
}

export interface Settings { frequentFinance: boolean; feedbackWorkingDays: number; dueWorkingDays: number; reportDay: number }
// Defaults where no level has set a value. feedbackWorkingDays: 5 (issue #3, configurable);
// dueWorkingDays: the grace after a period ends; reportDay: seed 000 §三(三) leaves the day to the county.
export const defaultSettings: Settings = { frequentFinance: false, feedbackWorkingDays: 5, dueWorkingDays: 10, reportDay: 20 };

export async function settingsFor(db: AnyDB, code: string): Promise<Settings & { setAt: Partial<Record<keyof Settings, string>> }> {
  const codes = lineage(code);
  const rows = await t(db).selectFrom('disclosureSetting').selectAll().where('code', 'in', codes).execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out = { ...defaultSettings, setAt: {} as Partial<Record<keyof Settings, string>> };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    for (const c of codes) {
      const v = byCode.get(c)?.[key];
      if (v !== null && v !== undefined) { (out as Record<string, unknown>)[key] = v; out.setAt[key] = c; break; }
    }
  }
  return out;
}

export async function updateSettings(w: Write, code: string, patch: Partial<{ [K in keyof Settings]: Settings[K] | null }>) {
  if (patch.frequentFinance !== undefined && levelOf(code) !== 'village') {
    throw AppError.validation([fieldError('frequentFinance', 'settings.villageOnly', bi('「财务往来较多」只能按村(社区)设置', '"Frequent finance" is set per village'))]);
  }
  const before = await t(w.trx).selectFrom('disclosureSetting').selectAll().where('code', '=', code).executeTakeFirst();
  const row = { code, frequentFinance: null, feedbackWorkingDays: null, dueWorkingDays: null, reportDay: null, ...before, ...patch };
  await t(w.trx).insertInto('disclosureSetting').values(row).onConflict((oc) => oc.column('code').doUpdateSet(row)).execute();
  await w.audit({ action: 'disclosure.settings', targetType: 'disclosureSetting', targetId: code, jurisdictionCode: code, before: before ?? null, after: patch });
  return settingsFor(w.trx, code);
}

export interface CatalogItem { id: number; scopeCode: string; column: Column; title: string; requirement: string; cadence: Cadence; responsibleRole: string; sort: number; active: boolean }
const itemCols = ['id', 'scopeCode', 'column', 'title', 'requirement', 'cadence', 'responsibleRole', 'sort', 'active'] as const;

/** Items that apply to a node: its own and those of every node above it. */
export async function catalogFor(db: AnyDB, code: string, opts: { includeInactive?: boolean } = {}): Promise<CatalogItem[]> {
  let q = t(db).selectFrom('disclosureCatalogItem').select(itemCols).where('scopeCode', 'in', lineage(code));
  if (!opts.includeInactive) q = q.where('active', '=', true);
  return q.orderBy('column').orderBy('sort').orderBy('id').execute();
}

export async function catalogItem(db: AnyDB, id: number): Promise<CatalogItem> {
  const r = await t(db).selectFrom('disclosureCatalogItem').select(itemCols).where('id', '=', id).executeTakeFirst();
  if (!r) throw AppError.notFound(bi(`没有目录项 ${id}`, `No catalogue item ${id}`));
  return r;
}

export interface NewItem { column: Column; title: string; requirement: string; cadence: Cadence; responsibleRole?: string | undefined; sort?: number | undefined }

export async function addCatalogItem(w: Write, scopeCode: string, item: NewItem): Promise<CatalogItem> {
  const level = levelOf(scopeCode);
  if (level !== 'county' && level !== 'township' && level !== 'village') {
    throw AppError.validation([fieldError('code', 'catalog.level', bi('目录项只能由县、乡镇(街道)或村(社区)设置', 'Catalogue items belong to a county, township or village'))]);
  }
  const row = await t(w.trx).insertInto('disclosureCatalogItem').values({
    scopeCode, column: item.column, title: item.title, requirement: item.requirement, cadence: item.cadence,
    responsibleRole: item.responsibleRole ?? 'committeeMember', sort: item.sort ?? 100,
  }).returning(itemCols).executeTakeFirstOrThrow();
  await w.audit({ action: 'disclosure.catalog', targetType: 'catalogItem', targetId: row.id, jurisdictionCode: scopeCode, after: item });
  return row;
}

export async function updateCatalogItem(w: Write, id: number, patch: Partial<NewItem> & { active?: boolean | undefined }): Promise<CatalogItem> {
  const before = await catalogItem(w.trx, id);
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const row = await t(w.trx).updateTable('disclosureCatalogItem').set(set).where('id', '=', id).returning(itemCols).executeTakeFirstOrThrow();
  await w.audit({ action: 'disclosure.catalog', targetType: 'catalogItem', targetId: id, jurisdictionCode: before.scopeCode, before, after: set });
  return row;
}

/** The node that set a catalogue item, or null when there is none (the disclosureCatalogItem resource). */
export async function scopeOfItem(db: AnyDB, id: number): Promise<string | null> {
  const r = await t(db).selectFrom('disclosureCatalogItem').select('scopeCode').where('id', '=', id).executeTakeFirst();
  return r?.scopeCode ?? null;
}

/** The items of the default template that a county does not have yet. */
export async function missingDefaults(db: AnyDB, countyCode: string): Promise<NewItem[]> {
  const existing = await t(db).selectFrom('disclosureCatalogItem').select('title').where('scopeCode', '=', countyCode).execute();
  const have = new Set(existing.map((e) => e.title));
  return defaultCatalog.filter((item) => !have.has(item.title));
}

/**
 * The default county template, from 村民委员会组织法 Art.30 (what must be published and how often),
 * 农村集体经济组织财务公开规定 (finance and its special items) and seeds 000/004.
 */
export const defaultCatalog: NewItem[] = [
  { column: 'party', title: '党组织设置及班子成员分工', requirement: '党组织班子成员、分工及联系方式；换届或调整后即时更新', cadence: 'immediate', sort: 10 },
  { column: 'party', title: '党员发展和党费收缴使用情况', requirement: '本季度发展党员、转正及党费收缴、使用情况', cadence: 'quarterly', sort: 20 },
  { column: 'party', title: '党组织重要工作部署', requirement: '党组织研究决定的重要事项及落实情况', cadence: 'quarterly', sort: 30 },
  { column: 'village', title: '村(居)民会议、代表会议决定事项及实施情况', requirement: '组织法第二十三、二十四条所列事项的决定及执行情况', cadence: 'quarterly', sort: 10 },
  { column: 'village', title: '“四议两公开”决议及实施结果', requirement: '重大事项的决议内容，实施后的结果', cadence: 'immediate', sort: 20 },
  { column: 'village', title: '救灾救助、补贴补助资金物资管理使用', requirement: '政府拨付和社会捐赠的救灾救助、补贴补助等资金、物资的管理使用情况（组织法第三十条）', cadence: 'quarterly', sort: 30 },
  { column: 'village', title: '协助人民政府开展工作情况', requirement: '村(居)委会协助政府开展工作的情况（组织法第三十条）', cadence: 'quarterly', sort: 40 },
  { column: 'finance', title: '集体财务收支情况', requirement: '各项收入、支出明细及结余；财务往来较多的每月公开', cadence: 'finance', sort: 10 },
  { column: 'finance', title: '集体资产资源发包、租赁', requirement: '发包、租赁的对象、期限、金额及程序', cadence: 'immediate', sort: 20 },
  { column: 'finance', title: '征地补偿费使用分配', requirement: '补偿款数额、分配方案及发放情况', cadence: 'immediate', sort: 30 },
  { column: 'finance', title: '工程项目招投标及建设', requirement: '项目、招投标过程、合同及验收结算', cadence: 'immediate', sort: 40 },
  { column: 'finance', title: '“一事一议”筹资筹劳', requirement: '议定事项、筹资筹劳标准、收支及使用结果', cadence: 'immediate', sort: 50 },
  { column: 'services', title: '低保、特困、临时救助对象及标准', requirement: '享受对象、标准及动态调整情况（个人隐私信息除外）', cadence: 'quarterly', sort: 10 },
  { column: 'services', title: '便民服务事项和办事指南', requirement: '可代办事项、所需材料、办理时限和联系人', cadence: 'quarterly', sort: 20 },
  { column: 'services', title: '涉及村(居)民利益的其他重大事项', requirement: '随时公开，事前、事中、事后全过程公开（姚安县民政局《加强和完善村(社区)自治组织管理的工作方案》（2019年2月22日））', cadence: 'immediate', sort: 30 },
];

/** Adds the template's missing items (each audited). A caller opens the write only when
 * missingDefaults() finds some: a write that adds nothing would record nothing, and is refused. */
export async function installDefaultCatalog(w: Write, countyCode: string): Promise<number> {
  const missing = await missingDefaults(w.trx, countyCode);
  for (const item of missing) await addCatalogItem(w, countyCode, item);
  return missing.length;
}
