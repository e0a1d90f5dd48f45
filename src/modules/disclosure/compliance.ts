// Who publishes on time: a compliance calendar per village, the township/county overview,
// reminders and escalations, and the quarterly report (信息报送) generated from the data.
import ExcelJS from 'exceljs';
import { ownTables } from '../../core/module.ts';
import type { AnyDB } from '../../core/db/database.ts';
import { accountsReaching } from '../../core/access/service.ts';
import { systemCapacity, write } from '../../core/access/guard.ts';
import { notify } from '../../core/notifications/notifications.ts';
import { CalendarNotCoveredError, type WorkingCalendar } from '../../core/calendar/calendar.ts';
import { villagesUnder } from '../jurisdictions/service.ts';
import { catalogFor, lineage, settingsFor, type CatalogItem, type Settings } from './catalog.ts';

import {
  columns, complianceState, dueDate, effectiveCadence, periodsOfYear, quarterOf, quarterPeriod, REMIND_WORKING_DAYS_BEFORE,
  type ComplianceState, type Period,
} from './rules.ts';
import type { DisclosureTables } from './tables.ts';
import { addDays, chinaDate } from '../../core/time.ts';

const t = (db: AnyDB) => ownTables<DisclosureTables>(db);

export interface CalendarRow {
  itemId: number; column: string; title: string; cadence: 'quarterly' | 'monthly'; period: Period;
  due: string | null; state: ComplianceState | 'calendarMissing'; entries: { id: number; publishedOn: string }[]; missingYear?: number;
}

interface Published { id: number; villageCode: string; catalogItemId: number | null; periodStart: string | null; periodEnd: string | null; publishedAt: Date | null; column: string }

function rowsFor(items: CatalogItem[], s: Settings, year: number, today: string, published: Published[], cal: WorkingCalendar): CalendarRow[] {
  const out: CalendarRow[] = [];
  for (const item of items) {
    const cadence = effectiveCadence(item.cadence, s.frequentFinance);
    if (cadence === 'immediate') continue;
    for (const period of periodsOfYear(cadence, year)) {
      if (period.start > today) continue; // periods that have not begun are not yet owed
      const overlapping = published
        .filter((p) => p.catalogItemId === item.id && p.periodStart && p.periodEnd && p.periodStart <= period.end && p.periodEnd >= period.start && p.publishedAt)
        .map((p) => ({ id: p.id, publishedOn: chinaDate(p.publishedAt!), start: p.periodStart!, end: p.periodEnd! })).sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
      const entries = overlapping.map(({ id, publishedOn }) => ({ id, publishedOn }));
      // The period counts as published on the day its whole span was covered (e.g. a quarter by
      // one quarterly entry, or by its three monthly entries), not on a partial entry's day.
      const coveredOn = coverageDate(overlapping, period);
      try {
        const due = dueDate(period, s.dueWorkingDays, cal);
        const dueSoonFrom = cal.workingDaysBefore(due, REMIND_WORKING_DAYS_BEFORE);
        out.push({ itemId: item.id, column: item.column, title: item.title, cadence, period, due,
          state: complianceState({ due, publishedOn: coveredOn, today, periodEnd: period.end, dueSoonFrom }), entries });
      } catch (e) {
        if (!(e instanceof CalendarNotCoveredError)) throw e;
        out.push({ itemId: item.id, column: item.column, title: item.title, cadence, period, due: null,
          state: coveredOn ? 'published' : 'calendarMissing', entries, missingYear: e.year });
      }
    }
  }
  return out;
}

const nextDay = (d: string) => addDays(d, 1);

