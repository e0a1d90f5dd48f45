// Demo: 廖家坝社区 registers the residents' covenant it adopted on paper in 2019 (one clause still
// fines, as many old covenants do, and the screen shows it), and starts its 2026 revision: opinions
// collected, a draft that rewrites the fine as correction and compensation at value, and residents'
// comments on a clause. 鱼泉子村 has its village rules in force and an honour-roll entry.
import { write } from '../../core/access/guard.ts';
import { accountByResident } from '../../core/access/service.ts';
import { getSetting } from '../../core/settings.ts';
import { listResidents } from '../people/service.ts';
import type { SeedContext } from '../../core/module.ts';
import { addComment, addOpinion, covenantOf, registerExisting, saveDraft, startRevision, takeStep } from './service/index.ts';
import { recordRollEntry } from './service/index.ts';
import { clausesOf } from './rules.ts';
import type { Chapter } from './tables.ts';

const LJB = '500230210001';
const YQZ = '500230210200';

export async function seedCovenants(ctx: SeedContext) {
  if (await covenantOf(ctx.db, LJB)) return;
  const clerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: LJB };
  // The demo acts as the committee would; it passes no route, so it vouches for its own steps.
  const actor = { label: 'ljb-committee', role: 'committeeMember' as const, may: () => true };
  const v1 = await write(ctx.db, clerk, 'covenants.register', (w) => registerExisting(w, LJB, {
    adoptedOn: '2019-06-20',
    chapters: [
      { title: '总则', clauses: [{ text: '为推进移风易俗，维护社区公共秩序，根据有关法律法规，经居民会议讨论通过，制定本公约。' }] },
      { title: '公共秩序与环境', clauses: [
        { text: '爱护公共设施，不乱倒垃圾、不乱搭乱建、不占用消防通道。' },
        { text: '在公共区域乱倒垃圾的，罚款200元。' },
      ] },
      { title: '移风易俗', clauses: [
        { text: '倡导婚事新办、丧事简办，红白喜事每桌标准不超过300元。' },
        { text: '子女应当赡养父母，不得虐待、遗弃老人。' },
      ] },
    ],
  }, 'ljb-committee', new Date('2026-11-01T02:00:00Z')));
  const p = await write(ctx.db, clerk, 'covenantRevision.start', (w) => startRevision(w, LJB, '2026年居民公约修订', actor, new Date('2026-11-02T02:00:00Z')));
  await write(ctx.db, clerk, 'covenants.opinion', (w) => addOpinion(w, p.id, { body: '建议把罚款那一条改掉，上级说公约不能罚款。', source: 'meeting', authorName: '谭秀英', authorAccountId: null, collectedBy: 'ljb-committee' }, new Date('2026-11-03T02:00:00Z')));
  await write(ctx.db, clerk, 'covenants.opinion', (w) => addOpinion(w, p.id, { body: '希望写上电动车不能在楼道充电。', source: 'paper', authorName: '廖明华', authorAccountId: null, collectedBy: 'ljb-committee' }, new Date('2026-11-04T02:00:00Z')));
  await write(ctx.db, clerk, 'covenantRevision.draft', (w) => takeStep(w, p.id, { type: 'draft' }, actor, new Date('2026-11-06T02:00:00Z'), '2026-11-06'));
  const old = clausesOf(v1.chapters as Chapter[]);
  const draft = await write(ctx.db, clerk, 'covenants.draft', (w) => saveDraft(w, p.id, {
    note: '根据征集的意见：删除罚款，改为批评教育、责令改正和照价赔偿；增加电动车充电条款',
    chapters: [
      { title: '总则', clauses: [{ id: old[0]!.id, text: old[0]!.text }] },
      { title: '公共秩序与环境', clauses: [
        { id: old[1]!.id, text: old[1]!.text },
        { id: old[2]!.id, text: '在公共区域乱倒垃圾的，由居委会批评教育，责令限期清理；造成损失的，照价赔偿。' },
        { text: '不在楼道、安全出口为电动自行车充电，不将电动自行车停放在楼道内。' },
      ] },
      { title: '移风易俗', clauses: [{ id: old[3]!.id, text: old[3]!.text }, { id: old[4]!.id, text: old[4]!.text }] },
    ],
  }, 'ljb-committee', new Date('2026-11-10T02:00:00Z')));
  const resident = { accountId: null, label: 'ljb-resident', role: 'resident', code: LJB };
  const ebike = clausesOf(draft.chapters as Chapter[])[3]!;
  // The comment of the demo resident (the one who signs in as ljb-resident).
  const demo = await getSetting<{ accounts: { username: string; displayName: string }[] }>(ctx.db, 'demoAccounts');
  const name = demo?.accounts.find((a) => a.username === 'ljb-resident')?.displayName;
  if (name) {
    for (const r of (await listResidents(ctx.db, LJB, { q: name, limit: 20 })).items) {
      const acc = await accountByResident(ctx.db, r.id);
      if (acc?.username !== 'ljb-resident') continue;
      await write(ctx.db, resident, 'covenants.comment', (w) => addComment(w, p.id, { clauseId: ebike.id, body: '建议小区统一建设充电棚，再执行这一条。' }, { accountId: acc.id, name }, new Date('2026-11-12T02:00:00Z')));
      break;
    }
  }
  ctx.say('公约：廖家坝社区登记了2019年居民公约，2026年修订草案正在征求意见 / covenants: one revision open for comment');

  if (await covenantOf(ctx.db, YQZ)) return;
  const yqz = { accountId: null, label: 'yqz-committee', role: 'committeeMember', code: YQZ };
  const y1 = await write(ctx.db, yqz, 'covenants.register', (w) => registerExisting(w, YQZ, {
    adoptedOn: '2020-03-15',
    chapters: [
      { title: '社会公德', clauses: [{ text: '尊老爱幼，邻里和睦，互谅互让。' }, { text: '倡导喜事新办，彩礼不超过3万元，抵制天价彩礼。' }] },
      { title: '环境卫生', clauses: [{ text: '房前屋后保持整洁，垃圾分类投放。' }] },
    ],
  }, 'yqz-committee', new Date('2026-11-01T02:00:00Z')));
  const c = clausesOf(y1.chapters as Chapter[]);
  await write(ctx.db, yqz, 'covenants.roll', (w) => recordRollEntry(w, YQZ, { kind: 'honor', personName: '陈国强', clauseId: c[0]!.id, description: '常年照顾同组独居老人，被评为“好邻居”。', evidence: '村民小组评议记录（2026年10月）', recordedOn: '2026-10-20' }, { accountId: 0, label: 'yqz-committee' }, '2026-11-01', new Date('2026-11-01T02:00:00Z')));
}
