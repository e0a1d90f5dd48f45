// Certificates by list through HTTP on both databases (民发〔2020〕20号, shared/LAW.md §5): the
// lists in force (20 national items plus the county's own), kept by the county; a desk request
// for a forbidden certificate refused at once with basis and authority and nothing issued; a
// lawful one issued with a number, a PDF and a public verification that masks the holder; an
// unlisted one decided by the township, which extends a list; the seal log and who may read it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { backends } from '../support/backends.ts';
import { COUNTY, openWorld, TOWNSHIP, VILLAGE_A, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs } from '../support/http.ts';
import { accountId, beijing, outbox } from '../support/disclosure.ts';

const problem = (res: LightMyRequestResponse, status: number) => {
  assert.equal(res.statusCode, status, res.body);
  const p = res.json();
  assert.ok(p.messages['zh-CN'] && p.messages.en, 'bilingual');
  return p as { errors?: { field: string; rule: string }[] };
};

for (const backend of backends()) {
  describe(`certificates by list (${backend.name})`, () => {
    let world: World;
    let app: FastifyInstance;
    const count = async (table: string) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(world.platform.database.db)).rows[0]!.n);

    before(async () => {
      world = await openWorld(backend, { now: () => beijing('2026-11-20', 10) });
      app = await appFor(world);
    });
    after(async () => { await app.close(); await world.cleanup(); });

    test('the county keeps the lists; the national negative list cannot be overridden', async () => {
      const county = await loginAs(app, 'county');
      const add = (body: object) => county.post(`/api/v1/jurisdictions/${COUNTY}/certificate-lists`, body);
      assert.equal((await add({ list: 'lawful', name: '居住证明', aliases: ['实际居住证明'], basis: '丰都县证明事项清单 第1项' })).statusCode, 201);
      const clash = problem(await add({ list: 'lawful', name: '户籍证明', basis: '某县清单' }), 422);
      assert.equal(clash.errors![0]!.rule, 'certificateList.forbidden');
      assert.equal(problem(await add({ list: 'forbidden', name: '房屋租赁证明', basis: '县增补清单' }), 422).errors![0]!.rule, 'certificateList.authority');
      assert.equal((await add({ list: 'forbidden', name: '房屋租赁证明', basis: '县增补清单', authority: '住房城乡建设部门' })).statusCode, 201);
      problem(await add({ list: 'lawful', name: '居住证明', basis: '重复的依据文本' }), 409);
      problem(await (await loginAs(app, 'committeeA')).post(`/api/v1/jurisdictions/${COUNTY}/certificate-lists`, { list: 'lawful', name: '生活困难证明', basis: '村里自定' }), 403);
      const lists = (await anonymous(app).get(`/api/v1/jurisdictions/${VILLAGE_A}/certificate-lists`)).json();
      assert.equal(lists.forbidden.filter((f: { source: string }) => f.source === 'national').length, 20);
      assert.deepEqual(lists.forbidden.filter((f: { source: string }) => f.source === 'county').map((f: { name: string }) => f.name), ['房屋租赁证明']);
      assert.deepEqual(lists.lawful.map((l: { name: string }) => l.name), ['居住证明']);
    });

    test('a forbidden certificate is refused at once with basis and authority; nothing is issued', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const [, xiuying] = world.residents.A;
      const res = await clerk.post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: xiuying, name: '亲属关系证明', purpose: '办理银行业务' });
      assert.equal(res.statusCode, 201, res.body);
      const r = res.json();
      assert.equal(r.outcome, 'refused');
      assert.match(r.basis, /民发〔2020〕20号/);
      assert.match(r.authority, /公安机关/);
      assert.equal(r.reasons[0].rule, 'certificate.forbidden');
      assert.equal(r.certificate, null);
      assert.equal(await count('certificate'), 0, 'nothing in the seal log');
      const county = await clerk.post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: xiuying, name: '房屋租赁证明', purpose: '租房', statement: '想证明也不行' });
      assert.equal(county.json().outcome, 'refused', 'a county addition');
      assert.equal(county.json().authority, '住房城乡建设部门');
      assert.equal(await count('certificate'), 0);
      const audit = (await (await loginAs(app, 'supervisorA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/audit?limit=10`)).json().items as { action: string; targetId: string; after: { onBehalfOf?: { residentId: number } } }[];
      assert.equal(audit.find((a) => a.action === 'certificates.request' && a.targetId === String(r.id))!.after.onBehalfOf!.residentId, xiuying);
      const mine = (await (await loginAs(app, 'residentA')).get('/api/v1/my/certificate-requests')).json();
      assert.ok(mine.some((m: { name: string; outcome: string; authority: string }) => m.name === '亲属关系证明' && m.outcome === 'refused' && /公安机关/.test(m.authority)));
    });

    test('a lawful certificate is issued with a number, a PDF and a public verification', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const [, xiuying] = world.residents.A;
      const before = await count('certificate_request');
      const noStatement = problem(await clerk.post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: xiuying, name: '居住证明', purpose: '子女入学' }), 422);
      assert.equal(noStatement.errors![0]!.rule, 'certificate.statement');
      assert.equal(await count('certificate_request'), before, 'a refused input stores nothing');
      const res = await clerk.post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: xiuying, name: '实际居住证明', purpose: '子女入学', statement: '该居民自2015年起在本社区实际居住。' });
      assert.equal(res.statusCode, 201, res.body);
      const r = res.json();
      assert.equal(r.outcome, 'issued');
      assert.equal(r.name, '居住证明');
      assert.equal(r.certificate.number, `${VILLAGE_A}-2026-0001`);
      assert.equal(r.certificate.basis, '丰都县证明事项清单 第1项');
      const second = (await clerk.post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: world.residents.A[0], name: '居住证明', purpose: '办理居住证', statement: '该居民在本社区居住。' })).json();
      assert.equal(second.certificate.number, `${VILLAGE_A}-2026-0002`);

      const pdf = await clerk.get(`/api/v1/certificates/${r.certificate.number}/pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      problem(await anonymous(app).get(`/api/v1/certificates/${r.certificate.number}/pdf`), 401);
      problem(await (await loginAs(app, 'committeeB')).get(`/api/v1/certificates/${r.certificate.number}/pdf`), 403);

      const v = await anonymous(app).get(`/api/v1/certificates/${r.certificate.number}/verify/${r.certificate.token}`);
      assert.equal(v.statusCode, 200, v.body);
      assert.deepEqual(v.json(), { number: r.certificate.number, name: '居住证明', basis: '丰都县证明事项清单 第1项', holderMasked: '谭**', issuedOn: '2026-11-20', issuedBy: v.json().issuedBy, villageCode: VILLAGE_A });
      assert.match(v.json().issuedBy, /廖家坝社区居民委员会/);
      problem(await anonymous(app).get(`/api/v1/certificates/${r.certificate.number}/verify/wrongtoken`), 404);

      const log = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${TOWNSHIP}/seal-log`)).json();
      assert.deepEqual(log.map((c: { number: string }) => c.number), [second.certificate.number, r.certificate.number]);
      assert.equal(log[1].issuedByLabel, 'committee-a');
      assert.equal(log[1].holderName, '谭秀英');
      assert.equal((await (await loginAs(app, 'county')).get(`/api/v1/jurisdictions/${COUNTY}/seal-log`)).json().length, 2);
      problem(await (await loginAs(app, 'gridA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/seal-log`), 403);
      problem(await (await loginAs(app, 'gridA')).post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: xiuying, name: '居住证明', purpose: '网格员无公章', statement: '无' }), 403);
      await assert.rejects(sql`UPDATE certificate SET holder_name = 'x'`.execute(world.platform.database.db), /append-only/);
    });

    test('an unlisted certificate goes to the township, whose decision extends a list', async () => {
      const clerk = await loginAs(app, 'committeeA');
      const township = await loginAs(app, 'township');
      const ask = (name: string) => clerk.post(`/api/v1/villages/${VILLAGE_A}/certificate-requests`, { residentId: world.residents.A[0], name, purpose: '办理业务' });
      const pending = (await ask('房屋坐落证明')).json();
      assert.equal(pending.outcome, 'pendingTownship');
      assert.equal(pending.reasons[0].rule, 'certificate.unlisted');
      assert.equal((await outbox(world, { kind: 'certificates.unlisted', accountId: await accountId(world, 'township') })).length, 1);
      problem(await clerk.post(`/api/v1/certificate-requests/${pending.id}/issue`, { statement: '还未决定' }), 409);
      problem(await clerk.post(`/api/v1/certificate-requests/${pending.id}/decision`, { list: 'lawful', basis: '村委会自定' }), 403);
      problem(await (await loginAs(app, 'otherTownship')).post(`/api/v1/certificate-requests/${pending.id}/decision`, { list: 'lawful', basis: '别的乡镇' }), 403);
      const decided = await township.post(`/api/v1/certificate-requests/${pending.id}/decision`, { list: 'lawful', basis: '三建乡决定：农村房屋坐落情况属村(居)委会掌握的事实' });
      assert.equal(decided.json().outcome, 'approved');
      problem(await township.post(`/api/v1/certificate-requests/${pending.id}/decision`, { list: 'lawful', basis: '再决定一次' }), 409);
      const issued = (await clerk.post(`/api/v1/certificate-requests/${pending.id}/issue`, { statement: '该户房屋坐落于第一居民小组1号。' })).json();
      assert.equal(issued.outcome, 'issued');
      assert.equal(issued.certificate.number, `${VILLAGE_A}-2026-0003`);
      const lists = (await anonymous(app).get(`/api/v1/jurisdictions/${COUNTY}/certificate-lists`)).json();
      assert.ok(lists.lawful.some((l: { name: string; source: string }) => l.name === '房屋坐落证明' && l.source === 'township'));
      assert.equal(problem(await ask('房屋坐落证明'), 422).errors![0]!.rule, 'certificate.statement', 'now on the lawful list: issued at the desk once the statement is written');

      const other = (await ask('养老金领取资格证明')).json();
      problem(await township.post(`/api/v1/certificate-requests/${other.id}/decision`, { list: 'forbidden', basis: '三建乡决定' }), 422);
      const refused = (await township.post(`/api/v1/certificate-requests/${other.id}/decision`, { list: 'forbidden', basis: '三建乡决定：资格认证由社保经办机构办理', authority: '社会保险经办机构' })).json();
      assert.equal(refused.outcome, 'refused');
      assert.equal(refused.authority, '社会保险经办机构');
      const again = (await ask('养老金领取资格证明')).json();
      assert.equal(again.outcome, 'refused', 'the forbidden list now refuses it at once');
      assert.equal(again.authority, '社会保险经办机构');
    });

    test('a resident asks online: the lists answer at once; a lawful one waits for the seal, then the resident downloads it', async () => {
      const me = await loginAs(app, 'residentA'); // 谭秀英
      const ask = (name: string, purpose = '办理业务') => me.post('/api/v1/my/certificate-requests', { name, purpose });
      const refused = await ask('无犯罪记录证明', '应聘');
      assert.equal(refused.statusCode, 201, refused.body);
      assert.equal(refused.json().outcome, 'refused');
      assert.equal(refused.json().onBehalf, false);
      assert.match(refused.json().authority, /公安机关/);
      assert.equal(refused.json().reasons[0].rule, 'certificate.forbidden');
      assert.match(refused.json().reasons[0].article, /民发〔2020〕20号.*第5项/);
      assert.equal(refused.json().certificate, null);
      assert.equal((await ask('农机具使用证明')).json().outcome, 'pendingTownship');
      const before = await count('certificate');
      const lawful = (await ask('居住证明', '办理居住证')).json();
      assert.equal(lawful.outcome, 'approved', 'on the lawful list, but not issued without the committee member holding the seal');
      assert.equal(lawful.certificate, null);
      assert.deepEqual(lawful.reasons.map((r: { rule: string }) => r.rule), ['certificate.lawful', 'certificate.awaitingSeal']);
      assert.equal(await count('certificate'), before, 'nothing issued yet');
      assert.equal((await outbox(world, { kind: 'certificates.toIssue', accountId: await accountId(world, 'committee-a') })).length, 1, 'the committee hears of it');
      const audit = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${TOWNSHIP}/audit?limit=10`)).json().items as { action: string; targetId: string; after: Record<string, unknown> }[];
      const row = audit.find((a) => a.action === 'certificates.request' && a.targetId === String(lawful.id))!;
      assert.equal(row.after.channel, 'online');
      assert.ok(!('onBehalfOf' in row.after), 'filed by the resident, not on her behalf');
      problem(await me.post(`/api/v1/certificate-requests/${lawful.id}/issue`, { statement: '自己给自己盖章' }), 403);
      problem(await (await loginAs(app, 'gridA')).post(`/api/v1/certificate-requests/${lawful.id}/issue`, { statement: '网格员无公章' }), 403);
      // An account linked to no resident has no own resident record for the route to act on.
      const unlinked = problem(await (await loginAs(app, 'committeeA')).post('/api/v1/my/certificate-requests', { name: '居住证明', purpose: '工作人员账户没有关联居民' }), 404) as { messages: { en: string } };
      assert.match(unlinked.messages.en, /No such resident record linked to this account/);
      problem(await me.post('/api/v1/my/certificate-requests', { name: '居住证明' }), 422);

      const issued = (await (await loginAs(app, 'committeeA')).post(`/api/v1/certificate-requests/${lawful.id}/issue`, { statement: '该居民自2015年起在本社区实际居住。' })).json();
      assert.equal(issued.outcome, 'issued');
      const number = issued.certificate.number as string;
      assert.match(number, new RegExp(`^${VILLAGE_A}-2026-\\d{4}$`));
      const mine = (await me.get('/api/v1/my/certificate-requests')).json() as { id: number; outcome: string; number: string | null; authority: string | null }[];
      assert.equal(mine.find((m) => m.id === lawful.id)!.number, number);
      assert.equal(mine.find((m) => m.id === refused.json().id)!.outcome, 'refused');
      assert.ok((await outbox(world, { kind: 'certificates.request', accountId: await accountId(world, 'resident-a') })).some((n) => /已出具/.test(n.subject)));
      const pdf = await me.get(`/api/v1/my/certificates/${number}/pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const notHers = problem(await me.get(`/api/v1/my/certificates/${VILLAGE_A}-2026-0002/pdf`), 404) as { messages: { en: string } }; // 廖明华's, not hers
      assert.match(notHers.messages.en, new RegExp(`No such certificate \\(${VILLAGE_A}-2026-0002\\)`), 'the chain denies her (not the owner) and the route answers "not found", as for a missing one');
      problem(await (await loginAs(app, 'committeeA')).get(`/api/v1/my/certificates/${number}/pdf`), 404);
      problem(await anonymous(app).get(`/api/v1/my/certificates/${number}/pdf`), 401);
      // The chain decides: holding a certificate (or owning a request) is no staff right.
      problem(await me.get(`/api/v1/certificates/${number}/pdf`), 403);
      problem(await me.get(`/api/v1/certificate-requests/${lawful.id}`), 403);
      // Unknown records: the loaders find none.
      const missing = problem(await me.get(`/api/v1/my/certificates/${VILLAGE_A}-2026-9999/pdf`), 404) as { messages: { en: string } };
      assert.match(missing.messages.en, /No such certificate/, 'a missing certificate is the loader\'s 404');
      problem(await (await loginAs(app, 'committeeA')).get(`/api/v1/certificates/${VILLAGE_A}-2026-9999/pdf`), 404);
      problem(await (await loginAs(app, 'committeeA')).get('/api/v1/certificate-requests/999999'), 404);
      problem(await (await loginAs(app, 'township')).post('/api/v1/certificate-requests/999999/decision', { list: 'lawful', basis: '乡镇决定的依据' }), 404);
      problem(await (await loginAs(app, 'county')).post('/api/v1/certificate-list-entries/999999/withdraw'), 404);
    });

    test('the named rule certificate-decision over HTTP', async () => {
      const res = await anonymous(app).post('/api/v1/rules/certificate-decision', { countyCode: COUNTY, name: '无犯罪记录证明' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().outcome, 'refuse');
      assert.match(res.json().item.authority, /公安机关/);
      const bad = problem(await anonymous(app).post('/api/v1/rules/certificate-decision', { countyCode: VILLAGE_A, name: '居住证明' }), 422);
      assert.equal(bad.errors![0]!.field, 'body.countyCode');
    });
  });
}
