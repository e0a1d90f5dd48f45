// Work admission and signboards through HTTP on both databases: the county keeps the three lists;
// the township files departments' requests, decided by the rule at once (negative list refused
// with its basis, an assisted matter refused until funded, a funded one admitted); an unlisted
// request goes to the county whose decision extends a list; villages see their tasks with the
// basis and refuse what was not admitted; signboards are decided like work requests.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { backends } from '../support/backends.ts';
import { COUNTY, openWorld, PASSWORD, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, loginAs, type Client } from '../support/http.ts';
import { write } from '../../src/core/access/guard.ts';
import { createAccount, createDepartment, grantRole } from '../../src/core/access/service.ts';
import { appFor } from '../support/http.ts';

for (const backend of backends()) {
  describe(`work admission on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let county: Client, township: Client, committeeA: Client, committeeB: Client, resident: Client, otherTownship: Client;
    const items: Record<string, number> = {};
    before(async () => {
      world = await openWorld(backend, { now: () => new Date('2026-11-20T02:00:00Z') });
      app = await appFor(world);
      [county, township, committeeA, committeeB, resident, otherTownship] = await Promise.all([
        loginAs(app, 'county'), loginAs(app, 'township'), loginAs(app, 'committeeA'), loginAs(app, 'committeeB'), loginAs(app, 'residentA'), loginAs(app, 'otherTownship'),
      ]);
    });
    after(async () => { await app.close(); await world.cleanup(); });

    test('the county keeps the three lists; others may read but not edit them', async () => {
      for (const [list, title, basis] of [
        ['negativeMatters', '开具亲属关系证明', '民发〔2020〕20号 第1项'],
        ['assistedMatters', '协助开展人口普查入户登记', '《全国人口普查条例》第十一条'],
        ['statutoryDuties', '村(居)务公开', '《村民委员会组织法》第三十条'],
      ] as const) {
        const r = await county.post(`/api/v1/jurisdictions/${COUNTY}/duty-lists`, { list, title, basis });
        assert.equal(r.statusCode, 201, r.body);
        items[list] = r.json().id;
      }
      assert.equal((await county.post(`/api/v1/jurisdictions/${COUNTY}/duty-lists`, { list: 'negativeMatters', title: '开具亲属关系证明', basis: 'x' })).statusCode, 409, 'duplicate title');
      assert.equal((await county.post(`/api/v1/jurisdictions/${TOWNSHIP}/duty-lists`, { list: 'negativeMatters', title: '某事', basis: 'x' })).statusCode, 422, 'lists are kept at the county');
      assert.equal((await township.post(`/api/v1/jurisdictions/${COUNTY}/duty-lists`, { list: 'negativeMatters', title: '某事', basis: 'x' })).statusCode, 403);
      const bad = await county.post(`/api/v1/jurisdictions/${COUNTY}/duty-lists`, { list: 'blackList', title: '某事', basis: 'x' });
      assert.equal(bad.statusCode, 422);
      const pub = await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/duty-lists`);
      assert.equal(pub.statusCode, 200);
      const lists = pub.json().lists as { list: string; items: { title: string }[] }[];
      assert.deepEqual(lists.map((l) => l.items.length), [1, 1, 1]);
      const patched = await county.patch(`/api/v1/duty-list-items/${items.statutoryDuties}`, { basis: '《村民委员会组织法》第三十条第一款' });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.equal(patched.json().basis, '《村民委员会组织法》第三十条第一款');
    });

    const request = (over: Record<string, unknown>) => ({ department: '县统计局', title: '人口普查摸底', description: '入户摸底登记', listItemId: items.assistedMatters, villageCodes: [VILLAGE_A, VILLAGE_B], ...over });

    test('a negative-list task is refused at once with its basis', async () => {
      const r = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ department: '县公安局', title: '为务工人员开具亲属关系证明', listItemId: items.negativeMatters, villageCodes: [VILLAGE_A] }));
      assert.equal(r.statusCode, 201, r.body);
      const b = r.json();
      assert.equal(b.status, 'refused');
      assert.equal(b.rule, 'admission.negativeList');
      assert.match(b.basis, /民发〔2020〕20号/);
      assert.match(b.reason['zh-CN'], /负面事项/);
    });

    test('an assisted matter without funding is refused naming what is missing; funded it is admitted', async () => {
      const r = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ conditions: '提供终端' }));
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().status, 'refused');
      assert.equal(r.json().rule, 'admission.assistedUnfunded');
      assert.deepEqual(r.json().missing, ['funding']);
      const ok = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ fundingFen: 600_000, fundingSource: '普查专项经费', conditions: '提供终端 2 台' }));
      assert.equal(ok.json().status, 'admitted');
      assert.equal(ok.json().rule, 'admission.assistedFunded');
      assert.equal(ok.json().tasks.length, 2);
    });

    test('filing is checked: villages must be under the filer, fields are named', async () => {
      const out = await otherTownship.post(`/api/v1/jurisdictions/500230209000/work-requests`, request({ villageCodes: [VILLAGE_A] }));
      assert.equal(out.statusCode, 422);
      assert.equal(out.json().errors[0].field, 'villageCodes.0');
      assert.equal(out.json().errors[0].rule, 'villageCodes.outside');
      assert.equal((await committeeA.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({}))).statusCode, 403, 'a committee cannot file');
      const unknown = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ listItemId: 99999 }));
      assert.equal(unknown.statusCode, 422);
      assert.equal(unknown.json().errors[0].rule, 'dutyList.unknown');
    });

    let unlisted: number;
    test('an unlisted task goes to the county, whose decision extends a list', async () => {
      const r = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ department: '县农业农村委', title: '人居环境巡查台账', listItemId: null, villageCodes: [VILLAGE_A] }));
      assert.equal(r.json().status, 'countyReview');
      assert.match(r.json().basis, /第二十条/);
      unlisted = r.json().id;
      const countyInbox = (await county.get('/api/v1/notifications')).json() as { kind: string; subject: string }[];
      assert.ok(countyInbox.some((n) => n.kind === 'admission.countyReview' && n.subject.includes('人居环境巡查台账')), 'the county is told');
      assert.equal((await township.post(`/api/v1/work-requests/${unlisted}/county-decision`, { decision: 'admit', list: 'assistedMatters', basis: 'x' })).statusCode, 403, 'only the county decides');
      const noList = await county.post(`/api/v1/work-requests/${unlisted}/county-decision`, { decision: 'admit', basis: '县准入审批〔2026〕1号' });
      assert.equal(noList.statusCode, 422);
      assert.equal(noList.json().errors[0].rule, 'admission.listRequired');
      // Admitted as an assisted matter, but no funding was recorded: refused by the rule.
      const d = await county.post(`/api/v1/work-requests/${unlisted}/county-decision`, { decision: 'admit', list: 'assistedMatters', basis: '县准入审批〔2026〕1号' });
      assert.equal(d.statusCode, 200, d.body);
      assert.equal(d.json().status, 'refused');
      assert.deepEqual(d.json().missing, ['funding', 'conditions']);
      assert.equal(d.json().item.list, 'assistedMatters');
      const lists = (await anonymous(app).get(`/api/v1/jurisdictions/${COUNTY}/duty-lists`)).json().lists as { list: string; items: { title: string; fromRequestId: number | null }[] }[];
      assert.ok(lists.find((l) => l.list === 'assistedMatters')!.items.some((i) => i.title === '人居环境巡查台账' && i.fromRequestId === unlisted), 'the list was extended');
      assert.equal((await county.post(`/api/v1/work-requests/${unlisted}/county-decision`, { decision: 'refuse', basis: 'x' })).statusCode, 409, 'decided once');
      const again = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ department: '县文旅委', title: '文明劝导每日打卡', listItemId: null, villageCodes: [VILLAGE_B] }));
      const refused = await county.post(`/api/v1/work-requests/${again.json().id}/county-decision`, { decision: 'refuse', basis: '县准入审批〔2026〕2号：属部门职责' });
      assert.equal(refused.json().status, 'refused');
      assert.equal(refused.json().item.list, 'negativeMatters');
    });

    test('villages see their tasks with the basis and refuse only what was not admitted', async () => {
      const inbox = (await committeeA.get('/api/v1/notifications')).json() as { kind: string }[];
      assert.ok(inbox.some((n) => n.kind === 'admission.admitted') && inbox.some((n) => n.kind === 'admission.refused'), 'the village is told of its tasks');
      assert.ok(!((await committeeB.get('/api/v1/notifications')).json() as { subject: string }[]).some((n) => n.subject.includes('亲属关系证明')), 'not another village');
      const tasks = (await committeeA.get(`/api/v1/villages/${VILLAGE_A}/tasks`)).json() as { id: number; title: string; status: string; basis: string; mayRefuse: boolean }[];
      const admitted = tasks.find((t) => t.status === 'admitted')!;
      assert.ok(admitted.basis.includes('人口普查条例'));
      assert.equal(admitted.mayRefuse, false);
      const r = await committeeA.post(`/api/v1/tasks/${admitted.id}/refuse`, {});
      assert.equal(r.statusCode, 409);
      assert.equal(r.json().errors[0].rule, 'admission.admittedTask');
      const negative = tasks.find((t) => t.title === '为务工人员开具亲属关系证明')!;
      assert.equal(negative.mayRefuse, true);
      const ok = await committeeA.post(`/api/v1/tasks/${negative.id}/refuse`, { reason: '属负面事项' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((ok.json() as { id: number; status: string }[]).find((t) => t.id === negative.id)!.status, 'villageRefused');
      assert.equal((await committeeB.post(`/api/v1/tasks/${negative.id}/refuse`, {})).statusCode, 403, 'another village');
      assert.equal((await resident.get(`/api/v1/villages/${VILLAGE_A}/tasks`)).statusCode, 403, 'residents do not read the task list');
      const mine = (await township.get(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`)).json() as unknown[];
      assert.equal(mine.length, 5);
    });

    test('signboards: outside only the committee\'s own and 中国社区; a department\'s plaque needs admission', async () => {
      const post = (c: Client, body: Record<string, string>) => c.post(`/api/v1/villages/${VILLAGE_A}/signboards`, body);
      assert.equal((await post(committeeA, { name: '中国社区', issuingBody: '民政部', kind: 'chinaCommunity', placement: 'outside' })).json().status, 'hanging');
      const out = await post(township, { name: '文明实践站', issuingBody: '县文明办', kind: 'department', placement: 'outside' });
      assert.equal(out.json().status, 'refused');
      assert.equal(out.json().rule, 'signboard.outsideOnlyOwn');
      const inside = await post(township, { name: '老年协会活动室', issuingBody: '县老龄办', kind: 'department', placement: 'inside' });
      assert.equal(inside.json().status, 'countyReview');
      assert.equal((await county.get(`/api/v1/jurisdictions/${COUNTY}/signboard-requests`)).json().length, 1);
      const d = await county.post(`/api/v1/signboards/${inside.json().id}/county-decision`, { decision: 'admit', basis: '县挂牌准入〔2026〕3号' });
      assert.equal(d.statusCode, 200, d.body);
      const board = (d.json() as { id: number; status: string; admissionItemId: number | null }[]).find((s) => s.id === inside.json().id)!;
      assert.equal(board.status, 'hanging');
      assert.ok(board.admissionItemId, 'an admission record');
      assert.equal((await resident.post(`/api/v1/villages/${VILLAGE_A}/signboards`, { name: 'x', issuingBody: 'y', kind: 'committee', placement: 'outside' })).statusCode, 403);
      const bad = await post(committeeA, { name: 'x', issuingBody: 'y', kind: 'banner', placement: 'roof' });
      assert.equal(bad.statusCode, 422);
      assert.equal((await resident.post(`/api/v1/signboards/${inside.json().id}/remove`)).statusCode, 403);
      assert.equal((await committeeA.post(`/api/v1/signboards/${inside.json().id}/remove`)).statusCode, 204);
      assert.equal((await committeeA.post(`/api/v1/signboards/${inside.json().id}/remove`)).statusCode, 409, 'only a hanging plaque');
      assert.equal((await committeeA.get(`/api/v1/villages/${VILLAGE_A}/signboards`)).json().find((x: { id: number }) => x.id === inside.json().id).status, 'removed');
    });

    test('the county retires a list item; a retired item cannot be chosen', async () => {
      const extra = await county.post(`/api/v1/jurisdictions/${COUNTY}/duty-lists`, { list: 'assistedMatters', title: '协助征兵宣传', basis: '《兵役法》' });
      assert.equal((await township.post(`/api/v1/duty-list-items/${extra.json().id}/retire`)).statusCode, 403);
      assert.equal((await county.post(`/api/v1/duty-list-items/${extra.json().id}/retire`)).statusCode, 204);
      const r = await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, request({ listItemId: extra.json().id }));
      assert.equal(r.statusCode, 422);
      assert.equal(r.json().errors[0].rule, 'dutyList.unknown');
    });

    test('a county department\'s staff file work requests as their department; a township office\'s may not', async () => {
      const db = world.platform.database.db;
      const who = { accountId: null, label: 'fixture', role: 'operator', code: null };
      await write(db, who, 'departments.create', async (w) => {
        const bureau = await createDepartment(w.trx, who, { jurisdictionCode: COUNTY, kind: 'organisationDepartment', name: '丰都县委组织部' });
        const office = await createDepartment(w.trx, who, { jurisdictionCode: TOWNSHIP, kind: 'civilAffairsOffice', name: '三建乡社会事务办' });
        for (const [username, d] of [['org-staff', bureau], ['township-office-staff', office]] as const) {
          await createAccount(w.trx, who, { username, displayName: username, password: PASSWORD });
          await grantRole(w.trx, who, username, 'departmentStaff', d.jurisdictionCode, d.id);
        }
      });
      const signIn = async (username: string) => {
        const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
        assert.equal(res.statusCode, 200, res.body);
        const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
        const headers = { cookie, 'x-csrf-token': res.json().csrfToken as string };
        return (url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers });
      };
      const org = await signIn('org-staff');
      const body = { title: '党员信息采集', description: '采集党员基本信息', listItemId: items.assistedMatters, villageCodes: [VILLAGE_A], fundingFen: 100000, fundingSource: '县级财政', conditions: '提供采集设备' };
      const filed = await org(`/api/v1/jurisdictions/${COUNTY}/work-requests`, body);
      assert.equal(filed.statusCode, 201, filed.body);
      assert.equal(filed.json().department, '丰都县委组织部', 'the request carries the filer\'s department');
      const other = await org(`/api/v1/jurisdictions/${COUNTY}/work-requests`, { ...body, department: '县统计局' });
      assert.equal(other.statusCode, 422, other.body);
      assert.equal(other.json().errors[0].field, 'department');
      const office = await signIn('township-office-staff');
      const refused = await office(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, { ...body, department: '三建乡社会事务办' });
      assert.equal(refused.statusCode, 403, 'a township office is no county department');
      assert.ok((refused.json().trace as string[]).some((l) => /department kind not allowed/.test(l)));
      assert.equal((await township.post(`/api/v1/jurisdictions/${TOWNSHIP}/work-requests`, { ...body, department: undefined })).statusCode, 422, 'filed on a department\'s behalf, the department is named');
    });

    test('each record is resolved by its loader: an unknown id is 404 before any permission is asked', async () => {
      for (const [who, method, url, payload] of [
        [county, 'PATCH', '/api/v1/duty-list-items/999999', { title: '不存在' }],
        [county, 'POST', '/api/v1/duty-list-items/999999/retire', undefined],
        [township, 'GET', '/api/v1/work-requests/999999', undefined],
        [county, 'POST', '/api/v1/work-requests/999999/county-decision', { decision: 'refuse', basis: '不存在' }],
        [committeeA, 'POST', '/api/v1/tasks/999999/refuse', {}],
        [county, 'POST', '/api/v1/signboards/999999/county-decision', { decision: 'refuse', basis: '不存在' }],
        [committeeA, 'POST', '/api/v1/signboards/999999/remove', undefined],
        // Not even a permission: a resident is told there is no such record, like anyone.
        [resident, 'GET', '/api/v1/work-requests/999999', undefined],
      ] as const) {
        const res = await who.request({ method, url, ...(payload === undefined ? {} : { payload }) });
        assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
        assert.match(res.json().messages.en, /No such [a-z ]+ \(999999\)/, 'the 404 says what is missing');
      }
    });

    test('the named rule is served over HTTP', async () => {
      const r = await anonymous(app).post('/api/v1/rules/work-admission', { item: { list: 'assistedMatters', title: '协助', basis: '某条例' }, conditions: '培训' });
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(r.json().missing, ['funding']);
    });
  });
}
