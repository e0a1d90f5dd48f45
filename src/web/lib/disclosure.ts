// Public disclosure (村(居)务公开) on the web side: the shapes of the API answers, taken from the
// generated OpenAPI types (the zod schemas in src/modules/disclosure/schemas.ts are the source),
// and small helpers for columns and periods.
import type { T } from '../i18n.tsx';
import type { ApiResponse, Item } from './api-types.ts';

type Board = ApiResponse<'/api/v1/villages/{code}/board'>;

/** An entry as staff see it (GET /api/v1/disclosures/:id). */
export type Entry = ApiResponse<'/api/v1/disclosures/{id}'>;
export type Column = Entry['column'];
export type Status = Entry['status'];
export type FinanceLine = Item<Entry['financeLines']>;
export type Direction = FinanceLine['direction'];
/** The columns and statuses in the order the pages show them. */
export const columns = ['party', 'village', 'finance', 'services'] as const satisfies readonly Column[];
export const statuses = ['draft', 'inReview', 'returned', 'approved', 'published'] as const satisfies readonly Status[];

export type FinanceTotals = NonNullable<Entry['totals']>;

export type BoardPage = Board;
export type BoardItem = Item<Board['items']>;
export type Verification = Board['verification'];

/** GET /api/v1/villages/:code/board/:id — the immutable published record. */
export type PublicEntry = ApiResponse<'/api/v1/villages/{code}/board/{id}'>;
export type EntryStatus = ApiResponse<'/api/v1/villages/{code}/board/{id}/status'>;
export type PublicAnswer = Item<EntryStatus['feedback']>;
export type ChainVerification = ApiResponse<'/api/v1/villages/{code}/ledger/verify'>;

// --- staff side
export type TimelineEvent = Item<Entry['timeline']>;
export type EntryListItem = Item<ApiResponse<'/api/v1/villages/{code}/disclosures'>['items']>;
export type CatalogItem = Item<ApiResponse<'/api/v1/jurisdictions/{code}/disclosure-catalog'>>;
export type DisclosureSettings = ApiResponse<'/api/v1/jurisdictions/{code}/disclosure-settings'>;

export type VillageCalendar = ApiResponse<'/api/v1/villages/{code}/disclosure-calendar'>;
export type CalendarRow = Item<VillageCalendar['rows']>;
export type ComplianceState = CalendarRow['state'];
export type Period = CalendarRow['period'];
export type StaffFeedback = Item<ApiResponse<'/api/v1/villages/{code}/feedback'>>;
export type Compliance = ApiResponse<'/api/v1/jurisdictions/{code}/disclosure-compliance'>;
export type VillageCompliance = Item<Compliance['villages']>;
export type ReportListItem = Item<ApiResponse<'/api/v1/jurisdictions/{code}/disclosure-reports'>>;
export type Notification = Item<ApiResponse<'/api/v1/notifications'>>;

/** 党务 / 村务 (居务 in a community) / 财务 / 事务. */
export function columnLabel(t: T, column: string, kind: string | null | undefined): string {
  if (column === 'village') return kind === 'community' ? t('disclosure.column.village.community') : t('disclosure.column.village.village');
  return t.dyn(`disclosure.column.${column}`, column);
}

/** 本村 / 本社区. */
export const hereLabel = (t: T, kind: string | null | undefined) => (kind === 'community' ? t('place.here.community') : t('place.here.village'));

const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function quarterPeriod(year: number, q: number): Period {
  const m1 = (q - 1) * 3 + 1;
  return { start: `${year}-${pad2(m1)}-01`, end: `${year}-${pad2(m1 + 2)}-${lastDay(year, m1 + 2)}`, label: `${year}-Q${q}` };
}
export function monthPeriod(year: number, m: number): Period {
  return { start: `${year}-${pad2(m)}-01`, end: `${year}-${pad2(m)}-${lastDay(year, m)}`, label: `${year}-${pad2(m)}` };
}
export const quarterOfDate = (d: string) => ({ year: Number(d.slice(0, 4)), quarter: Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1 });

/** "2026-Q3" / "2026-07" → a period, or null. */
export function parsePeriod(label: string): Period | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return quarterPeriod(Number(q[1]), Number(q[2]));
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  return m ? monthPeriod(Number(m[1]), Number(m[2])) : null;
}

export function quarterLabel(t: T, year: number, q: number): string {
  return t('disclosure.period.quarter', { year, q: t.dyn(`disclosure.quarterName.${q}`, String(q)) });
}
export function monthLabel(t: T, year: number, m: number): string {
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString(t.lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
}
export function periodLabelOf(t: T, label: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return quarterLabel(t, Number(q[1]), Number(q[2]));
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  return m ? monthLabel(t, Number(m[1]), Number(m[2])) : label;
}

/** A period covered by an entry, in words: a whole quarter, a whole month, or a range. */
export function periodText(t: T, start: string | null, end: string | null): string {
  if (!start && !end) return t('disclosure.period.none');
  if (start && end) {
    const y = Number(start.slice(0, 4));
    for (let q = 1; q <= 4; q++) {
      const p = quarterPeriod(y, q);
      if (p.start === start && p.end === end) return quarterLabel(t, y, q);
    }
    const m = monthPeriod(y, Number(start.slice(5, 7)));
    if (m.start === start && m.end === end) return monthLabel(t, y, Number(start.slice(5, 7)));
  }
  return t('disclosure.period.range', { start: start ?? '…', end: end ?? '…' });
}

/** A date (YYYY-MM-DD or an ISO instant) as a day in China, in the reader's language. */
export function formatDay(value: string, lang: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+08:00`) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleDateString(lang, { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
}

export const shortHash = (h: string) => h.slice(0, 10);

/** Quarters and months a resident may filter by: this year and last year, newest first. */
export function periodChoices(today: string): { quarters: string[]; months: string[] } {
  const { year, quarter } = quarterOfDate(today);
  const quarters: string[] = [];
  for (let y = year, q = quarter; quarters.length < 6; q--) {
    if (q === 0) { q = 4; y--; }
    quarters.push(`${y}-Q${q}`);
  }
  const months: string[] = [];
  for (let y = year, m = Number(today.slice(5, 7)); months.length < 12; m--) {
    if (m === 0) { m = 12; y--; }
    months.push(`${y}-${pad2(m)}`);
  }
  return { quarters, months };
}
