// Demo: 丰都县's three lists (from seeds 000 §二(六), 001 §二(二), 004 §三(九) and 民发〔2020〕20号),
// a funded census task admitted, a negative-list task refused, an unlisted one waiting for the
// county, and 廖家坝社区's signboard register.
import { write } from '../../core/access/guard.ts';
import type { SeedContext } from '../../core/module.ts';
import { addItem, fileWorkRequest, requestSignboard } from './service.ts';
import type { DutyList } from './rules.ts';

const COUNTY = '500230000000';
const TOWNSHIP = '500230210000';
const LJB = '500230210001';
const YQZ = '500230210200';

export const demoLists: [DutyList, string, string][] = [
  ['statutoryDuties', '召集村(居)民会议、村(居)民代表会议', '《村民委员会组织法》第二十一条、第二十五条'],
  ['statutoryDuties', '村(居)务公开', '《村民委员会组织法》第三十条'],
  ['statutoryDuties', '调解民间纠纷', '《村民委员会组织法》第二条；《人民调解法》第八条'],
  ['assistedMatters', '协助开展人口普查入户登记', '《全国人口普查条例》第十一条'],
  ['assistedMatters', '协助做好优抚救济、社会救助对象入户核查', '《城市居民委员会组织法》第三条；《社会救助暂行办法》'],
  ['assistedMatters', '协助开展公共卫生和健康宣传', '《城市居民委员会组织法》第三条'],
  ['negativeMatters', '开具亲属关系证明', '民发〔2020〕20号 取消证明事项清单第1项'],
  ['negativeMatters', '开具无犯罪记录证明', '民发〔2020〕20号 取消证明事项清单第5项'],
  ['negativeMatters', '招商引资、协税护税等经济指标任务', '民发〔2015〕136号；县“两项清单”通知'],
  ['negativeMatters', '以是否挂牌子、设机构考核村(社区)', '县基层治理通知 二(六)2'],
];

export async function seedAdmission(ctx: SeedContext) {
  const county = { accountId: null, label: 'fengdu-county', role: 'countyOfficer', code: COUNTY };
  const township = { accountId: null, label: 'sanjian-township', role: 'townshipOfficial', code: TOWNSHIP };
  const at = new Date('2026-09-01T02:00:00Z');
  const items = await write(ctx.db, county, 'admission.lists', async (w) => {
    const out = new Map<string, number>();
    for (const [list, title, basis] of demoLists) out.set(title, (await addItem(w, COUNTY, { list, title, basis }, at)).id);
    return out;
  });
  await write(ctx.db, township, 'admission.file', async (w) => {
    await fileWorkRequest(w, TOWNSHIP, 'sanjian-township', { department: '县统计局', title: '第八次人口普查摸底登记', description: '协助对辖区住户开展普查摸底，时间两周。', listItemId: items.get('协助开展人口普查入户登记')!, villageCodes: [LJB, YQZ], fundingFen: 600_000, fundingSource: '县统计局普查专项经费', conditions: '提供手持登记终端 2 台，组织培训 1 次，按户计发补助' }, new Date('2026-10-12T02:00:00Z'));
    await fileWorkRequest(w, TOWNSHIP, 'sanjian-township', { department: '县公安局', title: '为外出务工人员开具亲属关系证明', description: '请社区为外出务工人员开具亲属关系证明。', listItemId: items.get('开具亲属关系证明')!, villageCodes: [LJB] }, new Date('2026-10-20T02:00:00Z'));
    await fileWorkRequest(w, TOWNSHIP, 'sanjian-township', { department: '县农业农村委', title: '农村人居环境整治每周巡查台账', description: '每周巡查并填报人居环境整治台账。', listItemId: null, villageCodes: [LJB, YQZ], fundingFen: 200_000, fundingSource: '县农业农村委', conditions: '提供巡查表格与培训' }, new Date('2026-11-02T02:00:00Z'));
  });
  const committee = { accountId: null, label: 'ljb-committee', role: 'committeeMember', code: LJB };
  await write(ctx.db, committee, 'admission.signboard', async (w) => {
    await requestSignboard(w, LJB, 'ljb-committee', { name: '中共丰都县三建乡廖家坝社区委员会', issuingBody: '中共丰都县三建乡委员会', kind: 'partyOrganization', placement: 'outside' }, at);
    await requestSignboard(w, LJB, 'ljb-committee', { name: '丰都县三建乡廖家坝社区居民委员会', issuingBody: '丰都县三建乡人民政府', kind: 'committee', placement: 'outside' }, at);
    await requestSignboard(w, LJB, 'ljb-committee', { name: '中国社区', issuingBody: '民政部', kind: 'chinaCommunity', placement: 'outside' }, at);
    await requestSignboard(w, LJB, 'ljb-committee', { name: '廖家坝社区居务监督委员会', issuingBody: '廖家坝社区', kind: 'internalStandard', placement: 'inside' }, at);
  });
  await write(ctx.db, township, 'admission.signboard', (w) => requestSignboard(w, LJB, 'sanjian-township', { name: '老年人协会活动室', issuingBody: '县老龄办', kind: 'department', placement: 'inside' }, new Date('2026-11-05T02:00:00Z')));
  ctx.say('admission: 三张清单 (10 items), 3 work requests (admitted, refused, awaiting the county), 廖家坝社区 signboards');
}
