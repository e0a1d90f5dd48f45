import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { backends } from '../support/backends.ts';
import { idNumber, openWorld, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs } from '../support/http.ts';

for (const backend of backends()) {
  describe(`people API on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    before(async () => { world = await openWorld(backend); app = await appFor(world); });
    after(async () => { await app?.close(); await world?.cleanup(); });

    test('a committee member lists residents of their village, masked', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/residents`);
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.items.length, 2);
      assert.match(body.items[0].idNumberMasked, /^5002\*{10}\d{3}[\dX]$/);
      assert.equal(body.items[0].phoneMasked, '138****1111');
      assert.ok(!res.body.includes('13800001111'), 'the whole phone never appears in a list');
      assert.ok(!res.body.includes(idNumber('1968-03-15', 11)), 'the whole ID number never appears in a list');
    });

    test('search finds a resident by pinyin initials and by name', async () => {
      const c = await loginAs(app, 'gridA');
      const byInitials = (await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/residents?q=lmh`)).json();
      assert.deepEqual(byInitials.items.map((r: { name: string }) => r.name), ['廖明华']);
      const byName = (await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/residents?q=${encodeURIComponent('秀英')}`)).json();
      assert.deepEqual(byName.items.map((r: { name: string }) => r.name), ['谭秀英']);
    });

    test('a committee member of village A can neither read nor write village B', async () => {
      const c = await loginAs(app, 'committeeA');
      const list = await c.get(`/api/v1/jurisdictions/${VILLAGE_B}/residents`);
      assert.equal(list.statusCode, 403);
      assert.equal(list.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.ok(list.json().trace.some((l: string) => l.includes('does not reach')));
      const one = await c.get(`/api/v1/residents/${world.residents.B[0]}`);
      assert.equal(one.statusCode, 403);
      const edit = await c.patch(`/api/v1/residents/${world.residents.B[0]}`, { name: '陈国栋' });
      assert.equal(edit.statusCode, 403);
      const add = await c.post(`/api/v1/jurisdictions/${VILLAGE_B}/households`, { number: '0999' });
      assert.equal(add.statusCode, 403);
      const after = await (await loginAs(app, 'committeeB')).get(`/api/v1/residents/${world.residents.B[0]}`);
      assert.equal(after.json().name, '陈国强', 'nothing changed in village B');
    });

    test('the township reads all its villages; another township reads none', async () => {
      const t = await loginAs(app, 'township');
      assert.equal((await t.get(`/api/v1/jurisdictions/${VILLAGE_B}/residents`)).statusCode, 200);
      const other = await loginAs(app, 'otherTownship');
      assert.equal((await other.get(`/api/v1/jurisdictions/${VILLAGE_A}/residents`)).statusCode, 403);
    });

    test('anonymous requests get 401; a resident account gets 403 on the register', async () => {
      assert.equal((await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/residents`)).statusCode, 401);
      assert.equal((await (await loginAs(app, 'residentA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/residents`)).statusCode, 403);
    });

    test('a grid worker may read but not write', async () => {
      const g = await loginAs(app, 'gridA');
      const res = await g.post(`/api/v1/jurisdictions/${VILLAGE_A}/households`, { number: '0500' });
      assert.equal(res.statusCode, 403);
    });

    test('registering a resident with a wrong check digit names the field and rule in both languages, and changes nothing', async () => {
      const c = await loginAs(app, 'committeeA');
      const good = idNumber('1990-01-01', 45);
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const res = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/residents`, {
        householdId: world.households.A, name: '廖小红', idNumber: bad, relationToHead: 'child', registered: true, habitual: false,
      });
      assert.equal(res.statusCode, 422);
      const p = res.json();
      assert.equal(p.errors[0].field, 'idNumber');
      assert.equal(p.errors[0].rule, 'idNumber.checkDigit');
      assert.match(p.errors[0].messages['zh-CN'], /校验/);
      assert.match(p.errors[0].messages.en, /check digit/i);
      const list = (await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/residents`)).json();
      assert.equal(list.items.length, 2);
    });

    test('schema errors name the field too', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/residents`, { householdId: 'x', name: '某' });
      assert.equal(res.statusCode, 422);
      const fields = res.json().errors.map((e: { field: string }) => e.field);
      assert.ok(fields.includes('body.householdId'), fields.join(','));
      assert.ok(fields.includes('body.idNumber'), fields.join(','));
    });

    test('a second head in one household is refused', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/residents`, {
        householdId: world.households.A, name: '廖大军', idNumber: idNumber('1980-05-05', 51), relationToHead: 'head', registered: true, habitual: true,
      });
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().errors[0].rule, 'household.oneHead');
    });

    test('registering, editing and flagging a resident writes audit rows a supervisor can read', async () => {
      const c = await loginAs(app, 'committeeA');
      const created = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/residents`, {
        householdId: world.households.A, name: '廖小华', idNumber: idNumber('2001-09-09', 61), phone: '13900002222', relationToHead: 'child', registered: true, habitual: false,
      });
      assert.equal(created.statusCode, 201, created.body);
      const r = created.json();
      assert.equal(r.gender, 'male');
      assert.equal(r.birthDate, '2001-09-09');
      const edited = await c.patch(`/api/v1/residents/${r.id}`, { habitual: true });
      assert.equal(edited.json().habitual, true);
      const flagged = await c.post(`/api/v1/residents/${r.id}/flags`, { flag: 'movedOut', value: true, effectiveDate: '2026-01-10', note: '迁往丰都县城' });
      assert.equal(flagged.statusCode, 201);
      assert.deepEqual(flagged.json().flags, ['movedOut']);
      const back = await c.post(`/api/v1/residents/${r.id}/flags`, { flag: 'movedOut', value: false, effectiveDate: '2026-03-01', note: '迁回' });
      assert.deepEqual(back.json().flags, []);
      assert.equal(back.json().flagHistory.length, 2, 'history kept, not overwritten');

      const s = await loginAs(app, 'supervisorA');
      const audit = (await s.get(`/api/v1/jurisdictions/${VILLAGE_A}/audit`)).json();
      const mine = audit.items.filter((i: { targetType: string; targetId: string }) => i.targetType === 'resident' && i.targetId === String(r.id));
      assert.equal(mine.length, 4);
      assert.ok(mine.every((i: { actorLabel: string; capacityRole: string; capacityCode: string }) =>
        i.actorLabel === 'committee-a' && i.capacityRole === 'committeeMember' && i.capacityCode === VILLAGE_A));
      const text = JSON.stringify(audit);
      assert.ok(!text.includes('13900002222') && !text.includes(idNumber('2001-09-09', 61)), 'no personal data in the audit log');
      assert.equal((await (await loginAs(app, 'committeeA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/audit`)).statusCode, 403);
    });

    test('whole ID number and phone only for roles that need them, and the reading is audited', async () => {
      const g = await loginAs(app, 'gridA');
      assert.equal((await g.post(`/api/v1/residents/${world.residents.A[0]}/personal-data`)).statusCode, 403);
      const c = await loginAs(app, 'committeeA');
      const res = await c.post(`/api/v1/residents/${world.residents.A[0]}/personal-data`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().idNumber, idNumber('1968-03-15', 11));
      const audit = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${VILLAGE_A}/audit`)).json();
      assert.ok(audit.items.some((i: { action: string; targetId: string }) => i.action === 'people.readSensitive' && i.targetId === String(world.residents.A[0])));
    });

    test('state-changing requests without the CSRF token are refused', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.request({ method: 'POST', url: `/api/v1/jurisdictions/${VILLAGE_A}/households`, payload: { number: '0777' }, headers: { 'x-csrf-token': 'wrong' } });
      assert.equal(res.statusCode, 403);
      assert.match(res.json().messages.en, /CSRF/);
    });

    test('a household is edited within its village only', async () => {
      const c = await loginAs(app, 'committeeA');
      const ok = await c.patch(`/api/v1/households/${world.households.A}`, { address: '第一居民小组8号', groupId: world.groups.A[1] });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().groupId, world.groups.A[1]);
      const foreignGroup = await c.patch(`/api/v1/households/${world.households.A}`, { groupId: world.groups.B[0] });
      assert.equal(foreignGroup.statusCode, 422);
      assert.equal(foreignGroup.json().errors[0].rule, 'group.notInVillage');
      assert.equal((await c.patch(`/api/v1/households/${world.households.B}`, { address: 'x' })).statusCode, 403);
      // Unknown records: the loaders find none, before any permission is asked.
      assert.equal((await c.patch('/api/v1/households/999999', { address: 'x' })).statusCode, 404);
      for (const url of ['/api/v1/residents/999999', '/api/v1/residents/2147483648']) assert.equal((await c.get(url)).statusCode, 404, url);
      assert.equal((await c.post('/api/v1/residents/999999/personal-data')).statusCode, 404);
      assert.equal((await c.post('/api/v1/residents/999999/flags', { flag: 'deceased', value: true, effectiveDate: '2026-01-01' })).statusCode, 404);
    });

    test('a resident account sees its own record, and only that', async () => {
      const r = await loginAs(app, 'residentA');
      const me = await r.get('/api/v1/me/resident');
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().name, '谭秀英');
      assert.equal((await r.get(`/api/v1/residents/${world.residents.A[0]}`)).statusCode, 403);
      assert.equal((await (await loginAs(app, 'gridA')).get('/api/v1/me/resident')).statusCode, 404);
    });

    test('the public committee roster and village page need no login', async () => {
      const a = anonymous(app);
      assert.equal((await a.get(`/api/v1/jurisdictions/${VILLAGE_A}/committee`)).statusCode, 200);
      const page = await a.get(`/api/v1/villages/${VILLAGE_A}/page`);
      assert.equal(page.statusCode, 200);
      assert.equal(page.json().shortName, '廖家坝社区');
      const again = await a.request({ method: 'GET', url: `/api/v1/villages/${VILLAGE_A}/page`, headers: { 'if-none-match': page.headers.etag as string } });
      assert.equal(again.statusCode, 304);
    });
  });
}
