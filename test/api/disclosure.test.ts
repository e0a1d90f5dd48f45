// Public disclosure through the HTTP app: the catalogue and settings, the review procedure,
// publication to the ledger, immutability and corrections, permissions and validation,
// attachments, the public board, the compliance calendar with the working-day calendar,
// the township overview and quarterly reports, and the scheduled jobs' logic.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { backends } from '../support/backends.ts';
import { COUNTY, OTHER_TOWNSHIP, jobAudit, openWorld, TOWNSHIP, VILLAGE_A, VILLAGE_B, type World } from '../support/fixture.ts';
import { anonymous, appFor, loginAs, type Client } from '../support/http.ts';
import {
  accountId, addAccount, beijing, installCountyCatalog, itemByTitle, loginUser, multipart, outbox, png, problemJson, publishOn,
} from '../support/disclosure.ts';
import { write } from '../../src/core/access/guard.ts';
import { makeCalendar } from '../../src/core/calendar/calendar.ts';
import { loadCalendar } from '../../src/core/calendar/store.ts';
import { villagesUnder } from '../../src/modules/jurisdictions/service.ts';
import { defaultCatalog, updateSettings } from '../../src/modules/disclosure/catalog.ts';
import { quarterlyReportJob, remindAndEscalate } from '../../src/modules/disclosure/compliance.ts';
import { financeTotals, plainSummary, reportDeadline, type FinanceLine } from '../../src/modules/disclosure/rules.ts';

interface Problem { status: number; messages: { 'zh-CN': string; en: string }; errors?: { field: string; rule: string; messages: { 'zh-CN': string; en: string } }[] }
/** Asserts a problem+json answer and returns it. */
function problem(res: LightMyRequestResponse, status: number, rule?: string, field?: string): Problem {
  assert.equal(res.statusCode, status, res.body);
  assert.equal(res.headers['content-type'], problemJson);
  const p = res.json() as Problem;
  if (rule) assert.ok(p.errors?.some((e) => e.rule === rule), `expected rule ${rule} in ${res.body}`);
  if (field) assert.ok(p.errors?.some((e) => e.field === field || e.field.endsWith(`.${field}`)), `expected field ${field} in ${res.body}`);
  return p;
}

const q3Lines: FinanceLine[] = [
  { occurredOn: '2026-07-03', direction: 'income', category: '上级转移支付', counterparty: '三建乡财政所', amountFen: 5_550_000, voucherNo: '2026Q3-01' },
  { occurredOn: '2026-08-08', direction: 'income', category: '集体资产租赁', counterparty: '廖家坝农贸市场摊位承租户', amountFen: 1_260_000, voucherNo: '2026Q3-02' },
  { occurredOn: '2026-08-10', direction: 'expense', category: '干部误工补贴', counterparty: '社区两委成员（5 人）', amountFen: 3_750_000, voucherNo: '2026Q3-03' },
  { occurredOn: '2026-09-15', direction: 'expense', category: '环境卫生保洁', counterparty: '保洁员（3 人）', amountFen: 1_080_000, voucherNo: '2026Q3-04' },
];
const financeDraft = (catalogItemId: number, lines = q3Lines) => ({
  column: 'finance', catalogItemId, periodStart: '2026-07-01', periodEnd: '2026-09-30',
  title: '2026 年第三季度集体财务收支公开', bodyMd: '本季度收支情况如下表，原始凭证存社区便民服务中心备查。', financeLines: lines,
});
const entryUrl = (id: number, step = '') => `/api/v1/disclosures/${id}${step ? `/${step}` : ''}`;

