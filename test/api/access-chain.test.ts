// The permission chain end to end: a module registers a resource type with its loader; the guard
// resolves the resource once, asks can() (role on the resource's node, department, owner) and
// answers 404 / 403-with-trace; write() refuses an undeclared audit action and a write that
// records no audit row, keeping nothing. Departments: set up by the county, staff act for them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/core/app.ts';
import { capacityOf, write } from '../../src/core/access/guard.ts';
import { createAccount, createDepartment, grantRole } from '../../src/core/access/service.ts';
import { declareAuditActions } from '../../src/core/audit/audit.ts';
import { auditNamesOf, type ModuleManifest } from '../../src/core/module.ts';
import { backends } from '../support/backends.ts';
import { COUNTY, OTHER_TOWNSHIP, PASSWORD, TOWNSHIP, VILLAGE_A, VILLAGE_B, openWorld, type World } from '../support/fixture.ts';
import { loginAs } from '../support/http.ts';

interface ThingTables { chainThing: { id: number; villageCode: string; ownerResidentId: number | null; departmentId: number | null; note: string } }

const things: ModuleManifest = {
  name: 'things',
  migrations: {},
  permissions: {
    actions: {
      'things.read': { roles: ['committeeMember'], owner: true, description: { 'zh-CN': '查看事项', en: 'Read a thing' } },
      'things.handle': { roles: ['committeeMember'], departments: ['civilAffairsOffice'], description: { 'zh-CN': '办理事项', en: 'Handle a thing' } },
    },
    resources: {
      thing: {
        async load(db, key) {
          const r = await (db as unknown as import('kysely').Kysely<ThingTables>).selectFrom('chainThing').selectAll().where('id', '=', Number(key)).executeTakeFirst();
          return r ? { jurisdictionCode: r.villageCode, ownerResidentId: r.ownerResidentId, departmentId: r.departmentId } : null;
        },
      },
    },
    audit: { 'things.note': { 'zh-CN': '记下备注', en: 'Noted' } },
  },
  routes(api, ctx) {
    const own = (trx: unknown) => trx as import('kysely').Kysely<ThingTables>;
    const out = { response: { 200: z.object({ id: z.string(), jurisdictionCode: z.string(), staff: z.boolean() }) } };
    api.get('/api/v1/things/:id', { config: { action: 'things.read', resource: 'thing' }, schema: out },
      async (req) => ({ id: req.resource!.id, jurisdictionCode: req.resource!.jurisdictionCode, staff: req.can('things.handle') }));
    const noted = { body: z.object({ note: z.string() }), response: { 200: z.object({ ok: z.boolean() }) } };
    api.post('/api/v1/things/:id/handle', { config: { action: 'things.handle', resource: 'thing' }, schema: noted }, async (req) => {
      await write(ctx.db, capacityOf(req), 'things.handle', async (w) => {
        await own(w.trx).updateTable('chainThing').set({ note: req.body.note }).where('id', '=', Number(req.resource!.id)).execute();
        await w.audit({ targetType: 'thing', targetId: req.resource!.id, jurisdictionCode: req.resource!.jurisdictionCode, after: { note: req.body.note } });
      });
      return { ok: true };
    });
    // Wrong on purpose: changes a row and records no audit row.
    api.post('/api/v1/things/:id/silent', { config: { action: 'things.handle', resource: 'thing' }, schema: noted }, async (req) => {
      await write(ctx.db, capacityOf(req), 'things.handle', async (w) => {
        await own(w.trx).updateTable('chainThing').set({ note: req.body.note }).where('id', '=', Number(req.resource!.id)).execute();
      });
      return { ok: true };
    });
    // Wrong on purpose: an audit action no manifest declares.
    api.post('/api/v1/things/:id/undeclared', { config: { action: 'things.handle', resource: 'thing' }, schema: noted }, async (req) => {
      await write(ctx.db, capacityOf(req), 'things.handle', async (w) => {
        await own(w.trx).updateTable('chainThing').set({ note: req.body.note }).where('id', '=', Number(req.resource!.id)).execute();
        await w.audit({ action: 'things.whatever', targetType: 'thing', targetId: req.resource!.id, jurisdictionCode: req.resource!.jurisdictionCode });
      });
      return { ok: true };
    });
  },
};

