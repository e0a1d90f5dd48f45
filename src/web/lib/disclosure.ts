// Public disclosure (村(居)务公开) on the web side: the shapes of the API answers (mirroring the
// zod schemas in src/modules/disclosure/routes.ts) and small helpers for columns and periods.
import type { T } from '../i18n.tsx';
import type { Bilingual } from './api.ts';

export const columns = ['party', 'village', 'finance', 'services'] as const;
export type Column = (typeof columns)[number];
export const statuses = ['draft', 'inReview', 'returned', 'approved', 'published'] as const;
export type Status = (typeof statuses)[number];
export type Direction = 'income' | 'expense';

export interface FinanceLine { occurredOn: string; direction: Direction; category: string; counterparty: string; amountFen: number; voucherNo: string }
export interface FinanceTotals { incomeFen: number; expenseFen: number; balanceFen: number; byCategory: { direction: Direction; category: string; amountFen: number }[] }
export interface Attachment { id?: number; filename: string; mime: string; size: number; sha256: string }

export interface BoardItem {
  id: number; column: Column; title: string; periodStart: string | null; periodEnd: string | null; publishedAt: string;
  seq: number; hash: string; supersededBy: number | null; supersedes: number | null; summary: Bilingual;
}
export interface Verification { ok: boolean; entries: number; headHash: string }
export interface BoardPage { items: BoardItem[]; nextCursor: number | null; verification: Verification }

/** GET /api/v1/villages/:code/board/:id — the immutable published record. */
export interface PublicEntry {
  entryId: number; column: Column; catalogItem: { id: number; title: string } | null;
  periodStart: string | null; periodEnd: string | null; title: string; bodyMd: string; bodyHtml: string;
  finance: { lines: FinanceLine[]; totals: FinanceTotals } | null;
  attachments: Attachment[]; review: { approvedBy: string; approvedAt: string };
  supersedesEntryId: number | null; seq: number; hash: string; prevHash: string; publishedAt: string;
  correctionReason: string | null; supersedesSeq: number | null; summary: Bilingual;
}
export interface PublicAnswer { id: number; entryId: number | null; question: string; answer: string; createdAt: string; answeredAt: string }
export interface EntryStatus { supersededBy: number | null; feedback: PublicAnswer[] }
export interface ChainVerification {
  villageCode: string; ok: boolean; entries: number; headHash: string;
  firstBroken: { seq: number; problem: string; detail: string } | null;
}

// --- staff side
export interface TimelineEvent { action: string; actorLabel: string; actorRole: string; note: string | null; at: string }
export interface Entry {
  id: number; villageCode: string; column: Column; catalogItemId: number | null; periodStart: string | null; periodEnd: string | null;
  title: string; bodyMd: string; status: Status; createdBy: string; createdAt: string; updatedAt: string; publishedAt: string | null;
  ledgerSeq: number | null; ledgerHash: string | null; supersedesEntryId: number | null; correctionReason: string | null;
  financeLines: FinanceLine[]; attachments: Required<Attachment>[]; timeline: TimelineEvent[]; totals: FinanceTotals | null; supersededBy: number | null;
}
export interface EntryListItem {
  id: number; column: Column; title: string; status: Status; periodStart: string | null; periodEnd: string | null; catalogItemId: number | null;
  createdBy: string; updatedAt: string; publishedAt: string | null; ledgerSeq: number | null; supersedesEntryId: number | null;
}
export interface CatalogItem { id: number; scopeCode: string; column: Column; title: string; requirement: string; cadence: 'quarterly' | 'monthly' | 'finance' | 'immediate'; responsibleRole: string; sort: number; active: boolean }
export interface DisclosureSettings { frequentFinance: boolean; feedbackWorkingDays: number; dueWorkingDays: number; reportDay: number; setAt: Record<string, string> }

export type ComplianceState = 'published' | 'publishedLate' | 'upcoming' | 'dueSoon' | 'overdue' | 'calendarMissing';
export interface Period { start: string; end: string; label: string }
export interface CalendarRow {
  itemId: number; column: Column; title: string; cadence: 'quarterly' | 'monthly'; period: Period; due: string | null;
  state: ComplianceState; entries: { id: number; publishedOn: string }[]; missingYear?: number;
}
export interface VillageCalendar {
  villageCode: string; year: number; today: string; settings: DisclosureSettings; rows: CalendarRow[];
  immediate: { itemId: number; column: Column; title: string; entries: { id: number; publishedOn: string }[] }[]; missingYears: number[];
}
export interface StaffFeedback {
  id: number; entryId: number | null; askerName: string | null; askerAccountId: number | null; question: string; private: boolean;
  createdAt: string; dueOn: string | null; answer: string | null; answeredBy: string | null; answeredAt: string | null; escalatedAt: string | null; phoneMasked: string | null;
}
export interface VillageCompliance {
  code: string; name: string; township: string | null; published: number; onTime: number; late: number; dueSoon: number; overdue: number; calendarMissing: number;
  feedback: { received: number; answered: number; overdue: number };
}
export interface Compliance { year: number; quarter: number; villages: VillageCompliance[] }
export interface ReportListItem { year: number; quarter: number; generatedAt: string }
export interface Notification { id: number; kind: string; subject: string; body: string; link: string | null; jurisdictionCode: string; createdAt: string; readAt: string | null }

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
