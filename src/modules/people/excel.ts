// Excel in and out for the register, because that is where village clerks keep it today.
// Import is two-step and stateless: the same upload is validated (report only) and then
// committed; a commit re-validates and writes everything in one transaction or nothing.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { AppError, bi, fieldError, type Bilingual, type FieldError } from '../../core/errors.ts';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import type { Write } from '../../core/access/guard.ts';
import { groupsOf, requireVillage } from '../jurisdictions/service.ts';
import { pinyinFull, pinyinInitials } from './rules.ts';
import { maskIdNumber } from '../../core/privacy.ts';
import { checkResident, relations, type CleanResident, type Relation } from './validation.ts';
import type { PeopleTables } from './tables.ts';

const t = (db: AnyDB) => ownTables<PeopleTables>(db);

/** The columns, in template order. `key` is the field name used in error reports. */
export const columns = [
  { key: 'householdNumber', header: '户编号', required: true, width: 10 },
  { key: 'group', header: '所属小组', required: false, width: 16 },
  { key: 'address', header: '家庭住址', required: false, width: 24 },
  { key: 'name', header: '姓名', required: true, width: 10 },
  { key: 'relationToHead', header: '与户主关系', required: true, width: 10 },
  { key: 'idNumber', header: '身份证号', required: true, width: 22 },
  { key: 'gender', header: '性别', required: false, width: 6 },
  { key: 'birthDate', header: '出生日期', required: false, width: 12 },
  { key: 'phone', header: '联系电话', required: false, width: 15 },
  { key: 'registered', header: '户籍在本村', required: true, width: 10 },
  { key: 'habitual', header: '常住本村', required: true, width: 10 },
  { key: 'partyMember', header: '中共党员', required: false, width: 10 },
] as const;
type ColumnKey = (typeof columns)[number]['key'];

export const relationLabels: Record<Relation, string> = {
  head: '户主', spouse: '配偶', child: '子女', parent: '父母', grandchild: '孙子女', sibling: '兄弟姐妹', other: '其他',
};
const relationByLabel = new Map(Object.entries(relationLabels).map(([k, v]) => [v, k as Relation]));
const genderLabels = { male: '男', female: '女' } as const;

export interface ImportIssue extends FieldError { row: number; column: string }
export interface ImportReport {
  ok: boolean;
  rows: number;
  households: { new: number; existing: number };
  residents: { new: number; updated: number };
  errors: ImportIssue[];
}

interface ParsedRow { row: number; householdNumber: string; group: string | null; address: string | null; resident: CleanResident }

const SHEET = '村(居)民';

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v).trim();
}

function yesNo(s: string): boolean | null {
  if (['是', '√', 'Y', 'y', 'yes', '1', 'TRUE', 'true'].includes(s)) return true;
  if (['否', '×', 'N', 'n', 'no', '0', 'FALSE', 'false', ''].includes(s)) return false;
  return null;
}

const issue = (row: number, key: ColumnKey, rule: string, messages: Bilingual): ImportIssue => {
  const col = columns.find((c) => c.key === key)!;
  return { row, column: col.header, ...fieldError(`rows.${row}.${key}`, rule, bi(`第 ${row} 行「${col.header}」：${messages['zh-CN']}`, `Row ${row}, "${col.header}": ${messages.en}`)) };
};

