// Covenants on the web side: the shapes of the API answers (from the generated API types; the zod
// schemas in src/modules/covenants/schemas.ts are the source; a revision carries its steps) and the
// plain-text form of a draft used by the staff editor.
import type { ApiRequestBody, ApiResponse, Item } from '../../lib/api-types.ts';

/** A village's covenant: the text in force, every version, the revisions under way. */
export type CovenantPage = ApiResponse<'/api/v1/villages/{code}/covenant'>;
/**
 * A version as the version picker and lists use it. Written out, not derived: the server's
 * (Item<CovenantPage['versions']>) is assignable to it, and the picker's unit test
 * (test/unit/covenant-versions.test.ts) builds these with a plain string status.
 */
export interface VersionSummary { id: number; number: number; procedureId: number | null; origin: 'draft' | 'registered'; status: string; note: string | null; createdAt: string; adoptedOn: string | null; ledgerHash: string | null }
export type RevisionSummary = Item<CovenantPage['revisions']>;
export type NumberedChapter = Item<ApiResponse<'/api/v1/covenant-versions/{id}'>['chapters']>;
export type Clause = Item<NumberedChapter['clauses']>;
export type ScreenResult = Item<NonNullable<CovenantPage['inForce']>['screen']>;
export type Finding = Item<ScreenResult['findings']>;
/** A revision with its steps, timeline, draft, findings, opinions and meetings. */
export type Revision = ApiResponse<'/api/v1/covenant-revisions/{id}'>;
export type StoredFinding = Item<Revision['findings']>;
export type TimelineRow = Item<Revision['timeline']>;
export type CommentPage = ApiResponse<'/api/v1/covenant-revisions/{id}/comments'>;
export type CovenantComment = Item<CommentPage['items']>;
export type Opinion = Item<ApiResponse<'/api/v1/covenant-revisions/{id}/opinions'>>;
export type Diff = ApiResponse<'/api/v1/covenant-versions/{id}/diff'>;
export type DiffRow = Item<Diff['rows']>;
/** The county's list of revisions under way in its villages. */
export type CountyRevision = Item<ApiResponse<'/api/v1/jurisdictions/{code}/covenant-revisions'>>;
/** An entry of the honour roll; the warning roll adds whether it is the reader's own and, for staff, the record. */
export type HonorRollEntry = Item<ApiResponse<'/api/v1/villages/{code}/covenant/honor-roll'>>;
export type WarningRollEntry = Item<ApiResponse<'/api/v1/villages/{code}/covenant/warning-roll'>>;
export type RollEntry = HonorRollEntry & Partial<WarningRollEntry>;

export const allClauses = (chapters: NumberedChapter[]): Clause[] => chapters.flatMap((c) => c.clauses);

/** A draft as plain text: "# 章名" starts a chapter, "[k3] 条文" keeps clause k3, other lines are new clauses. */
export function draftToText(chapters: NumberedChapter[]): string {
  return chapters.map((c) => [`# ${c.title}`, ...c.clauses.map((k) => `[${k.id}] ${k.text}`)].join('\n')).join('\n\n');
}

export type DraftChapterIn = Item<ApiRequestBody<'/api/v1/covenant-revisions/{id}/versions', 'post'>['chapters']>;

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
