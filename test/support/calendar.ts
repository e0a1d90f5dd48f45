// The county's calendar entry for years the holiday package does not know, as the tests' county
// enters it. Tests choose their dates relative to the real today, so a run in December reaches
// next year and a run a year from now reaches the year after: those years are served by the
// platform's own mechanism (the county's entry), never avoided by pinning the clock to a known
// year. The official notice for a future year is not known to the tests, so the entry holds the
// fixed-date holidays of 《全国年节及纪念日放假办法》 (元旦, 劳动节, 国庆节) without adjusted
// workdays; holiday behaviour itself is tested on the package's real years.
import { write } from '../../src/core/access/guard.ts';
import { packageCovers } from '../../src/core/calendar/calendar.ts';
import { enterYear } from '../../src/core/calendar/store.ts';
import type { AnyDB } from '../../src/core/db/database.ts';
import { chinaDate } from '../../src/core/time.ts';

const FIXED_HOLIDAYS: [string, string][] = [
  ['01-01', '元旦'], ['05-01', '劳动节'], ['05-02', '劳动节'], ['10-01', '国庆节'], ['10-02', '国庆节'], ['10-03', '国庆节'],
];

/** Enters every uncovered year from this year to `yearsAhead` years on, for county `countyCode`. */
export async function enterTestCalendar(db: AnyDB, countyCode: string, now: Date, yearsAhead = 2): Promise<number[]> {
  const thisYear = Number(chinaDate(now).slice(0, 4));
  const entered: number[] = [];
  const who = { accountId: null, label: 'test-county', role: 'operator', code: null };
  for (let year = thisYear; year <= thisYear + yearsAhead; year++) {
    if (packageCovers(year)) continue;
    const days = FIXED_HOLIDAYS.map(([md, note]) => ({ date: `${year}-${md}`, work: false, note }));
    await write(db, who, 'calendar.edit', (w) => enterYear(w, countyCode, year, days, true, 'test-county'));
    entered.push(year);
  }
  return entered;
}
