// Democratic decisions on the web side: the shapes of the API answers (from the generated API
// types; the zod schemas of src/modules/decisions and src/modules/consultation are the source) and
// the one place that knows the six steps of 四议两公开 — which step an event belongs to (the
// transitions themselves come from the server's machine, as a matter's moves), which meeting
// decides it and what that meeting's statute requires. Shared by the public and the staff pages.
import type { T } from '../../i18n.tsx';
import type { Bilingual } from '../../lib/api.ts';
import type { ApiResponse, Item } from '../../lib/api-types.ts';
import { addDays, chinaDate } from '../../../core/time.ts';

export type Matter = ApiResponse<'/api/v1/matters/{id}'>;
export type MatterContext = Matter['context'];
export type MeetingSummary = Item<Matter['meetings']>;
export type MeetingKind = MeetingSummary['kind'];
export const meetingKinds = [
  'partyBranchMeeting', 'committeesMeeting', 'partyMembersMeeting', 'representativesMeeting',
  'villagersAssembly', 'groupMeeting', 'residentsMeeting',
] as const satisfies readonly MeetingKind[];

/** Kinds whose attendance is a head count (no roll of named members). */
export const countedKinds: readonly MeetingKind[] = ['villagersAssembly', 'groupMeeting', 'residentsMeeting'];

export type MatterListItem = Item<ApiResponse<'/api/v1/villages/{code}/matters'>>;
export type MatterType = Item<ApiResponse<'/api/v1/jurisdictions/{code}/matter-types'>>;

export type Meeting = ApiResponse<'/api/v1/meetings/{id}'>;
export type Motion = Item<Meeting['motions']>;
export type Reason = Item<Motion['reasons']>;
export type AttendanceStatus = Item<Meeting['attendance']>['status'];
export type MeetingOutcome = ApiResponse<'/api/v1/rules/meeting-outcome', 'post'>;
export type NoticeOutcome = ApiResponse<'/api/v1/rules/notice-deadline', 'post'>;

export type RepresentativeRegister = ApiResponse<'/api/v1/villages/{code}/representatives'>;
export type Representative = Item<RepresentativeRegister['representatives']>;
export type Finding = Item<RepresentativeRegister['check']['findings']>;

export type Topic = ApiResponse<'/api/v1/consultations/{id}'>;
export type ConsultationContext = Topic['context'];
export type TopicListItem = Item<ApiResponse<'/api/v1/villages/{code}/consultations'>>;
export type Category = Item<ApiResponse<'/api/v1/jurisdictions/{code}/consultation-categories'>>;
/** A step of a matter's or a topic's public timeline: the role that acted, never the account. */
export type TimelineRow = Item<Matter['timeline']> | Item<Topic['timeline']>;
export type CommentPage = ApiResponse<'/api/v1/consultations/{id}/comments'>;
type TopComment = Item<CommentPage['items']>;
/** A comment; a top-level one carries its replies (one level). */
export type Comment = Omit<TopComment, 'replies'> & { replies?: Item<TopComment['replies']>[] };

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

/** A step event the server's machine allows from the matter's state, in order. */
export type Move = Item<Matter['moves']>;
/** Withdrawing and a meeting's rejection end the matter: offered apart from the next step. */
export const isEnding = (event: string) => event === 'reject' || event === 'withdraw';

/** The next steps the server allows, as the staff page offers them: the meetings that decide each, the text it records, whether a job takes it. */
export interface NextStep { event: string; kinds: MeetingKind[]; text?: 'resolution' | 'outcome'; waiting?: boolean }
export function stepOptions(m: Pick<Matter, 'moves'>, villageKind?: string | null): NextStep[] {
  return m.moves.filter((mv) => !isEnding(mv.event)).map((mv) => {
    const text = mv.event === 'resolve' ? 'resolution' : mv.event === 'requestOutcomePublication' ? 'outcome' : undefined;
    return { event: mv.event, kinds: stepKinds(mv.event, villageKind), ...(text ? { text } : {}), ...(mv.system ? { waiting: true } : {}) };
  });
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

/** The step (0-based) the matter waits for: the first the server allows; null when it is over. */
export function currentStep(m: Pick<Matter, 'moves'>): number | null {
  const next = m.moves.find((mv) => !isEnding(mv.event));
  if (!next) return null;
  return next.event === 'implement' ? 5 : stepOfEvent(next.event)[0] ?? null;
}

/** Today in China (YYYY-MM-DD) and a day n days later. */
export const chinaDay = (d = new Date()) => chinaDate(d);
export { addDays };
