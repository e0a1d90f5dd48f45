// A 换届 in 鱼泉子村 (village B) under the zhejiang profile through HTTP, on both databases, with a
// clock the test moves through September–October 2026: plan, derive and publish the roll, an
// objection, nominations with the per-voter cap and the Art.12 withdrawal, joint vetting, the
// 差额 candidate list, proxies with the cap of 3, double-entered box counts, a tally with one
// unfilled seat, the supplementary round, results on the ledger, certificates, the township's
// overview, recall, and the overdue alert. Every refusal the law requires is checked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { write } from '../../src/core/access/guard.ts';
import { verifyChain } from '../../src/core/ledger/ledger.ts';
import { createHousehold, createResident, recordFlag } from '../../src/modules/people/service.ts';
import { alertOverdueSteps } from '../../src/modules/elections/manifest.ts';
import { backends } from '../support/backends.ts';
import { idNumber, openWorld, VILLAGE_A, VILLAGE_B, TOWNSHIP, type World } from '../support/fixture.ts';
import { buildApp } from '../../src/core/app.ts';
import { anonymous, loginAs, type Client } from '../support/http.ts';
import { multipart, outbox, png } from '../support/disclosure.ts';
import { chinaDate } from '../../src/core/time.ts';

const op = { accountId: null, label: 'fixture', role: 'operator', code: null };
const beijing = (date: string, h = 10) => new Date(Date.parse(`${date}T00:00:00Z`) + (h - 8) * 3600_000);
const DAY = '2026-10-18'; // a Sunday
const plan = (over: Record<string, unknown> = {}) => ({
  kind: 'villageCommittee', profile: 'zhejiang', title: '第十二届村民委员会换届选举', electionDay: DAY,
  seats: { director: 1, deputyDirector: 0, member: 2, womenMember: 1 },
  pollingStations: [{ name: '中心会场', mobile: false }, { name: '流动票箱', mobile: true }],
  committee: [{ name: '选委会主任', post: 'chair' }], ...over,
});

// Villagers of B: name, birth, female, hukou here, lives here.
const people: [string, string, boolean, boolean, boolean][] = [
  ['陈一', '1970-01-01', false, true, true], ['陈二', '1971-01-01', true, true, true], ['陈三', '1972-01-01', false, true, true],
  ['陈四', '1973-01-01', true, true, true], ['陈五', '1974-01-01', false, true, true], ['陈六', '1975-01-01', true, true, true],
  ['陈七', '1976-01-01', false, true, true], ['陈八', '1977-01-01', true, true, true], ['陈九', '1978-01-01', false, true, true],
  ['陈十', '1979-01-01', true, true, true], ['外出甲', '1980-01-01', false, true, false], ['少年乙', '2008-10-19', false, true, true],
  ['刑满丙', '1969-01-01', false, true, true],
];

