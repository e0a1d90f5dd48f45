// A browser whose clock disagrees with the server's stays signed in for the session's length: a
// village office PC with its clock a year off, or a server pinned to another day as the journeys
// pin it. The cookie's lifetime is counted by the browser (Max-Age), never an absolute date from
// the server's clock, which a browser a year ahead would find already past. The server's clock is
// moved here (a year behind, then a year ahead of the browser's), a real Chromium keeps the
// cookie in its own cookie store, judged by its own clock.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';

const YEAR = 365 * 86_400_000;

describe('sessions in a browser whose clock disagrees with the server', () => {
  let browser: Browser;
  let server: E2EServer;
  let skew = 0; // the server's clock minus the real time (the browser's)
  before(async () => {
    server = await startE2EServer({ now: () => new Date(Date.now() + skew) });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [label, serverSkew] of [['a year ahead of', -YEAR], ['a year behind', YEAR]] as const) {
    test(`the browser ${label} the server signs in, keeps the cookie for the session's length by its own clock, and stays signed in`, async () => {
      skew = serverSkew;
      const context = await browser.newContext({ locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(STATE_TIMEOUT_MS);
        await signIn(page, server.url, 'ljb-committee');
        const session = (await context.cookies()).find((c) => c.name === 'gz_session');
        assert.ok(session, 'the browser kept the session cookie');
        const hours = (session.expires * 1000 - Date.now()) / 3_600_000;
        assert.ok(hours > 11.9 && hours <= 12, `the cookie lives 12 h by the browser's clock (${hours.toFixed(2)} h)`);
        await page.reload();
        await page.getByRole('button', { name: '退出登录' }).waitFor();
        assert.equal(await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status), 200, 'the server still knows the session');
      } finally {
        await context.close();
      }
    });
  }
});
