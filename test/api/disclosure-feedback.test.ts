// The opinion box (意见箱): who may ask (a signed-in resident of the village, or anyone with a
// phone confirmed by a one-time code), the code's limits, the answer window in working days,
// the supervisory committee's answers (public or private) and escalation when overdue.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { backends } from '../support/backends.ts';
import { jobAudit, openWorld, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs } from '../support/http.ts';
import { accountId, addAccount, beijing, loginUser, outbox, problemJson, publishOn, smsCode } from '../support/disclosure.ts';
import { write } from '../../src/core/access/guard.ts';
import { makeCalendar } from '../../src/core/calendar/calendar.ts';
import { CODE_MAX_ATTEMPTS, CODES_PER_DAY, issuePhoneCode } from '../../src/core/notifications/notifications.ts';
import { ask, escalateOverdueFeedback } from '../../src/modules/disclosure/feedback.ts';
import { chinaDate } from '../../src/core/time.ts';
import { updateSettings } from '../../src/modules/disclosure/catalog.ts';

function problem(res: LightMyRequestResponse, status: number, rule?: string, field?: string) {
  assert.equal(res.statusCode, status, res.body);
  assert.equal(res.headers['content-type'], problemJson);
  const p = res.json() as { messages: { en: string; 'zh-CN': string }; errors?: { field: string; rule: string }[] };
  if (rule) assert.ok(p.errors?.some((e) => e.rule === rule), `expected rule ${rule} in ${res.body}`);
  if (field) assert.ok(p.errors?.some((e) => e.field === field), `expected field ${field} in ${res.body}`);
  return p;
}
const wrongOf = (code: string) => code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
const cal = makeCalendar();

