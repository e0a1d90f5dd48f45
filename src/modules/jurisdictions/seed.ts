// Demo: 丰都县 (Chongqing, 500230), the county of seed 003, with its real townships and
// villages; three units of 三建乡 get a profile, groups and grids.
import type { SeedContext } from '../../core/module.ts';
import { write } from '../../core/access/guard.ts';
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
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export async function seedJurisdictions(ctx: SeedContext) {
  const r = await importDivisions(ctx.db, DEMO_COUNTY);
  ctx.say(`丰都县: ${r.townships} 个乡镇(街道), ${r.villages} 个村(社区) / townships, villages`);
  const who = { accountId: null, label: 'demo', role: 'operator', code: null };
  for (const v of demoVillages) {
    const node = await requireVillage(ctx.db, v.code);
    const unit = node.kind === 'community' ? '居民小组' : '村民小组';
    await write(ctx.db, who, async (w) => {
      await updateProfile(w, v.code, { officePhone: v.officePhone, officeAddress: `丰都县三建乡${node.shortName}便民服务中心` });
      for (let i = 0; i < v.groups; i++) {
        const g = await addGroup(w, v.code, `第${numerals[i]}${unit}`);
        await addGrid(w, v.code, { name: `第${numerals[i]}网格`, groupId: g.id });
      }
    });
  }
  ctx.shared.set('demoVillages', demoVillages);
}
