// Journey: the service desk of 廖家坝社区 on a fixed clock.
//
// The clock: the server's and every browser's clock stand still at NOW, the real moment the
// journey starts (the last step alone moves the server's clock on to the next working day, whole
// days later at the same time of day, to show the due date moving after a wait for the resident).
// Every date the journey checks (today on the verification page, the due date, the certificate's
// year) is read from that one moment, on the server (chinaDate(ctx.now())) and here (TODAY)
// alike, so a run that starts at 23:59:59 China time still sees one date throughout: nothing in
// the services and certificates modules reads the machine's own clock. Working days come from the
// server's own calendar (the package's years and the county's entry for the years after them),
// so the due dates the journey expects hold on any date.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';
import type { WorkingCalendar } from '../src/core/calendar/calendar.ts';
import { loadCalendar } from '../src/core/calendar/store.ts';
import { addDays, chinaDate } from '../src/core/time.ts';
import { dueDateAfterWaiting } from '../src/modules/services/rules.ts';

const VILLAGE = '500230210001'; // 廖家坝社区
const NOW = new Date();
/** The server's clock: NOW, until the last step moves it on to a later working day. */
let clock = NOW;
const TODAY = chinaDate(NOW);
/** The server's working-day calendar, read from its database once it has started. */
let cal: WorkingCalendar;
/** The due date the desk should show: 15 working days (the demo catalogue's old-age allowance). */
const expectedDue = () => `承诺 ${cal.addWorkingDays(TODAY, 15)} 前办结`;