/** The publication day on which the entries, taken in publication order, first cover the period. */
export function coverageDate(entries: readonly { publishedOn: string; start: string; end: string }[], period: Period): string | null {
  const spans: { start: string; end: string }[] = [];
  for (const e of entries) {
    spans.push({ start: e.start < period.start ? period.start : e.start, end: e.end > period.end ? period.end : e.end });
    spans.sort((a, b) => a.start.localeCompare(b.start));
    let reach = period.start;
    for (const s of spans) { if (s.start > reach) break; if (s.end >= reach) reach = nextDay(s.end); }
    if (reach > period.end) return e.publishedOn;
  }
  return null;
}

async function publishedUnder(db: AnyDB, prefix: string): Promise<Published[]> {
  return t(db).selectFrom('disclosureEntry').select(['id', 'villageCode', 'catalogItemId', 'periodStart', 'periodEnd', 'publishedAt', 'column'])
    .where('villageCode', 'like', `${prefix}%`).where('status', '=', 'published').execute();
}

export async function villageCalendar(db: AnyDB, villageCode: string, year: number, today: string, cal: WorkingCalendar) {
  const [items, s, published] = await Promise.all([catalogFor(db, villageCode), settingsFor(db, villageCode), publishedUnder(db, villageCode)]);
  const rows = rowsFor(items, s, year, today, published, cal);
  const immediate = items.filter((i) => i.cadence === 'immediate').map((i) => ({
    itemId: i.id, column: i.column, title: i.title,
    entries: published.filter((p) => p.catalogItemId === i.id && p.publishedAt && chinaDate(p.publishedAt).startsWith(String(year))).map((p) => ({ id: p.id, publishedOn: chinaDate(p.publishedAt!) })),
  }));
  const missingYears = [...new Set(rows.map((r) => r.missingYear).filter((y): y is number => !!y))];
  return { villageCode, year, today, settings: s, rows, immediate, missingYears };
}

export interface VillageCompliance {
  code: string; name: string; township: string | null;
  published: number; onTime: number; late: number; dueSoon: number; overdue: number; calendarMissing: number;
  feedback: { received: number; answered: number; overdue: number };
}

/** Every village under a node, for a quarter: what was published, due, overdue; feedback. */
export async function overview(db: AnyDB, code: string, year: number, quarter: number, today: string, cal: WorkingCalendar): Promise<VillageCompliance[]> {
  const villages = await villagesUnder(db, code);
  if (villages.length === 0) return [];
  const prefix = code.replace(/0+$/, '');
  const q = quarterPeriod(year, quarter);
  const [published, feedback, items, settingRows] = await Promise.all([
    publishedUnder(db, prefix),
    t(db).selectFrom('disclosureFeedback').select(['villageCode', 'createdAt', 'answer', 'dueOn']).where('villageCode', 'like', `${prefix}%`).execute(),
    t(db).selectFrom('disclosureCatalogItem').select(['id', 'scopeCode', 'column', 'title', 'requirement', 'cadence', 'responsibleRole', 'sort', 'active']).where('active', '=', true).execute(),
    t(db).selectFrom('disclosureSetting').selectAll().execute(),
  ]);
  const settingsByCode = new Map(settingRows.map((r) => [r.code, r]));
  const resolve = (village: string): Settings => {
    const codes = lineage(village);
    const pick = <K extends keyof Settings>(k: K, d: Settings[K]) => {
      for (const c of codes) { const v = settingsByCode.get(c)?.[k]; if (v !== null && v !== undefined) return v as Settings[K]; }
      return d;
    };
    return { frequentFinance: pick('frequentFinance', false), feedbackWorkingDays: pick('feedbackWorkingDays', 5), dueWorkingDays: pick('dueWorkingDays', 10), reportDay: pick('reportDay', 20) };
  };
  const inQuarter = (d: string) => d >= q.start && d <= q.end;
  return villages.map((v) => {
    const lin = lineage(v.code);
    const own = published.filter((p) => p.villageCode === v.code);
    const rows = rowsFor(items.filter((i) => lin.includes(i.scopeCode)) as CatalogItem[], resolve(v.code), year, today, own, cal)
      .filter((r) => r.period.end >= q.start && r.period.start <= q.end);
    const fb = feedback.filter((f) => f.villageCode === v.code && inQuarter(chinaDate(f.createdAt)));
    return {
      code: v.code, name: v.shortName, township: v.parentCode,
      published: own.filter((p) => p.publishedAt && inQuarter(chinaDate(p.publishedAt))).length,
      onTime: rows.filter((r) => r.state === 'published').length,
      late: rows.filter((r) => r.state === 'publishedLate').length,
      dueSoon: rows.filter((r) => r.state === 'dueSoon').length,
      overdue: rows.filter((r) => r.state === 'overdue').length,
      calendarMissing: rows.filter((r) => r.state === 'calendarMissing').length,
      feedback: { received: fb.length, answered: fb.filter((f) => f.answer).length, overdue: fb.filter((f) => !f.answer && f.dueOn && f.dueOn < today).length },
    };
  });
}

