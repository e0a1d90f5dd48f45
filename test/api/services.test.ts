// The service desk through HTTP on both databases, on a clock set to 30 September 2026 (the day
// before the National Day holiday): the county's catalogue; a request filed at the desk on a
// resident's behalf (the audit row names the resident), a request filed online by the resident,
// the back office moving them through their states (illegal moves refused with a bilingual
// problem naming the rule), the resident's timeline and notifications; the overdue job alerting
// the township once; errands; and the Open311 (GeoReport v2) endpoints' shapes and access.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { write } from '../../src/core/access/guard.ts';
import { installDemoCatalog } from '../../src/modules/services/service.ts';
import { escalateOverdueRequests } from '../../src/modules/services/service.ts';
import { backends } from '../support/backends.ts';
import { COUNTY, jobAudit, openWorld, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, freshLogin, loginAs } from '../support/http.ts';
import { accountId, beijing, outbox } from '../support/disclosure.ts';

const problem = (res: LightMyRequestResponse, status: number) => {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /application\/problem\+json/);
  const p = res.json();
  assert.ok(p.messages['zh-CN'] && p.messages.en, 'bilingual');
  return p as { detail: string; messages: { 'zh-CN': string; en: string }; errors?: { field: string; rule: string; messages: { 'zh-CN': string; en: string } }[] };
};

