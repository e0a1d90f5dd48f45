// The Chinese working-day calendar. The expected dates below come from the State Council's
// notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号),
// typed in here by hand, so the calendar is checked against the official notice, not against
// the chinese-days package it is built on:
//   元旦 1月1日–3日放假，1月4日（周日）上班
//   春节 2月15日–23日放假，2月14日（周六）、2月28日（周六）上班
//   清明 4月4日–6日；劳动节 5月1日–5日，5月9日（周六）上班；端午 6月19日–21日
//   中秋 9月25日–27日；国庆 10月1日–7日，9月20日（周日）、10月10日（周六）上班
// (So 9月27日 is a Sunday inside the 中秋 holiday, not an adjusted workday; the National Day
// adjusted workdays are 9月20日 and 10月10日.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarNotCoveredError, makeCalendar, packageCovers } from '../../src/core/calendar/calendar.ts';
import { AppError } from '../../src/core/errors.ts';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};
const official2026 = {
  off: new Set([
    ...range('2026-01-01', '2026-01-03'), ...range('2026-02-15', '2026-02-23'), ...range('2026-04-04', '2026-04-06'),
    ...range('2026-05-01', '2026-05-05'), ...range('2026-06-19', '2026-06-21'), ...range('2026-09-25', '2026-09-27'),
    ...range('2026-10-01', '2026-10-07'),
  ]),
  work: new Set(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']),
};
/** A reference calendar for 2026 from the notice alone. */
function officialWorkday(date: string): boolean {
  if (official2026.work.has(date)) return true;
  if (official2026.off.has(date)) return false;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}
function refAdd(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    const x = new Date(`${d}T00:00:00Z`);
    x.setUTCDate(x.getUTCDate() + 1);
    d = x.toISOString().slice(0, 10);
    if (officialWorkday(d)) left--;
  }
  return d;
}

const cal = makeCalendar();

test('isWorkday follows the official 2026 notice: holidays off, adjusted weekend workdays on', () => {
  const cases: [string, boolean, string][] = [
    ['2026-09-20', true, 'Sunday: adjusted workday for National Day'],
    ['2026-09-19', false, 'Saturday'],
    ['2026-09-25', false, '中秋 (Friday)'],
    ['2026-09-27', false, '中秋 (Sunday): not an adjusted workday'],
    ['2026-09-28', true, 'Monday after 中秋'],
    ...range('2026-10-01', '2026-10-07').map((d): [string, boolean, string] => [d, false, '国庆']),
    ['2026-10-08', true, 'Thursday after 国庆'],
    ['2026-10-10', true, 'Saturday: adjusted workday for National Day'],
    ['2026-10-11', false, 'Sunday'],
    ['2026-02-14', true, 'Saturday: adjusted workday for Spring Festival'],
    ...range('2026-02-15', '2026-02-23').map((d): [string, boolean, string] => [d, false, '春节']),
    ['2026-02-24', true, 'Tuesday after 春节'],
    ['2026-02-28', true, 'Saturday: adjusted workday for Spring Festival'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, 'Sunday: adjusted workday for New Year'],
    ['2026-05-09', true, 'Saturday: adjusted workday for Labour Day'],
    ['2026-11-21', false, 'ordinary Saturday'],
    ['2026-11-23', true, 'ordinary Monday'],
  ];
  for (const [date, work, why] of cases) assert.equal(cal.isWorkday(date), work, `${date} ${why}`);
});

test('every day of 2026 agrees with the official notice', () => {
  const wrong = range('2026-01-01', '2026-12-31').filter((d) => cal.isWorkday(d) !== officialWorkday(d));
  assert.deepEqual(wrong, []);
  assert.equal(range('2026-01-01', '2026-12-31').filter(officialWorkday).length, cal.workingDaysBetween('2025-12-31', '2026-12-31'));
});

