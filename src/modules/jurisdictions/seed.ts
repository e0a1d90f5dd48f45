// Demo: 丰都县 (Chongqing, 500230), the county of seed 003, with its real townships and
// villages; three units of 三建乡 get a profile, groups and grids; 三建乡 and the county get their
// departments (the offices requests are routed to, and work requests come from).
import type { SeedContext } from '../../core/module.ts';
import { write } from '../../core/access/guard.ts';
import { createDepartment, departmentsUnder } from '../../core/access/service.ts';
import type { DepartmentKind } from '../../core/access/roles.ts';
import { importDivisions } from './divisions.ts';
import { addGrid, addGroup, requireVillage, updateProfile } from './service.ts';

export const DEMO_COUNTY = '500230';
export interface DemoVillage { code: string; groups: number; households: number; officePhone: string }
// 廖家坝社区 is the pilot named in seed 003; two neighbouring villages of 三建乡 join it.
export const demoVillages: DemoVillage[] = [
  { code: '500230210001', groups: 6, households: 320, officePhone: '023-70681001' },
  { code: '500230210200', groups: 5, households: 260, officePhone: '023-70681200' },
  { code: '500230210201', groups: 4, households: 180, officePhone: '023-70681201' },
];
export const DEMO_TOWNSHIP = '500230210000'; // 三建乡
/** The demo's departments: which exist, and their names, are data per county. */
export const demoDepartments: { jurisdictionCode: string; kind: DepartmentKind; name: string }[] = [
  { jurisdictionCode: DEMO_TOWNSHIP, kind: 'civilAffairsOffice', name: '三建乡社会事务办' },
  { jurisdictionCode: DEMO_TOWNSHIP, kind: 'ruralEconomyStation', name: '三建乡农业服务中心' },
  { jurisdictionCode: DEMO_TOWNSHIP, kind: 'judicialOffice', name: '三建乡司法所' },
  { jurisdictionCode: DEMO_TOWNSHIP, kind: 'policeStation', name: '三建派出所' },
  { jurisdictionCode: '500230000000', kind: 'civilAffairsBureau', name: '丰都县民政局' },
  { jurisdictionCode: '500230000000', kind: 'organisationDepartment', name: '丰都县委组织部' },
];
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export async function seedJurisdictions(ctx: SeedContext) {
  const r = await importDivisions(ctx.db, DEMO_COUNTY);
  ctx.say(`丰都县: ${r.townships} 个乡镇(街道), ${r.villages} 个村(社区) / townships, villages`);
  const who = { accountId: null, label: 'demo', role: 'operator', code: null };
  for (const v of demoVillages) {
    const node = await requireVillage(ctx.db, v.code);
    const unit = node.kind === 'community' ? '居民小组' : '村民小组';
    await write(ctx.db, who, 'jurisdictions.editProfile', async (w) => {
      await updateProfile(w, v.code, { officePhone: v.officePhone, officeAddress: `丰都县三建乡${node.shortName}便民服务中心` });
      for (let i = 0; i < v.groups; i++) {
        const g = await addGroup(w, v.code, `第${numerals[i]}${unit}`);
        await addGrid(w, v.code, { name: `第${numerals[i]}网格`, groupId: g.id });
      }
    });
  }
  // The departments (the accounts service records its own audit rows, departments.create).
  const have = new Set((await departmentsUnder(ctx.db, '500230000000')).map((d) => `${d.jurisdictionCode}:${d.name}`));
  const missing = demoDepartments.filter((d) => !have.has(`${d.jurisdictionCode}:${d.name}`));
  if (missing.length) await write(ctx.db, who, 'departments.create', async (w) => { for (const d of missing) await createDepartment(w.trx, who, d); });
  ctx.say(`部门 ${demoDepartments.length} 个 / departments`);
  ctx.shared.set('demoVillages', demoVillages);
}
