// What an election must know beyond its own tally, through HTTP on both databases:
// - 组织法 Art.13¶3: a person already on the roll of another village's election of the same kind
//   in the county, with an overlapping period, is excluded with the reason (the people module's
//   person key, never the ID number), and an objection cannot put them back;
// - 浙江办法 Art.31 across posts and rounds: a relative of someone elected to a higher post (or in
//   an earlier round) does not take a seat, and the vacancy rule (Art.30) counts those elected
//   before the supplementary round.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { write } from '../../src/core/access/guard.ts';
import { buildApp } from '../../src/core/app.ts';
import { createHousehold, createResident } from '../../src/modules/people/service.ts';
import { backends } from '../support/backends.ts';
import { idNumber, openWorld, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { loginAs, type Client } from '../support/http.ts';
import { chinaDate } from '../../src/core/time.ts';

const op = { accountId: null, label: 'fixture', role: 'operator', code: null };
const beijing = (date: string, h = 10) => new Date(Date.parse(`${date}T00:00:00Z`) + (h - 8) * 3600_000);
const plan = (over: Record<string, unknown> = {}) => ({
  kind: 'villageCommittee', profile: 'zhejiang', title: '第十二届村民委员会换届选举', electionDay: '2026-10-18',
  seats: { director: 1, deputyDirector: 0, member: 2, womenMember: 1 },
  pollingStations: [{ name: '中心会场', mobile: false }],
  committee: [{ name: '选委会主任', post: 'chair' }], ...over,
});
const departments = ['organisation', 'discipline', 'civilAffairs', 'police', 'court'];

for (const backend of backends()) {
  describe(`elections across villages and rounds on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let clock = beijing('2026-09-01');
    let committeeA: Client;
    let committeeB: Client;
    let township: Client;
    const ok = async (p: Promise<{ statusCode: number; body: string }>, code = 200) => { const r = await p; assert.equal(r.statusCode, code, r.body); return JSON.parse(r.body); };
    const refused = async (p: Promise<{ statusCode: number; body: string }>, status: number, rule: RegExp) => { const r = await p; assert.equal(r.statusCode, status, r.body); assert.match(r.body, rule); };
    const votersOf = async (c: Client, id: number) => new Map<string, { id: number; included: boolean; reason: string }>((await ok(c.get(`/api/v1/elections/${id}`))).voters.list.map((v: { name: string }) => [v.name, v]));

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      await write(world.platform.database.db, op, 'people.write', async (w) => {
        // 两地人: in both villages' registers as a villager living there (the registers disagree: exactly
        // what Art.13¶3 guards against on the rolls).
        const both = idNumber('1966-05-05', 301);
        const ha = await createHousehold(w, VILLAGE_A, { number: 'X1', groupId: world.groups.A[0]! });
        await createResident(w, VILLAGE_A, { householdId: ha.id, name: '两地人', idNumber: both, relationToHead: 'head', registered: true, habitual: true, partyMember: false, phone: null }, chinaDate(new Date()));
        // B: 王父 and his son 王子 in one household; the others each in their own.
        const hw = await createHousehold(w, VILLAGE_B, { number: 'W1', groupId: world.groups.B[0]! });
        await createResident(w, VILLAGE_B, { householdId: hw.id, name: '王父', idNumber: idNumber('1960-01-01', 311), relationToHead: 'head', registered: true, habitual: true, partyMember: false, phone: null }, chinaDate(new Date()));
        await createResident(w, VILLAGE_B, { householdId: hw.id, name: '王子', idNumber: idNumber('1985-01-01', 313), relationToHead: 'child', registered: true, habitual: true, partyMember: false, phone: null }, chinaDate(new Date()));
        let seq = 321;
        for (const [name, female] of [['两地人', false], ['甲', false], ['乙', false], ['丁', false], ['女一', true], ['女二', true]] as const) {
          const hh = await createHousehold(w, VILLAGE_B, { number: `S${seq}`, groupId: world.groups.B[0]! });
          await createResident(w, VILLAGE_B, { householdId: hh.id, name, idNumber: name === '两地人' ? both : idNumber('1975-03-03', female ? seq + 1 : seq), relationToHead: 'head', registered: true, habitual: true, partyMember: false, phone: null }, chinaDate(new Date()));
          seq += 2;
        }
      });
      const p = world.platform;
      app = await buildApp({ config: { ...p.config, SESSION_HOURS: 720 }, db: p.database.db, log: p.log, modules: p.modules, now: p.now });
      await app.ready();
      committeeA = await loginAs(app, 'committeeA');
      committeeB = await loginAs(app, 'committeeB');
      township = await loginAs(app, 'township');
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    let idB = 0;
    test('Art.13¶3: on the roll in one village only — excluded with the reason in the other, an objection refused', async () => {
      const a = await ok(committeeA.post(`/api/v1/villages/${VILLAGE_A}/elections`, plan({ electionDay: '2026-10-25', title: '廖家坝换届' })), 201);
      await ok(committeeA.post(`/api/v1/elections/${a.id}/roll`));
      assert.equal((await votersOf(committeeA, a.id)).get('两地人')!.included, true);
      const b = await ok(committeeB.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan()), 201);
      idB = b.id;
      await ok(committeeB.post(`/api/v1/elections/${b.id}/roll`));
      const vb = await votersOf(committeeB, b.id);
      const twice = vb.get('两地人')!;
      assert.equal(twice.included, false);
      assert.match(twice.reason, /已在其他地方登记参加选举[\s\S]*廖家坝社区[^「]*「廖家坝换届」[\s\S]*第十三条/);
      assert.equal(vb.get('甲')!.included, true);
      const view = JSON.stringify(await ok(committeeB.get(`/api/v1/elections/${b.id}`)));
      assert.doesNotMatch(view, /196605053/, 'no ID number, not even in part');
      // Another kind of election (监委会) does not conflict; neither does a period that does not overlap.
      const sup = await ok(committeeB.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ kind: 'supervisoryCommittee', title: '监委会选举', seats: { director: 1, deputyDirector: 0, member: 2, womenMember: 1 } })), 201);
      await ok(committeeB.post(`/api/v1/elections/${sup.id}/roll`));
      assert.equal((await votersOf(committeeB, sup.id)).get('两地人')!.included, true);
      const later = await ok(committeeB.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ electionDay: '2026-12-15', title: '隔期选举' })), 201);
      await ok(committeeB.post(`/api/v1/elections/${later.id}/roll`));
      assert.equal((await votersOf(committeeB, later.id)).get('两地人')!.included, true);
      // The objection to include them cannot be upheld.
      clock = beijing('2026-09-10');
      await ok(committeeB.post(`/api/v1/elections/${b.id}/roll/publish`));
      const o = await ok(committeeB.post(`/api/v1/elections/${b.id}/objections`, { voterId: twice.id, claim: 'include', subjectName: '两地人', statement: '本人户籍在本村' }), 201);
      await refused(committeeB.post(`/api/v1/objections/${o.id}/decision`, { decision: 'upheld', reason: '户籍在本村' }), 409, /voter\.registeredElsewhere[\s\S]*第十三条第三款/);
      await ok(committeeB.post(`/api/v1/objections/${o.id}/decision`, { decision: 'rejected', reason: '已在廖家坝社区登记参加选举（组织法第十三条第三款）' }));
    });

    test('the chain decides on the record\'s village: a resident objects in their own village, not in another; missing records are 404', async () => {
      // At 2026-09-10 (the first test published B's roll then): A's roll published too, its objection window open.
      const a = (await ok(committeeA.get(`/api/v1/villages/${VILLAGE_A}/elections`))).find((e: { title: string }) => e.title === '廖家坝换届');
      await ok(committeeA.post(`/api/v1/elections/${a.id}/roll/publish`));
      const resident = await loginAs(app, 'residentA');
      // Allowed: the election's loader puts it on village A, where the resident's grant sits.
      const mine = await ok(resident.post(`/api/v1/elections/${a.id}/objections`, { claim: 'exclude', subjectName: '两地人', statement: '已在鱼泉子村登记参加选举' }), 201);
      const filed = (await ok(committeeA.get(`/api/v1/elections/${a.id}`))).objections.find((o: { id: number }) => o.id === mine.id);
      assert.equal(filed.filedBy, '村民 resident-a', 'filed in the capacity the chain allowed: a resident');
      // Denied: B's election is on village B, which the resident's grant does not reach; the trace says why.
      const other = await resident.post(`/api/v1/elections/${idB}/objections`, { claim: 'exclude', subjectName: '甲', statement: '不在本村' });
      assert.equal(other.statusCode, 403, other.body);
      assert.match(other.body, /elections\.object/);
      assert.match(other.body, new RegExp(`does not reach ${VILLAGE_B}`));
      // Nor may the resident decide their own objection (elections.manage), nor see the election as staff.
      await refused(resident.post(`/api/v1/objections/${mine.id}/decision`, { decision: 'upheld', reason: '同意' }), 403, /elections\.manage/);
      await refused(resident.get(`/api/v1/elections/${a.id}`), 403, /elections\.read/);
      // A's committee does not reach B's objections or elections; the objection's loader finds its village.
      const bObjection = await ok(committeeB.post(`/api/v1/elections/${idB}/objections`, { claim: 'exclude', subjectName: '乙', statement: '核实' }), 201);
      await refused(committeeA.post(`/api/v1/objections/${bObjection.id}/decision`, { decision: 'rejected', reason: '无据' }), 403, new RegExp(VILLAGE_B));
      await ok(committeeB.post(`/api/v1/objections/${bObjection.id}/decision`, { decision: 'rejected', reason: '经核实，乙户籍、居住均在本村' }));
      // A township official of another township may not vet a nomination in B (the nomination's loader).
      const v = await votersOf(committeeB, idB);
      const n = await ok(committeeB.post(`/api/v1/elections/${idB}/nominations`, { position: 'womenMember', nomineeVoterId: v.get('女二')!.id, nominatorVoterIds: [v.get('丁')!.id] }), 201);
      const otherTownship = await loginAs(app, 'otherTownship');
      await refused(otherTownship.post(`/api/v1/nominations/${n.id}/vetting`, { department: 'police', passed: true, reason: 'x' }), 403, /elections\.vet/);
      // Missing records: the loaders answer 404 before any role is judged, also for ids beyond the integer range.
      for (const [method, url, body] of [
        ['GET', '/api/v1/elections/999999', undefined], ['GET', '/api/v1/elections/99999999999', undefined],
        ['POST', '/api/v1/elections/999999/roll/publish', undefined],
        ['POST', '/api/v1/objections/999999/decision', { decision: 'rejected', reason: 'x' }],
        ['POST', '/api/v1/nominations/999999/vetting', { department: 'police', passed: true, reason: 'x' }],
      ] as const) {
        const r = await township.request({ method, url, ...(body ? { payload: body } : {}) });
        assert.equal(r.statusCode, 404, `${method} ${url}: ${r.body}`);
      }
    });

    test('Art.31 across posts: the director\'s son is not elected member; Art.30 counts those elected before the supplementary round', async () => {
      clock = beijing('2026-09-20');
      const v = await votersOf(committeeB, idB);
      const nominators = ['甲', '乙', '丁', '女一', '女二', '王父', '王子'];
      let k = 0;
      const nom = async (position: string, name: string) => {
        const n = await ok(committeeB.post(`/api/v1/elections/${idB}/nominations`, { position, nomineeVoterId: v.get(name)!.id, nominatorVoterIds: [v.get(nominators[k++ % nominators.length]!)!.id] }), 201);
        for (const department of departments) await ok(township.post(`/api/v1/nominations/${n.id}/vetting`, { department, passed: true, reason: '未发现负面清单情形' }));
      };
      for (const [position, name] of [['director', '王父'], ['director', '丁'], ['member', '王子'], ['member', '甲'], ['member', '乙'], ['womenMember', '女一'], ['womenMember', '女二']] as const) await nom(position, name);
      await ok(committeeB.post(`/api/v1/elections/${idB}/candidates/publish`));
      clock = beijing('2026-10-18', 16);
      const enter = async (round: number, box: Record<string, unknown>) => {
        await ok(committeeB.post(`/api/v1/elections/${idB}/rounds/${round}/counts`, box), 201);
        await ok(township.post(`/api/v1/elections/${idB}/rounds/${round}/counts`, box), 201);
      };
      // 8 voted, majority 5: 王父 director; 王子 6 and 甲 5 reach the majority for member.
      await enter(1, { box: '中心会场', issued: 8, returned: 8, spoiled: 0, votes: { director: { 王父: 6, 丁: 2 }, member: { 王子: 6, 甲: 5, 乙: 2 }, womenMember: { 女一: 5, 女二: 3 } } });
      const r1 = await ok(committeeB.post(`/api/v1/elections/${idB}/rounds/1/tally`));
      const member = r1.outcomes.find((o: { position: string }) => o.position === 'member').outcome;
      assert.deepEqual(member.majorityHolders, ['王子', '甲', '女一']);
      assert.deepEqual(member.elected.map((x: { name: string }) => x.name), ['甲', '女一'], 'the son steps aside for his father, elected director');
      assert.ok(member.reasons.some((x: { rule: string; message: string; article: string }) => x.rule === 'tally.kinship' && /王子[\s\S]*王父/.test(x.message) && /第三十一条/.test(x.article)));
      assert.deepEqual(member.supplementaryRound.candidates, ['乙'], 'nor does he stand in the supplementary round');
      const e = await ok(committeeB.get(`/api/v1/elections/${idB}`));
      assert.deepEqual(e.elected.map((m: { name: string; position: string }) => [m.name, m.position]), [['王父', 'director'], ['甲', 'member'], ['女一', 'womenMember']]);
      // Supplementary round: 乙 gets 2 of 8 ballots, below a third (3): the seat stays vacant because
      // three members were elected in the first round (浙江办法 Art.30).
      await enter(2, { box: '中心会场', issued: 8, returned: 8, spoiled: 0, votes: { member: { 乙: 2 } } });
      const r2 = await ok(committeeB.post(`/api/v1/elections/${idB}/rounds/2/tally`));
      const o2 = r2.outcomes[0].outcome;
      assert.deepEqual(o2.elected, []);
      assert.equal(o2.vacancyMayRemain, true);
      assert.ok(o2.reasons.some((x: { rule: string; message: string }) => x.rule === 'tally.vacancy' && /已选出 3 名/.test(x.message)));
      assert.equal(r2.supplementaryRound, null);
    });
  });
}