for (const backend of backends()) {
  describe(`permission chain and departments [${backend.name}]`, () => {
    let world: World;
    let app: FastifyInstance;
    let office: number;
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD }, remoteAddress: `10.77.0.${username.length}` });
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrf = res.json().csrfToken as string;
      return {
        me: res.json(),
        get: (url: string) => app.inject({ method: 'GET', url, headers: { cookie } }),
        post: (url: string, payload: object) => app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf } }),
      };
    };
    const noteOf = async (id: number) => (await sql<{ note: string }>`SELECT note FROM chain_thing WHERE id = ${id}`.execute(world.platform.database.db)).rows[0]!.note;

    before(async () => {
      world = await openWorld(backend);
      const db = world.platform.database.db;
      declareAuditActions(auditNamesOf(things));
      await sql`CREATE TABLE chain_thing (id integer PRIMARY KEY, village_code varchar(12) NOT NULL, owner_resident_id integer, department_id integer, note text NOT NULL)`.execute(db);
      const who = { accountId: null, label: 'test', role: 'operator', code: null };
      office = (await write(db, who, 'departments.create', (w) => createDepartment(w.trx, who, { jurisdictionCode: TOWNSHIP, kind: 'civilAffairsOffice', name: '三建乡民政所' }))).id;
      const police = (await write(db, who, 'departments.create', (w) => createDepartment(w.trx, who, { jurisdictionCode: TOWNSHIP, kind: 'policeStation', name: '三建派出所' }))).id;
      await write(db, who, 'accounts.create', async (w) => {
        for (const [username, dept] of [['office-staff', office], ['police-staff', police]] as const) {
          await createAccount(w.trx, who, { username, displayName: username, password: PASSWORD });
          await grantRole(w.trx, who, username, 'departmentStaff', TOWNSHIP, dept);
        }
      });
      // 1: resident A's, in village A; 2: someone else's in village A, routed to the police;
      // 3: in village B, routed to the civil-affairs office.
      await sql`INSERT INTO chain_thing VALUES (1, ${VILLAGE_A}, ${world.residents.A[1]!}, NULL, ''), (2, ${VILLAGE_A}, ${world.residents.A[0]!}, ${police}, ''), (3, ${VILLAGE_B}, NULL, ${office}, '')`.execute(db);
      const p = world.platform;
      app = await buildApp({ config: p.config, db: p.database.db, log: p.log, modules: [...p.modules, things], now: p.now });
      await app.ready();
    });
    after(async () => {
      await app?.close();
      await world?.cleanup();
    });

    test('a missing resource is a 404 from its loader, before any permission question', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.get('/api/v1/things/99');
      assert.equal(res.statusCode, 404);
      assert.match(JSON.stringify(res.json()), /找不到所请求的记录（99）/);
    });

    test('the owner reads their own thing; another resident\'s is refused with the trace', async () => {
      const c = await loginAs(app, 'residentA');
      const own = await c.get('/api/v1/things/1');
      assert.equal(own.statusCode, 200, own.body);
      assert.deepEqual(own.json(), { id: '1', jurisdictionCode: VILLAGE_A, staff: false });
      const other = await c.get('/api/v1/things/2');
      assert.equal(other.statusCode, 403);
      const trace: string[] = other.json().trace;
      assert.ok(trace.some((l) => l === 'the actor does not own thing 2'), trace.join(' | '));
    });

    test('roles are judged on the resource\'s node: the committee of A, not of B', async () => {
      assert.equal((await (await loginAs(app, 'committeeA')).get('/api/v1/things/1')).json().staff, true);
      assert.equal((await (await loginAs(app, 'committeeB')).get('/api/v1/things/1')).statusCode, 403);
      assert.equal((await (await loginAs(app, 'township')).get('/api/v1/things/1')).statusCode, 403, 'the action names no township role');
    });

    test('a department\'s staff handle what is routed to their department, within reach, and nothing else', async () => {
      const officeStaff = await login('office-staff');
      assert.deepEqual(officeStaff.me.grants.map((g: { role: string; department: { kind: string } | null }) => [g.role, g.department?.kind]), [['departmentStaff', 'civilAffairsOffice']]);
      assert.ok(officeStaff.me.actions.includes('things.handle') && !officeStaff.me.actions.includes('things.read'));
      assert.equal((await officeStaff.post('/api/v1/things/3/handle', { note: '民政所已办理' })).statusCode, 200);
      assert.equal(await noteOf(3), '民政所已办理');
      assert.equal((await officeStaff.post('/api/v1/things/1/handle', { note: 'x' })).statusCode, 200, 'not routed anywhere: within reach');
      const away = await officeStaff.post('/api/v1/things/2/handle', { note: 'x' });
      assert.equal(away.statusCode, 403);
      assert.ok((away.json().trace as string[]).some((l) => /routed to department #\d+, not this one/.test(l)));
      assert.equal(await noteOf(2), '');
      const policeStaff = await login('police-staff');
      const kind = await policeStaff.post('/api/v1/things/2/handle', { note: 'x' });
      assert.equal(kind.statusCode, 403, 'the police station is not a kind the action names');
      assert.ok((kind.json().trace as string[]).some((l) => /department kind not allowed/.test(l)));
      const rows = (await sql<{ actorLabel: string; capacityRole: string; action: string }>`SELECT actor_label, capacity_role, action FROM audit_log WHERE target_type = 'thing' AND target_id = '3'`.execute(world.platform.database.db)).rows;
      assert.deepEqual(rows, [{ actorLabel: 'office-staff', capacityRole: 'departmentStaff', action: 'things.handle' }]);
    });

    test('a write that records no audit row is refused and keeps nothing; so is an undeclared audit action', async () => {
      const c = await loginAs(app, 'committeeA');
      const silent = await c.post('/api/v1/things/1/silent', { note: 'lost' });
      assert.equal(silent.statusCode, 500);
      assert.equal(await noteOf(1), 'x');
      const undeclared = await c.post('/api/v1/things/1/undeclared', { note: 'lost' });
      assert.equal(undeclared.statusCode, 500);
      assert.equal(await noteOf(1), 'x');
    });

    test('the county sets up departments; the directory shows who serves a village; bad input changes nothing', async () => {
      const county = await loginAs(app, 'county');
      const made = await county.post(`/api/v1/jurisdictions/${OTHER_TOWNSHIP}/departments`, { kind: 'judicialOffice', name: '栗子乡司法所' });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal(made.json().kindLabel['zh-CN'], '司法所');
      const wrongLevel = await county.post(`/api/v1/jurisdictions/${VILLAGE_A}/departments`, { kind: 'judicialOffice', name: '村司法所' });
      assert.equal(wrongLevel.statusCode, 422);
      assert.equal(wrongLevel.json().errors[0].field, 'jurisdictionCode');
      assert.match(wrongLevel.json().errors[0].messages['zh-CN'], /司法所只能设在乡镇\(街道\)级区划上/);
      assert.equal((await county.post(`/api/v1/jurisdictions/${OTHER_TOWNSHIP}/departments`, { kind: 'judicialOffice', name: '栗子乡司法所' })).statusCode, 409);
      assert.equal((await (await loginAs(app, 'township')).post(`/api/v1/jurisdictions/${TOWNSHIP}/departments`, { kind: 'judicialOffice', name: '三建乡司法所' })).statusCode, 403);
      const dir = await (await loginAs(app, 'committeeA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/departments`);
      assert.deepEqual(dir.json().serving.map((d: { name: string }) => d.name), ['三建乡民政所', '三建派出所']);
      const all = await county.get(`/api/v1/jurisdictions/${COUNTY}/departments`);
      assert.equal(all.json().under.length, 3);
    });

    test('start-up refuses a route on an unregistered resource type, and an action route with neither resource nor :code', async () => {
      const p = world.platform;
      const bad = (route: (api: Parameters<NonNullable<ModuleManifest['routes']>>[0]) => void): ModuleManifest => ({
        name: 'bad', migrations: {}, permissions: { actions: { 'bad.read': { roles: ['resident'], description: { 'zh-CN': '读', en: 'read' } } } }, routes: route,
      });
      const ok = { response: { 200: z.object({ ok: z.boolean() }) } };
      await assert.rejects(async () => {
        const a = await buildApp({ config: p.config, db: p.database.db, log: p.log, modules: [...p.modules, bad((api) => api.get('/api/v1/bad/:id', { config: { action: 'bad.read', resource: 'nothing' }, schema: ok }, async () => ({ ok: true })))], now: p.now });
        await a.close();
      }, /resource type nothing, which no module registered/);
      await assert.rejects(async () => {
        const a = await buildApp({ config: p.config, db: p.database.db, log: p.log, modules: [...p.modules, bad((api) => api.get('/api/v1/bad/:id', { config: { action: 'bad.read' }, schema: ok }, async () => ({ ok: true })))], now: p.now });
        await a.close();
      }, /names no resource and has no :code parameter/);
    });
  });
}
