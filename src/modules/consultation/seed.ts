// Demo: the county's consultation catalogue, and in 廖家坝社区 one topic accepted at pre-review
// and open for deliberation online.
import { write } from '../../core/access/guard.ts';
import type { SeedContext } from '../../core/module.ts';
import { advance, categoriesFor, installCategories, propose } from './service.ts';

export async function seedConsultation(ctx: SeedContext) {
  await installCategories(ctx.db, '500230000000');
  const code = '500230210001';
  const cats = await categoriesFor(ctx.db, code);
  const clerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code };
  // The demo committee takes its own steps: the chain's answer for it is yes.
  const actor = { label: 'ljb-committee', role: 'committeeMember' as const, may: () => true };
  const now = new Date('2026-11-12T02:00:00Z');
  const p = await write(ctx.db, clerk, 'consultation.propose', (w) => propose(w, code, { categoryId: cats[1]!.id, title: '第二居民小组垃圾收集点选址', description: '现收集点紧邻居民住宅，夏季异味大。拟在两处备选地点中选定新址，请居民发表意见。' }, actor, now));
  await write(ctx.db, clerk, 'consultation.accept', (w) => advance(w, p.id, { type: 'accept', text: '属于人居环境整治事项，符合议事协商目录，同意开展协商' }, actor, new Date('2026-11-13T02:00:00Z')));
  ctx.say('议事协商：廖家坝社区一个议题正在网上协商 / consultation: one open topic');
}
