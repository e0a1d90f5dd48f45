// Notification preferences, the daily digest and SMS delivery on both databases: a person who
// chose the digest gets one message for the day instead of one per event; an SMS copy goes to
// the phone they gave (at once or in the digest); pending SMS rows (one-time codes included) are
// delivered by the development sink, and a failing adapter leaves them pending with the error.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { runDailyDigest } from '../../src/core/notifications/digest.ts';
import { notificationsManifest } from '../../src/core/notifications/manifest.ts';
import { issuePhoneCode, notify } from '../../src/core/notifications/notifications.ts';
import { deliverPendingSms, FileSmsSink, pendingSms, SMS_MAX_ATTEMPTS, type SmsAdapter } from '../../src/core/notifications/sms.ts';
import { backends } from '../support/backends.ts';
import { openWorld, VILLAGE_A, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs, type Client } from '../support/http.ts';

const now = new Date('2026-11-20T12:00:00Z');

for (const backend of backends()) {
  describe(`notification preferences, digest and SMS on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    let committee: Client, resident: Client, grid: Client;
    let dir: string;
    const put = (c: Client, payload: unknown) => c.request({ method: 'PUT', url: '/api/v1/notifications/preferences', payload: payload as object });
    const accountId = async (username: string) => Number((await sql<{ id: number }>`SELECT id FROM account WHERE username = ${username}`.execute(world.platform.database.db)).rows[0]!.id);
    before(async () => {
      world = await openWorld(backend, { now: () => now });
      app = await appFor(world);
      [committee, resident, grid] = await Promise.all([loginAs(app, 'committeeA'), loginAs(app, 'residentA'), loginAs(app, 'gridA')]);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-sms-'));
    });
    after(async () => { await app.close(); await world.cleanup(); fs.rmSync(dir, { recursive: true, force: true }); });

    test('preferences: defaults, validation, saved per person', async () => {
      const d = await committee.get('/api/v1/notifications/preferences');
      assert.equal(d.statusCode, 200);
      assert.deepEqual(d.json(), { inApp: 'immediate', sms: 'off', phone: null, smsAdapter: null });
      assert.equal((await anonymous(app).get('/api/v1/notifications/preferences')).statusCode, 401);
      const noPhone = await put(committee, { inApp: 'digest', sms: 'immediate' });
      assert.equal(noPhone.statusCode, 422);
      assert.equal(noPhone.json().errors[0].rule, 'notification.phoneRequired');
      const badPhone = await put(committee, { inApp: 'digest', sms: 'digest', phone: '12345' });
      assert.equal(badPhone.json().errors[0].rule, 'phone.mobile');
      assert.equal((await put(committee, { inApp: 'weekly', sms: 'off' })).statusCode, 422);
      const ok = await put(committee, { inApp: 'digest', sms: 'digest', phone: '138 0000 2222' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().phone, '13800002222');
      assert.equal((await put(grid, { inApp: 'immediate', sms: 'immediate', phone: '13800003333' })).statusCode, 200);
      assert.deepEqual((await resident.get('/api/v1/notifications/preferences')).json().inApp, 'immediate', 'others unchanged');
      const audit = await sql<{ after: unknown }>`SELECT after FROM audit_log WHERE action = 'notifications.preferences'`.execute(world.platform.database.db);
      assert.equal(audit.rows.length, 2);
      assert.ok(audit.rows.every((r) => !JSON.stringify(r.after).includes('13800002222') && !JSON.stringify(r.after).includes('13800003333')), 'no whole phone in the audit log');
      assert.ok(JSON.stringify(audit.rows).includes('138****2222'));
    });

    test('events for a digest reader are held and summarised in one message', async () => {
      const db = world.platform.database.db;
      // Two events through the real routes (a wish posted twice notifies the committee twice)…
      for (const title of ['修水龙头', '陪同就医']) assert.equal((await resident.post(`/api/v1/villages/${VILLAGE_A}/wishes`, { title, description: '请帮忙' })).statusCode, 201);
      // …and a third directly, plus one the same key again (sent once).
      const c = await accountId('committee-a');
      assert.equal(await notify(db, [{ accountId: c, jurisdictionCode: VILLAGE_A, kind: 'test.reminder', subject: '公开事项即将到期', body: '第三季度财务公开', dedupeKey: 'k1' }]), 1);
      assert.equal(await notify(db, [{ accountId: c, jurisdictionCode: VILLAGE_A, kind: 'test.reminder', subject: '公开事项即将到期', body: '第三季度财务公开', dedupeKey: 'k1' }]), 0);
      assert.deepEqual((await committee.get('/api/v1/notifications')).json(), [], 'held, not shown one by one');
      // The grid worker (immediate) sees an event at once and gets an SMS copy pending.
      const g = await accountId('grid-a');
      await notify(db, [{ accountId: g, jurisdictionCode: VILLAGE_A, kind: 'test.now', subject: '会议通知', body: '周五开会', dedupeKey: 'k2' }]);
      assert.equal((await grid.get('/api/v1/notifications')).json().length, 1);
      assert.equal(await runDailyDigest(db, now), 2, 'one in-app and one SMS digest for the committee member');
      assert.equal(await runDailyDigest(db, now), 0, 'nothing held any more');
      const inbox = (await committee.get('/api/v1/notifications')).json() as { kind: string; subject: string; body: string }[];
      assert.equal(inbox.length, 1);
      assert.equal(inbox[0]!.kind, 'digest');
      assert.equal(inbox[0]!.subject, '2026-11-20 通知摘要（3 条）');
      assert.match(inbox[0]!.body, /修水龙头[\s\S]*陪同就医[\s\S]*第三季度财务公开/);
    });

    test('pending SMS (codes, copies, digests) are delivered by the file sink', async () => {
      const db = world.platform.database.db;
      await issuePhoneCode(db, '13900004444', 'feedback', VILLAGE_A, now);
      const pending = await pendingSms(db);
      assert.deepEqual(pending.map((p) => p.phone).sort(), ['13800002222', '13800003333', '13900004444'], 'a digest, a copy and a code; not the held SMS copies');
      // A failing gateway leaves them pending with the error, counting tries.
      const broken: SmsAdapter = { name: 'broken', send: async () => { throw new Error('gateway unreachable'); } };
      assert.deepEqual(await deliverPendingSms(db, broken, now), { sent: 0, failed: 3 });
      const after1 = await pendingSms(db);
      assert.ok(after1.every((p) => p.attempts === 1 && p.lastError === 'gateway unreachable'));
      const file = path.join(dir, 'sms.jsonl');
      assert.deepEqual(await deliverPendingSms(db, new FileSmsSink(file), now), { sent: 3, failed: 0 });
      assert.deepEqual(await pendingSms(db), []);
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { phone: string; body: string });
      assert.match(lines.find((l) => l.phone === '13900004444')!.body, /验证码是 \d{6}/);
      assert.match(lines.find((l) => l.phone === '13800002222')!.body, /^【共治】2026-11-20 您有 3 条通知/);
      assert.equal(lines.find((l) => l.phone === '13800003333')!.body, '周五开会');
      assert.deepEqual(await deliverPendingSms(db, new FileSmsSink(file), now), { sent: 0, failed: 0 }, 'sent once');
      // A row that keeps failing stops being retried after the limit.
      await notify(db, [{ channel: 'sms', phone: '13900005555', jurisdictionCode: VILLAGE_A, kind: 'test', subject: 's', body: 'b' }]);
      for (let i = 0; i < SMS_MAX_ATTEMPTS + 2; i++) await deliverPendingSms(db, broken, now);
      const stuck = await pendingSms(db);
      assert.equal(stuck.length, 1);
      assert.equal(stuck[0]!.attempts, SMS_MAX_ATTEMPTS);
    });

    test('the scheduled jobs: SMS delivery follows GONGZHI_SMS, the digest runs daily', async () => {
      const db = world.platform.database.db;
      const jobs = new Map((notificationsManifest.jobs ?? []).map((j) => [j.name, j]));
      assert.equal(jobs.get('notifications-daily-digest')?.cron, '0 20 * * *');
      const deliver = jobs.get('notifications-deliver-sms')!;
      const ctx = { config: world.platform.config, db, log: world.platform.log, now: () => now };
      await issuePhoneCode(db, '13900006666', 'feedback', VILLAGE_A, now);
      const saved = { sms: process.env.GONGZHI_SMS, file: process.env.GONGZHI_SMS_FILE };
      const file = path.join(dir, 'job.jsonl');
      try {
        delete process.env.GONGZHI_SMS;
        await deliver.run(ctx);
        assert.ok((await pendingSms(db)).some((p) => p.phone === '13900006666'), 'no adapter: stays pending');
        process.env.GONGZHI_SMS = 'file';
        process.env.GONGZHI_SMS_FILE = file;
        await deliver.run(ctx);
        assert.ok(!(await pendingSms(db)).some((p) => p.phone === '13900006666'));
        assert.match(fs.readFileSync(file, 'utf8'), /13900006666/);
      } finally {
        if (saved.sms === undefined) delete process.env.GONGZHI_SMS; else process.env.GONGZHI_SMS = saved.sms;
        if (saved.file === undefined) delete process.env.GONGZHI_SMS_FILE; else process.env.GONGZHI_SMS_FILE = saved.file;
      }
    });
  });
}
