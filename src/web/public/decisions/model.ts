// Democratic decisions on the web side: the shapes of the API answers (mirroring
// src/modules/decisions/routes.ts and src/modules/consultation/routes.ts) and the one place
// that knows the order of 四议两公开 — which step follows which state, which meeting decides
// it and what that meeting's statute requires. Shared by the public and the staff pages.
import type { T } from '../../i18n.tsx';
import type { Bilingual } from '../../lib/api.ts';
import { addDays, chinaDate } from '../../../core/time.ts';

export const meetingKinds = [
  'partyBranchMeeting', 'committeesMeeting', 'partyMembersMeeting', 'representativesMeeting',
  'villagersAssembly', 'groupMeeting', 'residentsMeeting',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Kinds whose attendance is a head count (no roll of named members). */
export const countedKinds: readonly MeetingKind[] = ['villagersAssembly', 'groupMeeting', 'residentsMeeting'];

export interface Reason { rule: string; article: string; message: string }

export interface TimelineRow {
  id: number; type: string; payload: Record<string, unknown>; fromState: string | null; toState: string;
  /** Not in the public view: the role is shown, not the account. */
  actorLabel?: string; actorRole: string; note: string | null; at: string; toLabel: Bilingual;
}

export interface MeetingSummary {
  id: number; kind: MeetingKind; title: string; meetingDate: string; place: string;
  status: 'scheduled' | 'held' | 'cancelled'; quorate: boolean | null; procedureId: number | null;
}

export interface MatterContext {
  matterTypeId: number | null; description: string; concurrentHead: boolean; meetings: Record<string, number>;
  resolution: string | null; outcome: string | null; resolutionEntryId: number | null; outcomeEntryId: number | null;
}

export interface Matter {
  id: number; kind: string; villageCode: string; title: string; state: string; context: MatterContext;
  createdAt: string; updatedAt: string; stateLabel: Bilingual; timeline: TimelineRow[]; meetings: MeetingSummary[];
}
export interface MatterListItem { id: number; title: string; state: string; stateLabel: Bilingual; createdAt: string; updatedAt: string }
export interface MatterType { id: number; scopeCode: string; title: string; basis: string }

export interface Motion { id: number; title: string; votesFor: number; votesAgainst: number; votesAbstain: number; passed: boolean; reasons: Reason[] }
export type AttendanceStatus = 'present' | 'absent' | 'leave';
export interface Meeting {
  id: number; villageCode: string; kind: MeetingKind; title: string; meetingDate: string; place: string; agenda: string;
  procedureId: number | null; status: 'scheduled' | 'held' | 'cancelled'; noticeGivenOn: string;
  eligible: { adults?: number; households?: number; members?: number };
  present: { persons?: number; households?: number } | null; quorate: boolean | null; minutes: string | null; createdAt: string;
  attendance: { id: number; name: string; residentId: number | null; status: AttendanceStatus }[];
  motions: Motion[];
}
export interface MeetingOutcome { quorate: boolean; quorumNeeded: number | null; passed: boolean | null; votesNeeded: number | null; reasons: Reason[] }
export interface NoticeOutcome { latestNoticeDate: string | null; workingDays: boolean; reasons: Reason[] }
export interface Finding extends Reason { ok: boolean }

export interface Representative {
  id: number; residentId: number; name: string; female: boolean; groupId: number | null; termStart: string; termEnd: string | null;
  status: 'active' | 'recalled' | 'resigned'; endedOn: string | null; endReason: string | null; households: number[]; villageCode: string;
}
export interface RepresentativeRegister {
  representatives: Representative[];
  composition: { households: number; groups: number; representatives: number; meetingMembers: number; women: number };
  check: { ok: boolean; findings: Finding[] };
  trainings: { thisYear: number; target: number; list: { id: number; heldOn: string; topic: string; attendeeIds: unknown }[] };
}

export interface ConsultationContext {
  categoryId: number; description: string; preReview: string | null; sessionOutcome: string | null; decision: string | null; feedback: string | null;
}
export interface Topic {
  id: number; kind: string; villageCode: string; title: string; state: string; context: ConsultationContext;
  createdAt: string; updatedAt: string; stateLabel: Bilingual; timeline: TimelineRow[];
}
export interface TopicListItem { id: number; title: string; state: string; stateLabel: Bilingual; createdAt: string; updatedAt: string }
export interface Category { id: number; scopeCode: string; title: string }
export interface Comment {
  id: number; parentId: number | null; authorName: string | null; body: string | null; hidden: boolean;
  hiddenReason: string | null; createdAt: string; replies?: Comment[];
}
export interface CommentPage { items: Comment[]; nextCursor: number | null }

/** A bilingual text from the server, in the reader's language. */
export const bi = (t: T, b: Bilingual | null | undefined): string => (b ? b[t.lang] ?? b['zh-CN'] : '');

/** "（text）" in Chinese, " (text)" in English. */
export const paren = (t: T, text: string | number) => t('decisions.paren', { text });
/** "：" in Chinese, ": " in English. */
export const colon = (t: T) => t('decisions.colon');

/** The calendar day (in China) of a timestamp. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return chinaDate(d);
}

export const isCommunity = (kind: string | null | undefined) => kind === 'community';

/** 村民代表会议 / 居民代表会议 and the other names of a meeting's kind. */
export function kindLabel(t: T, kind: string, villageKind?: string | null): string {
  if (kind === 'representativesMeeting') return t(isCommunity(villageKind) ? 'decisions.kind.representativesMeeting.community' : 'decisions.kind.representativesMeeting.village');
  return t.dyn(`decisions.kind.${kind}`, kind);
}

/** What the statute asks of a meeting of this kind: who must attend, who must agree. */
export const kindRequirement = (t: T, kind: string, villageKind?: string | null) =>
  t.dyn(`decisions.need.${kind}`, '', { name: kindLabel(t, kind, villageKind) });

/** The six steps of 四议两公开; ① and ② are one row when a joint meeting took both (一肩挑). */
export const stepNumbers = ['①', '②', '③', '④', '⑤', '⑥'] as const;
export type StepKey = 'propose' | 'consult' | 'review' | 'resolve' | 'resolutionPublished' | 'outcomePublished';
export const stepKeys: readonly StepKey[] = ['propose', 'consult', 'review', 'resolve', 'resolutionPublished', 'outcomePublished'];

/** The meeting kinds that may decide a voting step. */
export function stepKinds(step: string, villageKind?: string | null): MeetingKind[] {
  switch (step) {
    case 'propose': return ['partyBranchMeeting'];
    case 'proposeAndConsult':
    case 'consult': return ['committeesMeeting'];
    case 'review': return ['partyMembersMeeting'];
    case 'resolve': return isCommunity(villageKind) ? ['representativesMeeting', 'residentsMeeting'] : ['representativesMeeting', 'villagersAssembly'];
    default: return [];
  }
}

/** The step events that may follow a state, in the order they are offered. */
export interface NextStep { event: string; kinds: MeetingKind[]; text?: 'resolution' | 'outcome'; waiting?: boolean }
export function nextSteps(m: Pick<Matter, 'state' | 'context'>, villageKind?: string | null): NextStep[] {
  const voting = (event: string, text?: 'resolution'): NextStep => ({ event, kinds: stepKinds(event, villageKind), ...(text ? { text } : {}) });
  switch (m.state) {
    case 'draft': return m.context.concurrentHead ? [voting('propose'), voting('proposeAndConsult')] : [voting('propose')];
    case 'proposed': return [voting('consult')];
    case 'consulted': return [voting('review')];
    case 'reviewed': return [voting('resolve', 'resolution')];
    case 'resolved': return [{ event: 'requestResolutionPublication', kinds: [] }];
    case 'resolutionPending': return [{ event: 'resolutionPublished', kinds: [], waiting: true }];
    case 'resolutionPublished': return [{ event: 'implement', kinds: [] }];
    case 'implementing': return [{ event: 'requestOutcomePublication', kinds: [], text: 'outcome' }];
    case 'outcomePending': return [{ event: 'outcomePublished', kinds: [], waiting: true }];
    default: return [];
  }
}

/** Which of the six steps an event belongs to (0-based), or null. */
export function stepOfEvent(type: string): number[] {
  switch (type) {
    case 'propose': return [0];
    case 'proposeAndConsult': return [0, 1];
    case 'consult': return [1];
    case 'review': return [2];
    case 'resolve': return [3];
    case 'requestResolutionPublication': case 'resolutionPublished': return [4];
    case 'requestOutcomePublication': case 'outcomePublished': return [5];
    default: return [];
  }
}

/** The step a state is waiting for (0-based; 6 = finished; null = rejected/withdrawn). */
export function currentStep(state: string): number | null {
  const order: Record<string, number> = {
    draft: 0, proposed: 1, consulted: 2, reviewed: 3, resolved: 4, resolutionPending: 4, resolutionPublished: 5, implementing: 5, outcomePending: 5, outcomePublished: 6,
  };
  return order[state] ?? null;
}

export const finalStates = ['outcomePublished', 'rejected', 'withdrawn'];

/** Today in China (YYYY-MM-DD) and a day n days later. */
export const chinaDay = (d = new Date()) => chinaDate(d);
export { addDays };