// --- quarterly report (信息报送)

export interface ReportData {
  scopeCode: string; year: number; quarter: number; generatedOn: string;
  villages: (VillageCompliance & { byColumn: Record<string, number> })[];
}

export async function generateReport(db: AnyDB, scopeCode: string, year: number, quarter: number, today: string, cal: WorkingCalendar, now: Date): Promise<ReportData> {
  const rows = await overview(db, scopeCode, year, quarter, today, cal);
  const q = quarterPeriod(year, quarter);
  const published = await publishedUnder(db, scopeCode.replace(/0+$/, ''));
  const villages = rows.map((r) => ({
    ...r,
    byColumn: Object.fromEntries(columns.map((c) => [c, published.filter((p) => p.villageCode === r.code && p.column === c && p.publishedAt && chinaDate(p.publishedAt) >= q.start && chinaDate(p.publishedAt) <= q.end).length])),
  }));
  const data: ReportData = { scopeCode, year, quarter, generatedOn: today, villages };
  await t(db).insertInto('disclosureReport').values({ scopeCode, year, quarter, generatedAt: now, data: JSON.stringify(data) })
    .onConflict((oc) => oc.columns(['scopeCode', 'year', 'quarter']).doUpdateSet({ generatedAt: now, data: JSON.stringify(data) })).execute();
  return data;
}

export async function reports(db: AnyDB, scopeCode: string) {
  return t(db).selectFrom('disclosureReport').select(['year', 'quarter', 'generatedAt']).where('scopeCode', '=', scopeCode).orderBy('year', 'desc').orderBy('quarter', 'desc').execute();
}

export async function report(db: AnyDB, scopeCode: string, year: number, quarter: number): Promise<{ generatedAt: Date; data: ReportData } | undefined> {
  const r = await t(db).selectFrom('disclosureReport').select(['generatedAt', 'data']).where('scopeCode', '=', scopeCode).where('year', '=', year).where('quarter', '=', quarter).executeTakeFirst();
  return r ? { generatedAt: r.generatedAt, data: r.data as ReportData } : undefined;
}

