// Demo: 廖家坝社区's wish wall — one wish thanked (hours on the volunteer's profile), one claimed
// by a social organisation, one open, one posted by the grid worker for an elderly resident and
// awaiting screening — plus volunteers, organisations, micro-services, and a demo volunteer
// account (ljb-volunteer) who can claim wishes.
import { write } from '../../core/access/guard.ts';
import { accountByResident, accountsReaching, createAccount, grantRole } from '../../core/access/service.ts';
import type { SeedContext } from '../../core/module.ts';
import { getSetting, setSetting } from '../../core/settings.ts';
import { listResidents } from '../people/service.ts';
import { createProfile, offerService, postWish, step } from './service.ts';

const LJB = '500230210001';
const DEMO_PASSWORD = 'gongzhi-demo';
const at = (d: string, h = 10) => new Date(Date.parse(`${d}T00:00:00Z`) + (h - 8) * 3600_000);

export async function seedWishes(ctx: SeedContext) {
  const op = { accountId: null, label: 'demo', role: 'operator', code: LJB };
  const residents = (await listResidents(ctx.db, LJB, { limit: 300 })).items.filter((r) => r.habitual && r.birthDate <= '2000-01-01' && r.birthDate >= '1970-01-01');
  let volunteerResident: { id: number; name: string } | null = null;
  for (const r of residents) if (!(await accountByResident(ctx.db, r.id))) { volunteerResident = r; break; }
  if (!volunteerResident) { ctx.say('wishes: no resident free for the demo volunteer, skipped'); return; }
  const vr = volunteerResident;
  // createAccount and grantRole record their own audit rows (recordAudit), which write() does not
  // count: one transaction, not a write() that would refuse them as recording nothing.
  const volunteerAccount = await ctx.db.transaction().execute(async (trx) => {
    const a = await createAccount(trx, op, { username: 'ljb-volunteer', displayName: vr.name, password: DEMO_PASSWORD, residentId: vr.id });
    await grantRole(trx, op, 'ljb-volunteer', 'resident', LJB);
    return a.id;
  });
  const demo = await getSetting<{ password: string; accounts: { username: string; role: string; code: string; displayName: string }[] }>(ctx.db, 'demoAccounts');
  if (demo) await setSetting(ctx.db, 'demoAccounts', { ...demo, accounts: [...demo.accounts, { username: 'ljb-volunteer', role: 'resident', code: LJB, displayName: vr.name }] });

  const committee = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: LJB };
  const grid = { accountId: null, label: 'ljb-grid', role: 'gridWorker', code: LJB };
  const residentAcc = (await accountsReaching(ctx.db, 'resident', LJB)).find((a) => a.accountId !== volunteerAccount);
  const staff = { accountId: 0, actors: ['staff' as const] };

  const p = await write(ctx.db, committee, 'wishes.profile', async (w) => ({
    me: await createProfile(w, LJB, { kind: 'volunteer', name: vr.name, introduction: '会修水电、小家电' }, volunteerAccount, at('2026-09-01')),
    org: await createProfile(w, LJB, { kind: 'socialOrganization', name: '三建乡青年志愿者协会', introduction: '每月为老人义务理发、陪伴就医' }, null, at('2026-09-01')),
    unit: await createProfile(w, LJB, { kind: 'unit', name: '国网丰都供电公司三建供电所', introduction: '党员服务队' }, null, at('2026-09-01')),
  }));
  await write(ctx.db, committee, 'wishes.service', async (w) => {
    await offerService(w, p.org.id, { title: '义务理发', description: '每月第一个周六上午，社区便民服务中心', availability: '每月第一个周六 9:00–11:30' }, at('2026-09-02'));
    await offerService(w, p.me.id, { title: '水电、小家电维修', description: '独居老人家中水龙头、灯具、电饭煲等小修，只收材料费', availability: '周末' }, at('2026-09-02'));
    await offerService(w, p.unit.id, { title: '老旧线路安全检查', description: '入户检查老旧电线和插座', availability: '预约' }, at('2026-09-02'));
  });

  if (residentAcc) {
    const who = { username: 'ljb-resident', accountId: residentAcc.accountId, wisherName: '居民', onBehalf: false };
    const r = residents.find((x) => x.id !== vr.id);
    const name = r?.name ?? '居民';
    const w1 = await write(ctx.db, { ...op, label: 'ljb-resident', role: 'resident' }, 'wishes.post', (w) => postWish(w, LJB, { title: '厨房水龙头漏水想请人修一下', description: '家里只有我和老伴，水龙头一直滴水，想请会修的师傅帮忙看看。' }, { ...who, wisherName: name }, at('2026-10-08')));
    await write(ctx.db, committee, 'wishes.approve', (w) => step(w, w1.id, 'approve', staff, {}, at('2026-10-08', 15)));
    await write(ctx.db, committee, 'wishes.claim', (w) => step(w, w1.id, 'claim', { accountId: volunteerAccount, actors: ['volunteer'] }, {}, at('2026-10-09')));
    await write(ctx.db, committee, 'wishes.fulfil', (w) => step(w, w1.id, 'fulfil', { accountId: volunteerAccount, actors: ['claimant'] }, { note: '换了阀芯，不再漏水。', hours: 1.5 }, at('2026-10-10')));
    await write(ctx.db, committee, 'wishes.thank', (w) => step(w, w1.id, 'thank', { accountId: residentAcc.accountId, actors: ['wisher'] }, { thanks: '谢谢小伙子，修得很好！' }, at('2026-10-10', 18)));
  }
  const w2 = await write(ctx.db, grid, 'wishes.post', (w) => postWish(w, LJB, { title: '想有人陪我去县医院复查', description: '腿脚不便，子女在外务工，下月要去县医院复查。' }, { username: 'ljb-grid', accountId: 0, wisherName: '谭秀珍', onBehalf: true }, at('2026-11-02')));
  await write(ctx.db, committee, 'wishes.approve', (w) => step(w, w2.id, 'approve', staff, {}, at('2026-11-03')));
  await write(ctx.db, committee, 'wishes.claim', (w) => step(w, w2.id, 'claim', staff, { profileId: p.org.id }, at('2026-11-04')));
  const w3 = await write(ctx.db, grid, 'wishes.post', (w) => postWish(w, LJB, { title: '孙子想要几本课外书', description: '孙子上四年级，喜欢看科普书。' }, { username: 'ljb-grid', accountId: 0, wisherName: '刘德芬', onBehalf: true }, at('2026-11-10')));
  await write(ctx.db, committee, 'wishes.approve', (w) => step(w, w3.id, 'approve', staff, {}, at('2026-11-11')));
  await write(ctx.db, grid, 'wishes.post', (w) => postWish(w, LJB, { title: '院坝路灯坏了', description: '三组院坝路灯坏了一个月，晚上出门不方便。' }, { username: 'ljb-grid', accountId: 0, wisherName: '陈光明', onBehalf: true }, at('2026-11-18')));
  ctx.say('wishes: 廖家坝社区 wish wall (4 wishes), 3 volunteers/organisations, 3 micro-services; demo volunteer account ljb-volunteer');
}