async function readSheet(buf: Buffer): Promise<{ rows: { row: number; cells: Record<ColumnKey, string> }[]; errors: ImportIssue[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw AppError.validation([fieldError('file', 'file.notXlsx', bi('无法读取文件：请上传 .xlsx 格式的 Excel 文件', 'Cannot read the file: upload an .xlsx Excel workbook'))]);
  }
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) throw AppError.validation([fieldError('file', 'file.empty', bi('文件中没有工作表', 'The workbook has no sheet'))]);
  const headerRow = ws.getRow(1);
  const position = new Map<ColumnKey, number>();
  headerRow.eachCell((cell, col) => {
    const c = columns.find((c) => c.header === cellText(cell.value));
    if (c) position.set(c.key, col);
  });
  const missing = columns.filter((c) => c.required && !position.has(c.key));
  if (missing.length) {
    throw AppError.validation(missing.map((c) => fieldError(`columns.${c.key}`, 'file.missingColumn',
      bi(`缺少「${c.header}」列（请使用导入模板）`, `Column "${c.header}" is missing (use the import template)`))));
  }
  const rows: { row: number; cells: Record<ColumnKey, string> }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells = Object.fromEntries(columns.map((c) => [c.key, position.has(c.key) ? cellText(r.getCell(position.get(c.key)!).value) : ''])) as Record<ColumnKey, string>;
    if (Object.values(cells).every((v) => v === '')) return;
    rows.push({ row: n, cells });
  });
  if (rows.length === 0) throw AppError.validation([fieldError('file', 'file.noRows', bi('文件中没有数据行', 'The file has no data rows'))]);
  return { rows, errors: [] };
}

