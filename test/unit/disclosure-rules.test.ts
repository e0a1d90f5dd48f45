// Pure rules of public disclosure, table-driven: cadence, periods, due dates with the holiday
// calendar, compliance states, finance totals and money formatting, the plain-language summary,
// the review procedure and the report deadline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarNotCoveredError, makeCalendar } from '../../src/core/calendar/calendar.ts';
import {
  cadences, complianceState, dueDate, effectiveCadence, financeTotals, monthPeriod, nextStatus, parsePeriod, periodsOfYear, plainSummary,
  quarterOf, quarterPeriod, reportDeadline, statuses, yuan, type Cadence, type ComplianceState, type FinanceLine, type ReviewAction, type Status,
} from '../../src/modules/disclosure/rules.ts';

const cal = makeCalendar();
const nextDay = (d: string) => { const x = new Date(`${d}T00:00:00Z`); x.setUTCDate(x.getUTCDate() + 1); return x.toISOString().slice(0, 10); };

test('effectiveCadence: finance is monthly only where transactions are frequent', () => {
  const cases: [Cadence, boolean, string][] = [
    ['finance', true, 'monthly'], ['finance', false, 'quarterly'],
    ['quarterly', true, 'quarterly'], ['quarterly', false, 'quarterly'],
    ['monthly', true, 'monthly'], ['monthly', false, 'monthly'],
    ['immediate', true, 'immediate'], ['immediate', false, 'immediate'],
  ];
  assert.equal(cases.length, cadences.length * 2, 'every cadence is covered');
  for (const [c, frequent, expected] of cases) assert.equal(effectiveCadence(c, frequent), expected, `${c} frequent=${frequent}`);
});

