// Demo: 廖家坝社区 runs its whole board for the third quarter of 2026 (and October's monthly
// finance), through the same review and publication steps a clerk and the supervisory
// committee use; 鱼泉子村 has published little, so the township sees what is overdue.
import { write } from '../../core/access/guard.ts';
import type { SeedContext } from '../../core/module.ts';
import { makeCalendar } from '../../core/calendar/calendar.ts';
import { catalogFor, installDefaultCatalog, missingDefaults, updateSettings } from './catalog.ts';
import { generateReport } from './compliance.ts';
import { answer, ask } from './feedback.ts';
import { correct, createEntry, publish, transition, updateEntry, type EntryInput } from './service.ts';
import type { FinanceLine } from './rules.ts';

const COUNTY = '500230000000';
const LJB = '500230210001';
const YQZ = '500230210200';
const at = (d: string, h = 10) => new Date(Date.parse(`${d}T00:00:00Z`) + (h - 8) * 3600_000); // h o'clock Beijing time

function month(m: string, rent: number, extra: FinanceLine[] = []): FinanceLine[] {
  return [
    { occurredOn: `${m}-03`, direction: 'income', category: '上级转移支付', counterparty: '三建乡财政所', amountFen: 1_850_000, voucherNo: `${m.replace('-', '')}-01` },
    { occurredOn: `${m}-08`, direction: 'income', category: '集体资产租赁', counterparty: '廖家坝农贸市场摊位承租户', amountFen: rent, voucherNo: `${m.replace('-', '')}-02` },
    { occurredOn: `${m}-10`, direction: 'expense', category: '干部误工补贴', counterparty: '社区两委成员（5 人）', amountFen: 1_250_000, voucherNo: `${m.replace('-', '')}-03` },
    { occurredOn: `${m}-15`, direction: 'expense', category: '环境卫生保洁', counterparty: '保洁员（3 人）', amountFen: 360_000, voucherNo: `${m.replace('-', '')}-04` },
    { occurredOn: `${m}-20`, direction: 'expense', category: '办公及水电费', counterparty: '国网丰都供电公司等', amountFen: 86_540, voucherNo: `${m.replace('-', '')}-05` },
    ...extra,
  ];
}

