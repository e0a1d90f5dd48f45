// Dates as the law counts them: calendar days in China (UTC+8, no daylight saving), written
// YYYY-MM-DD. The only place the platform turns an instant into "today": servers often run in
// UTC, where the date is yesterday's from 00:00 to 08:00 Beijing time. Working days (holidays,
// adjusted workdays) are the calendar's (core/calendar); this file knows only the week.

const CHINA_OFFSET_MS = 8 * 3600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date in China at instant `at` (YYYY-MM-DD). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of `hour`:`minute` o'clock in China on `date`. */
export function chinaInstant(date: string, hour = 0, minute = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + (hour * 60 + minute) * 60_000);
}

/** An ISO 8601 timestamp with China's offset (2026-11-24T10:30:00+08:00). */
export function chinaTimestamp(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** True when `s` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** The date `n` calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The first date strictly after `date` that falls on `day` (0 = Sunday … 6 = Saturday). */
export function nextWeekday(date: string, day: number): string {
  const ahead = ((day - weekday(date) + 7) % 7) || 7;
  return addDays(date, ahead);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
