// 社区工作准入 (work admission) and 挂牌 (signboards): pure rules, no I/O.
//
// Basis:
// - 城市居民委员会组织法 (UCOL) Art.20: work that government departments ask the committee to do
//   must first be agreed and scheduled by the government or its 派出机关.
// - 民政部、中组部《关于进一步开展社区减负工作的通知》(民发〔2015〕136号): 「清单以外的工作事项，社区有权拒绝」.
// - Seed 000 §二(六)1: items outside the lists may be refused; an item a department still needs
//   must go through admission, and only with 「必要经费和工作条件」 (「权随责走、费随事转」); no
//   department may require a dedicated office or dedicated staff.
// - Seed 001 §二(二): the 「三张清单」 依法履职事项 / 协助办理事项 / 负面事项, admission filing.
// - Seed 000 §二(六)2: outside, only the party organisation's and the committee's plaques and the
//   「中国社区」 mark; the supervisory committee, 综治维稳信访工作站, service centre, 警务室,
//   计生服务站 may be marked inside; a department's plaque only by agreement (an admission record),
//   as a small plaque inside.
import type { Bilingual } from '../../core/errors.ts';

export const dutyLists = ['statutoryDuties', 'assistedMatters', 'negativeMatters'] as const;
export type DutyList = (typeof dutyLists)[number];

export const dutyListLabels: Record<DutyList, Bilingual> = {
  statutoryDuties: { 'zh-CN': '依法履职事项', en: 'Duty by law' },
  assistedMatters: { 'zh-CN': '协助办理事项', en: 'Assisted matter' },
  negativeMatters: { 'zh-CN': '负面事项', en: 'Negative list' },
};

export const UCOL_ART20 = '《城市居民委员会组织法》第二十条';
export const MINFA_2015_136 = '民发〔2015〕136号「清单以外的工作事项，社区有权拒绝」';

/** The list item a work request was matched to (null: on no list). */
export interface ListedItem { list: DutyList; title: string; basis: string }

export interface WorkRequestFacts {
  item: ListedItem | null;
  /** Funding the department provides, in fen (null or 0: none). */
  fundingFen: number | null;
  fundingSource: string | null;
  /** Working conditions provided (staff time paid, equipment, training, …). */
  conditions: string | null;
  requiresDedicatedOffice: boolean;
  requiresDedicatedStaff: boolean;
}

export type AdmissionRule =
  | 'admission.negativeList' | 'admission.dedicatedOfficeOrStaff' | 'admission.assistedUnfunded'
  | 'admission.statutoryDuty' | 'admission.assistedFunded' | 'admission.unlisted';

export type AdmissionDecision =
  | { outcome: 'refused'; rule: AdmissionRule; basis: string; missing: ('funding' | 'conditions')[]; reason: Bilingual }
  | { outcome: 'admitted'; rule: AdmissionRule; basis: string; reason: Bilingual }
  | { outcome: 'countyReview'; rule: 'admission.unlisted'; basis: string; reason: Bilingual };

const hasText = (s: string | null) => !!s && s.trim().length > 0;

/** The decision on a department's work request against the county's three lists. */
export function decideWorkRequest(f: WorkRequestFacts): AdmissionDecision {
  if (f.item?.list === 'negativeMatters') {
    return {
      outcome: 'refused', rule: 'admission.negativeList', basis: f.item.basis, missing: [],
      reason: { 'zh-CN': `“${f.item.title}”属于负面事项，村(社区)不承担。依据：${f.item.basis}`, en: `“${f.item.title}” is on the negative list; the village does not take it on. Basis: ${f.item.basis}` },
    };
  }
  // Seed 000 §二(六)1: 「不得要求设立专门场所、配备专职人员」.
  if (f.requiresDedicatedOffice || f.requiresDedicatedStaff) {
    const basis = '县“两项清单”通知：不得要求设立专门场所、配备专职人员';
    return {
      outcome: 'refused', rule: 'admission.dedicatedOfficeOrStaff', basis, missing: [],
      reason: { 'zh-CN': `不得要求村(社区)设立专门场所或配备专职人员。依据：${basis}`, en: `A department may not require a dedicated office or dedicated staff. Basis: ${basis}` },
    };
  }
  if (f.item?.list === 'statutoryDuties') {
    return { outcome: 'admitted', rule: 'admission.statutoryDuty', basis: f.item.basis, reason: { 'zh-CN': `依法履职事项。依据：${f.item.basis}`, en: `A duty by law. Basis: ${f.item.basis}` } };
  }
  if (f.item?.list === 'assistedMatters') {
    const missing: ('funding' | 'conditions')[] = [];
    if (!f.fundingFen || f.fundingFen <= 0 || !hasText(f.fundingSource)) missing.push('funding');
    if (!hasText(f.conditions)) missing.push('conditions');
    if (missing.length > 0) {
      const zh = missing.map((m) => (m === 'funding' ? '配套经费（金额和来源）' : '工作条件')).join('、');
      const en = missing.map((m) => (m === 'funding' ? 'funding (amount and source)' : 'working conditions')).join(' and ');
      return {
        outcome: 'refused', rule: 'admission.assistedUnfunded', basis: `${f.item.basis}；权随责走、费随事转`, missing,
        reason: { 'zh-CN': `协助办理事项须提供${zh}（权随责走、费随事转），缺少则不予准入。`, en: `An assisted matter is admitted only with ${en} recorded (「权随责走、费随事转」); missing: ${missing.join(', ')}.` },
      };
    }
    return { outcome: 'admitted', rule: 'admission.assistedFunded', basis: f.item.basis, reason: { 'zh-CN': `协助办理事项，经费和工作条件已落实。依据：${f.item.basis}`, en: `An assisted matter with funding and conditions recorded. Basis: ${f.item.basis}` } };
  }
  return {
    outcome: 'countyReview', rule: 'admission.unlisted', basis: UCOL_ART20,
    reason: { 'zh-CN': `不在“三张清单”内，须报县级审批准入（${UCOL_ART20}）；未经准入，村(社区)有权拒绝。`, en: `On none of the three lists: the county must approve admission first (UCOL Art.20); until then the village may refuse it.` },
  };
}

