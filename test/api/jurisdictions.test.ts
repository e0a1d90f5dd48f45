import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { backends } from '../support/backends.ts';
import { COUNTY, openWorld, OTHER_TOWNSHIP, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs } from '../support/http.ts';
import { buildApp } from '../../src/core/app.ts';
import type { ModuleManifest } from '../../src/core/module.ts';

const problemJson = 'application/problem+json; charset=utf-8';
interface Summary { code: string; name: string; shortName: string; level: string; kind: string | null }
interface AuditItem { action: string; targetType: string; targetId: string; actorLabel: string; capacityRole: string; capacityCode: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }

for (const backend of backends()) {
  describe(`jurisdictions API on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    before(async () => { world = await openWorld(backend); app = await appFor(world); });
    after(async () => { await app?.close(); await world?.cleanup(); });

    const auditOf = async (code: string): Promise<AuditItem[]> =>
      (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${code}/audit?limit=200`)).json().items;

    test('a county by its 6-digit code, public, with its 30 townships', async () => {
      const res = await anonymous(app).get('/api/v1/jurisdictions/500230');
      assert.equal(res.statusCode, 200, res.body);
      const node = res.json();
      assert.equal(node.code, COUNTY);
      assert.equal(node.name, '丰都县');
      assert.equal(node.level, 'county');
      assert.equal(node.parentCode, '500200000000');
      assert.deepEqual(node.path.map((p: Summary) => [p.code, p.name]), [['500000000000', '重庆市'], ['500200000000', '县']]);
      assert.equal(node.children.length, 30);
      assert.ok(node.children.every((c: Summary) => c.level === 'township' && c.code.startsWith('500230')));
      const byName = new Map<string, Summary>(node.children.map((c: Summary) => [c.name, c]));
      assert.deepEqual(byName.get('三建乡'), { code: TOWNSHIP, name: '三建乡', shortName: '三建乡', level: 'township', kind: 'township' });
      assert.equal(byName.get('三合街道')?.kind, 'subdistrict');
      assert.equal(byName.get('虎威镇')?.kind, 'township');
      assert.deepEqual(node.children.map((c: Summary) => c.code), [...node.children.map((c: Summary) => c.code)].sort(), 'children in code order');
      assert.equal(node.profile, null, 'only villages have a profile');
      assert.deepEqual(node.groups, []);
      // The same node by every spelling of its code.
      for (const spelling of ['500230000000', '500230000']) {
        assert.equal((await anonymous(app).get(`/api/v1/jurisdictions/${spelling}`)).json().code, COUNTY, spelling);
      }
    });

    test('a community: path up the tree, groups, and no children', async () => {
      const res = await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`);
      assert.equal(res.statusCode, 200);
      const node = res.json();
      assert.equal(node.name, '廖家坝社区居民委员会');
      assert.equal(node.shortName, '廖家坝社区');
      assert.equal(node.level, 'village');
      assert.equal(node.kind, 'community');
      assert.equal(node.parentCode, TOWNSHIP);
      assert.deepEqual(node.path.map((p: Summary) => p.code), ['500000000000', '500200000000', COUNTY, TOWNSHIP]);
      assert.deepEqual(node.path.map((p: Summary) => p.name), ['重庆市', '县', '丰都县', '三建乡']);
      assert.deepEqual(node.children, []);
      assert.deepEqual(node.groups.map((g: { name: string; sort: number }) => [g.name, g.sort]), [['第一居民小组', 1], ['第二居民小组', 2]]);
      assert.deepEqual(node.groups.map((g: { id: number }) => g.id), world.groups.A);
      const b = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_B}`)).json();
      assert.equal(b.shortName, '鱼泉子村');
      assert.equal(b.kind, 'village');
      const township = (await anonymous(app).get('/api/v1/jurisdictions/500230210')).json();
      assert.ok(township.children.some((c: Summary) => c.code === VILLAGE_A && c.kind === 'community'));
      assert.ok(township.children.every((c: Summary) => c.level === 'village'));
    });

    test('an unknown code is a 404 problem', async () => {
      for (const code of ['500230210999', '500299', '510000000000']) {
        const res = await anonymous(app).get(`/api/v1/jurisdictions/${code}`);
        assert.equal(res.statusCode, 404, code);
        assert.equal(res.headers['content-type'], problemJson);
        const p = res.json();
        assert.equal(p.type, 'https://gongzhi.example/problems/not-found');
        assert.ok(p.messages['zh-CN'].includes(code) && p.messages.en.includes(code), JSON.stringify(p.messages));
      }
    });

    test('a code with letters is a 422 naming params.code', async () => {
      for (const code of ['abc', '50023x', '5002302100011234']) {
        const res = await anonymous(app).get(`/api/v1/jurisdictions/${code}`);
        assert.equal(res.statusCode, 422, code);
        assert.equal(res.headers['content-type'], problemJson);
        assert.deepEqual(res.json().errors.map((e: { field: string }) => e.field), ['params.code'], code);
      }
    });

    test('a code of the wrong length or all zeros is malformed (422), not unknown (404)', async () => {
      // 2/4/6/9/12 digits are the only forms (normaliseCode); the guarded routes already answer
      // 422 divisionCode.format for the others. The public read must not call them "not found".
      for (const code of ['12345', '5002302', '50023021000', '000000']) {
        const res = await anonymous(app).get(`/api/v1/jurisdictions/${code}`);
        assert.equal(res.statusCode, 422, `${code}: ${res.statusCode} ${res.body}`);
        assert.ok(res.json().errors?.some((e: { field: string }) => e.field === 'params.code'), code);
      }
    });

    test('a malformed `under` in a search is a 422, never silently dropped', async () => {
      // Dropping it would widen the search to the whole installation.
      for (const under of ['50023', '5002302', '000000']) {
        const res = await anonymous(app).get(`/api/v1/jurisdictions?q=${encodeURIComponent('廖家坝')}&under=${under}`);
        assert.equal(res.statusCode, 422, `under=${under}: ${res.statusCode} ${res.body}`);
      }
    });

    test('search by name and by code prefix, optionally under a node', async () => {
      const a = anonymous(app);
      const liao = await a.get(`/api/v1/jurisdictions?q=${encodeURIComponent('廖家坝')}`);
      assert.equal(liao.statusCode, 200);
      assert.deepEqual(liao.json(), [{ code: VILLAGE_A, name: '廖家坝社区居民委员会', shortName: '廖家坝社区', level: 'village', kind: 'community' }]);
      const byCode = (await a.get('/api/v1/jurisdictions?q=500230210')).json() as Summary[];
      assert.ok(byCode.length > 1 && byCode.every((n) => n.code.startsWith('500230210')));
      assert.equal(byCode[0]!.code, TOWNSHIP, 'ordered by code');
      const under = (await a.get(`/api/v1/jurisdictions?q=${encodeURIComponent('村')}&under=500230209`)).json() as Summary[];
      assert.ok(under.length > 0 && under.every((n) => n.code.startsWith('500230209')), JSON.stringify(under.map((n) => n.code)));
      assert.deepEqual((await a.get(`/api/v1/jurisdictions?q=${encodeURIComponent('廖家坝')}&under=500230209`)).json(), [], 'not under 栗子乡');
      assert.deepEqual((await a.get(`/api/v1/jurisdictions?q=${encodeURIComponent('不存在的地方')}`)).json(), []);
      assert.ok(((await a.get(`/api/v1/jurisdictions?q=${encodeURIComponent('社区')}`)).json() as Summary[]).length <= 20, 'at most 20 answers');
      assert.equal((await a.get('/api/v1/jurisdictions')).statusCode, 422, 'q is required');
    });

    test('a committee member edits their own village profile, and the change is audited', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, { population: 3210, households: 1050, officePhone: '023-70601234', officeAddress: '三建乡廖家坝' });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json().profile, { population: 3210, households: 1050, officePhone: '023-70601234', officeAddress: '三建乡廖家坝' });
      const pub = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`)).json();
      assert.equal(pub.profile.population, 3210, 'visible on the public read');
      // A partial patch leaves the other fields alone.
      const partial = await c.patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, { officeAddress: null });
      assert.deepEqual(partial.json().profile, { population: 3210, households: 1050, officePhone: '023-70601234', officeAddress: null });

      const rows = (await auditOf(VILLAGE_A)).filter((i) => i.action === 'jurisdictions.editProfile' && i.targetType === 'jurisdiction');
      assert.equal(rows.length, 2);
      const first = rows[1]!; // newest first
      assert.equal(first.targetId, VILLAGE_A);
      assert.equal(first.actorLabel, 'committee-a');
      assert.equal(first.capacityRole, 'committeeMember');
      assert.equal(first.capacityCode, VILLAGE_A);
      assert.equal(first.before?.population, null);
      assert.equal(first.after?.population, 3210);
      assert.deepEqual(rows[0]!.after, { officeAddress: null });
    });

    test('profile edits are scoped: not another village, yes from the township above, never by readers', async () => {
      const before = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_B}`)).json().profile;
      const denied = await (await loginAs(app, 'committeeA')).patch(`/api/v1/jurisdictions/${VILLAGE_B}/profile`, { population: 1 });
      assert.equal(denied.statusCode, 403);
      assert.equal(denied.headers['content-type'], problemJson);
      assert.equal(denied.json().action, 'jurisdictions.editProfile');
      assert.equal(denied.json().jurisdictionCode, VILLAGE_B);
      assert.deepEqual((await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_B}`)).json().profile, before, 'nothing changed');

      const t = await loginAs(app, 'township');
      const ok = await t.patch(`/api/v1/jurisdictions/${VILLAGE_B}/profile`, { population: 1800 });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().profile.population, 1800);
      const row = (await auditOf(VILLAGE_B)).find((i) => i.action === 'jurisdictions.editProfile' && i.targetId === VILLAGE_B);
      assert.equal(row?.capacityRole, 'townshipOfficial');
      assert.equal(row?.capacityCode, TOWNSHIP);

      assert.equal((await (await loginAs(app, 'otherTownship')).patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, { population: 2 })).statusCode, 403);
      assert.equal((await (await loginAs(app, 'supervisorA')).patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, { population: 2 })).statusCode, 403);
      assert.equal((await (await loginAs(app, 'gridA')).patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, { population: 2 })).statusCode, 403);
      assert.equal((await anonymous(app).patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, { population: 2 })).statusCode, 401);
      const noCsrf = await (await loginAs(app, 'committeeA')).request({ method: 'PATCH', url: `/api/v1/jurisdictions/${VILLAGE_A}/profile`, payload: { population: 2 }, headers: { 'x-csrf-token': '' } });
      assert.equal(noCsrf.statusCode, 403);
      assert.notEqual((await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`)).json().profile.population, 2);
    });

    test('profile validation names the field and changes nothing', async () => {
      const c = await loginAs(app, 'committeeA');
      const before = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`)).json().profile;
      const cases: [body: unknown, field: string][] = [
        [{ population: -5 }, 'body.population'],
        [{ population: 12.5 }, 'body.population'],
        [{ households: '100' }, 'body.households'],
        [{ officeAddress: '址'.repeat(201) }, 'body.officeAddress'],
        [{ population: 10, mayor: '张三' }, 'body'], // unknown field: the object is strict
      ];
      for (const [body, field] of cases) {
        const res = await c.patch(`/api/v1/jurisdictions/${VILLAGE_A}/profile`, body);
        assert.equal(res.statusCode, 422, JSON.stringify(body));
        assert.equal(res.headers['content-type'], problemJson);
        const errors = res.json().errors as { field: string; rule: string; messages: { 'zh-CN': string; en: string } }[];
        const e = errors.find((x) => x.field === field);
        assert.ok(e, `${JSON.stringify(body)}: ${JSON.stringify(errors)}`);
        assert.match(e.rule, /^schema\./);
        assert.ok(e.messages['zh-CN'] && e.messages.en, 'both languages');
      }
      assert.deepEqual((await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`)).json().profile, before);
      const t = await loginAs(app, 'township');
      const notVillage = await t.patch(`/api/v1/jurisdictions/${TOWNSHIP}/profile`, { population: 10 });
      assert.equal(notVillage.statusCode, 422);
      assert.equal(notVillage.json().errors[0].rule, 'jurisdiction.notVillage');
    });

    test('schema errors carry the rule that failed and a message that says what is wrong', async () => {
      // Principle 5: "validation errors name the field and the rule". The zod issue code is the rule.
      const c = await loginAs(app, 'committeeA');
      const cases: [body: unknown, field: string, rule: string, en: RegExp][] = [
        [{ population: -5 }, 'body.population', 'schema.too_small', /0/],
        [{ households: '100' }, 'body.households', 'schema.invalid_type', /number/i],
        [{ officeAddress: '址'.repeat(201) }, 'body.officeAddress', 'schema.too_big', /200/],
        [{ population: 10, mayor: '张三' }, 'body', 'schema.unrecognized_keys', /mayor/],
      ];
      for (const [body, field, rule, en] of cases) {
        const res = await c.request({ method: 'PATCH', url: `/api/v1/jurisdictions/${VILLAGE_A}/profile`, payload: body as object, headers: { 'accept-language': 'en' } });
        const e = (res.json().errors as { field: string; rule: string; message: string; messages: { 'zh-CN': string; en: string } }[]).find((x) => x.field === field);
        assert.ok(e, JSON.stringify(body));
        assert.equal(e.rule, rule, `${JSON.stringify(body)}: ${JSON.stringify(e)}`);
        assert.match(e.messages.en, en, JSON.stringify(e));
        assert.notEqual(e.messages['zh-CN'], '无效输入', 'a specific message, not the generic fallback');
        assert.equal(e.message, e.messages.en, 'message in the requested language');
      }
    });

    test('groups: add, duplicate is 409, blank name is 422, other village is 403', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/groups`, { name: '第三居民小组' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().name, '第三居民小组');
      assert.equal(res.json().sort, 3);
      const dup = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/groups`, { name: '第一居民小组' });
      assert.equal(dup.statusCode, 409);
      assert.equal(dup.headers['content-type'], problemJson);
      assert.equal(dup.json().errors[0].rule, 'group.unique');
      assert.match(dup.json().messages['zh-CN'], /第一居民小组/);
      const trimmedDup = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/groups`, { name: ' 第一居民小组 ' });
      assert.equal(trimmedDup.statusCode, 409, 'names are trimmed before the duplicate check');
      assert.equal((await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/groups`, { name: '   ' })).statusCode, 422);
      assert.equal((await c.post(`/api/v1/jurisdictions/${VILLAGE_B}/groups`, { name: '第九村民小组' })).statusCode, 403);
      // The same name is fine in another village.
      const b = await (await loginAs(app, 'committeeB')).post(`/api/v1/jurisdictions/${VILLAGE_B}/groups`, { name: '第三居民小组' });
      assert.equal(b.statusCode, 201);
      const groups = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`)).json().groups.map((g: { name: string }) => g.name);
      assert.deepEqual(groups, ['第一居民小组', '第二居民小组', '第三居民小组']);
    });

    test('grids: add with a group of the village; a group of another village is 422; duplicate is 409', async () => {
      const c = await loginAs(app, 'committeeA');
      const res = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/grids`, { name: '一号网格', groupId: world.groups.A[0], description: '第一居民小组全域' });
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual({ ...(res.json() as object), id: 0 }, { id: 0, name: '一号网格', groupId: world.groups.A[0], description: '第一居民小组全域' });

      const foreign = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/grids`, { name: '二号网格', groupId: world.groups.B[0] });
      assert.equal(foreign.statusCode, 422);
      assert.equal(foreign.headers['content-type'], problemJson);
      const e = foreign.json().errors[0];
      assert.equal(e.rule, 'group.notInVillage');
      assert.match(e.field, /groupId$/);
      assert.match(e.messages['zh-CN'], /不属于/);

      const dup = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/grids`, { name: '一号网格' });
      assert.equal(dup.statusCode, 409);
      assert.equal(dup.json().errors[0].rule, 'grid.unique');
      const free = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/grids`, { name: '流动网格', groupId: null });
      assert.equal(free.statusCode, 201);
      const grids = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}`)).json().grids.map((g: { name: string }) => g.name);
      assert.deepEqual(grids, ['一号网格', '流动网格'], 'the refused grid was not written');
      assert.equal((await (await loginAs(app, 'gridA')).post(`/api/v1/jurisdictions/${VILLAGE_A}/grids`, { name: '三号网格' })).statusCode, 403);
      const audited = (await auditOf(VILLAGE_A)).filter((i) => i.targetType === 'grid');
      assert.equal(audited.length, 2);
    });

    test('health and the OpenAPI document', async () => {
      const health = await anonymous(app).get('/api/v1/health');
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: 'ok' });
      const doc = await anonymous(app).get('/api/v1/openapi.json');
      assert.equal(doc.statusCode, 200);
      const spec = doc.json();
      assert.match(spec.openapi, /^3\./);
      const paths = Object.keys(spec.paths);
      for (const p of [
        '/api/v1/jurisdictions', '/api/v1/jurisdictions/{code}', '/api/v1/jurisdictions/{code}/profile',
        '/api/v1/jurisdictions/{code}/groups', '/api/v1/jurisdictions/{code}/grids',
        '/api/v1/jurisdictions/{code}/residents', '/api/v1/jurisdictions/{code}/households', '/api/v1/residents/{id}',
        '/api/v1/jurisdictions/{code}/people-imports', '/api/v1/jurisdictions/{code}/people-export',
        '/api/v1/auth/login', '/api/v1/health',
      ]) assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
      assert.ok(!paths.includes('/api/v1/openapi.json'), 'the document hides itself');
      assert.ok(spec.paths['/api/v1/jurisdictions/{code}/profile'].patch.requestBody, 'the body schema is declared');
    });

    test('an unknown API route is a 404 problem, not a 403', async () => {
      for (const method of ['GET', 'POST'] as const) {
        const res = await anonymous(app).request({ method, url: '/api/v1/nowhere', ...(method === 'POST' ? { payload: {} } : {}) });
        assert.equal(res.statusCode, 404, `${method}: ${res.body}`);
        assert.equal(res.headers['content-type'], problemJson);
        assert.equal(res.json().type, 'https://gongzhi.example/problems/not-found');
      }
    });

    describe('start-up checks on module routes', () => {
      const build = (extra: ModuleManifest[]) => {
        const p = world.platform;
        return buildApp({ config: p.config, db: p.database.db, log: p.log, modules: [...p.modules, ...extra], now: p.now });
      };
      const tryBuild = async (extra: ModuleManifest[]) => {
        const a = await build(extra);
        try { await a.ready(); } finally { await a.close(); }
      };

      test('a module route under /api/ without an access rule stops the app from starting', async () => {
        const forgetful: ModuleManifest = {
          name: 'forgetful', migrations: {}, permissions: { actions: {} },
          routes(api) { api.get('/api/v1/forgotten', async () => ({ secret: true })); },
        };
        await assert.rejects(tryBuild([forgetful]), /GET \/api\/v1\/forgotten declares no access rule/);
      });

      test('a module route that needs an undeclared action stops the app from starting', async () => {
        const typo: ModuleManifest = {
          name: 'typo', migrations: {}, permissions: { actions: { 'typo.read': { roles: ['supervisor'], description: { 'zh-CN': '读', en: 'read' } } } },
          routes(api) { api.get('/api/v1/jurisdictions/:code/typo', { config: { action: 'typo.raed' } }, async () => ({})); },
        };
        await assert.rejects(tryBuild([typo]), /needs undeclared action typo\.raed/);
      });

      test('a module route that does not declare what it answers stops the app from starting', async () => {
        const vague: ModuleManifest = {
          name: 'vague', migrations: {}, permissions: { actions: {} },
          routes(api) { api.get('/api/v1/vague', { config: { public: true } }, async () => ({ anything: true })); },
        };
        await assert.rejects(tryBuild([vague]), /GET \/api\/v1\/vague declares no success response schema/);
      });

      test('two modules declaring the same action stop the app from starting', async () => {
        const copycat: ModuleManifest = {
          name: 'copycat', migrations: {}, permissions: { actions: { 'people.write': { roles: ['resident'], description: { 'zh-CN': '写', en: 'write' } } } },
        };
        await assert.rejects(tryBuild([copycat]), /action declared twice: people\.write/);
      });

      test('a well-declared module starts and its routes are guarded', async () => {
        const good: ModuleManifest = {
          name: 'good', migrations: {}, permissions: { actions: { 'good.read': { roles: ['gridWorker'], description: { 'zh-CN': '读', en: 'read' } } } },
          routes(api) {
            const ok = { response: { 200: z.object({ ok: z.boolean() }) } };
            api.get('/api/v1/jurisdictions/:code/good', { config: { action: 'good.read' }, schema: ok }, async () => ({ ok: true }));
            api.get('/api/v1/good-public', { config: { public: true }, schema: ok }, async () => ({ ok: true }));
          },
        };
        const a = await build([good]);
        try {
          await a.ready();
          assert.equal((await a.inject({ method: 'GET', url: '/api/v1/good-public' })).statusCode, 200);
          assert.equal((await a.inject({ method: 'GET', url: `/api/v1/jurisdictions/${VILLAGE_A}/good` })).statusCode, 401);
          const res = await a.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'grid-a', password: 'test-password-1' }, remoteAddress: '10.99.0.1' });
          const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
          assert.equal((await a.inject({ method: 'GET', url: `/api/v1/jurisdictions/${VILLAGE_A}/good`, headers: { cookie } })).statusCode, 200);
          assert.equal((await a.inject({ method: 'GET', url: `/api/v1/jurisdictions/${VILLAGE_B}/good`, headers: { cookie } })).statusCode, 403);
          assert.equal((await a.inject({ method: 'GET', url: `/api/v1/jurisdictions/${OTHER_TOWNSHIP}/good`, headers: { cookie } })).statusCode, 403);
        } finally {
          await a.close();
        }
      });
    });
  });
}
