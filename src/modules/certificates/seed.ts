// Demo: 丰都县's lawful list (three items, demo data) and, in 廖家坝社区, one certificate issued
// at the desk and one forbidden request refused with its authority.
import { write } from '../../core/access/guard.ts';
import type { SeedContext } from '../../core/module.ts';
import { listResidents } from '../people/service.ts';
import { addCountyEntry, demoLawful, requestCertificate } from './service.ts';

const COUNTY = '500230000000';
const VILLAGE = '500230210001';

export async function seedCertificates(ctx: SeedContext) {
  const county = { accountId: null, label: 'fengdu-county', role: 'countyOfficer', code: COUNTY };
  await write(ctx.db, county, 'certificates.lists', async (w) => { for (const e of demoLawful) await addCountyEntry(w, COUNTY, e, 'fengdu-county', ctx.now()); });
  await write(ctx.db, county, 'certificates.lists', (w) => addCountyEntry(w, COUNTY, { list: 'forbidden', name: '房屋租赁证明', aliases: ['租房证明'], basis: '丰都县不应由村(居)民委员会出具证明事项（县增补，演示数据）', authority: '住房城乡建设部门（房屋租赁登记备案）' }, 'fengdu-county', ctx.now()));
  const residents = (await listResidents(ctx.db, VILLAGE, { limit: 50 })).items.filter((r) => r.habitual);
  const [a, b] = residents;
  if (!a || !b) return;
  const clerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: VILLAGE };
  await write(ctx.db, clerk, 'certificates.desk', (w) => requestCertificate(w, VILLAGE, { residentId: a.id, name: '居住证明', purpose: '子女就近入学', statement: `该居民自 2015 年起在本社区实际居住。` }, { accountId: null, label: 'ljb-committee', role: 'committeeMember' }, ctx.now()));
  await write(ctx.db, clerk, 'certificates.desk', (w) => requestCertificate(w, VILLAGE, { residentId: b.id, name: '无犯罪记录证明', purpose: '应聘' }, { accountId: null, label: 'ljb-committee', role: 'committeeMember' }, ctx.now()));
  ctx.say('证明事项清单与用章登记 / certificate lists and seal log');
}