test('addWorkingDays across National Day, Spring Festival, weekends and the new year', () => {
  const cases: [from: string, n: number, expected: string, why: string][] = [
    ['2026-09-30', 1, '2026-10-08', 'the whole National Day week is skipped'],
    ['2026-09-30', 2, '2026-10-09', ''],
    ['2026-09-30', 3, '2026-10-10', 'Saturday 10月10日 is a workday'],
    ['2026-09-30', 4, '2026-10-12', 'Sunday 10月11日 is not'],
    ['2026-09-30', 10, '2026-10-20', 'Q3 + 10 working days'],
    ['2026-09-18', 1, '2026-09-20', 'Friday → the adjusted Sunday'],
    ['2026-09-24', 1, '2026-09-28', '中秋 Friday to Sunday are skipped'],
    ['2026-09-24', 5, '2026-10-09', 'a five-day answer window across both holidays'],
    ['2026-02-13', 1, '2026-02-14', 'Saturday 2月14日 is a workday'],
    ['2026-02-14', 1, '2026-02-24', 'the whole Spring Festival is skipped'],
    ['2026-02-13', 5, '2026-02-27', ''],
    ['2026-02-13', 6, '2026-02-28', 'Saturday 2月28日 is a workday'],
    ['2026-02-13', 7, '2026-03-02', ''],
    ['2026-11-20', 1, '2026-11-23', 'Friday → Monday'],
    ['2026-11-21', 1, '2026-11-23', 'from a Saturday'],
    ['2026-11-19', 5, '2026-11-26', 'a weekend inside the span'],
    ['2025-12-31', 1, '2026-01-04', 'New Year holiday, then the adjusted Sunday'],
    ['2026-03-31', 10, '2026-04-15', 'Q1 + 10 across 清明'],
    ['2026-06-30', 10, '2026-07-14', 'Q2 + 10'],
  ];
  for (const [from, n, expected, why] of cases) assert.equal(cal.addWorkingDays(from, n), expected, `${from} + ${n} ${why}`);
});

test('addWorkingDays agrees with the reference for every start day of 2026 and every n up to 15', () => {
  for (const from of range('2026-01-01', '2026-12-10')) {
    for (let n = 1; n <= 15; n++) assert.equal(cal.addWorkingDays(from, n), refAdd(from, n), `${from} + ${n}`);
  }
});

test('workingDaysBefore: the n-th working day before a date, the inverse of addWorkingDays', () => {
  const cases: [date: string, n: number, expected: string][] = [
    ['2026-10-20', 3, '2026-10-15'],
    ['2026-10-12', 3, '2026-10-08'], // the adjusted Saturday 10月10日 counts
    ['2026-10-08', 1, '2026-09-30'], // back across National Day
    ['2026-09-28', 1, '2026-09-24'], // back across 中秋
    ['2026-02-24', 1, '2026-02-14'], // back across Spring Festival to the adjusted Saturday
    ['2026-11-23', 1, '2026-11-20'], // Monday → Friday
  ];
  for (const [date, n, expected] of cases) assert.equal(cal.workingDaysBefore(date, n), expected, `${date} - ${n}`);
  for (const d of range('2026-01-10', '2026-12-31').filter(officialWorkday)) {
    for (const n of [1, 3, 5]) assert.equal(cal.addWorkingDays(cal.workingDaysBefore(d, n), n), d, `${d} ∓ ${n}`);
  }
});

test('workingDaysBetween counts working days after `from` up to and including `to`', () => {
  const cases: [from: string, to: string, n: number][] = [
    ['2026-09-30', '2026-10-20', 10],
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-10-08', 1],
    ['2026-10-08', '2026-10-08', 0],
    ['2026-10-09', '2026-10-08', 0],
    ['2026-02-13', '2026-02-28', 6],
    ['2026-11-20', '2026-11-23', 1],
  ];
  for (const [from, to, n] of cases) assert.equal(cal.workingDaysBetween(from, to), n, `${from} → ${to}`);
  for (const from of ['2026-01-05', '2026-09-18', '2026-09-30', '2026-12-01']) {
    for (const n of [1, 4, 9]) assert.equal(cal.workingDaysBetween(from, cal.addWorkingDays(from, n)), n, `${from} + ${n}`);
  }
});

