import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Fastify, { type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../../src/core/config.ts';
import {
  AppError, bi, fieldError, langOf, sendProblem, toProblem, zodIssuesToFieldErrors, type ProblemKind,
} from '../../src/core/errors.ts';

test('loadConfig: defaults for an empty environment', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.HOST, '0.0.0.0');
  assert.equal(c.DATABASE_URL, undefined, 'embedded database by default');
  assert.equal(c.GONGZHI_DATA_DIR, './data');
  assert.equal(c.dataDir, path.resolve('./data'));
  assert.ok(path.isAbsolute(c.dataDir));
  assert.equal(c.LOG_LEVEL, 'info');
  assert.equal(c.SESSION_HOURS, 12);
  assert.equal(c.COOKIE_SECURE, false);
  assert.equal(c.NODE_ENV, 'development');
});

test('loadConfig: values from the environment are coerced', () => {
  const c = loadConfig({
    PORT: '8080', HOST: '127.0.0.1', DATABASE_URL: 'postgres://u:p@db:5432/gongzhi', GONGZHI_DATA_DIR: '/var/lib/gongzhi',
    LOG_LEVEL: 'warn', SESSION_HOURS: '8', COOKIE_SECURE: 'true', NODE_ENV: 'production',
  });
  assert.equal(c.PORT, 8080);
  assert.equal(c.HOST, '127.0.0.1');
  assert.equal(c.DATABASE_URL, 'postgres://u:p@db:5432/gongzhi');
  assert.equal(c.dataDir, '/var/lib/gongzhi');
  assert.equal(c.LOG_LEVEL, 'warn');
  assert.equal(c.SESSION_HOURS, 8);
  assert.equal(c.COOKIE_SECURE, true);
  assert.equal(c.NODE_ENV, 'production');
  assert.equal(loadConfig({ COOKIE_SECURE: 'false' }).COOKIE_SECURE, false);
});

test('loadConfig: a bad value fails with a ConfigError naming the variable', () => {
  const cases: [Record<string, string>, string][] = [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ SESSION_HOURS: '0' }, 'SESSION_HOURS'],
    [{ SESSION_HOURS: String(24 * 30 + 1) }, 'SESSION_HOURS'],
    [{ SESSION_HOURS: 'twelve' }, 'SESSION_HOURS'],
    [{ COOKIE_SECURE: 'yes' }, 'COOKIE_SECURE'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
  ];
  for (const [env, variable] of cases) {
    assert.throws(() => loadConfig(env), (e: unknown) => {
      assert.ok(e instanceof ConfigError, `${JSON.stringify(env)}: a ConfigError`);
      assert.match(e.message, new RegExp(`^\\s+${variable}: `, 'm'), `${JSON.stringify(env)}: ${e.message}`);
      assert.match(e.message, /配置错误/);
      assert.match(e.message, /invalid configuration/);
      return true;
    });
  }
});

test('loadConfig: every bad variable is reported at once', () => {
  assert.throws(() => loadConfig({ PORT: 'x', SESSION_HOURS: '0', LOG_LEVEL: 'loud' }), (e: unknown) => {
    assert.ok(e instanceof ConfigError);
    for (const v of ['PORT', 'SESSION_HOURS', 'LOG_LEVEL']) assert.match(e.message, new RegExp(`^\\s+${v}: `, 'm'), v);
    assert.doesNotMatch(e.message, /HOST/);
    return true;
  });
});

test('loadConfig: an empty PORT does not silently become port 0 (a random port)', () => {
  // `PORT=` (set but empty) is a common slip in env files and compose files. It must either
  // fall back to the default or fail loudly; Number('') === 0 makes it listen on a random port.
  let port: number | null = null;
  try { port = loadConfig({ PORT: '' }).PORT; } catch (e) { assert.ok(e instanceof ConfigError); }
  assert.notEqual(port, 0);
});

const fakeReq = (acceptLanguage?: string) => ({ headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage } }) as unknown as FastifyRequest;

