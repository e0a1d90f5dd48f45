// Journey: democratic decisions (四议两公开) in 廖家坝社区. The committee clerk starts a 一事一议
// road repair and takes it from proposal to published outcome: each step's meeting scheduled
// from the matter with its statutory notice (a too-early date is refused and shown), held with
// the roll on a 360 px phone, voted, closed with minutes; one representatives' meeting fails
// quorum, the step is refused with the rule and the meeting is held again. The supervisory
// committee records an objection, approves both publications in its review queue, the clerk
// publishes them and the matter moves on. An anonymous visitor on a 360×640 phone sees every
// step on the public timeline with the published links. Then the representatives' register,
// a consultation topic (a resident comments and proposes, the committee moderates and records
// the session) and the rules calculator. Real server, real Chromium, an axe scan of every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { DEMO_PASSWORD, startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';
import { addDays, chinaDate } from '../src/core/time.ts';

const VILLAGE = '500230210001'; // 廖家坝社区: a community, the secretary also chairs the committee (一肩挑)
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
const TITLE = '三组通组公路维修“一事一议”';
const DESCRIPTION = '三组通组公路 0.8 公里路面破损，拟以“一事一议”方式筹资筹劳维修：财政奖补 60%，居民每人筹资 40 元，每户筹劳 2 个工日。';
const RESOLUTION = '同意三组通组公路维修“一事一议”方案：财政奖补 60%，居民每人筹资 40 元，每户筹劳 2 个工日。';
const OUTCOME = '三组通组公路 0.8 公里已修复并验收；财政奖补 4.8 万元、居民筹资 1.6 万元，支出 6.3 万元，结余 0.1 万元。';
const OBJECTION = '建议决议公开时附上工程预算明细，便于居民监督';

// Time: a meeting cannot be scheduled in the past or after its notice date, and is recorded
// only on its day. The server runs on a clock the journey moves forward (real time plus an
// offset), and the browsers' clocks follow it: the clerk schedules the representatives'
// meeting with its 3 working days' notice, and holds it on the day. The party branch, the two
// committees and the party members have no statutory notice: they meet the day they are called.
// Working days come from the holiday calendar: the package's years, and the county's entry for
// the years after them (the journey's server enters them, see support/server.ts).
let offsetMs = 0;
const serverNow = () => new Date(Date.now() + offsetMs);
const TODAY = chinaDate(new Date());

