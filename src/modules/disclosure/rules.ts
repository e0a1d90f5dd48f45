// Pure rules of public disclosure (村(居)务公开). No I/O; the calendar is passed in.
import type { WorkingCalendar } from '../../core/calendar/calendar.ts';

export const columns = ['party', 'village', 'finance', 'services'] as const; // 党务 / 村务 / 财务 / 事务
export type Column = (typeof columns)[number];
export const cadences = ['quarterly', 'monthly', 'finance', 'immediate'] as const;
export type Cadence = (typeof cadences)[number];

/**
 * How often an item must be published, per 村民委员会组织法 Art.30 ¶2: 「一般事项至少每季度公布一次；
 * 集体财务往来较多的，财务收支情况应当每月公布一次；涉及村民利益的重大事项应当随时公布」
 * (repeated by 农村集体经济组织财务公开规定). `finance` is monthly where the village records that its
 * collective finance has frequent transactions, otherwise quarterly. (Seed 004 says "一般性事项每年度
 * 公开一次"; the statute's "at least quarterly" is stricter and prevails.)
 */
export function effectiveCadence(c: Cadence, frequentFinance: boolean): 'quarterly' | 'monthly' | 'immediate' {
  if (c === 'finance') return frequentFinance ? 'monthly' : 'quarterly';
  return c;
}

export interface Period { start: string; end: string; label: string }
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function quarterOf(date: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  return { year: Number(date.slice(0, 4)), quarter: (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

export function quarterPeriod(year: number, q: number): Period {
  const m1 = (q - 1) * 3 + 1;
  return { start: `${year}-${pad(m1)}-01`, end: `${year}-${pad(m1 + 2)}-${lastDay(year, m1 + 2)}`, label: `${year}-Q${q}` };
}

export function monthPeriod(year: number, m: number): Period {
  return { start: `${year}-${pad(m)}-01`, end: `${year}-${pad(m)}-${lastDay(year, m)}`, label: `${year}-${pad(m)}` };
}

/** The periods of a year for a periodic cadence (none for `immediate`: it follows events). */
export function periodsOfYear(c: 'quarterly' | 'monthly' | 'immediate', year: number): Period[] {
  if (c === 'quarterly') return [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
  if (c === 'monthly') return Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1));
  return [];
}

/** Parses "2026-Q3" or "2026-07" into a period. */
export function parsePeriod(label: string): Period | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return quarterPeriod(Number(q[1]), Number(q[2]));
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  return m ? monthPeriod(Number(m[1]), Number(m[2])) : null;
}

/**
 * A periodic item is due `graceWorkingDays` working days after its period ends. The statute
 * sets the cadence, not the day; the county sets the grace (a setting, default 10).
 */
export function dueDate(period: Period, graceWorkingDays: number, cal: WorkingCalendar): string {
  return cal.addWorkingDays(period.end, graceWorkingDays);
}

export type ComplianceState = 'published' | 'publishedLate' | 'upcoming' | 'dueSoon' | 'overdue';

/** @param publishedOn the first publication for that item and period, if any */
export function complianceState(o: { due: string; publishedOn: string | null; today: string; periodEnd: string; dueSoonFrom: string }): ComplianceState {
  if (o.publishedOn) return o.publishedOn <= o.due ? 'published' : 'publishedLate';
  if (o.today > o.due) return 'overdue';
  if (o.today >= o.dueSoonFrom) return 'dueSoon';
  return 'upcoming';
}

// Our reminder policy (not statute): remind the responsible staff 3 working days before the due date.
export const REMIND_WORKING_DAYS_BEFORE = 3;

export interface FinanceLine { occurredOn: string; direction: 'income' | 'expense'; category: string; counterparty: string; amountFen: number; voucherNo: string }
export interface FinanceTotals { incomeFen: number; expenseFen: number; balanceFen: number; byCategory: { direction: 'income' | 'expense'; category: string; amountFen: number }[] }

/** Totals are always computed from the lines, never typed. Amounts are integer fen. */
export function financeTotals(lines: readonly FinanceLine[]): FinanceTotals {
  let incomeFen = 0;
  let expenseFen = 0;
  const cats = new Map<string, { direction: 'income' | 'expense'; category: string; amountFen: number }>();
  for (const l of lines) {
    if (!Number.isSafeInteger(l.amountFen) || l.amountFen <= 0) throw new RangeError(`amount must be a positive whole number of fen: ${l.amountFen}`);
    if (l.direction === 'income') incomeFen += l.amountFen; else expenseFen += l.amountFen;
    const key = `${l.direction}:${l.category}`;
    const c = cats.get(key) ?? { direction: l.direction, category: l.category, amountFen: 0 };
    c.amountFen += l.amountFen;
    cats.set(key, c);
  }
  const byCategory = [...cats.values()].sort((a, b) => (a.direction === b.direction ? b.amountFen - a.amountFen : a.direction === 'income' ? -1 : 1));
  return { incomeFen, expenseFen, balanceFen: incomeFen - expenseFen, byCategory };
}

export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${pad(abs % 100)}`;
}

/** A plain-language summary for residents who find a ledger hard to read (看不懂). */
export function plainSummary(p: { column: Column; title: string; bodyMd: string; finance: { totals: FinanceTotals } | null }): { 'zh-CN': string; en: string } {
  if (p.column === 'finance' && p.finance) {
    const t = p.finance.totals;
    const topExpense = t.byCategory.find((c) => c.direction === 'expense');
    const topIncome = t.byCategory.find((c) => c.direction === 'income');
    const zh = [`本期收入 ${yuan(t.incomeFen)} 元，支出 ${yuan(t.expenseFen)} 元，${t.balanceFen >= 0 ? '结余' : '超支'} ${yuan(Math.abs(t.balanceFen))} 元。`,
      topIncome ? `收入主要来自「${topIncome.category}」${yuan(topIncome.amountFen)} 元。` : '',
      topExpense ? `支出最多的是「${topExpense.category}」${yuan(topExpense.amountFen)} 元。` : ''].join('');
    const en = [`Income ${yuan(t.incomeFen)} yuan, expenses ${yuan(t.expenseFen)} yuan, ${t.balanceFen >= 0 ? 'a surplus' : 'a deficit'} of ${yuan(Math.abs(t.balanceFen))} yuan.`,
      topIncome ? ` Most income came from "${topIncome.category}" (${yuan(topIncome.amountFen)} yuan).` : '',
      topExpense ? ` The largest expense was "${topExpense.category}" (${yuan(topExpense.amountFen)} yuan).` : ''].join('');
    return { 'zh-CN': zh, en };
  }
  // Otherwise: the first paragraph without Markdown markup (dates, phones and brackets in the
  // text stay), at most 120 characters, never cutting a character in half.
  const plain = (s: string) => s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split('\n').filter((l) => !/^\s*([-*_]\s*){3,}$/.test(l)).map((l) => l.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '')).join(' ')
    .replace(/(\*\*|__|`)/g, '').replace(/(^|[^A-Za-z0-9])[*_]([^*_\s][^*_]*?)[*_](?=$|[^A-Za-z0-9])/g, '$1$2')
    .replace(/\s+/g, ' ').trim();
  const first = p.bodyMd.split(/\n\s*\n/).filter((para) => !/^\s{0,3}#{1,6}\s/.test(para) || para.trim().includes('\n')).map(plain).find(Boolean) ?? p.title;
  const chars = Array.from(first);
  const short = chars.length > 120 ? `${chars.slice(0, 119).join('')}…` : first;
  return { 'zh-CN': short, en: short };
}