/** Validates every row against the rules and the village's current register. Changes nothing. */
async function plan(db: AnyDB, code: string, buf: Buffer, today: string) {
  await requireVillage(db, code);
  const { rows } = await readSheet(buf);
  const groups = new Map((await groupsOf(db, code)).map((g) => [g.name, g.id]));
  const errors: ImportIssue[] = [];
  const parsed: ParsedRow[] = [];
  const seenIds = new Map<string, number>();
  for (const { row, cells } of rows) {
    const rowErrors: ImportIssue[] = [];
    for (const c of columns) if (c.required && cells[c.key] === '') rowErrors.push(issue(row, c.key, 'required', bi('不能为空', 'is required')));
    const relation = relationByLabel.get(cells.relationToHead) ?? ((relations as readonly string[]).includes(cells.relationToHead) ? cells.relationToHead as Relation : null);
    if (cells.relationToHead && !relation) rowErrors.push(issue(row, 'relationToHead', 'relationToHead.unknown', bi(`应为 ${Object.values(relationLabels).join('、')} 之一`, `must be one of ${Object.values(relationLabels).join(', ')}`)));
    const flagsIn = { registered: yesNo(cells.registered), habitual: yesNo(cells.habitual), partyMember: yesNo(cells.partyMember) };
    for (const k of ['registered', 'habitual', 'partyMember'] as const) {
      if (flagsIn[k] === null) rowErrors.push(issue(row, k, 'yesNo', bi('应填「是」或「否」', 'must be 是 (yes) or 否 (no)')));
    }
    const gender = cells.gender === '男' ? 'male' : cells.gender === '女' ? 'female' : undefined;
    if (cells.gender && !gender) rowErrors.push(issue(row, 'gender', 'gender.format', bi('应填「男」或「女」', 'must be 男 or 女')));
    if (cells.birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(cells.birthDate.replaceAll('/', '-').replaceAll('.', '-'))) {
      rowErrors.push(issue(row, 'birthDate', 'birthDate.format', bi('格式应为 YYYY-MM-DD', 'must be YYYY-MM-DD')));
    }
    if (cells.group && !groups.has(cells.group)) {
      rowErrors.push(issue(row, 'group', 'group.unknown', bi(`本村没有小组「${cells.group}」`, `no group "${cells.group}" in this village`)));
    }
    const checked = checkResident({
      name: cells.name, idNumber: cells.idNumber, phone: cells.phone, relationToHead: relation ?? 'other',
      registered: !!flagsIn.registered, habitual: !!flagsIn.habitual, partyMember: !!flagsIn.partyMember,
      gender, birthDate: cells.birthDate ? cells.birthDate.replaceAll('/', '-').replaceAll('.', '-') : undefined,
    }, '', today);
    if (!checked.ok) {
      for (const e of checked.errors) {
        const key = e.field as ColumnKey;
        if (!cells[key] && columns.find((c) => c.key === key)?.required) continue; // already reported as required
        rowErrors.push(issue(row, key, e.rule, e.messages));
      }
    } else {
      const first = seenIds.get(checked.value.idNumber);
      if (first) rowErrors.push(issue(row, 'idNumber', 'idNumber.duplicateInFile', bi(`与第 ${first} 行重复`, `duplicates row ${first}`)));
      else seenIds.set(checked.value.idNumber, row);
    }
    if (rowErrors.length === 0 && checked.ok) {
      parsed.push({ row, householdNumber: cells.householdNumber, group: cells.group || null, address: cells.address || null, resident: checked.value });
    }
    errors.push(...rowErrors);
  }

  // Household-level rules: one head per household, one group per household.
  const byHousehold = new Map<string, ParsedRow[]>();
  for (const p of parsed) byHousehold.set(p.householdNumber, [...(byHousehold.get(p.householdNumber) ?? []), p]);
  const existingHouseholds = new Map((await t(db).selectFrom('household').select(['id', 'number']).where('jurisdictionCode', '=', code).execute()).map((h) => [h.number, h.id]));
  const existingResidents = new Map((await t(db).selectFrom('resident').select(['id', 'idNumber', 'householdId', 'relationToHead']).where('jurisdictionCode', '=', code).execute()).map((r) => [r.idNumber, r]));
  for (const [number, members] of byHousehold) {
    const heads = members.filter((m) => m.resident.relationToHead === 'head');
    if (heads.length > 1) for (const h of heads.slice(1)) errors.push(issue(h.row, 'relationToHead', 'household.oneHead', bi(`户 ${number} 已有户主（第 ${heads[0]!.row} 行）`, `household ${number} already has a head (row ${heads[0]!.row})`)));
    const hid = existingHouseholds.get(number);
    if (heads.length === 1 && hid) {
      const otherHead = [...existingResidents.values()].find((r) => r.householdId === hid && r.relationToHead === 'head' && r.idNumber !== heads[0]!.resident.idNumber && !members.some((m) => m.resident.idNumber === r.idNumber));
      if (otherHead) errors.push(issue(heads[0]!.row, 'relationToHead', 'household.oneHead', bi(`户 ${number} 在名册中已有户主`, `household ${number} already has a head in the register`)));
    }
    if (heads.length === 0 && !hid) errors.push(issue(members[0]!.row, 'relationToHead', 'household.needsHead', bi(`新户 ${number} 没有户主`, `new household ${number} has no head`)));
    const groupNames = new Set(members.map((m) => m.group).filter(Boolean));
    if (groupNames.size > 1) errors.push(issue(members[1]!.row, 'group', 'household.oneGroup', bi(`同一户 ${number} 填了不同小组`, `household ${number} is given different groups`)));
  }
  errors.sort((a, b) => a.row - b.row);
  const newHouseholds = [...byHousehold.keys()].filter((n) => !existingHouseholds.has(n)).length;
  const updated = parsed.filter((p) => existingResidents.has(p.resident.idNumber)).length;
  const report: ImportReport = {
    ok: errors.length === 0, rows: rows.length,
    households: { new: newHouseholds, existing: byHousehold.size - newHouseholds },
    residents: { new: parsed.length - updated, updated }, errors,
  };
  return { report, parsed, byHousehold, groups, existingHouseholds, existingResidents };
}

export async function validateImport(db: AnyDB, code: string, buf: Buffer, today: string): Promise<ImportReport> {
  return (await plan(db, code, buf, today)).report;
}

