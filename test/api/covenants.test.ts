// Covenant revision through HTTP on both databases, in 廖家坝社区 (a community: the residents'
// meeting adopts, 城市居民委员会组织法 Art.15): the 2019 covenant registered with its fine flagged;
// a revision whose steps are refused out of order; opinions online and on paper (who, how);
// drafts kept as versions with stable clause ids and diffs; a resident's comment on a clause that
// survives two redrafts with its disposition; the screen before review; the township's decisions
// per finding (approval refused while one is "must change"); a redraft; the vote at the residents'
// meeting with women present; filing, publication to the ledger, the printable covenant. Then the
// red and black rolls: a penalty in an entry refused, the warning roll visible only to the
// village's residents and staff, an appeal decided by someone else than the recorder, expiry.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { backends } from '../support/backends.ts';
import { openWorld, TOWNSHIP, VILLAGE_A, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs, type Client } from '../support/http.ts';

const ok = (r: LightMyRequestResponse, status = 200) => { assert.equal(r.statusCode, status, r.body); return r.json(); };
const refused = (r: LightMyRequestResponse, status: number, rule?: RegExp) => {
  assert.equal(r.statusCode, status, r.body);
  if (rule) assert.match(r.body, rule);
};

for (const backend of backends()) {
  describe(`covenants on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let now = new Date('2026-11-23T02:00:00Z'); // 10:00 in Beijing
    let committee: Client, resident: Client, township: Client, otherTownship: Client, supervisor: Client, committeeB: Client, grid: Client;
    let revisionId: number;
    const clause: Record<string, string> = {};
    let commentId: number;
    let v2: number, v3: number, v4: number;

    before(async () => {
      world = await openWorld(backend, { now: () => now });
      app = await appFor(world);
      committee = await loginAs(app, 'committeeA');
      resident = await loginAs(app, 'residentA');
      township = await loginAs(app, 'township');
      otherTownship = await loginAs(app, 'otherTownship');
      supervisor = await loginAs(app, 'supervisorA');
      committeeB = await loginAs(app, 'committeeB');
      grid = await loginAs(app, 'gridA');
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    test('the covenant adopted on paper is registered, numbered, and its fine is shown by the screen', async () => {
      const v = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/register`, {
        adoptedOn: '2019-06-20',
        chapters: [
          { title: '总则', clauses: [{ text: '为维护社区公共秩序，经居民会议讨论通过，制定本公约。' }] },
          { title: '公共秩序', clauses: [{ text: '爱护公共设施，不乱倒垃圾。' }, { text: '在公共区域乱倒垃圾的，罚款200元。' }] },
        ],
      }), 201);
      assert.equal(v.status, 'inForce');
      refused(await resident.post(`/api/v1/villages/${VILLAGE_A}/covenant/register`, { adoptedOn: '2019-06-20', chapters: [{ title: '总则', clauses: [{ text: '一' }] }] }), 403);
      refused(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/register`, { adoptedOn: '2019-06-20', chapters: [{ title: '总则', clauses: [{ text: '一' }] }] }), 409);
      const page = ok(await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/covenant`));
      assert.equal(page.covenant.kind, 'community');
      assert.match(page.covenant.title, /居民公约$/);
      const clauses = page.inForce.chapters.flatMap((c: { clauses: { id: string; label: string; text: string }[] }) => c.clauses);
      assert.deepEqual(clauses.map((c: { label: string }) => c.label), ['第一条', '第二条', '第三条']);
      assert.deepEqual(page.inForce.chapters.map((c: { label: string }) => c.label), ['第一章', '第二章']);
      clause.general = clauses[0].id; clause.care = clauses[1].id; clause.fine = clauses[2].id;
      const fine = page.inForce.screen.find((r: { id: string }) => r.id === clause.fine);
      assert.equal(fine.lawful, false);
      assert.equal(fine.findings[0].rule, 'fine');
    });

    test('a revision starts at step 1, and steps cannot be skipped', async () => {
      refused(await resident.post(`/api/v1/villages/${VILLAGE_A}/covenant-revisions`, { title: '2026年修订' }), 403);
      const r = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant-revisions`, { title: '2026年居民公约修订' }), 201);
      revisionId = r.id;
      assert.equal(r.state, 'collecting');
      refused(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant-revisions`, { title: '另一次修订' }), 409, /covenant\.revision\.open/);
      // Out of order: review, vote, filing and publication before their time.
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'submitReview' }), 409, /covenantRevision\.order\.collecting\.submitReview/);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'publish' }), 409, /order/);
      refused(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'approve' }), 409, /order/);
      // Step 1 itself cannot be skipped: no opinion yet.
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'draft' }), 409, /covenant\.step1\.opinions/);
      // A draft cannot be saved while opinions are being collected.
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, { chapters: [{ title: '总则', clauses: [{ text: '一' }] }] }), 409, /covenant\.state\.collecting/);
    });

    test('opinions: residents online, staff enter who said it and how', async () => {
      ok(await resident.post(`/api/v1/covenant-revisions/${revisionId}/opinions`, { body: '建议删除罚款，改为教育。' }), 201);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/opinions`, { body: '楼道不要给电动车充电。' }), 422, /authorName/);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/opinions`, { body: '楼道不要给电动车充电。', authorName: '廖明华' }), 422, /source/);
      ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/opinions`, { body: '楼道不要给电动车充电。', authorName: '廖明华', source: 'paper' }), 201);
      refused(await committeeB.post(`/api/v1/covenant-revisions/${revisionId}/opinions`, { body: '别村的人', authorName: '某某', source: 'paper' }), 403);
      const staffView = ok(await committee.get(`/api/v1/covenant-revisions/${revisionId}/opinions`));
      assert.deepEqual(staffView.map((o: { source: string; authorName: string; collectedBy: string | null }) => [o.source, o.authorName, o.collectedBy]), [['online', 'resident-a', null], ['paper', '廖明华', 'committee-a']]);
      refused(await resident.get(`/api/v1/covenant-revisions/${revisionId}/opinions`), 403);
      const pub = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}`));
      assert.equal(pub.opinions.length, 2);
      assert.ok(pub.opinions.every((o: Record<string, unknown>) => !('authorName' in o)), 'the public sees the opinions, not who gave them');
      const r = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'draft' }));
      assert.equal(r.state, 'drafting');
      refused(await resident.post(`/api/v1/covenant-revisions/${revisionId}/opinions`, { body: '晚了的意见' }), 409);
    });

    test('drafts are versions with stable clause ids; the screen runs on every save', async () => {
      refused(await resident.post(`/api/v1/covenant-revisions/${revisionId}/versions`, { chapters: [{ title: '总则', clauses: [{ text: '一' }] }] }), 403);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, { chapters: [{ title: '总则', clauses: [{ id: 'k999', text: '伪造的条款' }] }] }), 422, /chapters\[0\]\.clauses\[0\]\.id/);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, { chapters: [{ title: '总则', clauses: [{ id: clause.general, text: '一' }, { id: clause.general, text: '二' }] }] }), 422, /appears twice/);
      const d = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, {
        note: '第一稿',
        chapters: [
          { title: '总则', clauses: [{ id: clause.general, text: '为维护社区公共秩序，经居民会议讨论通过，制定本公约。' }] },
          { title: '公共秩序', clauses: [
            { id: clause.care, text: '爱护公共设施，不乱倒垃圾。' },
            { id: clause.fine, text: '在公共区域乱倒垃圾的，罚款200元。' },
            { text: '不在楼道内为电动自行车充电。' },
          ] },
        ],
      }), 201);
      v2 = d.id;
      assert.equal(d.number, 2);
      const ids = d.chapters.flatMap((c: { clauses: { id: string }[] }) => c.clauses.map((k) => k.id));
      clause.ebike = ids[3];
      assert.ok(!Object.values(clause).slice(0, 3).includes(clause.ebike!), 'a new clause gets a new id');
      assert.equal(d.screen.find((r: { id: string }) => r.id === clause.fine).lawful, false);
      const diff = ok(await anonymous(app).get(`/api/v1/covenant-versions/${v2}/diff?against=inForce`));
      assert.deepEqual(diff.rows.map((r: { change: string }) => r.change), ['same', 'same', 'same', 'added']);
    });

    test('a saved draft is open for comment: the village\'s residents are told once per version, no one else', async () => {
      const notices = async (c: Client) => (ok(await c.get('/api/v1/notifications')) as { kind: string; body: string; link: string | null }[]).filter((n) => n.kind === 'covenant.draftOpen');
      const mine = await notices(resident);
      assert.equal(mine.length, 1, JSON.stringify(mine));
      assert.match(mine[0]!.body, /第2版草案/);
      assert.equal(mine[0]!.link, `/v/${VILLAGE_A}/covenant`);
      assert.deepEqual(await notices(committee), [], 'staff are not sent the residents\' notice');
      assert.deepEqual(await notices(committeeB), [], 'nor another village');
    });

    test('residents comment on a clause; comments are paginated and moderated', async () => {
      refused(await resident.post(`/api/v1/covenant-revisions/${revisionId}/comments`, { clauseId: 'k999', body: '没有这一条' }), 422, /clauseId/);
      const c = ok(await resident.post(`/api/v1/covenant-revisions/${revisionId}/comments`, { clauseId: clause.fine, body: '公约不能罚款，请改成批评教育和照价赔偿。' }), 201);
      commentId = c.id;
      refused(await anonymous(app).post(`/api/v1/covenant-revisions/${revisionId}/comments`, { clauseId: clause.fine, body: '匿名' }), 401);
      // 21 more comments on another clause: 20 a page.
      for (let i = 0; i < 21; i++) ok(await resident.post(`/api/v1/covenant-revisions/${revisionId}/comments`, { clauseId: clause.ebike, body: `充电意见 ${i}` }), 201);
      const page1 = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments`));
      assert.equal(page1.items.length, 20);
      assert.ok(page1.nextCursor);
      const page2 = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments?cursor=${page1.nextCursor}`));
      assert.equal(page2.items.length, 2);
      assert.equal(page2.nextCursor, null);
      const onFine = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments?clauseId=${clause.fine}`));
      assert.deepEqual(onFine.items.map((x: { id: number }) => x.id), [commentId]);
      // Moderation, with a reason that stays visible.
      const spam = page2.items[1];
      refused(await resident.post(`/api/v1/covenant-comments/${spam.id}/hide`, { reason: '重复' }), 403);
      assert.equal((await committee.post(`/api/v1/covenant-comments/${spam.id}/hide`, { reason: '重复发送' })).statusCode, 204);
      const after = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments?cursor=${page1.nextCursor}`));
      assert.equal(after.items[1].hidden, true);
      assert.equal(after.items[1].body, '');
      assert.equal(after.items[1].hiddenReason, '重复发送');
    });

    test('review needs every comment answered; the screen goes to the township with the draft', async () => {
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'submitReview' }), 409, /covenant\.step2\.dispositions/);
      const onEbike = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments?clauseId=${clause.ebike}`));
      for (const c of onEbike.items.filter((x: { hidden: boolean }) => !x.hidden)) {
        assert.equal((await committee.post(`/api/v1/covenant-comments/${c.id}/disposition`, { disposition: 'notAdopted', reason: '充电棚建设另行议事协商' })).statusCode, 204);
      }
      for (const c of (ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments?clauseId=${clause.ebike}&cursor=${onEbike.nextCursor}`)).items)) {
        if (!c.hidden) assert.equal((await committee.post(`/api/v1/covenant-comments/${c.id}/disposition`, { disposition: 'notAdopted', reason: '充电棚建设另行议事协商' })).statusCode, 204);
      }
      refused(await committee.post(`/api/v1/covenant-comments/${commentId}/disposition`, { disposition: 'adopted' }), 422, /reason/);
      assert.equal((await committee.post(`/api/v1/covenant-comments/${commentId}/disposition`, { disposition: 'adopted', reason: '将在审核后改写' })).statusCode, 204);
      const r = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'submitReview' }));
      assert.equal(r.state, 'review');
      const f = r.findings.find((x: { clauseId: string }) => x.clauseId === clause.fine);
      assert.equal(f.rule, 'fine');
      assert.match(f.basis, /行政处罚法/);
      assert.match(f.excerpt, /罚款200元/);
      // The draft is frozen during the review.
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, { chapters: [{ title: '总则', clauses: [{ id: clause.general, text: '一' }] }] }), 409);
    });

    test('the township cannot approve with an undecided or "must change" finding, and returns the draft', async () => {
      const r = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}`));
      const f = r.findings.find((x: { clauseId: string }) => x.clauseId === clause.fine);
      // The township's queue lists it; another township's does not.
      // The township was told (in-app) that a draft awaits its review.
      const inbox = ok(await township.get('/api/v1/notifications'));
      assert.ok(JSON.stringify(inbox).includes('covenant.submitReview'), JSON.stringify(inbox).slice(0, 300));
      const queue = ok(await township.get(`/api/v1/jurisdictions/${TOWNSHIP}/covenant-revisions`));
      assert.deepEqual(queue.map((q: { id: number; state: string }) => [q.id, q.state]), [[revisionId, 'review']]);
      refused(await otherTownship.get(`/api/v1/jurisdictions/${TOWNSHIP}/covenant-revisions`), 403);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'approve' }), 403);
      refused(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'approve' }), 409, /covenant\.review\.undecided/);
      refused(await committee.post(`/api/v1/covenant-findings/${f.id}/decision`, { decision: 'lawful', reason: '我觉得合法' }), 403);
      refused(await otherTownship.post(`/api/v1/covenant-findings/${f.id}/decision`, { decision: 'lawful', reason: '别的乡镇' }), 403);
      assert.equal((await township.post(`/api/v1/covenant-findings/${f.id}/decision`, { decision: 'mustChange', reason: '村规民约无权设定罚款' })).statusCode, 204);
      refused(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'approve' }), 409, /covenant\.review\.mustChange/);
      refused(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'returnDraft' }), 409, /covenant\.review\.reason/);
      const back = ok(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'returnDraft', reason: '第三条设定罚款，须改为批评教育或照价赔偿' }));
      assert.equal(back.state, 'drafting');
      const events = back.timeline.map((e: { type: string }) => e.type);
      assert.deepEqual(events, ['start', 'draft', 'submitReview', 'returnDraft']);
      assert.ok(back.timeline.every((e: Record<string, unknown>) => !('actorLabel' in e)), 'the public timeline names roles, not accounts');
    });

    test('the fine is rewritten; the comment stays on its clause through the redrafts; diffs by clause id', async () => {
      const d3 = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, {
        note: '按审核意见删除罚款',
        chapters: [
          { title: '总则', clauses: [{ id: clause.general, text: '为维护社区公共秩序，经居民会议讨论通过，制定本公约。' }] },
          { title: '公共秩序', clauses: [
            { id: clause.care, text: '爱护公共设施，不乱倒垃圾。' },
            { id: clause.fine, text: '在公共区域乱倒垃圾的，由居委会批评教育，责令限期清理；造成损失的，照价赔偿。' },
            { id: clause.ebike, text: '不在楼道内为电动自行车充电。' },
            { text: '损坏小区路灯的，赔偿500元。' },
          ] },
        ],
      }), 201);
      v3 = d3.id;
      assert.equal(d3.screen.find((r: { id: string }) => r.id === clause.fine).lawful, true);
      const lamp = d3.screen.find((r: { lawful: boolean }) => !r.lawful);
      clause.lamp = lamp.id;
      assert.equal(lamp.findings[0].rule, 'fine-disguised');
      // A second redraft moves the ebike clause to its own chapter: the id follows it.
      const d4 = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/versions`, {
        note: '调整章节',
        chapters: [
          { title: '总则', clauses: [{ id: clause.general, text: '为维护社区公共秩序，经居民会议讨论通过，制定本公约。' }] },
          { title: '公共秩序', clauses: [
            { id: clause.care, text: '爱护公共设施，不乱倒垃圾。' },
            { id: clause.fine, text: '在公共区域乱倒垃圾的，由居委会批评教育，责令限期清理；造成损失的，照价赔偿。' },
            { id: clause.lamp, text: '损坏小区路灯的，赔偿500元。' },
          ] },
          { title: '消防安全', clauses: [{ id: clause.ebike, text: '不在楼道内为电动自行车充电。' }] },
        ],
      }), 201);
      v4 = d4.id;
      const diff23 = ok(await anonymous(app).get(`/api/v1/covenant-versions/${v3}/diff?against=${v2}`));
      assert.deepEqual(diff23.rows.map((r: { clauseId: string; change: string }) => [r.clauseId, r.change]), [[clause.general, 'same'], [clause.care, 'same'], [clause.fine, 'changed'], [clause.ebike, 'same'], [clause.lamp, 'added']]);
      const diff34 = ok(await anonymous(app).get(`/api/v1/covenant-versions/${v4}/diff?against=${v3}`));
      assert.deepEqual(diff34.rows.map((r: { clauseId: string; change: string }) => [r.clauseId, r.change]), [[clause.general, 'same'], [clause.care, 'same'], [clause.fine, 'same'], [clause.lamp, 'moved'], [clause.ebike, 'moved']]);
      const vsInForce = ok(await anonymous(app).get(`/api/v1/covenant-versions/${v4}/diff?against=inForce`));
      assert.equal(vsInForce.rows.find((r: { clauseId: string }) => r.clauseId === clause.fine).before.text, '在公共区域乱倒垃圾的，罚款200元。');
      const onFine = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}/comments?clauseId=${clause.fine}`));
      assert.deepEqual(onFine.items.map((c: { id: number; versionId: number; disposition: string; dispositionReason: string }) => [c.id, c.versionId, c.disposition]), [[commentId, v2, 'adopted']]);
      const r = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}`));
      assert.equal(r.draft.id, v4);
      assert.deepEqual(r.versions.map((v: { number: number }) => v.number), [4, 3, 2]);
      const vClause = r.draft.chapters.flatMap((c: { clauses: { id: string; label: string }[] }) => c.clauses).find((k: { id: string }) => k.id === clause.fine);
      assert.equal(vClause.label, '第三条');
      // Each new version opens for comment again: one notice per version, never twice for the same one.
      const draftNotices = (ok(await resident.get('/api/v1/notifications')) as { kind: string; body: string }[]).filter((n) => n.kind === 'covenant.draftOpen');
      assert.deepEqual(draftNotices.map((n) => /第(\d+)版/.exec(n.body)?.[1]), ['4', '3', '2']);
    });

    test('the reviewer overrides a finding on the record; approval; the vote needs the residents\' meeting, a passed motion and women present', async () => {
      ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'submitReview' }));
      const r = ok(await anonymous(app).get(`/api/v1/covenant-revisions/${revisionId}`));
      assert.deepEqual(r.findings.map((f: { clauseId: string; rule: string }) => [f.clauseId, f.rule]), [[clause.lamp, 'fine-disguised']]);
      assert.equal((await township.post(`/api/v1/covenant-findings/${r.findings[0].id}/decision`, { decision: 'lawful', reason: '小区路灯单价经核实为500元，属照价赔偿' })).statusCode, 204);
      const approved = ok(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'approve' }));
      assert.equal(approved.state, 'approved');
      assert.equal(approved.findings[0].decisionReason, '小区路灯单价经核实为500元，属照价赔偿');

      // A meeting of another kind does not adopt a covenant; the residents' meeting does.
      const wrong = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/meetings`, { kind: 'groupMeeting', title: '第一居民小组会议', meetingDate: '2026-11-23', place: '社区活动室', agenda: '居民公约草案', procedureId: revisionId, eligible: { adults: 2, households: 1 }, localNoticeDays: 0 }), 201);
      const meeting = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/meetings`, { kind: 'residentsMeeting', title: '居民会议', meetingDate: '2026-11-23', place: '社区活动室', agenda: '审议表决居民公约修订草案', procedureId: revisionId, localNoticeDays: 0 }), 201);
      ok(await committee.post(`/api/v1/meetings/${meeting.id}/attendance`, { persons: 2 }));
      const voted = ok(await committee.post(`/api/v1/meetings/${meeting.id}/motions`, { title: '表决通过居民公约（2026年修订）', for: 2, against: 0, abstain: 0 }));
      const motionId = voted.motions[0].id;
      assert.equal(voted.motions[0].passed, true);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'vote', meetingId: wrong.id, motionId, womenPresent: 1 }), 409, /covenant\.vote\.(kind|motion)/);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'vote', meetingId: meeting.id, motionId, womenPresent: 0 }), 409, /covenant\.vote\.women/);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'vote', meetingId: meeting.id, motionId, womenPresent: 3 }), 409, /covenant\.vote\.women/);
      refused(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'vote', meetingId: meeting.id, motionId, womenPresent: 1 }), 403, /covenants\.manage/);
      const adopted = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'vote', meetingId: meeting.id, motionId, womenPresent: 1 }));
      assert.equal(adopted.state, 'adopted');
      assert.equal(adopted.context.womenPresent, 1);
      assert.equal(adopted.context.adoptedOn, '2026-11-23');
    });

    test('filed by the township, published by the committee to the ledger; the printable covenant', async () => {
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'publish' }), 409, /order/);
      refused(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'file' }), 403, /covenants\.file/);
      now = new Date('2026-11-23T08:00:00Z'); // later the same day (sessions stay valid)
      const filed = ok(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'file' }));
      assert.equal(filed.state, 'filed');
      assert.equal(filed.context.filedOn, '2026-11-23');
      refused(await township.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'publish' }), 403, /covenants\.manage/);
      const published = ok(await committee.post(`/api/v1/covenant-revisions/${revisionId}/steps`, { type: 'publish' }));
      assert.equal(published.state, 'published');
      assert.deepEqual(published.timeline.map((e: { type: string }) => e.type), ['start', 'draft', 'submitReview', 'returnDraft', 'submitReview', 'approve', 'vote', 'file', 'publish']);
      const page = ok(await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/covenant`));
      assert.equal(page.inForce.id, v4);
      assert.equal(page.inForce.status, 'inForce');
      assert.match(page.inForce.ledgerHash, /^[0-9a-f]{64}$/);
      assert.deepEqual(page.versions.map((v: { number: number; status: string }) => [v.number, v.status]), [[4, 'inForce'], [1, 'superseded']]);
      const entries = ok(await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`));
      assert.equal(entries.ok, true, JSON.stringify(entries));
      const pdf = await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/covenant.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      // A new revision may start now.
      ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant-revisions`, { title: '2027年修订' }), 201);
    });

    test('rolls: a penalty is refused, the clause is named, the warning roll is the village\'s own', async () => {
      refused(await resident.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'honor', personName: '某', clauseId: clause.care, description: '好人好事', evidence: '记录', recordedOn: '2026-11-23' }), 403);
      refused(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', residentId: world.residents.A[1], clauseId: clause.fine, description: '乱倒垃圾，上黑榜并罚款200元', evidence: '网格员照片记录', recordedOn: '2026-11-23' }), 422, /covenant-screen\.fine/);
      refused(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', residentId: world.residents.A[1], clauseId: 'k999', description: '乱倒垃圾', evidence: '记录', recordedOn: '2026-11-23' }), 422, /clauseId/);
      refused(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', residentId: world.residents.B[0], clauseId: clause.fine, description: '乱倒垃圾', evidence: '记录', recordedOn: '2026-11-23' }), 422, /residentId/);
      const w = ok(await grid.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', residentId: world.residents.A[1], clauseId: clause.fine, description: '11月20日在小区门口乱倒建筑垃圾，经劝导未清理', evidence: '网格员巡查记录及照片（存档）', recordedOn: '2026-11-23' }), 201);
      assert.equal(w.personName, '谭秀英');
      assert.equal(w.clauseLabel, '第三条');
      assert.equal(w.expiresOn, '2027-05-22', '180 days by default');
      ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'honor', personName: '廖明华', clauseId: clause.care, description: '主动清理楼道杂物', evidence: '居民小组评议', recordedOn: '2026-11-23' }), 201);
      const honor = ok(await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/covenant/honor-roll`));
      assert.deepEqual(honor.map((e: { personName: string }) => e.personName), ['廖明华']);
      refused(await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`), 401);
      refused(await committeeB.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`), 403);
      const seen = ok(await resident.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`));
      assert.deepEqual(seen.map((e: { personName: string; clauseLabel: string; mine: boolean }) => [e.personName, e.clauseLabel, e.mine]), [['谭秀英', '第三条', true]]);
      assert.ok(!('evidence' in seen[0]), 'residents see the entry, not the evidence file');
      // Appeal by the person named, decided by another member of the evaluation group.
      ok(await resident.post(`/api/v1/covenant-roll/${w.id}/appeal`, { text: '垃圾不是我倒的，是装修队倒的。' }));
      refused(await resident.post(`/api/v1/covenant-roll/${w.id}/appeal`, { text: '再申诉' }), 409);
      refused(await grid.post(`/api/v1/covenant-roll/${w.id}/appeal-decision`, { decision: 'upheld', reason: '维持' }), 403);
      refused(await resident.post(`/api/v1/covenant-roll/${w.id}/appeal-decision`, { decision: 'removed', reason: '自己决定' }), 403);
      ok(await supervisor.post(`/api/v1/covenant-roll/${w.id}/appeal-decision`, { decision: 'removed', reason: '经核实系装修公司所为，撤销' }));
      assert.deepEqual(ok(await resident.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`)), []);
      const staff = ok(await committee.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`));
      assert.equal(staff[0].appealDecision, 'removed');
    });

    test('a warning expires after the period the village set', async () => {
      refused(await committee.request({ method: 'PUT', url: `/api/v1/villages/${VILLAGE_A}/covenant/settings`, payload: { warningDays: 7 } }), 422, /warningDays/);
      assert.equal((await committee.request({ method: 'PUT', url: `/api/v1/villages/${VILLAGE_A}/covenant/settings`, payload: { warningDays: 30 } })).statusCode, 204);
      const old = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', personName: '王某', clauseId: clause.care, description: '楼道堆放杂物，经劝导未清理', evidence: '网格员记录', recordedOn: '2026-10-20' }), 201);
      assert.equal(old.expiresOn, '2026-11-19');
      const fresh = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', personName: '李某', clauseId: clause.care, description: '楼道堆放杂物，经劝导未清理', evidence: '网格员记录', recordedOn: '2026-11-23' }), 201);
      assert.equal(fresh.expiresOn, '2026-12-23');
      // Only the person named appeals (or the committee enters an appeal received on paper).
      refused(await resident.post(`/api/v1/covenant-roll/${fresh.id}/appeal`, { text: '不是我' }), 403);
      ok(await committee.post(`/api/v1/covenant-roll/${fresh.id}/appeal`, { text: '李某书面申诉：杂物已清理' }));
      assert.deepEqual(ok(await resident.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`)).map((e: { personName: string }) => e.personName), ['李某']);
      const staff = ok(await committee.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`));
      assert.equal(staff.find((e: { personName: string }) => e.personName === '王某').expired, true);
    });

    test('the permission chain on covenant records: the person named appeals as the owner, not another\'s entry; a missing record is a 404', async () => {
      const entry = (residentId: number) => committee.post(`/api/v1/villages/${VILLAGE_A}/covenant/roll`, { kind: 'warning', residentId, clauseId: clause.care, description: '楼道堆放杂物，经劝导未清理', evidence: '网格员记录', recordedOn: '2026-11-23' });
      // 廖明华's entry: resident-a (谭秀英) holds no grant that allows an appeal and does not own it.
      const other = ok(await entry(world.residents.A[0]!), 201);
      const denied = await resident.post(`/api/v1/covenant-roll/${other.id}/appeal`, { text: '替别人申诉' });
      refused(denied, 403, /does not own covenantRollEntry/);
      assert.equal(ok(await committee.get(`/api/v1/villages/${VILLAGE_A}/covenant/warning-roll`)).find((e: { id: number }) => e.id === other.id).appealText, null, 'nothing written');
      // Her own entry: allowed as its owner, audited in her own capacity.
      const mine = ok(await entry(world.residents.A[1]!), 201);
      const appealed = ok(await resident.post(`/api/v1/covenant-roll/${mine.id}/appeal`, { text: '杂物已经清理' }));
      assert.equal(appealed.appealText, '杂物已经清理');
      const { sql } = await import('kysely');
      const rows = (await sql<{ capacityRole: string }>`SELECT capacity_role AS "capacityRole" FROM audit_log WHERE action = 'covenants.appeal' AND target_id = ${String(mine.id)}`.execute(world.platform.database.db)).rows;
      assert.deepEqual(rows.map((r) => r.capacityRole), ['self']);
      // Another village's staff are refused on the record's own village, whatever id they name.
      refused(await committeeB.post(`/api/v1/covenant-roll/${other.id}/appeal`, { text: '越权' }), 403);
      refused(await committeeB.get(`/api/v1/covenant-revisions/${revisionId}/opinions`), 403);
      // Missing records (and ids no row can have) are 404s from the loaders, before any handler.
      refused(await resident.post('/api/v1/covenant-roll/999999/appeal', { text: '没有这条' }), 404);
      refused(await resident.post('/api/v1/covenant-roll/99999999999/appeal', { text: '没有这条' }), 404);
      refused(await committee.get('/api/v1/covenant-revisions/999999/opinions'), 404);
      refused(await committee.post('/api/v1/covenant-comments/999999/hide', { reason: '不存在的留言' }), 404);
      refused(await township.post('/api/v1/covenant-findings/999999/decision', { decision: 'lawful', reason: '不存在的意见' }), 404);
      // A major matter shares the procedure table but is not a revision.
      const matter = ok(await committee.post(`/api/v1/villages/${VILLAGE_A}/matters`, { title: '社区停车位划线', description: '方案见附件，按“四议两公开”程序决策。' }), 201);
      refused(await committee.get(`/api/v1/covenant-revisions/${matter.id}/opinions`), 404);
      refused(await committee.post(`/api/v1/covenant-revisions/${matter.id}/steps`, { type: 'draft' }), 404);
      refused(await anonymous(app).get(`/api/v1/covenant-revisions/999999/opinions`), 401);
    });

    test('the named rule over HTTP', async () => {
      const r = ok(await anonymous(app).post('/api/v1/rules/covenant-screen', { clauses: [{ id: 'a', text: '违者停水停电。' }, { id: 'b', text: '倡导红白喜事简办。' }] }));
      assert.deepEqual(r.results.map((x: { id: string; lawful: boolean }) => [x.id, x.lawful]), [['a', false], ['b', true]]);
      refused(await anonymous(app).post('/api/v1/rules/covenant-screen', { clauses: [{ id: 'a', text: '' }] }), 422, /clauses\[0\]\.text/);
    });
  });
}
