// 组织法 Art.13¶2 ways 2 and 3 through HTTP, on both databases: staff record a declaration of
// participation (hukou here, living away) or an application approved by the 村民会议 / 村民代表会议
// (hukou elsewhere, living here ≥ 1 year); the roll is rebuilt and the rule decides and records the way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { write } from '../../src/core/access/guard.ts';
import { createHousehold, createResident } from '../../src/modules/people/service.ts';
import { backends } from '../support/backends.ts';
import { idNumber, openWorld, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { buildApp } from '../../src/core/app.ts';
import { loginAs, type Client } from '../support/http.ts';
import { chinaDate } from '../../src/core/time.ts';

const op = { accountId: null, label: 'fixture', role: 'operator', code: null };
const beijing = (date: string, h = 10) => new Date(Date.parse(`${date}T00:00:00Z`) + (h - 8) * 3600_000);
// name, birth, hukou here, lives here
const people: [string, string, boolean, boolean][] = [
  ['本村甲', '1970-05-05', true, true], ['本村乙', '1971-06-06', true, true], ['外出甲', '1980-01-01', true, false], ['寄居乙', '1981-02-02', false, true], ['寄居丙', '1982-03-03', false, true], ['寄居丁', '1983-04-04', false, true],
];

for (const backend of backends()) {
  describe(`elections registration ways 2 and 3 on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let clock = beijing('2026-09-01');
    let committee: Client;
    let id: number;
    const ids = new Map<string, number>();
    const ok = async (p: Promise<{ statusCode: number; body: string }>, code = 200) => { const r = await p; assert.equal(r.statusCode, code, r.body); return JSON.parse(r.body); };
    const voterOf = async (name: string) => {
      const e = await ok(committee.get(`/api/v1/elections/${id}`));
      return e.voters.list.find((v: { name: string }) => v.name === name) as { included: boolean; way: number | null; reason: string };
    };

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      await write(world.platform.database.db, op, 'people.write', async (w) => {
        let seq = 400;
        for (const [name, birth, hukou, lives] of people) {
          const hh = await createHousehold(w, VILLAGE_B, { number: `R${seq}`, groupId: world.groups.B[0]! });
          seq += 2;
          const r = await createResident(w, VILLAGE_B, { householdId: hh.id, name, idNumber: idNumber(birth, seq + 1), relationToHead: 'head', registered: hukou, habitual: lives, partyMember: false, phone: null }, chinaDate(new Date()));
          ids.set(name, r.id);
        }
      });
      const p = world.platform;
      app = await buildApp({ config: { ...p.config, SESSION_HOURS: 2000 }, db: p.database.db, log: p.log, modules: p.modules, now: p.now });
      await app.ready();
      committee = await loginAs(app, 'committeeB');
      const e = await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, {
        kind: 'villageCommittee', profile: 'zhejiang', title: '第十二届村民委员会换届选举', electionDay: '2026-10-18',
        seats: { director: 1, deputyDirector: 0, member: 2, womenMember: 1 }, pollingStations: [{ name: '中心会场', mobile: false }], committee: [{ name: '选委会主任', post: 'chair' }],
      }), 201);
      id = e.id;
      await ok(committee.post(`/api/v1/elections/${id}/roll`));
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    test('without a record, ways 2 and 3 are excluded with the reason', async () => {
      assert.match((await voterOf('外出甲')).reason, /未表示参加选举/);
      assert.equal((await voterOf('寄居乙')).included, false);
    });

    test('way 2: the declaration recorded, the roll rebuilt, included with way 2 and the record as reason', async () => {
      const r = await ok(committee.post(`/api/v1/elections/${id}/registrations`, { residentId: ids.get('外出甲'), way: 2, declaredOn: '2026-09-01', reference: '书面声明（编号 2026-07）' }), 201);
      assert.equal(r.rollRebuilt, true);
      assert.equal(r.voter.included, true);
      assert.equal(r.voter.way, 2);
      assert.match(r.voter.reason, /第十三条第二款第（二）项/);
      assert.match(r.voter.reason, /2026-09-01 表示参加选举.*书面声明（编号 2026-07）/);
    });

    test('way 3: approved by the meeting and ≥ 1 year here → included; without approval or under a year → excluded with the reason', async () => {
      const yes = await ok(committee.post(`/api/v1/elections/${id}/registrations`, { residentId: ids.get('寄居乙'), way: 3, declaredOn: '2026-08-20', monthsResidentHere: 14, approvedOn: '2026-08-28', reference: '村民代表会议决议 2026-05' }), 201);
      assert.equal(yes.voter.included, true);
      assert.equal(yes.voter.way, 3);
      assert.match(yes.voter.reason, /2026-08-28 经村民会议或者村民代表会议同意.*第十三条第二款第（三）项/);
      const no = await ok(committee.post(`/api/v1/elections/${id}/registrations`, { residentId: ids.get('寄居丙'), way: 3, declaredOn: '2026-08-20', monthsResidentHere: 20, reference: '申请书 2026-08-20' }), 201);
      assert.equal(no.voter.included, false);
      assert.equal(no.voter.way, null);
      assert.match(no.voter.reason, /未经村民会议或者村民代表会议同意/);
      const short = await ok(committee.post(`/api/v1/elections/${id}/registrations`, { residentId: ids.get('寄居丁'), way: 3, declaredOn: '2026-08-20', monthsResidentHere: 6, approvedOn: '2026-08-28', reference: '村民代表会议决议 2026-05' }), 201);
      assert.equal(short.voter.included, false);
      assert.match(short.voter.reason, /6 个月，不满一年/);
      // The earlier records stand after the rebuilds.
      assert.equal((await voterOf('外出甲')).way, 2);
      assert.equal((await voterOf('寄居乙')).way, 3);
      const list = await ok(committee.get(`/api/v1/elections/${id}/registrations`));
      assert.equal(list.length, 4);
    });

    test('the wrong way for the person, a missing period, or a resident of another village: 422 naming the field, nothing recorded', async () => {
      const bad = async (body: Record<string, unknown>, field: string) => {
        const r = await committee.post(`/api/v1/elections/${id}/registrations`, body);
        assert.equal(r.statusCode, 422, r.body);
        assert.ok(JSON.parse(r.body).errors.some((e: { field: string }) => e.field === field), r.body);
      };
      await bad({ residentId: ids.get('寄居乙'), way: 2, declaredOn: '2026-09-01', reference: 'x' }, 'way');
      await bad({ residentId: ids.get('外出甲'), way: 3, declaredOn: '2026-09-01', monthsResidentHere: 20, approvedOn: '2026-09-02', reference: 'x' }, 'way');
      await bad({ residentId: ids.get('寄居乙'), way: 3, declaredOn: '2026-09-01', reference: 'x' }, 'monthsResidentHere');
      const [other] = await world.platform.database.db.selectFrom('resident' as never).select('id' as never).where('jurisdictionCode' as never, '=', VILLAGE_A as never).limit(1).execute() as { id: number }[];
      if (other) await bad({ residentId: other.id, way: 2, declaredOn: '2026-09-01', reference: 'x' }, 'residentId');
      assert.equal((await ok(committee.get(`/api/v1/elections/${id}/registrations`))).length, 4);
    });

    test('a proxy on election day is refused; 「禁止投票现场临时委托」 is cited only under shanghai ([SH-EL] Art.16), not to the national text', async () => {
      const plan = async (profile: string, title: string) => (await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, {
        kind: 'villageCommittee', profile, title, electionDay: '2026-10-18',
        seats: { director: 1, deputyDirector: 0, member: 2, womenMember: 0 }, pollingStations: [{ name: '中心会场', mobile: false }], committee: [{ name: '选委会主任', post: 'chair' }],
      }), 201)).id as number;
      const elections = { national: await plan('national', '全国规则选举'), shanghai: await plan('shanghai', '上海规则选举') };
      const votersOf = new Map<string, Map<string, number>>();
      for (const [k, eid] of Object.entries(elections)) {
        await ok(committee.post(`/api/v1/elections/${eid}/roll`));
        await ok(committee.post(`/api/v1/elections/${eid}/roll/publish`));
        const e = await ok(committee.get(`/api/v1/elections/${eid}`));
        votersOf.set(k, new Map(e.voters.list.map((v: { name: string; id: number }) => [v.name, v.id])));
      }
      clock = beijing('2026-10-18', 8);
      const file = (k: 'national' | 'shanghai') => committee.post(`/api/v1/elections/${elections[k]}/proxies`, { principalVoterId: votersOf.get(k)!.get('本村甲'), proxyVoterId: votersOf.get(k)!.get('本村乙'), relation: 'sibling' });
      const nat = await file('national');
      assert.equal(nat.statusCode, 409, nat.body);
      assert.match(nat.body, /proxy\.deadline/);
      assert.match(nat.body, /组织法第十五条第四款/);
      assert.doesNotMatch(nat.body, /禁止投票现场临时委托/);
      const sh = await file('shanghai');
      assert.equal(sh.statusCode, 409, sh.body);
      assert.match(sh.body, /禁止投票现场临时委托（上海市村民委员会选举办法第十六条）/);
      clock = beijing('2026-09-01');
    });
  });
}
