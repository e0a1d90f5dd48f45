// Micro-wishes through HTTP on both databases: a resident posts a wish, staff screen it (a
// rejection needs a reason), the wall shows it with a masked name only, a volunteer claims it,
// fulfils it with a note or photo and the hours served (accumulated on the profile), and only the
// wisher thanks; staff post on a resident's behalf (recorded in the audit log) and claim for an
// organisation; micro-services are offered by volunteers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createAccount, grantRole } from '../../src/core/access/service.ts';
import { listAudit } from '../../src/core/audit/audit.ts';
import { backends } from '../support/backends.ts';
import { openWorld, PASSWORD, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs, type Client } from '../support/http.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function multipart(field: string, filename: string, data: Buffer, mime: string) {
  const boundary = '----gongzhi-wish';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`),
    data, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const backend of backends()) {
  describe(`micro-wishes on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let resident: Client, committee: Client, grid: Client, supervisor: Client, committeeB: Client, volunteer: Client, stranger: Client;
    const login = async (username: string): Promise<Client> => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrf = res.json().csrfToken as string;
      const request = (o: InjectOptions) => app.inject({ ...o, headers: { cookie, 'x-csrf-token': csrf, ...(o.headers ?? {}) } });
      return { request, get: (url) => request({ method: 'GET', url }), post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }), patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }) };
    };
    before(async () => {
      world = await openWorld(backend, { now: () => new Date('2026-11-20T02:00:00Z') });
      const op = { accountId: null, label: 'fixture', role: 'operator', code: null };
      // createAccount and grantRole record their own audit rows: one transaction (write() counts only its own).
      await world.platform.database.db.transaction().execute(async (trx) => {
        await createAccount(trx, op, { username: 'volunteer-a', displayName: '廖明华', password: PASSWORD, residentId: world.residents.A[0]! });
        await grantRole(trx, op, 'volunteer-a', 'resident', VILLAGE_A);
        await createAccount(trx, op, { username: 'stranger-b', displayName: '陈国强', password: PASSWORD, residentId: world.residents.B[0]! });
        await grantRole(trx, op, 'stranger-b', 'resident', VILLAGE_B);
      });
      app = await appFor(world);
      [resident, committee, grid, supervisor, committeeB] = await Promise.all([loginAs(app, 'residentA'), loginAs(app, 'committeeA'), loginAs(app, 'gridA'), loginAs(app, 'supervisorA'), loginAs(app, 'committeeB')]);
      volunteer = await login('volunteer-a');
      stranger = await login('stranger-b');
    });
    after(async () => { await app.close(); await world.cleanup(); });

    let wishId: number;
    let profileId: number;
    test('a resident posts a wish; it is not public until screened; a rejection needs a reason', async () => {
      const bad = await resident.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '', description: '想请人修水龙头' });
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().errors[0].field, 'body.title');
      assert.equal((await resident.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '修水龙头', description: 'x', wisherName: '别人' })).statusCode, 422, 'residents cannot post for others');
      assert.equal((await stranger.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '修水龙头', description: 'x' })).statusCode, 403, 'another village');
      const r = await resident.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '厨房水龙头漏水', description: '想请会修的人帮忙看看' });
      assert.equal(r.statusCode, 201, r.body);
      wishId = r.json().id;
      assert.equal(r.json().state, 'submitted');
      assert.equal(r.json().wisherName, '谭秀英');
      assert.equal((await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/wishes/wall`)).json().wishes.length, 0, 'not public before screening');
      const inbox = (await committee.get('/api/v1/notifications')).json() as { kind: string }[];
      assert.ok(inbox.some((n) => n.kind === 'wishes.submitted'), 'the committee is told');
      const noReason = await committee.post(`/api/v1/wishes/${wishId}/reject`, {});
      assert.equal(noReason.statusCode, 422);
      assert.equal(noReason.json().errors[0].rule, 'wish.rejectReason');
      const self = await resident.post(`/api/v1/wishes/${wishId}/approve`, {});
      assert.equal(self.statusCode, 403, 'the wisher cannot screen');
      assert.equal((await committeeB.post(`/api/v1/wishes/${wishId}/approve`, {})).statusCode, 403, 'another village\'s staff');
      const ok = await committee.post(`/api/v1/wishes/${wishId}/approve`, {});
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().wish.state, 'published');
      assert.equal((await committee.post(`/api/v1/wishes/${wishId}/approve`, {})).statusCode, 409, 'screened once');
    });

    test('the wall shows a masked name and nothing personal', async () => {
      const wall = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/wishes/wall`)).json();
      assert.equal(wall.wishes.length, 1);
      const w = wall.wishes[0];
      assert.equal(w.wisher, '谭**');
      assert.equal(JSON.stringify(wall).includes('谭秀英'), false);
      assert.equal('wisherAccountId' in w || 'postedBy' in w, false);
    });

    test('a volunteer registers, claims, adds a photo and fulfils with hours', async () => {
      assert.equal((await volunteer.post(`/api/v1/wishes/${wishId}/claim`, {})).statusCode, 403, 'not yet a volunteer');
      const p = await volunteer.post(`/api/v1/villages/${VILLAGE_A}/volunteers/me`, { kind: 'partyMember' });
      assert.equal(p.statusCode, 201, p.body);
      profileId = p.json().id;
      assert.equal(p.json().name, '廖明华');
      assert.equal((await volunteer.post(`/api/v1/villages/${VILLAGE_A}/volunteers/me`, {})).statusCode, 409, 'once per village');
      assert.equal((await resident.post(`/api/v1/wishes/${wishId}/claim`, {})).statusCode, 403, 'the wisher cannot claim');
      const c = await volunteer.post(`/api/v1/wishes/${wishId}/claim`, {});
      assert.equal(c.statusCode, 200, c.body);
      assert.equal(c.json().wish.state, 'claimed');
      assert.deepEqual(c.json().actors.sort(), ['claimant', 'volunteer']);
      const noEvidence = await volunteer.post(`/api/v1/wishes/${wishId}/fulfil`, { hours: 1 });
      assert.equal(noEvidence.statusCode, 422);
      assert.equal(noEvidence.json().errors[0].rule, 'wish.fulfilEvidence');
      const notImage = await volunteer.request({ method: 'POST', url: `/api/v1/wishes/${wishId}/photo`, ...multipart('file', 'a.png', Buffer.from('not an image at all'), 'image/png') });
      assert.equal(notImage.statusCode, 422, 'the type is read from the bytes');
      assert.equal((await resident.request({ method: 'POST', url: `/api/v1/wishes/${wishId}/photo`, ...multipart('file', 'a.png', PNG, 'image/png') })).statusCode, 403, 'only the claimant or staff');
      const photo = await volunteer.request({ method: 'POST', url: `/api/v1/wishes/${wishId}/photo`, ...multipart('file', 'done.png', PNG, 'image/png') });
      assert.equal(photo.statusCode, 201, photo.body);
      const badHours = await volunteer.post(`/api/v1/wishes/${wishId}/fulfil`, { hours: 1.2 });
      assert.equal(badHours.json().errors[0].rule, 'wish.hours');
      const f = await volunteer.post(`/api/v1/wishes/${wishId}/fulfil`, { hours: 1.5 });
      assert.equal(f.statusCode, 200, f.body);
      assert.equal(f.json().wish.state, 'fulfilled');
      const img = await anonymous(app).get(f.json().wish.photoUrl);
      assert.equal(img.statusCode, 200);
      assert.equal(img.headers['content-type'], 'image/png');
      const prof = (await anonymous(app).get(`/api/v1/volunteers/${profileId}`)).json();
      assert.equal(prof.hours, 1.5);
      assert.equal(prof.name, '廖**', 'individuals are masked in public');
      assert.equal(prof.fulfilled.length, 1);
    });

    test('only the wisher thanks', async () => {
      assert.equal((await volunteer.post(`/api/v1/wishes/${wishId}/thank`, {})).statusCode, 403);
      assert.equal((await committee.post(`/api/v1/wishes/${wishId}/thank`, {})).statusCode, 403, 'staff cannot thank for a resident who posted herself');
      const t = await resident.post(`/api/v1/wishes/${wishId}/thank`, { thanks: '谢谢您！' });
      assert.equal(t.statusCode, 200, t.body);
      assert.equal(t.json().wish.state, 'thanked');
      assert.ok(((await volunteer.get('/api/v1/notifications')).json() as { kind: string }[]).some((n) => n.kind === 'wishes.thank'));
      const mine = (await resident.get('/api/v1/wishes/mine')).json() as { id: number; events: { event: string }[] }[];
      assert.deepEqual(mine[0]!.events.map((e) => e.event), ['submit', 'approve', 'claim', 'fulfil', 'thank']);
    });

    test('staff post on a resident\'s behalf (audited), claim for an organisation, and thank for them', async () => {
      const r = await grid.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '陪同去县医院复查', description: '腿脚不便', wisherName: '刘德芬' });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().onBehalf, true);
      const id = r.json().id;
      const audit = await listAudit(world.platform.database.db, VILLAGE_A, { limit: 50 });
      assert.ok(audit.some((a) => a.action === 'wishes.post' && JSON.stringify(a.after).includes('刘德芬')), 'on behalf of recorded');
      await committee.post(`/api/v1/wishes/${id}/approve`, {});
      const org = await committee.post(`/api/v1/villages/${VILLAGE_A}/volunteers`, { kind: 'socialOrganization', name: '青年志愿者协会' });
      assert.equal(org.statusCode, 201, org.body);
      assert.equal((await resident.post(`/api/v1/villages/${VILLAGE_A}/volunteers`, { kind: 'unit', name: 'x' })).statusCode, 403);
      assert.equal((await volunteer.post(`/api/v1/wishes/${id}/claim`, { profileId: org.json().id })).statusCode, 403, 'a volunteer cannot claim as an organisation');
      const c = await committee.post(`/api/v1/wishes/${id}/claim`, { profileId: org.json().id });
      assert.equal(c.json().wish.claimant.name, '青年志愿者协会');
      await committee.post(`/api/v1/wishes/${id}/fulfil`, { note: '已陪同复查', hours: 4 });
      const t = await committee.post(`/api/v1/wishes/${id}/thank`, { thanks: '谢谢' });
      assert.equal(t.json().wish.state, 'thanked');
      const vols = (await supervisor.get(`/api/v1/villages/${VILLAGE_A}/volunteers`)).json() as { name: string; hours: number }[];
      assert.equal(vols.find((v) => v.name === '青年志愿者协会')!.hours, 4);
      // The chain before the wish's rules: a supervisor may not withdraw wishes at all (403); staff
      // may, but not a thanked one (409).
      assert.equal((await supervisor.post(`/api/v1/wishes/${id}/withdraw`, {})).statusCode, 403);
      assert.equal((await committee.post(`/api/v1/wishes/${id}/withdraw`, {})).statusCode, 409);
    });

    test('micro-services are offered by volunteers and shown on the wall', async () => {
      const s = await volunteer.post(`/api/v1/volunteers/${profileId}/services`, { title: '小家电维修', description: '只收材料费', availability: '周末' });
      assert.equal(s.statusCode, 201, s.body);
      assert.equal((await stranger.post(`/api/v1/volunteers/${profileId}/services`, { title: 'x', description: 'y' })).statusCode, 403);
      const wall = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/wishes/wall`)).json();
      assert.equal(wall.services[0].title, '小家电维修');
      assert.equal(wall.services[0].provider, '廖**');
      assert.equal((await stranger.post(`/api/v1/micro-services/${s.json().id}/withdraw`)).statusCode, 403);
      assert.equal((await volunteer.post(`/api/v1/micro-services/${s.json().id}/withdraw`)).statusCode, 204);
    });

    test('the chain decides: owners act on what is theirs, staff by their role on the village, and a missing record is a 404', async () => {
      // Owner allowed: the wisher sees her submitted wish in full and withdraws it herself.
      const r = await resident.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '想学用智能手机', description: '想学视频通话' });
      assert.equal(r.statusCode, 201, r.body);
      const id = r.json().id as number;
      const own = await resident.get(`/api/v1/wishes/${id}`);
      assert.equal(own.statusCode, 200, own.body);
      assert.deepEqual([own.json().full, own.json().actors], [true, ['wisher']]);
      // Owner denied: another resident of the village does not see it before screening, nor withdraws it.
      assert.equal((await volunteer.get(`/api/v1/wishes/${id}`)).statusCode, 404, 'not on the wall yet');
      const notHers = await volunteer.post(`/api/v1/wishes/${id}/withdraw`, {});
      assert.equal(notHers.statusCode, 403);
      assert.equal(notHers.json().action, 'wishes.withdraw');
      assert.equal((await stranger.get(`/api/v1/wishes/${id}`)).statusCode, 403, 'a resident of another village');
      const w = await resident.post(`/api/v1/wishes/${id}/withdraw`, { reason: '已学会了' });
      assert.equal(w.statusCode, 200, w.body);
      assert.equal(w.json().wish.state, 'withdrawn');

      // The claim is the claimant's: only they (or staff) fulfil it; the wisher may not.
      const w2 = (await resident.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title: '换个灯泡', description: '厨房灯泡坏了' })).json().id as number;
      await committee.post(`/api/v1/wishes/${w2}/approve`, {});
      assert.equal((await volunteer.get(`/api/v1/wishes/${w2}`)).json().full, false, 'on the wall: shared with the village');
      assert.equal((await volunteer.post(`/api/v1/wishes/${w2}/claim`, {})).statusCode, 200);
      assert.equal((await resident.post(`/api/v1/wishes/${w2}/fulfil`, { note: '我自己换了', hours: 1 })).statusCode, 403, 'not the claimant');
      assert.equal((await volunteer.post(`/api/v1/wishes/${w2}/release`, { reason: '这周没空' })).statusCode, 200, 'the claimant releases');

      // A volunteer's own profile: offered as themself; staff for the village's organisations.
      const org = (await committee.post(`/api/v1/villages/${VILLAGE_A}/volunteers`, { kind: 'unit', name: '供电所党员服务队' })).json().id as number;
      assert.equal((await volunteer.post(`/api/v1/volunteers/${org}/services`, { title: '线路检查', description: '入户' })).statusCode, 403, 'not the volunteer\'s profile');
      assert.equal((await grid.post(`/api/v1/volunteers/${org}/services`, { title: '线路检查', description: '入户' })).statusCode, 201, 'staff for an organisation');

      // The loaders: no such wish, profile or micro-service.
      assert.equal((await resident.get('/api/v1/wishes/999999')).statusCode, 404);
      assert.equal((await committee.post('/api/v1/wishes/999999/approve', {})).statusCode, 404);
      assert.equal((await volunteer.post('/api/v1/volunteers/999999/services', { title: 'x', description: 'y' })).statusCode, 404);
      assert.equal((await volunteer.post('/api/v1/micro-services/999999/withdraw')).statusCode, 404);
    });
  });
}
