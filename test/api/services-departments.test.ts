// 前台受理、后台审批 with departments, through HTTP on both databases: the county's catalogue names
// the kind of department that does a service's back office (validated: an unknown kind is a 422
// naming the field, and changes nothing); accepting a request routes it to the nearest department
// of that kind serving the village (on the request, in its timeline and audit row), or leaves it
// with the village committee when there is none; the routed request's back office is then that
// department's staff's — the committee is told which department has it, another department's staff
// are refused by the chain (403 with its trace) — and department staff list what is routed to them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { write } from '../../src/core/access/guard.ts';
import { createAccount, createDepartment, grantRole } from '../../src/core/access/service.ts';
import { installDemoCatalog } from '../../src/modules/services/service.ts';
import { backends } from '../support/backends.ts';
import { COUNTY, openWorld, OTHER_TOWNSHIP, PASSWORD, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { appFor, loginAs } from '../support/http.ts';
import { beijing } from '../support/disclosure.ts';

const problem = (res: LightMyRequestResponse, status: number) => {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /application\/problem\+json/);
  return res.json() as { messages: { 'zh-CN': string; en: string }; errors?: { field: string; rule: string }[]; trace?: string[]; department?: { id: number; name: string } | null };
};

for (const backend of backends()) {
  describe(`service requests routed to departments (${backend.name})`, () => {
    let world: World;
    let app: FastifyInstance;
    let civil = 0; // 三建乡社会事务办 (civilAffairsOffice)
    let judicial = 0; // 三建乡司法所 (judicialOffice)
    const clock = beijing('2026-09-30', 10);

    // Logins are rate limited per address: each department account signs in once.
    const sessions = new Map<string, Awaited<ReturnType<typeof signIn>>>();
    const login = async (username: string) => {
      if (!sessions.has(username)) sessions.set(username, await signIn(username));
      return sessions.get(username)!;
    };
    const signIn = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrf = res.json().csrfToken as string;
      return {
        get: (url: string) => app.inject({ method: 'GET', url, headers: { cookie } }),
        post: (url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf } }),
      };
    };
    const audit = async (id: number) => {
      const items = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${TOWNSHIP}/audit?limit=50`)).json().items as { action: string; targetId: string; actorLabel: string; capacityRole: string; after: Record<string, unknown> }[];
      return items.filter((a) => a.action === 'services.handle' && a.targetId === String(id));
    };
    const file = async (serviceCode: string, residentId = world.residents.A[0]!) => {
      const res = await (await loginAs(app, 'committeeA')).post(`/api/v1/villages/${VILLAGE_A}/service-requests`, { residentId, serviceCode, description: `申请 ${serviceCode}` });
      assert.equal(res.statusCode, 201, res.body);
      return res.json() as { id: number; department: unknown };
    };

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      app = await appFor(world);
      const db = world.platform.database.db;
      const who = { accountId: null, label: 'fixture', role: 'operator', code: null };
      await write(db, { ...who, role: 'countyOfficer', code: COUNTY }, 'services.catalog', (w) => installDemoCatalog(w, COUNTY));
      await write(db, who, 'departments.create', async (w) => {
        civil = (await createDepartment(w.trx, who, { jurisdictionCode: TOWNSHIP, kind: 'civilAffairsOffice', name: '三建乡社会事务办' })).id;
        judicial = (await createDepartment(w.trx, who, { jurisdictionCode: TOWNSHIP, kind: 'judicialOffice', name: '三建乡司法所' })).id;
        await createDepartment(w.trx, who, { jurisdictionCode: OTHER_TOWNSHIP, kind: 'civilAffairsOffice', name: '栗子乡社会事务办' });
      });
      await write(db, who, 'accounts.create', async (w) => {
        for (const [username, dept] of [['civil-staff', civil], ['judicial-staff', judicial]] as const) {
          await createAccount(w.trx, who, { username, displayName: username, password: PASSWORD });
          await grantRole(w.trx, who, username, 'departmentStaff', TOWNSHIP, dept);
        }
      });
    });
    after(async () => { await app.close(); await world.cleanup(); });

    test('the catalogue names the back office\'s department kind; an unknown kind is refused and changes nothing', async () => {
      const county = await loginAs(app, 'county');
      const list = (await county.get(`/api/v1/jurisdictions/${COUNTY}/service-catalog?all=true`)).json() as { id: number; code: string; departmentKind: string | null }[];
      assert.equal(list.find((s) => s.code === 'old-age-allowance')!.departmentKind, 'civilAffairsOffice');
      assert.equal(list.find((s) => s.code === 'people-mediation')!.departmentKind, 'judicialOffice');
      assert.equal(list.find((s) => s.code === 'medical-insurance-enrolment')!.departmentKind, null);
      const add = await county.post(`/api/v1/jurisdictions/${COUNTY}/service-catalog`, { code: 'land-contract-change', name: '土地承包经营权变更登记', office: '乡镇农业服务中心', documents: ['承包合同'], workingDays: 10, departmentKind: 'ruralEconomyStation' });
      assert.equal(add.statusCode, 201, add.body);
      assert.equal(add.json().departmentKind, 'ruralEconomyStation');
      const id = add.json().id as number;
      const bad = problem(await county.patch(`/api/v1/service-catalog/${id}`, { departmentKind: 'weatherBureau', workingDays: 3 }), 422);
      assert.deepEqual(bad.errors!.map((e) => e.field), ['body.departmentKind']);
      const notHandling = problem(await county.patch(`/api/v1/service-catalog/${id}`, { departmentKind: 'organisationDepartment' }), 422);
      assert.deepEqual(notHandling.errors!.map((e) => e.field), ['body.departmentKind'], 'a kind that does no back office');
      const after = (await county.get(`/api/v1/jurisdictions/${COUNTY}/service-catalog?all=true`)).json() as { id: number; departmentKind: string | null; workingDays: number }[];
      assert.deepEqual(after.filter((s) => s.id === id).map((s) => [s.departmentKind, s.workingDays]), [['ruralEconomyStation', 10]], 'nothing changed');
      const cleared = await county.patch(`/api/v1/service-catalog/${id}`, { departmentKind: null });
      assert.equal(cleared.json().departmentKind, null);
      assert.equal((await county.patch(`/api/v1/service-catalog/${id}`, { departmentKind: 'ruralEconomyStation' })).json().departmentKind, 'ruralEconomyStation');
    });

    test('accepting routes a request to the nearest department of its kind; none of that kind: it stays with the committee', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const me = await loginAs(app, 'residentA');
      const filed = (await me.post('/api/v1/my/service-requests', { serviceCode: 'old-age-allowance', description: '申请高龄津贴' })).json();
      assert.equal(filed.department, null, 'the front desk has it until it is accepted');
      const accepted = await clerk.post(`/api/v1/service-requests/${filed.id}/transitions`, { to: 'accepted' });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.deepEqual(accepted.json().department, { id: civil, name: '三建乡社会事务办' }, 'the township\'s office, not the other township\'s');
      assert.match(accepted.json().timeline.at(-1).note, /转交三建乡社会事务办办理/);
      const [row] = await audit(filed.id);
      assert.deepEqual(row!.after.routedTo, { departmentId: civil, name: '三建乡社会事务办', kind: 'civilAffairsOffice' });
      // The resident sees who has it.
      const mine = (await me.get(`/api/v1/my/service-requests/${filed.id}`)).json();
      assert.deepEqual(mine.department, { id: civil, name: '三建乡社会事务办' });
      assert.deepEqual((await me.get('/api/v1/my/service-requests')).json().requests.find((r: { id: number }) => r.id === filed.id).department, { id: civil, name: '三建乡社会事务办' });

      // No 农业服务中心 in 三建乡, and no kind at all for medical insurance: the committee keeps both.
      for (const code of ['land-contract-change', 'medical-insurance-enrolment']) {
        const r = await file(code);
        const a = await clerk.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'accepted' });
        assert.equal(a.statusCode, 200, a.body);
        assert.equal(a.json().department, null, code);
        assert.ok(!('routedTo' in (await audit(r.id))[0]!.after));
        assert.equal((await clerk.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'inProgress' })).statusCode, 200, 'the committee works it as before');
        problem(await (await login('civil-staff')).post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'completed' }), 403);
      }
    });

    test('the department\'s staff work a routed request; the committee is told who has it; another department is refused by the chain', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const r = await file('subsistence-allowance');
      assert.equal((await clerk.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'accepted' })).json().department.id, civil);

      const refused = problem(await clerk.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'inProgress' }), 403);
      assert.match(refused.messages['zh-CN'], /该申请已转交三建乡社会事务办办理/);
      assert.match(refused.messages.en, /routed to 三建乡社会事务办/);
      assert.deepEqual(refused.department, { id: civil, name: '三建乡社会事务办' });
      problem(await (await loginAs(app, 'township')).post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'inProgress' }), 403);
      assert.equal((await clerk.get(`/api/v1/service-requests/${r.id}`)).statusCode, 200, 'the committee still reads it');

      const other = await login('judicial-staff');
      const denied = problem(await other.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'inProgress' }), 403);
      assert.ok(denied.trace!.some((l) => new RegExp(`routed to department #${civil}, not this one`).test(l)), denied.trace!.join('\n'));
      problem(await other.get(`/api/v1/service-requests/${r.id}`), 403);

      const staff = await login('civil-staff');
      const moved = await staff.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'inProgress', note: '入户核查家庭经济状况' });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.equal(moved.json().state, 'inProgress');
      assert.equal((await staff.post(`/api/v1/service-requests/${r.id}/transitions`, { to: 'completed', note: '已审批' })).json().state, 'completed');
      const rows = await audit(r.id);
      assert.deepEqual(rows.slice(0, 2).map((a) => [a.actorLabel, a.capacityRole]), [['civil-staff', 'departmentStaff'], ['civil-staff', 'departmentStaff']], 'audited in the department staff\'s capacity');
      const states = (await clerk.get(`/api/v1/service-requests/${r.id}`)).json().timeline.map((e: { toState: string }) => e.toState);
      assert.deepEqual(states, ['received', 'accepted', 'inProgress', 'completed'], 'the refused moves left nothing');
    });

    test('department staff see the requests routed to their department, and only those', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const mediation = await file('people-mediation');
      assert.deepEqual((await clerk.post(`/api/v1/service-requests/${mediation.id}/transitions`, { to: 'accepted' })).json().department, { id: judicial, name: '三建乡司法所' });
      const inB = (await (await loginAs(app, 'committeeB')).post(`/api/v1/villages/${VILLAGE_B}/service-requests`, { residentId: world.residents.B[0], serviceCode: 'temporary-assistance', description: '鱼泉子村的临时救助' })).json();
      assert.equal((await (await loginAs(app, 'committeeB')).post(`/api/v1/service-requests/${inB.id}/transitions`, { to: 'accepted' })).json().department.id, civil, 'the same office serves every village of the township');

      const ofCivil = (await (await login('civil-staff')).get(`/api/v1/jurisdictions/${TOWNSHIP}/service-requests`)).json() as { id: number; department: { id: number } | null }[];
      assert.ok(ofCivil.length >= 3);
      assert.ok(ofCivil.every((x) => x.department?.id === civil), 'only the office\'s own');
      assert.ok(ofCivil.some((x) => x.id === inB.id));
      const ofJudicial = (await (await login('judicial-staff')).get(`/api/v1/jurisdictions/${TOWNSHIP}/service-requests`)).json() as { id: number }[];
      assert.deepEqual(ofJudicial.map((x) => x.id), [mediation.id]);
      problem(await (await login('civil-staff')).get(`/api/v1/jurisdictions/${OTHER_TOWNSHIP}/service-requests`), 403);
      const all = (await clerk.get(`/api/v1/jurisdictions/${VILLAGE_A}/service-requests`)).json() as { id: number }[];
      assert.ok(all.some((x) => x.id === mediation.id) && all.length > ofJudicial.length, 'the committee lists every request of its village');
    });
  });
}
