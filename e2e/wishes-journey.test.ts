// Journey: a micro-wish in 廖家坝社区 and a department's task refused by the negative list, on the
// next Tuesday after today (server and browsers pinned to that moment). A resident on a 360×640 phone posts a wish; the committee screens it and
// it appears on the public wish wall with a masked name; the demo volunteer (ljb-volunteer)
// claims it on a phone and fulfils it with a note and the hours served; the resident thanks.
// Then the township files the county public-security bureau's request that the community issue
// kinship certificates: it is refused at once with the basis shown, and the community sees the
// refused task with its basis. Real server, real Chromium, an axe scan of every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';
import { chinaDate, chinaInstant, nextWeekday } from '../src/core/time.ts';

const VILLAGE = '500230210001'; // 廖家坝社区
const TOWNSHIP = '500230210000'; // 三建乡
const NOW = chinaInstant(nextWeekday(chinaDate(new Date()), 2), 10, 30); // 10:30 in China, after the demo's last entries
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
const WISH = '想请人帮忙换一下灯泡';
const DETAIL = '堂屋顶灯坏了，我腿脚不便爬不了梯子，想请志愿者帮忙换一个灯泡。';

describe('micro-wishes and work admission journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let wishUrl = '';

  async function newPage(opts: { width: number; height: number; phone?: boolean }): Promise<Page> {
    const c = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, locale: 'zh-CN', ...(opts.phone ? { isMobile: true, hasTouch: true } : {}) });
    await c.clock.setSystemTime(NOW);
    contexts.push(c);
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.setDefaultTimeout(STATE_TIMEOUT_MS);
    return p;
  }
  const noHorizontalScroll = async (p: Page, label: string) => {
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${label}: no sideways scrolling at 360 px (overflow ${overflow}px)`);
  };

  before(async () => {
    server = await startE2EServer({ now: () => NOW });
    browser = await launchChromium();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    assert.deepEqual(pageErrors, [], 'no script errors on any page');
  });

  test('a resident on a phone posts a micro-wish', async () => {
    const p = await newPage({ width: 360, height: 640, phone: true });
    await signIn(p, server.url, 'ljb-resident');
    await p.goto(`${server.url}/v/${VILLAGE}/wishes`);
    await p.getByRole('heading', { level: 1, name: /心愿墙/ }).waitFor();
    await axeScan(p, 'public wish wall (phone)');
    await noHorizontalScroll(p, 'wish wall');
    await p.getByRole('link', { name: '我要许愿' }).click();
    await p.getByRole('heading', { level: 1, name: '提交微心愿' }).waitFor();
    await p.getByLabel('心愿标题').fill(WISH);
    await p.getByLabel('心愿内容').fill(DETAIL);
    await axeScan(p, 'post a wish (phone)');
    await noHorizontalScroll(p, 'post a wish');
    await p.getByRole('button', { name: '提交心愿' }).click();
    await p.getByRole('status').filter({ hasText: '心愿已提交' }).waitFor();
    await p.getByText('待审核', { exact: true }).first().waitFor();
    wishUrl = new URL(p.url()).pathname;
    assert.match(wishUrl, /^\/staff\/wishes\/\d+$/);
    await axeScan(p, 'my wish (phone)');
  });

  test('the committee screens it and it appears on the wall with a masked name', async () => {
    const p = await newPage({ width: 1280, height: 900 });
    await signIn(p, server.url, 'ljb-committee');
    await p.goto(`${server.url}/staff/wishes?at=${VILLAGE}`);
    await p.getByRole('heading', { level: 2, name: '待审核' }).waitFor();
    await axeScan(p, 'staff wishes list');
    await p.getByRole('link', { name: WISH }).click();
    await p.getByRole('heading', { level: 1, name: WISH }).waitFor();
    await axeScan(p, 'staff wish screening');
    await p.getByRole('button', { name: '审核通过并发布到心愿墙' }).click();
    await p.getByRole('status').filter({ hasText: '已发布到心愿墙' }).waitFor();
    const wall = await newPage({ width: 360, height: 640, phone: true });
    await wall.goto(`${server.url}/v/${VILLAGE}/wishes`);
    const card = wall.locator('.wish-card', { hasText: WISH });
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /心愿人：\S\*+/, 'a masked name');
  });

  test('a volunteer on a phone claims and fulfils it', async () => {
    const p = await newPage({ width: 360, height: 640, phone: true });
    await signIn(p, server.url, 'ljb-volunteer');
    await p.goto(`${server.url}/v/${VILLAGE}/wishes`);
    await p.locator('.wish-card', { hasText: WISH }).getByRole('link', { name: /我来认领/ }).click();
    await p.getByRole('heading', { level: 1, name: WISH }).waitFor();
    await axeScan(p, 'claim a wish (phone)');
    await p.getByRole('button', { name: '认领这个心愿' }).click();
    await p.getByRole('status').filter({ hasText: '已认领' }).waitFor();
    await p.getByLabel('完成说明').fill('已换上新的节能灯泡，顺便检查了开关。');
    await p.getByLabel('服务时长（小时）').fill('1.5');
    await axeScan(p, 'fulfil a wish (phone)');
    await p.screenshot({ path: `${SHOTS}/wishes-fulfil-360.png`, fullPage: true });
    await noHorizontalScroll(p, 'fulfil');
    await p.getByRole('button', { name: '确认完成' }).click();
    await p.getByRole('status').filter({ hasText: '已完成，服务时长已记入' }).waitFor();
    await p.goto(`${server.url}/staff/volunteers?at=${VILLAGE}`);
    await p.getByText(/累计服务 3 小时/).waitFor(); // 1.5 h from the demo wish + 1.5 h now
    await axeScan(p, 'volunteer profile (phone)');
  });

  test('the resident thanks the volunteer', async () => {
    const p = await newPage({ width: 360, height: 640, phone: true });
    await signIn(p, server.url, 'ljb-resident');
    await p.goto(`${server.url}${wishUrl}?at=${VILLAGE}`);
    await p.getByRole('heading', { level: 2, name: '向认领人致谢' }).waitFor();
    await p.getByLabel('感谢的话').fill('谢谢志愿者，灯亮了！');
    await p.getByRole('button', { name: '致谢' }).click();
    await p.getByRole('status').filter({ hasText: '已致谢' }).waitFor();
    await axeScan(p, 'thanked wish (phone)');
    await p.goto(`${server.url}/v/${VILLAGE}/wishes`);
    await p.locator('.wish-card', { hasText: WISH }).filter({ hasText: '谢谢志愿者，灯亮了！' }).waitFor();
    await p.screenshot({ path: `${SHOTS}/wishes-wall-360.png`, fullPage: true });
    // The volunteer with the most hours heads the list; their public record shows them.
    await p.locator('section[aria-labelledby="vol-h"] a').first().click();
    await p.getByText('累计服务 3 小时').waitFor();
    await p.getByText(WISH).waitFor();
    await axeScan(p, 'volunteer public record (phone)');
  });

  test('the resident chooses a daily digest and SMS in the notification settings', async () => {
    const p = await newPage({ width: 360, height: 640, phone: true });
    await signIn(p, server.url, 'ljb-resident');
    await p.getByRole('link', { name: '通知设置' }).click();
    await p.getByRole('heading', { level: 1, name: '通知设置' }).waitFor();
    await p.getByRole('group', { name: '站内通知' }).getByLabel(/每日摘要/).check();
    await p.getByRole('group', { name: '短信' }).getByLabel(/每日摘要/).check();
    await p.getByRole('button', { name: '保存设置' }).click();
    await p.getByText('接收短信须填写手机号码').first().waitFor();
    await p.getByLabel('接收短信的手机号码').fill('139 0000 1234');
    await p.getByRole('button', { name: '保存设置' }).click();
    await p.getByRole('status').filter({ hasText: '设置已保存' }).waitFor();
    assert.equal(await p.getByLabel('接收短信的手机号码').inputValue(), '13900001234');
    await axeScan(p, 'notification settings (phone)');
    await noHorizontalScroll(p, 'notification settings');
  });

  test('a department\'s negative-list task is refused with the basis shown', async () => {
    const p = await newPage({ width: 1280, height: 900 });
    await signIn(p, server.url, 'sanjian-township');
    await p.goto(`${server.url}/staff/admission/requests?at=${TOWNSHIP}`);
    await p.getByRole('heading', { level: 2, name: '提交进入村(社区)的工作事项' }).waitFor();
    await p.getByLabel('廖家坝社区', { exact: true }).waitFor();
    await axeScan(p, 'work requests');
    await p.getByLabel('提出部门').fill('县公安局');
    await p.getByLabel('事项名称').fill('为辖区居民开具亲属关系证明');
    await p.getByLabel('工作内容').fill('请社区为办理业务的居民开具亲属关系证明。');
    await p.getByLabel('对应清单事项').selectOption({ label: '开具亲属关系证明' });
    await p.getByLabel('廖家坝社区', { exact: true }).check();
    await p.getByRole('button', { name: '提交', exact: true }).click();
    await p.getByRole('status').filter({ hasText: '不予准入' }).waitFor();
    const card = p.locator('.wish-card', { hasText: '为辖区居民开具亲属关系证明' });
    await card.getByText(/^依据：民发〔2020〕20号/).waitFor();
    await axeScan(p, 'work request refused');

    const c = await newPage({ width: 1280, height: 900 });
    await signIn(c, server.url, 'ljb-committee');
    await c.goto(`${server.url}/staff/admission/tasks?at=${VILLAGE}`);
    const task = c.locator('.wish-card', { hasText: '为辖区居民开具亲属关系证明' });
    await task.getByText(/负面事项/).first().waitFor();
    await task.getByText(/^依据：民发〔2020〕20号/).waitFor();
    await axeScan(c, 'village tasks');
  });
});
