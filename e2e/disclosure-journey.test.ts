// Journey: public disclosure (村(居)务公开) of 廖家坝社区. The clerk drafts a finance entry with
// income and expense lines and submits it; the supervisory committee returns it with a reason;
// the clerk sees the reason, fixes a line and resubmits; the committee approves; the clerk
// publishes (impossible before approval). A resident on a 360×640 phone opens the entry from
// its QR address, sees the chart and the verified badge, and asks a question with a one-time
// code; the supervisor answers it in the opinion box and the answer shows under the entry.
// The A4 poster renders; a township official sees 鱼泉子村's overdue items. Real server, real
// Chromium, an axe scan of every page visited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';
import { addDays, chinaDate } from '../src/core/time.ts';

const VILLAGE = '500230210001'; // 廖家坝社区 (a community: its second column is 居务)
const TOWNSHIP = '500230210000'; // 三建乡
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
// The clerk discloses last month's accounts (relative to the real today, so the journey holds on any date).
const LAST_DAY = addDays(`${chinaDate(new Date()).slice(0, 7)}-01`, -1);
const MONTH = LAST_DAY.slice(0, 7); // YYYY-MM
const [YEAR, M] = [Number(MONTH.slice(0, 4)), Number(MONTH.slice(5, 7))];
const VOUCHER = MONTH.replace('-', '');
const QUARTER = `${YEAR}-Q${Math.ceil(M / 3)}`;
const TITLE = `${YEAR} 年 ${M} 月上半月集体财务收支公开`;
const PHONE = '13800138000';
const QUESTION = `${M} 月的保洁费是几个人的工资？`;
const ANSWER = `是 3 名保洁员 ${M} 月上半月的工资，名单在社区便民服务中心公示。`;
const RETURN_REASON = `第 3 行保洁费应为 3,600.00 元，与凭证 ${VOUCHER}-03 不符，请核对`;