test('a year the package does not cover is refused with the year, never guessed', () => {
  assert.equal(packageCovers(2026), true);
  assert.equal(packageCovers(2027), false);
  assert.equal(cal.covers(2026), true);
  assert.equal(cal.covers(2027), false);
  const cases: [string, () => unknown][] = [
    ['isWorkday', () => cal.isWorkday('2027-03-03')],
    ['addWorkingDays into 2027', () => cal.addWorkingDays('2026-12-31', 1)],
    ['addWorkingDays inside 2027', () => cal.addWorkingDays('2027-05-10', 3)],
    ['workingDaysBefore', () => cal.workingDaysBefore('2027-01-15', 3)],
    ['workingDaysBetween', () => cal.workingDaysBetween('2026-12-30', '2027-01-05')],
  ];
  for (const [name, fn] of cases) {
    assert.throws(fn, (e: unknown) => {
      assert.ok(e instanceof CalendarNotCoveredError, name);
      assert.ok(e instanceof AppError, `${name}: an AppError`);
      assert.equal(e.year, 2027, name);
      assert.equal(e.status, 409);
      assert.match(e.messages['zh-CN'], /2027/);
      assert.match(e.messages.en, /2027/);
      return true;
    }, name);
  }
  // The last days of 2026 are still answerable.
  assert.equal(cal.addWorkingDays('2026-12-28', 3), '2026-12-31');
});

test('overrides for 2027 plus the entered year make 2027 work', () => {
  const entered = makeCalendar([
    { date: '2027-01-01', work: false, note: '元旦' },
    { date: '2027-02-06', work: true, note: '春节调休上班' }, // a Saturday
    { date: '2027-02-08', work: false, note: '春节' },
  ], new Set([2027]));
  assert.equal(entered.covers(2027), true);
  const cases: [from: string, n: number, expected: string][] = [
    ['2026-12-31', 1, '2027-01-04'], // 元旦 Friday off, then the weekend
    ['2026-12-31', 10, '2027-01-15'], // Q4 2026 + 10
    ['2027-02-05', 1, '2027-02-06'], // the entered Saturday workday
    ['2027-02-06', 1, '2027-02-09'], // Sunday, then the entered Monday holiday
  ];
  for (const [from, n, expected] of cases) assert.equal(entered.addWorkingDays(from, n), expected, `${from} + ${n}`);
  assert.equal(entered.isWorkday('2027-03-06'), false, 'other days of an entered year follow the week');
  assert.equal(entered.isWorkday('2027-03-08'), true);
  assert.equal(entered.workingDaysBefore('2027-01-15', 3), '2027-01-12');
  assert.equal(entered.addWorkingDays('2026-09-30', 1), '2026-10-08', '2026 still comes from the package');
});

test('overrides without the year entered as complete answer only their own days', () => {
  const partial = makeCalendar([{ date: '2027-01-01', work: false, note: '元旦' }]);
  assert.equal(partial.covers(2027), false);
  assert.equal(partial.isWorkday('2027-01-01'), false);
  assert.throws(() => partial.isWorkday('2027-01-04'), (e: unknown) => e instanceof CalendarNotCoveredError && e.year === 2027);
  assert.throws(() => partial.addWorkingDays('2026-12-31', 1), CalendarNotCoveredError);
});

test('an override beats the package', () => {
  const c = makeCalendar([
    { date: '2026-10-08', work: false, note: '地方调整' },
    { date: '2026-10-03', work: true, note: '值班' },
    { date: '2026-10-10', work: false, note: '取消调休' },
  ]);
  assert.equal(c.isWorkday('2026-10-08'), false);
  assert.equal(c.isWorkday('2026-10-03'), true);
  assert.equal(c.addWorkingDays('2026-09-30', 1), '2026-10-03');
  assert.equal(c.addWorkingDays('2026-10-03', 1), '2026-10-09');
  assert.equal(c.addWorkingDays('2026-10-09', 1), '2026-10-12');
  assert.equal(cal.addWorkingDays('2026-09-30', 1), '2026-10-08', 'another calendar is unaffected');
});
