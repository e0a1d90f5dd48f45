// 四议两公开 through HTTP on both databases, with a clock the test moves: a major matter in
// 廖家坝社区 (village A) from the party branch's proposal to the published outcome, with every
// wrong turn refused by the rule that forbids it; meetings with notice periods across the 2026
// National Day holiday, attendance rolls from the registers, quorum and pass rules; the
// supervisory committee's objections; 一肩挑 in 鱼泉子村 (village B); the villagers' assembly
// counted from the register; the representatives' register; the named rules over HTTP.
//
// The registers are built here: A gets a party branch (3), a residents' committee (3), a
// supervisory committee chair, 10 party members and 9 representatives; B gets households with
// adults, a minor, two 18-year-olds on either side of the meeting day, one deceased villager, a
// secretary who also chairs the committee, and 4 representatives (one woman).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { createMachine } from 'xstate';
import { write, type Write } from '../../src/core/access/guard.ts';
import { buildApp } from '../../src/core/app.ts';
import { startProcedure, timeline, type ProcedureDefinition } from '../../src/core/procedure/engine.ts';
import { installDefaultCatalog } from '../../src/modules/disclosure/catalog.ts';
import { addCommitteeMember, createHousehold, createResident, recordFlag } from '../../src/modules/people/service.ts';
import { addRepresentative } from '../../src/modules/decisions/service/index.ts';
import { backends } from '../support/backends.ts';
import { COUNTY, idNumber, openWorld, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, loginAs, type Client } from '../support/http.ts';
import { chinaDate } from '../../src/core/time.ts';

const op = { accountId: null, label: 'fixture', role: 'operator', code: null };
/** h o'clock Beijing time on a date. */
const beijing = (date: string, h = 10) => new Date(Date.parse(`${date}T00:00:00Z`) + (h - 8) * 3600_000);
const CATALOG_TITLE = '“四议两公开”决议及实施结果';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Person { name: string; birth: string; male: boolean; party?: boolean }
interface Registers {
  A: { secretary: number; chair: number; partyMembers: number; reps: number[]; byName: Map<string, number> };
  B: { byName: Map<string, number>; reps: Map<string, number> };
}

/** Residents, committees, party members and representatives (service layer, as the registry clerk would). */
async function buildRegisters(world: World): Promise<Registers> {
  const db = world.platform.database.db;
  let seq = 100;
  const add = async (w: Write, code: string, householdId: number, p: Person, relation: 'head' | 'spouse' | 'child' | 'parent' | 'sibling' | 'other') => {
    seq += 2;
    const r = await createResident(w, code, {
      householdId, name: p.name, idNumber: idNumber(p.birth, seq + (p.male ? 1 : 0)), relationToHead: relation, registered: true, habitual: true, partyMember: !!p.party, phone: null,
    }, chinaDate(new Date()));
    return r.id as number;
  };
  await write(db, { ...op, role: 'countyOfficer', code: COUNTY }, 'disclosure.catalog', (w) => installDefaultCatalog(w, COUNTY));

  const A = await write(db, op, 'people.write', async (w) => {
    const byName = new Map<string, number>();
    let n = 0;
    const person = async (p: Person) => {
      n++;
      const hh = await createHousehold(w, VILLAGE_A, { number: String(100 + n), groupId: world.groups.A[n % 2]!, address: `第${(n % 2) + 1}居民小组${n}号` });
      const id = await add(w, VILLAGE_A, hh.id, p, 'head');
      byName.set(p.name, id);
      return id;
    };
    const secretary = await person({ name: '向明德', birth: '1972-04-01', male: true, party: true });
    const deputy = await person({ name: '秦玉兰', birth: '1978-06-12', male: false, party: true });
    const branchMember = await person({ name: '冉光荣', birth: '1980-01-20', male: true, party: true });
    const chair = await person({ name: '黄志强', birth: '1975-09-09', male: true });
    const vice = await person({ name: '李春梅', birth: '1983-03-03', male: false });
    const member = await person({ name: '周小燕', birth: '1990-12-12', male: false });
    const supervisor = await person({ name: '何正平', birth: '1966-07-07', male: true });
    for (const [residentId, body, post] of [
      [secretary, 'partyBranch', 'secretary'], [deputy, 'partyBranch', 'deputySecretary'], [branchMember, 'partyBranch', 'member'],
      [chair, 'residentsCommittee', 'chair'], [vice, 'residentsCommittee', 'viceChair'], [member, 'residentsCommittee', 'member'],
      [supervisor, 'supervisoryCommittee', 'chair'],
    ] as const) await addCommitteeMember(w, VILLAGE_A, { residentId, body, post, termStart: '2021-05-01' });
    // Party members: 廖明华 (fixture) + the branch (3) + 6 = 10.
    for (const p of [['王建国', true], ['张秀芬', false], ['刘大勇', true], ['陈桂英', false], ['杨光明', true], ['赵德兵', true]] as const) {
      await person({ name: p[0], birth: '1960-02-02', male: p[1], party: true });
    }
    const reps: number[] = [];
    const repPeople: [string, boolean][] = [['谭远志', true], ['罗红梅', false], ['邓先国', true], ['彭丽', false], ['曾庆华', true], ['唐小芳', false], ['蒋林', true], ['吴世友', true], ['孙国富', true]];
    for (const [i, [name, male]] of repPeople.entries()) {
      const id = await person({ name, birth: `19${70 + i}-05-05`, male });
      await addRepresentative(w, VILLAGE_A, { residentId: id, groupId: world.groups.A[i % 2]!, termStart: '2021-05-01' });
      reps.push(id);
    }
    return { secretary, chair, partyMembers: 10, reps, byName };
  });

  const B = await write(db, op, 'people.write', async (w) => {
    const byName = new Map<string, number>();
    const hB = world.households.B;
    const hB2 = (await createHousehold(w, VILLAGE_B, { number: '0002', groupId: world.groups.B[0]! })).id;
    const hB3 = (await createHousehold(w, VILLAGE_B, { number: '0003', groupId: world.groups.B[0]! })).id;
    const people: [number, Person, 'head' | 'spouse' | 'child' | 'parent' | 'sibling' | 'other'][] = [
      [hB, { name: '牟大成', birth: '1980-08-08', male: true, party: true }, 'sibling'],
      [hB, { name: '冯素珍', birth: '1977-02-14', male: false }, 'spouse'],
      [hB2, { name: '汪德福', birth: '1969-10-01', male: true }, 'head'],
      [hB2, { name: '熊永贵', birth: '1971-11-11', male: true }, 'sibling'],
      [hB2, { name: '汪小雨', birth: '2008-10-09', male: false }, 'child'], // 18 on 2026-10-09
      [hB2, { name: '汪小雪', birth: '2008-10-10', male: false }, 'child'], // 18 the day after
      [hB3, { name: '龙玉霞', birth: '1985-05-20', male: false }, 'head'],
      [hB3, { name: '龙小宝', birth: '2012-06-01', male: true }, 'child'],
      [hB3, { name: '龙老汉', birth: '1940-01-01', male: true, party: true }, 'parent'],
    ];
    for (const [hh, p, rel] of people) byName.set(p.name, await add(w, VILLAGE_B, hh, p, rel));
    await recordFlag(w, byName.get('龙老汉')!, { flag: 'deceased', value: true, effectiveDate: '2026-03-01' }, 'fixture');
    // 一肩挑: 陈国强 is both the party secretary and the committee chair.
    const chen = world.residents.B[0]!;
    byName.set('陈国强', chen);
    await addCommitteeMember(w, VILLAGE_B, { residentId: chen, body: 'partyBranch', post: 'secretary', termStart: '2021-05-01' });
    await addCommitteeMember(w, VILLAGE_B, { residentId: chen, body: 'residentsCommittee', post: 'chair', termStart: '2021-05-01' });
    const reps = new Map<string, number>();
    for (const name of ['牟大成', '冯素珍', '汪德福', '熊永贵']) {
      reps.set(name, (await addRepresentative(w, VILLAGE_B, { residentId: byName.get(name)!, groupId: world.groups.B[0]!, termStart: '2021-05-01' })).id);
    }
    return { byName, reps };
  });
  return { A, B };
}

