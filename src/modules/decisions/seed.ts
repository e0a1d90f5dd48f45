// Demo: 鱼泉子村 takes a 一事一议 road repair through all of 四议两公开 — including a
// representatives' meeting that failed quorum and was held again — to its published outcome;
// 廖家坝社区 has a matter half-way and a representatives' register.
import { write } from '../../core/access/guard.ts';
import type { SeedContext } from '../../core/module.ts';
import { makeCalendar } from '../../core/calendar/calendar.ts';
import { getProcedure } from '../../core/procedure/engine.ts';
import { groupsOf } from '../jurisdictions/service.ts';
import { listHouseholds, listResidents, partyMembers } from '../people/service.ts';
import { publish, transition } from '../disclosure/service.ts';
import { recordAttendance, recordMotion, scheduleMeeting, getMeeting } from './service/index.ts';
import { startMatter, step, type MatterContext } from './service/index.ts';
import { addRepresentative, addTraining, installMatterTypes, matterTypesToInstall } from './service/index.ts';
import type { MeetingKind } from './rules.ts';

const COUNTY = '500230000000';
const at = (d: string, h = 10) => new Date(Date.parse(`${d}T00:00:00Z`) + (h - 8) * 3600_000);

export async function seedDecisions(ctx: SeedContext) {
  const cal = makeCalendar();
  const county = { accountId: null, label: 'fengdu-county', role: 'countyOfficer', code: COUNTY };
  const countyMatters = ['集体资产处置（评估价 5 万元以上）', '“一事一议”筹资筹劳项目'];
  if ((await matterTypesToInstall(ctx.db, COUNTY, countyMatters)).length) await write(ctx.db, county, 'decisions.matterTypes', (w) => installMatterTypes(w, COUNTY, countyMatters));

  for (const [code, slug, perGroup] of [['500230210001', 'ljb', 4], ['500230210200', 'yqz', 3]] as const) {
    const who = { accountId: null, label: `${slug}-committee`, role: 'committeeMember', code };
    const groups = await groupsOf(ctx.db, code);
    const adults = (await listResidents(ctx.db, code, { limit: 2000 })).items.filter((r) => r.habitual && r.birthDate <= '1996-01-01' && r.birthDate >= '1950-01-01');
    const households = (await listHouseholds(ctx.db, code, { limit: 2000 })).items;
    // Representatives per group, alternating women and men so that women make up a third or more.
    const reps: number[] = [];
    await write(ctx.db, who, 'decisions.representatives', async (w) => {
      for (const g of groups) {
        const pool = adults.filter((a) => a.groupId === g.id);
        const women = pool.filter((a) => a.gender === 'female');
        const men = pool.filter((a) => a.gender === 'male');
        const chosen = [...women.slice(0, Math.ceil(perGroup / 2)), ...men.slice(0, Math.floor(perGroup / 2))].slice(0, perGroup);
        const hh = households.filter((h) => h.groupId === g.id);
        for (const [i, a] of chosen.entries()) {
          const mine = hh.filter((_, j) => j % chosen.length === i).slice(0, 15).map((h) => h.id);
          const r = await addRepresentative(w, code, { residentId: a.id, groupId: g.id, termStart: '2021-04-01', households: mine });
          reps.push(r.id);
        }
      }
      await addTraining(w, code, { heldOn: '2026-05-18', topic: '村(居)民代表履职与“四议两公开”程序培训', attendeeIds: reps });
    });
  }

  // 鱼泉子村: a whole matter, step by step, with past dates.
  const code = '500230210200';
  const clerk = { accountId: null, label: 'yqz-committee', role: 'committeeMember', code };
  const sup = { accountId: null, label: 'yqz-supervisor', role: 'supervisor', code };
  // The demo acts as the committee would; it passes no route, so it vouches for its own steps.
  const actor = { label: clerk.label, role: 'committeeMember' as const, may: () => true };
  const matter = await write(ctx.db, clerk, 'majorDecision.start', (w) => startMatter(w, code, { title: '二组机耕道维修“一事一议”', description: '二组至村委会机耕道 1.2 公里路面损毁，拟以“一事一议”方式筹资维修：财政奖补 60%，村民筹资每人 50 元，筹劳每户 2 个工日。' }, actor, '2026-10-08', at('2026-10-08')));
  const meet = async (kind: MeetingKind, title: string, noticeOn: string, on: string, attend: number | 'roll', vote: ((present: number) => [number, number, number]) | null, persons?: number) => {
    const m = await write(ctx.db, clerk, 'decisions.meeting', (w) => scheduleMeeting(w, code, { kind, title, meetingDate: on, place: '鱼泉子村便民服务中心', agenda: '二组机耕道维修“一事一议”方案', procedureId: matter.id }, cal, noticeOn, at(noticeOn)));
    let n = typeof attend === 'number' ? attend : 0;
    if (attend === 'roll') {
      const full = await getMeeting(ctx.db, m.id);
      n = persons ?? full.attendance.length;
      await write(ctx.db, clerk, 'decisions.meeting', (w) => recordAttendance(w, m.id, on, { statuses: full.attendance.map((a, i) => ({ id: a.id, status: i < n ? 'present' as const : i === n ? 'leave' as const : 'absent' as const })) }));
    } else {
      await write(ctx.db, clerk, 'decisions.meeting', (w) => recordAttendance(w, m.id, on, { persons: attend }));
    }
    if (vote) { const [f, a, b] = vote(n); await write(ctx.db, clerk, 'decisions.meeting', (w) => recordMotion(w, m.id, on, { title: '二组机耕道维修“一事一议”方案', for: f, against: a, abstain: b })); }
    return m.id;
  };
  const branch = await meet('partyBranchMeeting', '党支部会：提议', '2026-10-09', '2026-10-10', 'roll', (n) => [n, 0, 0]);
  await write(ctx.db, clerk, 'majorDecision.propose', (w) => step(w, matter.id, { type: 'propose', meetingId: branch }, actor, at('2026-10-10', 16), null));
  const committees = await meet('committeesMeeting', '两委会：商议', '2026-10-10', '2026-10-12', 'roll', (n) => [n, 0, 0]);
  await write(ctx.db, clerk, 'majorDecision.consult', (w) => step(w, matter.id, { type: 'consult', meetingId: committees }, actor, at('2026-10-12', 16), null));
  const partyRoll = (await partyMembers(ctx.db, code)).length;
  const party = await meet('partyMembersMeeting', '党员大会：审议', '2026-10-13', '2026-10-20', 'roll', (n) => [n - 1, 0, 1], partyRoll - 1);
  await write(ctx.db, clerk, 'majorDecision.review', (w) => step(w, matter.id, { type: 'review', meetingId: party }, actor, at('2026-10-20', 16), null));
  // The first representatives' meeting lacked quorum (2/3 of members, 组织法 Art.26) and decided nothing.
  await meet('representativesMeeting', '村民代表会议：决议', '2026-10-21', '2026-10-28', 'roll', (n) => [n, 0, 0], 10);
  const repsAgain = await meet('representativesMeeting', '村民代表会议（重新召开）：决议', '2026-10-28', '2026-11-02', 'roll', (n) => [n - 2, 1, 1]);
  await write(ctx.db, clerk, 'majorDecision.resolve', (w) => step(w, matter.id, { type: 'resolve', meetingId: repsAgain, resolution: '同意二组机耕道维修“一事一议”方案：财政奖补 60%，村民每人筹资 50 元，每户筹劳 2 个工日，12 月底前完工。' }, actor, at('2026-11-02', 16), null));
  await write(ctx.db, clerk, 'majorDecision.requestResolutionPublication', (w) => step(w, matter.id, { type: 'requestResolutionPublication' }, actor, at('2026-11-03', 9), null));
  const approveAndPublish = async (entryId: number, d: string) => {
    await write(ctx.db, sup, 'disclosure.review', (w) => transition(w, entryId, 'approve', { label: sup.label, role: 'supervisor' }, '与会议记录一致', at(d, 10)));
    await write(ctx.db, clerk, 'disclosure.publish', (w) => publish(w, entryId, actor, at(d, 15)));
  };
  const ctx1 = (await getProcedure(ctx.db, matter.id)).context as MatterContext;
  await approveAndPublish(ctx1.resolutionEntryId!, '2026-11-04');
  await write(ctx.db, clerk, 'majorDecision.resolutionPublished', (w) => step(w, matter.id, { type: 'resolutionPublished' }, actor, at('2026-11-04', 16), null));
  await write(ctx.db, clerk, 'majorDecision.implement', (w) => step(w, matter.id, { type: 'implement' }, actor, at('2026-11-05'), '施工队进场'));
  await write(ctx.db, clerk, 'majorDecision.requestOutcomePublication', (w) => step(w, matter.id, { type: 'requestOutcomePublication', outcome: '机耕道 1.2 公里已于 11 月 18 日修复并验收；财政奖补 7.2 万元、村民筹资 2.6 万元，支出 9.6 万元，结余 0.2 万元转入下年维护。' }, actor, at('2026-11-19'), null));
  const ctx2 = (await getProcedure(ctx.db, matter.id)).context as MatterContext;
  await approveAndPublish(ctx2.outcomeEntryId!, '2026-11-20');
  await write(ctx.db, clerk, 'majorDecision.outcomePublished', (w) => step(w, matter.id, { type: 'outcomePublished' }, actor, at('2026-11-20', 16), null));

  // 廖家坝社区: a matter on its way (the secretary also chairs the committee: 一肩挑).
  const ljb = '500230210001';
  const ljbClerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: ljb };
  const ljbActor = { label: 'ljb-committee', role: 'committeeMember' as const, may: () => true };
  const m2 = await write(ctx.db, ljbClerk, 'majorDecision.start', (w) => startMatter(w, ljb, { title: '社区闲置仓库出租', description: '原粮站仓库（集体资产）闲置，拟公开招租，租期 5 年，底价每年 3.6 万元。' }, ljbActor, '2026-11-16', at('2026-11-16')));
  const joint = await write(ctx.db, ljbClerk, 'decisions.meeting', (w) => scheduleMeeting(w, ljb, { kind: 'committeesMeeting', title: '支部会、两委会联席会议', meetingDate: '2026-11-18', place: '廖家坝社区便民服务中心', agenda: '社区闲置仓库出租', procedureId: m2.id }, cal, '2026-11-16', at('2026-11-16')));
  const full = await getMeeting(ctx.db, joint.id);
  await write(ctx.db, ljbClerk, 'decisions.meeting', (w) => recordAttendance(w, joint.id, '2026-11-18', { statuses: full.attendance.map((a) => ({ id: a.id, status: 'present' as const })) }));
  await write(ctx.db, ljbClerk, 'decisions.meeting', (w) => recordMotion(w, joint.id, '2026-11-18', { title: '社区闲置仓库出租方案', for: full.attendance.length, against: 0, abstain: 0 }));
  await write(ctx.db, ljbClerk, 'majorDecision.proposeAndConsult', (w) => step(w, m2.id, { type: 'proposeAndConsult', meetingId: joint.id }, ljbActor, at('2026-11-18', 16), null));
  ctx.say('四议两公开：鱼泉子村一事一议已公开实施结果，廖家坝社区一事项进行中 / major decisions: one complete, one in progress');
}