for (const backend of backends()) {
  describe(`service desk and Open311 (${backend.name})`, () => {
    let world: World;
    let app: FastifyInstance;
    const clock = beijing('2026-09-30', 10);
    let deskRequest = 0;
    let onlineRequest = 0;

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      app = await appFor(world);
      await write(world.platform.database.db, { accountId: null, label: 'fixture', role: 'countyOfficer', code: COUNTY }, 'services.catalog', (w) => installDemoCatalog(w, COUNTY));
    });
    after(async () => { await app.close(); await world.cleanup(); });

    test('the county keeps the catalogue; everyone can read it', async () => {
      const county = await loginAs(app, 'county');
      const add = await county.post(`/api/v1/jurisdictions/${COUNTY}/service-catalog`, { code: 'quick-check', name: '医保信息查询', office: '乡镇便民服务中心', documents: ['居民身份证'], workingDays: 1 });
      assert.equal(add.statusCode, 201, add.body);
      problem(await county.post(`/api/v1/jurisdictions/${COUNTY}/service-catalog`, { code: 'quick-check', name: '重复', office: '某处', documents: [], workingDays: 1 }), 409);
      const bad = problem(await county.post(`/api/v1/jurisdictions/${COUNTY}/service-catalog`, { code: 'Bad Code', name: '错', office: '某处', documents: [], workingDays: 0 }), 422);
      assert.deepEqual(bad.errors!.map((e) => e.field).sort(), ['body.code', 'body.name', 'body.workingDays'].sort());
      problem(await (await loginAs(app, 'committeeA')).patch(`/api/v1/service-catalog/${add.json().id}`, { workingDays: 2 }), 403);
      const patched = await county.patch(`/api/v1/service-catalog/${add.json().id}`, { documents: ['居民身份证', '医保卡'] });
      assert.deepEqual(patched.json().documents, ['居民身份证', '医保卡']);
      const list = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/service-catalog`)).json() as { code: string; workingDays: number }[];
      assert.ok(list.some((s) => s.code === 'old-age-allowance' && s.workingDays === 15));
      assert.ok(list.some((s) => s.code === 'quick-check'));
    });

    test('staff file at the desk on a resident\'s behalf; the audit log says so', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const [, xiuying] = world.residents.A;
      const res = await clerk.post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: xiuying, serviceCode: 'medical-insurance-enrolment', description: '为孙子办理医保参保' });
      assert.equal(res.statusCode, 201, res.body);
      const r = res.json();
      deskRequest = r.id;
      assert.equal(r.state, 'received');
      assert.equal(r.onBehalf, true);
      assert.equal(r.channel, 'desk');
      assert.equal(r.dueOn, '2026-10-10', '3 working days over National Day: 8, 9 and the adjusted Saturday 10 October');
      assert.equal(r.timeline.length, 1);
      const audit = (await (await loginAs(app, 'supervisorA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/audit?limit=20`)).json().items as { action: string; targetId: string; actorLabel: string; after: { onBehalfOf?: { residentId: number; name: string } } }[];
      const row = audit.find((a) => a.action === 'services.file' && a.targetId === String(deskRequest))!;
      assert.equal(row.actorLabel, 'committee-a');
      assert.deepEqual(row.after.onBehalfOf, { residentId: xiuying, name: '谭秀英' });
      // Wrong village, wrong resident, unknown service.
      problem(await clerk.post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: world.residents.B[0], serviceCode: 'old-age-allowance', description: '别村居民' }), 422);
      const unknown = problem(await clerk.post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: xiuying, serviceCode: 'no-such', description: '没有的服务' }), 422);
      assert.equal(unknown.errors![0]!.rule, 'services.unknownService');
      problem(await (await loginAs(app, 'committeeB')).post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: xiuying, serviceCode: 'old-age-allowance', description: '越权' }), 403);
      problem(await (await loginAs(app, 'residentA')).post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: xiuying, serviceCode: 'old-age-allowance', description: '居民不能用窗口接口' }), 403);
    });

    test('a resident files online; no "on behalf" in the audit', async () => {
      const me = await loginAs(app, 'residentA');
      const res = await me.post('/api/v1/my/service-requests', { serviceCode: 'pension-enrolment', description: '办理城乡居民养老保险参保' });
      assert.equal(res.statusCode, 201, res.body);
      onlineRequest = res.json().id;
      assert.equal(res.json().onBehalf, false);
      assert.equal(res.json().channel, 'online');
      const audit = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${TOWNSHIP}/audit?limit=20`)).json().items as { action: string; targetId: string; after: Record<string, unknown> }[];
      assert.ok(!('onBehalfOf' in audit.find((a) => a.action === 'services.file' && a.targetId === String(onlineRequest))!.after));
      // An account linked to no resident has no own resident record to file for (people's ownResident finds none).
      problem(await (await loginAs(app, 'committeeA')).post('/api/v1/my/service-requests', { serviceCode: 'pension-enrolment', description: '工作人员账户没有关联居民' }), 404);
      const actions = (await me.get('/api/v1/auth/me')).json().actions as string[];
      assert.deepEqual(actions.filter((a) => /^(services|certificates)\./.test(a)).sort(), ['certificates.file', 'services.file', 'services.open311'], 'a resident files (a service or a certificate request); never the desk, the back office or the seal');
    });

    test('the back office moves requests; illegal moves are refused in both languages; the resident sees every change', async () => {
      const township = await loginAs(app, 'township');
      const move = (id: number, to: string, note?: string) => township.post(`/api/v1/service-requests/${id}/transitions`, note ? { to, note } : { to });
      const illegal = problem(await move(deskRequest, 'completed'), 409);
      assert.equal(illegal.errors![0]!.rule, 'request.transition');
      assert.match(illegal.messages['zh-CN'], /已受理登记/);
      assert.match(illegal.messages.en, /Received/);
      assert.equal((await move(deskRequest, 'accepted')).statusCode, 200);
      const noNote = problem(await move(deskRequest, 'waitingForResident'), 422);
      assert.equal(noNote.errors![0]!.rule, 'request.waitingNote');
      assert.equal((await move(deskRequest, 'waitingForResident', '请补交新生儿出生医学证明复印件')).statusCode, 200);
      assert.equal((await move(deskRequest, 'inProgress')).statusCode, 200);
      const done = await move(deskRequest, 'completed', '已参保，医保卡三个工作日后到社区领取');
      assert.equal(done.json().state, 'completed');
      const after = problem(await move(deskRequest, 'inProgress'), 409);
      assert.match(after.messages.en, /already completed/);
      const noReason = problem(await move(onlineRequest, 'closedNotDone'), 422);
      assert.equal(noReason.errors![0]!.rule, 'request.closeReason');
      problem(await (await loginAs(app, 'otherTownship')).post(`/api/v1/service-requests/${onlineRequest}/transitions`, { to: 'accepted' }), 403);
      problem(await (await loginAs(app, 'gridA')).post(`/api/v1/service-requests/${onlineRequest}/transitions`, { to: 'accepted' }), 403);

      const me = await loginAs(app, 'residentA');
      const mine = (await me.get('/api/v1/my/service-requests')).json();
      assert.deepEqual(mine.requests.map((r: { id: number }) => r.id).sort(), [deskRequest, onlineRequest].sort());
      const one = (await me.get(`/api/v1/my/service-requests/${deskRequest}`)).json();
      assert.deepEqual(one.timeline.map((e: { toState: string }) => e.toState), ['received', 'accepted', 'waitingForResident', 'inProgress', 'completed']);
      assert.ok(one.timeline.every((e: Record<string, unknown>) => !('actorLabel' in e)), 'the role that acted, never the account name');
      assert.equal(one.statusNote, '已参保，医保卡三个工作日后到社区领取');
      const inbox = (await me.get('/api/v1/notifications')).json() as { kind: string; subject: string }[];
      assert.ok(inbox.filter((n) => n.kind === 'services.request').length >= 6, 'filed + 4 moves on one, filed on the other');
      // Another resident's request is not visible to this resident.
      const clerk = await loginAs(app, 'committeeA');
      const other = (await clerk.post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: world.residents.A[0], serviceCode: 'old-age-allowance', description: '廖明华的申请' })).json();
      problem(await me.get(`/api/v1/my/service-requests/${other.id}`), 404);
      const staffView = (await clerk.get(`/api/v1/service-requests/${other.id}`)).json();
      assert.equal(staffView.residentName, '廖明华');
      problem(await (await loginAs(app, 'committeeB')).get(`/api/v1/service-requests/${other.id}`), 403);
    });

    test('overdue requests alert the township once; other townships hear nothing', async () => {
      const db = world.platform.database.db;
      const clerk = await loginAs(app, 'committeeA');
      const r = (await clerk.post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: world.residents.A[0], serviceCode: 'quick-check', description: '查询医保缴费记录' })).json();
      assert.equal(r.dueOn, '2026-10-08');
      const township = await accountId(world, 'township');
      const other = await accountId(world, 'other-township');
      const before = (await outbox(world, { kind: 'services.overdue' })).length;
      assert.equal(before, 0);
      assert.equal(await escalateOverdueRequests(db, '2026-10-08', beijing('2026-10-08', 9)), 0, 'not on the due day');
      assert.equal(await escalateOverdueRequests(db, '2026-10-09', beijing('2026-10-09', 9)), 1);
      const alerts = await outbox(world, { kind: 'services.overdue', accountId: township });
      assert.equal(alerts.length, 1);
      assert.match(alerts[0]!.body, /2026-10-08/);
      assert.equal(await escalateOverdueRequests(db, '2026-10-10', beijing('2026-10-10', 9)), 0, 'once');
      const audit = await jobAudit(world, 'services.escalate');
      assert.deepEqual(audit.map((a) => [a.actorLabel, a.targetId, a.jurisdictionCode]), [['system:services-overdue', String(r.id), VILLAGE_A]], 'the job\'s change is in the audit log, once, as the system actor');
      assert.equal((await outbox(world, { kind: 'services.overdue', accountId: other })).length, 0);
      const list = (await clerk.get(`/api/v1/jurisdictions/${VILLAGE_A}/service-requests?open=true`)).json() as { id: number; overdue: boolean; escalatedAt: string | null }[];
      const row = list.find((x) => x.id === r.id)!;
      assert.equal(row.overdue, false, 'not overdue on the clock\'s day (30 September)');
      assert.ok(row.escalatedAt, 'marked as escalated');
    });

    test('errands record what was handed over and what came back', async () => {
      const grid = await loginAs(app, 'gridA');
      const start = await grid.post(`/api/v1/villages/${VILLAGE_A}/errands`, { residentId: world.residents.A[0], office: '三建乡民政办', matter: '高龄津贴申请', handedOver: '身份证复印件、户口簿复印件' });
      assert.equal(start.statusCode, 201, start.body);
      assert.equal(start.json().state, 'out');
      problem(await grid.post(`/api/v1/villages/${VILLAGE_A}/errands`, { residentId: world.residents.A[0], requestId: deskRequest, office: '某处', matter: '错配', handedOver: '无需材料' }), 422);
      const back = await grid.post(`/api/v1/errands/${start.json().id}/return`, { returned: '受理回执一份' });
      assert.equal(back.json().state, 'returned');
      assert.equal(back.json().returned, '受理回执一份');
      problem(await grid.post(`/api/v1/errands/${start.json().id}/return`, { returned: '再带回' }), 409);
      problem(await (await loginAs(app, 'township')).post(`/api/v1/villages/${VILLAGE_A}/errands`, { residentId: world.residents.A[0], office: '某处', matter: '乡镇不跑代办', handedOver: '无需材料' }), 403);
      const list = (await grid.get(`/api/v1/villages/${VILLAGE_A}/errands`)).json();
      assert.equal(list.length, 1);
    });

    test('Open311 (GeoReport v2): services, service definition, create and read requests', async () => {
      const a = anonymous(app);
      const services = await a.get(`/api/open311/v2/services.json?jurisdiction_id=${VILLAGE_A}`);
      assert.equal(services.statusCode, 200, services.body);
      const s = (services.json() as Record<string, unknown>[]).find((x) => x.service_code === 'old-age-allowance')!;
      assert.deepEqual(Object.keys(s).sort(), ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
      assert.equal(s.service_name, '高龄津贴申请');
      assert.equal(s.metadata, true);
      const def = (await a.get(`/api/open311/v2/services/old-age-allowance.json?jurisdiction_id=${COUNTY}`)).json();
      assert.equal(def.service_code, 'old-age-allowance');
      assert.deepEqual(def.attributes.map((x: { datatype_description: string }) => x.datatype_description), ['居民身份证', '户口簿', '本人银行卡（折）']);
      problem(await a.get(`/api/open311/v2/services/nope.json?jurisdiction_id=${COUNTY}`), 404);
      problem(await a.get('/api/open311/v2/services.json?jurisdiction_id=12'), 422);

      problem(await a.post('/api/open311/v2/requests.json', { jurisdiction_id: VILLAGE_A, service_code: 'old-age-allowance', description: '匿名' }), 401);
      const me = await loginAs(app, 'residentA');
      const created = await me.post('/api/open311/v2/requests.json', { jurisdiction_id: VILLAGE_A, service_code: 'temporary-assistance', description: '家中失火，申请临时救助' });
      assert.equal(created.statusCode, 201, created.body);
      const [c] = created.json();
      assert.deepEqual(Object.keys(c).sort(), ['account_id', 'service_notice', 'service_request_id']);
      problem(await me.post('/api/open311/v2/requests.json', { jurisdiction_id: VILLAGE_A, service_code: 'temporary-assistance', description: '替别人', resident_id: world.residents.A[0] }), 422);
      problem(await me.post('/api/open311/v2/requests.json', { jurisdiction_id: VILLAGE_B, service_code: 'temporary-assistance', description: '别村' }), 403);
      const clerk = await loginAs(app, 'committeeA');
      const noResident = problem(await clerk.post('/api/open311/v2/requests.json', { jurisdiction_id: VILLAGE_A, service_code: 'temporary-assistance', description: '代办' }), 422);
      assert.equal(noResident.errors![0]!.field, 'resident_id');
      const staffCreated = await clerk.post('/api/open311/v2/requests.json', { jurisdiction_id: VILLAGE_A, service_code: 'temporary-assistance', description: '代廖明华申请临时救助', resident_id: world.residents.A[0] });
      assert.equal(staffCreated.statusCode, 201, staffCreated.body);

      problem(await a.get(`/api/open311/v2/requests.json?jurisdiction_id=${VILLAGE_A}`), 401);
      const list = await (await loginAs(app, 'township')).get(`/api/open311/v2/requests.json?jurisdiction_id=${TOWNSHIP}`);
      assert.equal(list.statusCode, 200, list.body);
      const rows = list.json() as Record<string, unknown>[];
      const mine = rows.find((r) => r.service_request_id === c.service_request_id)!;
      assert.deepEqual(Object.keys(mine).sort(), ['address', 'agency_responsible', 'description', 'expected_datetime', 'jurisdiction_id', 'requested_datetime', 'service_code', 'service_name', 'service_notice', 'service_request_id', 'status', 'status_notes', 'updated_datetime']);
      assert.equal(mine.status, 'open');
      assert.equal(mine.agency_responsible, '乡镇人民政府（民政办）');
      assert.match(String(mine.requested_datetime), /^2026-09-30T10:00:00\+08:00$/);
      assert.equal(mine.expected_datetime, '2026-10-20T23:59:59+08:00', '10 working days after 30 September');
      const closed = (await (await loginAs(app, 'township')).get(`/api/open311/v2/requests.json?jurisdiction_id=${VILLAGE_A}&status=closed`)).json() as { service_request_id: string; status: string }[];
      assert.deepEqual(closed.map((r) => r.service_request_id), [String(deskRequest)]);
      const one = (await clerk.get(`/api/open311/v2/requests/${deskRequest}.json`)).json();
      assert.equal(one.length, 1);
      assert.equal(one[0].status, 'closed');
      assert.match(one[0].status_notes, /已办结 Completed/);
      problem(await (await loginAs(app, 'committeeB')).get(`/api/open311/v2/requests/${deskRequest}.json`), 403);
      problem(await (await loginAs(app, 'committeeB')).get(`/api/open311/v2/requests.json?jurisdiction_id=${VILLAGE_A}`), 403);
    });

    test('the OpenAPI document describes the Open311 endpoints', async () => {
      const doc = (await anonymous(app).get('/api/v1/openapi.json')).json();
      for (const p of ['/api/open311/v2/services.json', '/api/open311/v2/requests.json']) assert.ok(doc.paths[p], p);
      assert.ok(Object.keys(doc.paths).some((p) => p.startsWith('/api/open311/v2/requests/')), 'requests/{id}.json');
      assert.ok(doc.paths['/api/open311/v2/requests.json'].post.requestBody, 'POST body documented');
    });

    test('the clock stops while the request waits for the resident: leaving the wait moves the due date', async () => {
      const start = clock.getTime();
      try {
        const me = await loginAs(app, 'residentA');
        const filed = (await me.post('/api/v1/my/service-requests', { serviceCode: 'medical-insurance-enrolment', description: '新生儿参保' })).json();
        assert.equal(filed.dueOn, '2026-10-10', '30 Sept + 3 working days: 国庆 off, 10月8日, 9日, 10日 (Saturday, 调休 workday)');
        const township = await loginAs(app, 'township');
        const move = (to: string, note?: string) => township.post(`/api/v1/service-requests/${filed.id}/transitions`, note ? { to, note } : { to });
        assert.equal((await move('accepted')).statusCode, 200);
        assert.equal((await move('waitingForResident', '请补交出生医学证明')).json().dueOn, '2026-10-10', 'asking does not move the date');
        clock.setTime(beijing('2026-10-09', 16).getTime()); // the resident brings the papers after the holiday
        const township2 = await freshLogin(app, 'township'); // the sessions from before the holiday have lapsed
        const res = await township2.post(`/api/v1/service-requests/${filed.id}/transitions`, { to: 'inProgress', note: '材料已补齐' });
        assert.equal(res.statusCode, 200, res.body);
        assert.equal(res.json().dueOn, '2026-10-13', '10月8日 and 9日 were spent waiting: 10月10日 + 2 working days (11日 is Sunday)');
        const mine = (await (await freshLogin(app, 'residentA')).get(`/api/v1/my/service-requests/${filed.id}`)).json();
        assert.deepEqual(mine.timeline.map((e: { toState: string; dueOn: string | null }) => [e.toState, e.dueOn]),
          [['received', null], ['accepted', null], ['waitingForResident', null], ['inProgress', '2026-10-13']], 'the timeline shows the new due date where it moved');
        assert.equal(mine.dueOn, '2026-10-13');
        const audit = (await township2.get(`/api/v1/jurisdictions/${TOWNSHIP}/audit?limit=5`)).json().items as { action: string; targetId: string; before: Record<string, unknown>; after: Record<string, unknown> }[];
        const row = audit.find((a) => a.action === 'services.handle' && a.targetId === String(filed.id))!;
        assert.equal(row.before.dueOn, '2026-10-10');
        assert.equal(row.after.dueOn, '2026-10-13');
      } finally { clock.setTime(start); }
    });

    test('the chain decides "my requests": the owner reads theirs, anyone else is told there is none; unknown ids are 404 from the loader', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const me = await loginAs(app, 'residentA');
      const mine = (await me.post('/api/v1/my/service-requests', { serviceCode: 'old-age-allowance', description: '申请高龄津贴' })).json();
      const theirs = (await clerk.post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId: world.residents.A[0], serviceCode: 'old-age-allowance', description: '廖明华的高龄津贴' })).json();
      // The owner (the resident the request is for) reads it.
      const own = await me.get(`/api/v1/my/service-requests/${mine.id}`);
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().id, mine.id);
      // Another person's request: "not found", for a resident and for staff (who own none).
      const denied = problem(await me.get(`/api/v1/my/service-requests/${theirs.id}`), 404);
      assert.match(denied.messages.en, new RegExp(`No such service request \\(${theirs.id}\\)`), 'the same answer as for a request that does not exist');
      problem(await clerk.get(`/api/v1/my/service-requests/${mine.id}`), 404);
      problem(await anonymous(app).get(`/api/v1/my/service-requests/${mine.id}`), 401);
      // Owning a request is no staff right: the staff route stays closed to its resident.
      problem(await me.get(`/api/v1/service-requests/${mine.id}`), 403);
      problem(await me.post(`/api/v1/service-requests/${mine.id}/transitions`, { to: 'accepted' }), 403);
      // Unknown records: the loaders find none.
      const township = await loginAs(app, 'township');
      const missing = problem(await township.get('/api/v1/service-requests/999999'), 404);
      assert.match(missing.messages.en, /No such service request \(999999\)/);
      problem(await me.get('/api/v1/my/service-requests/999999'), 404);
      problem(await township.post('/api/v1/service-requests/999999/transitions', { to: 'accepted' }), 404);
      problem(await clerk.get('/api/open311/v2/requests/999999.json'), 404);
      problem(await clerk.post('/api/v1/errands/999999/return', { returned: '回执一份' }), 404);
      problem(await (await loginAs(app, 'county')).patch('/api/v1/service-catalog/999999', { workingDays: 2 }), 404);
      // An errand is acted on in its own village only.
      const errand = (await clerk.post(`/api/v1/villages/${VILLAGE_A}/errands`, { residentId: world.residents.A[0], office: '三建乡民政办', matter: '高龄津贴', handedOver: '身份证复印件' })).json();
      problem(await (await loginAs(app, 'committeeB')).post(`/api/v1/errands/${errand.id}/return`, { returned: '别村' }), 403);
      assert.equal((await clerk.post(`/api/v1/errands/${errand.id}/return`, { returned: '回执一份' })).statusCode, 200);
    });
  });
}
