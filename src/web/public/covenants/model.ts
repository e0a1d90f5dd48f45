// Covenants on the web side: the shapes of the API answers (src/modules/covenants/routes.ts),
// the five steps in order, and the plain-text form of a draft used by the staff editor.
import type { Bilingual } from '../../lib/api.ts';

export interface Clause { id: string; text: string; label: string; chapter: number; article: number }
export interface NumberedChapter { number: number; label: string; title: string; clauses: Clause[] }
export interface Finding { rule: string; basis: string; excerpt: string; message: string }
export interface ScreenResult { id: string; lawful: boolean; findings: Finding[] }
export interface StoredFinding extends Finding {
  id: number; clauseId: string; stage: 'review' | 'vote'; versionId: number;
  decision: 'mustChange' | 'lawful' | null; decisionReason: string | null; decidedBy: string | null;
}
export interface VersionSummary { id: number; number: number; procedureId: number | null; origin: 'draft' | 'registered'; status: string; note: string | null; createdAt: string; adoptedOn: string | null; ledgerHash: string | null }
export interface RevisionSummary { id: number; title: string; state: string; stateLabel: Bilingual; createdAt: string; updatedAt: string }
export interface CovenantPage {
  covenant: { id: number; title: string; kind: 'village' | 'community'; warningDays: number } | null;
  inForce: (VersionSummary & { chapters: NumberedChapter[]; screen: ScreenResult[] }) | null;
  versions: VersionSummary[];
  revisions: RevisionSummary[];
}
export interface TimelineRow { id: number; type: string; toState: string; actorRole: string; note: string | null; at: string; toLabel: Bilingual }
export interface Revision {
  id: number; villageCode: string; title: string; state: string; stateLabel: Bilingual;
  context: { covenantId: number; reviewVersionId: number | null; approvedVersionId: number | null; meetingId: number | null; motionId: number | null; womenPresent: number | null; adoptedOn: string | null; filedOn: string | null };
  covenant: { id: number; title: string; kind: 'village' | 'community'; inForceVersionId: number | null };
  steps: { state: string; label: Bilingual }[];
  timeline: TimelineRow[];
  versions: VersionSummary[];
  draft: { id: number; number: number; note: string | null; createdAt: string; chapters: NumberedChapter[]; screen: ScreenResult[] } | null;
  findings: StoredFinding[];
  opinions: { id: number; body: string; source: string; createdAt: string }[];
  meetings: { id: number; kind: string; title: string; meetingDate: string; status: string; quorate: boolean | null }[];
}
export interface CovenantComment { id: number; clauseId: string; versionId: number; authorName: string; body: string; hidden: boolean; hiddenReason: string | null; disposition: 'adopted' | 'notAdopted' | null; dispositionReason: string | null; createdAt: string }
export interface CommentPage { items: CovenantComment[]; nextCursor: number | null }
export interface RollEntry { id: number; kind: 'honor' | 'warning'; personName: string; clauseId: string; clauseLabel: string; clauseText: string; description: string; recordedOn: string; expiresOn: string | null; appealed: boolean; appealDecision: string | null; appealReason: string | null; mine?: boolean }

/** The five steps of the guidance, as the states that begin them. */
export const fiveSteps = [
  { key: 'collect', states: ['collecting'] },
  { key: 'draft', states: ['drafting'] },
  { key: 'review', states: ['review'] },
  { key: 'vote', states: ['approved'] },
  { key: 'publish', states: ['adopted', 'filed'] },
] as const;
export const stepIndex = (state: string): number => state === 'published' ? 5 : fiveSteps.findIndex((s) => (s.states as readonly string[]).includes(state));

export const allClauses = (chapters: NumberedChapter[]): Clause[] => chapters.flatMap((c) => c.clauses);

/** A draft as plain text: "# 章名" starts a chapter, "[k3] 条文" keeps clause k3, other lines are new clauses. */
export function draftToText(chapters: NumberedChapter[]): string {
  return chapters.map((c) => [`# ${c.title}`, ...c.clauses.map((k) => `[${k.id}] ${k.text}`)].join('\n')).join('\n\n');
}

export interface DraftChapterIn { title: string; clauses: { id?: string; text: string }[] }

export function textToDraft(text: string): { chapters: DraftChapterIn[] } | { error: 'noChapter' | 'empty' } {
  const chapters: DraftChapterIn[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('#')) { chapters.push({ title: line.replace(/^#+\s*/, ''), clauses: [] }); continue; }
    const last = chapters[chapters.length - 1];
    if (!last) return { error: 'noChapter' };
    const m = /^\[(k\d{1,6})\]\s*(.*)$/.exec(line);
    last.clauses.push(m ? { id: m[1]!, text: m[2]! } : { text: line });
  }
  if (!chapters.some((c) => c.clauses.length)) return { error: 'empty' };
  return { chapters };
}

/**
 * The versions one may compare: the adopted ones (in force, superseded, registered) and the drafts
 * of the revision at hand, each once, newest first; and the pair shown at first (the newest against
 * the text in force, or against the one before it when it is the text in force or there is none).
 */
export function versionChoices(adopted: VersionSummary[], drafts: VersionSummary[], inForceId: number | null): { versions: VersionSummary[]; to: number | null; from: number | null } {
  const byId = new Map<number, VersionSummary>();
  for (const v of [...adopted, ...drafts]) byId.set(v.id, v);
  const versions = [...byId.values()].sort((a, b) => b.number - a.number);
  const to = versions[0]?.id ?? null;
  const from = inForceId !== null && inForceId !== to && byId.has(inForceId) ? inForceId : (versions[1]?.id ?? null);
  return { versions, to, from };
}
