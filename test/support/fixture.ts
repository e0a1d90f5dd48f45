// A small, fast world for tests: the real tree of 丰都县 (so codes and names are real), two
// villages of 三建乡 with groups, a few households and residents, and one account per role.
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform, type Platform } from '../../src/core/platform.ts';
import { write } from '../../src/core/access/guard.ts';
import { createAccount, grantRole } from '../../src/core/access/service.ts';
import { modules } from '../../src/modules/index.ts';
import { importDivisions } from '../../src/modules/jurisdictions/divisions.ts';
import { addGroup } from '../../src/modules/jurisdictions/service.ts';
import { createHousehold, createResident } from '../../src/modules/people/service.ts';
import { checkDigit } from '../../src/modules/people/rules.ts';
import type { Backend } from './backends.ts';
import { chinaDate } from '../../src/core/time.ts';

export const VILLAGE_A = '500230210001'; // 廖家坝社区
export const VILLAGE_B = '500230210200'; // 鱼泉子村
export const TOWNSHIP = '500230210000'; // 三建乡
export const OTHER_TOWNSHIP = '500230209000'; // 栗子乡
export const COUNTY = '500230000000'; // 丰都县
export const PASSWORD = 'test-password-1';

/** A valid ID number for a birth date and sequence (odd = male). */
export function idNumber(birth: string, seq: number, area = '500230'): string {
  const first17 = `${area}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}

export const accounts = {
  committeeA: { username: 'committee-a', role: 'committeeMember', code: VILLAGE_A },
  committeeB: { username: 'committee-b', role: 'committeeMember', code: VILLAGE_B },
  supervisorA: { username: 'supervisor-a', role: 'supervisor', code: VILLAGE_A },
  gridA: { username: 'grid-a', role: 'gridWorker', code: VILLAGE_A },
  residentA: { username: 'resident-a', role: 'resident', code: VILLAGE_A },
  township: { username: 'township', role: 'townshipOfficial', code: TOWNSHIP },
  otherTownship: { username: 'other-township', role: 'townshipOfficial', code: OTHER_TOWNSHIP },
  county: { username: 'county', role: 'countyOfficer', code: COUNTY },
} as const;
export type AccountKey = keyof typeof accounts;

export interface World {
  platform: Platform;
  groups: { A: number[]; B: number[] };
  households: { A: number; B: number };
  residents: { A: number[]; B: number[] };
  cleanup(): Promise<void>;
}

export async function openWorld(backend: Backend, opts: { now?: () => Date } = {}): Promise<World> {
  const { config, cleanup } = await backend.fresh();
  const platform = await openPlatform({ config, log: createLogger('silent'), modules, role: 'test', ...(opts.now ? { now: opts.now } : {}) });
  const who = { accountId: null, label: 'fixture', role: 'operator', code: null };
  await importDivisions(platform.database.db, '500230');
  const world = await write(platform.database.db, who, 'people.write', async (w) => {
    const gA = [await addGroup(w, VILLAGE_A, '第一居民小组'), await addGroup(w, VILLAGE_A, '第二居民小组')];
    const gB = [await addGroup(w, VILLAGE_B, '第一村民小组')];
    const hA = await createHousehold(w, VILLAGE_A, { number: '0001', groupId: gA[0]!.id, address: '第一居民小组1号' });
    const hB = await createHousehold(w, VILLAGE_B, { number: '0001', groupId: gB[0]!.id });
    const base = { registered: true, habitual: true, partyMember: false, phone: null };
    const a1 = await createResident(w, VILLAGE_A, { ...base, householdId: hA.id, name: '廖明华', idNumber: idNumber('1968-03-15', 11), phone: '13800001111', relationToHead: 'head', partyMember: true }, chinaDate(new Date()));
    const a2 = await createResident(w, VILLAGE_A, { ...base, householdId: hA.id, name: '谭秀英', idNumber: idNumber('1970-07-02', 22), relationToHead: 'spouse' }, chinaDate(new Date()));
    const b1 = await createResident(w, VILLAGE_B, { ...base, householdId: hB.id, name: '陈国强', idNumber: idNumber('1975-11-30', 33), relationToHead: 'head' }, chinaDate(new Date()));
    for (const a of Object.values(accounts)) {
      await createAccount(w.trx, who, { username: a.username, displayName: a.username, password: PASSWORD, residentId: a.username === 'resident-a' ? a2.id : null });
      await grantRole(w.trx, who, a.username, a.role, a.code);
    }
    return { groups: { A: gA.map((g) => g.id), B: gB.map((g) => g.id) }, households: { A: hA.id, B: hB.id }, residents: { A: [a1.id, a2.id], B: [b1.id] } };
  });
  return { platform, ...world, cleanup: async () => { await platform.close(); await cleanup(); } };
}

/** Audit rows a scheduled job wrote as the system actor, oldest first. */
export async function jobAudit(world: World, action: string): Promise<{ actorLabel: string; targetId: string; jurisdictionCode: string; after: unknown }[]> {
  const { sql } = await import('kysely');
  return (await sql<{ actorLabel: string; targetId: string; jurisdictionCode: string; after: unknown }>`
    SELECT actor_label AS "actorLabel", target_id AS "targetId", jurisdiction_code AS "jurisdictionCode", after
    FROM audit_log WHERE capacity_role = 'system' AND actor_account_id IS NULL AND action = ${action} ORDER BY id`.execute(world.platform.database.db)).rows;
}
