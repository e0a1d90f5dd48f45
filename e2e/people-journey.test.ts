// Journey: a committee member of 廖家坝社区 imports households from Excel (a bad row first,
// then the fixed file), finds an imported resident by pinyin initials and opens them; a
// supervisor sees the import in the audit log; a resident's phone opens the public page.
// Real server, real Chromium, and an axe-core accessibility scan of every page visited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { columns } from '../src/modules/people/excel.ts';
import { checkDigit } from '../src/modules/people/rules.ts';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { DEMO_PASSWORD, startE2EServer, type E2EServer } from './support/server.ts';

const VILLAGE = '500230210001'; // 廖家坝社区
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

function idNumber(birth: string, seq: number): string {
  const first17 = `500230${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkDigit(first17);
}
function wrongCheckDigit(id: string): string {
  const last = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + last;
}

// 3 new households, 5 residents. Odd sequence = male, even = female (GB 11643-1999).
const people = [
  { householdNumber: 'E001', group: '第一居民小组', address: '滨江路 8 号', name: '邝国平', relationToHead: '户主', idNumber: idNumber('1972-04-18', 131), phone: '13700001234', registered: '是', habitual: '是', partyMember: '是' },
  { householdNumber: 'E001', group: '第一居民小组', address: '', name: '邝雨桐', relationToHead: '子女', idNumber: idNumber('2003-09-02', 142), phone: '', registered: '是', habitual: '否', partyMember: '否' },
  { householdNumber: 'E002', group: '第二居民小组', address: '滨江路 10 号', name: '欧阳明', relationToHead: '户主', idNumber: idNumber('1965-01-30', 153), phone: '', registered: '是', habitual: '是', partyMember: '否' },
  { householdNumber: 'E002', group: '第二居民小组', address: '', name: '温淑珍', relationToHead: '配偶', idNumber: idNumber('1967-11-11', 164), phone: '', registered: '是', habitual: '是', partyMember: '否' },
  { householdNumber: 'E003', group: '', address: '', name: '蓝志强', relationToHead: '户主', idNumber: idNumber('1990-06-06', 175), phone: '', registered: '否', habitual: '是', partyMember: '否' },
];
const BAD_INDEX = 3; // 温淑珍, sheet row 5 (row 1 is the header)
const BAD_ROW = BAD_INDEX + 2;
const SEARCHED = people[1]!; // 邝雨桐 → initials "kyt"

async function workbook(rows: typeof people): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('村(居)民');
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getColumn('idNumber').numFmt = '@';
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('people journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    browser = await launchChromium(); // fails first and clearly if Chromium is missing
    server = await startE2EServer();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.setDefaultTimeout(STATE_TIMEOUT_MS);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a committee member imports a file, fixes a bad row, then finds and opens an imported resident', async () => {
    const base = server.url;
    await page.goto(`${base}/login`);
    await page.getByRole('heading', { level: 1, name: '工作人员登录' }).waitFor();
    await axeScan(page, 'login');
    // A wrong password: the server's problem+json detail is shown, in Chinese.
    await page.getByLabel('用户名').fill('ljb-committee');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await axeScan(page, 'login with an error');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/staff\?at=500230210001$/);
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await axeScan(page, 'staff home');

    await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '村(居)民名册' }).click();
    await page.waitForURL(`${base}/staff/people?at=${VILLAGE}`);
    await page.locator('table.people-table tbody tr').first().waitFor();
    await axeScan(page, 'register');

    await page.getByRole('link', { name: 'Excel 导入' }).click();
    await page.waitForURL(`${base}/staff/people/import?at=${VILLAGE}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Excel 导入名册' }).waitFor();
    await axeScan(page, 'import');

    // 1) A file with one wrong check digit: the report names the row and the column.
    const bad = people.map((p, i) => (i === BAD_INDEX ? { ...p, idNumber: wrongCheckDigit(p.idNumber) } : p));
    const fileInput = page.getByLabel('选择 Excel 文件 (.xlsx)');
    const importButton = page.getByRole('button', { name: '导入', exact: true });
    await fileInput.setInputFiles({ name: '廖家坝-新户.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook(bad) });
    assert.equal(await importButton.isDisabled(), true, 'import is disabled before validation');
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByRole('heading', { name: /发现 1 处错误/ }).waitFor();
    const errorRows = page.locator('table.errors-table tbody tr');
    assert.equal(await errorRows.count(), 1);
    const cells = await errorRows.first().locator('td').allInnerTexts();
    assert.equal(cells[0], String(BAD_ROW));
    assert.equal(cells[1], '身份证号');
    assert.match(cells[2]!, new RegExp(`第 ${BAD_ROW} 行「身份证号」`));
    assert.match(cells[2]!, /校验/);
    assert.equal(await importButton.isDisabled(), true, 'import stays disabled while the report has errors');
    await axeScan(page, 'import report with errors');

    // 2) The fixed file validates, then imports.
    await fileInput.setInputFiles({ name: '廖家坝-新户.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook(people) });
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByRole('heading', { name: '校验通过，可以导入' }).waitFor();
    assert.equal(await importButton.isEnabled(), true);
    await importButton.click();
    await page.getByRole('heading', { name: '导入成功' }).waitFor();
    const counts = Object.fromEntries(await page.locator('dl.counts > div').evaluateAll((divs) =>
      divs.map((d) => [d.querySelector('dt')!.textContent!, d.querySelector('dd')!.textContent!])));
    assert.deepEqual(counts, { 数据行: '5', 新户: '3', 已有户: '0', '新增村(居)民': '5', '更新村(居)民': '0' });
    await axeScan(page, 'import done');

    // 3) Find one imported resident by pinyin initials and open them: the ID number is masked.
    await page.getByRole('link', { name: '查看名册' }).click();
    await page.waitForURL(`${base}/staff/people?at=${VILLAGE}`);
    await page.getByRole('searchbox', { name: '查找村(居)民' }).fill('kyt');
    const row = page.locator('table.people-table tbody tr');
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('table.people-table tbody tr');
      return rows.length === 1 && rows[0]!.textContent!.includes('邝雨桐');
    });
    assert.equal(await row.count(), 1);
    const masked = `${SEARCHED.idNumber.slice(0, 4)}${'*'.repeat(10)}${SEARCHED.idNumber.slice(-4)}`;
    assert.match(await row.first().innerText(), new RegExp(masked.replaceAll('*', '\\*')));
    await page.screenshot({ path: `${SHOTS}/gongzhi-register.png`, fullPage: true });
    // Keyboard: focus the row link and open it with Enter.
    await row.first().getByRole('link', { name: SEARCHED.name }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/staff/people/\\d+\\?at=${VILLAGE}$`));
    await page.getByRole('heading', { level: 1, name: SEARCHED.name }).waitFor();
    const idCell = page.getByTestId('id-number');
    assert.equal(await idCell.innerText(), masked);
    assert.ok(!(await page.content()).includes(SEARCHED.idNumber), 'the whole ID number is not on the page before it is asked for');
    await axeScan(page, 'resident detail');
    // The household (E001) is listed with its head.
    assert.ok((await page.getByRole('region', { name: /户 E001 的成员/ }).innerText()).includes('邝国平'));
    // Revealing is allowed for a committee member (and audited on the server).
    await page.getByRole('button', { name: '显示完整身份证号和电话' }).click();
    await page.waitForFunction((id) => document.querySelector('[data-testid="id-number"]')?.textContent === id, SEARCHED.idNumber);

    // 4) 320 px wide: the register still works (table scrolls inside its region).
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goBack();
    await page.waitForURL(`${base}/staff/people?at=${VILLAGE}`);
    await page.locator('table.people-table tbody tr').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page itself does not scroll sideways at 320 px (overflow ${overflow}px)`);
    await page.screenshot({ path: `${SHOTS}/gongzhi-register-320.png`, fullPage: false });
    await axeScan(page, 'register at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // 5) Sign out.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login`);
  });

  test('a supervisor sees the import in the audit log', async () => {
    const base = server.url;
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill('ljb-supervisor');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/staff\?at=/);
    await page.getByRole('link', { name: '操作留痕' }).first().click();
    await page.waitForURL(`${base}/staff/audit?at=${VILLAGE}`);
    await page.locator('table.audit-table tbody tr').first().waitFor();
    const text = await page.locator('table.audit-table').innerText();
    assert.match(text, /Excel 导入/);
    assert.match(text, /查看完整证件号和电话/);
    assert.ok(!text.includes(SEARCHED.idNumber), 'no whole ID number in the audit log');
    await axeScan(page, 'audit');
    // A supervisor may read but not write: no import link on the register.
    await page.getByRole('link', { name: '村(居)民名册' }).click();
    await page.locator('table.people-table tbody tr').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Excel 导入' }).count(), 0);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login`);
  });

  test('a township official drills down from the township to one of its villages', async () => {
    const base = server.url;
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill('sanjian-township');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${base}/staff?at=500230210000`);
    await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '村(居)民名册' }).click();
    await page.getByRole('heading', { level: 1, name: '请选择村或社区' }).waitFor();
    await axeScan(page, 'register without a village');
    const switcher = page.getByRole('navigation', { name: '辖区选择' });
    await switcher.getByLabel('选择村(社区)').selectOption({ label: '廖家坝社区' });
    await switcher.getByRole('button', { name: '进入' }).click();
    await page.waitForURL(`${base}/staff/people?at=${VILLAGE}`);
    await page.locator('table.people-table tbody tr').first().waitFor();
    assert.match(await switcher.innerText(), /三建乡[\s\S]*廖家坝社区/);
    // Back up to the township through the breadcrumb.
    await switcher.getByRole('link', { name: '三建乡' }).click();
    await page.waitForURL(`${base}/staff/people?at=500230210000`);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login`);
  });

  test('the public village page and the landing page on a small phone', async () => {
    const base = server.url;
    const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    try {
      const p = await phone.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
      const scripts: string[] = [];
      p.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
      await p.goto(`${base}/v/${VILLAGE}`);
      await p.getByRole('heading', { level: 1, name: '廖家坝社区' }).waitFor();
      assert.equal(await p.locator('h1').count(), 1);
      const breadcrumb = await p.getByRole('navigation', { name: '所在地' }).innerText();
      assert.match(breadcrumb, /丰都县[\s\S]*三建乡/);
      assert.equal(await p.getByRole('heading', { level: 3, name: '党支部', exact: true }).count(), 1);
      assert.equal(await p.getByRole('heading', { level: 3, name: '居民委员会', exact: true }).count(), 1);
      assert.equal(await p.getByRole('heading', { level: 3, name: '居务监督委员会', exact: true }).count(), 1);
      assert.match(await p.locator('a[href^="tel:"]').first().getAttribute('href') ?? '', /^tel:\d+/);
      await p.getByRole('heading', { level: 2, name: '公开栏', exact: true }).waitFor();
      assert.ok(scripts.every((s) => !/staff/.test(s)), `the public page loads no staff code: ${scripts.join(', ')}`);
      await p.screenshot({ path: `${SHOTS}/gongzhi-village-360.png`, fullPage: true });
      await axeScan(p, 'public village page (360 px)');
      await p.setViewportSize({ width: 320, height: 640 });
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 320 px (overflow ${overflow}px)`);
      await p.screenshot({ path: `${SHOTS}/gongzhi-village-320.png`, fullPage: true });

      // Switching to English persists and sets <html lang>.
      await p.getByRole('button', { name: 'English' }).click();
      await p.getByRole('heading', { name: 'Committee members' }).waitFor();
      assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await p.getByRole('heading', { level: 3, name: "Residents' committee" }).count(), 1);
      await axeScan(p, 'public village page in English');
      await p.reload();
      await p.getByRole('heading', { name: 'Committee members' }).waitFor();
      await p.getByRole('button', { name: '中文' }).click();
      await p.getByRole('heading', { name: '两委及监委会成员' }).waitFor();

      await p.setViewportSize({ width: 360, height: 640 });
      await p.goto(`${base}/`);
      await p.getByRole('heading', { level: 1 }).waitFor();
      await p.getByRole('searchbox', { name: '村或社区名称' }).fill('廖家坝');
      await p.getByRole('link', { name: '廖家坝社区' }).waitFor();
      await p.screenshot({ path: `${SHOTS}/gongzhi-landing-360.png`, fullPage: true });
      await axeScan(p, 'landing (360 px)');
      await p.getByRole('link', { name: '廖家坝社区' }).click();
      await p.waitForURL(`${base}/v/${VILLAGE}`);
      await p.getByRole('heading', { level: 1, name: '廖家坝社区' }).waitFor();
    } finally {
      await phone.close();
    }
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the pages');
  });
});