test('langOf: English only when the first preference is English', () => {
  const cases: [string | undefined, 'en' | 'zh-CN'][] = [
    ['en-US', 'en'], ['en', 'en'], ['EN-gb,en;q=0.9', 'en'], [' en-US', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'], ['zh-TW', 'zh-CN'], ['fr-FR,en;q=0.5', 'zh-CN'], ['', 'zh-CN'], [undefined, 'zh-CN'],
  ];
  for (const [h, lang] of cases) assert.equal(langOf(fakeReq(h)), lang, String(h));
});

test('toProblem: RFC 9457 shape with both languages and named fields', () => {
  const err = AppError.validation([
    fieldError('body.population', 'schema.too_small', bi('人口不能为负数', 'Population cannot be negative')),
    fieldError('body.officePhone', 'phone.format', bi('电话格式错误', 'Bad phone')),
  ]);
  const en = toProblem(err, 'en', '/api/v1/jurisdictions/500230210001/profile');
  assert.deepEqual(en, {
    type: 'https://gongzhi.example/problems/validation',
    title: 'The request is not valid',
    status: 422,
    detail: 'The request is not valid',
    instance: '/api/v1/jurisdictions/500230210001/profile',
    messages: { 'zh-CN': '提交的内容有误', en: 'The request is not valid' },
    errors: [
      { field: 'body.population', rule: 'schema.too_small', message: 'Population cannot be negative', messages: { 'zh-CN': '人口不能为负数', en: 'Population cannot be negative' } },
      { field: 'body.officePhone', rule: 'phone.format', message: 'Bad phone', messages: { 'zh-CN': '电话格式错误', en: 'Bad phone' } },
    ],
  });
  const zh = toProblem(err, 'zh-CN');
  assert.equal(zh.title, '提交的内容有误');
  assert.equal(zh.detail, '提交的内容有误');
  assert.equal(zh.errors?.[0]?.message, '人口不能为负数');
  assert.ok(!('instance' in zh), 'no instance when none is given');
});

test('toProblem: status and title per kind; no errors key without field errors; extra fields kept', () => {
  const statuses: Record<ProblemKind, number> = {
    validation: 422, unauthenticated: 401, forbidden: 403, 'not-found': 404, conflict: 409,
    locked: 423, 'rate-limited': 429, 'too-large': 413, internal: 500,
  };
  for (const [kind, status] of Object.entries(statuses) as [ProblemKind, number][]) {
    const p = toProblem(new AppError(kind, bi('中文说明', 'English detail')), 'en');
    assert.equal(p.status, status, kind);
    assert.equal(p.type, `https://gongzhi.example/problems/${kind}`);
    assert.equal(p.detail, 'English detail');
    assert.deepEqual(p.messages, { 'zh-CN': '中文说明', en: 'English detail' });
    assert.ok(!('errors' in p), kind);
    assert.ok(p.title.length > 0 && p.title !== toProblem(new AppError(kind, bi('x', 'y')), 'zh-CN').title, `${kind} has titles in both languages`);
  }
  const forbidden = toProblem(AppError.forbidden(bi('没有权限', 'Not allowed'), { action: 'people.write', trace: ['a', 'b'] }), 'en');
  assert.equal(forbidden.action, 'people.write');
  assert.deepEqual(forbidden.trace, ['a', 'b']);
  assert.equal(AppError.notFound(bi('无', 'none')).status, 404);
  assert.equal(AppError.conflict(bi('冲突', 'conflict')).status, 409);
});

test('zodIssuesToFieldErrors: dotted field paths with the prefix, a schema rule and two languages', () => {
  const schema = z.object({ population: z.number().int().min(0), residents: z.array(z.object({ name: z.string() })) });
  const r = schema.safeParse({ population: -1, residents: [{ name: 'a' }, { name: 3 }] });
  assert.ok(!r.success);
  const errors = zodIssuesToFieldErrors(r.error.issues, 'body');
  const byField = new Map(errors.map((e) => [e.field, e]));
  assert.deepEqual([...byField.keys()].sort(), ['body.population', 'body.residents.1.name']);
  assert.equal(byField.get('body.population')!.rule, 'schema.too_small');
  assert.equal(byField.get('body.residents.1.name')!.rule, 'schema.invalid_type');
  for (const e of errors) {
    assert.ok(e.messages.en.length > 0 && e.messages['zh-CN'].length > 0, e.field);
    assert.notEqual(e.messages.en, e.messages['zh-CN'], `${e.field}: a real translation`);
    assert.match(e.messages['zh-CN'], /[\u4e00-\u9fff]/, e.field);
  }
  assert.equal(zodIssuesToFieldErrors(r.error.issues, '')[0]!.field.startsWith('.'), false, 'no leading dot without a prefix');
});

test('sendProblem: unknown errors become a 500 that leaks nothing; AppErrors keep their status', async () => {
  const app = Fastify({ logger: false });
  app.setErrorHandler((err, req, reply) => sendProblem(err, req, reply));
  app.get('/boom', async () => { throw new Error('password=hunter2 at db.internal:5432'); });
  app.get('/gone', async () => { throw AppError.notFound(bi('没有这个', 'No such thing')); });
  try {
    const boom = await app.inject({ method: 'GET', url: '/boom', headers: { 'accept-language': 'en-US' } });
    assert.equal(boom.statusCode, 500);
    assert.equal(boom.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.ok(!boom.body.includes('hunter2') && !boom.body.includes('db.internal'), boom.body);
    assert.equal(boom.json().title, 'Internal server error');
    assert.equal(boom.json().instance, '/boom');
    const gone = await app.inject({ method: 'GET', url: '/gone' });
    assert.equal(gone.statusCode, 404);
    assert.equal(gone.json().detail, '没有这个', 'Chinese by default');
  } finally {
    await app.close();
  }
});