for (const backend of backends()) {
  describe(`disclosure API on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    const now = beijing('2026-10-12', 10);
    let finItem: number; // 集体财务收支情况 (county template)
    let partyItem: number; // 党员发展和党费收缴使用情况
    let villageItemA: number; // added by committee A for A only
    let first: { id: number; hash: string; publicBody: string };
    let correction: number;

    before(async () => {
      world = await openWorld(backend, { now: () => now });
      app = await appFor(world);
      await addAccount(world, 'supervisor-b', 'supervisor', VILLAGE_B);
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    const clerk = () => loginAs(app, 'committeeA');
    const supervisor = () => loginAs(app, 'supervisorA');
    /** Draft → submit → approve → publish over HTTP; returns the published entry. */
    async function publishVia(c: Client, s: Client, code: string, body: object) {
      const d = await c.post(`/api/v1/villages/${code}/disclosures`, body);
      assert.equal(d.statusCode, 201, d.body);
      const id = d.json().id as number;
      assert.equal((await c.post(entryUrl(id, 'submit'), {})).statusCode, 200);
      assert.equal((await s.post(entryUrl(id, 'approve'), { note: '内容属实' })).statusCode, 200);
      const p = await c.post(entryUrl(id, 'publish'));
      assert.equal(p.statusCode, 200, p.body);
      return p.json() as { id: number; ledgerSeq: number; ledgerHash: string };
    }

    test('the county installs the default catalogue; a second call adds nothing', async () => {
      const county = await loginAs(app, 'county');
      const res = await county.post(`/api/v1/jurisdictions/${COUNTY}/disclosure-catalog/defaults`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { added: defaultCatalog.length });
      assert.equal(defaultCatalog.length, 15);
      assert.deepEqual((await county.post(`/api/v1/jurisdictions/${COUNTY}/disclosure-catalog/defaults`)).json(), { added: 0 });
      problem(await (await loginAs(app, 'township')).post(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-catalog/defaults`), 422, 'catalog.templateCounty');
      problem(await (await clerk()).post(`/api/v1/jurisdictions/${COUNTY}/disclosure-catalog/defaults`), 403);
      problem(await anonymous(app).post(`/api/v1/jurisdictions/${COUNTY}/disclosure-catalog/defaults`), 401);
      finItem = (await itemByTitle(world, VILLAGE_A, '集体财务收支情况')).id;
      partyItem = (await itemByTitle(world, VILLAGE_A, '党员发展和党费收缴使用情况')).id;
    });

    test('the county template applies to every village; a village item to that village only', async () => {
      const a = anonymous(app);
      const forA = (await a.get(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-catalog`)).json() as { id: number; scopeCode: string; column: string; cadence: string; title: string }[];
      assert.equal(forA.length, 15);
      assert.ok(forA.every((i) => i.scopeCode === COUNTY), 'all from the county template');
      assert.deepEqual(new Set(forA.map((i) => i.column)), new Set(['party', 'village', 'finance', 'services']));
      assert.equal(forA.find((i) => i.title === '集体财务收支情况')?.cadence, 'finance');

      const c = await clerk();
      const added = await c.post(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-catalog`, { column: 'village', title: '社区集体经济项目进展', requirement: '项目进度、资金使用及收益分配', cadence: 'quarterly' });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().scopeCode, VILLAGE_A);
      villageItemA = added.json().id;
      const afterA = (await a.get(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-catalog`)).json() as { id: number }[];
      assert.equal(afterA.length, 16);
      assert.ok(afterA.some((i) => i.id === villageItemA), 'A\'s own item applies to A');
      const forB = (await a.get(`/api/v1/jurisdictions/${VILLAGE_B}/disclosure-catalog`)).json() as { id: number }[];
      assert.equal(forB.length, 15);
      assert.ok(!forB.some((i) => i.id === villageItemA), 'A\'s own item does not apply to B');
      const township = (await a.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-catalog`)).json() as { id: number }[];
      assert.equal(township.length, 15);

      problem(await c.post(`/api/v1/jurisdictions/${VILLAGE_B}/disclosure-catalog`, { column: 'village', title: '别村的事项', requirement: '不应允许', cadence: 'quarterly' }), 403);
      problem(await c.patch(`/api/v1/disclosure-catalog/${finItem}`, { active: false }), 403);
      problem(await (await loginAs(app, 'supervisorA')).post(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-catalog`, { column: 'village', title: '监委会不能加', requirement: '不应允许', cadence: 'quarterly' }), 403);
      assert.equal((await a.get(`/api/v1/jurisdictions/${VILLAGE_B}/disclosure-catalog`)).json().length, 15, 'nothing was added to B');
    });

    test('settings are inherited down the tree and say where each is set; frequent finance is per village', async () => {
      const county = await loginAs(app, 'county');
      const set = await county.patch(`/api/v1/jurisdictions/${COUNTY}/disclosure-settings`, { dueWorkingDays: 8 });
      assert.equal(set.statusCode, 200, set.body);
      const c = await clerk();
      const seen = (await c.get(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-settings`)).json();
      assert.equal(seen.dueWorkingDays, 8);
      assert.equal(seen.setAt.dueWorkingDays, COUNTY);
      assert.equal(seen.frequentFinance, false);
      assert.equal(seen.feedbackWorkingDays, 5);
      assert.equal(seen.setAt.frequentFinance, undefined, 'a default is not set anywhere');

      const own = (await c.patch(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-settings`, { dueWorkingDays: 12, frequentFinance: true })).json();
      assert.deepEqual([own.dueWorkingDays, own.setAt.dueWorkingDays, own.frequentFinance, own.setAt.frequentFinance], [12, VILLAGE_A, true, VILLAGE_A]);
      const inherit = (await c.patch(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-settings`, { dueWorkingDays: null, frequentFinance: null })).json();
      assert.deepEqual([inherit.dueWorkingDays, inherit.setAt.dueWorkingDays, inherit.frequentFinance], [8, COUNTY, false]);
      const forB = (await (await loginAs(app, 'committeeB')).get(`/api/v1/jurisdictions/${VILLAGE_B}/disclosure-settings`)).json();
      assert.equal(forB.dueWorkingDays, 8, 'the county setting reaches B too');

      problem(await (await loginAs(app, 'township')).patch(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-settings`, { frequentFinance: true }), 422, 'settings.villageOnly', 'frequentFinance');
      problem(await county.patch(`/api/v1/jurisdictions/${COUNTY}/disclosure-settings`, { frequentFinance: true }), 422, 'settings.villageOnly');
      problem(await c.patch(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-settings`, { dueWorkingDays: 31 }), 422, undefined, 'dueWorkingDays');
      problem(await c.patch(`/api/v1/jurisdictions/${VILLAGE_B}/disclosure-settings`, { dueWorkingDays: 3 }), 403);
      problem(await (await loginAs(app, 'residentA')).get(`/api/v1/jurisdictions/${VILLAGE_A}/disclosure-settings`), 403);
      assert.equal((await county.patch(`/api/v1/jurisdictions/${COUNTY}/disclosure-settings`, { dueWorkingDays: null })).json().dueWorkingDays, 10);
    });

    test('a finance entry: draft with computed totals, review, return, fix, approval, publication to the ledger', async () => {
      const c = await clerk();
      const s = await supervisor();
      const typed = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { ...financeDraft(finItem), totals: { incomeFen: 1, expenseFen: 0, balanceFen: 1, byCategory: [] } });
      problem(typed, 422, 'schema.unrecognized_keys');
      assert.equal((await c.get(`/api/v1/villages/${VILLAGE_A}/disclosures`)).json().items.length, 0, 'nothing was drafted');

      const d = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, financeDraft(finItem));
      assert.equal(d.statusCode, 201, d.body);
      const e = d.json();
      assert.equal(e.status, 'draft');
      assert.equal(e.villageCode, VILLAGE_A);
      assert.equal(e.createdBy, 'committee-a');
      assert.deepEqual(e.totals, {
        incomeFen: 6_810_000, expenseFen: 4_830_000, balanceFen: 1_980_000,
        byCategory: [
          { direction: 'income', category: '上级转移支付', amountFen: 5_550_000 },
          { direction: 'income', category: '集体资产租赁', amountFen: 1_260_000 },
          { direction: 'expense', category: '干部误工补贴', amountFen: 3_750_000 },
          { direction: 'expense', category: '环境卫生保洁', amountFen: 1_080_000 },
        ],
      });
      assert.deepEqual(e.financeLines, q3Lines);
      const id = e.id as number;

      assert.equal((await c.post(entryUrl(id, 'submit'), {})).json().status, 'inReview');
      const early = problem(await c.post(entryUrl(id, 'publish')), 409, 'disclosure.publish.from.inReview');
      assert.match(early.messages['zh-CN'], /未经村\(居\)务监督委员会审核通过，不能发布/);
      assert.match(early.messages.en, /cannot be published without the supervisory committee's approval/);
      assert.ok(early.errors![0]!.messages['zh-CN'] && early.errors![0]!.messages.en, 'the field error is bilingual too');
      problem(await c.post(entryUrl(id, 'approve'), {}), 403);

      problem(await s.post(entryUrl(id, 'return'), {}), 422, 'review.returnReason');
      problem(await s.post(entryUrl(id, 'return'), { reason: '   ' }), 422, 'review.returnReason');
      assert.equal((await c.get(entryUrl(id))).json().status, 'inReview', 'a refused return changes nothing');
      const returned = await s.post(entryUrl(id, 'return'), { reason: '保洁费缺少签收凭证，请核对' });
      assert.equal(returned.statusCode, 200, returned.body);
      assert.equal(returned.json().status, 'returned');
      assert.deepEqual(returned.json().timeline.at(-1), { action: 'return', actorLabel: 'supervisor-a', actorRole: 'supervisor', note: '保洁费缺少签收凭证，请核对', at: now.toISOString() });
      problem(await c.post(entryUrl(id, 'publish')), 409, 'disclosure.publish.from.returned');

      const fixedLines = q3Lines.map((l) => (l.voucherNo === '2026Q3-04' ? { ...l, amountFen: 1_020_000, counterparty: '保洁员（3 人，已签收）' } : l));
      const edited = await c.patch(entryUrl(id), { financeLines: fixedLines });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.equal(edited.json().status, 'returned', 'editing a returned entry keeps it returned until resubmitted');
      assert.equal(edited.json().totals.expenseFen, 4_770_000);
      assert.equal((await c.post(entryUrl(id, 'submit'), {})).json().status, 'inReview');
      const approved = await s.post(entryUrl(id, 'approve'), { note: '已核对凭证' });
      assert.equal(approved.json().status, 'approved');
      problem(await s.post(entryUrl(id, 'publish')), 403);

      const pub = await c.post(entryUrl(id, 'publish'));
      assert.equal(pub.statusCode, 200, pub.body);
      const published = pub.json();
      assert.equal(published.status, 'published');
      assert.equal(published.ledgerSeq, 1);
      assert.match(published.ledgerHash, /^[0-9a-f]{64}$/);
      assert.deepEqual(published.timeline.map((t: { action: string }) => t.action), ['create', 'submit', 'return', 'edit', 'submit', 'approve', 'publish']);

      const verify = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`)).json();
      assert.deepEqual(verify, { villageCode: VILLAGE_A, ok: true, entries: 1, headHash: published.ledgerHash, firstBroken: null });

      const pubRes = await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/board/${id}`);
      assert.equal(pubRes.statusCode, 200);
      const record = pubRes.json();
      assert.equal(record.hash, published.ledgerHash);
      assert.equal(record.seq, 1);
      assert.deepEqual(record.finance.lines, fixedLines);
      assert.deepEqual(record.finance.totals, financeTotals(fixedLines));
      assert.deepEqual(record.review, { approvedBy: 'supervisor-a', approvedAt: now.toISOString() });
      assert.deepEqual(record.catalogItem, { id: finItem, title: '集体财务收支情况' });
      assert.deepEqual(record.summary, plainSummary({ column: 'finance', title: '', bodyMd: '', finance: { totals: financeTotals(fixedLines) } }));
      assert.match(record.summary['zh-CN'], /^本期收入 68,100\.00 元，支出 47,700\.00 元，结余 20,400\.00 元。/);
      first = { id, hash: published.ledgerHash, publicBody: pubRes.body };
    });

    test('a published entry cannot be edited, through the API or directly in SQL', async () => {
      const c = await clerk();
      const before = (await c.get(entryUrl(first.id))).body;
      problem(await c.patch(entryUrl(first.id), { title: '改过的标题' }), 409, 'disclosure.edit.from.published');
      problem(await c.patch(entryUrl(first.id), { financeLines: [{ ...q3Lines[0]!, amountFen: 1 }] }), 409, 'disclosure.edit.from.published');
      problem(await c.post(entryUrl(first.id, 'submit'), {}), 409, 'disclosure.submit.from.published');
      problem(await (await supervisor()).post(entryUrl(first.id, 'return'), { reason: '想退回已发布的' }), 409, 'disclosure.return.from.published');
      problem(await c.post(entryUrl(first.id, 'publish')), 409, 'disclosure.publish.from.published');
      const db = world.platform.database.db;
      const refused = /published disclosure cannot be changed/;
      await assert.rejects(sql`UPDATE disclosure_entry SET title = 'forged' WHERE id = ${first.id}`.execute(db), refused);
      await assert.rejects(sql`UPDATE disclosure_entry SET status = 'draft' WHERE id = ${first.id}`.execute(db), refused);
      await assert.rejects(sql`DELETE FROM disclosure_entry WHERE id = ${first.id}`.execute(db), refused);
      await assert.rejects(sql`UPDATE disclosure_finance_line SET amount_fen = 1 WHERE entry_id = ${first.id}`.execute(db), refused);
      await assert.rejects(sql`DELETE FROM disclosure_finance_line WHERE entry_id = ${first.id}`.execute(db), refused);
      await assert.rejects(sql`INSERT INTO disclosure_finance_line (entry_id, line_no, occurred_on, direction, category, counterparty, amount_fen, voucher_no)
        VALUES (${first.id}, 99, '2026-09-01', 'expense', '虚增', '某人', 100, 'X')`.execute(db), refused);
      await assert.rejects(sql`INSERT INTO disclosure_attachment (entry_id, filename, mime, size, sha256) VALUES (${first.id}, 'x.png', 'image/png', 1, ${'0'.repeat(64)})`.execute(db), refused);
      await assert.rejects(sql`UPDATE ledger_entry SET content = content WHERE village_code = ${VILLAGE_A}`.execute(db), /append-only/);
      assert.equal((await c.get(entryUrl(first.id))).body, before, 'nothing changed');
      assert.equal((await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/board/${first.id}`)).body, first.publicBody);
    });

    test('what residents read comes from the ledger: a forged entry row (trigger bypassed) changes nothing public', async () => {
      const db = world.platform.database.db;
      await sql`ALTER TABLE disclosure_entry DISABLE TRIGGER disclosure_entry_frozen`.execute(db);
      try {
        await sql`UPDATE disclosure_entry SET body_md = 'forged' WHERE id = ${first.id}`.execute(db);
        assert.equal((await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/board/${first.id}`)).body, first.publicBody);
        assert.equal((await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`)).json().ok, true);
        await sql`UPDATE disclosure_entry SET body_md = ${financeDraft(finItem).bodyMd} WHERE id = ${first.id}`.execute(db);
      } finally {
        await sql`ALTER TABLE disclosure_entry ENABLE TRIGGER disclosure_entry_frozen`.execute(db);
      }
      await assert.rejects(sql`UPDATE disclosure_entry SET body_md = 'again' WHERE id = ${first.id}`.execute(db), /cannot be changed/);
    });

    test('a correction is a new entry that supersedes the old one with its reason; both stay visible and the old record is unchanged', async () => {
      const c = await clerk();
      const s = await supervisor();
      const a = anonymous(app);
      const old = await a.get(`/api/v1/villages/${VILLAGE_A}/board/${first.id}`);
      assert.equal(old.headers.etag, `"${first.hash}"`);
      assert.match(String(old.headers['cache-control']), /immutable/);

      problem(await c.post(entryUrl(first.id, 'correct'), {}), 422, undefined, 'reason');
      const reason = '9 月保洁费应为 10,200.00 元，原公开金额有误';
      const started = await c.post(entryUrl(first.id, 'correct'), { reason });
      assert.equal(started.statusCode, 201, started.body);
      const fix = started.json();
      assert.deepEqual([fix.status, fix.supersedesEntryId, fix.correctionReason], ['draft', first.id, reason]);
      assert.equal(fix.financeLines.length, q3Lines.length, 'the lines are carried over to be corrected');
      correction = fix.id;
      problem(await c.post(entryUrl(first.id, 'correct'), { reason: '再次更正' }), 409);
      problem(await c.post(entryUrl(correction, 'correct'), { reason: '草稿不需要更正' }), 409);
      problem(await c.post(entryUrl(correction, 'publish')), 409, 'disclosure.publish.from.draft');

      const lines = (fix.financeLines as FinanceLine[]).map((l) => (l.voucherNo === '2026Q3-04' ? { ...l, amountFen: 1_020_000 } : l));
      assert.equal((await c.patch(entryUrl(correction), { financeLines: lines })).statusCode, 200);
      assert.equal((await c.post(entryUrl(correction, 'submit'), {})).statusCode, 200);
      assert.equal((await s.post(entryUrl(correction, 'approve'), {})).statusCode, 200);
      const pub = await c.post(entryUrl(correction, 'publish'));
      assert.equal(pub.statusCode, 200, pub.body);
      assert.equal(pub.json().ledgerSeq, 2);

      const ledger = (await a.get(`/api/v1/villages/${VILLAGE_A}/ledger`)).json() as { seq: number; supersedesSeq: number | null; reason: string | null; prevHash: string; hash: string; recordId: string }[];
      assert.deepEqual(ledger.map((l) => [l.seq, l.recordId, l.supersedesSeq, l.reason]), [[1, String(first.id), null, null], [2, String(correction), 1, reason]]);
      assert.equal(ledger[1]!.prevHash, first.hash);
      assert.equal((await a.get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`)).json().ok, true);

      const board = (await a.get(`/api/v1/villages/${VILLAGE_A}/board`)).json();
      const oldItem = board.items.find((i: { id: number }) => i.id === first.id);
      const newItem = board.items.find((i: { id: number }) => i.id === correction);
      assert.deepEqual([oldItem.supersededBy, oldItem.supersedes, oldItem.hash], [correction, null, first.hash]);
      assert.deepEqual([newItem.supersededBy, newItem.supersedes, newItem.seq], [null, first.id, 2]);

      const again = await a.get(`/api/v1/villages/${VILLAGE_A}/board/${first.id}`);
      assert.equal(again.statusCode, 200);
      assert.equal(again.body, first.publicBody, 'the superseded record reads exactly as before');
      assert.equal(again.headers.etag, `"${first.hash}"`);
      const cached = await a.request({ method: 'GET', url: `/api/v1/villages/${VILLAGE_A}/board/${first.id}`, headers: { 'if-none-match': `"${first.hash}"` } });
      assert.equal(cached.statusCode, 304);
      assert.equal(cached.body, '');
      const stale = await a.request({ method: 'GET', url: `/api/v1/villages/${VILLAGE_A}/board/${first.id}`, headers: { 'if-none-match': `"${'0'.repeat(64)}"` } });
      assert.equal(stale.statusCode, 200);
      const corrected = (await a.get(`/api/v1/villages/${VILLAGE_A}/board/${correction}`)).json();
      assert.deepEqual([corrected.supersedesSeq, corrected.correctionReason, corrected.supersedesEntryId, corrected.prevHash], [1, reason, first.id, first.hash]);
      assert.equal((await a.get(`/api/v1/villages/${VILLAGE_A}/board/${first.id}/status`)).json().supersededBy, correction);
      assert.equal((await c.get(entryUrl(first.id))).json().supersededBy, correction);
    });

    // BUG (service.ts correct): an entry that has already been superseded can be corrected
    // again, so two corrections supersede the same entry and the board's supersededBy (built
    // from an unordered query) picks one of them; the correction should start from the latest version.
    test('a superseded entry cannot be corrected again; the latest version is the one to correct', async () => {
      const c = await clerk();
      const res = await c.post(entryUrl(first.id, 'correct'), { reason: '对已被更正的旧版本再次更正' });
      assert.equal(res.statusCode, 409, `expected 409, got ${res.statusCode}: ${res.body.slice(0, 160)}`);
    });

    test('permissions: another village\'s clerk, the supervisor, a grid worker, a resident and anonymous users', async () => {
      const c = await clerk();
      const draft = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'party', title: '仅本村可见的草稿', bodyMd: '草稿内容' });
      assert.equal(draft.statusCode, 201);
      const id = draft.json().id as number;
      const b = await loginAs(app, 'committeeB');
      problem(await b.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'party', title: '替别村起草', bodyMd: 'x' }), 403);
      problem(await b.get(`/api/v1/villages/${VILLAGE_A}/disclosures`), 403);
      problem(await b.get(entryUrl(id)), 403);
      problem(await b.patch(entryUrl(id), { title: '篡改别村草稿' }), 403);
      problem(await b.post(entryUrl(id, 'submit'), {}), 403);
      problem(await b.post(entryUrl(first.id, 'correct'), { reason: '替别村更正' }), 403);
      problem(await b.post(entryUrl(id, 'attachments'), undefined), 403);
      const g = await loginAs(app, 'gridA');
      problem(await g.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'party', title: '网格员起草', bodyMd: 'x' }), 403);
      assert.equal((await g.get(entryUrl(id))).statusCode, 200, 'a grid worker may read');
      const s = await supervisor();
      problem(await s.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'party', title: '监委会起草', bodyMd: 'x' }), 403);
      problem(await (await loginAs(app, 'township')).post(entryUrl(id, 'publish')), 403);
      const r = await loginAs(app, 'residentA');
      problem(await r.get(`/api/v1/villages/${VILLAGE_A}/disclosures`), 403);
      problem(await r.get(entryUrl(id)), 403);
      problem(await anonymous(app).get(entryUrl(id)), 401);
      problem(await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/board/${id}`), 404, undefined);
      // Supervisor B may not review A's entries.
      assert.equal((await c.post(entryUrl(id, 'submit'), {})).statusCode, 200);
      problem(await (await loginUser(app, 'supervisor-b')).post(entryUrl(id, 'approve'), {}), 403);
      assert.equal((await c.get(entryUrl(id))).json().title, '仅本村可见的草稿', 'nothing changed');
      assert.equal((await c.get(entryUrl(id))).json().status, 'inReview');
      // The resource loaders: a missing entry, catalogue item or question is a 404, whoever asks.
      problem(await c.get(entryUrl(999999)), 404);
      problem(await c.post(entryUrl(999999, 'submit'), {}), 404);
      problem(await b.get(entryUrl(999999)), 404);
      problem(await (await loginAs(app, 'county')).patch('/api/v1/disclosure-catalog/999999', { active: false }), 404);
      problem(await s.post('/api/v1/feedback/999999/answer', { answer: '没有这个问题' }), 404);
    });

    test('validation names the field and rule, and changes nothing', async () => {
      const c = await clerk();
      const count = async () => (await c.get(`/api/v1/villages/${VILLAGE_A}/disclosures?limit=100`)).json().items.length as number;
      const before = await count();
      const withLine = (over: Partial<FinanceLine>, i = 0) => financeDraft(finItem, q3Lines.map((l, j) => (j === i ? { ...l, ...over } : l)));
      const post = (body: object) => c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, body);
      problem(await post(withLine({ amountFen: 0 })), 422, undefined, 'financeLines.0.amountFen');
      problem(await post(withLine({ amountFen: -500 }, 2)), 422, undefined, 'financeLines.2.amountFen');
      problem(await post(withLine({ amountFen: 12.5 }, 1)), 422, undefined, 'financeLines.1.amountFen');
      problem(await post(withLine({ occurredOn: '2026-10-01' }, 1)), 422, 'finance.outsidePeriod', 'financeLines.1.occurredOn');
      problem(await post(withLine({ occurredOn: '2026-06-30' }, 0)), 422, 'finance.outsidePeriod', 'financeLines.0.occurredOn');
      problem(await post({ column: 'party', title: '党费收支', bodyMd: 'x', financeLines: q3Lines }), 422, 'finance.column', 'financeLines');
      problem(await post({ column: 'party', catalogItemId: finItem, title: '栏目不对', bodyMd: 'x' }), 422, 'catalog.column', 'column');
      problem(await post({ column: 'finance', catalogItemId: partyItem, title: '栏目不对', bodyMd: 'x', financeLines: q3Lines }), 422, 'catalog.column');
      problem(await post({ column: 'party', catalogItemId: 999_999, title: '没有的目录项', bodyMd: 'x' }), 422, 'catalog.notApplicable', 'catalogItemId');
      problem(await post({ column: 'finance', periodStart: '2026-09-30', periodEnd: '2026-07-01', title: '期间颠倒', bodyMd: 'x' }), 422, 'period.order');
      problem(await post({ column: 'party', title: '日期格式', bodyMd: 'x', periodStart: '2026/07/01' }), 422, undefined, 'periodStart');
      problem(await post({ column: 'gossip', title: '没有的栏目', bodyMd: 'x' }), 422, undefined, 'column');
      // A catalogue item of another village does not apply.
      problem(await (await loginAs(app, 'committeeB')).post(`/api/v1/villages/${VILLAGE_B}/disclosures`, { column: 'village', catalogItemId: villageItemA, title: '用别村的目录项', bodyMd: 'x' }), 422, 'catalog.notApplicable');
      assert.equal(await count(), before, 'nothing was drafted');
      // A finance entry needs its lines before review.
      const empty = await post({ column: 'finance', catalogItemId: finItem, periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '没有明细的财务公开', bodyMd: 'x' });
      assert.equal(empty.statusCode, 201);
      problem(await c.post(entryUrl(empty.json().id, 'submit'), {}), 422, 'finance.empty');
      assert.equal((await c.get(entryUrl(empty.json().id))).json().status, 'draft');
    });

    // BUG (service.ts updateEntry → checkInput): a PATCH is checked with the patch's own lines
    // only, so moving the period leaves the stored lines outside it unchecked.
    test('a PATCH that moves only the period re-checks the stored finance lines', async () => {
      const c = await clerk();
      const d = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, financeDraft(finItem));
      assert.equal(d.statusCode, 201);
      const res = await c.patch(entryUrl(d.json().id), { periodStart: '2026-10-01', periodEnd: '2026-10-31' });
      problem(res, 422, 'finance.outsidePeriod');
      assert.equal((await c.get(entryUrl(d.json().id))).json().periodStart, '2026-07-01');
    });

    // BUG (service.ts updateEntry → checkInput): the stored catalogue item and lines are not
    // checked against a new column, so a finance entry can become a party entry whose catalogue
    // item is a finance item and whose lines silently disappear from what is published.
    test('a PATCH that changes only the column re-checks the stored catalogue item and lines', async () => {
      const c = await clerk();
      const d = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, financeDraft(finItem));
      assert.equal(d.statusCode, 201);
      const res = await c.patch(entryUrl(d.json().id), { column: 'party' });
      assert.equal(res.statusCode, 422, `expected 422, got ${res.statusCode}: ${res.body.slice(0, 200)}`);
      assert.equal((await c.get(entryUrl(d.json().id))).json().column, 'finance');
    });

    test('attachments: real images and PDFs only, private while a draft, public once published, frozen after', async () => {
      const c = await clerk();
      const d = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'village', title: '村民议事会现场照片', bodyMd: '议事会现场照片见附件。' });
      const id = d.json().id as number;
      const image = png(8, 6);
      const sha = createHash('sha256').update(image).digest('hex');
      const up = await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(image, '议事会.png', 'image/png') });
      assert.equal(up.statusCode, 201, up.body);
      assert.deepEqual(up.json(), { id: up.json().id, filename: '议事会.png', mime: 'image/png', size: image.length, sha256: sha });
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      const upPdf = await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(pdf, '会议记录.pdf', 'application/pdf') });
      assert.equal(upPdf.statusCode, 201, upPdf.body);
      assert.equal(upPdf.json().mime, 'application/pdf');

      problem(await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(Buffer.from('这不是图片，只是一段文字。\n'), 'photo.png', 'image/png') }), 422, 'attachment.type', 'file');
      problem(await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(Buffer.from('<html><script>alert(1)</script></html>'), 'x.pdf', 'application/pdf') }), 422, 'attachment.type');
      // A real image of a type not on the list (GIF) is refused too, whatever its name says.
      const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
      problem(await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(gif, 'photo.png', 'image/png') }), 422, 'attachment.type');
      problem(await (await loginAs(app, 'gridA')).request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(image, 'a.png', 'image/png') }), 403);
      assert.equal((await c.get(entryUrl(id))).json().attachments.length, 2);

      const file = `/api/v1/attachments/${sha}`;
      problem(await anonymous(app).get(file), 404);
      problem(await (await loginAs(app, 'committeeB')).get(file), 404);
      const staff = await c.get(file);
      assert.equal(staff.statusCode, 200);
      assert.match(String(staff.headers['cache-control']), /no-store/);

      assert.equal((await c.post(entryUrl(id, 'submit'), {})).statusCode, 200);
      problem(await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(png(2, 2), 'late.png', 'image/png') }), 409, 'disclosure.edit.from.inReview');
      assert.equal((await (await supervisor()).post(entryUrl(id, 'approve'), {})).statusCode, 200);
      assert.equal((await c.post(entryUrl(id, 'publish'))).statusCode, 200);

      const pub = await anonymous(app).get(file);
      assert.equal(pub.statusCode, 200);
      assert.equal(pub.headers['content-type'], 'image/png');
      assert.ok(pub.rawPayload.equals(image), 'the same bytes');
      assert.match(String(pub.headers['cache-control']), /public/);
      const record = (await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/board/${id}`)).json();
      assert.deepEqual(record.attachments[0], { filename: '议事会.png', mime: 'image/png', size: image.length, sha256: sha });
      problem(await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(png(3, 3), 'after.png', 'image/png') }), 409, 'disclosure.edit.from.published');
      assert.equal((await c.get(entryUrl(id))).json().attachments.length, 2);
      problem(await anonymous(app).get(`/api/v1/attachments/${'a'.repeat(64)}`), 404);
    });

    test('the public board: columns, period filters, search, cursor pagination and the verified badge', async () => {
      const c = await clerk();
      const s = await supervisor();
      const party = await publishVia(c, s, VILLAGE_A, { column: 'party', catalogItemId: partyItem, periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '2026 年第三季度党费收缴使用情况', bodyMd: '本季度应缴党费 1,536 元，实缴 1,536 元。' });
      const meeting = await publishVia(c, s, VILLAGE_A, { column: 'village', periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '第三季度居民代表会议决定事项', bodyMd: '表决通过第三居民小组入户便道硬化“一事一议”方案。' });
      const q2 = await publishVia(c, s, VILLAGE_A, { column: 'services', periodStart: '2026-04-01', periodEnd: '2026-06-30', title: '第二季度低保对象公示', bodyMd: '城乡低保 21 户 34 人。' });
      const october = await publishVia(c, s, VILLAGE_A, { column: 'finance', catalogItemId: finItem, periodStart: '2026-10-01', periodEnd: '2026-10-31', title: '2026 年 10 月集体财务收支公开', bodyMd: '本月收支如下。', financeLines: [
        { occurredOn: '2026-10-09', direction: 'expense', category: '办公及水电费', counterparty: '国网丰都供电公司', amountFen: 86_540, voucherNo: '202610-05' },
      ] });
      // Village B publishes too; its entries never show on A's board.
      const b = await publishVia(await loginAs(app, 'committeeB'), await loginUser(app, 'supervisor-b'), VILLAGE_B, { column: 'party', periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '鱼泉子村第三季度党费收缴情况', bodyMd: '党费已按时收缴。' });
      assert.equal(b.ledgerSeq, 1, 'B has its own chain');

      const a = anonymous(app);
      const list = async (query: string) => {
        const res = await a.get(`/api/v1/villages/${VILLAGE_A}/board${query}`);
        assert.equal(res.statusCode, 200, res.body);
        return res.json() as { items: { id: number; column: string; seq: number; title: string }[]; nextCursor: number | null; verification: { ok: boolean; entries: number; headHash: string } };
      };
      const all = await list('?limit=50');
      const ledger = (await a.get(`/api/v1/villages/${VILLAGE_A}/ledger`)).json() as { seq: number; hash: string }[];
      assert.deepEqual(all.verification, { ok: true, entries: ledger.length, headHash: ledger.at(-1)!.hash });
      assert.equal(all.items.length, ledger.length, 'every published entry, superseded ones included');
      assert.deepEqual(all.items.map((i) => i.seq), ledger.map((l) => l.seq).reverse(), 'newest first');
      assert.ok(!all.items.some((i) => i.id === b.id), 'B\'s entry is not on A\'s board');
      const attachmentsEntry = all.items.find((i) => i.title === '村民议事会现场照片')!.id;

      const ids = async (query: string) => (await list(query)).items.map((i) => i.id).sort((x, y) => x - y);
      const sorted = (...xs: number[]) => xs.sort((x, y) => x - y);
      assert.deepEqual(await ids('?column=finance'), sorted(first.id, correction, october.id));
      assert.deepEqual(await ids('?column=services'), [q2.id]);
      assert.deepEqual(await ids('?period=2026-Q3'), sorted(first.id, correction, party.id, meeting.id));
      assert.deepEqual(await ids('?period=2026-Q2'), [q2.id]);
      // An entry without a period is found by the day it was published (12 October).
      assert.deepEqual(await ids('?period=2026-10'), sorted(october.id, attachmentsEntry));
      assert.deepEqual(await ids('?period=2026-Q4&column=finance'), [october.id]);
      assert.deepEqual(await ids('?period=2025-Q4'), []);
      problem(await a.get(`/api/v1/villages/${VILLAGE_A}/board?period=2026-Q5`), 422, undefined, 'period');

      assert.deepEqual(await ids(`?q=${encodeURIComponent('党费')}`), [party.id], 'title');
      assert.deepEqual(await ids(`?q=${encodeURIComponent('便道硬化')}`), [meeting.id], 'body');
      assert.deepEqual(await ids(`?q=${encodeURIComponent('供电公司')}`), [october.id], 'finance line counterparty');
      assert.deepEqual(await ids(`?q=${encodeURIComponent('环境卫生')}`), sorted(first.id, correction), 'finance line category');
      assert.deepEqual(await ids(`?q=${encodeURIComponent('%')}`), [], 'LIKE wildcards are literal');
      assert.deepEqual(await ids(`?q=${encodeURIComponent('鱼泉子')}`), [], 'another village\'s entries are not searched');

      const seen: number[] = [];
      let cursor: number | null = null;
      let pages = 0;
      do {
        const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        assert.ok(page.items.length <= 2 && page.items.length > 0, `page of ${page.items.length}`);
        seen.push(...page.items.map((i) => i.seq));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 20);
      assert.deepEqual(seen, all.items.map((i) => i.seq), 'pages add up to the whole board, in order, without repeats');
      assert.equal(pages, Math.ceil(all.items.length / 2));
      const finPage = await list('?column=finance&limit=1');
      assert.equal(finPage.items.length, 1);
      const finNext = await list(`?column=finance&limit=5&cursor=${finPage.nextCursor}`);
      assert.deepEqual(finNext.items.map((i) => i.column), ['finance', 'finance']);
      assert.equal(finNext.nextCursor, null);

      const boardB = (await a.get(`/api/v1/villages/${VILLAGE_B}/board`)).json();
      assert.deepEqual(boardB.items.map((i: { id: number }) => i.id), [b.id]);
      assert.deepEqual([boardB.verification.ok, boardB.verification.entries], [true, 1]);
    });

    // BUG (service.ts correct): the correction copies the title, body and finance lines of the
    // published entry but not its attachments, so the corrected public record silently loses them.
    test('a correction starts from the whole published entry, attachments included', async () => {
      const c = await clerk();
      const s = await supervisor();
      const d = await c.post(`/api/v1/villages/${VILLAGE_A}/disclosures`, { column: 'services', title: '便民服务中心办事指南', bodyMd: '见附件。' });
      const id = d.json().id as number;
      const image = png(5, 5, [20, 110, 45]);
      assert.equal((await c.request({ method: 'POST', url: entryUrl(id, 'attachments'), ...multipart(image, '办事指南.png', 'image/png') })).statusCode, 201);
      assert.equal((await c.post(entryUrl(id, 'submit'), {})).statusCode, 200);
      assert.equal((await s.post(entryUrl(id, 'approve'), {})).statusCode, 200);
      assert.equal((await c.post(entryUrl(id, 'publish'))).statusCode, 200);
      const fix = await c.post(entryUrl(id, 'correct'), { reason: '办公电话有误' });
      assert.equal(fix.statusCode, 201);
      assert.deepEqual(fix.json().attachments.map((x: { filename: string; sha256: string }) => [x.filename, x.sha256]), [['办事指南.png', createHash('sha256').update(image).digest('hex')]]);
    });

    test('the poster for the notice board is a PDF in A4 and A3', async () => {
      for (const size of ['A4', 'A3']) {
        const res = await anonymous(app).get(`/api/v1/villages/${VILLAGE_A}/poster.pdf?size=${size}&period=2026-Q3`);
        assert.equal(res.statusCode, 200, res.body.slice(0, 200));
        assert.equal(res.headers['content-type'], 'application/pdf');
        assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
        // Landscape: A4 is 841.89 × 595.28 pt, A3 is 1190.55 × 841.89 pt.
        const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(res.rawPayload.toString('latin1'));
        assert.ok(box, 'has a page');
        assert.deepEqual([Math.round(Number(box[1])), Math.round(Number(box[2]))], size === 'A4' ? [842, 595] : [1191, 842]);
      }
      problem(await anonymous(app).get(`/api/v1/villages/${TOWNSHIP}/poster.pdf`), 404);
    });

    test('a ledger row altered with the trigger bypassed is reported by the public verify endpoint', async () => {
      const db = world.platform.database.db;
      const a = anonymous(app);
      const original = (await sql<{ content: string }>`SELECT content FROM ledger_entry WHERE village_code = ${VILLAGE_A} AND seq = 1`.execute(db)).rows[0]!.content;
      assert.ok(original.includes('"amountFen":1020000'), 'seq 1 is the first finance entry');
      await sql`ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_change`.execute(db);
      try {
        await sql`UPDATE ledger_entry SET content = ${original.replace('"amountFen":1020000', '"amountFen":20000')} WHERE village_code = ${VILLAGE_A} AND seq = 1`.execute(db);
        const v = (await a.get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`)).json();
        assert.deepEqual([v.ok, v.firstBroken?.seq, v.firstBroken?.problem], [false, 1, 'hash']);
        // (The board's badge keeps its verification for a minute, so only the verify route is asked here.)
        assert.equal((await a.get(`/api/v1/villages/${VILLAGE_B}/ledger/verify`)).json().ok, true, 'other villages are unaffected');
        await sql`UPDATE ledger_entry SET content = ${original} WHERE village_code = ${VILLAGE_A} AND seq = 1`.execute(db);
      } finally {
        await sql`ALTER TABLE ledger_entry ENABLE TRIGGER ledger_entry_no_change`.execute(db);
      }
      assert.equal((await a.get(`/api/v1/villages/${VILLAGE_A}/ledger/verify`)).json().ok, true);
      problem(await a.get(`/api/v1/villages/${VILLAGE_B}/board/${first.id}`), 404, undefined);
    });
  });

  describe(`disclosure compliance, reports and jobs on ${backend.name}`, () => {
    let world: World;
    let app: FastifyInstance;
    const today = new Date('2026-11-22T04:00:00Z'); // 12:00 in Beijing
    const ids: Record<string, number> = {};
    const quarterlyTitles = ['党员发展和党费收缴使用情况', '党组织重要工作部署', '村(居)民会议、代表会议决定事项及实施情况', '救灾救助、补贴补助资金物资管理使用', '协助人民政府开展工作情况', '低保、特困、临时救助对象及标准', '便民服务事项和办事指南'];

    before(async () => {
      world = await openWorld(backend, { now: () => today });
      app = await appFor(world);
      await installCountyCatalog(world);
      await write(world.platform.database.db, { accountId: null, label: 'committee-b', role: 'committeeMember', code: VILLAGE_B }, 'disclosure.settings', (w) => updateSettings(w, VILLAGE_B, { frequentFinance: true }));
      const item = async (title: string) => (await itemByTitle(world, VILLAGE_A, title)).id;
      // Q3 2026 is due on 20 October (10 working days after 30 September, across National Day).
      ids.onTime = (await publishOn(world, VILLAGE_A, { column: 'party', catalogItemId: await item('党员发展和党费收缴使用情况'), periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '第三季度党费收缴使用情况', bodyMd: '按时公开。' },
        { draft: beijing('2026-10-14'), approve: beijing('2026-10-15', 9), publish: beijing('2026-10-20', 17) })).id;
      ids.late = (await publishOn(world, VILLAGE_A, { column: 'party', catalogItemId: await item('党组织重要工作部署'), periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '第三季度党支部重要工作', bodyMd: '逾期后公开。' },
        { draft: beijing('2026-10-20'), approve: beijing('2026-10-21'), publish: beijing('2026-10-21', 9) })).id;
    });
    after(async () => { await app?.close(); await world?.cleanup(); });

    interface Row { itemId: number; title: string; cadence: string; period: { label: string }; due: string | null; state: string; entries: { id: number; publishedOn: string }[]; missingYear?: number }
    const calendarOf = async (code: string, who: 'committeeA' | 'township' = 'committeeA') => {
      const res = await (await loginAs(app, who)).get(`/api/v1/villages/${code}/disclosure-calendar?year=2026`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { today: string; rows: Row[]; immediate: unknown[]; missingYears: number[] };
    };
    const row = (rows: Row[], title: string, label: string) => {
      const r = rows.find((x) => x.title === title && x.period.label === label);
      assert.ok(r, `${title} ${label}`);
      return r;
    };

    test('the village calendar: Q3 on time, late and overdue; Q4 waits for the 2027 holiday calendar', async () => {
      const cal = await calendarOf(VILLAGE_A);
      assert.equal(cal.today, '2026-11-22');
      assert.equal(cal.rows.length, 8 * 4, 'eight periodic items (finance quarterly here), four quarters begun');
      assert.equal(cal.immediate.length, 7);
      const onTime = row(cal.rows, '党员发展和党费收缴使用情况', '2026-Q3');
      assert.deepEqual([onTime.due, onTime.state, onTime.entries], ['2026-10-20', 'published', [{ id: ids.onTime, publishedOn: '2026-10-20' }]]);
      const late = row(cal.rows, '党组织重要工作部署', '2026-Q3');
      assert.deepEqual([late.due, late.state, late.entries], ['2026-10-20', 'publishedLate', [{ id: ids.late, publishedOn: '2026-10-21' }]]);
      const overdue = row(cal.rows, '协助人民政府开展工作情况', '2026-Q3');
      assert.deepEqual([overdue.due, overdue.state, overdue.entries], ['2026-10-20', 'overdue', []]);
      assert.equal(row(cal.rows, '集体财务收支情况', '2026-Q3').cadence, 'quarterly');
      assert.equal(row(cal.rows, '协助人民政府开展工作情况', '2026-Q1').due, '2026-04-15');
      assert.equal(row(cal.rows, '协助人民政府开展工作情况', '2026-Q2').due, '2026-07-14');
      const q4 = cal.rows.filter((r) => r.period.label === '2026-Q4');
      assert.equal(q4.length, 8);
      for (const r of q4) assert.deepEqual([r.title, r.due, r.state, r.missingYear], [r.title, null, 'calendarMissing', 2027]);
      assert.deepEqual(cal.missingYears, [2027]);

      // B records frequent finance: its finance item is monthly, January to November so far.
      const b = await calendarOf(VILLAGE_B, 'township');
      const months = b.rows.filter((r) => r.title === '集体财务收支情况');
      assert.deepEqual(months.map((r) => r.period.label), Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
      assert.deepEqual([row(b.rows, '集体财务收支情况', '2026-10').due, row(b.rows, '集体财务收支情况', '2026-10').state], ['2026-11-13', 'overdue']);
      assert.deepEqual([row(b.rows, '集体财务收支情况', '2026-11').due, row(b.rows, '集体财务收支情况', '2026-11').state], ['2026-12-14', 'upcoming']);
      assert.equal(b.rows.length, 7 * 4 + 11);
      problem(await (await loginAs(app, 'committeeA')).get(`/api/v1/villages/${VILLAGE_B}/disclosure-calendar?year=2026`), 403);
    });

    test('the township overview lists its villages with counts; another township may not see it', async () => {
      const t = await loginAs(app, 'township');
      const res = await t.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance?year=2026&quarter=3`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { year: number; quarter: number; villages: { code: string; township: string; published: number; onTime: number; late: number; dueSoon: number; overdue: number; calendarMissing: number; feedback: object }[] };
      const under = await villagesUnder(world.platform.database.db, TOWNSHIP);
      assert.deepEqual(body.villages.map((v) => v.code), under.map((v) => v.code));
      assert.ok(body.villages.every((v) => v.township === TOWNSHIP), 'all villages of the township');
      const a = body.villages.find((v) => v.code === VILLAGE_A)!;
      const b = body.villages.find((v) => v.code === VILLAGE_B)!;
      assert.deepEqual({ ...a, code: undefined, name: undefined, township: undefined }, { code: undefined, name: undefined, township: undefined, published: 0, onTime: 1, late: 1, dueSoon: 0, overdue: 6, calendarMissing: 0, feedback: { received: 0, answered: 0, overdue: 0 } });
      assert.deepEqual([b.onTime, b.late, b.overdue, b.calendarMissing], [0, 0, 7 + 3, 0], 'seven quarterly items and three monthly finance periods');
      const q4 = (await t.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance`)).json();
      assert.deepEqual([q4.year, q4.quarter], [2026, 4], 'defaults to the current quarter');
      const a4 = q4.villages.find((v: { code: string }) => v.code === VILLAGE_A);
      assert.deepEqual([a4.published, a4.calendarMissing, a4.overdue], [2, 8, 0]);

      problem(await (await loginAs(app, 'otherTownship')).get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance`), 403);
      problem(await (await loginAs(app, 'committeeA')).get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance`), 403);
      problem(await anonymous(app).get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance`), 401);
    });

    test('the county enters 2027 and the same rows get their due dates', async () => {
      const county = await loginAs(app, 'county');
      const days = [{ date: '2027-01-01', work: false, note: '元旦' }];
      problem(await (await loginAs(app, 'committeeA')).request({ method: 'PUT', url: '/api/v1/jurisdictions/500230/calendar/2027', payload: { days, complete: true } }), 403);
      problem(await county.request({ method: 'PUT', url: `/api/v1/jurisdictions/${TOWNSHIP}/calendar/2027`, payload: { days, complete: true } }), 422, 'calendar.county');
      problem(await county.request({ method: 'PUT', url: '/api/v1/jurisdictions/500230/calendar/2027', payload: { days: [{ date: '2026-12-31', work: false, note: '错年' }], complete: true } }), 422, 'calendar.year', 'days.0.date');
      assert.equal((await anonymous(app).get('/api/v1/calendar/2027')).json().covered, false);
      const res = await county.request({ method: 'PUT', url: '/api/v1/jurisdictions/500230/calendar/2027', payload: { days, complete: true } });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { year: 2027, coveredByPackage: false, enteredByCounty: true, covered: true, days });
      assert.equal((await anonymous(app).get('/api/v1/calendar/2027')).json().covered, true);

      const cal = await calendarOf(VILLAGE_A);
      assert.deepEqual(cal.missingYears, []);
      const q4 = cal.rows.filter((r) => r.period.label === '2026-Q4');
      assert.equal(q4.length, 8);
      // 31 Dec + 10 working days: 1 Jan (entered holiday) and the weekend skipped → 15 Jan 2027.
      for (const r of q4) assert.deepEqual([r.title, r.due, r.state, r.missingYear], [r.title, '2027-01-15', 'upcoming', undefined]);
      assert.equal(makeCalendar(days, new Set([2027])).addWorkingDays('2026-12-31', 10), '2027-01-15');
      const q4overview = (await (await loginAs(app, 'township')).get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-compliance?year=2026&quarter=4`)).json();
      assert.equal(q4overview.villages.find((v: { code: string }) => v.code === VILLAGE_A).calendarMissing, 0);
    });

    test('quarterly report: generated on request, as JSON and as an Excel file with a row per village', async () => {
      const t = await loginAs(app, 'township');
      const gen = await t.post(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports`, { year: 2026, quarter: 4 });
      assert.equal(gen.statusCode, 200, gen.body);
      const under = await villagesUnder(world.platform.database.db, TOWNSHIP);
      assert.deepEqual(gen.json(), { year: 2026, quarter: 4, villages: under.length });
      const list = (await t.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports`)).json();
      assert.deepEqual(list.map((r: { year: number; quarter: number }) => [r.year, r.quarter]), [[2026, 4]]);
      const json = await t.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports/2026/4`);
      assert.equal(json.statusCode, 200);
      const data = json.json().data as { scopeCode: string; generatedOn: string; villages: { code: string; byColumn: Record<string, number>; published: number }[] };
      assert.deepEqual([data.scopeCode, data.generatedOn], [TOWNSHIP, '2026-11-22']);
      const a = data.villages.find((v) => v.code === VILLAGE_A)!;
      assert.deepEqual(a.byColumn, { party: 2, village: 0, finance: 0, services: 0 });
      assert.equal(a.published, 2);

      const xlsx = await t.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports/2026/4?format=xlsx`);
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.match(decodeURIComponent(String(xlsx.headers['content-disposition'])), /三建乡-2026Q4-村务公开\.xlsx/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      assert.match(String(ws.getRow(1).getCell(1).value), /三建乡 2026 年第 4 季度村\(居\)务公开情况/);
      const header = (ws.getRow(2).values as unknown[]).slice(1);
      assert.deepEqual(header, ['区划代码', '村(社区)', '党务公开', '村务公开', '财务公开', '事务公开', '公开合计', '按时公开', '逾期后公开', '即将到期', '逾期未公开', '收到意见', '已答复', '逾期未答复']);
      const rows: unknown[][] = [];
      ws.eachRow((r, n) => { if (n > 2) rows.push((r.values as unknown[]).slice(1)); });
      assert.equal(rows.length, under.length, 'one row per village of the township');
      assert.deepEqual(rows.map((r) => String(r[0])).sort(), under.map((v) => v.code).sort());
      const rowA = rows.find((r) => String(r[0]) === VILLAGE_A)!;
      assert.deepEqual(rowA.slice(1, 7), ['廖家坝社区', 2, 0, 0, 0, 2]);

      problem(await t.get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports/2025/1`), 404);
      problem(await (await loginAs(app, 'otherTownship')).get(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports/2026/4`), 403);
      problem(await (await loginAs(app, 'otherTownship')).post(`/api/v1/jurisdictions/${TOWNSHIP}/disclosure-reports`, { year: 2026, quarter: 4 }), 403);
      assert.equal(OTHER_TOWNSHIP.slice(0, 6), TOWNSHIP.slice(0, 6), 'the other township is in the same county');
    });

    test('job: reminders before the due date go to the committee, overdue items to the township, once each', async () => {
      const db = world.platform.database.db;
      const cal = await loadCalendar(db);
      const [committeeA, committeeB, township, otherTownship, county] = await Promise.all(['committee-a', 'committee-b', 'township', 'other-township', 'county'].map((u) => accountId(world, u)));
      // 16 October: Q3 is due on 20 October, so from 15 October it is "due soon"; Q1 and Q2 are overdue.
      const sent = await remindAndEscalate(db, TOWNSHIP, '2026-10-16', cal);
      const dueSoonA = await outbox(world, { kind: 'disclosure.dueSoon', accountId: committeeA });
      const dueSoonB = await outbox(world, { kind: 'disclosure.dueSoon', accountId: committeeB });
      const overdue = await outbox(world, { kind: 'disclosure.overdue', accountId: township });
      assert.equal(dueSoonA.length, 6, 'A: eight Q3 items, two already published');
      assert.ok(dueSoonA.every((n) => n.body.includes('2026-Q3') && n.body.includes('2026-10-20') && n.jurisdictionCode === VILLAGE_A), JSON.stringify(dueSoonA.map((n) => n.body)));
      assert.ok(!dueSoonA.some((n) => n.body.includes('党员发展和党费收缴使用情况') || n.body.includes('党组织重要工作部署')), 'no reminder for what was published');
      assert.equal(dueSoonB.length, 7 + 1, 'B: seven quarterly items and September\'s finance');
      assert.equal(overdue.length, 8 * 2 + (7 * 2 + 8), 'A: Q1 and Q2 of eight items; B: Q1 and Q2 of seven, January to August finance');
      assert.equal(overdue.filter((n) => n.jurisdictionCode === VILLAGE_A).length, 16);
      assert.equal(sent, 6 + 8 + 38);
      assert.equal((await outbox(world, { accountId: otherTownship })).length, 0, 'another township hears nothing');
      assert.equal((await outbox(world, { accountId: county })).length, 0);
      const inbox = (await (await loginAs(app, 'committeeA')).get('/api/v1/notifications')).json();
      assert.equal(inbox.filter((n: { kind: string }) => n.kind === 'disclosure.dueSoon').length, 6);

      const total = (await outbox(world)).length;
      assert.equal(await remindAndEscalate(db, TOWNSHIP, '2026-10-16', cal), 0, 'running again sends nothing');
      assert.equal(await remindAndEscalate(db, TOWNSHIP, '2026-10-19', cal), 0, 'nor the next working day');
      assert.equal((await outbox(world)).length, total);

      // In the first quarter the previous year's fourth quarter is still being reminded of.
      await remindAndEscalate(db, TOWNSHIP, '2027-01-12', await loadCalendar(db));
      const q4 = (await outbox(world, { kind: 'disclosure.dueSoon', accountId: committeeA })).filter((n) => n.body.includes('2026-Q4'));
      assert.equal(q4.length, 8);
      assert.ok(q4.every((n) => n.body.includes('2027-01-15')), JSON.stringify(q4.map((n) => n.body)));
    });

    test('job: the quarterly report is generated from three days before the county\'s deadline, once', async () => {
      const db = world.platform.database.db;
      const cal = await loadCalendar(db);
      const deadline = async (y: number, q: number) => reportDeadline(y, q, 20);
      const county = await accountId(world, 'county');
      const reportsOf = async (scope: string) => (await sql<{ year: number; quarter: number; generatedAt: Date }>`SELECT year, quarter, generated_at AS "generatedAt" FROM disclosure_report WHERE scope_code = ${scope} ORDER BY year, quarter`.execute(db)).rows;
      assert.equal(await quarterlyReportJob(db, COUNTY, '2026-12-16', cal, beijing('2026-12-16', 6), deadline), false, 'too early');
      assert.equal((await reportsOf(COUNTY)).length, 0);
      assert.equal(await quarterlyReportJob(db, COUNTY, '2026-12-17', cal, beijing('2026-12-17', 6), deadline), true);
      assert.deepEqual((await reportsOf(COUNTY)).map((r) => [r.year, r.quarter]), [[2026, 4]]);
      const township = await reportsOf(TOWNSHIP);
      assert.deepEqual(township.map((r) => [r.year, r.quarter, new Date(r.generatedAt).toISOString()]), [[2026, 4, beijing('2026-12-17', 6).toISOString()]], 'the township\'s report is regenerated by the job');
      const countyReport = (await (await loginAs(app, 'county')).get(`/api/v1/jurisdictions/${COUNTY}/disclosure-reports/2026/4`)).json();
      assert.equal(countyReport.data.villages.length, (await villagesUnder(db, COUNTY)).length);
      assert.equal((await outbox(world, { kind: 'disclosure.report', accountId: county })).length, 1);
      const audited = (await jobAudit(world, 'disclosure.report')).map((a) => a.targetId);
      for (const scope of [COUNTY, TOWNSHIP]) assert.ok(audited.includes(`${scope}:2026-Q4`), `the job's report of ${scope} is audited as the system actor`);
      assert.equal(new Set(audited).size, audited.length, 'once per report');
      assert.equal(await quarterlyReportJob(db, COUNTY, '2026-12-18', cal, beijing('2026-12-18', 6), deadline), false, 'not regenerated');
      assert.equal((await outbox(world, { kind: 'disclosure.report', accountId: county })).length, 1, 'one notice only');
    });
  });
}
