// The county's entries of the official holiday calendar (the State Council's annual notice),
// for years the chinese-days package does not cover, or to correct it.
import { sql, type Kysely, type Migration } from 'kysely';
import type { AnyDB } from '../db/database.ts';
import type { Write } from '../access/guard.ts';
import { AppError, bi, fieldError } from '../errors.ts';
import { makeCalendar, packageCovers, type DayOverride, type WorkingCalendar } from './calendar.ts';

interface CalendarTables {
  calendarOverride: { date: string; work: boolean; note: string };
  calendarYear: { year: number; enteredBy: string; enteredAt: Date };
}
const t = (db: AnyDB) => db as unknown as Kysely<CalendarTables>;

export async function loadCalendar(db: AnyDB): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([
    t(db).selectFrom('calendarOverride').selectAll().execute(),
    t(db).selectFrom('calendarYear').select('year').execute(),
  ]);
  return makeCalendar(days, new Set(years.map((y) => y.year)));
}

export async function yearInfo(db: AnyDB, year: number) {
  const days = await t(db).selectFrom('calendarOverride').selectAll().where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).orderBy('date').execute();
  const entered = await t(db).selectFrom('calendarYear').selectAll().where('year', '=', year).executeTakeFirst();
  return { year, coveredByPackage: packageCovers(year), enteredByCounty: !!entered, covered: packageCovers(year) || !!entered, days };
}

/** Enters a year's holidays and adjusted workdays; with `complete`, the year counts as covered. */
export async function enterYear(w: Write, countyCode: string, year: number, days: DayOverride[], complete: boolean, by: string) {
  const bad = days.findIndex((d) => !d.date.startsWith(`${year}-`));
  if (bad >= 0) throw AppError.validation([fieldError(`days.${bad}.date`, 'calendar.year', bi(`日期不在 ${year} 年内`, `The date is not in ${year}`))]);
  await t(w.trx).deleteFrom('calendarOverride').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
  if (days.length) await t(w.trx).insertInto('calendarOverride').values(days).execute();
  if (complete) {
    await t(w.trx).insertInto('calendarYear').values({ year, enteredBy: by, enteredAt: new Date() })
      .onConflict((oc) => oc.column('year').doUpdateSet({ enteredBy: by, enteredAt: new Date() })).execute();
  } else {
    await t(w.trx).deleteFrom('calendarYear').where('year', '=', year).execute();
  }
  await w.audit({ action: 'calendar.edit', targetType: 'calendarYear', targetId: year, jurisdictionCode: countyCode, after: { days: days.length, complete } });
  return yearInfo(w.trx, year);
}

export const calendarMigrations: Record<string, Migration> = {
  '202611220006_calendar_overrides': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE calendar_override (date date PRIMARY KEY, work boolean NOT NULL, note text NOT NULL);
        CREATE TABLE calendar_year (year integer PRIMARY KEY, entered_by text NOT NULL, entered_at timestamptz NOT NULL);
      `.execute(db);
    },
  },
};
