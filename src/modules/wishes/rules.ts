// 微心愿 (micro-wishes) and 微服务: pure rules, no I/O.
// Seed 002 §二(一)(二): 「设置心愿墙……广收‘微心愿’，提供‘微服务’」. The order of steps and who may
// take each is the platform's policy, not statute: a wish is screened by staff before anything
// is public, a claimant fulfils it with evidence (a note or a photo) and the hours served, and
// only the wisher thanks.
import type { Bilingual } from '../../core/errors.ts';

export const wishStates = ['submitted', 'rejected', 'published', 'claimed', 'fulfilled', 'thanked', 'withdrawn'] as const;
export type WishState = (typeof wishStates)[number];
export const wishEvents = ['approve', 'reject', 'claim', 'release', 'fulfil', 'thank', 'withdraw'] as const;
export type WishEvent = (typeof wishEvents)[number];

/** Who is acting, relative to this wish. */
export type WishActor = 'wisher' | 'staff' | 'claimant' | 'volunteer' | 'other';

export const claimantKinds = ['volunteer', 'partyMember', 'socialOrganization', 'unit'] as const;
export type ClaimantKind = (typeof claimantKinds)[number];

interface Edge { from: WishState[]; to: WishState; by: WishActor[] }
// 'approve' = screened and published on the wall in one step (nothing is public unscreened).
export const wishMachine: Record<WishEvent, Edge> = {
  approve: { from: ['submitted'], to: 'published', by: ['staff'] },
  reject: { from: ['submitted'], to: 'rejected', by: ['staff'] },
  claim: { from: ['published'], to: 'claimed', by: ['volunteer', 'staff'] },
  release: { from: ['claimed'], to: 'published', by: ['claimant', 'staff'] },
  fulfil: { from: ['claimed'], to: 'fulfilled', by: ['claimant', 'staff'] },
  thank: { from: ['fulfilled'], to: 'thanked', by: ['wisher'] },
  withdraw: { from: ['submitted', 'published'], to: 'withdrawn', by: ['wisher', 'staff'] },
};

/** Our policy: a fulfilment records 0.5 to 24 hours, in half hours. */
export const MAX_HOURS_PER_FULFILMENT = 24;

export interface WishInput { reason?: string | null; note?: string | null; hasPhoto?: boolean; hours?: number | null }

export type Transition =
  | { ok: true; to: WishState }
  | { ok: false; rule: string; field?: string; reason: Bilingual };

const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;

export function wishTransition(state: WishState, event: WishEvent, actor: WishActor | WishActor[], input: WishInput = {}): Transition {
  const edge = wishMachine[event];
  const actors = Array.isArray(actor) ? actor : [actor];
  if (!edge.from.includes(state)) {
    return { ok: false, rule: 'wish.state', reason: { 'zh-CN': `心愿当前状态为“${wishStateLabels[state]['zh-CN']}”，不能${wishEventLabels[event]['zh-CN']}`, en: `A wish that is ${state} cannot be ${event === 'thank' ? 'thanked' : `${event}ed`}` } };
  }
  if (!actors.some((a) => edge.by.includes(a))) {
    return { ok: false, rule: 'wish.actor', reason: { 'zh-CN': `只有${edge.by.map((b) => actorLabels[b]['zh-CN']).join('或')}可以${wishEventLabels[event]['zh-CN']}`, en: `Only the ${edge.by.join(' or ')} may ${event} this wish` } };
  }
  if (event === 'reject' && !filled(input.reason)) {
    return { ok: false, rule: 'wish.rejectReason', field: 'reason', reason: { 'zh-CN': '不予发布须说明理由', en: 'Give the reason for rejecting the wish' } };
  }
  if (event === 'fulfil') {
    if (!filled(input.note) && !input.hasPhoto) return { ok: false, rule: 'wish.fulfilEvidence', field: 'note', reason: { 'zh-CN': '完成心愿须附说明或照片', en: 'A fulfilment needs a note or a photo' } };
    const h = input.hours;
    if (h == null || !(h > 0) || h > MAX_HOURS_PER_FULFILMENT || Math.round(h * 2) !== h * 2) {
      return { ok: false, rule: 'wish.hours', field: 'hours', reason: { 'zh-CN': `服务时长须为 0.5 至 ${MAX_HOURS_PER_FULFILMENT} 小时（按半小时计）`, en: `Hours served must be 0.5 to ${MAX_HOURS_PER_FULFILMENT}, in half hours` } };
    }
  }
  return { ok: true, to: edge.to };
}

/** States shown on the public wish wall. */
export const publicStates: WishState[] = ['published', 'claimed', 'fulfilled', 'thanked'];


/** Hours from minutes, for profiles (stored as integer minutes). */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

export const wishStateLabels: Record<WishState, Bilingual> = {
  submitted: { 'zh-CN': '待审核', en: 'Awaiting screening' },
  rejected: { 'zh-CN': '未通过', en: 'Rejected' },
  published: { 'zh-CN': '待认领', en: 'Open' },
  claimed: { 'zh-CN': '已认领', en: 'Claimed' },
  fulfilled: { 'zh-CN': '已完成', en: 'Fulfilled' },
  thanked: { 'zh-CN': '已致谢', en: 'Thanked' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};
export const wishEventLabels: Record<WishEvent, Bilingual> = {
  approve: { 'zh-CN': '审核发布', en: 'approve' },
  reject: { 'zh-CN': '不予发布', en: 'reject' },
  claim: { 'zh-CN': '认领', en: 'claim' },
  release: { 'zh-CN': '放弃认领', en: 'release' },
  fulfil: { 'zh-CN': '完成', en: 'fulfil' },
  thank: { 'zh-CN': '致谢', en: 'thank' },
  withdraw: { 'zh-CN': '撤回', en: 'withdraw' },
};
const actorLabels: Record<WishActor, Bilingual> = {
  wisher: { 'zh-CN': '心愿人', en: 'wisher' }, staff: { 'zh-CN': '工作人员', en: 'staff' },
  claimant: { 'zh-CN': '认领人', en: 'claimant' }, volunteer: { 'zh-CN': '志愿者', en: 'volunteer' }, other: { 'zh-CN': '其他人', en: 'other' },
};
