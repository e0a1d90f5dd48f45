import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { backends } from '../support/backends.ts';
import { openWorld, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs } from '../support/http.ts';
import { installCategories } from '../../src/modules/consultation/service.ts';
import { listAudit } from '../../src/core/audit/audit.ts';

for (const backend of backends()) {
  describe(`consultation API on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let topic: number;
    before(async () => {
      world = await openWorld(backend);
      await installCategories(world.platform.database.db, '500230000000');
      app = await appFor(world);
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    test('a resident proposes a topic from the catalogue; other categories are refused', async () => {
      const cats = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/consultation-categories`)).json();
      assert.equal(cats.length, 7);
      const r = await loginAs(app, 'residentA');
      const bad = await r.post(`/api/v1/villages/${VILLAGE_A}/consultations`, { categoryId: 99999, title: '某议题', description: '说明' });
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().errors[0].rule, 'consultation.category');
      const ok = await r.post(`/api/v1/villages/${VILLAGE_A}/consultations`, { categoryId: cats[0].id, title: '小区路灯维修', description: '三组路灯坏了半年' });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().state, 'submitted');
      topic = ok.json().id;
      assert.equal((await r.post(`/api/v1/villages/${VILLAGE_B}/consultations`, { categoryId: cats[0].id, title: '外村议题', description: '外村的说明' })).statusCode, 403);
    });

    test('comments wait for the pre-review; the committee accepts with a reason', async () => {
      const r = await loginAs(app, 'residentA');
      assert.equal((await r.post(`/api/v1/consultations/${topic}/comments`, { body: '我同意维修' })).statusCode, 409);
      const c = await loginAs(app, 'committeeA');
      const noReason = await c.post(`/api/v1/consultations/${topic}/steps`, { type: 'accept' });
      assert.equal(noReason.statusCode, 409);
      assert.equal(noReason.json().errors[0].rule, 'consultation.text');
      const early = await c.post(`/api/v1/consultations/${topic}/steps`, { type: 'adopt', text: '采纳' });
      assert.equal(early.statusCode, 409, 'steps cannot be skipped');
      assert.equal((await r.post(`/api/v1/consultations/${topic}/steps`, { type: 'accept', text: 'x' })).statusCode, 403, 'a resident cannot pre-review');
      const ok = await c.post(`/api/v1/consultations/${topic}/steps`, { type: 'accept', text: '属于公共设施管护，同意协商' });
      assert.equal(ok.json().state, 'open');
    });

    test('threaded comments, 20 a page, moderated with a reason that stays visible', async () => {
      const r = await loginAs(app, 'residentA');
      const ids: number[] = [];
      for (let i = 0; i < 21; i++) ids.push((await r.post(`/api/v1/consultations/${topic}/comments`, { body: `意见 ${i + 1}` })).json().id);
      const reply = await r.post(`/api/v1/consultations/${topic}/comments`, { body: '回复第一条', parentId: ids[0] });
      assert.equal(reply.statusCode, 201);
      assert.equal((await r.post(`/api/v1/consultations/${topic}/comments`, { body: '回复的回复', parentId: reply.json().id })).statusCode, 422);
      const page1 = (await anonymous(app).get(`/api/v1/consultations/${topic}/comments`)).json();
      assert.equal(page1.items.length, 20);
      assert.equal(page1.items[0].replies.length, 1);
      const page2 = (await anonymous(app).get(`/api/v1/consultations/${topic}/comments?cursor=${page1.nextCursor}`)).json();
      assert.equal(page2.items.length, 1);
      assert.equal(page2.nextCursor, null);
      const c = await loginAs(app, 'committeeA');
      assert.equal((await c.post(`/api/v1/consultation-comments/${ids[1]}/hide`, { reason: '含人身攻击' })).statusCode, 204);
      const again = (await anonymous(app).get(`/api/v1/consultations/${topic}/comments`)).json();
      assert.deepEqual([again.items[1].hidden, again.items[1].body, again.items[1].hiddenReason], [true, null, '含人身攻击']);
      assert.equal((await (await loginAs(app, 'committeeB')).post(`/api/v1/consultation-comments/${ids[2]}/hide`, { reason: '无关内容' })).statusCode, 403);
    });

    test('session, adoption, implementation and report-back appear on the public timeline', async () => {
      const c = await loginAs(app, 'committeeA');
      for (const [type, text] of [['recordSession', '11 月 20 日协商会：维修 6 盏'], ['adopt', '采纳，由社区出资'], ['implement', ''], ['reportBack', '已于 11 月 25 日修复']] as const) {
        const res = await c.post(`/api/v1/consultations/${topic}/steps`, text ? { type, text } : { type });
        assert.equal(res.statusCode, 200, `${type}: ${res.body}`);
      }
      const v = (await anonymous(app).get(`/api/v1/consultations/${topic}`)).json();
      assert.equal(v.state, 'closed');
      assert.deepEqual(v.timeline.map((e: { type: string }) => e.type), ['start', 'accept', 'recordSession', 'adopt', 'implement', 'reportBack']);
      assert.equal((await loginAs(app, 'residentA').then((r) => r.post(`/api/v1/consultations/${topic}/comments`, { body: '关闭后留言' }))).statusCode, 409);
    });

    test('each step needs consultation.manage on the topic\'s village; a missing topic or comment is a 404', async () => {
      const r = await loginAs(app, 'residentA');
      const cats = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/consultation-categories`)).json();
      const other = (await r.post(`/api/v1/villages/${VILLAGE_A}/consultations`, { categoryId: cats[1].id, title: '垃圾收集点选址', description: '请大家发表意见' })).json().id;
      const b = await loginAs(app, 'committeeB');
      const refused = await b.post(`/api/v1/consultations/${other}/steps`, { type: 'accept', text: '别村的委员' });
      assert.equal(refused.statusCode, 403, 'another village\'s committee');
      assert.equal(refused.json().action, 'consultation.manage');
      const c = await loginAs(app, 'committeeA');
      assert.equal((await c.post('/api/v1/consultations/999999/steps', { type: 'accept', text: '没有这个议题' })).statusCode, 404);
      assert.equal((await r.post('/api/v1/consultations/999999/comments', { body: '没有这个议题' })).statusCode, 404);
      assert.equal((await c.post('/api/v1/consultation-comments/999999/hide', { reason: '没有这条留言' })).statusCode, 404);
      const audit = await listAudit(world.platform.database.db, VILLAGE_A, { limit: 200 });
      assert.ok(audit.some((a) => a.action === 'consultation.reportBack') && audit.some((a) => a.action === 'consultation.moderate'), 'steps and moderation are audited under declared names');
    });
  });
}
