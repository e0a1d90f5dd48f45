// The Chinese working-day calendar: weekends, public holidays and adjusted workdays (调休),
// from the chinese-days package, plus overrides the county enters from the State Council's
// annual notice. chinese-days only knows the years it was published with; for a year it does
// not cover (and the county has not entered) it would silently fall back to weekday rules,
// so this calendar refuses instead: a legal deadline is never computed from a guess.
import cd from 'chinese-days';
import { AppError, bi } from '../errors.ts';
import { addDays } from '../time.ts';

export interface DayOverride { date: string; work: boolean; note: string }

export class CalendarNotCoveredError extends AppError {
  constructor(readonly year: number) {
    super('conflict', bi(
      `${year} 年的法定节假日安排尚未录入，无法计算工作日；请县民政局录入国务院办公厅当年的节假日通知`,
      `The official holiday calendar for ${year} has not been entered, so working days cannot be computed; the county must enter the State Council's holiday notice for ${year}`,
    ), [], { year });
  }
}

const packageYears = new Map<number, boolean>();
/** True when the chinese-days package carries the official holidays of `year`. */
export function packageCovers(year: number): boolean {
  let known = packageYears.get(year);
  if (known === undefined) {
    known = cd.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    packageYears.set(year, known);
  }
  return known;
}

const shift = addDays;

export interface WorkingCalendar {
  covers(year: number): boolean;
  isWorkday(date: string): boolean;
  /** The date `n` working days after `date` (n ≥ 1; `date` itself does not count). */
  addWorkingDays(date: string, n: number): string;
  /** The latest date that lies at least `n` whole working days before `date`. */
  workingDaysBefore(date: string, n: number): string;
  /** Working days strictly after `from` up to and including `to`. */
  workingDaysBetween(from: string, to: string): number;
}

/**
 * @param overrides days the county entered (they win over the package)
 * @param enteredYears years for which the county entered the whole official notice
 */
export function makeCalendar(overrides: readonly DayOverride[] = [], enteredYears: ReadonlySet<number> = new Set()): WorkingCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.work]));
  const covers = (year: number) => enteredYears.has(year) || packageCovers(year);
  const isWorkday = (date: string) => {
    const year = Number(date.slice(0, 4));
    const o = byDate.get(date);
    if (o !== undefined) return o;
    if (!covers(year)) throw new CalendarNotCoveredError(year);
    if (packageCovers(year)) return cd.isWorkday(date);
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // entered year: only its listed days differ from the week
    return dow !== 0 && dow !== 6;
  };
  return {
    covers,
    isWorkday,
    addWorkingDays(date, n) {
      let d = date;
      for (let left = n; left > 0;) { d = shift(d, 1); if (isWorkday(d)) left--; }
      return d;
    },
    workingDaysBefore(date, n) {
      let d = date;
      for (let left = n; left > 0;) { d = shift(d, -1); if (isWorkday(d)) left--; }
      return shift(d, 0);
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let d = shift(from, 1); d <= to; d = shift(d, 1)) if (isWorkday(d)) count++;
      return count;
    },
  };
}