export async function reportWorkbook(data: ReportData, scopeName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${data.year}年第${data.quarter}季度`, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([`${scopeName} ${data.year} 年第 ${data.quarter} 季度村(居)务公开情况（${data.generatedOn} 生成）`]);
  ws.mergeCells(1, 1, 1, 14);
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.addRow(['区划代码', '村(社区)', '党务公开', '村务公开', '财务公开', '事务公开', '公开合计', '按时公开', '逾期后公开', '即将到期', '逾期未公开', '收到意见', '已答复', '逾期未答复']);
  ws.getRow(2).font = { bold: true };
  for (const v of data.villages) {
    ws.addRow([v.code, v.name, v.byColumn.party, v.byColumn.village, v.byColumn.finance, v.byColumn.services, v.published, v.onTime, v.late, v.dueSoon, v.overdue, v.feedback.received, v.feedback.answered, v.feedback.overdue]);
  }
  ws.getColumn(1).width = 15;
  ws.getColumn(2).width = 16;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// --- jobs

/** Reminds committee members before an item is due, and tells the township once it is overdue. */
export async function remindAndEscalate(db: AnyDB, scopeCode: string, today: string, cal: WorkingCalendar): Promise<number> {
  const { year, quarter } = quarterOf(today);
  let sent = 0;
  for (const v of await villagesUnder(db, scopeCode)) {
    const committee = await accountsReaching(db, 'committeeMember', v.code);
    if (committee.length === 0) continue; // a village not yet on the platform is shown on the overview, not messaged
    const cal1 = await villageCalendar(db, v.code, year, today, cal);
    const rows = quarter === 1 ? [...cal1.rows, ...(await villageCalendar(db, v.code, year - 1, today, cal)).rows] : cal1.rows;
    for (const r of rows) {
      if (r.state === 'dueSoon') {
        sent += await notify(db, committee.filter((a) => a.jurisdictionCode === v.code).map((a) => ({
          accountId: a.accountId, jurisdictionCode: v.code, kind: 'disclosure.dueSoon', subject: '公开事项即将到期',
          body: `「${r.title}」（${r.period.label}）应于 ${r.due} 前公开`, link: `/staff/disclosure?at=${v.code}`, dedupeKey: `dueSoon:${v.code}:${r.itemId}:${r.period.label}:${a.accountId}`,
        })));
      } else if (r.state === 'overdue') {
        const officials = await accountsReaching(db, 'townshipOfficial', v.code);
        sent += await notify(db, officials.map((o) => ({
          accountId: o.accountId, jurisdictionCode: v.code, kind: 'disclosure.overdue', subject: '村(居)务公开逾期',
          body: `${v.shortName}「${r.title}」（${r.period.label}）应于 ${r.due} 前公开，至今未公开`, link: `/staff/disclosure/compliance?at=${v.code.slice(0, 9)}000`, dedupeKey: `overdue:${v.code}:${r.itemId}:${r.period.label}:${o.accountId}`,
        })));
      }
    }
  }
  return sent;
}

/** Generates the quarter's report for the county and each township in the days before the deadline. */
export async function quarterlyReportJob(db: AnyDB, countyCode: string, today: string, cal: WorkingCalendar, now: Date, deadline: (year: number, quarter: number) => Promise<string>): Promise<boolean> {
  const { year, quarter } = quarterOf(today);
  const due = await deadline(year, quarter);
  // From three days before the deadline; once generated, it is not regenerated by the job.
  const start = new Date(`${due}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 3);
  if (today < start.toISOString().slice(0, 10) || (await report(db, countyCode, year, quarter))) return false;
  const townships = [...new Set((await villagesUnder(db, countyCode)).map((v) => v.parentCode).filter((c): c is string => !!c))];
  for (const scope of [...townships, countyCode]) {
    await write(db, systemCapacity('disclosure-quarterly-report', scope), 'disclosure.report', async (w) => {
      await generateReport(w.trx, scope, year, quarter, today, cal, now);
      await w.audit({ action: 'disclosure.report', targetType: 'disclosureReport', targetId: `${scope}:${year}-Q${quarter}`, jurisdictionCode: scope });
    });
  }
  const officers = await accountsReaching(db, 'countyOfficer', countyCode);
  await notify(db, officers.filter((o) => o.jurisdictionCode === countyCode).map((o) => ({
    accountId: o.accountId, jurisdictionCode: countyCode, kind: 'disclosure.report', subject: `${year} 年第 ${quarter} 季度村(居)务公开报表已生成`,
    body: `截止 ${due}，可在“公开情况”页面下载`, link: `/staff/disclosure/compliance?at=${countyCode}`, dedupeKey: `report:${countyCode}:${year}-${quarter}:${o.accountId}`,
  })));
  return true;
}
