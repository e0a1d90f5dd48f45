// Demo: 鱼泉子村 prepares its 换届 (three weeks after the demo's last publication) under the national profile: the plan,
// the election committee, the voter roll derived from the register and published on time.
import { write } from '../../core/access/guard.ts';
import { makeCalendar } from '../../core/calendar/calendar.ts';
import type { SeedContext } from '../../core/module.ts';
import { listResidents } from '../people/service.ts';
import { ledgerEntries } from '../../core/ledger/ledger.ts';
import { addDays } from '../../core/time.ts';
import { buildRoll, planElection, publishRoll } from './service.ts';
import { chinaDate } from '../../core/time.ts';

const at = (d: string, h = 10) => new Date(Date.parse(`${d}T00:00:00Z`) + (h - 8) * 3600_000);

export async function seedElections(ctx: SeedContext) {
  const code = '500230210200';
  const clerk = { accountId: null, label: 'yqz-committee', role: 'committeeMember', code };
  // The demo acts as the village's committee, which may run its election (elections.manage).
  const actor = { label: clerk.label, role: 'committeeMember' as const, may: (action: string) => action === 'elections.manage' };
  const adults = (await listResidents(ctx.db, code, { limit: 200 })).items.filter((r) => r.habitual && r.birthDate <= '1990-01-01');
  if (adults.length < 3) return;
  // A minute after the last entry, so the demo never runs ahead of the other seeds' dates.
  const last = (await ledgerEntries(ctx.db, code)).map((e) => Date.parse(e.publishedAt)).sort((a, b) => a - b).at(-1);
  const planAt = new Date((last ?? at('2026-11-18').getTime()) + 60_000);
  const publishAt = new Date(planAt.getTime() + 60_000);
  const pub = chinaDate(publishAt);
  const day = addDays(pub, 21);
  if (!makeCalendar().covers(Number(day.slice(0, 4)))) {
    ctx.say(`  鱼泉子村换届选举：选举日 ${day} 所在年度的节假日尚未录入，演示选举从略`);
    return;
  }
  const id = await write(ctx.db, clerk, 'elections.plan', (w) => planElection(w, code, {
    kind: 'villageCommittee', profile: 'national', title: '第十二届村民委员会换届选举', electionDay: day,
    seats: { director: 1, deputyDirector: 1, member: 3, womenMember: 0 },
    pollingStations: [{ name: '村便民服务中心中心会场', mobile: false }, { name: '流动票箱一（二组、三组）', mobile: true }],
    committee: adults.slice(0, 3).map((a, i) => ({ residentId: a.id, name: a.name, post: i === 0 ? 'chair' as const : 'member' as const })),
  }, makeCalendar(), actor, planAt));
  const roll = await write(ctx.db, clerk, 'elections.roll', (w) => buildRoll(w, id));
  await write(ctx.db, clerk, 'elections.publishRoll', (w) => publishRoll(w, id, actor, publishAt));
  ctx.say(`  鱼泉子村换届选举：选民 ${roll.included} 人，名单于 ${pub} 公布，选举日 ${day}`);
}