/** Asserts a problem response: status, and (optionally) the first field error's field and rule. */
function problem(res: LightMyRequestResponse, status: number, field?: string | RegExp, rule?: string | RegExp, label = '') {
  assert.equal(res.statusCode, status, `${label} ${res.body}`);
  assert.match(String(res.headers['content-type']), /application\/problem\+json/, label);
  const p = res.json();
  assert.ok(p.messages?.['zh-CN'] && p.messages?.en, `${label}: bilingual messages`);
  if (field !== undefined || rule !== undefined) {
    const errs: { field: string; rule: string; messages: { 'zh-CN': string; en: string } }[] = p.errors ?? [];
    const hit = errs.find((e) => (field === undefined || (typeof field === 'string' ? e.field === field : field.test(e.field)))
      && (rule === undefined || (typeof rule === 'string' ? e.rule === rule : rule.test(e.rule))));
    assert.ok(hit, `${label}: expected an error on ${String(field)} / ${String(rule)}, got ${JSON.stringify(errs.map((e) => [e.field, e.rule]))}`);
    assert.ok(hit.messages['zh-CN'] && hit.messages.en, `${label}: the field error is bilingual`);
  }
  return p;
}

for (const backend of backends()) {
  describe(`decisions API on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let reg: Registers;
    let clock = beijing('2026-09-29');
    /** Moves the platform's clock (today in China is what the routes use). */
    const setDay = (date: string, h = 10) => { clock = beijing(date, h); };

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      const p = world.platform;
      // Sessions slide with the (moving) clock: allow a month so a login survives the test's weeks.
      app = await buildApp({ config: { ...p.config, SESSION_HOURS: 720 }, db: p.database.db, log: p.log, modules: p.modules, now: p.now });
      await app.ready();
      reg = await buildRegisters(world);
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    // --- helpers speaking HTTP

    const startMatter = async (c: Client, code: string, title: string) => {
      const res = await c.post(`/api/v1/villages/${code}/matters`, { title, description: `${title}：方案见附件，请按“四议两公开”程序决策。` });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: number; state: string; context: Record<string, unknown>; timeline: { type: string }[]; moves: { event: string; system: boolean }[] };
    };
    const schedule = async (c: Client, code: string, body: Record<string, unknown>) => {
      const res = await c.post(`/api/v1/villages/${code}/meetings`, { title: `${String(body.kind)}会议`, place: '便民服务中心', agenda: '审议本事项方案', ...body });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: number; eligible: Record<string, number>; attendance: { id: number; name: string; status: string }[]; noticeGivenOn: string; status: string };
    };
    /** Marks the first `present` on the roll present, the next `leave` on leave, the rest absent. */
    const roll = async (c: Client, meetingId: number, present: number, leave = 0) => {
      const m = (await c.get(`/api/v1/meetings/${meetingId}`)).json() as { attendance: { id: number }[] };
      const statuses = m.attendance.map((a, i) => ({ id: a.id, status: i < present ? 'present' : i < present + leave ? 'leave' : 'absent' }));
      const res = await c.post(`/api/v1/meetings/${meetingId}/attendance`, { statuses });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { quorate: boolean; present: { persons: number }; outcome: { quorate: boolean; quorumNeeded: number } };
    };
    const vote = async (c: Client, meetingId: number, yes: number, against = 0, abstain = 0) => {
      const res = await c.post(`/api/v1/meetings/${meetingId}/motions`, { title: '本事项方案', for: yes, against, abstain });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { status: string; outcome: { passed: boolean; votesNeeded: number; reasons: { rule: string }[] } };
    };
    /** A meeting of a matter, held with everyone present and a unanimous vote. */
    const heldMeeting = async (c: Client, code: string, kind: string, procedureId: number, meetingDate: string) => {
      const m = await schedule(c, code, { kind, meetingDate, procedureId });
      await roll(c, m.id, m.attendance.length);
      await vote(c, m.id, m.attendance.length);
      return m.id;
    };
    const stepRes = (c: Client, id: number, body: Record<string, unknown>) => c.post(`/api/v1/matters/${id}/steps`, body);
    const stepOk = async (c: Client, id: number, body: Record<string, unknown>, state: string) => {
      const res = await stepRes(c, id, body);
      assert.equal(res.statusCode, 200, `${String(body.type)}: ${res.body}`);
      assert.equal(res.json().state, state);
      return res.json();
    };
    const matter = async (id: number) => (await anonymous(app).get(`/api/v1/matters/${id}`)).json();
    /** The matter moves on by itself after publication (an in-process event): wait for it. */
    const eventually = async (id: number, state: string) => {
      for (let i = 0; i < 100; i++) {
        const m = await matter(id);
        if (m.state === state) return m;
        await sleep(50);
      }
      assert.fail(`matter ${id} did not reach ${state} (is ${(await matter(id)).state})`);
    };

    test('四议两公开 end to end: every wrong turn refused by its rule, the resolution and outcome published to the ledger', async () => {
      setDay('2026-09-29'); // Tuesday before the National Day holiday
      const c = await loginAs(app, 'committeeA');
      const sup = await loginAs(app, 'supervisorA');
      const m = await startMatter(c, VILLAGE_A, '第一居民小组便民路硬化“一事一议”');
      assert.equal(m.state, 'draft');
      assert.equal(m.context.concurrentHead, false, 'the secretary does not chair the committee');
      assert.deepEqual(m.timeline.map((e) => e.type), ['start']);
      assert.deepEqual(m.moves.map((x) => x.event), ['propose', 'withdraw'], 'the server\'s machine offers the proposal (no joint meeting: not 一肩挑) or withdrawing');

      // Out of order: the rule names the state and the step.
      let p = problem(await stepRes(c, m.id, { type: 'consult' }), 409, 'type', 'majorDecision.order.draft.consult', 'consult first');
      assert.match(p.messages['zh-CN'], /待提议/);
      assert.match(p.messages.en, /Awaiting proposal/);
      problem(await stepRes(c, m.id, { type: 'resolve', resolution: '同意' }), 409, 'type', 'majorDecision.order.draft.resolve');
      problem(await stepRes(c, m.id, { type: 'propose' }), 409, 'meetingId', 'majorDecision.meetingRequired', 'no meeting');

      // ① the party branch proposes.
      const branch = await schedule(c, VILLAGE_A, { kind: 'partyBranchMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      assert.deepEqual(branch.attendance.map((a) => a.name), ['向明德', '秦玉兰', '冉光荣'], 'the roll is the party branch');
      assert.ok(branch.attendance.every((a) => a.status === 'absent'));
      assert.deepEqual(branch.eligible, { members: 3 });
      assert.equal(branch.noticeGivenOn, '2026-09-29');
      const held = await roll(c, branch.id, 3);
      assert.equal(held.quorate, true);
      const passed = await vote(c, branch.id, 3);
      assert.equal(passed.outcome.passed, true);
      assert.equal(passed.status, 'held');

      const committees = await schedule(c, VILLAGE_A, { kind: 'committeesMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      assert.deepEqual(committees.attendance.map((a) => a.name).sort(), ['冉光荣', '向明德', '周小燕', '李春梅', '秦玉兰', '黄志强'].sort(), 'both committees, not the supervisory committee');
      await roll(c, committees.id, 6);
      await vote(c, committees.id, 6);
      problem(await stepRes(c, m.id, { type: 'propose', meetingId: committees.id }), 409, 'meetingId', 'majorDecision.meetingKind', 'the wrong kind of meeting');

      const other = await startMatter(c, VILLAGE_A, '社区活动室改造');
      const otherBranch = await heldMeeting(c, VILLAGE_A, 'partyBranchMeeting', other.id, '2026-09-29');
      problem(await stepRes(c, m.id, { type: 'propose', meetingId: otherBranch }), 409, 'meetingId', 'majorDecision.meetingOfMatter', 'a meeting of another matter');
      problem(await stepRes(c, m.id, { type: 'propose', meetingId: 999999 }), 409, 'meetingId', 'majorDecision.meetingOfMatter', 'no such meeting');

      let view = await stepOk(c, m.id, { type: 'propose', meetingId: branch.id }, 'proposed');
      assert.equal(view.context.meetings.propose, branch.id);
      // ② the two committees consult.
      view = await stepOk(c, m.id, { type: 'consult', meetingId: committees.id }, 'consulted');

      // ③ the party members' meeting: 6 of 10 is below 2/3.
      const pm1 = await schedule(c, VILLAGE_A, { kind: 'partyMembersMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      assert.equal(pm1.attendance.length, reg.A.partyMembers, 'the roll is the party members of the register');
      assert.deepEqual(pm1.eligible, { members: 10 });
      // Notice goes through the outbox to each member with a phone (here only 廖明华 has one).
      const outbox = await sql<{ phone: string; channel: string; body: string }>`SELECT phone, channel, body FROM notification WHERE kind = 'meeting.notice' AND dedupe_key LIKE ${`meeting:${pm1.id}:notice:%`}`.execute(world.platform.database.db);
      assert.deepEqual(outbox.rows.map((r) => [r.channel, r.phone]), [['sms', '13800001111']]);
      assert.match(outbox.rows[0]!.body, /2026-09-29/);
      const thin = await roll(c, pm1.id, 6, 1);
      assert.equal(thin.quorate, false);
      assert.equal(thin.outcome.quorumNeeded, 7);
      const unanimousButThin = await vote(c, pm1.id, 6);
      assert.equal(unanimousButThin.outcome.passed, false, 'without quorum nothing passes');
      problem(await stepRes(c, m.id, { type: 'review', meetingId: pm1.id }), 409, 'meetingId', 'majorDecision.quorum', 'non-quorate party members\' meeting');

      // Held again: 7 present (quorate), 5 in favour = exactly half of ALL 10 members.
      const pm2 = await schedule(c, VILLAGE_A, { kind: 'partyMembersMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      assert.equal((await roll(c, pm2.id, 7)).quorate, true);
      const half = await vote(c, pm2.id, 5, 2);
      assert.equal(half.outcome.passed, false, '5 of 7 present, but only half of the 10 members');
      assert.equal(half.outcome.votesNeeded, 6);
      p = problem(await stepRes(c, m.id, { type: 'review', meetingId: pm2.id }), 409, 'meetingId', 'majorDecision.notPassed', 'exactly half of all members');
      const pm3 = await schedule(c, VILLAGE_A, { kind: 'partyMembersMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      await roll(c, pm3.id, 7);
      assert.equal((await vote(c, pm3.id, 6, 1)).outcome.passed, true);
      await stepOk(c, m.id, { type: 'review', meetingId: pm3.id }, 'reviewed');

      // ④ the representatives' meeting: the topic 3 working days ahead. On Tue 09-29, a meeting on
      // Thu 10-08 (9 calendar days ahead, but 10-01..07 are the holiday) needed notice by 09-28.
      p = problem(await c.post(`/api/v1/villages/${VILLAGE_A}/meetings`, { kind: 'representativesMeeting', title: '居民代表会议', meetingDate: '2026-10-08', place: '社区会议室', agenda: '便民路硬化方案', procedureId: m.id }),
        422, 'meetingDate', 'representativesMeeting.noticePeriod', 'too late for the notice');
      assert.match(JSON.stringify(p.errors), /2026-09-28/);
      const reps1 = await schedule(c, VILLAGE_A, { kind: 'representativesMeeting', meetingDate: '2026-10-09', procedureId: m.id });
      assert.equal(reps1.attendance.length, 12, 'the residents\' committee (3) and the representatives (9)');
      assert.ok(reps1.attendance.some((a) => a.name === '黄志强') && reps1.attendance.some((a) => a.name === '孙国富'));
      assert.ok(!reps1.attendance.some((a) => a.name === '何正平'), 'the supervisory committee does not sit in it');

      setDay('2026-10-09');
      const fewReps = await roll(c, reps1.id, 7, 2);
      assert.equal(fewReps.quorate, false, '7 of 12 is below 2/3 (8)');
      await vote(c, reps1.id, 7);
      problem(await stepRes(c, m.id, { type: 'resolve', meetingId: reps1.id, resolution: '同意硬化方案' }), 409, 'meetingId', 'majorDecision.quorum', 'the failed meeting resolves nothing');
      assert.equal((await matter(m.id)).state, 'reviewed', 'the matter stays reviewed');

      // Held again on Wed 10-14: latest notice Sat 10-10 (an adjusted workday), so today 10-09 is in time.
      const reps2 = await schedule(c, VILLAGE_A, { kind: 'representativesMeeting', meetingDate: '2026-10-14', procedureId: m.id });
      setDay('2026-10-14');
      assert.equal((await roll(c, reps2.id, 8)).quorate, true, '8 of 12 is exactly 2/3');
      const tie = await vote(c, reps2.id, 4, 3, 1);
      assert.equal(tie.outcome.passed, false, '4 of 8 present is exactly half');
      problem(await stepRes(c, m.id, { type: 'resolve', meetingId: reps2.id, resolution: '同意硬化方案' }), 409, 'meetingId', 'majorDecision.notPassed');
      assert.equal((await vote(c, reps2.id, 5, 2, 1)).outcome.passed, true, '5 of 8');
      problem(await stepRes(c, m.id, { type: 'resolve', meetingId: reps2.id }), 409, 'resolution', 'majorDecision.resolutionText', 'no resolution text');
      problem(await stepRes(c, m.id, { type: 'resolve', meetingId: reps2.id, resolution: '   ' }), 409, 'resolution', 'majorDecision.resolutionText', 'blank resolution text');
      const resolution = '同意第一居民小组便民路硬化方案：长 800 米，财政奖补 60%，居民筹资每户 100 元，11 月底前完工。';
      view = await stepOk(c, m.id, { type: 'resolve', meetingId: reps2.id, resolution }, 'resolved');
      assert.equal(view.context.resolution, resolution);

      // ⑤ the resolution goes to the supervisory committee, then to the ledger.
      view = await stepOk(c, m.id, { type: 'requestResolutionPublication' }, 'resolutionPending');
      assert.deepEqual(view.moves, [{ event: 'resolutionPublished', label: { 'zh-CN': '决议已公开', en: 'The resolution was published' }, system: true }], 'only the publication, which a job sends');
      const e1 = view.context.resolutionEntryId as number;
      assert.ok(Number.isInteger(e1));
      const catalog = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-catalog`)).json() as { id: number; title: string; column: string }[];
      const item = catalog.find((i) => i.title === CATALOG_TITLE);
      assert.ok(item, 'the county catalogue has the item');
      let entry = (await c.get(`/api/v1/disclosures/${e1}`)).json();
      assert.equal(entry.status, 'inReview');
      assert.equal(entry.column, 'village');
      assert.equal(entry.catalogItemId, item.id);
      assert.equal(entry.villageCode, VILLAGE_A);
      assert.ok(entry.bodyMd.includes(resolution), 'the draft carries the resolution');
      assert.match(entry.bodyMd, /党员大会已审议/, 'and the steps taken');
      problem(await stepRes(c, m.id, { type: 'resolutionPublished' }), 409, 'entryId', 'majorDecision.notPublished', 'not yet reviewed');
      assert.equal((await sup.post(`/api/v1/disclosures/${e1}/approve`, {})).statusCode, 200);
      problem(await stepRes(c, m.id, { type: 'resolutionPublished' }), 409, 'entryId', 'majorDecision.notPublished', 'approved but not published');
      const pub1 = await c.post(`/api/v1/disclosures/${e1}/publish`);
      assert.equal(pub1.statusCode, 200, pub1.body);
      view = await eventually(m.id, 'resolutionPublished');
      const moved = view.timeline.at(-1);
      assert.equal(moved.type, 'resolutionPublished');
      assert.equal(moved.actorRole, 'system', 'moved on by itself');

      // Implementation, then ⑥ the outcome.
      await stepOk(c, m.id, { type: 'implement', note: '施工队进场' }, 'implementing');
      problem(await stepRes(c, m.id, { type: 'requestOutcomePublication' }), 409, 'outcome', 'majorDecision.outcomeText', 'no outcome');
      problem(await stepRes(c, m.id, { type: 'requestOutcomePublication', outcome: ' ' }), 409, 'outcome', 'majorDecision.outcomeText', 'blank outcome');
      assert.equal((await matter(m.id)).state, 'implementing');
      const outcome = '便民路 800 米已于 11 月 20 日完工验收；财政奖补 9.6 万元，居民筹资 1.2 万元，支出 16 万元。';
      view = await stepOk(c, m.id, { type: 'requestOutcomePublication', outcome }, 'outcomePending');
      const e2 = view.context.outcomeEntryId as number;
      assert.notEqual(e2, e1);
      entry = (await c.get(`/api/v1/disclosures/${e2}`)).json();
      assert.equal(entry.status, 'inReview');
      assert.equal(entry.catalogItemId, item.id);
      assert.ok(entry.bodyMd.includes(outcome) && entry.bodyMd.includes(resolution));
      problem(await stepRes(c, m.id, { type: 'outcomePublished' }), 409, 'entryId', 'majorDecision.notPublished');
      assert.equal((await sup.post(`/api/v1/disclosures/${e2}/approve`, {})).statusCode, 200);
      assert.equal((await c.post(`/api/v1/disclosures/${e2}/publish`)).statusCode, 200);
      view = await eventually(m.id, 'outcomePublished');
      assert.deepEqual(view.timeline.map((e: { type: string }) => e.type), [
        'start', 'propose', 'consult', 'review', 'resolve', 'requestResolutionPublication', 'resolutionPublished', 'implement', 'requestOutcomePublication', 'outcomePublished',
      ]);
      assert.equal(view.meetings.length, 7, 'branch, committees, 3 party members\' and 2 representatives\' meetings');
      problem(await stepRes(c, m.id, { type: 'implement' }), 409, 'type', 'majorDecision.order.outcomePublished.implement', 'nothing follows the last step');

      // The village's ledger verifies and holds both publications.
      const verify = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`)).json();
      assert.equal(verify.ok, true);
      assert.equal(verify.entries, 2);
      const ledger = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/ledger?kind=disclosure.entry`)).json() as { recordId: string; payload: { catalogItem: { title: string } | null; bodyMd: string } }[];
      assert.deepEqual(ledger.map((r) => r.recordId), [String(e1), String(e2)]);
      assert.ok(ledger.every((r) => r.payload.catalogItem?.title === CATALOG_TITLE));
      assert.ok(ledger[0]!.payload.bodyMd.includes(resolution));
      // And the public sees the matter in the village's list.
      const list = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/matters`)).json() as { id: number; state: string }[];
      assert.equal(list.find((x) => x.id === m.id)?.state, 'outcomePublished');
    });

    test('the supervisory committee records objections on the public timeline; it cannot take steps, and the committee cannot object', async () => {
      setDay('2026-09-29');
      const c = await loginAs(app, 'committeeA');
      const sup = await loginAs(app, 'supervisorA');
      const m = await startMatter(c, VILLAGE_A, '社区闲置门面出租');
      const note = '出租底价未经评估，建议先评估再提议';
      const res = await sup.post(`/api/v1/matters/${m.id}/objections`, { note });
      assert.equal(res.statusCode, 200, res.body);
      const pub = await matter(m.id);
      assert.equal(pub.state, 'draft', 'an objection changes no state');
      const obj = pub.timeline.find((e: { type: string }) => e.type === 'objection');
      assert.ok(obj, 'on the public timeline');
      assert.equal(obj.note, note);
      assert.equal(obj.actorRole, 'supervisor');
      assert.equal(obj.fromState, 'draft');
      assert.equal(obj.toState, 'draft');
      problem(await c.post(`/api/v1/matters/${m.id}/objections`, { note: '委员会自己提异议' }), 403, undefined, undefined, 'committee objects');
      problem(await sup.post(`/api/v1/matters/${m.id}/steps`, { type: 'withdraw' }), 403, undefined, undefined, 'supervisor steps');
      problem(await (await loginAs(app, 'gridA')).post(`/api/v1/matters/${m.id}/steps`, { type: 'withdraw' }), 403, undefined, undefined, 'grid worker steps');
      assert.equal((await anonymous(app).post(`/api/v1/matters/${m.id}/steps`, { type: 'withdraw' })).statusCode, 401);
      problem(await sup.post(`/api/v1/villages/${VILLAGE_A}/matters`, { title: '监委会发起', description: '监委会不能发起事项' }), 403);
      // An objection at a later step, too.
      const branch = await heldMeeting(c, VILLAGE_A, 'partyBranchMeeting', m.id, '2026-09-29');
      await stepOk(c, m.id, { type: 'propose', meetingId: branch }, 'proposed');
      assert.equal((await sup.post(`/api/v1/matters/${m.id}/objections`, { note: '支部会纪要未附签到表' })).statusCode, 200);
      const types = (await matter(m.id)).timeline.map((e: { type: string; fromState: string }) => `${e.type}@${e.fromState}`);
      assert.deepEqual(types, ['start@null', 'objection@draft', 'propose@draft', 'objection@proposed']);
      problem(await sup.post(`/api/v1/matters/${m.id}/objections`, { note: 'x' }), 422, /note/, undefined, 'too short');
    });

    test('cross-village: committee B can neither schedule meetings for A nor take steps on A\'s matters', async () => {
      setDay('2026-09-29');
      const a = await loginAs(app, 'committeeA');
      const b = await loginAs(app, 'committeeB');
      const m = await startMatter(a, VILLAGE_A, '社区停车位划线');
      const meeting = await schedule(a, VILLAGE_A, { kind: 'partyBranchMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      problem(await b.post(`/api/v1/villages/${VILLAGE_A}/meetings`, { kind: 'partyBranchMeeting', title: '越权安排', meetingDate: '2026-09-30', place: 'x', agenda: '越权安排会议', procedureId: m.id }), 403);
      problem(await b.post(`/api/v1/villages/${VILLAGE_A}/matters`, { title: '越权发起', description: '越权发起事项' }), 403);
      problem(await b.post(`/api/v1/matters/${m.id}/steps`, { type: 'withdraw' }), 403);
      problem(await b.post(`/api/v1/meetings/${meeting.id}/attendance`, { statuses: meeting.attendance.map((x) => ({ id: x.id, status: 'present' })) }), 403);
      problem(await b.post(`/api/v1/meetings/${meeting.id}/motions`, { title: '越权表决', for: 3, against: 0, abstain: 0 }), 403);
      problem(await b.get(`/api/v1/meetings/${meeting.id}`), 403);
      problem(await b.get(`/api/v1/villages/${VILLAGE_A}/meetings`), 403);
      assert.equal((await matter(m.id)).state, 'draft');
      const after = (await a.get(`/api/v1/meetings/${meeting.id}`)).json();
      assert.ok(after.attendance.every((x: { status: string }) => x.status === 'absent'), 'nothing recorded');
    });

    test('一肩挑: where the secretary chairs the committee, one joint meeting proposes and consults; elsewhere it is refused', async () => {
      setDay('2026-09-29');
      const b = await loginAs(app, 'committeeB');
      const mB = await startMatter(b, VILLAGE_B, '二组机耕道维修“一事一议”');
      assert.equal(mB.context.concurrentHead, true);
      assert.deepEqual(mB.moves.map((x) => x.event), ['propose', 'proposeAndConsult', 'withdraw'], '一肩挑: the joint meeting is offered');
      const branchB = await heldMeeting(b, VILLAGE_B, 'partyBranchMeeting', mB.id, '2026-09-29');
      problem(await stepRes(b, mB.id, { type: 'proposeAndConsult', meetingId: branchB }), 409, 'meetingId', 'majorDecision.meetingKind', 'the joint step needs the committees\' meeting');
      const joint = await schedule(b, VILLAGE_B, { kind: 'committeesMeeting', meetingDate: '2026-09-29', procedureId: mB.id });
      assert.deepEqual(joint.attendance.map((x) => x.name), ['陈国强'], 'one person holding both posts sits once');
      await roll(b, joint.id, 1);
      await vote(b, joint.id, 1);
      const view = await stepOk(b, mB.id, { type: 'proposeAndConsult', meetingId: joint.id }, 'consulted');
      assert.equal(view.context.meetings.proposeAndConsult, joint.id);
      assert.deepEqual(view.moves.map((x: { event: string }) => x.event), ['review', 'reject', 'withdraw']);
      problem(await stepRes(b, mB.id, { type: 'consult', meetingId: joint.id }), 409, 'type', 'majorDecision.order.consulted.consult', 'no second consultation');

      const a = await loginAs(app, 'committeeA');
      const mA = await startMatter(a, VILLAGE_A, '社区健身器材采购');
      assert.equal(mA.context.concurrentHead, false);
      const committeesA = await heldMeeting(a, VILLAGE_A, 'committeesMeeting', mA.id, '2026-09-29');
      problem(await stepRes(a, mA.id, { type: 'proposeAndConsult', meetingId: committeesA }), 409, 'type', 'majorDecision.order.draft.proposeAndConsult', 'not 一肩挑');
      assert.equal((await matter(mA.id)).state, 'draft');
    });

    test('the villagers\' assembly: 10 days\' notice, eligible adults and households from the register, attendance by counts', async () => {
      setDay('2026-09-29');
      const b = await loginAs(app, 'committeeB');
      problem(await b.post(`/api/v1/villages/${VILLAGE_B}/meetings`, { kind: 'villagersAssembly', title: '村民会议', meetingDate: '2026-10-08', place: '村委会', agenda: '机耕道维修方案' }),
        422, 'meetingDate', 'villagersAssembly.noticePeriod', '9 days ahead');
      problem(await b.post(`/api/v1/villages/${VILLAGE_B}/meetings`, { kind: 'villagersAssembly', title: '村民会议', meetingDate: '2026-09-28', place: '村委会', agenda: '机耕道维修方案' }),
        422, 'meetingDate', 'meeting.past', 'in the past');
      const a = await schedule(b, VILLAGE_B, { kind: 'villagersAssembly', meetingDate: '2026-10-09' }); // exactly 10 days
      // 陈国强, 牟大成, 冯素珍, 汪德福, 熊永贵, 龙玉霞 and 汪小雨 (18 on the day); not 汪小雪 (18 tomorrow),
      // 龙小宝 (a child) or 龙老汉 (deceased).
      assert.deepEqual(a.eligible, { adults: 7, households: 3 });
      assert.deepEqual(a.attendance, [], 'an assembly is counted, not rolled');
      setDay('2026-10-09');
      const attend = (body: Record<string, unknown>) => b.post(`/api/v1/meetings/${a.id}/attendance`, body);
      problem(await attend({ persons: 8 }), 422, 'persons', 'attendance.tooMany', 'more persons than adults');
      problem(await attend({ persons: 4, households: 4 }), 422, 'households', 'attendance.tooMany', 'more households than there are');
      problem(await attend({ households: 2 }), 422, 'persons', 'attendance.count', 'persons missing');
      const cases: [body: Record<string, unknown>, quorate: boolean][] = [
        [{ persons: 3, households: 1 }, false], // 3 of 7 adults is not more than half; 1 of 3 households
        [{ persons: 3, households: 2 }, true], // 2 of 3 households is exactly 2/3
        [{ persons: 3 }, false],
        [{ persons: 4 }, true], // 4 of 7
      ];
      for (const [body, quorate] of cases) {
        const res = await attend(body);
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().quorate, quorate, JSON.stringify(body));
      }
      const v = await vote(b, a.id, 2, 2);
      assert.equal(v.outcome.passed, false, '2 of 4 present');
      assert.equal((await vote(b, a.id, 3, 1)).outcome.passed, true, '3 of 4 present');
      problem(await attend({ persons: 5 }), 409, undefined, undefined, 'attendance is closed once the meeting voted');
    });

    test('the representatives\' register: statutory findings, additions, recall and trainings; a grid worker reads only', async () => {
      setDay('2026-09-29');
      const b = await loginAs(app, 'committeeB');
      const regOf = async () => {
        const res = await b.get(`/api/v1/villages/${VILLAGE_B}/representatives`);
        assert.equal(res.statusCode, 200, res.body);
        return res.json();
      };
      const findings = (r: { check: { findings: { rule: string; ok: boolean }[] } }) => Object.fromEntries(r.check.findings.map((f) => [f.rule, f.ok]));
      let r = await regOf();
      // 4 representatives (1 woman) + the committee chair = 5 members: 4/5 holds exactly, women 1 < 5/3.
      assert.deepEqual(r.composition, { households: 3, groups: 1, representatives: 4, meetingMembers: 5, women: 1 });
      assert.equal(r.check.ok, false);
      assert.deepEqual(findings(r), { 'representatives.perHouseholds': true, 'representatives.fourFifths': true, 'representatives.womenThird': false });
      assert.ok(r.check.findings.every((f: { article: string; message: string }) => f.article && f.message));

      const add = (body: Record<string, unknown>) => b.post(`/api/v1/villages/${VILLAGE_B}/representatives`, { groupId: world.groups.B[0], termStart: '2026-09-29', ...body });
      const added = await add({ residentId: reg.B.byName.get('龙玉霞'), households: [world.households.B] });
      assert.equal(added.statusCode, 201, added.body);
      r = await regOf();
      assert.deepEqual(r.composition, { households: 3, groups: 1, representatives: 5, meetingMembers: 6, women: 2 });
      assert.equal(r.check.ok, true, 'women 2 of 6 is exactly a third; 5 of 6 ≥ 4/5');
      const yu = r.representatives.find((x: { name: string }) => x.name === '龙玉霞');
      assert.equal(yu.female, true);
      assert.deepEqual(yu.households, [world.households.B], 'the households she liaises with');
      problem(await add({ residentId: reg.B.byName.get('龙玉霞') }), 409, undefined, undefined, 'already a representative');
      problem(await add({ residentId: world.residents.A[0] }), 422, 'residentId', 'resident.notInVillage', 'a resident of another village');

      const wang = reg.B.reps.get('汪德福')!;
      problem(await b.post(`/api/v1/representatives/${wang}/end`, { status: 'recalled', endedOn: '2026-09-29' }), 422, /reason$/, undefined, 'a recall needs its reason');
      const recalled = await b.post(`/api/v1/representatives/${wang}/end`, { status: 'recalled', endedOn: '2026-09-29', reason: '长期外出务工，无法履职，经村民代表会议罢免' });
      assert.equal(recalled.statusCode, 204, recalled.body);
      assert.equal(recalled.body, '');
      r = await regOf();
      const gone = r.representatives.find((x: { id: number }) => x.id === wang);
      assert.equal(gone.status, 'recalled');
      assert.equal(gone.endedOn, '2026-09-29');
      assert.match(gone.endReason, /罢免/);
      assert.equal(r.composition.representatives, 4);
      assert.equal(r.composition.meetingMembers, 5);
      problem(await b.post(`/api/v1/representatives/${wang}/end`, { status: 'resigned', endedOn: '2026-09-30', reason: '再次结束' }), 409, undefined, undefined, 'already ended');
      // By-election: the same person may be registered again as a new term.
      assert.equal((await add({ residentId: reg.B.byName.get('汪德福'), termStart: '2026-10-01' })).statusCode, 201);

      assert.equal(r.trainings.thisYear, 0);
      assert.equal(r.trainings.target, 2, 'at least twice a year');
      for (const heldOn of ['2026-03-15', '2025-11-20']) {
        const t = await b.post(`/api/v1/villages/${VILLAGE_B}/representative-trainings`, { heldOn, topic: '“四议两公开”程序培训', attendeeIds: [...reg.B.reps.values()] });
        assert.equal(t.statusCode, 201, t.body);
      }
      r = await regOf();
      assert.equal(r.trainings.thisYear, 1, 'only this year\'s count');
      assert.equal(r.trainings.list.length, 2);

      const grid = await loginAs(app, 'gridA');
      const ra = await grid.get(`/api/v1/villages/${VILLAGE_A}/representatives`);
      assert.equal(ra.statusCode, 200, ra.body);
      assert.equal(ra.json().composition.representatives, 9);
      assert.deepEqual(ra.json().check.findings.map((f: { rule: string }) => f.rule), ['representatives.perGroup'], 'a community: 3–8 per residents\' group');
      assert.equal(ra.json().check.ok, true, '9 for 2 groups');
      problem(await grid.post(`/api/v1/villages/${VILLAGE_A}/representatives`, { residentId: world.residents.A[1], termStart: '2026-09-29' }), 403);
      problem(await grid.post(`/api/v1/villages/${VILLAGE_A}/representative-trainings`, { heldOn: '2026-09-29', topic: '培训', attendeeIds: [] }), 403);
      problem(await b.get(`/api/v1/villages/${VILLAGE_A}/representatives`), 403, undefined, undefined, 'committee B reads only its own register');
      assert.equal((await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/representatives`)).statusCode, 401);
    });

    test('a matter is rejected only by a quorate meeting that voted it down, and withdrawn only before the review', async () => {
      setDay('2026-09-29');
      const c = await loginAs(app, 'committeeA');
      const m = await startMatter(c, VILLAGE_A, '社区广场夜间经营');
      const branch = await schedule(c, VILLAGE_A, { kind: 'partyBranchMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      await roll(c, branch.id, 3);
      problem(await stepRes(c, m.id, { type: 'propose', meetingId: branch.id }), 409, 'meetingId', 'majorDecision.noVote', 'held but not yet voted');
      const down = await vote(c, branch.id, 1, 2);
      assert.equal(down.outcome.passed, false);
      problem(await stepRes(c, m.id, { type: 'propose', meetingId: branch.id }), 409, 'meetingId', 'majorDecision.notPassed');
      problem(await stepRes(c, m.id, { type: 'reject', meetingId: branch.id }), 409, 'type', 'majorDecision.order.draft.reject', 'the draft has no reject step: it is withdrawn');

      const m2 = await startMatter(c, VILLAGE_A, '社区停车收费标准');
      const b2 = await heldMeeting(c, VILLAGE_A, 'partyBranchMeeting', m2.id, '2026-09-29');
      await stepOk(c, m2.id, { type: 'propose', meetingId: b2 }, 'proposed');
      const yes = await heldMeeting(c, VILLAGE_A, 'committeesMeeting', m2.id, '2026-09-29');
      problem(await stepRes(c, m2.id, { type: 'reject', meetingId: yes }), 409, 'meetingId', 'majorDecision.rejectPassed', 'a passed vote cannot reject');
      const thin = await schedule(c, VILLAGE_A, { kind: 'committeesMeeting', meetingDate: '2026-09-29', procedureId: m2.id });
      await roll(c, thin.id, 3); // 3 of 6 is not more than half
      await vote(c, thin.id, 0, 3);
      problem(await stepRes(c, m2.id, { type: 'reject', meetingId: thin.id }), 409, 'meetingId', 'majorDecision.quorum', 'a meeting without quorum cannot reject either');
      const no = await schedule(c, VILLAGE_A, { kind: 'committeesMeeting', meetingDate: '2026-09-29', procedureId: m2.id });
      await roll(c, no.id, 6);
      await vote(c, no.id, 2, 4);
      await stepOk(c, m2.id, { type: 'reject', meetingId: no.id }, 'rejected');
      for (const type of ['consult', 'withdraw', 'propose']) problem(await stepRes(c, m2.id, { type, meetingId: yes }), 409, 'type', `majorDecision.order.rejected.${type}`, `after rejection: ${type}`);

      await stepOk(c, m.id, { type: 'withdraw' }, 'withdrawn');
      problem(await stepRes(c, m.id, { type: 'propose', meetingId: branch.id }), 409, 'type', 'majorDecision.order.withdrawn.propose');
    });

    // BUG (decisions/service/meetings.ts closeMeeting + matters.ts checkStep): a meeting that voted can
    // still be marked cancelled (closeMeeting only refuses an already-cancelled one), and checkStep
    // never looks at the meeting's status, so a matter advances on a meeting whose record says it
    // was cancelled. Either cancelling a held meeting must be refused, or a cancelled meeting must
    // decide nothing.
    test('a cancelled meeting decides nothing', async () => {
      setDay('2026-09-29');
      const c = await loginAs(app, 'committeeA');
      const m = await startMatter(c, VILLAGE_A, '社区宣传栏更换');
      const branch = await heldMeeting(c, VILLAGE_A, 'partyBranchMeeting', m.id, '2026-09-29');
      await c.post(`/api/v1/meetings/${branch}/close`, { status: 'cancelled', minutes: '会议取消' });
      const status = (await c.get(`/api/v1/meetings/${branch}`)).json().status;
      if (status === 'cancelled') {
        problem(await stepRes(c, m.id, { type: 'propose', meetingId: branch }), 409, 'meetingId', undefined, 'proposed on a cancelled meeting');
        assert.equal((await matter(m.id)).state, 'draft');
      } else {
        assert.equal(status, 'held', 'the cancellation of a held meeting was refused');
      }
    });

    test('the named rules over HTTP: verdicts with reasons, 422 naming the field on malformed input', async () => {
      const anon = anonymous(app);
      let res = await anon.post('/api/v1/rules/meeting-outcome', { kind: 'partyMembersMeeting', eligible: { members: 30 }, present: { persons: 20 }, votes: { for: 15, against: 5, abstain: 0 } });
      assert.equal(res.statusCode, 200, res.body);
      let body = res.json();
      assert.equal(body.quorate, true);
      assert.equal(body.quorumNeeded, 20);
      assert.equal(body.passed, false);
      assert.equal(body.votesNeeded, 16);
      assert.equal(body.reasons.length, 2);
      assert.ok(body.reasons.every((r: { rule: string; article: string; message: string }) => r.rule && r.article && r.message));
      res = await anon.post('/api/v1/rules/meeting-outcome', { kind: 'villagersAssembly', eligible: { adults: 100, households: 30 }, present: { persons: 40, households: 20 } });
      const { reasons, ...verdict } = res.json() as { reasons: { rule: string; message: string }[] };
      assert.deepEqual(verdict, { quorate: true, quorumNeeded: 51, passed: null, votesNeeded: null });
      assert.equal(reasons[0]!.rule, 'assembly.quorum');
      assert.match(reasons[0]!.message, /户/, 'quorate by the households');

      problem(await anon.post('/api/v1/rules/meeting-outcome', { kind: 'representativesMeeting', eligible: { members: '18' }, present: { persons: 12 } }), 422, /eligible\.members$/, undefined, 'a string count');
      problem(await anon.post('/api/v1/rules/meeting-outcome', { kind: 'tea party', eligible: {}, present: {} }), 422, /kind$/, undefined, 'unknown kind');
      problem(await anon.post('/api/v1/rules/meeting-outcome', { kind: 'representativesMeeting', eligible: { members: 18, guests: 2 }, present: { persons: 12 } }), 422, /eligible/, undefined, 'an unknown key');
      problem(await anon.post('/api/v1/rules/meeting-outcome', { kind: 'representativesMeeting', eligible: {}, present: { persons: 12 } }), 422, 'eligible.members', 'rules.input', 'the count this kind needs');
      problem(await anon.post('/api/v1/rules/meeting-outcome', { kind: 'representativesMeeting', eligible: { members: 18 }, present: { persons: 12 }, votes: { for: 10, against: 3, abstain: 0 } }), 422, 'votes', 'rules.input', 'more votes than present');

      res = await anon.post('/api/v1/rules/notice-deadline', { kind: 'representativesMeeting', meetingDate: '2026-10-09' });
      assert.equal(res.statusCode, 200, res.body);
      body = res.json();
      assert.equal(body.latestNoticeDate, '2026-09-29');
      assert.equal(body.workingDays, true);
      assert.equal(body.reasons[0].rule, 'representatives.notice');
      assert.equal((await anon.post('/api/v1/rules/notice-deadline', { kind: 'villagersAssembly', meetingDate: '2026-10-09' })).json().latestNoticeDate, '2026-09-29');
      assert.equal((await anon.post('/api/v1/rules/notice-deadline', { kind: 'partyBranchMeeting', meetingDate: '2026-10-09' })).json().latestNoticeDate, null);
      assert.equal((await anon.post('/api/v1/rules/notice-deadline', { kind: 'partyBranchMeeting', meetingDate: '2026-10-09', localDays: 3 })).json().latestNoticeDate, '2026-10-06');
      problem(await anon.post('/api/v1/rules/notice-deadline', { kind: 'representativesMeeting', meetingDate: '2026/10/09' }), 422, /meetingDate$/, undefined, 'a malformed date');
      problem(await anon.post('/api/v1/rules/notice-deadline', { kind: 'representativesMeeting' }), 422, /meetingDate$/, undefined, 'no date');
      const uncovered = await anon.post('/api/v1/rules/notice-deadline', { kind: 'representativesMeeting', meetingDate: '2027-03-10' });
      assert.equal(uncovered.statusCode, 409, 'a year without the official calendar is refused, not guessed');
      assert.equal(uncovered.json().year, 2027);

      res = await anon.post('/api/v1/rules/representatives-check', { kind: 'village', households: 150, representatives: 20, womenRepresentatives: 7, meetingMembers: 24, womenMeetingMembers: 8 });
      assert.equal(res.statusCode, 200, res.body);
      body = res.json();
      assert.equal(body.ok, false);
      assert.deepEqual(body.findings.map((f: { rule: string; ok: boolean }) => [f.rule, f.ok]), [['representatives.perHouseholds', true], ['representatives.fourFifths', true], ['representatives.womenThird', false]]);
      const missing = problem(await anon.post('/api/v1/rules/representatives-check', { kind: 'village', households: 150 }), 422);
      assert.deepEqual(missing.errors.map((e: { field: string }) => e.field.replace(/^body\./, '')).sort(), ['meetingMembers', 'representatives', 'womenMeetingMembers', 'womenRepresentatives']);
      problem(await anon.post('/api/v1/rules/representatives-check', { kind: 'village', households: 150, representatives: 30, womenRepresentatives: 10, meetingMembers: 25, womenMeetingMembers: 10 }), 422, 'representatives', 'rules.input', 'more representatives than members');
      res = await anon.post('/api/v1/rules/meeting-call', { kind: 'villagersAssembly', villagers: 300, representatives: 31, signaturesRepresentatives: 11 });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().required, true, '11 of 31 representatives ≥ 1/3');
      assert.equal((await anon.post('/api/v1/rules/meeting-call', { kind: 'villagersAssembly', villagers: 300, representatives: 31, signaturesRepresentatives: 10, signaturesVillagers: 29 })).json().required, false);
      problem(await anon.post('/api/v1/rules/meeting-call', { kind: 'villagersAssembly', villagers: 300 }), 422, /representatives$/, undefined, 'the number of representatives is required');
      assert.equal((await anon.post('/api/v1/rules/no-such-rule', {})).statusCode, 404);
    });

    // BUG (decisions/service/meetings.ts recordMotion, line 131): meetingOutcome throws RuleInputError
    // when more votes are cast than people are present; recordMotion does not translate it, so the
    // route answers 500 "internal error" instead of a 422 naming the field.
    test('a vote with more ballots than people present is a 422 naming votes, not a server error', async () => {
      setDay('2026-09-29');
      const c = await loginAs(app, 'committeeA');
      const m = await startMatter(c, VILLAGE_A, '社区垃圾分类亭建设');
      const meeting = await schedule(c, VILLAGE_A, { kind: 'partyBranchMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      await roll(c, meeting.id, 2);
      problem(await c.post(`/api/v1/meetings/${meeting.id}/motions`, { title: '本事项方案', for: 3, against: 0, abstain: 0 }), 422, /votes/, undefined, '3 votes by 2 present');
      const after = (await c.get(`/api/v1/meetings/${meeting.id}`)).json();
      assert.equal(after.motions.length, 0, 'nothing recorded');
      assert.equal(after.status, 'scheduled');
    });

    // BUG (decisions/service/meetings.ts recordAttendance/recordMotion): a meeting's attendance and vote can
    // be recorded before the meeting date. A representatives' meeting scheduled with exactly the
    // statutory 3 working days' notice can be "held" and voted the same day it was called, and the
    // matter resolved at once: the notice period, and the meeting itself, are bypassed.
    test('attendance and votes cannot be recorded before the day of the meeting', async () => {
      setDay('2026-09-29');
      const c = await loginAs(app, 'committeeA');
      const m = await startMatter(c, VILLAGE_A, '社区路灯维修');
      const meeting = await schedule(c, VILLAGE_A, { kind: 'representativesMeeting', meetingDate: '2026-10-09', procedureId: m.id });
      const early = await c.post(`/api/v1/meetings/${meeting.id}/attendance`, { statuses: meeting.attendance.map((a) => ({ id: a.id, status: 'present' })) });
      assert.ok([409, 422].includes(early.statusCode), `attendance on 09-29 for a meeting on 10-09 must be refused, got ${early.statusCode}`);
      const after = (await c.get(`/api/v1/meetings/${meeting.id}`)).json();
      assert.equal(after.present, null, 'nothing recorded');
    });

    // BUG (decisions/matters.ts checkStep): the meeting's date is never compared with the steps
    // already taken, so a party members' meeting held *before* the two committees consulted can be
    // used for the review (③ before ②): the statutory order of 四议 is only kept on paper.
    test('a step cannot rest on a meeting held before the previous step was taken', async () => {
      setDay('2026-09-29');
      const c = await loginAs(app, 'committeeA');
      const m = await startMatter(c, VILLAGE_A, '社区停车棚搭建');
      const branch = await heldMeeting(c, VILLAGE_A, 'partyBranchMeeting', m.id, '2026-09-29');
      await stepOk(c, m.id, { type: 'propose', meetingId: branch }, 'proposed');
      const earlyReview = await schedule(c, VILLAGE_A, { kind: 'partyMembersMeeting', meetingDate: '2026-09-29', procedureId: m.id });
      await roll(c, earlyReview.id, 10);
      await vote(c, earlyReview.id, 10);
      const committees = await schedule(c, VILLAGE_A, { kind: 'committeesMeeting', meetingDate: '2026-09-30', procedureId: m.id });
      setDay('2026-09-30');
      await roll(c, committees.id, committees.attendance.length);
      await vote(c, committees.id, committees.attendance.length);
      await stepOk(c, m.id, { type: 'consult', meetingId: committees.id }, 'consulted');
      problem(await stepRes(c, m.id, { type: 'review', meetingId: earlyReview.id }), 409, 'meetingId', undefined, 'reviewed on 09-29, before the consultation on 09-30');
      assert.equal((await matter(m.id)).state, 'consulted');
    });

    // Was a BUG (decisions/matters.ts objection → core/procedure/engine.ts annotate): annotate did
    // not check the procedure's kind, so POST /api/v1/matters/<id>/objections with the id of another
    // procedure (sharing the procedure table) wrote an "objection" into that procedure's timeline.
    // Now the matter resource's loader answers 404 for anything but a major matter, before the handler.
    test('an objection on a procedure that is not a major matter is refused and writes nothing', async () => {
      // Another kind of procedure in the same table (the covenants module's kind, whose audit names are declared).
      const other: ProcedureDefinition = { kind: 'covenantRevision', machine: createMachine({ id: 'other', initial: 'open', states: { open: {} } }), steps: {}, stateLabels: {} };
      const p = await write(world.platform.database.db, { ...op, code: VILLAGE_A }, 'covenantRevision.start', (w) => startProcedure(w, other, VILLAGE_A, '社区议事：广场舞噪音', {}, { label: 'fixture', role: 'operator' }, clock));
      const sup = await loginAs(app, 'supervisorA');
      const res = await sup.post(`/api/v1/matters/${p.id}/objections`, { note: '借道异议' });
      assert.equal(res.statusCode, 404, res.body);
      assert.deepEqual((await timeline(world.platform.database.db, p.id)).map((e) => e.type), ['start'], 'nothing written to the other procedure');
      assert.equal((await anonymous(app).get(`/api/v1/matters/${p.id}`)).statusCode, 404);
    });

    // BUG (people/service.ts adultsAndHouseholds, line 244): the 18th-birthday cutoff is built by
    // changing the year in the string, so for a meeting on 29 February it is e.g. "2010-02-29",
    // which is not a date: the database rejects the query and scheduling a villagers' assembly on a
    // leap day answers 500.
    test('a villagers\' assembly can be scheduled on 29 February', async () => {
      setDay('2026-09-29');
      const b = await loginAs(app, 'committeeB');
      const res = await b.post(`/api/v1/villages/${VILLAGE_B}/meetings`, { kind: 'villagersAssembly', title: '村民会议', meetingDate: '2028-02-29', place: '村委会', agenda: '宅基地使用方案' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().eligible.adults, 8, 'both 2008-10 births are adults by then');
    });

    // BUG (people/service.ts partyMembers, used by meetings.ts roster): the party members' roll
    // takes every resident marked as a party member, including the deceased and the moved-out, so
    // the dead count towards the 2/3 quorum and the "more than half of all members" threshold.
    test('the party members\' roll leaves out the deceased', async () => {
      setDay('2026-09-29');
      const b = await loginAs(app, 'committeeB');
      const m = await schedule(b, VILLAGE_B, { kind: 'partyMembersMeeting', meetingDate: '2026-09-30' });
      assert.deepEqual(m.attendance.map((a) => a.name), ['牟大成'], '龙老汉 died in March');
      assert.deepEqual(m.eligible, { members: 1 });
    });

    test('the permission chain: each record is judged on its own village, found by its loader; a missing one is a 404', async () => {
      setDay('2026-09-29');
      const a = await loginAs(app, 'committeeA');
      const sup = await loginAs(app, 'supervisorA');
      const end = { status: 'resigned', endedOn: '2026-09-29', reason: '个人原因辞去代表职务' };
      // Missing records, and ids no row can have: 404 before any handler runs.
      problem(await a.post('/api/v1/matters/999999/steps', { type: 'withdraw' }), 404);
      problem(await sup.post('/api/v1/matters/999999/objections', { note: '没有这个事项' }), 404);
      problem(await a.get('/api/v1/meetings/999999'), 404);
      problem(await a.get('/api/v1/meetings/99999999999'), 404);
      problem(await a.post('/api/v1/meetings/999999/close', { status: 'cancelled' }), 404);
      problem(await a.post('/api/v1/representatives/999999/end', end), 404);
      assert.equal((await anonymous(app).get('/api/v1/meetings/999999')).statusCode, 401, 'who is asking comes first');
      // B's representative belongs to B: committee A is refused on it, and the refusal explains itself.
      const mu = reg.B.reps.get('牟大成')!;
      const denied = problem(await a.post(`/api/v1/representatives/${mu}/end`, end), 403);
      assert.equal(denied.action, 'decisions.representatives');
      assert.equal(denied.jurisdictionCode, VILLAGE_B);
      assert.ok((denied.trace as string[]).some((l) => /does not reach/.test(l)), JSON.stringify(denied.trace));
      // The supervisory committee objects on a matter of its village, and takes no step on it.
      const m = await startMatter(a, VILLAGE_A, '社区活动室改造');
      assert.equal((await sup.post(`/api/v1/matters/${m.id}/objections`, { note: '请先公示改造预算' })).statusCode, 200);
      assert.equal(problem(await sup.post(`/api/v1/matters/${m.id}/steps`, { type: 'withdraw' }), 403).action, 'decisions.advance');
      const b = await loginAs(app, 'committeeB');
      problem(await b.post(`/api/v1/matters/${m.id}/objections`, { note: '别村的异议' }), 403);
      assert.deepEqual((await matter(m.id)).timeline.map((e: { type: string }) => e.type), ['start', 'objection']);
    });
  });
}
