// Journey: a residents' committee election (换届) in 廖家坝社区 under the national profile, in
// Chromium against a real server whose clock the journey sets: planned on the next Wednesday
// after today, held 25 days later, the statutory dates read from the server's own working-day
// calendar (the package's years, the county's entry for later ones). The committee clerk plans the election, derives the
// voter roll from the register and publishes it; an objection is recorded and upheld; nominees
// are nominated and vetted (one fails the police check, which leaves the member list without a
// margin: the platform refuses to publish it, until another nominee is added); the candidates
// are published; the two ballot boxes are entered twice (clerk and township); the tally leaves
// one member seat unfilled; the supplementary round elects it with a third of the ballots; the
// results are published, the certificates printed; a visitor reads the public page; the rules
// calculator answers. An axe scan of each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { write } from '../src/core/access/guard.ts';
import { nominationsOf, recordVetting } from '../src/modules/elections/service.ts';
import { png } from '../test/support/disclosure.ts';
import { axeScan } from './support/axe.ts';
import { launchChromium, STATE_TIMEOUT_MS } from './support/chromium.ts';
import { startE2EServer, type E2EServer } from './support/server.ts';
import { signIn } from './support/login.ts';
import { loadCalendar } from '../src/core/calendar/store.ts';
import { electionTimeline } from '../src/modules/elections/rules.ts';
import { addDays, chinaDate, chinaInstant, nextWeekday } from '../src/core/time.ts';

const VILLAGE = '500230210001'; // 廖家坝社区
// The journey's days, relative to the real today: planned on a Wednesday (D0), a declaration the
// day after, the objection two days after, nominations the next Tuesday, the vote on the Sunday
// 25 days after planning and the certificates the day after.
const D0 = nextWeekday(chinaDate(new Date()), 3);
const DAY = addDays(D0, 25);
let clock = chinaInstant(D0, 9);
const setDay = (d: string, h = 10) => { clock = chinaInstant(d, h); };