describe('democratic decisions journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let clerk: Page;
  let phone: Page; // the clerk again, on a phone in the meeting room
  let supervisor: Page;
  let matterId = 0;
  let resolutionEntry = 0;
  let outcomeEntry = 0;

  async function newPage(opts: { width: number; height: number; phone?: boolean }): Promise<Page> {
    const c = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, locale: 'zh-CN', ...(opts.phone ? { isMobile: true, hasTouch: true } : {}) });
    if (offsetMs > 0) await c.clock.setSystemTime(serverNow());
    contexts.push(c);
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.setDefaultTimeout(STATE_TIMEOUT_MS);
    return p;
  }
  const login = (p: Page, username: string) => signIn(p, server.url, username);
  /** The morning of a day, for the server and every browser. Sessions lapse after a jump of days. */
  async function advanceTo(day: string) {
    offsetMs = Math.max(offsetMs, Date.parse(`${day}T10:00:00+08:00`) - Date.now());
    for (const c of contexts) await c.clock.setSystemTime(serverNow());
  }
  /** The earliest day a representatives' meeting can be held when notice is given on `from`. */
  async function earliestRepresentativesDay(from: string): Promise<string> {
    for (let n = 1; n <= 30; n++) {
      const d = addDays(from, n);
      const r = await fetch(`${server.url}/api/v1/rules/notice-deadline`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'representativesMeeting', meetingDate: d }) });
      const body = await r.json() as { latestNoticeDate?: string; detail?: string };
      assert.equal(r.status, 200, `notice deadline of ${d}: ${body.detail ?? r.status}`);
      if (body.latestNoticeDate! >= from) return d;
    }
    throw new Error(`no date within 30 days of ${from}`);
  }
  const matterUrl = () => `${server.url}/staff/decisions/${matterId}?at=${VILLAGE}`;
  const stateOf = (p: Page) => p.locator('.pd-meta .pd-state').first().innerText();
  const noOverflow = async (p: Page, label: string) => {
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${label}: no sideways scrolling (overflow ${overflow}px)`);
  };

  /** From the matter page: schedule the next step's meeting; returns the meeting's id. */
  async function schedule(p: Page, date: string, kind?: string): Promise<number> {
    if (kind) await p.getByLabel('会议种类').selectOption({ label: kind });
    await p.getByLabel('会议日期').fill(date);
    await p.getByRole('button', { name: '安排会议并发出通知' }).click();
    await p.waitForURL(new RegExp(`/staff/decisions/meetings/(\\d+)\\?at=${VILLAGE}&new=1$`));
    await p.getByText(/会议已安排，会议通知已发给 \d+ 名组成人员/).waitFor();
    return Number(/meetings\/(\d+)/.exec(p.url())![1]);
  }

  /** On the meeting page: the roll (everyone, or the first n), the vote, the minutes. */
  async function hold(p: Page, o: { present?: number; votes?: (n: number) => [number, number, number]; minutes: string; label: string }) {
    const rows = p.locator('.roll-row');
    await rows.first().waitFor();
    const members = await rows.count();
    if (o.present === undefined) {
      await p.getByRole('button', { name: '全部出席' }).click();
    } else {
      await p.getByRole('button', { name: '全部缺席' }).click();
      for (let i = 0; i < o.present; i++) await rows.nth(i).getByRole('radio', { name: '出席' }).check();
    }
    const n = o.present ?? members;
    const quorum = p.getByTestId('quorum');
    await quorum.filter({ hasText: `出席 ${n} / ${members} 人` }).waitFor();
    await quorum.filter({ hasText: '已保存' }).waitFor();
    await axeScan(p, `${o.label}: roll`);
    if (o.votes) {
      const [f, a, b] = o.votes(n);
      await p.getByLabel('赞成').fill(String(f));
      await p.getByLabel('反对').fill(String(a));
      await p.getByLabel('弃权').fill(String(b));
      await p.locator('.vote-preview .verdict.is-ok').filter({ hasText: '通过' }).waitFor();
      await p.getByRole('button', { name: '记录表决结果' }).click();
      await p.locator('.motion.is-ok').filter({ hasText: '通过' }).waitFor();
      await p.getByLabel('纪要', { exact: true }).fill(o.minutes);
      await p.getByRole('button', { name: '保存纪要' }).click();
    } else {
      await p.getByLabel('纪要', { exact: true }).fill(o.minutes);
      await p.getByRole('button', { name: '结束会议并保存纪要' }).click();
    }
    await p.getByText('纪要已保存，会议已结束。').waitFor();
    await axeScan(p, `${o.label}: held`);
    return members;
  }

  /** On the matter page: record the voting step on the strength of the selected meeting. */
  async function takeStep(p: Page, step: string, next: string, resolution?: string) {
    await p.goto(matterUrl());
    await p.getByRole('heading', { level: 2, name: `下一步：${step}` }).waitFor();
    if (resolution) await p.getByLabel('决议内容').fill(resolution);
    await p.getByRole('button', { name: `记录${step}` }).click();
    await p.getByText(`已记录：${step}。`).waitFor();
    await p.getByRole('heading', { level: 2, name: next }).waitFor();
  }

  /** The supervisory committee approves the entry in its review queue; the clerk publishes it. */
  async function approveAndPublish(entryTitle: string): Promise<number> {
    await supervisor.goto(`${server.url}/staff/disclosure/review?at=${VILLAGE}`);
    await supervisor.getByRole('link', { name: entryTitle }).click();
    await supervisor.waitForURL(/\/staff\/disclosure\/\d+\?at=/);
    const entryId = Number(/disclosure\/(\d+)/.exec(supervisor.url())![1]);
    await supervisor.getByLabel('审核意见（退回时必须填写理由）').fill('与会议记录一致');
    await supervisor.getByRole('button', { name: '审核通过' }).click();
    await supervisor.getByRole('status').filter({ hasText: '已审核通过' }).waitFor();

    // The clerk follows the link from the waiting matter to the entry and publishes it.
    await clerk.goto(matterUrl());
    await clerk.getByRole('link', { name: `查看公开内容第 ${entryId} 号` }).click();
    await clerk.waitForURL(`${server.url}/staff/disclosure/${entryId}?at=${VILLAGE}`);
    await clerk.getByRole('button', { name: '发布到公开栏' }).click();
    await clerk.getByRole('button', { name: '确认发布' }).click();
    await clerk.getByRole('status').filter({ hasText: '已发布到公开栏' }).waitFor();
    return entryId;
  }

  /** Publication moves the matter on by itself (an event after the ledger write): wait for it. */
  async function waitForState(label: string) {
    for (let i = 0; i < 20; i++) {
      await clerk.goto(matterUrl());
      await clerk.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
      if ((await stateOf(clerk)) === label) return;
      await clerk.waitForTimeout(500);
    }
    assert.fail(`the matter did not reach "${label}" (it is "${await stateOf(clerk)}")`);
  }

  before(async () => {
    browser = await launchChromium();
    server = await startE2EServer({ now: serverNow });
    clerk = await newPage({ width: 1280, height: 900 });
    phone = await newPage({ width: 360, height: 640, phone: true });
    supervisor = await newPage({ width: 1280, height: 900 });
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('the clerk starts a 一事一议 road repair and takes it through ①–③ with a meeting for each step', async () => {
    const base = server.url;
    await login(clerk, 'ljb-committee');
    await login(phone, 'ljb-committee');
    await clerk.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '四议两公开' }).click();
    await clerk.waitForURL(`${base}/staff/decisions?at=${VILLAGE}`);
    await clerk.locator('table.matters-table tbody tr').first().waitFor();
    await axeScan(clerk, 'matters');

    await clerk.getByRole('button', { name: '发起重大事项' }).click();
    await clerk.getByLabel('事项类别').selectOption({ label: '“一事一议”筹资筹劳项目（县定重大事项目录）' });
    await clerk.getByLabel('事项名称').fill(TITLE);
    await clerk.getByLabel('事项内容').fill(DESCRIPTION);
    await axeScan(clerk, 'new matter form');
    await clerk.getByRole('button', { name: '发起事项' }).click();
    await clerk.waitForURL(new RegExp(`/staff/decisions/(\\d+)\\?at=${VILLAGE}$`));
    matterId = Number(/decisions\/(\d+)/.exec(clerk.url())![1]);
    await clerk.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    assert.equal(await stateOf(clerk), '待提议');
    // What the next legal step needs, in words.
    await clerk.getByRole('heading', { level: 2, name: '下一步：① 提议' }).waitFor();
    await clerk.locator('.need', { hasText: /党支部会：过半数支委到会，全体支委过半数同意/ }).waitFor();
    // 一肩挑: the joint meeting is offered as the alternative.
    await clerk.getByRole('radio', { name: /①② 提议、商议（联席会议）/ }).check();
    await clerk.locator('.need', { hasText: /两委会：两委成员过半数到会/ }).waitFor();
    await clerk.getByRole('radio', { name: '① 提议' }).check();
    await clerk.locator('.notice-deadline', { hasText: /法律未规定这种会议的通知期限/ }).waitFor();
    await axeScan(clerk, 'matter: next step ① with the schedule form');

    await schedule(clerk, TODAY);
    const branchMembers = await hold(clerk, { votes: (n) => [n, 0, 0], minutes: '支部会一致同意提议三组通组公路维修。', label: 'party branch meeting' });
    assert.ok(branchMembers > 0);
    await takeStep(clerk, '① 提议', '下一步：② 商议');

    await schedule(clerk, TODAY);
    await hold(clerk, { votes: (n) => [n, 0, 0], minutes: '两委会商议形成维修方案。', label: 'two-committee meeting' });
    await takeStep(clerk, '② 商议', '下一步：③ 审议');
    await clerk.locator('.need', { hasText: /党员大会：应到会党员三分之二以上到会，全体党员过半数同意/ }).waitFor();

    await schedule(clerk, TODAY);
    await hold(clerk, { votes: (n) => [n - 1, 0, 1], minutes: '党员大会审议通过维修方案。', label: 'party members meeting' });
    await takeStep(clerk, '③ 审议', '下一步：④ 决议');
  });

  test('④: a representatives\' meeting too soon is refused, one without quorum cannot resolve, the one held again does', async () => {
    await clerk.getByLabel('会议种类').selectOption({ label: '居民代表会议' });
    await clerk.locator('.need', { hasText: /居民代表会议：三分之二以上组成人员出席，到会人员过半数同意/ }).waitFor();
    // Tomorrow is too soon: the topic goes to the representatives 3 working days ahead.
    await clerk.getByLabel('会议日期').fill(addDays(TODAY, 1));
    await clerk.locator('.notice-deadline').filter({ hasText: '今天通知已来不及' }).waitFor();
    await clerk.getByRole('button', { name: '安排会议并发出通知' }).click();
    const dateError = clerk.locator('.field-error').filter({ hasText: /最迟通知日/ });
    await dateError.waitFor();
    assert.equal(await clerk.getByLabel('会议日期').getAttribute('aria-invalid'), 'true');
    await clerk.locator('.error-summary').waitFor();
    await axeScan(clerk, 'schedule refused: notice period');

    // The earliest lawful date; until that day the roll cannot be taken.
    const day1 = await earliestRepresentativesDay(TODAY);
    const first = await schedule(clerk, day1);
    await clerk.locator('.not-yet').filter({ hasText: `会议定于 ${day1} 召开` }).waitFor();
    assert.equal(await clerk.locator('.roll-row').count(), 0, 'no roll before the day');
    await axeScan(clerk, 'representatives meeting before its day');

    // On the day, the clerk holds it on the phone; it lacks quorum.
    await advanceTo(day1);
    await login(clerk, 'ljb-committee');
    await login(phone, 'ljb-committee');
    await phone.goto(`${server.url}/staff/decisions/meetings/${first}?at=${VILLAGE}`);
    await phone.getByRole('heading', { level: 1, name: /居民代表会议/ }).waitFor();
    const rows = phone.locator('.roll-row');
    await rows.first().waitFor();
    const members = await rows.count();
    const few = Math.ceil((2 * members) / 3) - 2;
    await phone.getByRole('button', { name: '全部缺席' }).click();
    for (let i = 0; i < few; i++) await rows.nth(i).getByRole('radio', { name: '出席' }).check();
    await rows.nth(few).getByRole('radio', { name: '请假' }).check();
    const quorum = phone.getByTestId('quorum');
    await quorum.filter({ hasText: `出席 ${few} / ${members} 人` }).filter({ hasText: '未达法定人数' }).waitFor();
    await quorum.filter({ hasText: '已保存' }).waitFor();
    assert.match(await phone.locator('.quorum .reasons').innerText(), /不足三分之二以上/);
    await noOverflow(phone, 'meeting roll (360 px)');
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: `${SHOTS}/gongzhi-meeting-roll-360.png`, fullPage: true });
    await axeScan(phone, 'meeting roll without quorum (360 px)');
    await phone.getByLabel('纪要', { exact: true }).fill('出席人数不足组成人员的三分之二，会议无效，另行召开。');
    await phone.getByRole('button', { name: '结束会议并保存纪要' }).click();
    await phone.getByText('纪要已保存，会议已结束。').waitFor();

    // The step is refused with the rule, and the refusal is shown.
    await clerk.goto(matterUrl());
    await clerk.getByRole('heading', { level: 2, name: '下一步：④ 决议' }).waitFor();
    await clerk.locator('.step-meetings li.is-noquorum').filter({ hasText: '未达法定人数' }).waitFor();
    await clerk.getByLabel('决议内容').fill(RESOLUTION);
    await clerk.getByRole('button', { name: '记录④ 决议' }).click();
    const summary = clerk.locator('.error-summary');
    await summary.filter({ hasText: '这一步的法定条件尚未满足' }).waitFor();
    assert.match(await clerk.locator('.take-step .field-error').innerText(), /未达到法定人数，不能作出决定；请另行召开/);
    assert.equal(await stateOf(clerk), '党员大会已审议');
    await clerk.screenshot({ path: `${SHOTS}/gongzhi-matter-refused-1280.png`, fullPage: true });
    await axeScan(clerk, 'matter: step ④ refused for want of quorum');

    // Held again, on the phone: everyone present, passed.
    await clerk.getByRole('button', { name: '再安排一次会议' }).click();
    await clerk.getByLabel('会议名称').fill('居民代表会议（重新召开）：决议');
    const day2 = await earliestRepresentativesDay(day1);
    const again = await schedule(clerk, day2, '居民代表会议');
    assert.ok(again > first);
    await advanceTo(day2);
    await login(clerk, 'ljb-committee');
    await login(phone, 'ljb-committee');
    await phone.goto(`${server.url}/staff/decisions/meetings/${again}?at=${VILLAGE}`);
    await phone.getByRole('heading', { level: 1, name: /重新召开/ }).waitFor();
    await hold(phone, { votes: (n) => [n - 2, 1, 1], minutes: '到会代表表决通过维修方案。', label: 'representatives meeting held again (360 px)' });
    await noOverflow(phone, 'held meeting (360 px)');

    await takeStep(clerk, '④ 决议', '下一步：⑤ 提交决议公开', RESOLUTION);
    assert.equal(await stateOf(clerk), '已表决通过');
    await axeScan(clerk, 'matter: resolved');
  });

  test('⑤: the resolution goes to the supervisory committee, which objects once and approves; the clerk publishes', async () => {
    await clerk.getByRole('button', { name: '提交决议公开（送监委会审核）' }).click();
    await clerk.getByText('已记录：⑤ 提交决议公开。').waitFor();
    await clerk.getByRole('heading', { level: 2, name: '等待监委会审核公开内容' }).waitFor();
    assert.equal(await stateOf(clerk), '决议待公开');
    assert.equal(await clerk.getByRole('link', { name: '监委会待审核列表' }).getAttribute('href'), `/staff/disclosure/review?at=${VILLAGE}`);
    await axeScan(clerk, 'matter: waiting for the supervisory committee');

    // The supervisory committee sees the matter and records an objection on its timeline.
    await login(supervisor, 'ljb-supervisor');
    await supervisor.goto(matterUrl());
    await supervisor.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    assert.equal(await supervisor.getByRole('button', { name: '记录④ 决议' }).count(), 0, 'the supervisor takes no steps');
    await supervisor.getByLabel('异议内容').fill(OBJECTION);
    await supervisor.getByRole('button', { name: '记录异议' }).click();
    await supervisor.getByText('异议已记录，显示在时间线上。').waitFor();
    await supervisor.locator('.mt-objection').filter({ hasText: OBJECTION }).waitFor();
    await axeScan(supervisor, 'matter with an objection (supervisor)');

    resolutionEntry = await approveAndPublish(`${TITLE}：决议公开`);
    await waitForState('决议已公开');
    await axeScan(clerk, 'matter: resolution published');
  });

  test('implementation, outcome, approval and publication: the matter is complete', async () => {
    await clerk.getByRole('heading', { level: 2, name: '下一步：开始实施' }).waitFor();
    await clerk.getByLabel('实施说明（可不填）').fill('施工队进场');
    await clerk.getByRole('button', { name: '开始实施' }).click();
    await clerk.getByRole('heading', { level: 2, name: '下一步：⑥ 提交实施结果公开' }).waitFor();
    await clerk.getByRole('button', { name: '提交实施结果公开（送监委会审核）' }).click();
    await clerk.locator('.field-error').filter({ hasText: '请填写实施结果' }).waitFor(); // the server names the missing text
    await clerk.getByRole('textbox', { name: /^实施结果/ }).fill(OUTCOME);
    await clerk.getByRole('button', { name: '提交实施结果公开（送监委会审核）' }).click();
    await clerk.getByRole('heading', { level: 2, name: '等待监委会审核公开内容' }).waitFor();
    outcomeEntry = await approveAndPublish(`${TITLE}：实施结果公开`);
    await waitForState('实施结果已公开');
    assert.equal(await clerk.locator('.step-strip li.is-done').count(), 6);
    await clerk.locator('.next-step.is-final').filter({ hasText: '本事项已走完“四议两公开”全部步骤' }).waitFor();
    await clerk.screenshot({ path: `${SHOTS}/gongzhi-matter-1280.png`, fullPage: true });
    await axeScan(clerk, 'matter: complete');
  });

  test('an anonymous visitor on a 360×640 phone sees every step, the failed meeting, the objection and the published links', async () => {
    assert.ok(resolutionEntry > 0 && outcomeEntry > 0, 'both publications happened');
    const base = server.url;
    const visitor = await newPage({ width: 360, height: 640, phone: true });
    await visitor.goto(`${base}/v/${VILLAGE}`);
    await visitor.getByRole('link', { name: /民主决策/ }).click();
    await visitor.waitForURL(`${base}/v/${VILLAGE}/decisions`);
    await visitor.getByRole('heading', { level: 1, name: /民主决策/ }).waitFor();
    await noOverflow(visitor, 'public decisions (360 px)');
    await axeScan(visitor, 'public decisions (360 px)');
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.waitForURL(`${base}/v/${VILLAGE}/matters/${matterId}`);
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(await visitor.locator('.pd-meta .pd-state').innerText(), '实施结果已公开');

    const rows = visitor.locator('.mt-row');
    const titles = (await rows.locator('.mt-title').allInnerTexts()).map((s) => s.replace(/^第 \d+ 步\s*/, ''));
    assert.deepEqual(titles, ['事项发起', '提议', '商议', '审议', '决议', '决议公开', '组织实施', '结果公开']);
    assert.equal(await rows.count(), await visitor.locator('.mt-row.is-done').count(), 'every step is done');
    const tl = await visitor.locator('ol.mt').innerText();
    for (const label of ['党组织已提议', '两委已商议', '党员大会已审议', '已表决通过', '决议待公开', '决议已公开', '实施中', '结果待公开', '实施结果已公开']) {
      assert.ok(tl.includes(label), `the timeline shows "${label}"`);
    }
    assert.match(tl, /未达法定人数，会议无效，重新召开/);
    assert.match(tl, /达到法定人数，表决通过/);
    assert.ok(tl.includes(RESOLUTION) && tl.includes(OUTCOME), 'resolution and outcome texts');
    assert.ok(!tl.includes('ljb-committee'), 'roles, not accounts');
    const objection = visitor.locator('.mt-objection');
    assert.match(await objection.innerText(), new RegExp(`监委会异议[\\s\\S]*${OBJECTION}`));
    assert.equal(await visitor.getByRole('link', { name: `查看公开的决议（公开内容第 ${resolutionEntry} 号）` }).getAttribute('href'), `/v/${VILLAGE}/d/${resolutionEntry}`);
    assert.equal(await visitor.getByRole('link', { name: `查看公开的实施结果（公开内容第 ${outcomeEntry} 号）` }).getAttribute('href'), `/v/${VILLAGE}/d/${outcomeEntry}`);
    await noOverflow(visitor, 'public matter timeline (360 px)');
    await visitor.screenshot({ path: `${SHOTS}/gongzhi-matter-timeline-360.png`, fullPage: true });
    await axeScan(visitor, 'public matter timeline (360 px)');

    await visitor.getByRole('link', { name: `查看公开的决议（公开内容第 ${resolutionEntry} 号）` }).click();
    await visitor.getByRole('heading', { level: 1, name: `${TITLE}：决议公开` }).waitFor();
    assert.ok((await visitor.locator('main').innerText()).includes(RESOLUTION));

    // English, for a visitor who prefers it.
    await visitor.goto(`${base}/v/${VILLAGE}/matters/${matterId}`);
    await visitor.getByRole('button', { name: 'English' }).click();
    await visitor.getByRole('heading', { level: 2, name: 'How it was decided' }).waitFor();
    assert.match(await visitor.locator('ol.mt').innerText(), /Quorum not reached: the meeting was held again/);
    await axeScan(visitor, 'public matter timeline in English (360 px)');
    await visitor.getByRole('button', { name: '中文' }).click();
  });

  test('the representatives\' register: checks with articles, trainings against the target, a resignation', async () => {
    const base = server.url;
    await clerk.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '村(居)民代表' }).click();
    await clerk.waitForURL(`${base}/staff/representatives?at=${VILLAGE}`);
    await clerk.locator('table.reps-table tbody tr').first().waitFor();
    assert.match(await clerk.locator('.reasons').first().innerText(), /每组 3–8 名[\s\S]*姚安县民政局《加强和完善村\(社区\)自治组织管理的工作方案》/);
    // This year's trainings so far (the demo held one in May 2026; a later year starts at none).
    const trained = Number(/今年 (\d+) \/ 2 次/.exec(await clerk.locator('.train-count').innerText())?.[1]);
    assert.ok(trained === (chinaDate(serverNow()).startsWith('2026-') ? 1 : 0), `trainings counted this year: ${trained}`);
    await axeScan(clerk, 'representatives');

    await clerk.getByRole('button', { name: '记录一次培训' }).click();
    await clerk.getByLabel('培训内容').fill('“四议两公开”会议出席与表决规则');
    await axeScan(clerk, 'representatives: training form');
    await clerk.getByRole('button', { name: '保存培训记录' }).click();
    await clerk.getByText('培训记录已保存。').waitFor();
    await clerk.locator('.train-count').filter({ hasText: `今年 ${trained + 1} / 2 次` }).waitFor();

    const first = clerk.locator('table.reps-table tbody tr').first();
    const name = await first.locator('th').innerText();
    await first.getByRole('button', { name: /罢免或辞职/ }).click();
    await clerk.getByLabel('理由').fill('外出务工，本人申请辞去代表职务');
    await axeScan(clerk, 'representatives: resignation form');
    await clerk.getByRole('button', { name: '保存', exact: true }).click();
    await clerk.getByText(`已记录：${name}（辞职）。`).waitFor();

    await clerk.getByRole('button', { name: '登记代表' }).click();
    await clerk.getByLabel('从名册中查找居民').fill(name.slice(0, 1));
    await clerk.locator('.pick-list button').first().waitFor();
    await axeScan(clerk, 'representatives: add form with results');
  });

  test('consultation: a resident proposes and comments, the committee pre-reviews, moderates and records the session', async () => {
    const base = server.url;
    const resident = await newPage({ width: 360, height: 640, phone: true });
    await resident.goto(`${base}/v/${VILLAGE}/decisions`);
    await resident.getByRole('link', { name: '第二居民小组垃圾收集点选址' }).click();
    await resident.getByRole('heading', { level: 1, name: '第二居民小组垃圾收集点选址' }).waitFor();
    await axeScan(resident, 'public topic, anonymous (360 px)');
    await resident.getByRole('link', { name: '登录后可以参与网上协商' }).click();
    await resident.getByLabel('用户名').fill('ljb-resident');
    await resident.getByLabel('密码').fill(DEMO_PASSWORD);
    await resident.getByRole('button', { name: '登录' }).click();
    await resident.waitForURL(/\/v\/500230210001\/consultations\/\d+$/);
    const topicUrl = resident.url();
    await resident.getByLabel('发表留言').fill('建议选在村口停车场东侧，离住户远，车辆也方便进出。我的电话 13800000000');
    await resident.getByRole('button', { name: '发表留言' }).click();
    await resident.getByText('留言已发表。').waitFor();
    await resident.getByRole('button', { name: /^回复/ }).first().click();
    await resident.getByLabel('回复内容').fill('补充：停车场东侧是集体用地，不涉及征地。');
    await resident.getByRole('button', { name: '发表回复' }).click();
    await resident.getByText('回复已发表。').waitFor();
    await noOverflow(resident, 'public topic with comments (360 px)');
    await axeScan(resident, 'public topic with comments (360 px)');

    // The resident proposes a topic from the catalogue.
    await resident.goto(`${base}/v/${VILLAGE}/decisions`);
    await resident.getByRole('button', { name: '提出议题' }).click();
    await resident.getByLabel('议题类别').selectOption({ label: '公共设施建设与管护' });
    await resident.getByRole('textbox', { name: /^议题\s*（必填）$/ }).fill('小区路灯夜间不亮');
    await resident.getByLabel('议题说明').fill('三组小区路灯已坏两个月，晚上出行不安全。');
    await axeScan(resident, 'propose a topic (360 px)');
    await resident.getByRole('button', { name: '提交议题' }).click();
    await resident.getByRole('heading', { level: 1, name: '小区路灯夜间不亮' }).waitFor();
    assert.equal(await resident.locator('.pd-meta .pd-state').innerText(), '待预审');

    // The committee: pre-review, hide the comment with a phone number, record the session.
    await clerk.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '议事协商' }).click();
    await clerk.waitForURL(`${base}/staff/consultation?at=${VILLAGE}`);
    await clerk.locator('table.topics-table tbody tr').first().waitFor();
    await axeScan(clerk, 'consultation topics');
    await clerk.getByRole('link', { name: '小区路灯夜间不亮' }).click();
    await clerk.getByLabel('预审意见').fill('属于公共设施管护，符合议事协商目录，同意开展协商');
    await clerk.getByRole('button', { name: '预审通过，开始协商' }).click();
    await clerk.getByText('已记录：预审通过，开始协商。').waitFor();
    assert.equal(await clerk.locator('.pd-meta .pd-state').innerText(), '协商中');

    await clerk.getByRole('link', { name: '返回议题列表' }).click();
    await clerk.getByRole('link', { name: '第二居民小组垃圾收集点选址' }).click();
    await clerk.locator('.comment').first().waitFor();
    await clerk.getByRole('button', { name: /^隐藏/ }).first().click();
    await clerk.getByLabel('隐藏理由（公开显示）').fill('含有个人电话号码');
    await clerk.getByRole('button', { name: '确认隐藏' }).click();
    await clerk.getByText('留言已隐藏，理由公开显示。').waitFor();
    await axeScan(clerk, 'consultation topic (staff)');
    await clerk.getByLabel('协商会议的结果').fill('11 月 28 日协商会议：多数居民同意选在村口停车场东侧');
    await clerk.getByRole('button', { name: '记录协商结果' }).click();
    await clerk.getByText('已记录：记录协商结果。').waitFor();

    await resident.goto(topicUrl);
    await resident.getByText('此留言已隐藏：含有个人电话号码').waitFor();
    assert.ok((await resident.locator('.comment-replies').innerText()).includes('停车场东侧是集体用地'), 'the reply stays');
    await resident.getByText('只有“协商中”的议题可以留言。').waitFor();
    assert.match(await resident.locator('.topic-texts').innerText(), /协商会议结果[\s\S]*村口停车场东侧/);
    await axeScan(resident, 'public topic after the session (360 px)');
  });

  test('the rules calculator answers meeting-night questions with reasons', async () => {
    await clerk.goto(`${server.url}/staff/decisions?at=${VILLAGE}`);
    await clerk.getByRole('navigation', { name: '民主决策' }).getByRole('link', { name: '规则计算' }).click();
    await clerk.waitForURL(`${server.url}/staff/rules?at=${VILLAGE}`);
    const outcome = clerk.locator('.rule-card').nth(0);
    await outcome.getByLabel('组成人员（党员）数').fill('25');
    await outcome.getByLabel('到会人数').fill('16');
    await outcome.getByRole('button', { name: '计算' }).click();
    await outcome.locator('.verdict-box').filter({ hasText: '未达法定人数' }).filter({ hasText: '法定人数 17 人' }).waitFor();
    await outcome.getByLabel('到会人数').fill('17');
    await outcome.getByLabel('赞成').fill('9');
    await outcome.getByLabel('反对').fill('8');
    await outcome.getByLabel('弃权').fill('0');
    await outcome.getByRole('button', { name: '计算' }).click();
    await outcome.locator('.verdict-box').filter({ hasText: '需 9 票赞成' }).waitFor();
    assert.deepEqual(await outcome.locator('.verdict-box .verdict').allInnerTexts(), ['✓ 达到法定人数', '✓ 通过']);
    const notice = clerk.locator('.rule-card').nth(1);
    await notice.getByRole('button', { name: '计算' }).click();
    await notice.locator('.verdict-box').filter({ hasText: '最迟应于' }).waitFor();
    const reps = clerk.locator('.rule-card').nth(2);
    await reps.getByRole('button', { name: /填入廖家坝社区名册的数字/ }).click();
    await reps.getByRole('button', { name: '计算' }).click();
    await reps.locator('.verdict-box').filter({ hasText: /全部符合|有不符合的规定/ }).waitFor();
    await axeScan(clerk, 'rules calculator');
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the pages');
  });
});
