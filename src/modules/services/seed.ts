// Demo: 丰都县's service catalogue; in 廖家坝社区 the demo resident's medical-insurance
// enrolment filed at the desk and in progress, an elderly resident's old-age allowance filed at
// the desk, run to the township as an errand and completed.
import { write } from '../../core/access/guard.ts';
import type { SeedContext } from '../../core/module.ts';
import { accountByResident, departmentsServing } from '../../core/access/service.ts';
import { loadCalendar } from '../../core/calendar/store.ts';
import { getSetting } from '../../core/settings.ts';
import { ageOn, listResidents } from '../people/service.ts';
import { catalogFor, demoCatalog, fileRequest, installDemoCatalog, moveRequest, returnErrand, startErrand } from './service.ts';
import { chinaDate } from '../../core/time.ts';

const COUNTY = '500230000000';
const VILLAGE = '500230210001';

export async function seedServices(ctx: SeedContext) {
  const county = { accountId: null, label: 'fengdu-county', role: 'countyOfficer', code: COUNTY };
  // A catalogue already in place is left as it is (a write that adds nothing is not opened).
  const have = new Set((await catalogFor(ctx.db, COUNTY, { includeInactive: true })).map((c) => c.code));
  const n = demoCatalog.every((d) => have.has(d.code)) ? 0 : await write(ctx.db, county, 'services.catalog', (w) => installDemoCatalog(w, COUNTY));
  const residents = (await listResidents(ctx.db, VILLAGE, { limit: 5000 })).items;
  if (residents.length === 0) return;
  const today = chinaDate(ctx.now());
  const cal = await loadCalendar(ctx.db);
  const clerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: VILLAGE };
  const township = { accountId: null, label: 'sanjian-township', role: 'townshipOfficial', code: '500230210000' };
  const desk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', onBehalf: true };

  // The demo resident's own request (the one who signs in as ljb-resident).
  const demo = await getSetting<{ accounts: { username: string; displayName: string }[] }>(ctx.db, 'demoAccounts');
  const name = demo?.accounts.find((a) => a.username === 'ljb-resident')?.displayName;
  let mine: number | null = null;
  for (const r of residents.filter((x) => x.name === name)) if ((await accountByResident(ctx.db, r.id))?.username === 'ljb-resident') mine = r.id;
  if (mine) {
    const r = await write(ctx.db, clerk, 'services.desk', (w) => fileRequest(w, { villageCode: VILLAGE, serviceCode: 'medical-insurance-enrolment', residentId: mine!, description: '为家中新生儿办理城乡居民医保参保', channel: 'desk' }, desk, cal, ctx.now()));
    await write(ctx.db, township, 'services.handle', (w) => moveRequest(w, r.id, 'accepted', null, township, ctx.now()));
    await write(ctx.db, township, 'services.handle', (w) => moveRequest(w, r.id, 'inProgress', '已转县医保局录入', township, ctx.now()));
  }

  // An elderly resident: old-age allowance, with the papers taken to the township by the grid worker.
  const elder = residents.filter((r) => r.habitual).sort((a, b) => a.birthDate.localeCompare(b.birthDate))[0];
  if (elder && ageOn(elder.birthDate, today) >= 80) {
    const r = await write(ctx.db, clerk, 'services.desk', (w) => fileRequest(w, { villageCode: VILLAGE, serviceCode: 'old-age-allowance', residentId: elder.id, description: '申请高龄津贴（行动不便，由网格员代办）', channel: 'desk' }, desk, cal, ctx.now()));
    const grid = { accountId: null, label: 'ljb-grid', role: 'gridWorker', code: VILLAGE };
    const e = await write(ctx.db, grid, 'services.errand', (w) => startErrand(w, VILLAGE, { residentId: elder.id, requestId: r.id, office: '三建乡民政办', matter: '高龄津贴申请', handedOver: '身份证复印件、户口簿复印件、银行卡复印件' }, { accountId: null, label: 'ljb-grid' }, today));
    await write(ctx.db, grid, 'services.errand', (w) => returnErrand(w, e.id, '乡民政办受理回执一份', today));
    // Accepted by the committee's desk: routed to the township's civil-affairs office, whose staff complete it.
    await write(ctx.db, clerk, 'services.handle', (w) => moveRequest(w, r.id, 'accepted', null, clerk, ctx.now()));
    const office = (await departmentsServing(ctx.db, VILLAGE)).find((d) => d.kind === 'civilAffairsOffice');
    const staff = office ? { accountId: null, label: 'sanjian-civil', role: 'departmentStaff', code: office.jurisdictionCode } : township;
    await write(ctx.db, staff, 'services.handle', (w) => moveRequest(w, r.id, 'completed', '已核准，自下月起发放', staff, ctx.now(), office?.id ?? null));
  }
  ctx.say(`服务目录 ${n} 项，演示服务申请 / service catalogue and demo requests`);
}