// --- the review procedure of an entry: draft → inReview → (returned → inReview)* → approved → published
export const statuses = ['draft', 'inReview', 'returned', 'approved', 'published'] as const;
export type Status = (typeof statuses)[number];
export type ReviewAction = 'edit' | 'submit' | 'return' | 'approve' | 'publish';

const transitions: Record<ReviewAction, { from: readonly Status[]; to: Status }> = {
  edit: { from: ['draft', 'returned'], to: 'draft' },
  submit: { from: ['draft', 'returned'], to: 'inReview' },
  return: { from: ['inReview'], to: 'returned' },
  approve: { from: ['inReview'], to: 'approved' },
  // 村民委员会组织法 Art.32 (监委会 supervises 村务公开) and 农村集体经济组织财务公开规定 (民主理财小组
  // checks before publication): nothing is published without the supervisory committee's approval.
  publish: { from: ['approved'], to: 'published' },
};

export function nextStatus(current: Status, action: ReviewAction): { ok: true; to: Status } | { ok: false; rule: string; messages: { 'zh-CN': string; en: string } } {
  const t = transitions[action];
  if (t.from.includes(current)) return { ok: true, to: action === 'edit' && current === 'returned' ? 'returned' : t.to };
  const rule = `disclosure.${action}.from.${current}`;
  const zh: Record<ReviewAction, string> = {
    edit: '只有草稿或被退回的公开内容可以修改；已发布的内容不能修改，只能发布更正',
    submit: '只有草稿或被退回的公开内容可以提交审核',
    return: '只有审核中的公开内容可以退回',
    approve: '只有审核中的公开内容可以审核通过',
    publish: '未经村(居)务监督委员会审核通过，不能发布',
  };
  const en: Record<ReviewAction, string> = {
    edit: 'Only a draft or a returned entry can be edited; a published entry cannot change, only be corrected',
    submit: 'Only a draft or a returned entry can be submitted for review',
    return: 'Only an entry in review can be returned',
    approve: 'Only an entry in review can be approved',
    publish: 'An entry cannot be published without the supervisory committee\'s approval',
  };
  return { ok: false, rule, messages: { 'zh-CN': `${zh[action]}（当前状态：${current}）`, en: `${en[action]} (status: ${current})` } };
}

/** Day N of the quarter's last month: the county's deadline for the quarterly report (seed 000 §三(三)). */
export function reportDeadline(year: number, quarter: number, day: number): string {
  const month = quarter * 3;
  return `${year}-${pad(month)}-${pad(Math.min(day, lastDay(year, month)))}`;
}