describe('elections journey in a real browser', () => {
  let server: E2EServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let clerk: Page;
  let township: Page;
  let electionId = 0;
  const names: string[] = [];

  async function newPage(width = 1280, height = 900): Promise<Page> {
    const c = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
    contexts.push(c);
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.setDefaultTimeout(STATE_TIMEOUT_MS);
    return p;
  }
  const electionUrl = () => `${server.url}/staff/elections/${electionId}?at=${VILLAGE}`;
  const done = (p: Page, text: string | RegExp) => p.locator('.success-note').filter({ hasText: text }).waitFor();
  async function nominate(position: string, nominee: string, nominator: string) {
    await clerk.getByLabel('职位', { exact: true }).selectOption({ label: position });
    await clerk.getByLabel('被提名人', { exact: true }).selectOption({ label: nominee });
    await clerk.getByLabel('提名人', { exact: true }).selectOption({ label: nominator });
    await clerk.getByRole('button', { name: '登记提名' }).click();
    await clerk.getByRole('row').filter({ hasText: nominee }).first().waitFor();
    await done(clerk, '提名已登记。');
  }
  /** The departments' replies for the nominees not vetted in the page (service layer, as the county's clerk enters them). */
  async function vetRest() {
    const who = { accountId: null, label: 'sanjian-township', role: 'townshipOfficial', code: '500230210000' };
    for (const n of await nominationsOf(server.db, electionId)) {
      for (const v of n.vetting) {
        if (v.passed !== null) continue;
        await write(server.db, who, 'elections.vet', (w) => recordVetting(w, n.id, { department: v.department, passed: true, reason: '未发现负面清单情形' }, 'sanjian-township', clock));
      }
    }
  }
  /** Moves the server's clock; sessions lapse over a jump of days, so each page signs in again. */
  async function jump(day: string, h: number, pages: Page[]) {
    setDay(day, h);
    for (const p of pages) {
      await signIn(p, server.url, p === clerk ? 'ljb-committee' : 'sanjian-township');
      await p.goto(electionUrl());
      await p.getByTestId('election-state').waitFor();
    }
  }
  async function enterBox(p: Page, box: string, issued: number, spoiled: number, votes: [string, number][]) {
    await p.getByLabel('票箱', { exact: true }).selectOption({ label: box });
    await p.getByLabel('发出选票（投票人数）').fill(String(issued));
    await p.getByLabel('收回选票').fill(String(issued));
    await p.getByLabel('其中废票').fill(String(spoiled));
    for (const [label, n] of votes) await p.getByLabel(label, { exact: true }).fill(String(n));
    await p.getByRole('button', { name: '保存录入' }).click();
    await done(p, `${box} 已录入。`);
  }

  before(async () => {
    server = await startE2EServer({ now: () => clock });
    browser = await launchChromium();
    clerk = await newPage();
    township = await newPage();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('the clerk plans the election and sees the statutory timeline', async () => {
    setDay(D0);
    await signIn(clerk, server.url, 'ljb-committee');
    await clerk.goto(`${server.url}/staff/elections?at=${VILLAGE}`);
    await clerk.getByRole('heading', { level: 1, name: /换届选举/ }).waitFor();
    await axeScan(clerk, 'elections list');
    await clerk.getByRole('button', { name: '制定选举方案' }).click();
    await clerk.getByLabel('选举类别', { exact: true }).selectOption({ label: '居民委员会' });
    await clerk.getByLabel('名称', { exact: true }).fill('第十二届居民委员会换届选举');
    await clerk.getByLabel('选举日', { exact: true }).fill(DAY);
    await clerk.getByLabel('副主任', { exact: true }).fill('0');
    await clerk.getByLabel('委员', { exact: true }).fill('4');
    await clerk.getByLabel('流动票箱', { exact: true }).fill('流动票箱');
    await clerk.getByLabel('选举委员会主任', { exact: true }).fill('廖选委');
    await axeScan(clerk, 'plan form');
    await clerk.getByRole('button', { name: '保存方案' }).click();
    await clerk.waitForURL(/\/staff\/elections\/\d+\?at=/);
    electionId = Number(/elections\/(\d+)/.exec(clerk.url())![1]);
    // The dates the page must show, from the server's calendar and the statutory timeline.
    const timeline = electionTimeline('national', DAY, await loadCalendar(server.db));
    const due = (key: string) => timeline.find((s) => s.key === key)!.due;
    const roll = clerk.getByRole('row', { name: /^公布选民名单 / });
    await roll.filter({ hasText: due('voterRoll') }).waitFor();
    await roll.filter({ hasText: '第十四条' }).waitFor();
    await clerk.getByRole('row', { name: /^公布正式候选人名单 / }).filter({ hasText: due('candidateList') }).waitFor();
    await axeScan(clerk, 'election page (planning)');
  });

  test('the roll is derived from the register, published, and an objection is upheld', async () => {
    await clerk.getByRole('button', { name: '从人口登记生成名单' }).click();
    await done(clerk, '选民名单已生成。');
    await clerk.getByRole('button', { name: '公布选民名单' }).click();
    await done(clerk, '选民名单已公布。');
    await clerk.getByTestId('election-state').filter({ hasText: '选民名单已公布' }).waitFor();
    await clerk.getByRole('row', { name: /^公布选民名单 / }).filter({ hasText: '已完成' }).waitFor();
    // Someone the register left off the roll objects (e.g. living away, who declared participation).
    await jump(addDays(D0, 2), 10, [clerk]);
    // A resident objects from the public page; the clerk decides it with a reason.
    const resident = await newPage(360, 740);
    await signIn(resident, server.url, 'ljb-resident');
    await resident.goto(`${server.url}/v/${VILLAGE}/elections`);
    await resident.getByRole('heading', { name: '对选民名单提出异议' }).waitFor();
    await resident.getByLabel('要求', { exact: true }).selectOption({ label: '不应列入名单' });
    await resident.getByLabel('涉及的人（姓名）').fill('廖选委');
    await resident.getByLabel('异议内容', { exact: true }).fill('此人户籍已迁出本社区');
    await resident.getByRole('button', { name: '提交异议' }).click();
    await resident.getByText(/异议已提交，选举委员会应在 \d{4}-\d{2}-\d{2} 前作出处理决定/).waitFor();
    await axeScan(resident, 'resident objection');
    await clerk.reload();
    await clerk.getByText(/廖选委（不应列入名单）/).waitFor();
    await clerk.getByLabel('处理决定').selectOption({ label: '异议不成立' });
    await clerk.getByLabel('理由', { exact: true }).fill('经核查，户籍登记仍在本社区');
    await clerk.getByRole('button', { name: '作出决定' }).click();
    await done(clerk, '异议已处理。');
    await clerk.getByText(`异议不成立（${addDays(D0, 2)}）：经核查，户籍登记仍在本社区`).waitFor();
    const reasons = await clerk.locator('details li').allTextContents();
    const away = reasons.find((r) => r.includes('未表示参加选举'))?.split('：')[0];
    const options = await clerk.getByLabel('涉及的人', { exact: true }).locator('option').allInnerTexts();
    const off = options.find((o) => o === `${away} (未登记)`) ?? options.find((o) => o.endsWith('(未登记)'))!;
    assert.ok(off, 'someone is not on the roll');
    const before = Number(/登记选民 (\d+) 人/.exec(await clerk.getByText(/登记选民 \d+ 人/).innerText())![1]);
    // Upholding the objection needs the way of Art.13¶2 on record: the clerk records the declaration.
    await clerk.getByText('登记参加选举的表示或申请（组织法第十三条第二款第二、三项）').click();
    await clerk.getByLabel('人员', { exact: true }).selectOption({ label: off.replace(' (未登记)', '') });
    await clerk.getByLabel('登记方式', { exact: true }).selectOption({ value: '2' });
    await clerk.getByLabel('表示或申请日期', { exact: true }).fill(addDays(D0, 1));
    await clerk.getByLabel('依据（声明、申请书或会议决议的编号）', { exact: true }).fill(`书面声明 ${addDays(D0, 1)}`);
    await clerk.getByRole('button', { name: '记录', exact: true }).click();
    await done(clerk, '已记录：由规则决定是否登记并记明方式');
    await clerk.getByLabel('涉及的人', { exact: true }).selectOption({ label: off });
    await clerk.getByLabel('要求', { exact: true }).selectOption({ label: '应列入名单' });
    await clerk.getByLabel('异议内容', { exact: true }).fill('本人已书面表示参加本次选举');
    await clerk.getByRole('button', { name: '提交异议' }).click();
    await done(clerk, '异议已登记。');
    await clerk.getByLabel('理由', { exact: true }).fill(`本人于 ${addDays(D0, 1)} 书面表示参加选举，依组织法第十三条列入`);
    await clerk.getByRole('button', { name: '作出决定' }).click();
    await done(clerk, '异议已处理。');
    await clerk.getByText(`登记选民 ${before + 1} 人`).waitFor();
    await axeScan(clerk, 'roll with objection');
  });

  test('nominations and vetting; the list without a margin is refused, then published', async () => {
    await jump(addDays(D0, 6), 10, [clerk]);
    const voters = (await clerk.getByLabel('被提名人', { exact: true }).locator('option').allInnerTexts()).filter((x) => x !== '—');
    for (const v of voters) if (!names.includes(v) && names.length < 9) names.push(v);
    const [d1, d2, m1, m2, m3, m4, m5, m6, nominator] = names as [string, string, string, string, string, string, string, string, string];
    await nominate('主任', d1, nominator);
    await nominate('主任', d2, nominator);
    for (const m of [m1, m2, m3, m4, m5]) await nominate('委员', m, nominator);
    // The township records the police check of m5 in the page: fail, with the reason.
    await jump(addDays(D0, 6), 10, [township]);
    await township.getByLabel('联审对象', { exact: true }).selectOption({ label: `${m5}（委员）` });
    await township.getByLabel('部门', { exact: true }).selectOption({ label: '公安' });
    await township.getByLabel('结论', { exact: true }).selectOption({ label: '不通过（负面清单）' });
    await township.getByLabel('联审理由', { exact: true }).fill('有寻衅滋事犯罪记录');
    await township.getByRole('button', { name: '保存', exact: true }).click();
    await done(township, '联审意见已保存。');
    await township.getByRole('row').filter({ hasText: m5 }).filter({ hasText: '联审未通过' }).waitFor();
    await axeScan(township, 'vetting');
    await vetRest();
    await clerk.reload();
    await clerk.getByRole('button', { name: '公布正式候选人' }).click();
    await clerk.locator('.error-summary').filter({ hasText: 'candidateList.margin' }).filter({ hasText: '不得等额选举' }).waitFor();
    await nominate('委员', m6, nominator);
    await vetRest();
    await clerk.getByRole('button', { name: '公布正式候选人' }).click();
    await done(clerk, '正式候选人已公布。');
    await clerk.getByTestId('election-state').filter({ hasText: '正式候选人已公布' }).waitFor();
    await axeScan(clerk, 'candidates published');
    // A proxy (Art.15¶4) filed with the scanned written authorisation, which is then on file.
    const principal = clerk.getByLabel('委托人', { exact: true });
    const options = (await principal.locator('option').allInnerTexts()).filter((o) => o !== '—' && !names.includes(o));
    await principal.selectOption({ label: options[0]! });
    await clerk.getByLabel('受委托人', { exact: true }).selectOption({ label: options[1]! });
    await clerk.getByLabel('委托书扫描件（PDF、JPG 或 PNG）').setInputFiles({ name: '委托书.png', mimeType: 'image/png', buffer: png() });
    await clerk.getByRole('button', { name: '登记委托' }).click();
    await done(clerk, '委托已登记。');
    await clerk.getByRole('listitem').filter({ hasText: `${options[0]} 委托 ${options[1]}` }).getByRole('link', { name: '委托书已存档' }).waitFor();
    await axeScan(clerk, 'proxy with its authorisation');
  });

  test('two boxes entered twice, the tally leaves one seat unfilled, the supplementary round fills it', async () => {
    await jump(DAY, 16, [clerk, township]);
    const [d1, d2, m1, m2, m3, m4, , m6] = names as string[];
    const n = Number(/登记选民 (\d+) 人/.exec(await clerk.getByText(/登记选民 \d+ 人/).innerText())![1]);
    const V = Math.floor(n / 2) + 8; // voters: a valid turnout
    const M = Math.floor(V / 2) + 1; // a majority of those who voted
    const box2: [string, number][] = [[`主任 ${d1}`, 2], [`主任 ${d2}`, 1], [`委员 ${m1}`, 3], [`委员 ${m2}`, 3], [`委员 ${m3}`, 3], [`委员 ${m4}`, 2], [`委员 ${m6}`, 1]];
    const totals: Record<string, number> = { [`主任 ${d1}`]: M + 1, [`主任 ${d2}`]: V - M - 3, [`委员 ${m1}`]: M + 2, [`委员 ${m2}`]: M + 2, [`委员 ${m3}`]: M + 2, [`委员 ${m4}`]: M - 4, [`委员 ${m6}`]: M - 8 };
    const box1 = box2.map(([k, v]) => [k, totals[k]! - v] as [string, number]);
    for (const p of [clerk, township]) {
      await p.goto(electionUrl());
      await enterBox(p, '中心会场', V - 3, 1, box1);
      await enterBox(p, '流动票箱', 3, 0, box2);
    }
    await clerk.reload();
    await clerk.getByRole('row').filter({ hasText: '中心会场' }).filter({ hasText: '一致' }).waitFor();
    await axeScan(clerk, 'counts entered');
    await clerk.getByRole('button', { name: '第 1 轮计票' }).click();
    await done(clerk, '第 1 轮已计票。');
    const members = clerk.getByTestId('outcome-1-member');
    await members.filter({ hasText: '缺额 1 名' }).waitFor();
    await members.filter({ hasText: '另行选举' }).waitFor();
    await clerk.getByRole('heading', { name: /第 2 轮投票（另行选举）计票录入/ }).waitFor();
    await axeScan(clerk, 'tally with an unfilled seat');
    // The supplementary round: m4 and m6 stand for the one seat.
    const V2 = Math.floor(n / 2) + 4;
    const r2box2: [string, number][] = [[`委员 ${m4}`, 1], [`委员 ${m6}`, 1]];
    const r2box1: [string, number][] = [[`委员 ${m4}`, Math.ceil(V2 / 2) - 1], [`委员 ${m6}`, Math.floor(V2 / 4)]];
    for (const p of [clerk, township]) {
      await p.goto(electionUrl());
      await enterBox(p, '中心会场', V2 - 2, 0, r2box1);
      await enterBox(p, '流动票箱', 2, 0, r2box2);
    }
    await clerk.reload();
    await clerk.getByRole('button', { name: '第 2 轮计票' }).click();
    await done(clerk, '第 2 轮已计票。');
    await clerk.getByTestId('outcome-2-member').filter({ hasText: `当选：${m4}` }).waitFor();
    await clerk.getByTestId('elected').filter({ hasText: m4 }).waitFor();
  });

  test('results published on the spot, certificates printed', async () => {
    await clerk.getByRole('button', { name: '当场公布选举结果' }).click();
    await done(clerk, '选举结果已公布。');
    const pdf = await clerk.request.get(`${server.url}/api/v1/elections/${electionId}/certificates.pdf`);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await clerk.getByRole('link', { name: '打印当选证书（PDF）' }).waitFor();
    await jump(addDays(DAY, 1), 10, [clerk]);
    await clerk.getByRole('button', { name: '登记已颁发当选证书' }).click();
    await done(clerk, '当选证书已颁发。');
    await clerk.getByRole('row', { name: /^颁发当选证书 / }).filter({ hasText: '已完成' }).waitFor();
    await axeScan(clerk, 'certified');
  });

  test('a visitor on a phone reads the published roll, candidates and results', async () => {
    const phone = await newPage(360, 640);
    await phone.goto(`${server.url}/v/${VILLAGE}`);
    await phone.getByRole('link', { name: '换届选举公示' }).click();
    await phone.getByRole('heading', { level: 1, name: '换届选举公示' }).waitFor();
    await phone.getByText(`${names[5]} 当选 委员`).waitFor();
    await phone.getByRole('heading', { name: '正式候选人' }).first().waitFor();
    await axeScan(phone, 'public elections page');
  });

  test('a recall is recorded and decided by the rule, naming the by-election', async () => {
    await clerk.goto(`${server.url}/staff/elections?at=${VILLAGE}`);
    await clerk.getByLabel('被要求罢免的成员').fill(names[2]!);
    await clerk.getByLabel('有选举权的村（居）民数').fill('400');
    await clerk.getByLabel('村（居）民代表数').fill('30');
    await clerk.getByLabel('联名人数').fill('80');
    await clerk.getByLabel('参加投票人数').fill('220');
    await clerk.getByLabel('赞成', { exact: true }).fill('111');
    await clerk.getByLabel('反对', { exact: true }).fill('100');
    await clerk.getByLabel('无效票').fill('9');
    await clerk.getByRole('button', { name: '登记并判断' }).click();
    await clerk.getByText('罢免案已登记。').waitFor();
    await clerk.locator('.recalls li').filter({ hasText: '罢免通过' }).filter({ hasText: '补选' }).first().waitFor();
    await axeScan(clerk, 'recall');
  });

  test('the county sees the villages\' results and sets its vetting departments', async () => {
    const county = await newPage();
    await signIn(county, server.url, 'fengdu-county');
    await county.goto(`${server.url}/staff/elections?at=500230000000`);
    await county.getByRole('row').filter({ hasText: '第十二届居民委员会换届选举' }).filter({ hasText: names[5]! }).waitFor();
    const list = county.getByLabel('联审部门（每行一个：代码 名称）');
    await list.filter({ hasText: 'police 公安机关' }).waitFor();
    await list.fill(`${await list.inputValue()}\nprocuratorate 人民检察院`);
    await county.getByRole('button', { name: '保存名单' }).click();
    await county.getByText('联审部门名单已保存。').waitFor();
    await axeScan(county, 'county overview and vetting list');
  });

  test('the rules calculator answers with the statute', async () => {
    await clerk.goto(`${server.url}/staff/elections/rules?at=${VILLAGE}`);
    await clerk.getByRole('button', { name: '计算' }).click();
    await clerk.locator('.reasons').filter({ hasText: '另行选举' }).waitFor();
    await clerk.getByLabel('规则', { exact: true }).selectOption({ label: '选民名单公布期限' });
    await clerk.getByRole('button', { name: '计算' }).click();
    await clerk.getByText('compliant: 否').waitFor();
    await axeScan(clerk, 'rules calculator');
    // A 320 px screen: no sideways scrolling on the calculator, the election page or the public page.
    const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await clerk.setViewportSize({ width: 320, height: 640 });
    assert.ok(await overflow(clerk) <= 0, 'rules calculator at 320 px');
    await clerk.goto(electionUrl());
    await clerk.getByTestId('election-state').waitFor();
    assert.ok(await overflow(clerk) <= 0, 'election page at 320 px');
    await clerk.goto(`${server.url}/v/${VILLAGE}/elections`);
    await clerk.getByRole('heading', { level: 1, name: '换届选举公示' }).waitFor();
    await clerk.getByRole('heading', { name: '选举结果' }).first().waitFor();
    assert.ok(await overflow(clerk) <= 0, 'public page at 320 px');
    assert.deepEqual(pageErrors, []);
  });
});