for (const backend of backends()) {
  describe(`disclosure feedback on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    // Thursday 24 September 2026, 10:00 in Beijing: five working days later is 9 October,
    // across 中秋 (25–27 Sep) and National Day (1–7 Oct).
    let clock = beijing('2026-09-24', 10);
    const tick = (ms: number) => { clock = new Date(clock.getTime() + ms); };
    let entry: number; // a published entry of A
    let draft: number; // a draft of A
    let entryB: number; // a published entry of B
    const q: Record<string, number> = {};

    before(async () => {
      world = await openWorld(backend, { now: () => clock });
      app = await appFor(world);
      await addAccount(world, 'supervisor-b', 'supervisor', VILLAGE_B);
      const days = { draft: beijing('2026-09-21'), approve: beijing('2026-09-22'), publish: beijing('2026-09-22', 15) };
      entry = (await publishOn(world, VILLAGE_A, { column: 'village', periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '第三季度居民代表会议决定事项', bodyMd: '表决通过便道硬化方案。' }, days)).id;
      entryB = (await publishOn(world, VILLAGE_B, { column: 'party', title: '鱼泉子村党费收缴情况', bodyMd: '已按时收缴。' }, days)).id;
      draft = (await (await loginAs(app, 'committeeA')).post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'party', title: '尚未发布的草稿', bodyMd: 'x' })).json().id;
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    const askUrl = (code = VILLAGE_A) => `/api/v1/villages/${code}/feedback`;
    /** Signed-in residents of the village ask on their own route (the guard checks disclosure.ask and the CSRF token). */
    const residentAskUrl = (code = VILLAGE_A) => `/api/v1/villages/${code}/feedback/as-resident`;

    test('an anonymous question needs a phone number and its one-time code', async () => {
      const a = anonymous(app);
      const cases: object[] = [
        { entryId: entry, question: '便道硬化的工程款是怎么算的？' },
        { entryId: entry, question: '便道硬化的工程款是怎么算的？', phone: '13900001234' },
        { entryId: entry, question: '便道硬化的工程款是怎么算的？', code: '123456' },
      ];
      for (const body of cases) problem(await a.post(askUrl(), body), 422, 'feedback.identify', 'phone');
      assert.equal((await sql`SELECT id FROM disclosure_feedback`.execute(world.platform.database.db)).rows.length, 0);
    });

    // BUG (routes.ts POST /villages/:code/feedback + notifications.ts consumePhoneCode): the
    // failed attempt is counted inside the same transaction that then fails, so the count is
    // rolled back and the "5 tries" limit never takes effect: a code can be guessed forever.
    test('a one-time code is sent through the outbox; wrong codes are refused and five wrong tries use it up', async () => {
      const a = anonymous(app);
      const phone = '13900001234';
      problem(await a.post('/api/v1/phone-codes', { phone: '12345', villageCode: VILLAGE_A }), 422, 'phone.mobile', 'phone');
      const sent = await a.post('/api/v1/phone-codes', { phone, villageCode: VILLAGE_A });
      assert.equal(sent.statusCode, 202, sent.body);
      assert.equal(sent.json().expiresAt, new Date(clock.getTime() + 10 * 60_000).toISOString());
      const sms = (await outbox(world, { phone })).filter((n) => n.channel === 'sms');
      assert.equal(sms.length, 1);
      assert.deepEqual([sms[0]!.kind, sms[0]!.accountId, sms[0]!.jurisdictionCode], ['phoneCode.feedback', null, VILLAGE_A]);
      const code = await smsCode(world, phone);
      assert.match(code, /^\d{6}$/);
      assert.ok(!sent.body.includes(code), 'the code is not in the answer');

      const body = { entryId: entry, question: '便道硬化的工程款是怎么算的？', phone, code: wrongOf(code) };
      for (let i = 0; i < CODE_MAX_ATTEMPTS; i++) problem(await a.post(askUrl(), body), 422, 'phoneCode.invalid', 'code');
      const attempts = (await sql<{ attempts: number }>`SELECT attempts FROM phone_code WHERE phone = ${phone}`.execute(world.platform.database.db)).rows[0]!.attempts;
      assert.equal(Number(attempts), CODE_MAX_ATTEMPTS, 'every wrong try is counted');
      problem(await a.post(askUrl(), { ...body, code }), 422, 'phoneCode.invalid');
      assert.equal((await sql`SELECT id FROM disclosure_feedback`.execute(world.platform.database.db)).rows.length, 0);
    });

    test('the right code: the question is taken, due in five working days; the code works once; one code a minute', async () => {
      const a = anonymous(app);
      const phone = '13900005678';
      assert.equal((await a.post('/api/v1/phone-codes', { phone, villageCode: VILLAGE_A })).statusCode, 202);
      const again = problem(await a.post('/api/v1/phone-codes', { phone, villageCode: VILLAGE_A }), 429);
      assert.match(again.messages.en, /this phone/);
      tick(61_000);
      assert.equal((await a.post('/api/v1/phone-codes', { phone, villageCode: VILLAGE_A })).statusCode, 202);
      assert.equal((await outbox(world, { phone })).length, 2, 'the refused request sent nothing');
      const code = await smsCode(world, phone);
      const res = await a.post(askUrl(), { entryId: entry, question: '便道硬化的工程款是怎么算的？', phone: '139 0000 5678', code, name: '在外务工的廖大勇' });
      assert.equal(res.statusCode, 201, res.body);
      const due = cal.addWorkingDays(chinaDate(clock), 5);
      assert.equal(due, '2026-10-09');
      assert.deepEqual(res.json(), { id: res.json().id, dueOn: due });
      q.phone = res.json().id;
      problem(await a.post(askUrl(), { entryId: entry, question: '再问一次同样的问题？', phone, code }), 422, 'phoneCode.invalid');

      const staff = await (await loginAs(app, 'supervisorA')).get(`${askUrl()}?open=true`);
      assert.equal(staff.statusCode, 200);
      const mine = staff.json().find((f: { id: number }) => f.id === q.phone);
      assert.deepEqual([mine.askerName, mine.phoneMasked, mine.dueOn, mine.entryId], ['在外务工的廖大勇', '139****5678', due, entry]);
      assert.ok(!staff.body.includes('13900005678'), 'staff see the phone masked');
      const supA = await accountId(world, 'supervisor-a');
      const told = await outbox(world, { kind: 'disclosure.feedback', accountId: supA });
      assert.equal(told.length, 1);
      assert.match(told[0]!.body, /2026-10-09/);
    });

    test('at most five codes a day per phone', async () => {
      const db = world.platform.database.db;
      const phone = '13700009999';
      let t = clock.getTime();
      for (let i = 0; i < CODES_PER_DAY; i++) { await issuePhoneCode(db, phone, 'feedback', VILLAGE_A, new Date(t)); t += 120_000; }
      await assert.rejects(issuePhoneCode(db, phone, 'feedback', VILLAGE_A, new Date(t)), (e: Error & { status?: number }) => e.status === 429);
      await issuePhoneCode(db, phone, 'feedback', VILLAGE_A, new Date(clock.getTime() + 86_400_000 + 60_000));
    });

    test('a signed-in resident of the village asks directly; the supervisors of the village are told', async () => {
      const r = await loginAs(app, 'residentA');
      problem(await r.request({ method: 'POST', url: residentAskUrl(), payload: { entryId: entry, question: '我家的补贴什么时候发放？' }, headers: { 'x-csrf-token': 'wrong' } }), 403);
      problem(await anonymous(app).post(residentAskUrl(), { entryId: entry, question: '我家的补贴什么时候发放？' }), 401);
      problem(await r.post(residentAskUrl(), { entryId: draft, question: '草稿能提问吗？' }), 422, 'feedback.entry', 'entryId');
      problem(await r.post(residentAskUrl(), { entryId: entryB, question: '别村的内容能提问吗？' }), 422, 'feedback.entry');
      problem(await r.post(residentAskUrl(), { entryId: entry, question: '我家的补贴什么时候发放？', phone: '13900001234' }), 422); // no phone on this route
      const res = await r.post(residentAskUrl(), { entryId: entry, question: '我家的补贴什么时候发放？' });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().dueOn, cal.addWorkingDays(chinaDate(clock), 5));
      q.resident = res.json().id;
      const board = await r.post(residentAskUrl(), { question: '公开栏什么时候更新十月的财务？' });
      assert.equal(board.statusCode, 201);
      q.board = board.json().id;

      const inbox = (await (await loginAs(app, 'supervisorA')).get('/api/v1/notifications')).json() as { kind: string; body: string; jurisdictionCode: string }[];
      const about = inbox.filter((n) => n.kind === 'disclosure.feedback');
      assert.equal(about.length, 3);
      assert.ok(about.some((n) => n.body.startsWith('我家的补贴什么时候发放？') && n.jurisdictionCode === VILLAGE_A), JSON.stringify(about));
      const clerkInbox = (await (await loginAs(app, 'committeeA')).get('/api/v1/notifications')).json() as { kind: string }[];
      assert.equal(clerkInbox.filter((n) => n.kind === 'disclosure.feedback').length, 0, 'questions go to the supervisory committee');
      assert.equal((await outbox(world, { kind: 'disclosure.feedback', accountId: await accountId(world, 'supervisor-b') })).length, 0, 'not to another village');
      const staff = (await (await loginAs(app, 'supervisorA')).get(askUrl())).json();
      const row = staff.find((f: { id: number }) => f.id === q.resident);
      assert.deepEqual([row.fromResident, row.phoneMasked], [true, null], 'staff see that a resident asked');
      assert.ok(!('askerAccountId' in row), 'never whose account it was');
      assert.equal(staff.find((f: { id: number }) => f.id === q.phone).fromResident, false, 'a question with a confirmed phone');
    });

    test('a resident of A asking on B is treated as anonymous', async () => {
      const r = await loginAs(app, 'residentA');
      problem(await r.post(askUrl(VILLAGE_B), { entryId: entryB, question: '鱼泉子村的党费是多少？' }), 422, 'feedback.identify');
      problem(await (await loginAs(app, 'committeeA')).post(askUrl(), { question: '工作人员以居民身份提问？' }), 422, 'feedback.identify');
      // The residents' route: only a resident of that village.
      problem(await r.post(residentAskUrl(VILLAGE_B), { entryId: entryB, question: '鱼泉子村的党费是多少？' }), 403);
      problem(await (await loginAs(app, 'committeeA')).post(residentAskUrl(), { question: '工作人员以居民身份提问？' }), 403);
    });

    test('each village\'s own answer window, and questions for B go to B\'s supervisors', async () => {
      const db = world.platform.database.db;
      await write(db, { accountId: null, label: 'committee-b', role: 'committeeMember', code: VILLAGE_B }, 'disclosure.settings', (w) => updateSettings(w, VILLAGE_B, { feedbackWorkingDays: 3 }));
      const who = { accountId: null, label: 'public', role: 'public', code: VILLAGE_B };
      const r = await write(db, who, 'disclosure.askByPhone', (w) => ask(w, VILLAGE_B, { entryId: entryB, question: '党费收缴标准是什么？' }, { accountId: null, name: null, phone: '13600001111' }, cal, clock));
      assert.equal(r.dueOn, cal.addWorkingDays(chinaDate(clock), 3));
      assert.equal(r.dueOn, '2026-09-30');
      q.b = r.id;
      assert.equal((await outbox(world, { kind: 'disclosure.feedback', accountId: await accountId(world, 'supervisor-b') })).length, 1);
      // A due date in a year whose holidays are not yet entered is left open rather than guessed.
      const late = await write(db, who, 'disclosure.askByPhone', (w) => ask(w, VILLAGE_B, { question: '年底的分红什么时候公开？' }, { accountId: null, name: null, phone: '13600001111' }, cal, beijing('2026-12-29')));
      assert.equal(late.dueOn, null);
      q.undated = late.id;
    });

    test('the supervisor answers once; private answers are not shown to the public', async () => {
      const s = await loginAs(app, 'supervisorA');
      problem(await (await loginAs(app, 'committeeA')).post(`/api/v1/feedback/${q.phone}/answer`, { answer: '工作人员代答' }), 403);
      problem(await (await loginUser(app, 'supervisor-b')).post(`/api/v1/feedback/${q.phone}/answer`, { answer: '别村监委会代答' }), 403);
      problem(await anonymous(app).post(`/api/v1/feedback/${q.phone}/answer`, { answer: '匿名代答' }), 401);
      const answered = await s.post(`/api/v1/feedback/${q.phone}/answer`, { answer: '工程款按决算审计结果支付，审计报告存社区备查。' });
      assert.equal(answered.statusCode, 204, answered.body);
      problem(await s.post(`/api/v1/feedback/${q.phone}/answer`, { answer: '再答一次' }), 409);
      assert.equal((await s.post(`/api/v1/feedback/${q.resident}/answer`, { answer: '您家的补贴已于 9 月 20 日打卡发放。', private: true })).statusCode, 204);
      problem(await s.post('/api/v1/feedback/999999/answer', { answer: '没有这个问题' }), 404); // the loader finds no question

      const a = anonymous(app);
      const status = (await a.get(`/api/v1/villages/${VILLAGE_A}/board/${entry}/status`)).json();
      assert.deepEqual(status.feedback.map((f: { id: number }) => f.id), [q.phone]);
      assert.equal(status.feedback[0].answer, '工程款按决算审计结果支付，审计报告存社区备查。');
      assert.ok(!JSON.stringify(status).includes('13900005678') && !JSON.stringify(status).includes('廖大勇'), 'no asker details in public');
      const pub = (await a.get(`/api/v1/villages/${VILLAGE_A}/feedback/public`)).json();
      assert.deepEqual(pub.map((f: { id: number }) => f.id), [q.phone]);
      assert.ok(!JSON.stringify(pub).includes('补贴'), 'the private answer is not public');
      assert.deepEqual((await a.get(`/api/v1/villages/${VILLAGE_B}/feedback/public`)).json(), []);

      // The askers are told: the resident in the app, the phone asker by SMS.
      const residentInbox = (await (await loginAs(app, 'residentA')).get('/api/v1/notifications')).json();
      assert.equal(residentInbox.filter((n: { kind: string }) => n.kind === 'disclosure.answer').length, 1);
      const sms = (await outbox(world, { kind: 'disclosure.answer', phone: '13900005678' }));
      assert.deepEqual(sms.map((n) => n.channel), ['sms']);
    });

    test('a question asked as private stays private when answered', async () => {
      const r = await loginAs(app, 'residentA');
      const res = await r.post(residentAskUrl(), { entryId: entry, question: '我家的低保复核结果是什么？', private: true });
      assert.equal(res.statusCode, 201);
      assert.equal((await (await loginAs(app, 'supervisorA')).post(`/api/v1/feedback/${res.json().id}/answer`, { answer: '复核通过，详情请到社区面谈。' })).statusCode, 204);
      const status = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/board/${entry}/status`)).json();
      assert.deepEqual(status.feedback.map((f: { id: number }) => f.id), [q.phone]);
    });

    test('overdue questions escalate to the township official, once', async () => {
      const db = world.platform.database.db;
      const township = await accountId(world, 'township');
      const other = await accountId(world, 'other-township');
      const escalated = async () => outbox(world, { kind: 'disclosure.feedbackOverdue', accountId: township });
      // B's question was due on 30 September; A's open board question on 9 October.
      assert.equal(await escalateOverdueFeedback(db, '2026-09-30', beijing('2026-09-30', 8)), 0, 'not on the due date itself');
      assert.equal(await escalateOverdueFeedback(db, '2026-10-08', beijing('2026-10-08', 8)), 1);
      assert.deepEqual((await escalated()).map((n) => n.jurisdictionCode), [VILLAGE_B]);
      assert.equal(await escalateOverdueFeedback(db, '2026-10-08', beijing('2026-10-08', 9)), 0, 'once');
      assert.equal(await escalateOverdueFeedback(db, '2026-10-12', beijing('2026-10-12', 8)), 1, 'A\'s open question, due 9 October');
      assert.equal(await escalateOverdueFeedback(db, '2026-10-13', beijing('2026-10-13', 8)), 0);
      const rows = await escalated();
      assert.deepEqual(rows.map((n) => n.jurisdictionCode), [VILLAGE_B, VILLAGE_A]);
      assert.match(rows[1]!.body, /2026-10-09/);
      assert.deepEqual((await jobAudit(world, 'disclosure.feedbackEscalate')).map((a) => [a.actorLabel, a.jurisdictionCode]),
        [['system:disclosure-feedback-escalate', VILLAGE_B], ['system:disclosure-feedback-escalate', VILLAGE_A]], 'each escalation is audited as the system actor');
      assert.equal((await outbox(world, { accountId: other })).length, 0, 'another township hears nothing');
      const open = (await (await loginAs(app, 'supervisorA')).get(`${askUrl()}?open=true`)).json() as { id: number; escalatedAt: string | null }[];
      assert.deepEqual(open.map((f) => f.id), [q.board], 'answered questions are not open');
      assert.equal(open[0]!.escalatedAt, beijing('2026-10-12', 8).toISOString());
      const inbox = (await (await loginAs(app, 'township')).get('/api/v1/notifications')).json();
      assert.equal(inbox.filter((n: { kind: string }) => n.kind === 'disclosure.feedbackOverdue').length, 2);
      // The township overview counts the village's questions of the quarter.
      const overview = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance?year=2026&quarter=3`)).json();
      const a = overview.villages.find((v: { code: string }) => v.code === VILLAGE_A);
      assert.deepEqual(a.feedback, { received: 4, answered: 3, overdue: 0 });
    });

    // BUG (feedback.ts ask/escalateOverdueFeedback): a question asked while its due year's
    // holidays were not entered is stored with dueOn = null and nothing fills it in once the
    // county enters the year, so it never becomes overdue and never escalates.
    test('a question without a due date gets one once the county enters the year, and then escalates', async () => {
      const county = await loginAs(app, 'county');
      const entered = await county.request({ method: 'PUT', url: '/api/v1/jurisdictions/500230/calendar/2027', payload: { days: [{ date: '2027-01-01', work: false, note: '元旦' }], complete: true } });
      assert.equal(entered.statusCode, 200, entered.body);
      // Asked on 29 December in B (three working days): 30 Dec, 31 Dec, then 4 Jan 2027.
      assert.equal(makeCalendar([{ date: '2027-01-01', work: false, note: '元旦' }], new Set([2027])).addWorkingDays('2026-12-29', 3), '2027-01-04');
      const township = await accountId(world, 'township');
      const before = (await outbox(world, { kind: 'disclosure.feedbackOverdue', accountId: township })).length;
      await escalateOverdueFeedback(world.platform.database.db, '2027-01-05', beijing('2027-01-05', 8));
      const rows = (await outbox(world, { kind: 'disclosure.feedbackOverdue', accountId: township })).slice(before);
      assert.deepEqual(rows.map((n) => n.jurisdictionCode), [VILLAGE_B], 'the undated question is escalated once it is overdue');
      const staff = (await (await loginUser(app, 'supervisor-b')).get(`${askUrl(VILLAGE_B)}?open=true`)).json() as { id: number; dueOn: string | null }[];
      assert.equal(staff.find((f) => f.id === q.undated)?.dueOn, '2027-01-04');
    });
  });
}
