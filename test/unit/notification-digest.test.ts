// The digest text (in-app lists every message; SMS fits one long message), mobile numbers, and the
// SMS adapter chosen by GONGZHI_SMS (a wrong value fails with the variable's name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/core/config.ts';
import { digestText, SMS_DIGEST_MAX_CHARS } from '../../src/core/notifications/digest.ts';
import { chinaDate } from '../../src/core/time.ts';
import { normaliseMobile } from '../../src/core/notifications/preferences.ts';
import { FileSmsSink, smsAdapterFromEnv } from '../../src/core/notifications/sms.ts';

test('in-app digest lists every message with its text', () => {
  const d = digestText([{ subject: '新的微心愿待审核', body: '修水龙头' }, { subject: '公开事项即将到期', body: '' }], 'inApp', '2026-11-20');
  assert.equal(d.subject, '2026-11-20 通知摘要（2 条）');
  assert.equal(d.body, '1. 新的微心愿待审核：修水龙头\n2. 公开事项即将到期');
});

test('SMS digest stays within one long message and says how many', () => {
  const items = Array.from({ length: 40 }, (_, i) => ({ subject: `第${i + 1}条通知的标题`, body: 'x' }));
  const d = digestText(items, 'sms', '2026-11-20');
  assert.ok(d.body.length <= SMS_DIGEST_MAX_CHARS, `${d.body.length} chars`);
  assert.match(d.body, /您有 40 条通知/);
  assert.match(d.body, /等。详情请登录查看。$/);
  const short = digestText([{ subject: '会议通知', body: '' }], 'sms', '2026-11-20');
  assert.equal(short.body, '【共治】2026-11-20 您有 1 条通知：会议通知。详情请登录查看。');
});

test('the China day of an instant', () => {
  assert.equal(chinaDate(new Date('2026-11-20T15:59:59Z')), '2026-11-20');
  assert.equal(chinaDate(new Date('2026-11-20T16:00:00Z')), '2026-11-21');
});

test('mobile numbers', () => {
  const cases: [string, string | null][] = [
    ['13800001111', '13800001111'], ['138 0000 1111', '13800001111'], ['+8613800001111', '13800001111'], ['138-0000-1111', '13800001111'],
    ['12800001111', null], ['1380000111', null], ['023-70601234', null], ['', null],
  ];
  for (const [raw, want] of cases) assert.equal(normaliseMobile(raw), want, raw);
});

test('GONGZHI_SMS selects the adapter; unknown values fail loudly', async () => {
  assert.equal(smsAdapterFromEnv({}, '/data'), null);
  assert.equal(smsAdapterFromEnv({ GONGZHI_SMS: 'none' }, '/data'), null);
  const a = smsAdapterFromEnv({ GONGZHI_SMS: 'file' }, '/data');
  assert.ok(a instanceof FileSmsSink);
  assert.equal(a.file, path.resolve('/data/sms-outbox.jsonl'));
  assert.throws(() => smsAdapterFromEnv({ GONGZHI_SMS: 'aliyun' }, '/data'), (e: unknown) => e instanceof ConfigError && /GONGZHI_SMS/.test(e.message));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-sms-'));
  try {
    const sink = smsAdapterFromEnv({ GONGZHI_SMS: 'file', GONGZHI_SMS_FILE: path.join(dir, 'out.jsonl') }, '/data')!;
    assert.equal(await sink.send({ id: 7, phone: '13800001111', body: '验证码 123456' }, new Date('2026-11-20T02:00:00Z')), 'file:7');
    const lines = fs.readFileSync(path.join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines, [{ at: '2026-11-20T02:00:00.000Z', id: 7, phone: '13800001111', body: '验证码 123456' }]);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});