for (const backend of backends()) {
  describe(`elections on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let clock = beijing('2026-09-01');
    let committee: Client;
    let township: Client;
    let id: number;
    const voters = new Map<string, number>();
    const ids = new Map<string, number>();
    const at = (d: string, h = 10) => { clock = beijing(d, h); };
    const ok = async (p: Promise<{ statusCode: number; body: string }>, code = 200) => { const r = await p; assert.equal(r.statusCode, code, r.body); return JSON.parse(r.body); };
    const refused = async (p: Promise<{ statusCode: number; body: string }>, status: number, rule: RegExp) => {
      const r = await p;
      assert.equal(r.statusCode, status, r.body);
      assert.match(r.body, rule);
      return JSON.parse(r.body);
    };

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      await write(world.platform.database.db, op, 'people.write', async (w) => {
        let seq = 200;
        for (const [name, birth, female, hukou, lives] of people) {
          const hh = await createHousehold(w, VILLAGE_B, { number: `E${seq}`, groupId: world.groups.B[0]! });
          seq += 2;
          const r = await createResident(w, VILLAGE_B, { householdId: hh.id, name, idNumber: idNumber(birth, seq + (female ? 0 : 1)), relationToHead: 'head', registered: hukou, habitual: lives, partyMember: false, phone: null }, chinaDate(new Date()));
          ids.set(name, r.id);
        }
        await recordFlag(w, ids.get('刑满丙')!, { flag: 'deprivedOfPoliticalRights', value: true, effectiveDate: '2025-01-01', note: '判决' }, 'fixture');
      });
      const p = world.platform;
      // Sessions slide with the (moving) clock: allow a month so a login survives the test's weeks.
      app = await buildApp({ config: { ...p.config, SESSION_HOURS: 720 }, db: p.database.db, log: p.log, modules: p.modules, now: p.now });
      await app.ready();
      committee = await loginAs(app, 'committeeB');
      township = await loginAs(app, 'township');
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    test('plan: refused when too soon for the roll, without the zhejiang women\'s seat, or in a year the calendar does not know', async () => {
      await refused(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ electionDay: '2026-09-15' })), 422, /voterRoll\.deadline/);
      await refused(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ seats: { director: 1, deputyDirector: 0, member: 3, womenMember: 0 } })), 422, /election\.womenSeat/);
      await refused(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ seats: { director: 1, deputyDirector: 0, member: 0, womenMember: 1 } })), 422, /election\.size/);
      const r = await committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ electionDay: '2027-03-01' }));
      assert.notEqual(r.statusCode, 201);
      assert.match(r.body, /2027/);
      const supervisor = await loginAs(app, 'supervisorA');
      await refused(supervisor.post(`/api/v1/villages/${VILLAGE_A}/elections`, plan()), 403, /elections\.manage|没有权限|Not allowed/);
      await refused(committee.post(`/api/v1/villages/${VILLAGE_A}/elections`, plan()), 403, /.+/);
    });

    test('plan: the timeline from election day and profile, each step with due date, status and basis', async () => {
      // The committee chair is a villager who will be nominated (Art.12).
      const e = await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ committee: [{ residentId: ids.get('陈九'), name: '陈九', post: 'chair' }, { name: '选委会委员', post: 'member' }] })), 201);
      id = e.id;
      const steps = Object.fromEntries(e.steps.map((s: { key: string }) => [s.key, s]));
      assert.equal(steps.voterRoll.due, '2026-09-28');
      assert.equal(steps.objections.due, '2026-10-08', 'five days from the planned publication, past the National Day holiday');
      assert.equal(steps.candidateList.due, '2026-10-13', 'zhejiang Art.18');
      assert.equal(steps.proxies.due, '2026-10-15', 'zhejiang Art.25');
      assert.equal(steps.voterRoll.status, 'pending');
      assert.match(steps.voterRoll.basis, /第十四条/);
      assert.equal(e.state, 'planning');
    });

    test('voter roll: derived from the register, each inclusion and exclusion with its reason', async () => {
      const r = await ok(committee.post(`/api/v1/elections/${id}/roll`));
      assert.deepEqual(r, { included: 11, excluded: 3 }, 'the fixture\'s 陈国强 and ten of ours');
      const e = await ok(committee.get(`/api/v1/elections/${id}`));
      const by = new Map<string, { id: number; included: boolean; reason: string }>(e.voters.list.map((v: { name: string }) => [v.name, v]));
      assert.equal(by.get('少年乙')!.included, false);
      assert.match(by.get('少年乙')!.reason, /未满十八周岁/);
      assert.match(by.get('刑满丙')!.reason, /剥夺政治权利/);
      assert.match(by.get('外出甲')!.reason, /未表示参加选举/);
      for (const [name, v] of by) voters.set(name, v.id);
    });

    test('publishing the roll late is refused (Art.14); on time it goes to the ledger with names and group only', async () => {
      at('2026-09-02');
      const late = await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ electionDay: '2026-09-23', title: '补选' })), 201);
      await ok(committee.post(`/api/v1/elections/${late.id}/roll`));
      at('2026-09-04');
      await refused(committee.post(`/api/v1/elections/${late.id}/roll/publish`), 409, /voterRoll\.deadline/);
      at('2026-09-10');
      const e = await ok(committee.post(`/api/v1/elections/${id}/roll/publish`));
      assert.equal(e.rollPublishedOn, '2026-09-10');
      assert.equal(e.state, 'rollPublished');
      const pub = await ok(anonymous(app).get(`/api/v1/elections/${id}/public`));
      assert.equal(pub.roll.payload.count, 11);
      assert.deepEqual(Object.keys(pub.roll.payload.voters[0]).sort(), ['group', 'name']);
      assert.doesNotMatch(JSON.stringify(pub), /1970|birth|idNumber/);
      assert.equal((await verifyChain(world.platform.database.db, VILLAGE_B)).ok, true);
      await refused(committee.post(`/api/v1/elections/${id}/roll/publish`), 409, /order|法定顺序/);
    });

    test('objections: within 5 days, decided with a reason, the roll republished; late objections refused', async () => {
      at('2026-09-12');
      const o = await ok(committee.post(`/api/v1/elections/${id}/objections`, { voterId: voters.get('外出甲'), claim: 'include', subjectName: '外出甲', statement: '本人在外务工，已书面表示参加选举' }), 201);
      assert.equal(o.decisionDue, '2026-09-15');
      // Upholding does not set the law aside: without the declaration on record the rule refuses (Art.13¶2(2)).
      await refused(committee.post(`/api/v1/objections/${o.id}/decision`, { decision: 'upheld', reason: '本人在外务工' }), 409, /voter\.registration[\s\S]*未表示参加选举/);
      // Under 18 on election day, or deprived of political rights: an upheld objection is refused with the rule's reason.
      const young = await ok(committee.post(`/api/v1/elections/${id}/objections`, { voterId: voters.get('少年乙'), claim: 'include', subjectName: '少年乙', statement: '应当列入' }), 201);
      await refused(committee.post(`/api/v1/objections/${young.id}/decision`, { decision: 'upheld', reason: '同意' }), 409, /voter\.age[\s\S]*未满十八周岁/);
      const deprived = await ok(committee.post(`/api/v1/elections/${id}/objections`, { voterId: voters.get('刑满丙'), claim: 'include', subjectName: '刑满丙', statement: '应当列入' }), 201);
      await refused(committee.post(`/api/v1/objections/${deprived.id}/decision`, { decision: 'upheld', reason: '同意' }), 409, /voter\.politicalRights[\s\S]*剥夺政治权利/);
      await ok(committee.post(`/api/v1/objections/${young.id}/decision`, { decision: 'rejected', reason: '选举日未满十八周岁' }));
      await ok(committee.post(`/api/v1/objections/${deprived.id}/decision`, { decision: 'rejected', reason: '被剥夺政治权利' }));
      // The declaration recorded (after publication the roll is not rebuilt): now the rule includes way 2.
      const reg = await ok(committee.post(`/api/v1/elections/${id}/registrations`, { residentId: ids.get('外出甲'), way: 2, declaredOn: '2026-09-11', reference: '书面声明 2026-09-11' }), 201);
      assert.equal(reg.rollRebuilt, false);
      const d = await ok(committee.post(`/api/v1/objections/${o.id}/decision`, { decision: 'upheld', reason: '本人于9月11日书面表示参加选举（组织法第十三条第二款第二项）' }));
      assert.equal(d.late, false);
      assert.ok(d.republished > 0);
      const pub = await ok(anonymous(app).get(`/api/v1/elections/${id}/public`));
      assert.equal(pub.roll.payload.count, 12);
      await refused(committee.post(`/api/v1/objections/${o.id}/decision`, { decision: 'rejected', reason: '再议' }), 409, /objection\.decided/);
      at('2026-09-16');
      await refused(committee.post(`/api/v1/elections/${id}/objections`, { claim: 'exclude', subjectName: '陈一', statement: '不在本村' }), 409, /objection\.late/);
    });

    test('nominations: the zhejiang cap per voter, and the committee member nominated withdraws (Art.12)', async () => {
      at('2026-09-20');
      const nom = (position: string, nominee: string, nominators: string[]) => committee.post(`/api/v1/elections/${id}/nominations`, { position, nomineeVoterId: voters.get(nominee), nominatorVoterIds: nominators.map((n) => voters.get(n)) });
      const first = await ok(nom('member', '陈九', ['陈一', '陈二']), 201);
      assert.equal(first.withdrew, '陈九');
      await ok(nom('member', '陈三', ['陈一']), 201);
      await refused(nom('member', '陈五', ['陈一']), 409, /nomination\.cap/);
      await ok(nom('member', '陈五', ['陈二']), 201);
      await ok(nom('member', '陈七', ['陈四']), 201);
      await ok(nom('director', '陈一', ['陈三']), 201);
      await ok(nom('womenMember', '陈二', ['陈五']), 201);
      await ok(nom('womenMember', '陈四', ['陈六']), 201);
      await refused(nom('womenMember', '陈三', ['陈六']), 422, /nomination\.womenSeat/);
      await refused(nom('member', '少年乙', ['陈六']), 422, /voter\.notRegistered/);
      const e = await ok(committee.get(`/api/v1/elections/${id}`));
      assert.match(e.committee.find((m: { name: string }) => m.name === '陈九').withdrawReason, /第十二条/);
      assert.ok(e.events.some((x: { type: string }) => x.type === 'committeeWithdrawal'));
    });

    test('joint vetting: each department with a reason; a failed nominee is excluded, the reason only for authorised roles', async () => {
      const noms = await ok(committee.get(`/api/v1/elections/${id}/nominations`));
      for (const n of noms) {
        for (const department of ['organisation', 'discipline', 'civilAffairs', 'police', 'court']) {
          const fail = n.nomineeName === '陈七' && department === 'police';
          await ok(township.post(`/api/v1/nominations/${n.id}/vetting`, { department, passed: !fail, reason: fail ? '有寻衅滋事犯罪记录（负面清单）' : '未发现负面清单情形' }));
        }
      }
      await refused(committee.post(`/api/v1/nominations/${noms[0].id}/vetting`, { department: 'police', passed: true, reason: 'x' }), 403, /.+/);
      const after = await ok(committee.get(`/api/v1/elections/${id}/nominations`));
      const seven = after.find((n: { nomineeName: string }) => n.nomineeName === '陈七');
      assert.equal(seven.status, 'excluded');
      assert.match(seven.exclusionReason, /公安机关：有寻衅滋事犯罪记录/);
      const supervisor = await loginAs(app, 'supervisorA');
      await refused(supervisor.get(`/api/v1/elections/${id}/nominations`), 403, /.+/);
    });

    test('the candidate list is refused without 差额 (Art.15), then published', async () => {
      // director: 1 seat, 1 nominee.
      const r = await refused(committee.post(`/api/v1/elections/${id}/candidates/publish`), 409, /candidateList\.margin/);
      assert.match(JSON.stringify(r), /positions\.director/);
      const n = await ok(committee.post(`/api/v1/elections/${id}/nominations`, { position: 'director', nomineeVoterId: voters.get('陈六'), nominatorVoterIds: [voters.get('陈八')] }), 201);
      await refused(committee.post(`/api/v1/elections/${id}/candidates/publish`), 409, /candidateList\.vetting/);
      for (const department of ['organisation', 'discipline', 'civilAffairs', 'police', 'court']) await ok(township.post(`/api/v1/nominations/${n.id}/vetting`, { department, passed: true, reason: '未发现负面清单情形' }));
      const e = await ok(committee.post(`/api/v1/elections/${id}/candidates/publish`));
      assert.equal(e.state, 'candidatesPublished');
      const pub = await ok(anonymous(app).get(`/api/v1/elections/${id}/public`));
      const member = pub.candidates.payload.positions.find((p: { position: string }) => p.position === 'member');
      assert.deepEqual(member.candidates.sort(), ['陈三', '陈九', '陈五'].sort());
      assert.doesNotMatch(JSON.stringify(pub.candidates), /陈七/);
      assert.doesNotMatch(JSON.stringify(pub), /寻衅滋事|excluded/);
    });

    test('proxies: the written authorisation on file (zhejiang), close relatives, not a candidate, the cap of 3, by the deadline', async () => {
      // 组织法 Art.15¶4 书面委托; 浙江办法 Art.25 审核: no scan, no proxy. The scan's type is read from its bytes.
      await refused(committee.post(`/api/v1/elections/${id}/proxies`, { principalVoterId: voters.get('陈一'), proxyVoterId: voters.get('陈八'), relation: 'sibling' }), 422, /proxy\.authorisationRequired[\s\S]*第二十五条/);
      await refused(committee.request({ method: 'POST', url: `/api/v1/elections/${id}/proxy-authorisations`, ...multipart(Buffer.from('不是扫描件，只是文字\n'), '委托书.png', 'image/png') }), 422, /proxy\.authorisationType/);
      const scan = await ok(committee.request({ method: 'POST', url: `/api/v1/elections/${id}/proxy-authorisations`, ...multipart(png(), '委托书-陈一.png', 'image/png') }), 201);
      assert.equal(scan.mime, 'image/png');
      await refused(committee.post(`/api/v1/elections/${id}/proxies`, { principalVoterId: voters.get('陈一'), proxyVoterId: voters.get('陈八'), relation: 'sibling', authorisation: { sha256: 'a'.repeat(64) } }), 422, /proxy\.authorisationMissing/);
      const proxy = (principal: string, px: string) => committee.post(`/api/v1/elections/${id}/proxies`, { principalVoterId: voters.get(principal), proxyVoterId: voters.get(px), relation: 'sibling', authorisation: { sha256: scan.sha256, filename: scan.filename } });
      for (const p of ['陈一', '陈二', '陈四']) await ok(proxy(p, '陈八'), 201);
      const listed = (await ok(committee.get(`/api/v1/elections/${id}`))).proxies;
      assert.ok(listed.every((x: { authorisationOnFile: boolean }) => x.authorisationOnFile));
      const file = await committee.get(`/api/v1/elections/${id}/proxies/${listed[0].id}/authorisation`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'image/png');
      assert.deepEqual(file.rawPayload, png());
      assert.ok([401, 403].includes((await anonymous(app).get(`/api/v1/elections/${id}/proxies/${listed[0].id}/authorisation`)).statusCode), "staff only");
      await refused(proxy('陈十', '陈八'), 409, /不得超过 3 人/);
      await refused(proxy('陈十', '陈三'), 409, /proxy\.candidate/);
      await refused(proxy('陈一', '陈十'), 409, /不得重复委托/);
      at('2026-10-16');
      await refused(proxy('陈十', '外出甲'), 409, /proxy\.deadline/);
      const pub = await ok(anonymous(app).get(`/api/v1/elections/${id}/public`));
      assert.equal(pub.proxies.length, 3);
      assert.doesNotMatch(JSON.stringify(pub.proxies), /authorisation|sha256/);
    });

    test('counts: two entries per box by two different staff; a mismatch blocks the tally until recounted', async () => {
      at(DAY, 16);
      const box1 = { box: '中心会场', issued: 6, returned: 6, spoiled: 1, votes: { director: { 陈一: 4, 陈六: 1 }, member: { 陈九: 4, 陈三: 2, 陈五: 1 }, womenMember: { 陈二: 2, 陈四: 2 } } };
      const box2 = { box: '流动票箱', issued: 3, returned: 3, spoiled: 0, votes: { director: { 陈一: 2, 陈六: 1 }, member: { 陈九: 2, 陈三: 1, 陈五: 2 }, womenMember: { 陈二: 1, 陈四: 1 } } };
      await ok(committee.post(`/api/v1/elections/${id}/rounds/1/counts`, box1), 201);
      await refused(committee.post(`/api/v1/elections/${id}/rounds/1/counts`, box1), 409, /count\.sameStaff/);
      const c = await ok(township.post(`/api/v1/elections/${id}/rounds/1/counts`, { ...box1, votes: { ...box1.votes, member: { 陈九: 4, 陈三: 3, 陈五: 1 } } }), 201);
      assert.deepEqual(c.find((b: { box: string }) => b.box === '中心会场').mismatches, ['member.陈三']);
      await refused(committee.post(`/api/v1/elections/${id}/rounds/1/tally`), 409, /count\.mismatch[\s\S]*count\.incomplete|count\.incomplete[\s\S]*count\.mismatch/);
      await ok(committee.post(`/api/v1/elections/${id}/rounds/1/counts/reset`, { box: '中心会场', reason: '两次录入不一致，重新清点' }));
      await ok(committee.post(`/api/v1/elections/${id}/rounds/1/counts`, box1), 201);
      await ok(township.post(`/api/v1/elections/${id}/rounds/1/counts`, box1), 201);
      await ok(committee.post(`/api/v1/elections/${id}/rounds/1/counts`, box2), 201);
      await ok(township.post(`/api/v1/elections/${id}/rounds/1/counts`, box2), 201);
      await refused(committee.post(`/api/v1/elections/${id}/rounds/1/counts`, { ...box2, box: '不存在' }), 422, /count\.box/);
      await refused(committee.post(`/api/v1/elections/${id}/results/publish`), 409, /.+/);
    });

    test('tally: one seat unfilled → supplementary round; then results, certificates and the overview', async () => {
      // 12 registered, 9 voted (6 majority): 陈一 6 director; members 陈九 6, 陈三 3, 陈五 3 → one seat unfilled;
      // women's seat 陈二 3, 陈四 3 → no woman elected, the seat continues.
      const r = await ok(committee.post(`/api/v1/elections/${id}/rounds/1/tally`));
      assert.equal(r.registeredVoters, 12);
      assert.equal(r.votersWhoVoted, 9);
      const member = r.outcomes.find((o: { position: string }) => o.position === 'member').outcome;
      assert.equal(member.majorityMinVotes, 5);
      assert.deepEqual(member.elected.map((x: { name: string }) => x.name), ['陈九']);
      assert.equal(member.seatsUnfilled, 2);
      assert.equal(r.supplementaryRound, 2);
      await refused(committee.post(`/api/v1/elections/${id}/results/publish`), 409, /results\.openRound/);
      const e = await ok(committee.get(`/api/v1/elections/${id}`));
      const round2 = e.rounds.filter((x: { roundNo: number }) => x.roundNo === 2);
      assert.deepEqual(round2.map((x: { position: string; seats: number; womenSeats: number }) => [x.position, x.seats, x.womenSeats]), [['member', 1, 1]]);
      const votes = { member: { 陈三: 4, 陈五: 2 }, womenMember: { 陈二: 4, 陈四: 2 } };
      for (const [box, v, n] of [['中心会场', votes, 6], ['流动票箱', { member: { 陈三: 1, 陈五: 1 }, womenMember: { 陈二: 1, 陈四: 1 } }, 2]] as const) {
        await ok(committee.post(`/api/v1/elections/${id}/rounds/2/counts`, { box, issued: n, returned: n, spoiled: 0, votes: v }), 201);
        await ok(township.post(`/api/v1/elections/${id}/rounds/2/counts`, { box, issued: n, returned: n, spoiled: 0, votes: v }), 201);
      }
      const r2 = await ok(committee.post(`/api/v1/elections/${id}/rounds/2/tally`));
      const o2 = r2.outcomes[0].outcome;
      assert.equal(o2.thresholdMinVotes, 3, 'a third of 8 ballots, rounded up');
      assert.deepEqual(o2.elected.map((x: { name: string; seat: string }) => [x.name, x.seat]), [['陈三', 'members'], ['陈二', 'women']]);
      const pub = await ok(committee.post(`/api/v1/elections/${id}/results/publish`));
      assert.equal(pub.state, 'resultsPublished');
      const board = await ok(anonymous(app).get(`/api/v1/elections/${id}/public`));
      assert.deepEqual(board.results.payload.elected.map((x: { name: string; position: string }) => [x.name, x.position]), [['陈一', 'director'], ['陈九', 'member'], ['陈三', 'member'], ['陈二', 'womenMember']]);
      const pdf = await committee.get(`/api/v1/elections/${id}/certificates.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const cert = await ok(committee.post(`/api/v1/elections/${id}/certificates`));
      assert.equal(cert.state, 'certified');
      const steps = Object.fromEntries(cert.steps.map((s: { key: string; status: string }) => [s.key, s.status]));
      assert.equal(steps.certificates, 'done');
      assert.equal(steps.electionDay, 'done');
      const ov = await ok(township.get(`/api/v1/jurisdictions/${TOWNSHIP}/elections-overview`));
      const mine = ov.find((x: { id: number }) => x.id === id);
      assert.equal(mine.elected.length, 4);
      assert.equal(mine.state, 'certified');
      const other = await loginAs(app, 'otherTownship');
      await refused(other.get(`/api/v1/elections/${id}`), 403, /.+/);
    });

    test('the overdue roll of the other election alerts the township, once', async () => {
      // The election planned for 2026-09-23 never published its roll.
      const sent = await alertOverdueSteps(world.platform.database.db, clock);
      assert.ok(sent >= 1);
      assert.equal(await alertOverdueSteps(world.platform.database.db, clock), 0, 'deduplicated');
      const rows = await outbox(world, { kind: 'elections.overdue' });
      assert.ok(rows.some((r) => r.subject.includes('公布选民名单')));
    });

    test('recall: the petition threshold and the vote by the pure rule; malformed counts 422', async () => {
      const r = await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/recalls`, { memberName: '陈九', registeredVoters: 11, representatives: 6, petitions: [{ by: 'voters', signatures: 3 }], vote: { votersWhoVoted: 7, yes: 4, no: 3, invalid: 0 } }), 201);
      assert.deepEqual([r.petitionValid, r.voteValid, r.passed], [[true], true, true]);
      await refused(committee.post(`/api/v1/villages/${VILLAGE_B}/recalls`, { memberName: '陈九', registeredVoters: 11, representatives: 6, petitions: [{ by: 'voters', signatures: 3 }], vote: { votersWhoVoted: 7, yes: 5, no: 3, invalid: 0 } }), 422, /vote/);
      const list = await ok(anonymous(app).get(`/api/v1/villages/${VILLAGE_B}/recalls`));
      assert.equal(list.length, 1);
    });

    test('a tie at the cut-off opens a re-vote round between the tied; the highest then wins', async () => {
      at('2026-10-20');
      const e = await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ profile: 'national', title: '村务监督委员会选举', kind: 'supervisoryCommittee', electionDay: '2026-11-15', seats: { director: 1, deputyDirector: 0, member: 2, womenMember: 0 } })), 201);
      await ok(committee.post(`/api/v1/elections/${e.id}/roll`));
      await ok(committee.post(`/api/v1/elections/${e.id}/roll/publish`));
      const v = new Map<string, number>((await ok(committee.get(`/api/v1/elections/${e.id}`))).voters.list.map((x: { name: string; id: number }) => [x.name, x.id]));
      const nom = (position: string, name: string) => ok(committee.post(`/api/v1/elections/${e.id}/nominations`, { position, nomineeVoterId: v.get(name), nominatorVoterIds: [v.get('陈十')] }), 201);
      for (const n of ['陈一', '陈二']) await nom('director', n);
      for (const n of ['陈三', '陈四', '陈五']) await nom('member', n);
      for (const n of await ok(committee.get(`/api/v1/elections/${e.id}/nominations`))) {
        for (const department of ['organisation', 'discipline', 'civilAffairs', 'police', 'court']) await ok(township.post(`/api/v1/nominations/${n.id}/vetting`, { department, passed: true, reason: '未发现负面清单情形' }));
      }
      await ok(committee.post(`/api/v1/elections/${e.id}/candidates/publish`));
      at('2026-11-15', 16); // within the sessions' month
      const count = async (round: number, votes: Record<string, Record<string, number>>, issued = 7) => {
        for (const c of [committee, township]) {
          await ok(c.post(`/api/v1/elections/${e.id}/rounds/${round}/counts`, { box: '中心会场', issued, returned: issued, spoiled: 0, votes }), 201);
          await ok(c.post(`/api/v1/elections/${e.id}/rounds/${round}/counts`, { box: '流动票箱', issued: 0, returned: 0, spoiled: 0, votes: {} }), 201);
        }
      };
      // 7 of 13 voted, 4 is a majority: 陈三 6; 陈四 and 陈五 4 each, tied for the last seat.
      await count(1, { director: { 陈一: 5, 陈二: 2 }, member: { 陈三: 6, 陈四: 4, 陈五: 4 } });
      const r1 = await ok(committee.post(`/api/v1/elections/${e.id}/rounds/1/tally`));
      const m1 = r1.outcomes.find((o: { position: string }) => o.position === 'member').outcome;
      assert.deepEqual(m1.tieRevote, { seats: 1, candidates: ['陈四', '陈五'] });
      assert.equal(r1.supplementaryRound, 2);
      const rounds = (await ok(committee.get(`/api/v1/elections/${e.id}`))).rounds.filter((x: { roundNo: number }) => x.roundNo === 2);
      assert.deepEqual(rounds.map((x: { kind: string; seats: number; candidates: string[] }) => [x.kind, x.seats, x.candidates]), [['tieRevote', 1, ['陈四', '陈五']]]);
      await refused(committee.post(`/api/v1/elections/${e.id}/results/publish`), 409, /results\.openRound/);
      await count(2, { member: { 陈四: 3, 陈五: 2 } });
      const r2 = await ok(committee.post(`/api/v1/elections/${e.id}/rounds/2/tally`));
      assert.deepEqual(r2.outcomes[0].outcome.elected.map((x: { name: string }) => x.name), ['陈四'], '3 of 7 wins the re-vote');
      const pub = await ok(committee.post(`/api/v1/elections/${e.id}/results/publish`));
      assert.deepEqual(pub.elected.map((x: { name: string }) => x.name), ['陈一', '陈三', '陈四']);
    });

    test('a by-election (补选, Art.19) may fill a single vacant seat; a regular election may not', async () => {
      const one = { seats: { director: 0, deputyDirector: 0, member: 1, womenMember: 0 }, electionDay: '2026-12-13', title: '补选委员' };
      await refused(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan(one)), 422, /election\.size[\s\S]*election\.director|election\.director[\s\S]*election\.size/);
      const e = await ok(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ ...one, byElection: true })), 201);
      assert.equal(e.byElection, true);
      assert.equal(e.steps.find((x: { key: string }) => x.key === 'voterRoll').due, '2026-11-23');
      await refused(committee.post(`/api/v1/villages/${VILLAGE_B}/elections`, plan({ ...one, byElection: true, seats: { director: 0, deputyDirector: 0, member: 8, womenMember: 0 } })), 422, /election\.size/);
    });

    test('the county sets its list of vetting departments; a department not on it is refused', async () => {
      const county = await loginAs(app, 'county');
      const COUNTY_CODE = '500230000000';
      const before = await ok(township.get(`/api/v1/jurisdictions/${COUNTY_CODE}/vetting-departments`));
      assert.deepEqual(before.map((d: { key: string }) => d.key), ['organisation', 'discipline', 'civilAffairs', 'police', 'court']);
      const list = [...before, { key: 'procuratorate', name: '人民检察院' }];
      await refused(township.request({ method: 'PUT', url: `/api/v1/jurisdictions/${COUNTY_CODE}/vetting-departments`, payload: { departments: list } }), 403, /.+/);
      const after = await ok(county.request({ method: 'PUT', url: `/api/v1/jurisdictions/${COUNTY_CODE}/vetting-departments`, payload: { departments: list } }));
      assert.equal(after.length, 6);
      await refused(county.request({ method: 'PUT', url: `/api/v1/jurisdictions/${TOWNSHIP}/vetting-departments`, payload: { departments: list } }), 422, /vetting\.county/);
      const noms = await ok(committee.get(`/api/v1/elections/${id}/nominations`));
      assert.equal(noms[0].vetting.at(-1).name, '人民检察院');
      await refused(township.post(`/api/v1/nominations/${noms[0].id}/vetting`, { department: 'astrology', passed: true, reason: 'x' }), 422, /vetting\.department/);
    });

    test('the named rules over HTTP: 200 with the verdict, 422 naming the field', async () => {
      const r = await ok(anonymous(app).post('/api/v1/rules/candidate-list', { profile: 'national', position: 'member', seats: 2, candidates: ['a', 'b'] }));
      assert.equal(r.valid, false);
      await refused(anonymous(app).post('/api/v1/rules/election-tally', { profile: 'national', round: 'first', seats: 1, registeredVoters: 10, votersWhoVoted: 6, ballotsReturned: 6, candidates: [{ name: 'a', votes: 7 }] }), 422, /candidates\.0\.votes/);
    });
  });
}