test('periodsOfYear: quarters and months cover the year without gaps, Feb by leap year', () => {
  const quarters = periodsOfYear('quarterly', 2026);
  assert.deepEqual(quarters, [
    { start: '2026-01-01', end: '2026-03-31', label: '2026-Q1' },
    { start: '2026-04-01', end: '2026-06-30', label: '2026-Q2' },
    { start: '2026-07-01', end: '2026-09-30', label: '2026-Q3' },
    { start: '2026-10-01', end: '2026-12-31', label: '2026-Q4' },
  ]);
  const lengths: [year: number, feb: number][] = [[2026, 28], [2024, 29], [2000, 29], [2100, 28], [2028, 29]];
  for (const [year, feb] of lengths) {
    const months = periodsOfYear('monthly', year);
    assert.equal(months.length, 12);
    assert.deepEqual(months.map((m) => Number(m.end.slice(8))), [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], String(year));
    assert.deepEqual(months.map((m) => m.label), Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`));
    assert.equal(months[0]!.start, `${year}-01-01`);
    assert.equal(months[11]!.end, `${year}-12-31`);
    for (let i = 1; i < 12; i++) assert.equal(months[i]!.start, nextDay(months[i - 1]!.end), `${year} month ${i + 1} follows on`);
    assert.equal(periodsOfYear('quarterly', year)[0]!.end, `${year}-03-31`);
  }
  assert.deepEqual(periodsOfYear('immediate', 2026), []);
  assert.deepEqual(monthPeriod(2024, 2), { start: '2024-02-01', end: '2024-02-29', label: '2024-02' });
  assert.deepEqual(quarterPeriod(2026, 2), quarters[1]);
});

test('quarterOf: boundaries of each quarter', () => {
  const cases: [string, number][] = [['2026-01-01', 1], ['2026-03-31', 1], ['2026-04-01', 2], ['2026-06-30', 2], ['2026-07-01', 3], ['2026-09-30', 3], ['2026-10-01', 4], ['2026-12-31', 4]];
  for (const [d, q] of cases) assert.deepEqual(quarterOf(d), { year: 2026, quarter: q }, d);
});

test('parsePeriod: YYYY-Qn and YYYY-MM only', () => {
  assert.deepEqual(parsePeriod('2026-Q3'), { start: '2026-07-01', end: '2026-09-30', label: '2026-Q3' });
  assert.deepEqual(parsePeriod('2026-Q1'), { start: '2026-01-01', end: '2026-03-31', label: '2026-Q1' });
  assert.deepEqual(parsePeriod('2026-02'), { start: '2026-02-01', end: '2026-02-28', label: '2026-02' });
  assert.deepEqual(parsePeriod('2024-02'), { start: '2024-02-01', end: '2024-02-29', label: '2024-02' });
  assert.deepEqual(parsePeriod('2026-12'), { start: '2026-12-01', end: '2026-12-31', label: '2026-12' });
  for (const bad of ['2026-Q5', '2026-Q0', '2026-q3', '2026-13', '2026-00', '2026-1', '26-Q1', '2026-Q3 ', ' 2026-07', '2026', '', '2026-07-01', '2026Q3']) {
    assert.equal(parsePeriod(bad), null, JSON.stringify(bad));
  }
});

test('dueDate: N working days after the period ends, across holidays', () => {
  // Independently: Q3 2026 ends Wed 9月30日; 10月1–7日 are off; working days after it are
  // 10/8, 10/9, 10/10 (adjusted Saturday), 10/12–16, 10/19, 10/20.
  const q3 = quarterPeriod(2026, 3);
  assert.equal(dueDate(q3, 10, cal), '2026-10-20');
  assert.ok(dueDate(q3, 1, cal) > '2026-10-07', 'never inside National Day');
  const cases: [period: string, grace: number, due: string][] = [
    ['2026-Q3', 1, '2026-10-08'],
    ['2026-Q3', 3, '2026-10-10'],
    ['2026-Q3', 4, '2026-10-12'],
    ['2026-Q1', 10, '2026-04-15'], // across 清明 4/4–4/6
    ['2026-Q2', 10, '2026-07-14'],
    ['2026-01', 10, '2026-02-13'],
    ['2026-01', 11, '2026-02-14'], // the adjusted Saturday before Spring Festival
    ['2026-01', 12, '2026-02-24'], // Spring Festival skipped
    ['2026-02', 10, '2026-03-13'],
    ['2026-09', 5, '2026-10-13'],
    ['2026-08', 10, '2026-09-14'],
    ['2026-Q3', 0, '2026-09-30'],
  ];
  for (const [label, grace, due] of cases) assert.equal(dueDate(parsePeriod(label)!, grace, cal), due, `${label} + ${grace}`);
  // Q4 2026 is due in 2027, which the package does not know.
  assert.throws(() => dueDate(quarterPeriod(2026, 4), 10, cal), (e: unknown) => e instanceof CalendarNotCoveredError && e.year === 2027);
  const with2027 = makeCalendar([{ date: '2027-01-01', work: false, note: '元旦' }], new Set([2027]));
  assert.equal(dueDate(quarterPeriod(2026, 4), 10, with2027), '2027-01-15');
});

test('complianceState: on the due date is on time, the day after is late; overdue only after the due date', () => {
  const base = { due: '2026-10-20', periodEnd: '2026-09-30', dueSoonFrom: cal.workingDaysBefore('2026-10-20', 3) };
  assert.equal(base.dueSoonFrom, '2026-10-15');
  const cases: [publishedOn: string | null, today: string, state: ComplianceState][] = [
    ['2026-10-20', '2026-11-22', 'published'],
    ['2026-10-20', '2026-10-20', 'published'],
    ['2026-10-21', '2026-11-22', 'publishedLate'],
    ['2026-09-30', '2026-10-01', 'published'],
    ['2026-10-08', '2026-10-08', 'published'],
    [null, '2026-10-20', 'dueSoon'],
    [null, '2026-10-21', 'overdue'],
    [null, '2026-12-31', 'overdue'],
    [null, '2026-10-15', 'dueSoon'],
    [null, '2026-10-14', 'upcoming'],
    [null, '2026-10-01', 'upcoming'],
  ];
  for (const [publishedOn, today, state] of cases) assert.equal(complianceState({ ...base, publishedOn, today }), state, `${publishedOn} on ${today}`);
});

const line = (direction: 'income' | 'expense', category: string, amountFen: number, over: Partial<FinanceLine> = {}): FinanceLine =>
  ({ occurredOn: '2026-07-10', direction, category, counterparty: '某单位', amountFen, voucherNo: 'V-1', ...over });

test('financeTotals: sums, balance and categories (income first, largest first), from the lines only', () => {
  const lines = [
    line('expense', '办公及水电费', 86_540),
    line('income', '集体资产租赁', 420_000),
    line('expense', '干部误工补贴', 1_250_000),
    line('income', '上级转移支付', 1_850_000),
    line('expense', '环境卫生保洁', 360_000),
    line('income', '集体资产租赁', 45_000),
  ];
  assert.deepEqual(financeTotals(lines), {
    incomeFen: 2_315_000, expenseFen: 1_696_540, balanceFen: 618_460,
    byCategory: [
      { direction: 'income', category: '上级转移支付', amountFen: 1_850_000 },
      { direction: 'income', category: '集体资产租赁', amountFen: 465_000 },
      { direction: 'expense', category: '干部误工补贴', amountFen: 1_250_000 },
      { direction: 'expense', category: '环境卫生保洁', amountFen: 360_000 },
      { direction: 'expense', category: '办公及水电费', amountFen: 86_540 },
    ],
  });
  assert.deepEqual(financeTotals([]), { incomeFen: 0, expenseFen: 0, balanceFen: 0, byCategory: [] });
  const deficit = financeTotals([line('income', '其他', 100), line('expense', '其他', 250)]);
  assert.equal(deficit.balanceFen, -150);
  assert.deepEqual(deficit.byCategory.map((c) => `${c.direction}:${c.category}:${c.amountFen}`), ['income:其他:100', 'expense:其他:250'], 'one category name in both directions stays apart');
  // Large sums stay exact (integer fen, no floating point).
  assert.equal(financeTotals([line('income', 'a', 1_000_000_000_001), line('income', 'a', 2)]).incomeFen, 1_000_000_000_003);
});

test('financeTotals refuses zero, negative, fractional and unsafe amounts', () => {
  for (const bad of [0, -1, -100, 1.5, 0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1]) {
    assert.throws(() => financeTotals([line('income', 'a', 100), line('expense', 'b', bad)]), RangeError, String(bad));
  }
});

test('yuan: fen as yuan with two decimals and thousands separators', () => {
  const cases: [number, string][] = [
    [0, '0.00'], [5, '0.05'], [99, '0.99'], [100, '1.00'], [105, '1.05'], [123456, '1,234.56'], [100000, '1,000.00'],
    [123456789, '1,234,567.89'], [-5, '-0.05'], [-150, '-1.50'], [-123456789, '-1,234,567.89'],
  ];
  for (const [fen, text] of cases) assert.equal(yuan(fen), text, String(fen));
});

test('plainSummary of a finance entry: income, expense, surplus or deficit and the largest categories', () => {
  const totals = financeTotals([line('income', '上级转移支付', 1_850_000), line('income', '集体资产租赁', 465_000), line('expense', '干部误工补贴', 1_250_000), line('expense', '环境卫生保洁', 446_540)]);
  const s = plainSummary({ column: 'finance', title: '7 月财务', bodyMd: '见下表', finance: { totals } });
  assert.equal(s['zh-CN'], '本期收入 23,150.00 元，支出 16,965.40 元，结余 6,184.60 元。收入主要来自「上级转移支付」18,500.00 元。支出最多的是「干部误工补贴」12,500.00 元。');
  assert.equal(s.en, 'Income 23,150.00 yuan, expenses 16,965.40 yuan, a surplus of 6,184.60 yuan. Most income came from "上级转移支付" (18,500.00 yuan). The largest expense was "干部误工补贴" (12,500.00 yuan).');
  const onlyExpense = plainSummary({ column: 'finance', title: 't', bodyMd: '', finance: { totals: financeTotals([line('expense', '工程款', 11_280_000)]) } });
  assert.equal(onlyExpense['zh-CN'], '本期收入 0.00 元，支出 112,800.00 元，超支 112,800.00 元。支出最多的是「工程款」112,800.00 元。');
  assert.match(onlyExpense.en, /a deficit of 112,800\.00 yuan/);
  assert.doesNotMatch(onlyExpense.en, /Most income/);
});

test('plainSummary of a text entry: the first paragraph without Markdown marks', () => {
  const cases: [bodyMd: string, expected: string][] = [
    ['**本季度**应缴党费 1,536 元，_实缴_ 1,536 元；详见`附表`。\n\n第二段不显示。', '本季度应缴党费 1,536 元，实缴 1,536 元；详见附表。'],
    ['> 引用的\n> 通知\n\n后文', '引用的 通知'],
    ['\n\n   \n\n正文从这里开始', '正文从这里开始'],
    ['第一行\n第二行', '第一行 第二行'],
    ['', '标题代替'],
    ['***\n\n', '标题代替'],
  ];
  for (const [bodyMd, expected] of cases) {
    const s = plainSummary({ column: 'village', title: '标题代替', bodyMd, finance: null });
    assert.equal(s['zh-CN'], expected, JSON.stringify(bodyMd));
    assert.equal(s.en, expected);
  }
  // A finance entry without its table is summarised from its text.
  assert.equal(plainSummary({ column: 'finance', title: 't', bodyMd: '说明文字', finance: null })['zh-CN'], '说明文字');
});

test('plainSummary truncates at 120 characters', () => {
  const exactly = '村'.repeat(120);
  assert.equal(plainSummary({ column: 'party', title: 't', bodyMd: exactly, finance: null })['zh-CN'], exactly);
  const long = plainSummary({ column: 'party', title: 't', bodyMd: '务'.repeat(130), finance: null })['zh-CN'];
  assert.equal(long.length, 120);
  assert.equal(long, `${'务'.repeat(119)}…`);
});

// BUG (rules.ts plainSummary): the "strip Markdown" regex deletes every '-', '(', ')', '!', '_'
// and '*' anywhere in the text, not only Markdown marks, so a date or a phone number in the
// first paragraph is corrupted in the summary residents read.
test('plainSummary keeps dates, phone numbers and parentheses that are not Markdown', () => {
  const s = plainSummary({ column: 'services', title: 't', bodyMd: '自 2026-10-01 起，便民服务中心（电话 023-70681001）延长办公时间 (weekdays 9:00-17:00)。', finance: null });
  assert.match(s['zh-CN'], /2026-10-01/);
  assert.match(s['zh-CN'], /023-70681001/);
  assert.match(s['zh-CN'], /\(weekdays 9:00-17:00\)/);
});

// BUG (rules.ts plainSummary): truncation counts UTF-16 code units, so a character outside the
// BMP (rare Han characters of names and places, CJK Extension B) at position 119 is cut in half,
// leaving a lone surrogate in the summary.
test('plainSummary never cuts a character in half', () => {
  const rare = '𠮷'; // U+20BB7, two UTF-16 code units
  const s = plainSummary({ column: 'village', title: 't', bodyMd: `${'a'.repeat(118)}${rare.repeat(5)}`, finance: null })['zh-CN'];
  assert.doesNotMatch(s, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'no lone surrogate');
  assert.ok([...s].length <= 120, `at most 120 characters: ${[...s].length}`);
});

test('nextStatus: every (status, action) pair; only the review path is allowed', () => {
  const allowed: Record<string, Status> = {
    'draft:edit': 'draft', 'returned:edit': 'returned',
    'draft:submit': 'inReview', 'returned:submit': 'inReview',
    'inReview:return': 'returned',
    'inReview:approve': 'approved',
    'approved:publish': 'published',
  };
  const actions: ReviewAction[] = ['edit', 'submit', 'return', 'approve', 'publish'];
  let refused = 0;
  for (const s of statuses) {
    for (const a of actions) {
      const r = nextStatus(s, a);
      const key = `${s}:${a}`;
      if (key in allowed) {
        assert.deepEqual(r, { ok: true, to: allowed[key] }, key);
      } else {
        refused++;
        assert.equal(r.ok, false, `${key} must be refused`);
        if (r.ok) continue;
        assert.equal(r.rule, `disclosure.${a}.from.${s}`, key);
        assert.ok(r.messages['zh-CN'].includes(s) && r.messages.en.includes(s), `${key} names the status`);
        assert.ok(r.messages['zh-CN'].length > 5 && r.messages.en.length > 5, `${key} has messages in both languages`);
      }
    }
  }
  assert.equal(refused, statuses.length * actions.length - Object.keys(allowed).length);
});

test('publish without review is refused: from draft, inReview and returned', () => {
  for (const s of ['draft', 'inReview', 'returned'] as const) {
    const r = nextStatus(s, 'publish');
    assert.equal(r.ok, false);
    if (r.ok) continue;
    assert.equal(r.rule, `disclosure.publish.from.${s}`);
    assert.match(r.messages['zh-CN'], /监督委员会审核通过/);
    assert.match(r.messages.en, /approval/);
  }
  const again = nextStatus('published', 'publish');
  assert.equal(again.ok, false);
  const edit = nextStatus('published', 'edit');
  assert.ok(!edit.ok && edit.rule === 'disclosure.edit.from.published' && /更正/.test(edit.messages['zh-CN']), `editing a published entry points to a correction: ${JSON.stringify(edit)}`);
});

test('reportDeadline: day N of the quarter\'s last month, clamped to the month', () => {
  const cases: [year: number, q: number, day: number, date: string][] = [
    [2026, 1, 20, '2026-03-20'], [2026, 1, 31, '2026-03-31'], [2026, 2, 31, '2026-06-30'], [2026, 2, 5, '2026-06-05'],
    [2026, 3, 31, '2026-09-30'], [2026, 3, 30, '2026-09-30'], [2026, 4, 31, '2026-12-31'], [2026, 4, 1, '2026-12-01'],
  ];
  for (const [y, q, d, date] of cases) assert.equal(reportDeadline(y, q, d), date, `${y} Q${q} day ${d}`);
});