describe('service desk and certificates journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let clerk: Page;
  let elder: { name: string; birthDate: string };
  let verifyPath = '';
  let number = '';
  let requestId = 0;

  async function newPage(width: number, height: number, phone = false): Promise<Page> {
    const c = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    await c.clock.setFixedTime(clock);
    contexts.push(c);
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.setDefaultTimeout(STATE_TIMEOUT_MS);
    return p;
  }
  const noOverflow = async (p: Page, label: string) => {
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${label}: no sideways scrolling (overflow ${overflow}px)`);
  };

  before(async () => {
    server = await startE2EServer({ now: () => clock });
    cal = await loadCalendar(server.db);
    browser = await launchChromium();
    // The oldest resident living in the community (the register is the demo population).
    const r = await sql<{ name: string; birthDate: string }>`SELECT name, to_char(birth_date, 'YYYY-MM-DD') AS "birthDate" FROM resident WHERE jurisdiction_code = ${VILLAGE} AND habitual ORDER BY birth_date, id LIMIT 1`.execute(server.db);
    elder = r.rows[0]!;
    assert.ok(elder.birthDate < '1950-01-01', `an elderly resident (born ${elder.birthDate})`);
    clerk = await newPage(1280, 900);
    await signIn(clerk, server.url, 'ljb-committee');
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
    assert.deepEqual(pageErrors, [], 'no uncaught errors in any page');
  });

  test('the desk issues a lawful certificate as a PDF with a QR to its verification page', async () => {
    await clerk.goto(`${server.url}/staff/services?at=${VILLAGE}`);
    await clerk.getByRole('heading', { name: /服务窗口/ }).first().waitFor();
    await axeScan(clerk, 'service desk');
    const desk = clerk.getByRole('form', { name: '窗口代办登记' });
    await desk.getByLabel('查找居民').fill(elder.name);
    await clerk.getByRole('button', { name: new RegExp(`^选择 ${elder.name}（${elder.birthDate}`) }).click();
    await clerk.getByText(`办理人：${elder.name}`).waitFor();
    await clerk.getByLabel('开具证明').check();
    await clerk.getByLabel('证明名称').fill('居住证明');
    await clerk.getByLabel('用途').fill('申请高龄津贴');
    await clerk.getByLabel('证明内容').fill('该居民自1980年起在本社区实际居住至今。');
    await clerk.getByRole('button', { name: '按清单办理' }).click();
    const result = clerk.locator('.svc-outcome-issued').filter({ hasText: '已出具：居住证明' });
    await result.waitFor();
    number = /证明编号 (\d{12}-\d{4}-\d{4})/.exec(await result.innerText())![1]!;
    await axeScan(clerk, 'desk: certificate issued');

    // The PDF downloads, and carries the number and the verification address (beside the QR).
    const [download] = await Promise.all([clerk.waitForEvent('download'), clerk.getByRole('link', { name: '下载证明 PDF' }).click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-cert-'));
    const file = path.join(dir, 'certificate.pdf');
    await download.saveAs(file);
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr}`);
    assert.ok(text.stdout.includes(number), 'the PDF shows the number');
    const url = /(http:\/\/\S+\/verify\/certificate\/\S+)/.exec(text.stdout)?.[1];
    assert.ok(url, 'the PDF shows the verification address');
    verifyPath = new URL(url).pathname;
    const images = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    if (images.status === 0) assert.ok(images.stdout.split('\n').length > 3, 'the PDF has the QR image');
    fs.rmSync(dir, { recursive: true, force: true });

    // The link on the page and the QR lead to the same public page.
    const link = await clerk.getByRole('link', { name: '查看核验页面' }).getAttribute('href');
    assert.equal(link, verifyPath);
  });

  test('the verification page shows issuer, date and the masked holder, on a 320 px phone', async () => {
    const p = await newPage(320, 640, true);
    await p.goto(`${server.url}${verifyPath}`);
    await p.getByText('本证明真实有效').waitFor();
    const body = await p.locator('main').innerText();
    assert.ok(body.includes(number));
    assert.ok(body.includes('廖家坝社区居民委员会'), 'issued by the committee');
    assert.ok(body.includes(TODAY), 'issued today');
    const masked = `${[...elder.name][0]}${'*'.repeat([...elder.name].length - 1)}`; // the surname, the given name hidden
    assert.ok(body.includes(masked), `holder masked as ${masked}`);
    assert.ok(!body.includes(elder.name), 'the whole name is not shown');
    await noOverflow(p, 'verification page at 320 px');
    await axeScan(p, 'certificate verification (320 px)');
    await p.goto(`${server.url}/verify/certificate/${number}/forged1`);
    await p.getByText('查无此证明').waitFor();
  });

  test('a forbidden certificate (亲属关系证明) is refused at once with the authority named', async () => {
    await clerk.getByLabel('证明名称').fill('亲属关系证明');
    await clerk.getByLabel('用途').fill('办理银行业务');
    await clerk.getByLabel('证明内容').fill('');
    await clerk.getByRole('button', { name: '按清单办理' }).click();
    const refused = clerk.locator('.svc-outcome-refused').filter({ hasText: '不予出具：亲属关系证明' });
    await refused.waitFor();
    const text = await refused.innerText();
    assert.match(text, /应到此办理：公安机关户籍管理部门/);
    assert.match(text, /民发〔2020〕20号/);
    await axeScan(clerk, 'desk: certificate refused');
  });

  test('a service filed at the desk is accepted into the back office and routed to the township\'s civil-affairs office, whose staff work it', async () => {
    await clerk.getByLabel('服务事项', { exact: true }).check();
    await clerk.getByLabel('办理的服务事项').selectOption({ label: '高龄津贴申请' });
    await clerk.getByRole('form', { name: '窗口代办登记' }).getByText(/承诺 15 个工作日/).waitFor();
    await clerk.getByLabel('申请内容').fill('申请高龄津贴，由网格员送件');
    await clerk.getByRole('button', { name: '提交申请' }).click();
    await clerk.waitForURL(/\/staff\/services\/requests\/\d+\?at=/);
    requestId = Number(/requests\/(\d+)/.exec(clerk.url())![1]);
    await clerk.locator('.svc-state').filter({ hasText: '已受理登记' }).first().waitFor();
    await clerk.getByText(expectedDue()).waitFor(); // 15 working days on the county calendar
    await axeScan(clerk, 'request page (clerk)');

    const township = await newPage(1024, 800);
    await signIn(township, server.url, 'sanjian-township');
    await township.goto(`${server.url}/staff/services/requests/${requestId}?at=${VILLAGE}`);
    await township.getByLabel('改为').selectOption({ label: '已接收（后台）' });
    await township.getByRole('button', { name: '保存' }).click();
    await township.locator('.svc-timeline li').filter({ hasText: '已接收（后台）' }).waitFor();
    // 高龄津贴 is the civil-affairs office's: accepting routed it there; the township follows it
    // (the move form gives way to a note naming the department).
    await township.getByText('该申请已转交三建乡社会事务办办理').waitFor();
    await township.getByText('办理部门：三建乡社会事务办').first().waitFor();
    assert.equal(await township.getByLabel('改为').count(), 0, 'the township no longer moves a routed request');
    await axeScan(township, 'request page (township, routed)');

    const office = await newPage(1024, 800);
    await signIn(office, server.url, 'sanjian-civil');
    await office.goto(`${server.url}/staff/services/requests/${requestId}?at=${VILLAGE}`);
    // The rules refuse a jump: from accepted, "received" is not offered; closing needs a reason.
    await office.getByLabel('改为').selectOption({ label: '未办理关闭' });
    await office.getByRole('button', { name: '保存' }).click();
    await office.getByText('未办理关闭必须写明原因').first().waitFor();
    await axeScan(office, 'request page (department staff)');
  });

  test('the resident follows their own request on a phone', async () => {
    const p = await newPage(360, 640, true);
    await signIn(p, server.url, 'ljb-resident');
    await p.getByRole('link', { name: '我的申请' }).first().click();
    await p.getByRole('heading', { name: '我的申请' }).waitFor();
    const card = p.locator('.svc-card').filter({ hasText: '城乡居民基本医疗保险参保登记' });
    await card.locator('.svc-state').filter({ hasText: '办理中' }).waitFor();
    await noOverflow(p, 'my requests at 360 px');
    await axeScan(p, 'my requests (360 px)');
    await card.getByRole('link').click();
    const steps = p.locator('.svc-timeline li strong');
    await steps.filter({ hasText: '办理中' }).waitFor();
    assert.deepEqual(await steps.allInnerTexts(), ['已受理登记', '已接收（后台）', '办理中']);
    await p.locator('.svc-timeline').getByText('已转县医保局录入').waitFor();
    await axeScan(p, 'my request timeline (360 px)');
    // Online, without the desk.
    await p.getByRole('link', { name: '← 返回我的申请' }).click();
    await p.getByText('在线提交申请').click();
    await p.getByLabel('办理的服务事项').selectOption({ label: '城乡居民基本养老保险参保登记' });
    await p.getByLabel('申请内容').fill('办理城乡居民养老保险参保');
    await p.getByRole('button', { name: '提交申请' }).click();
    await p.getByText(/已提交，受理编号 \d+/).waitFor();
    await p.locator('.svc-card').filter({ hasText: '城乡居民基本养老保险参保登记' }).locator('.svc-state').filter({ hasText: '已受理登记' }).waitFor();
    await noOverflow(p, 'my requests with the form at 360 px');
    await axeScan(p, 'my requests: filed online (360 px)');
  });

  test('the resident asks for certificates online on a phone; the member holding the seal issues the lawful one; the resident downloads it', async () => {
    const who = await sql<{ name: string }>`SELECT r.name FROM account a JOIN resident r ON r.id = a.resident_id WHERE a.username = 'ljb-resident'`.execute(server.db);
    const residentName = who.rows[0]!.name;
    const p = await newPage(360, 640, true);
    await signIn(p, server.url, 'ljb-resident');
    await p.goto(`${server.url}/staff/my-requests`);
    await p.getByRole('heading', { name: '我的申请' }).waitFor();
    await p.getByText('在线申请证明').click();
    const form = p.getByRole('form', { name: '在线申请证明' });
    await form.getByText(/本县可以出具的证明：.*居住证明/).waitFor();
    const ask = async (name: string, purpose: string, outcome: string) => {
      await form.getByLabel('证明名称').fill(name);
      await form.getByLabel('用途').fill(purpose);
      await form.getByRole('button', { name: '申请证明' }).click();
      await form.getByRole('status').filter({ hasText: outcome }).waitFor();
    };
    const certs = p.locator('section[aria-labelledby="my-cert"]');
    // Forbidden: refused at once, with the basis and the office that serves the resident instead.
    await ask('单身证明', '办理婚姻登记', '已提交「婚姻状况证明」：不予出具');
    const refused = certs.locator('.svc-outcome-refused').filter({ hasText: '婚姻状况证明' });
    await refused.waitFor();
    const refusedText = await refused.innerText();
    assert.match(refusedText, /应到此办理：民政部门婚姻登记机关/);
    assert.match(refusedText, /依据：民发〔2020〕20号.*第8项/);
    // Unlisted: the township decides.
    await ask('农机具使用证明', '申请农机补贴', '已提交「农机具使用证明」：待乡镇决定');
    await certs.locator('.svc-outcome-pendingTownship').filter({ hasText: '农机具使用证明' }).getByText('不在清单上，已报乡镇(街道)决定').waitFor();
    // Lawful: waits for the committee member holding the seal.
    await ask('居住证明', '办理居住证', '已提交「居住证明」：可以出具，待持章成员出具');
    await certs.locator('.svc-outcome-approved').filter({ hasText: '居住证明' }).getByText(/等待持章的村\(居\)委会成员/).waitFor();
    await noOverflow(p, 'my requests: certificates asked online at 360 px');
    await axeScan(p, 'my requests: certificates asked online (360 px)');

    // The member holding the seal (the committee) writes what it attests and issues it.
    await clerk.goto(`${server.url}/staff/certificates?at=${VILLAGE}`);
    const waiting = clerk.locator('.svc-card').filter({ hasText: `居住证明 · ${residentName}` }).filter({ has: clerk.getByRole('form', { name: '出具：居住证明' }) });
    await waiting.getByLabel('证明内容').fill(`${residentName}自2018年起在本社区实际居住。`);
    await waiting.getByRole('button', { name: '出具证明' }).click();
    await clerk.locator('.svc-outcome-issued').filter({ hasText: `居住证明 · ${residentName}` }).first().waitFor();
    await axeScan(clerk, 'certificates: issued an online request');

    // The resident sees it issued and downloads the numbered PDF.
    await p.reload();
    const issued = certs.locator('.svc-outcome-issued').filter({ hasText: '居住证明' }).filter({ hasText: '下载证明 PDF' });
    await issued.waitFor();
    const mine = /证明编号 (\d{12}-\d{4}-\d{4})/.exec(await issued.innerText())![1]!;
    assert.ok(mine.startsWith(`${VILLAGE}-${TODAY.slice(0, 4)}-`), `numbered in this village and year (${mine})`);
    const [download] = await Promise.all([p.waitForEvent('download'), issued.getByRole('link', { name: '下载证明 PDF' }).click()]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-cert-'));
    const file = path.join(dir, 'mine.pdf');
    await download.saveAs(file);
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr}`);
    assert.ok(text.stdout.includes(mine), 'the PDF shows the number');
    fs.rmSync(dir, { recursive: true, force: true });
    await noOverflow(p, 'my requests: certificate issued at 360 px');
    await axeScan(p, 'my requests: certificate issued (360 px)');
  });

  test('the seal log and the lists', async () => {
    await clerk.goto(`${server.url}/staff/certificates/seal-log?at=${VILLAGE}`);
    await clerk.locator('td').filter({ hasText: number }).waitFor();
    const row = await clerk.locator('tr').filter({ hasText: number }).innerText();
    assert.ok(row.includes(elder.name) && row.includes('居住证明') && row.includes('ljb-committee'));
    await axeScan(clerk, 'seal log');
    await clerk.goto(`${server.url}/staff/certificates?at=${VILLAGE}`);
    await clerk.getByRole('heading', { name: '不应出具的证明' }).waitFor();
    await clerk.locator('.svc-card').filter({ hasText: '亲属关系证明' }).first().waitFor();
    await axeScan(clerk, 'certificate lists');
  });

  test('the county keeps the catalogue and sees the requests of its villages', async () => {
    const p = await newPage(1280, 900);
    await signIn(p, server.url, 'fengdu-county');
    await p.goto(`${server.url}/staff/services?at=500230000000`);
    await p.locator('.svc-card').filter({ hasText: '高龄津贴申请' }).first().waitFor(); // a request from 廖家坝社区
    const row = p.getByRole('heading', { name: '本县服务事项目录' }).locator('xpath=..').locator('li').filter({ hasText: '临时救助申请' });
    await row.getByText('修改').click();
    await row.getByLabel('承诺工作日').fill('7');
    await row.getByRole('button', { name: '保存' }).click();
    await row.getByText('已保存').waitFor();
    await row.getByText(/承诺 7 个工作日/).waitFor();
    await axeScan(p, 'county: requests and catalogue');
  });

  test('the staff pages work at 320 px', async () => {
    const p = await newPage(320, 640, true);
    await signIn(p, server.url, 'ljb-committee');
    for (const [page, heading] of [['/staff/services', '窗口代办登记'], ['/staff/certificates', '不应出具的证明'], ['/staff/certificates/seal-log', '用章登记'], [`/staff/services/requests/${requestId}`, '办理进度']] as const) {
      await p.goto(`${server.url}${page}?at=${VILLAGE}`);
      await p.getByRole('heading', { name: heading }).first().waitFor();
      await noOverflow(p, `${page} at 320 px`);
    }
  });
  // Last, because it moves the server's clock on (the steps above all read TODAY).
  test('the clock stops while the request waits for the resident; the timeline shows the moved due date', async () => {
    const dueOf = async () => (await sql<{ d: string | null }>`SELECT to_char(due_on, 'YYYY-MM-DD') AS d FROM service_request WHERE id = ${requestId}`.execute(server.db)).rows[0]!.d;
    const office = await newPage(1024, 800);
    await signIn(office, server.url, 'sanjian-civil');
    await office.goto(`${server.url}/staff/services/requests/${requestId}?at=${VILLAGE}`);
    await office.getByLabel('改为').selectOption({ label: '待居民补充材料' });
    await office.getByLabel('说明（居民可见）').fill('请补交本人银行卡（折）复印件');
    await office.getByRole('button', { name: '保存' }).click();
    await office.locator('.svc-timeline li').filter({ hasText: '待居民补充材料' }).waitFor();
    const before = await dueOf();
    assert.ok(before, 'the request has a due date on the county calendar');

    // The resident brings the papers on the next working day (found on the server's calendar).
    let days = 1;
    while (!cal.isWorkday(addDays(TODAY, days))) days++;
    const expected = dueDateAfterWaiting(cal, before, TODAY, addDays(TODAY, days));
    clock = new Date(NOW.getTime() + days * 86_400_000);
    const next = await newPage(1024, 800); // a new session: the one from NOW has lapsed on the server's clock
    await signIn(next, server.url, 'sanjian-civil');
    await next.goto(`${server.url}/staff/services/requests/${requestId}?at=${VILLAGE}`);
    await next.getByLabel('改为').selectOption({ label: '办理中' });
    await next.getByLabel('说明（居民可见）').fill('材料已补齐，继续办理');
    await next.getByRole('button', { name: '保存' }).click();
    await next.getByText('已更新，居民会收到通知').waitFor();
    const last = next.locator('.svc-timeline li').filter({ hasText: '材料已补齐' });
    await last.waitFor();
    assert.equal(await dueOf(), expected, `due ${before} → ${expected} after ${days} day(s) waiting`);
    if (expected !== null && expected !== before) {
      await last.getByText(`办结期限顺延至 ${expected}`).waitFor();
      await next.getByText(`承诺 ${expected} 前办结`).first().waitFor();
    } else {
      assert.equal(await last.locator('.svc-due-moved').count(), 0, 'nothing moved, nothing shown');
    }
    await axeScan(next, 'request page: due date moved');
  });
});
