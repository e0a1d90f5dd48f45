import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { backends } from '../support/backends.ts';
import { accounts, openWorld, PASSWORD, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs } from '../support/http.ts';
import { write } from '../../src/core/access/guard.ts';
import { createAccount, grantRole, LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '../../src/core/access/service.ts';

const LOGIN = '/api/v1/auth/login';
const HOUR = 3600_000;
const problemJson = 'application/problem+json; charset=utf-8';
const cookieOf = (res: LightMyRequestResponse) => res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

for (const backend of backends()) {
  describe(`access API on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    // A clock the tests can move: sessions and lockouts are judged by the platform's clock.
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    // Logins are rate limited per address, so each attempt comes from its own address unless
    // a test is about the limit itself.
    let seq = 0;
    const nextAddress = () => `10.20.${Math.floor(++seq / 250)}.${(seq % 250) + 1}`;
    const login = (username: string, password: string, remoteAddress = nextAddress(), headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: LOGIN, payload: { username, password }, remoteAddress, headers });
    const me = (cookie?: string) => app.inject({ method: 'GET', url: '/api/v1/auth/me', ...(cookie ? { headers: { cookie } } : {}) });

    async function makeAccount(username: string) {
      const who = { accountId: null, label: 'access-test', role: 'operator', code: null };
      await write(world.platform.database.db, who, 'accounts.create', async (w) => {
        await createAccount(w.trx, who, { username, displayName: username, password: PASSWORD });
        await grantRole(w.trx, who, username, 'committeeMember', VILLAGE_A);
      });
    }

    before(async () => { world = await openWorld(backend, { now }); app = await appFor(world); });
    after(async () => { await app?.close(); await world?.cleanup(); });

    test('login sets an httpOnly, SameSite=Lax session cookie and returns the CSRF token and actions', async () => {
      const res = await login('committee-a', PASSWORD);
      assert.equal(res.statusCode, 200, res.body);
      const cookie = res.cookies.find((c) => c.name === 'gz_session');
      assert.ok(cookie, 'session cookie set');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/');
      assert.ok(!cookie.secure, 'COOKIE_SECURE defaults to false');
      assert.ok(cookie.value.length >= 40, 'a long random token');
      // A lifetime the browser counts itself (Max-Age), never a date from the server's clock: a
      // browser whose clock is a year off still keeps the session for SESSION_HOURS.
      assert.equal(cookie.maxAge, world.platform.config.SESSION_HOURS * 3600, 'Max-Age is SESSION_HOURS');
      assert.equal(cookie.expires, undefined, 'no absolute Expires date');
      assert.doesNotMatch(String(res.headers['set-cookie']), /Expires=/i);

      const body = res.json();
      assert.equal(body.account.username, 'committee-a');
      assert.deepEqual(body.grants.map((g: { role: string; jurisdictionCode: string }) => [g.role, g.jurisdictionCode]), [['committeeMember', VILLAGE_A]]);
      assert.match(body.csrfToken, /^[A-Za-z0-9_-]{24,}$/);
      assert.notEqual(body.csrfToken, cookie.value, 'the CSRF token is not the session token');
      // The register and profile actions of a committee member (other modules add their own).
      const core = (a: string[]) => a.filter((x) => /^(people|jurisdictions|audit)\./.test(x));
      assert.deepEqual(core(body.actions), ['jurisdictions.editProfile', 'people.export', 'people.import', 'people.read', 'people.readSensitive', 'people.write']);
      assert.ok(body.actions.includes('disclosure.draft') && !body.actions.includes('disclosure.review'), 'a committee member drafts but does not review disclosures');
      assert.ok(!res.body.includes(cookie.value), 'the session token is only in the cookie');
      assert.ok(!res.body.includes('argon2'), 'no password hash');
    });

    test('the username is matched case-insensitively and trimmed', async () => {
      const res = await login(' Committee-A ', PASSWORD);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().account.username, 'committee-a');
    });

    test('actions follow the roles: a supervisor sees the audit log and no register writes', async () => {
      const res = await login('supervisor-a', PASSWORD);
      const core = (a: string[]) => a.filter((x) => /^(people|jurisdictions|audit)\./.test(x));
      assert.deepEqual(core(res.json().actions), ['audit.read', 'people.read']);
      assert.ok(res.json().actions.includes('disclosure.review') && !res.json().actions.includes('disclosure.publish'), 'a supervisor reviews but does not publish');
      const resident = await login('resident-a', PASSWORD);
      // Each module declares its own resident actions (and tests them); here, the foundation's.
      const foundation = (a: string[]) => a.filter((x) => /^(people|jurisdictions|audit|disclosure|decisions|consultation)\./.test(x));
      assert.deepEqual(foundation(resident.json().actions), ['consultation.comment', 'consultation.propose', 'disclosure.ask'], 'a resident only asks, proposes topics and comments');
    });

    test('a wrong password and an unknown user get the same 401, in both languages, and no cookie', async () => {
      const wrong = await login('committee-a', 'not-the-password');
      const unknown = await login('nobody-here', 'not-the-password');
      for (const res of [wrong, unknown]) {
        assert.equal(res.statusCode, 401);
        assert.equal(res.headers['content-type'], problemJson);
        assert.equal(res.cookies.length, 0);
        const p = res.json();
        assert.equal(p.type, 'https://gongzhi.example/problems/unauthenticated');
        assert.equal(p.status, 401);
        assert.deepEqual(p.messages, { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' });
        assert.equal(p.detail, '用户名或密码错误', 'Chinese first');
      }
      const { instance: _a, ...w } = wrong.json();
      const { instance: _b, ...u } = unknown.json();
      assert.deepEqual(w, u, 'an attacker cannot tell which usernames exist');
      const en = await app.inject({ method: 'POST', url: LOGIN, payload: { username: 'nobody', password: 'x' }, remoteAddress: nextAddress(), headers: { 'accept-language': 'en-US' } });
      assert.equal(en.json().detail, 'Wrong username or password');
    });

    test('a malformed login body is a 422 naming the fields', async () => {
      const res = await app.inject({ method: 'POST', url: LOGIN, payload: { username: '' }, remoteAddress: nextAddress() });
      assert.equal(res.statusCode, 422);
      const fields = res.json().errors.map((e: { field: string }) => e.field).sort();
      assert.deepEqual(fields, ['body.password', 'body.username']);
    });

    test(`${MAX_FAILED_LOGINS} wrong passwords lock the account, even against the right password, until the lock expires`, async () => {
      await makeAccount('lock-me');
      for (let i = 1; i <= MAX_FAILED_LOGINS; i++) {
        const res = await login('lock-me', `wrong-password-${i}`);
        assert.equal(res.statusCode, 401, `attempt ${i}`);
      }
      const locked = await login('lock-me', PASSWORD);
      assert.equal(locked.statusCode, 423, locked.body);
      assert.equal(locked.headers['content-type'], problemJson);
      assert.equal(locked.cookies.length, 0, 'no session while locked');
      const p = locked.json();
      assert.equal(p.type, 'https://gongzhi.example/problems/locked');
      assert.match(p.messages['zh-CN'], /锁定/);
      assert.match(p.messages.en, /locked/);
      const until = new Date(p.lockedUntil).getTime();
      assert.ok(Math.abs(until - (now().getTime() + LOCKOUT_MINUTES * 60_000)) < 60_000, `locked for ${LOCKOUT_MINUTES} minutes: ${p.lockedUntil}`);
      assert.equal((await login('lock-me', 'wrong-again')).statusCode, 423, 'wrong passwords during the lock stay 423');
      // Another account is not affected.
      assert.equal((await login('committee-b', PASSWORD)).statusCode, 200);
      try {
        offset = (LOCKOUT_MINUTES - 1) * 60_000;
        assert.equal((await login('lock-me', PASSWORD)).statusCode, 423, 'still locked a minute before the end');
        offset = (LOCKOUT_MINUTES + 1) * 60_000;
        assert.equal((await login('lock-me', PASSWORD)).statusCode, 200, 'unlocked after the lockout');
      } finally {
        offset = 0;
      }
    });

    test('a successful login resets the failure count', async () => {
      await makeAccount('reset-me');
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) assert.equal((await login('reset-me', 'wrong-password')).statusCode, 401);
        assert.equal((await login('reset-me', PASSWORD)).statusCode, 200, `round ${round}`);
      }
    });

    test('the 11th login attempt from one address within a minute is refused with 429', async () => {
      const address = '203.0.113.7';
      for (let i = 1; i <= 10; i++) {
        const res = await login('nobody-here', 'wrong-password', address);
        assert.equal(res.statusCode, 401, `attempt ${i}`);
      }
      const eleventh = await login('committee-a', PASSWORD, address);
      assert.equal(eleventh.statusCode, 429, 'even with the right password');
      assert.equal(eleventh.headers['content-type'], problemJson);
      assert.equal(eleventh.json().type, 'https://gongzhi.example/problems/rate-limited');
      assert.match(eleventh.json().messages['zh-CN'], /频繁/);
      assert.equal(eleventh.cookies.length, 0);
      assert.equal((await login('committee-a', PASSWORD, '203.0.113.8')).statusCode, 200, 'other addresses are not limited');
    });

    test('a client cannot escape the login rate limit by sending its own X-Forwarded-For', async () => {
      const address = '198.51.100.9';
      const statuses: number[] = [];
      for (let i = 1; i <= 11; i++) {
        statuses.push((await login('nobody-here', 'wrong-password', address, { 'x-forwarded-for': `192.0.2.${i}` })).statusCode);
      }
      assert.deepEqual(statuses, [...Array(10).fill(401), 429], 'the limit follows the connection, not a header the client chose');
    });

    test('/auth/me: 401 without a session, 200 with one', async () => {
      const anon = await me();
      assert.equal(anon.statusCode, 401);
      assert.equal(anon.headers['content-type'], problemJson);
      assert.deepEqual(anon.json().messages, { 'zh-CN': '请先登录', en: 'Please sign in' });
      assert.equal((await me('gz_session=forged-token')).statusCode, 401, 'a forged token is no session');

      const res = await login('township', PASSWORD);
      const mine = await me(cookieOf(res));
      assert.equal(mine.statusCode, 200);
      const body = mine.json();
      assert.equal(body.account.username, 'township');
      assert.equal(body.csrfToken, res.json().csrfToken, 'the same CSRF token for the whole session');
      assert.deepEqual(body.grants.map((g: { jurisdictionCode: string }) => g.jurisdictionCode), [TOWNSHIP]);
      assert.ok(body.actions.includes('audit.read') && !body.actions.includes('people.write'));
    });

    test('logout needs the CSRF token, ends the session and clears the cookie', async () => {
      const res = await login('grid-a', PASSWORD);
      const cookie = cookieOf(res);
      const csrf = res.json().csrfToken as string;
      const noToken = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      assert.equal(noToken.statusCode, 403);
      assert.equal((await me(cookie)).statusCode, 200, 'a refused logout leaves the session alone');

      const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
      assert.equal(out.statusCode, 204);
      const cleared = out.cookies.find((c) => c.name === 'gz_session');
      assert.ok(cleared && cleared.value === '' && new Date(cleared.expires!).getTime() <= Date.now(), 'cookie cleared');
      assert.equal((await me(cookie)).statusCode, 401, 'the old cookie no longer works');
      assert.equal((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode, 401);
    });

    test('/auth/can answers with the decision and its reasons', async () => {
      const c = await loginAs(app, 'committeeA');
      const cases: [action: string, code: string, allowed: boolean, last: RegExp][] = [
        ['people.write', VILLAGE_A, true, /committeeMember@500230210001: reaches 500230210001: allowed/],
        ['people.write', VILLAGE_B, false, /no grant allows it: denied/],
        ['people.read', '500230', false, /denied/], // 6-digit county code, normalised; a village grant does not reach up
        ['audit.read', VILLAGE_A, false, /denied/],
        ['people.fly', VILLAGE_A, false, /not declared by any module: denied/],
      ];
      for (const [action, code, allowed, last] of cases) {
        const res = await c.get(`/api/v1/auth/can?action=${action}&code=${code}`);
        assert.equal(res.statusCode, 200);
        const body = res.json();
        assert.equal(body.allowed, allowed, `${action} on ${code}`);
        assert.match(body.trace.at(-1), last, body.trace.join(' | '));
      }
      const b = (await c.get(`/api/v1/auth/can?action=people.write&code=${VILLAGE_B}`)).json();
      assert.ok(b.trace.some((l: string) => l.includes(`does not reach ${VILLAGE_B}`)), b.trace.join(' | '));
      const t = await loginAs(app, 'township');
      assert.equal((await t.get(`/api/v1/auth/can?action=people.read&code=${VILLAGE_B}`)).json().allowed, true);
      assert.equal((await anonymous(app).get(`/api/v1/auth/can?action=people.read&code=${VILLAGE_A}`)).statusCode, 401);
      assert.equal((await c.get('/api/v1/auth/can?action=people.read')).statusCode, 422, 'code is required');
    });

    test('a session expires after SESSION_HOURS without activity, and activity extends it', async () => {
      const hours = world.platform.config.SESSION_HOURS;
      try {
        const idle = cookieOf(await login('county', PASSWORD));
        assert.equal((await me(idle)).statusCode, 200);
        offset = (hours - 1) * HOUR;
        const active = cookieOf(await login('county', PASSWORD));
        offset = hours * HOUR + 60_000;
        assert.equal((await me(idle)).statusCode, 401, `idle for more than ${hours} h`);
        const slid = await me(active);
        assert.equal(slid.statusCode, 200, 'the later session is still valid');
        const renewed = slid.cookies.find((c) => c.name === 'gz_session');
        assert.ok(renewed && `gz_session=${renewed.value}` === active && renewed.maxAge === hours * 3600 && renewed.expires === undefined,
          'the slid session gives the browser the same token with a fresh Max-Age');
        const again = await me(active);
        assert.equal(again.cookies.length, 0, 'within the minute the cookie is not sent again');
        // That request slid the active session to +2h+1min; without sliding it would end at +2h-1.
        const beyondFirstExpiry = (2 * hours - 1) * HOUR + 30 * 60_000;
        offset = beyondFirstExpiry;
        assert.equal((await me(active)).statusCode, 200, 'activity extended the session past its first expiry');
        offset = beyondFirstExpiry + hours * HOUR + 60_000;
        assert.equal((await me(active)).statusCode, 401, 'idle again for more than SESSION_HOURS');
        assert.equal((await me(idle)).statusCode, 401, 'an expired session never comes back');
      } finally {
        offset = 0;
      }
    });

    test('every fixture account can sign in with its password', async () => {
      for (const a of Object.values(accounts)) {
        assert.equal((await login(a.username, PASSWORD)).statusCode, 200, a.username);
      }
    });
  });
}
