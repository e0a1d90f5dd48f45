// Demo population for the demo villages of 三建乡 (generated, with valid-checksum synthetic ID
// numbers), their committees, and one demo account per role.
import { write } from '../../core/access/guard.ts';
import { createAccount, departmentsUnder, grantRole } from '../../core/access/service.ts';
import type { SeedContext } from '../../core/module.ts';
import { setSetting } from '../../core/settings.ts';
import { ownTables } from '../../core/module.ts';
import { groupsOf, requireVillage, updateProfile } from '../jurisdictions/service.ts';
import type { DemoVillage } from '../jurisdictions/service.ts';
import { generatePopulation, type DemoResident } from './demo-population.ts';
import { pinyinFull, pinyinInitials, ageOn } from './rules.ts';
import type { PeopleTables } from './tables.ts';

export const DEMO_PASSWORD = 'gongzhi-demo';
const TERM_START = '2021-04-01'; // the 11th term (第十一届) began in spring 2021 (seed 000)
/** The demo's history runs from spring to autumn 2026 (the other seeds' dates), so its people are
 * generated as of the spring: the demo loads the same on any day, years later included (a
 * population generated as of the real today would hold babies born after the demo's election). */
const DEMO_AS_OF = '2026-05-01';

export async function seedPeople(ctx: SeedContext) {
  const villages = (ctx.shared.get('demoVillages') as DemoVillage[] | undefined) ?? [];
  const today = DEMO_AS_OF;
  const who = { accountId: null, label: 'demo', role: 'operator', code: null };
  const accounts: { username: string; displayName: string; role: string; code: string; residentId?: number; departmentId?: number }[] = [];

  for (const [i, v] of villages.entries()) {
    const node = await requireVillage(ctx.db, v.code);
    const groups = await groupsOf(ctx.db, v.code);
    const population = generatePopulation({ villageCode: v.code, kind: node.kind as 'village' | 'community', households: v.households, groups: groups.map((g) => g.name), seed: 2026 + i, today });
    const groupId = new Map(groups.map((g) => [g.name, g.id]));
    const byIdNumber = new Map<string, { id: number; r: DemoResident }>();
    await write(ctx.db, who, 'people.demoRegister', async (w) => {
      const tt = ownTables<PeopleTables>(w.trx);
      for (const hh of population) {
        const { id: householdId } = await tt.insertInto('household').values({ jurisdictionCode: v.code, number: hh.number, groupId: groupId.get(hh.group) ?? null, address: hh.address })
          .returning('id').executeTakeFirstOrThrow();
        const rows = await tt.insertInto('resident').values(hh.residents.map((r) => ({
          jurisdictionCode: v.code, householdId, name: r.name, namePinyin: pinyinFull(r.name), nameInitials: pinyinInitials(r.name),
          gender: r.gender, birthDate: r.birthDate, idNumber: r.idNumber, phone: r.phone, relationToHead: r.relationToHead,
          registered: r.registered, habitual: r.habitual, partyMember: r.partyMember,
        }))).returning(['id', 'idNumber']).execute();
        for (const row of rows) byIdNumber.set(row.idNumber, { id: row.id, r: hh.residents.find((x) => x.idNumber === row.idNumber)! });
      }
      const residents = population.flatMap((h) => h.residents).length;
      await w.audit({ targetType: 'village', targetId: v.code, jurisdictionCode: v.code, after: { demo: true, households: population.length, residents } });
      await updateProfile(w, v.code, { population: residents, households: population.length });

      // A committee drawn from resident adults living in the village: 一肩挑 secretary-and-chair,
      // a vice chair, members with at least one woman (组织法 Art.6), and a 3-member
      // supervisory committee whose members are not committee members (Art.32).
      const adults = [...byIdNumber.values()].filter(({ r }) => r.habitual && ageOn(r.birthDate, today) >= 28 && ageOn(r.birthDate, today) <= 58);
      const party = adults.filter(({ r }) => r.partyMember);
      const pick = (pool: typeof adults, pred: (r: DemoResident) => boolean = () => true) => {
        const found = pool.find(({ r, id }) => pred(r) && !taken.has(id));
        if (!found) throw new Error(`demo: not enough adults in ${v.code} to seat the committee`);
        taken.add(found.id);
        return found.id;
      };
      const taken = new Set<number>();
      const secretary = pick(party.length ? party : adults);
      const seats: { residentId: number; body: string; post: string }[] = [
        { residentId: secretary, body: 'partyBranch', post: 'secretary' },
        { residentId: secretary, body: 'residentsCommittee', post: 'chair' },
        { residentId: pick(adults), body: 'residentsCommittee', post: 'viceChair' },
        { residentId: pick(adults, (r) => r.gender === 'female'), body: 'residentsCommittee', post: 'member' },
        { residentId: pick(adults), body: 'residentsCommittee', post: 'member' },
        { residentId: pick(adults), body: 'supervisoryCommittee', post: 'chair' },
        { residentId: pick(adults, (r) => r.gender === 'female'), body: 'supervisoryCommittee', post: 'member' },
        { residentId: pick(adults), body: 'supervisoryCommittee', post: 'member' },
      ];
      await tt.insertInto('committeeMember').values(seats.map((s) => ({ jurisdictionCode: v.code, ...s, termStart: TERM_START, termEnd: null }))).execute();
      const resident = [...byIdNumber.values()].find(({ id, r }) => !taken.has(id) && r.habitual && ageOn(r.birthDate, today) >= 18)!;
      const nameOf = (id: number) => [...byIdNumber.values()].find((x) => x.id === id)!.r.name;
      const slug = i === 0 ? 'ljb' : i === 1 ? 'yqz' : `v${i}`;
      accounts.push({ username: `${slug}-committee`, displayName: nameOf(seats[0]!.residentId), role: 'committeeMember', code: v.code, residentId: seats[0]!.residentId });
      if (i <= 1) accounts.push({ username: `${slug}-supervisor`, displayName: nameOf(seats[5]!.residentId), role: 'supervisor', code: v.code, residentId: seats[5]!.residentId });
      if (i === 0) {
        accounts.push({ username: `${slug}-grid`, displayName: `${node.shortName}网格员`, role: 'gridWorker', code: v.code });
        accounts.push({ username: `${slug}-resident`, displayName: resident.r.name, role: 'resident', code: v.code, residentId: resident.id });
      }
    });
    ctx.say(`${node.shortName}: ${population.length} 户, ${byIdNumber.size} 人 / households, residents`);
  }

  accounts.push({ username: 'sanjian-township', displayName: '三建乡民政办', role: 'townshipOfficial', code: '500230210000' });
  accounts.push({ username: 'fengdu-county', displayName: '丰都县民政局', role: 'countyOfficer', code: '500230000000' });
  // Staff of the departments the jurisdictions seed set up: requests routed to their department
  // are theirs to work (后台审批); the county's departments file work requests for villages.
  const departments = await departmentsUnder(ctx.db, '500230000000');
  for (const [username, kind] of [['sanjian-civil', 'civilAffairsOffice'], ['sanjian-judicial', 'judicialOffice'], ['fengdu-org', 'organisationDepartment']] as const) {
    const d = departments.find((x) => x.kind === kind);
    if (d) accounts.push({ username, displayName: d.name, role: 'departmentStaff', code: d.jurisdictionCode, departmentId: d.id });
  }
  // Not a write() of this module: the accounts service records its own audit rows (accounts.create, accounts.grant).
  await ctx.db.transaction().execute(async (trx) => {
    for (const a of accounts) {
      await createAccount(trx, who, { username: a.username, displayName: a.displayName, password: DEMO_PASSWORD, residentId: a.residentId ?? null });
      await grantRole(trx, who, a.username, a.role, a.code, a.departmentId ?? null);
    }
  });
  await setSetting(ctx.db, 'demoAccounts', { password: DEMO_PASSWORD, accounts: accounts.map(({ username, role, code, displayName }) => ({ username, role, code, displayName })) });
}