export async function seedDisclosure(ctx: SeedContext) {
  const cal = makeCalendar();
  const county = { accountId: null, label: 'fengdu-county', role: 'countyOfficer', code: COUNTY };
  if ((await missingDefaults(ctx.db, COUNTY)).length) await write(ctx.db, county, 'disclosure.catalog', (w) => installDefaultCatalog(w, COUNTY));
  const clerk = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: LJB };
  const supervisor = { accountId: null, label: 'ljb-supervisor', role: 'supervisor', code: LJB };
  await write(ctx.db, clerk, 'disclosure.settings', (w) => updateSettings(w, LJB, { frequentFinance: true }));
  const items = await catalogFor(ctx.db, LJB);
  const item = (title: string) => items.find((i) => i.title === title)!.id;

  /** Draft, submit, approve and publish on the given days (Beijing time). */
  async function run(village: string, c: typeof clerk, s: typeof supervisor, input: EntryInput, days: { draft: string; approve: string; publish: string }, returnFirst?: string) {
    const ca = { label: c.label, role: c.role };
    const sa = { label: s.label, role: s.role };
    const e = await write(ctx.db, c, 'disclosure.draft', (w) => createEntry(w, village, input, ca, at(days.draft, 9)));
    await write(ctx.db, c, 'disclosure.draft', (w) => transition(w, e.id, 'submit', ca, null, at(days.draft, 11)));
    if (returnFirst) {
      await write(ctx.db, s, 'disclosure.review', (w) => transition(w, e.id, 'return', sa, returnFirst, at(days.draft, 15)));
      await write(ctx.db, c, 'disclosure.draft', (w) => updateEntry(w, e.id, { bodyMd: `${input.bodyMd}\n\n已按监委会意见补充凭证号。` }, ca, at(days.approve, 9)));
      await write(ctx.db, c, 'disclosure.draft', (w) => transition(w, e.id, 'submit', ca, null, at(days.approve, 9)));
    }
    await write(ctx.db, s, 'disclosure.review', (w) => transition(w, e.id, 'approve', sa, '经监委会审核，内容真实完整', at(days.approve, 14)));
    await write(ctx.db, c, 'disclosure.publish', (w) => publish(w, e.id, ca, at(days.publish, 10)));
    return e.id;
  }

  const fin = item('集体财务收支情况');
  const july = await run(LJB, clerk, supervisor, { column: 'finance', catalogItemId: fin, periodStart: '2026-07-01', periodEnd: '2026-07-31', title: '2026 年 7 月集体财务收支公开', bodyMd: '本月收支情况如下表，原始凭证存社区便民服务中心备查。', financeLines: month('2026-07', 420_000) }, { draft: '2026-08-05', approve: '2026-08-06', publish: '2026-08-07' });
  const aug = await run(LJB, clerk, supervisor, { column: 'finance', catalogItemId: fin, periodStart: '2026-08-01', periodEnd: '2026-08-31', title: '2026 年 8 月集体财务收支公开', bodyMd: '本月收支情况如下表。', financeLines: month('2026-08', 420_000, [{ occurredOn: '2026-08-26', direction: 'expense', category: '困难群众慰问', counterparty: '高温慰问困难老人（12 户）', amountFen: 240_000, voucherNo: '202608-06' }]) }, { draft: '2026-09-03', approve: '2026-09-07', publish: '2026-09-08' }, '慰问支出缺少受助人签收凭证号，请补充');
  await run(LJB, clerk, supervisor, { column: 'finance', catalogItemId: item('“一事一议”筹资筹劳'), periodStart: '2026-09-01', periodEnd: '2026-09-30', title: '三组入户便道硬化“一事一议”项目收支', bodyMd: '经 2026 年 8 月 20 日居民代表会议表决通过，硬化第三居民小组入户便道 420 米。财政奖补与居民筹资情况及支出如下。', financeLines: [
    { occurredOn: '2026-09-02', direction: 'income', category: '一事一议财政奖补', counterparty: '丰都县财政局', amountFen: 9_600_000, voucherNo: 'YSYY-01' },
    { occurredOn: '2026-09-05', direction: 'income', category: '居民筹资', counterparty: '第三居民小组 46 户', amountFen: 2_300_000, voucherNo: 'YSYY-02' },
    { occurredOn: '2026-09-28', direction: 'expense', category: '工程款', counterparty: '丰都县三建建筑队', amountFen: 11_280_000, voucherNo: 'YSYY-03' },
    { occurredOn: '2026-09-29', direction: 'expense', category: '材料检测费', counterparty: '丰都县建设工程质量检测站', amountFen: 450_000, voucherNo: 'YSYY-04' },
  ] }, { draft: '2026-09-30', approve: '2026-09-30', publish: '2026-09-30' });
  await run(LJB, clerk, supervisor, { column: 'finance', catalogItemId: fin, periodStart: '2026-09-01', periodEnd: '2026-09-30', title: '2026 年 9 月集体财务收支公开', bodyMd: '本月收支情况如下表。', financeLines: month('2026-09', 420_000) }, { draft: '2026-10-09', approve: '2026-10-10', publish: '2026-10-12' });
  const quarterly: [string, string, EntryInput['column'], string][] = [
    ['党员发展和党费收缴使用情况', '2026 年第三季度党费收缴使用情况', 'party', '本季度应缴党费 1,536 元，实缴 1,536 元，已全额上缴乡党委；本季度无新发展党员，预备党员 1 名按期转正。'],
    ['党组织重要工作部署', '第三季度党支部重要工作', 'party', '1. 开展防汛值守，党员带头巡查 12 处地质灾害点；\n2. 组织党员志愿服务 6 次。'],
    ['村(居)民会议、代表会议决定事项及实施情况', '第三季度居民代表会议决定事项', 'village', '8 月 20 日居民代表会议（应到 23 人，实到 19 人）表决通过第三居民小组入户便道硬化“一事一议”方案，已于 9 月完工。'],
    ['救灾救助、补贴补助资金物资管理使用', '第三季度救助补助资金发放情况', 'village', '发放临时救助 3 户 4,500 元、高温慰问 12 户 2,400 元，名单已在社区公开栏张贴（隐去身份证号）。'],
    ['协助人民政府开展工作情况', '第三季度协助政府工作情况', 'village', '协助开展城乡居民医保征缴（参保率 97.2%）、秋季森林防火宣传和第七次农业普查入户登记。'],
    ['低保、特困、临时救助对象及标准', '第三季度低保、特困对象公示', 'services', '本季度城乡低保 21 户 34 人（城市低保标准 730 元/月，农村 596 元/月），特困供养 3 人；新增 1 户，退出 2 户。'],
    ['便民服务事项和办事指南', '便民服务中心代办事项', 'services', '可代办：社保卡申领、医保缴费、残疾人证申请材料收转、高龄津贴申请。\n\n办公时间：工作日 9:00–17:00，电话 023-70681001。'],
  ];
  for (const [i, [title, entryTitle, column, body]] of quarterly.entries()) {
    await run(LJB, clerk, supervisor, { column, catalogItemId: item(title), periodStart: '2026-07-01', periodEnd: '2026-09-30', title: entryTitle, bodyMd: body }, { draft: '2026-10-12', approve: '2026-10-13', publish: `2026-10-${14 + Math.floor(i / 3)}` });
  }

  // A correction: August's rent income was entered at the July figure.
  const fix = await write(ctx.db, clerk, 'disclosure.draft', (w) => correct(w, aug, '8 月租赁收入应为 4,650.00 元（新增 1 个摊位），原公开金额有误', { label: clerk.label, role: clerk.role }, at('2026-10-20', 9)));
  await write(ctx.db, clerk, 'disclosure.draft', (w) => updateEntry(w, fix.id, { financeLines: month('2026-08', 465_000, [{ occurredOn: '2026-08-26', direction: 'expense', category: '困难群众慰问', counterparty: '高温慰问困难老人（12 户）', amountFen: 240_000, voucherNo: '202608-06' }]) }, { label: clerk.label, role: clerk.role }, at('2026-10-20', 10)));
  await write(ctx.db, clerk, 'disclosure.draft', (w) => transition(w, fix.id, 'submit', { label: clerk.label, role: clerk.role }, null, at('2026-10-20', 11)));
  await write(ctx.db, supervisor, 'disclosure.review', (w) => transition(w, fix.id, 'approve', { label: supervisor.label, role: supervisor.role }, '已核对租赁合同', at('2026-10-21', 10)));
  await write(ctx.db, clerk, 'disclosure.publish', (w) => publish(w, fix.id, { label: clerk.label, role: clerk.role }, at('2026-10-21', 15)));

  await run(LJB, clerk, supervisor, { column: 'finance', catalogItemId: fin, periodStart: '2026-10-01', periodEnd: '2026-10-31', title: '2026 年 10 月集体财务收支公开', bodyMd: '本月收支情况如下表。', financeLines: month('2026-10', 420_000) }, { draft: '2026-11-06', approve: '2026-11-09', publish: '2026-11-10' });

  // The opinion box: one answered public question, one waiting for an answer.
  const resident = { accountId: null, label: 'ljb-resident', role: 'resident', code: LJB };
  const q1 = await write(ctx.db, resident, 'disclosure.askByPhone', (w) => ask(w, LJB, { entryId: july, question: '7 月的“集体资产租赁”收入是哪些摊位交的？' }, { accountId: null, name: '在外务工居民', phone: '13900001234' }, cal, at('2026-08-10', 20)));
  await write(ctx.db, supervisor, 'disclosure.answer', (w) => answer(w, q1.id, { answer: '是农贸市场 14 个摊位 7 月的租金，租赁合同和收据存社区便民服务中心，可随时查阅。' }, 'ljb-supervisor', at('2026-08-12', 10)));
  await write(ctx.db, resident, 'disclosure.askByPhone', (w) => ask(w, LJB, { question: '第三居民小组便道硬化后，排水沟什么时候清理？' }, { accountId: null, name: null, phone: '13900005678' }, cal, at('2026-11-18', 19)));

  // 鱼泉子村 published only one item for the quarter.
  const yqzClerk = { accountId: null, label: 'yqz-committee', role: 'committeeMember', code: YQZ };
  const yqzSup = { accountId: null, label: 'yqz-supervisor', role: 'supervisor', code: YQZ };
  const yqzItems = await catalogFor(ctx.db, YQZ);
  await run(YQZ, yqzClerk, yqzSup, { column: 'party', catalogItemId: yqzItems.find((i) => i.title === '党员发展和党费收缴使用情况')!.id, periodStart: '2026-07-01', periodEnd: '2026-09-30', title: '第三季度党费收缴情况', bodyMd: '本季度党费已按时收缴上缴。' }, { draft: '2026-10-28', approve: '2026-10-29', publish: '2026-10-30' });

  // The third quarter's reports, as the job generated them before the county's deadline.
  for (const scope of ['500230210000', COUNTY]) await generateReport(ctx.db, scope, 2026, 3, '2026-09-18', cal, at('2026-09-18', 6));
  ctx.say('公开栏：廖家坝社区 2026 年第三季度及 10 月财务已公开 / disclosure board: a demo quarter');
}
