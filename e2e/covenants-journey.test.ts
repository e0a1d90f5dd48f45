// Journey: 鱼泉子村 revises its village rules (村规民约), from the next Tuesday after today. The committee
// clerk starts the revision, enters an opinion collected on paper and drafts; a new clause fines
// people for drying crops on the road and the screen flags it. A villager on a 360×640 phone
// comments on that clause on the public page; the clerk answers the comment and submits the
// draft; the township reviewer marks the finding "must change" and returns the draft; the clerk
// rewrites the clause (its id and the comment stay with it) and the township approves. The
// clerk calls the villagers' assembly with the statutory 10 days' notice; ten days later the
// vote is recorded with the women present; the township records the filing and the clerk
// publishes. An anonymous visitor sees the new text in force and gets the printable PDF.
// Real server, real Chromium, an axe scan of every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { write } from '../src/core/access/guard.ts';
import { createAccount, grantRole } from '../src/core/access/service.ts';
import { listResidents } from '../src/modules/people/service.ts';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { DEMO_PASSWORD, startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';
import { addDays, chinaDate, chinaInstant, nextWeekday } from '../src/core/time.ts';

const VILLAGE = '500230210200'; // 鱼泉子村
// The journey's days, relative to the real today (the server's and the browsers' clocks follow):
// it starts on the next Tuesday at 10:30 in China and holds the assembly ten days later.
const START_DAY = nextWeekday(chinaDate(new Date()), 2);
const ASSEMBLY_DAY = addDays(START_DAY, 10);
const YEAR = START_DAY.slice(0, 4);
const START = chinaInstant(START_DAY, 10, 30).getTime();
const DAY = 86_400_000;
let offset = 0;
const now = () => new Date(START + offset);
const FINE = '在公路上晾晒农作物的，罚款100元。';
const REWRITTEN = '在公路上晾晒农作物的，由村民委员会劝导，责令及时清理；造成损失的，照价赔偿。';
const COMMENT = '罚款不合法，建议改成劝导清理。';

describe('covenant revision journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let revisionPath = '';
  let villagerName = '';
  // Logins are rate limited (10 a minute per address): each person signs in once per day of the journey.
  let clerkDay1: Page;
  let townshipDay1: Page;
  let clerkDay2: Page;

  async function newPage(opts: { width: number; height: number; phone?: boolean }): Promise<Page> {
    const c = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, locale: 'zh-CN', ...(opts.phone ? { isMobile: true, hasTouch: true } : {}) });
    await c.clock.setSystemTime(now());
    contexts.push(c);
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.setDefaultTimeout(STATE_TIMEOUT_MS);
    return p;
  }
  const status = (p: Page, text: string) => p.getByRole('status').filter({ hasText: text }).waitFor();

  before(async () => {
    server = await startE2EServer({ now });
    browser = await launchChromium();
    // A villager of 鱼泉子村 with an account (the demo has none there).
    const villager = (await listResidents(server.db, VILLAGE, { limit: 1 })).items[0]!;
    villagerName = villager.name;
    const op = { accountId: null, label: 'journey', role: 'operator', code: null };
    await write(server.db, op, 'accounts.create', async (w) => {
      await createAccount(w.trx, op, { username: 'yqz-villager', displayName: villager.name, password: DEMO_PASSWORD, residentId: villager.id });
      await grantRole(w.trx, op, 'yqz-villager', 'resident', VILLAGE);
    });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    assert.deepEqual(pageErrors, [], 'no script errors on any page');
  });

  test('the clerk starts the revision, enters an opinion and drafts a clause with a fine, which is flagged', async () => {
    const p = await newPage({ width: 1280, height: 900 });
    clerkDay1 = p;
    await signIn(p, server.url, 'yqz-committee');
    await p.goto(`${server.url}/staff/covenants?at=${VILLAGE}`);
    await p.getByRole('heading', { level: 1, name: /村规民约/ }).waitFor();
    await axeScan(p, 'staff covenant page');
    await p.getByLabel('名称').fill(`${YEAR}年村规民约修订`);
    await p.getByRole('button', { name: '启动修订（开始征集民意）' }).click();
    await status(p, '已启动修订');
    await p.getByRole('link', { name: `${YEAR}年村规民约修订` }).click();
    await p.getByRole('heading', { level: 1, name: `${YEAR}年村规民约修订` }).waitFor();
    revisionPath = new URL(p.url()).pathname;
    await p.getByLabel('提出人').fill('陈国强');
    await p.getByLabel('收集方式').selectOption('meeting');
    await p.getByLabel('意见内容').fill('公路上晒粮食影响通行，要写进村规民约。');
    await axeScan(p, 'step 1: collect opinions');
    await p.getByRole('button', { name: '录入', exact: true }).click();
    await status(p, '意见已录入');
    await p.getByText('公路上晒粮食影响通行').waitFor();
    await p.getByRole('button', { name: '意见征集结束，开始拟定草案' }).click();
    await status(p, '开始拟定草案');

    const editor = p.getByLabel('草案全文');
    await editor.waitFor();
    const text = await editor.inputValue();
    assert.match(text, /# 社会公德/, 'the editor starts from the covenant in force');
    await editor.fill(`${text}\n\n# 公共秩序\n${FINE}`);
    await p.getByLabel('修改说明').fill('增加公路晾晒条款');
    await axeScan(p, 'step 2: draft editor');
    await p.getByRole('button', { name: '保存草案并审查' }).click();
    await status(p, '草案已保存并完成审查');
    await p.getByText('合法性审查：1 条条款有问题，请修改').waitFor();
    await p.locator('.cov-finding').filter({ hasText: '罚款是行政处罚' }).first().waitFor();
    await axeScan(p, 'step 2: draft flagged');
  });

  test('a villager on a phone comments on the clause', async () => {
    const p = await newPage({ width: 360, height: 640, phone: true });
    await signIn(p, server.url, 'yqz-villager');
    await p.goto(`${server.url}/v/${VILLAGE}`);
    await p.getByRole('link', { name: '村规民约（居民公约）' }).click();
    await p.getByRole('heading', { level: 2, name: /正在修订/ }).waitFor();
    await p.getByText(FINE.replace('。', '')).first().waitFor();
    const value = await p.getByLabel('条款').locator('option', { hasText: '第四条' }).getAttribute('value');
    await p.getByLabel('条款').selectOption(value!);
    await p.getByLabel('您的意见').fill(COMMENT);
    await axeScan(p, 'public covenant page with the draft (phone)');
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no sideways scrolling at 360 px (overflow ${overflow}px)`);
    await p.getByRole('button', { name: '提交意见' }).click();
    await status(p, '已提交对第四条的意见');
    await p.locator('li').filter({ hasText: COMMENT }).first().waitFor();
  });

  test('the clerk answers the comment and submits; the township requires the fine to go', async () => {
    const clerk = clerkDay1;
    await clerk.goto(`${server.url}${revisionPath}?at=${VILLAGE}`);
    await clerk.getByText(COMMENT).waitFor();
    const form = clerk.getByRole('form', { name: /答复意见/ }).first();
    await form.getByLabel('是否采纳').selectOption('adopted');
    await form.getByLabel('理由（随草案公布）').fill('采纳，将改为劝导清理和照价赔偿');
    await form.getByRole('button', { name: '保存答复' }).click();
    await status(clerk, '答复已保存');
    await clerk.getByRole('button', { name: '提请乡镇审核' }).click();
    await status(clerk, '已提请乡镇审核');

    const township = await newPage({ width: 1280, height: 900 });
    townshipDay1 = township;
    await signIn(township, server.url, 'sanjian-township');
    // The township's queue: revisions under way in its villages, reviews first.
    await township.goto(`${server.url}/staff/covenants?at=500230210000`);
    await township.getByRole('heading', { level: 1, name: /公约修订与审核/ }).waitFor();
    await axeScan(township, 'township review queue');
    await township.getByRole('row').filter({ hasText: '鱼泉子村' }).getByRole('link', { name: `${YEAR}年村规民约修订` }).click();
    await township.getByRole('heading', { level: 2, name: '提请审核' }).waitFor();
    await township.getByText('罚款是行政处罚', { exact: false }).first().waitFor();
    await axeScan(township, 'step 3: township review with findings');
    // Approval is refused while the finding is undecided.
    await township.getByRole('button', { name: '审核通过' }).click();
    await township.getByText(/未作决定/).first().waitFor();
    const decide = township.getByRole('form', { name: /对审查意见/ }).first();
    await decide.getByLabel('审核决定').selectOption('mustChange');
    await decide.getByLabel('理由').fill('村规民约无权设定罚款');
    await decide.getByRole('button', { name: '记录决定' }).click();
    await status(township, '决定已记录');
    await township.getByText('审核决定：必须修改').first().waitFor();
    await township.getByLabel('退回理由').fill('第四条设定罚款，须改为劝导和照价赔偿');
    await township.getByRole('button', { name: '退回', exact: true }).click();
    await status(township, '已退回修改');
  });

  test('the clerk rewrites the clause, the township approves', async () => {
    const clerk = clerkDay1;
    await clerk.goto(`${server.url}${revisionPath}?at=${VILLAGE}`);
    const editor = clerk.getByLabel('草案全文');
    await editor.waitFor();
    const text = await editor.inputValue();
    assert.ok(text.includes(FINE), text);
    await editor.fill(text.replace(FINE, REWRITTEN));
    await clerk.getByLabel('修改说明').fill('按审核意见删除罚款');
    await clerk.getByRole('button', { name: '保存草案并审查' }).click();
    await status(clerk, '草案已保存并完成审查');
    await clerk.getByText('合法性审查：未发现问题').waitFor();
    // The comment stays with its clause after the redraft.
    await clerk.getByText(COMMENT).waitFor();
    // Any two versions side by side: the first draft (with the fine) against the rewrite.
    await clerk.locator('summary', { hasText: '任选两个版本逐条对照' }).click();
    const picker = clerk.locator('.cov-diff-picker');
    await picker.getByLabel('对照的旧版本').selectOption({ index: 1 });
    await picker.getByRole('row').filter({ hasText: FINE.replace('。', '') }).filter({ hasText: '照价赔偿' }).filter({ hasText: '修改' }).waitFor();
    await axeScan(clerk, 'step 2: any two versions compared');
    await clerk.getByRole('button', { name: '提请乡镇审核' }).click();
    await status(clerk, '已提请乡镇审核');

    const township = townshipDay1;
    await township.goto(`${server.url}${revisionPath}?at=${VILLAGE}`);
    await township.getByText('合法性审查未发现问题。').waitFor();
    await township.getByRole('button', { name: '审核通过' }).click();
    await status(township, '审核通过');
  });

  test('the villagers\' assembly adopts it ten days after notice; filed and published', async () => {
    const clerk = clerkDay1;
    await clerk.goto(`${server.url}${revisionPath}?at=${VILLAGE}`);
    await clerk.getByRole('heading', { level: 2, name: '审议表决' }).waitFor();
    await clerk.getByLabel('会议日期').fill(ASSEMBLY_DAY);
    await clerk.getByLabel('地点').fill('村委会院坝');
    await axeScan(clerk, 'step 4: call the assembly');
    await clerk.getByRole('button', { name: '发出会议通知' }).click();
    await status(clerk, '会议通知已发出');

    offset = 10 * DAY; // the day of the assembly
    const clerk2 = await newPage({ width: 1280, height: 900 });
    clerkDay2 = clerk2;
    await signIn(clerk2, server.url, 'yqz-committee');
    await clerk2.goto(`${server.url}${revisionPath}?at=${VILLAGE}`);
    await clerk2.getByRole('heading', { level: 3, name: /登记表决结果/ }).waitFor();
    await clerk2.getByLabel('出席人数').fill('420');
    await clerk2.getByLabel('其中妇女人数').fill('186');
    await clerk2.getByLabel('赞成').fill('401');
    await clerk2.getByLabel('反对').fill('9');
    await clerk2.getByLabel('弃权').fill('10');
    await axeScan(clerk2, 'step 4: record the vote');
    await clerk2.getByRole('button', { name: '登记表决' }).click();
    await status(clerk2, '表决通过');

    const township = await newPage({ width: 1280, height: 900 });
    await signIn(township, server.url, 'sanjian-township');
    await township.goto(`${server.url}${revisionPath}?at=${VILLAGE}`);
    await township.getByRole('heading', { level: 2, name: '备案' }).waitFor();
    await axeScan(township, 'step 5: filing');
    await township.getByRole('button', { name: '记录备案' }).click();
    await status(township, '备案已记录');

    await clerk2.reload();
    await clerk2.getByRole('button', { name: '公布施行' }).click();
    await status(clerk2, '公约已公布施行');
    await clerk2.getByText('已公布施行').first().waitFor();
  });

  test('anyone reads the new text in force and prints it', async () => {
    const p = await newPage({ width: 360, height: 640, phone: true });
    await p.goto(`${server.url}/v/${VILLAGE}/covenant`);
    await p.getByRole('heading', { level: 2, name: '施行中的公约' }).waitFor();
    await p.getByText(REWRITTEN.replace('。', '')).first().waitFor();
    assert.equal(await p.getByText('罚款100元').count(), 0, 'the fine is gone from the text in force');
    await p.getByText(`${ASSEMBLY_DAY} 通过`).first().waitFor();
    // The history compares any two adopted versions: the rewritten clause is new since version 1.
    await p.locator('summary', { hasText: '任选两个版本逐条对照' }).click();
    await p.locator('.cov-diff-picker').getByRole('row').filter({ hasText: REWRITTEN.replace('。', '') }).filter({ hasText: '新增' }).waitFor();
    await axeScan(p, 'public covenant in force (phone)');
    const pdf = await p.request.get(`${server.url}/api/v1/villages/${VILLAGE}/covenant.pdf`);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  });

  test('the warning roll: a penalty is refused, the villager sees the entry naming the clause and appeals', async () => {
    const clerk = clerkDay2;
    await clerk.goto(`${server.url}/staff/covenants?at=${VILLAGE}`);
    await clerk.getByRole('heading', { level: 2, name: /红黑榜/ }).waitFor();
    const form = clerk.getByRole('form', { name: '记录' });
    await form.getByLabel('榜单').selectOption('warning');
    await form.getByLabel('姓名').fill(villagerName);
    const resident = form.getByLabel('对应居民（名册）');
    await resident.waitFor();
    const value = await resident.locator('option', { hasText: villagerName }).first().getAttribute('value');
    await resident.selectOption(value!);
    const clause = await form.getByLabel('条款').locator('option', { hasText: '第四条' }).getAttribute('value');
    await form.getByLabel('条款').selectOption(clause!);
    await form.getByLabel('事由').fill('在村道晾晒玉米，经劝导未清理，并罚款50元');
    await form.getByLabel(/依据/).fill(`网格员巡查记录（${ASSEMBLY_DAY}）`);
    await form.getByRole('button', { name: '记录' }).click();
    await form.locator('.field-error').filter({ hasText: '罚款是行政处罚' }).first().waitFor();
    await form.getByLabel('事由').fill('在村道晾晒玉米，经劝导未清理');
    await form.getByRole('button', { name: '记录' }).click();
    await status(clerk, '已记录');
    await axeScan(clerk, 'staff rolls');

    const p = await newPage({ width: 360, height: 640, phone: true });
    await signIn(p, server.url, 'yqz-villager');
    await p.goto(`${server.url}/v/${VILLAGE}/covenant`);
    await p.getByRole('heading', { level: 2, name: /黑榜/ }).waitFor();
    await p.getByText('在村道晾晒玉米，经劝导未清理').waitFor();
    await p.getByText(/对应第四条/).first().waitFor();
    await p.getByLabel('申诉理由').fill('玉米当天已收走，没有影响通行。');
    await axeScan(p, 'warning roll with appeal (phone)');
    await p.getByRole('button', { name: '提交申诉' }).click();
    await p.getByText('已申诉，等待处理').waitFor();

    // An anonymous visitor does not see the warning roll.
    const anon = await newPage({ width: 360, height: 640, phone: true });
    await anon.goto(`${server.url}/v/${VILLAGE}/covenant`);
    await anon.getByRole('heading', { level: 2, name: '红榜' }).waitFor();
    assert.equal(await anon.getByText('在村道晾晒玉米').count(), 0);
  });

  test('the committee sets how long the warning roll shows an entry, and enters an appeal received on paper', async () => {
    const clerk = clerkDay2;
    await clerk.goto(`${server.url}/staff/covenants?at=${VILLAGE}`);
    const settings = clerk.getByRole('form', { name: '黑榜展示期限' });
    await settings.getByLabel('展示天数').fill('7');
    await settings.getByRole('button', { name: '保存期限' }).click();
    await settings.locator('.field-error').first().waitFor();
    await axeScan(clerk, 'warning period refused');
    await settings.getByLabel('展示天数').fill('90');
    await settings.getByRole('button', { name: '保存期限' }).click();
    await status(clerk, '黑榜展示期限已改为 90 天');
    await clerk.getByText(/黑榜展示 90 天/).waitFor();

    // An entry for someone without an account; the appeal comes in on paper.
    const form = clerk.getByRole('form', { name: '记录', exact: true });
    await form.getByLabel('榜单').selectOption('warning');
    await form.getByLabel('姓名').fill('李某');
    await form.getByLabel('事由').fill('柴草堆放在村道上，经劝导未清理');
    await form.getByLabel(/依据/).fill(`网格员巡查记录（${ASSEMBLY_DAY}）`);
    await form.getByRole('button', { name: '记录' }).click();
    await status(clerk, '已记录');
    const entry = clerk.getByRole('listitem').filter({ hasText: '柴草堆放在村道上' });
    await entry.getByText(`展示至 ${addDays(ASSEMBLY_DAY, 90)}`).waitFor(); // the 90 days the committee just set
    await entry.locator('summary', { hasText: '录入书面（当面）申诉' }).click();
    const appeal = entry.getByRole('form', { name: /书面申诉/ });
    await appeal.getByRole('button', { name: '录入申诉' }).click();
    await appeal.locator('.field-error').first().waitFor();
    await appeal.getByLabel('申诉内容').fill(`李某书面申诉（${ASSEMBLY_DAY} 交村委会）：柴草当天已清理`);
    await axeScan(clerk, 'paper appeal');
    await appeal.getByRole('button', { name: '录入申诉' }).click();
    await status(clerk, '申诉已录入');
    await entry.getByText(/申诉：李某书面申诉/).waitFor();
    await entry.getByRole('form', { name: /处理申诉/ }).waitFor();
  });
});