/** A village may refuse a task that was not admitted (民发〔2015〕136号); never an admitted one. */
export function villageMayRefuse(status: WorkRequestStatus): { ok: true } | { ok: false; rule: string; reason: Bilingual } {
  if (status === 'admitted') return { ok: false, rule: 'admission.admittedTask', reason: { 'zh-CN': '该事项已依法准入，不能拒绝；如有异议请向县民政局反映', en: 'This task was admitted; it cannot be refused (raise objections with the county bureau)' } };
  if (status === 'villageRefused') return { ok: false, rule: 'admission.alreadyRefused', reason: { 'zh-CN': '已拒绝', en: 'Already refused' } };
  return { ok: true };
}

export const workRequestStatuses = ['admitted', 'refused', 'countyReview', 'villageRefused'] as const;
export type WorkRequestStatus = (typeof workRequestStatuses)[number];

// --- signboards (挂牌)

export const signboardKinds = ['partyOrganization', 'committee', 'chinaCommunity', 'internalStandard', 'department'] as const;
export type SignboardKind = (typeof signboardKinds)[number];
export const signboardKindLabels: Record<SignboardKind, Bilingual> = {
  partyOrganization: { 'zh-CN': '村(社区)党组织牌子', en: 'Party organisation plaque' },
  committee: { 'zh-CN': '村(居)民委员会牌子', en: 'Committee plaque' },
  chinaCommunity: { 'zh-CN': '“中国社区”标识', en: '“中国社区” mark' },
  internalStandard: { 'zh-CN': '内部标识牌（监委会、综治站、服务中心、警务室、计生站）', en: 'Standard inside sign (supervisory committee, stability station, service centre, police room, family-planning station)' },
  department: { 'zh-CN': '职能部门牌子', en: 'A department\'s plaque' },
};
export const SIGNBOARD_BASIS = '县基层治理通知 二(六)2：只对外悬挂党组织、村(居)民委员会牌子和“中国社区”标识';

export type Placement = 'outside' | 'inside';
export type SignboardDecision =
  | { outcome: 'allowed'; rule: string; reason: Bilingual }
  | { outcome: 'refused'; rule: string; basis: string; reason: Bilingual }
  | { outcome: 'countyReview'; rule: string; basis: string; reason: Bilingual };

/** May this plaque hang here? `admitted`: the county has admitted it (an admission record exists). */
export function decideSignboard(kind: SignboardKind, placement: Placement, admitted: boolean): SignboardDecision {
  const own = kind === 'partyOrganization' || kind === 'committee' || kind === 'chinaCommunity';
  if (placement === 'outside') {
    if (own) return { outcome: 'allowed', rule: 'signboard.ownOutside', reason: { 'zh-CN': '本组织牌子，可对外悬挂', en: 'The village\'s own plaque may hang outside' } };
    return { outcome: 'refused', rule: 'signboard.outsideOnlyOwn', basis: SIGNBOARD_BASIS, reason: { 'zh-CN': `办公场所外只能悬挂党组织、村(居)民委员会牌子和“中国社区”标识。依据：${SIGNBOARD_BASIS}`, en: `Outside, only the party organisation's and the committee's plaques and the “中国社区” mark may hang. Basis: the county's notice on grassroots governance, II(6)2` } };
  }
  if (own || kind === 'internalStandard') return { outcome: 'allowed', rule: 'signboard.inside', reason: { 'zh-CN': '可在内部设置', en: 'May be shown inside' } };
  if (admitted) return { outcome: 'allowed', rule: 'signboard.admitted', reason: { 'zh-CN': '已准入，可在内部合理位置悬挂小标识牌', en: 'Admitted: a small plaque may hang inside' } };
  return { outcome: 'countyReview', rule: 'signboard.needsAdmission', basis: UCOL_ART20, reason: { 'zh-CN': '部门牌子须经准入（与城乡基层治理机构、民政部门协商一致）后方可在内部悬挂', en: 'A department\'s plaque may hang inside only after admission by the county' } };
}
