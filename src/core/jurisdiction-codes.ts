// 统计用区划代码: 12 digits = province 2 + city 2 + county 2 + township 3 + village 3.
// A node's descendants share its significant prefix, so "does a grant on A reach B" is a
// prefix test on the codes, with no table read. Pure functions.

export type Level = 'province' | 'city' | 'county' | 'township' | 'village';
const prefixLength: Record<Level, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/** Accepts 2/4/6/9/12-digit codes and returns the 12-digit form, or null if malformed. */
export function normaliseCode(input: string): string | null {
  const s = input.trim();
  if (!/^\d+$/.test(s) || ![2, 4, 6, 9, 12].includes(s.length)) return null;
  const full = s.padEnd(12, '0');
  // A shorter form must not hide a lower level (e.g. "500230" is the county, never a village).
  return levelOf(full) !== null ? full : null;
}

export function levelOf(code: string): Level | null {
  if (!/^\d{12}$/.test(code) || code.startsWith('00')) return null; // no province is numbered 00
  if (code.slice(2) === '0000000000') return 'province';
  if (code.slice(4) === '00000000') return 'city';
  if (code.slice(6) === '000000') return 'county';
  if (code.slice(9) === '000') return 'township';
  return 'village';
}

export function prefixOf(code: string): string {
  const level = levelOf(code);
  if (!level) throw new Error(`not a division code: ${code}`);
  return code.slice(0, prefixLength[level]);
}

/** True when a grant on `ancestor` reaches `target` (the same node or any node below it). */
export function covers(ancestor: string, target: string): boolean {
  const a = levelOf(ancestor);
  return a !== null && levelOf(target) !== null && target.startsWith(prefixOf(ancestor));
}

export function parentOf(code: string): string | null {
  const level = levelOf(code);
  if (!level || level === 'province') return null;
  const order: Level[] = ['province', 'city', 'county', 'township', 'village'];
  const up = order[order.indexOf(level) - 1]!;
  return code.slice(0, prefixLength[up]).padEnd(12, '0');
}

/** The short display form: 500230 for a county, 500230210 for a township. */
export function shortCode(code: string): string {
  return prefixOf(code);
}