describe('public disclosure journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let entryId = 0;
  let seq = 0;

  async function newPage(opts: { width: number; height: number; phone?: boolean }): Promise<Page> {
    const c = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, locale: 'zh-CN', ...(opts.phone ? { isMobile: true, hasTouch: true } : {}) });
    contexts.push(c);
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.setDefaultTimeout(STATE_TIMEOUT_MS);
    return p;
  }
  const login = (p: Page, username: string) => signIn(p, server.url, username);
  const statusOf = (p: Page) => p.locator('.entry-meta .status').innerText();

  let clerk: Page;
  let supervisor: Page;

  before(async () => {
    browser = await launchChromium();
    server = await startE2EServer();
    clerk = await newPage({ width: 1280, height: 900 });
    supervisor = await newPage({ width: 1280, height: 900 });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('the clerk drafts a finance entry, the supervisor returns it, the clerk fixes it, it is approved and published', async () => {
    const base = server.url;
    await login(clerk, 'ljb-committee');
    await clerk.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '村(居)务公开' }).click();
    await clerk.waitForURL(`${base}/staff/disclosure?at=${VILLAGE}`);
    await clerk.locator('table.entries-table tbody tr').first().waitFor();
    await axeScan(clerk, 'board editor: entries');
    // The township's compliance page is not offered to a village clerk.
    assert.equal(await clerk.getByRole('link', { name: '公开情况' }).count(), 0);

    await clerk.getByRole('link', { name: '新建公开内容' }).click();
    await clerk.waitForURL(`${base}/staff/disclosure/new?at=${VILLAGE}`);
    await clerk.getByRole('heading', { level: 1, name: /新建公开内容/ }).waitFor();
    await clerk.getByLabel('栏目').selectOption({ label: '财务' });
    await clerk.getByLabel('公开目录事项').selectOption({ label: '集体财务收支情况' });
    // 廖家坝社区 records frequent transactions: the item's cadence picks the month picker.
    assert.equal(await clerk.getByRole('radio', { name: '月份' }).isChecked(), true);
    await clerk.locator('input[type="month"]').fill(MONTH);
    await clerk.getByText(`公开期间：${MONTH}-01 至 ${LAST_DAY}`).waitFor();
    await clerk.getByLabel('标题').fill(TITLE);
    await clerk.getByLabel('正文（Markdown）').fill('本期收支情况如下表。\n\n**原始凭证**存社区便民服务中心备查。<b>不生效</b>');
    // The live preview renders Markdown and shows HTML as text.
    const preview = clerk.locator('.md-preview-body');
    await preview.locator('strong', { hasText: '原始凭证' }).waitFor();
    assert.match(await preview.innerText(), /<b>不生效<\/b>/);
    assert.equal(await preview.locator('b').count(), 0);

    const lines = [
      [`${MONTH}-03`, 'income', '上级转移支付', '三建乡财政所', '18,500', `${VOUCHER}-01`],
      [`${MONTH}-10`, 'expense', '干部误工补贴', '社区两委成员（5 人）', '12500.00', `${VOUCHER}-02`],
      [`${MONTH}-15`, 'expense', '环境卫生保洁', '保洁员（3 人）', '3600.1', `${VOUCHER}-03`],
      [`${MONTH}-20`, 'expense', '办公及水电费', '国网丰都供电公司等', '865.4', `${VOUCHER}-04`],
    ] as const;
    for (const [i, [date, dir, category, counterparty, amount, voucher]] of lines.entries()) {
      const n = i + 1;
      if (n > 1) await clerk.getByRole('button', { name: '添加一行' }).click();
      await clerk.getByLabel(`第 ${n} 行 日期`).fill(date);
      await clerk.getByLabel(`第 ${n} 行 收支`).selectOption(dir);
      await clerk.getByLabel(`第 ${n} 行 类别`).fill(category);
      await clerk.getByLabel(`第 ${n} 行 对方单位或个人`).fill(counterparty);
      await clerk.getByLabel(`第 ${n} 行 金额（元）`).fill(n === 4 ? '865.404' : amount); // three decimals first: refused
      await clerk.getByLabel(`第 ${n} 行 凭证号`).fill(voucher);
    }
    // Totals are computed from the lines (in fen, exactly): 12,500.00 + 3,600.10 (+ an invalid amount, not counted).
    assert.equal(await clerk.getByTestId('total-income').innerText(), '18,500.00');
    assert.equal(await clerk.getByTestId('total-expense').innerText(), '16,100.10');
    await clerk.getByRole('button', { name: '保存并提交审核' }).click();
    await clerk.getByText('请填写大于 0 的金额，最多两位小数').waitFor();
    assert.equal(await clerk.getByLabel('第 4 行 金额（元）').getAttribute('aria-invalid'), 'true');
    await axeScan(clerk, 'new finance entry with a line error');
    await clerk.getByLabel('第 4 行 金额（元）').fill('865.4');
    assert.equal(await clerk.getByTestId('total-expense').innerText(), '16,965.50');
    assert.equal(await clerk.getByTestId('total-balance').innerText(), '1,534.50');
    await clerk.screenshot({ path: `${SHOTS}/gongzhi-disclosure-editor.png`, fullPage: true });
    await clerk.getByRole('button', { name: '保存并提交审核' }).click();
    await clerk.waitForURL(new RegExp(`/staff/disclosure/(\\d+)\\?at=${VILLAGE}$`));
    entryId = Number(/\/staff\/disclosure\/(\d+)/.exec(clerk.url())![1]);
    await clerk.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.match(await statusOf(clerk), /审核中/);
    // Publishing is impossible before the supervisory committee approves.
    const publish = clerk.getByRole('button', { name: '发布到公开栏' });
    assert.equal(await publish.isDisabled(), true, 'publish is disabled while in review');
    assert.match(await clerk.locator('.publish-locked').innerText(), /须经监委会审核通过后才能发布/);
    await axeScan(clerk, 'entry in review (clerk)');

    // The supervisor finds it in the review queue and returns it; a return needs a reason.
    await login(supervisor, 'ljb-supervisor');
    await supervisor.goto(`${base}/staff/disclosure/review?at=${VILLAGE}`);
    await supervisor.getByRole('link', { name: TITLE }).click();
    await supervisor.waitForURL(`${base}/staff/disclosure/${entryId}?at=${VILLAGE}`);
    await supervisor.locator('table.finance-table').waitFor();
    assert.equal(await supervisor.getByRole('button', { name: '发布到公开栏' }).count(), 0, 'the supervisor does not publish');
    await axeScan(supervisor, 'entry in review (supervisor)');
    await supervisor.getByRole('button', { name: '退回修改' }).click();
    await supervisor.getByText('退回必须说明理由。').waitFor();
    await supervisor.getByLabel('审核意见（退回时必须填写理由）').fill(RETURN_REASON);
    await supervisor.getByRole('button', { name: '退回修改' }).click();
    await supervisor.getByRole('status').filter({ hasText: '已退回' }).waitFor();
    assert.match(await statusOf(supervisor), /已退回/);

    // The clerk sees the reason, fixes line 3 and resubmits.
    await clerk.reload();
    await clerk.getByTestId('return-reason').waitFor();
    assert.equal(await clerk.getByTestId('return-reason').innerText(), RETURN_REASON);
    assert.equal(await clerk.getByRole('button', { name: '发布到公开栏' }).isDisabled(), true, 'publish is disabled after a return');
    await axeScan(clerk, 'returned entry (clerk)');
    await clerk.getByRole('button', { name: '修改内容' }).click();
    const amount3 = clerk.getByLabel('第 3 行 金额（元）');
    assert.equal(await amount3.inputValue(), '3600.10');
    await amount3.fill('3600');
    assert.equal(await clerk.getByTestId('total-expense').innerText(), '16,965.40');
    await axeScan(clerk, 'editing a returned entry');
    await clerk.getByRole('button', { name: '保存并重新提交审核' }).click();
    await clerk.getByRole('status').filter({ hasText: '已保存并提交监委会审核' }).waitFor();
    assert.match(await statusOf(clerk), /审核中/);
    const timeline = await clerk.locator('.review-timeline').innerText();
    assert.match(timeline, /监委会退回/);
    assert.ok(timeline.includes(RETURN_REASON), 'the timeline keeps the reason');

    // Approved by the supervisor.
    await supervisor.reload();
    await supervisor.getByLabel('审核意见（退回时必须填写理由）').fill('已核对凭证，内容真实完整');
    await supervisor.getByRole('button', { name: '审核通过' }).click();
    await supervisor.getByRole('status').filter({ hasText: '已审核通过' }).waitFor();

    // Published by the clerk, after a confirmation.
    await clerk.reload();
    assert.match(await statusOf(clerk), /已审核/);
    await clerk.getByRole('button', { name: '发布到公开栏' }).click();
    await clerk.getByText('确认发布？').waitFor();
    await axeScan(clerk, 'publish confirmation');
    await clerk.getByRole('button', { name: '确认发布' }).click();
    await clerk.getByRole('status').filter({ hasText: '已发布到公开栏' }).waitFor();
    assert.match(await statusOf(clerk), /已发布/);
    seq = Number(/账本第 (\d+) 条/.exec(await clerk.locator('.facts').first().innerText())?.[1]);
    assert.ok(seq > 13, `a new ledger entry after the demo's 13 (${seq})`);
    assert.equal(await clerk.getByRole('link', { name: '查看网上公开页面' }).getAttribute('href'), `/v/${VILLAGE}/d/${entryId}`);
    await clerk.getByRole('button', { name: '发起更正' }).waitFor();
    await axeScan(clerk, 'published entry (clerk)');
  });

  test('a resident on a phone opens the entry from its QR address, sees the chart and the badge, and asks with a one-time code', async () => {
    assert.ok(entryId > 0, 'the entry was published');
    const base = server.url;
    const phone = await newPage({ width: 360, height: 640, phone: true });
    const scripts: string[] = [];
    phone.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await phone.goto(`${base}/v/${VILLAGE}/d/${entryId}`);
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.match(await phone.locator('.summary-box').innerText(), /本期收入 18,500\.00 元，支出 16,965\.40 元，结余 1,534\.60 元/);
    // The chart (ECharts, loaded for this page only) draws something.
    const canvas = phone.locator('.finance-chart canvas');
    await canvas.waitFor();
    await phone.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('.finance-chart canvas');
      if (!c || c.width === 0 || c.height === 0) return false;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) painted++;
      return painted > 2000;
    });
    assert.ok(scripts.some((s) => /echarts/.test(s)), 'the chart library was loaded');
    assert.ok(scripts.every((s) => !/staff|markdown-it/.test(s)), `no staff code on a public page: ${scripts.join(', ')}`);
    // Table with totals, and the verified badge from the ledger check.
    const table = await phone.locator('table.finance-table').innerText();
    assert.match(table, /保洁员（3 人）/);
    assert.match(table, /结余\s+1,534\.60/);
    await phone.getByTestId('verify-state').filter({ hasText: '已验证' }).waitFor();
    assert.ok((await phone.locator('.verification').innerText()).includes(`账本第 ${seq} 条`));
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 360 px (overflow ${overflow}px)`);
    await phone.screenshot({ path: `${SHOTS}/gongzhi-entry-360.png`, fullPage: true });
    await axeScan(phone, 'public finance entry (360 px)');

    // The opinion box: phone number, one-time code (read from the SMS outbox), question.
    await phone.getByLabel('您的问题').fill(QUESTION);
    await phone.getByLabel('手机号码').fill('1380013800'); // ten digits
    await phone.getByRole('button', { name: '获取验证码' }).click();
    await phone.getByText('请填写 11 位手机号码。').waitFor();
    await phone.getByLabel('手机号码').fill(PHONE);
    await phone.getByRole('button', { name: '获取验证码' }).click();
    await phone.getByText('验证码已发送到 138****8000').waitFor();
    const sms = await sql<{ body: string }>`SELECT body FROM notification WHERE phone = ${PHONE} ORDER BY id DESC LIMIT 1`.execute(server.db);
    const code = /\d{6}/.exec(sms.rows[0]?.body ?? '')?.[0];
    assert.ok(code, `a code in the outbox: ${JSON.stringify(sms.rows)}`);
    const wrong = code === '000000' ? '111111' : '000000';
    await phone.getByLabel('验证码').fill(wrong);
    await phone.getByRole('button', { name: '提交问题' }).click();
    await phone.locator('.field-error').filter({ hasText: '验证码错误或已过期' }).waitFor(); // the server's message, next to the field
    await axeScan(phone, 'opinion box with a wrong code');
    await phone.getByLabel('验证码').fill(code);
    await phone.getByRole('button', { name: '提交问题' }).click();
    const done = phone.locator('.ask-done');
    await done.waitFor();
    assert.match(await done.innerText(), /已收到您的问题/);
    // The due date, in working days; or, late in a year whose successor's holidays are not entered yet, why there is none.
    assert.match(await done.innerText(), /居务监督委员会将在 \d{4}年\d{1,2}月\d{1,2}日 前答复|年的法定节假日安排还没有录入/);
    await axeScan(phone, 'opinion box: question received');

    // The board of the village at 360 and 320 px: the new entry is first, verified.
    await phone.goto(`${base}/v/${VILLAGE}`);
    const first = phone.locator('.board-item').first();
    await first.waitFor();
    assert.match(await first.innerText(), new RegExp(TITLE));
    assert.match(await first.innerText(), new RegExp(`已验证\\s*·\\s*账本第 ${seq} 条`));
    await phone.getByRole('tab', { name: '居务' }).waitFor();
    await phone.screenshot({ path: `${SHOTS}/gongzhi-board-360.png`, fullPage: true });
    await axeScan(phone, 'public board (360 px)');
    // Column tab, period and search filters.
    await phone.getByRole('tab', { name: '财务' }).click();
    await phone.waitForURL(`${base}/v/${VILLAGE}?column=finance`);
    await phone.getByLabel('公开期间').selectOption('2026-Q3');
    await phone.waitForURL(/period=2026-Q3/);
    await phone.locator('.result-count').filter({ hasText: '共 5 条' }).waitFor(); // Jul, Aug (+ its correction), Sep, 一事一议
    await phone.getByRole('searchbox', { name: '搜索公开内容' }).fill('便道');
    await phone.getByRole('button', { name: '搜索', exact: true }).click();
    await phone.locator('.result-count').filter({ hasText: '共 1 条' }).waitFor();
    assert.match(await phone.locator('.board-item').first().innerText(), /三组入户便道硬化/);
    await phone.getByRole('button', { name: '清除筛选条件' }).click();
    await phone.waitForURL(`${base}/v/${VILLAGE}`);
    // The corrected August entry says so and links to the correction.
    await phone.setViewportSize({ width: 320, height: 640 });
    const corrected = phone.locator('.board-item.is-superseded');
    await corrected.waitFor();
    assert.match(await corrected.innerText(), /此条已更正/);
    const overflow320 = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow320 <= 0, `no sideways scrolling at 320 px (overflow ${overflow320}px)`);
    await phone.screenshot({ path: `${SHOTS}/gongzhi-board-320.png`, fullPage: true });
    await axeScan(phone, 'public board (320 px)');
    await corrected.getByRole('link', { name: /查看更正后的内容/ }).click();
    await phone.waitForURL(/\/v\/500230210001\/d\/\d+$/);
    await phone.getByText('这是对第 2 号公开内容的更正。').waitFor();
    assert.match(await phone.locator('.notice').first().innerText(), /更正理由：8 月租赁收入应为 4,650\.00 元/);
    await axeScan(phone, 'public correction entry (320 px)');
  });

  test('the supervisor answers the question in the opinion box and the answer shows under the entry', async () => {
    const base = server.url;
    await supervisor.goto(`${base}/staff?at=${VILLAGE}`);
    const bell = supervisor.getByRole('button', { name: /通知/ });
    await bell.filter({ hasText: '未读' }).waitFor();
    await bell.click();
    const newest = supervisor.locator('.bell-list li').first();
    assert.match(await newest.innerText(), /意见箱有新的问题/);
    assert.ok((await newest.innerText()).includes(QUESTION.slice(0, 10)));
    await axeScan(supervisor, 'notifications open');
    await newest.getByRole('button', { name: '查看' }).click();
    await supervisor.waitForURL(`${base}/staff/disclosure/feedback?at=${VILLAGE}`);
    const card = supervisor.locator('li.feedback').filter({ hasText: QUESTION });
    await card.waitFor();
    assert.match(await card.innerText(), /138\*\*\*\*8000/);
    await axeScan(supervisor, 'opinion box (staff)');
    await card.getByLabel('答复内容').fill(ANSWER);
    await card.getByRole('button', { name: '发送答复' }).click();
    await card.locator('.feedback-answer').filter({ hasText: ANSWER }).waitFor();

    const phone = await newPage({ width: 360, height: 640, phone: true });
    await phone.goto(`${base}/v/${VILLAGE}/d/${entryId}`);
    const qa = phone.locator('.qa').filter({ hasText: QUESTION });
    await qa.waitFor();
    assert.ok((await qa.innerText()).includes(ANSWER));
  });

  test('the A4 poster PDF renders a page that is not blank', async () => {
    const check = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
    if (check.error) throw new Error('pdftoppm (poppler-utils) is needed to render the poster: apt-get install -y poppler-utils');
    const res = await fetch(`${server.url}/api/v1/villages/${VILLAGE}/poster.pdf?size=A4&period=${QUARTER}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-poster-'));
    const pdf = path.join(dir, 'poster-A4.pdf');
    fs.writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    const r = spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(dir, 'page')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const png = fs.readdirSync(dir).find((f) => f.endsWith('.png'));
    assert.ok(png, 'pdftoppm wrote a PNG');
    fs.copyFileSync(path.join(dir, png), `${SHOTS}/gongzhi-poster-A4.png`);
    // Decode in the browser: count pixels that are not (near) white.
    const p = await newPage({ width: 800, height: 600 });
    const data = fs.readFileSync(path.join(dir, png)).toString('base64');
    const share = await p.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) ink++;
      return { ink, total: d.length / 4, width: c.width, height: c.height };
    }, data);
    // A4 at 50 dpi is about 413 × 585 pixels (the poster may be landscape); a blank page has no ink at all.
    assert.ok(Math.min(share.width, share.height) > 380 && Math.max(share.width, share.height) > 550, `page size ${share.width}×${share.height}`);
    assert.ok(share.ink / share.total > 0.03, `the poster has content (${share.ink} of ${share.total} pixels inked)`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a township official sees the villages by compliance, 鱼泉子村 with overdue items, and the quarterly reports', async () => {
    const base = server.url;
    const p = await newPage({ width: 1280, height: 900 });
    await login(p, 'sanjian-township');
    await p.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '公开情况' }).click();
    await p.waitForURL(`${base}/staff/disclosure/compliance?at=${TOWNSHIP}`);
    const rows = p.locator('table.compliance-table tbody tr');
    await rows.first().waitFor();
    // The last completed quarter is shown first; the demo's quarter is the third of 2026.
    await p.getByLabel('年份', { exact: true }).selectOption('2026');
    await p.getByLabel('季度', { exact: true }).selectOption('3');
    await p.locator('.compliance-summary').filter({ hasText: '2026年第三季度' }).waitFor();
    const yqz = rows.filter({ hasText: '鱼泉子村' });
    const cells = await yqz.locator('td').allInnerTexts();
    const overdue = Number(cells[0]);
    assert.ok(overdue > 0, `鱼泉子村 has overdue items (${cells.join(' | ')})`);
    // Overdue first: the column is sorted descending.
    const overdueColumn = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td')!.textContent)))) as number[];
    assert.deepEqual(overdueColumn, [...overdueColumn].sort((a, b) => b - a));
    assert.match(await p.locator('th[aria-sort="descending"]').innerText(), /逾期未公开/);
    await p.screenshot({ path: `${SHOTS}/gongzhi-compliance.png`, fullPage: true });
    await axeScan(p, 'compliance (township)');
    // Sorting by name, by keyboard.
    await p.getByRole('button', { name: '村(社区)', exact: true }).focus();
    await p.keyboard.press('Enter');
    await p.locator('th[aria-sort="ascending"]').waitFor();

    // The quarterly report: listed with its Excel download, and generated on demand.
    const download = p.getByRole('link', { name: '下载 2026年第三季度 Excel' });
    const href = await download.getAttribute('href');
    assert.equal(href, `/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports/2026/3?format=xlsx`);
    const xlsx = await p.request.get(`${base}${href}`);
    assert.equal(xlsx.status(), 200);
    assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
    await p.getByRole('button', { name: '立即生成 2026年第三季度 报表' }).click();
    await p.getByRole('status').filter({ hasText: '已生成 2026年第三季度 报表' }).waitFor();

    // From the overview to one village's calendar: the overdue rows are named.
    await yqz.getByRole('link', { name: '鱼泉子村' }).click();
    await p.waitForURL(`${base}/staff/disclosure/calendar?at=500230210200&year=2026`);
    await p.locator('table.calendar-table tbody tr').first().waitFor();
    assert.ok(await p.locator('table.calendar-table .state-overdue').count() > 0);
    await axeScan(p, 'compliance calendar (鱼泉子村)');
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the pages');
  });
});