/** Writes the whole file or nothing. Existing residents (same ID number) are updated. */
export async function commitImport(w: Write, code: string, buf: Buffer, today: string): Promise<ImportReport> {
  const p = await plan(w.trx, code, buf, today);
  if (!p.report.ok) {
    throw new AppError('validation', bi(`导入文件有 ${p.report.errors.length} 处错误，未导入任何数据`, `The file has ${p.report.errors.length} errors; nothing was imported`),
      p.report.errors, { report: p.report });
  }
  for (const [number, members] of p.byHousehold) {
    const group = members.find((m) => m.group)?.group;
    const address = members.find((m) => m.address)?.address ?? null;
    let hid = p.existingHouseholds.get(number);
    if (!hid) {
      hid = (await t(w.trx).insertInto('household').values({ jurisdictionCode: code, number, groupId: group ? p.groups.get(group)! : null, address })
        .returning('id').executeTakeFirstOrThrow()).id;
    } else if (group || address) {
      await t(w.trx).updateTable('household').set({ ...(group ? { groupId: p.groups.get(group)! } : {}), ...(address ? { address } : {}) }).where('id', '=', hid).execute();
    }
    for (const m of members) {
      const values = { ...m.resident, namePinyin: pinyinFull(m.resident.name), nameInitials: pinyinInitials(m.resident.name), householdId: hid };
      const existing = p.existingResidents.get(m.resident.idNumber);
      if (existing) await t(w.trx).updateTable('resident').set({ ...values, updatedAt: sql<Date>`now()` }).where('id', '=', existing.id).execute();
      else await t(w.trx).insertInto('resident').values({ ...values, jurisdictionCode: code }).execute();
    }
  }
  await w.audit({ action: 'people.import', targetType: 'village', targetId: code, jurisdictionCode: code,
    after: { rows: p.report.rows, households: p.report.households, residents: p.report.residents,
      sample: p.parsed.slice(0, 3).map((x) => ({ name: x.resident.name, idNumber: maskIdNumber(x.resident.idNumber) })) } });
  return p.report;
}

function sheetWithHeader(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getColumn('idNumber').numFmt = '@'; // text, or Excel rounds 18-digit numbers
  ws.getColumn('phone').numFmt = '@';
  ws.getColumn('householdNumber').numFmt = '@';
  return ws;
}

export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheetWithHeader(wb);
  const help = wb.addWorksheet('填写说明');
  help.addRows([
    ['列', '说明'],
    ...columns.map((c) => [c.header, c.required ? '必填' : '选填']),
    ['与户主关系', Object.values(relationLabels).join('、')],
    ['是/否列', '填「是」或「否」'],
    ['性别、出生日期', '可不填，由身份证号推出；填写时须与身份证号一致'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportWorkbook(db: AnyDB, code: string): Promise<Buffer> {
  const groups = new Map((await groupsOf(db, code)).map((g) => [g.id, g.name]));
  const rows = await t(db).selectFrom('resident as r').innerJoin('household as h', 'h.id', 'r.householdId')
    .select(['h.number', 'h.groupId', 'h.address', 'r.name', 'r.relationToHead', 'r.idNumber', 'r.gender', 'r.birthDate', 'r.phone', 'r.registered', 'r.habitual', 'r.partyMember'])
    .where('r.jurisdictionCode', '=', code).orderBy('h.number').orderBy(sql`r.relation_to_head <> 'head'`).orderBy('r.id').execute();
  const wb = new ExcelJS.Workbook();
  const ws = sheetWithHeader(wb);
  const yn = (b: boolean) => (b ? '是' : '否');
  for (const r of rows) {
    ws.addRow({
      householdNumber: r.number, group: r.groupId ? groups.get(r.groupId) ?? '' : '', address: r.address ?? '', name: r.name,
      relationToHead: relationLabels[r.relationToHead as Relation] ?? r.relationToHead, idNumber: r.idNumber,
      gender: genderLabels[r.gender as 'male' | 'female'], birthDate: r.birthDate, phone: r.phone ?? '',
      registered: yn(r.registered), habitual: yn(r.habitual), partyMember: yn(r.partyMember),
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
