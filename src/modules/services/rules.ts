// The service desk's pure rules (前台受理、后台审批, seed 002 §二(二); 民事代办, seed 001 §二(一)):
// the states a request goes through, which moves are allowed, the due date in working days,
// overdue, and how our states read in GeoReport v2 (Open311).
import type { Bilingual } from '../../core/errors.ts';
import type { WorkingCalendar } from '../../core/calendar/calendar.ts';
import type { DepartmentKind } from '../../core/access/roles.ts';

/**
 * received → accepted → inProgress ⇄ waitingForResident → completed, or closedNotDone (with a
 * reason) from any open state. "Closed" never means "done": a request that ends without the
 * service carries the reason the resident is told.
 */
export const requestStates = ['received', 'accepted', 'inProgress', 'waitingForResident', 'completed', 'closedNotDone'] as const;
export type RequestState = (typeof requestStates)[number];

export const stateLabels: Record<RequestState, Bilingual> = {
  received: { 'zh-CN': '已受理登记', en: 'Received' },
  accepted: { 'zh-CN': '已接收（后台）', en: 'Accepted by the back office' },
  inProgress: { 'zh-CN': '办理中', en: 'In progress' },
  waitingForResident: { 'zh-CN': '待居民补充材料', en: 'Waiting for the resident' },
  completed: { 'zh-CN': '已办结', en: 'Completed' },
  closedNotDone: { 'zh-CN': '未办理关闭', en: 'Closed, not done' },
};

const moves: Record<RequestState, readonly RequestState[]> = {
  received: ['accepted', 'closedNotDone'],
  accepted: ['inProgress', 'waitingForResident', 'completed', 'closedNotDone'],
  inProgress: ['waitingForResident', 'completed', 'closedNotDone'],
  waitingForResident: ['inProgress', 'closedNotDone'],
  completed: [],
  closedNotDone: [],
};

export const isTerminal = (s: RequestState) => moves[s].length === 0;
export const allowedMoves = (s: RequestState): readonly RequestState[] => moves[s];

export type TransitionCheck = { ok: true } | { ok: false; rule: string; messages: Bilingual };

/** Whether a request may move from `from` to `to`; closing without the service needs a reason. */
export function checkTransition(from: RequestState, to: RequestState, reason?: string | null): TransitionCheck {
  const l = (s: RequestState) => stateLabels[s];
  if (!moves[from].includes(to)) {
    return {
      ok: false, rule: 'request.transition',
      messages: isTerminal(from)
        ? { 'zh-CN': `该申请已${l(from)['zh-CN']}，不能再改为「${l(to)['zh-CN']}」`, en: `The request is already ${l(from).en.toLowerCase()}; it cannot become "${l(to).en}"` }
        : { 'zh-CN': `申请不能从「${l(from)['zh-CN']}」直接改为「${l(to)['zh-CN']}」，可改为：${moves[from].map((s) => l(s)['zh-CN']).join('、')}`,
          en: `A request cannot go from "${l(from).en}" to "${l(to).en}"; allowed: ${moves[from].map((s) => l(s).en).join(', ')}` },
    };
  }
  if (to === 'closedNotDone' && !(reason && reason.trim().length >= 2)) {
    return { ok: false, rule: 'request.closeReason', messages: { 'zh-CN': '未办理关闭必须写明原因，居民会看到该原因', en: 'Closing a request without the service needs a reason, which the resident sees' } };
  }
  if (to === 'waitingForResident' && !(reason && reason.trim().length >= 2)) {
    return { ok: false, rule: 'request.waitingNote', messages: { 'zh-CN': '请写明需要居民补充什么', en: 'Say what the resident needs to provide' } };
  }
  return { ok: true };
}

/**
 * The due date: `workingDays` working days after the day the request was filed (the filing day
 * does not count), on the county's calendar (public holidays and 调休). The number of days is the
 * catalogue's, set by the county for each service. Throws CalendarNotCoveredError for a year the
 * calendar does not know: the caller records "no due date yet" rather than a guess.
 */
export function dueDate(cal: WorkingCalendar, filedOn: string, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be a whole number ≥ 1');
  return cal.addWorkingDays(filedOn, workingDays);
}

/**
 * The clock stops while the request waits for the resident: when it leaves `waitingForResident`,
 * the due date moves on by the working days spent waiting — the working days after the day the
 * office asked (that day the office still had the request) up to and including the day it moved
 * on (补正材料时间不计入承诺办理时限, the usual rule of the 政务服务 service promise; the promise
 * itself is the county's catalogue, not statute). Same-day waiting, or waiting only over a weekend
 * or holiday, moves nothing. No due date (the year's calendar was missing) stays none. Throws
 * CalendarNotCoveredError when the waiting or the moved date falls in a year the calendar does not know.
 */
export function dueDateAfterWaiting(cal: WorkingCalendar, dueOn: string | null, waitingFrom: string, waitingUntil: string): string | null {
  if (waitingUntil < waitingFrom) throw new RangeError('waiting cannot end before it began');
  if (dueOn === null) return null;
  const days = cal.workingDaysBetween(waitingFrom, waitingUntil);
  return days === 0 ? dueOn : cal.addWorkingDays(dueOn, days);
}

/** Overdue: still open and the due date has passed (the due date itself is still in time). */
export function isOverdue(state: RequestState, dueOn: string | null, today: string): boolean {
  return !isTerminal(state) && dueOn !== null && dueOn < today;
}

/**
 * The kinds of department a service's back office (后台审批) can be routed to: the township's
 * offices and the county's civil-affairs bureau. The county's catalogue names one per service; the
 * request goes, on acceptance, to the nearest department of that kind serving the village.
 */
export const backOfficeKinds = ['civilAffairsOffice', 'ruralEconomyStation', 'judicialOffice', 'policeStation', 'civilAffairsBureau'] as const satisfies readonly DepartmentKind[];
export type BackOfficeKind = (typeof backOfficeKinds)[number];

/** The move that hands a request from the front desk to the back office: it is routed then. */
export const routesOnMove = (from: RequestState, to: RequestState) => from === 'received' && to === 'accepted';

/**
 * Who holds a request, beyond the role check (services.handle): a request routed to a department is
 * worked by that department's staff only — the village committee and the township keep the front
 * desk (receiving, accepting, closing before acceptance) and can read it; department staff act only
 * on what is routed to their department. `actingFor` is the department the actor acts for (null:
 * not as department staff).
 */
export type HolderCheck = { ok: true } | { ok: false; rule: 'request.routedToDepartment' | 'request.notRoutedHere' };
export function checkHolder(r: { state: RequestState; departmentId: number | null }, actingFor: number | null): HolderCheck {
  if (actingFor !== null) return r.departmentId === actingFor ? { ok: true } : { ok: false, rule: 'request.notRoutedHere' };
  if (r.departmentId !== null && r.state !== 'received') return { ok: false, rule: 'request.routedToDepartment' };
  return { ok: true };
}

/** GeoReport v2 knows two statuses: a completed or closed-not-done request is "closed". */
export function open311Status(s: RequestState): 'open' | 'closed' {
  return isTerminal(s) ? 'closed' : 'open';
}

/** Errands (民事代办): a matter taken to an office ("out") comes back ("returned") with what was returned. */
export const errandStates = ['out', 'returned'] as const;
export type ErrandState = (typeof errandStates)[number];
