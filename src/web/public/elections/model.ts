// Shapes of the elections API, shared by the staff and public pages.
export interface Reason { rule: string; article: string; message: string }
export interface Step { key: string; kind: string; due: string; plannedBy: string | null; extendedForHoliday: boolean; basis: string; status: 'done' | 'pending' | 'overdue'; label: string }
export interface Voter { id: number; residentId?: number | null; name: string; groupName: string | null; female: boolean; included: boolean; way?: number | null; reason: string; source: string }
export interface Objection { id: number; filedBy: string; voterId: number | null; claim: 'include' | 'exclude'; subjectName: string; statement: string; filedOn: string; decisionDue: string; decision: string | null; decisionReason: string | null; decidedOn: string | null; overdue: boolean }
export interface Outcome {
  valid: boolean; void: boolean; majorityMinVotes: number | null; thresholdMinVotes: number | null; majorityHolders: string[];
  elected: { name: string; votes: number; seat: string }[]; seatsUnfilled: number; tieRevote: null | { seats: number; candidates: string[] };
  supplementaryRound: null | { seats: number; candidates: string[]; womenSeat: null | { seats: number; candidates: string[] } }; vacancyMayRemain: boolean; reasons: Reason[];
}
export interface Round { roundNo: number; kind: string; position: string; seats: number; womenSeats: number; candidates: string[]; womenCandidates: string[]; tallied: boolean; outcome: Outcome | null }
export interface BoxCounts { box: string; mobile: boolean; entries: { entryNo: number; enteredBy: string; issued: number; returned: number; spoiled: number }[]; status: 'incomplete' | 'mismatch' | 'confirmed'; mismatches: string[] }
export interface Election {
  id: number; villageCode: string; kind: string; profile: string; title: string; electionDay: string; seats: Record<string, number>;
  pollingStations: { name: string; mobile: boolean }[]; state: string; stateLabel: { 'zh-CN': string; en: string };
  rollPublishedOn: string | null; candidatesPublishedOn: string | null; resultsPublishedAt: string | null; certificatesIssuedOn: string | null;
  steps: Step[]; events: { type: string; note: string | null; at: string; actorRole: string }[];
  committee: { id: number; name: string; post: string; withdrawnOn: string | null; withdrawReason: string | null }[];
  voters: { included: number; excluded: number; list: Voter[] }; objections: Objection[];
  proxies: { id: number; principal: string; proxy: string; relation: string; filedOn: string; authorisationOnFile: boolean; authorisationFilename: string | null }[];
  rounds: Round[]; counts: BoxCounts[]; currentRound: number | null;
  elected: { id: number; roundNo: number; name: string; position: string; votes: number }[];
}
export interface ElectionListItem { id: number; title: string; kind: string; profile: string; electionDay: string; rollPublishedOn: string | null; candidatesPublishedOn: string | null; resultsPublishedAt: string | null }
export interface Nomination { id: number; position: string; nomineeVoterId: number; nomineeName: string; female: boolean; nominators: number; status: string; exclusionReason: string | null; vetting: { department: string; name: string; passed: boolean | null; reason: string | null }[] }
export interface Published<P> { seq: number; hash: string; publishedAt: string; payload: P }
export interface PublicElection {
  id: number; title: string; kind: string; villageCode: string; electionDay: string;
  roll: Published<{ count: number; publishedOn: string; voters: { name: string; group: string | null }[] }> | null;
  candidates: Published<{ publishedOn: string; positions: { position: string; positionName: string; seats: number; candidates: string[] }[] }> | null;
  results: Published<{ elected: { name: string; position: string; positionName: string; votes: number; round: number }[]; rounds: { roundNo: number; position: string; reasons: Reason[] }[] }> | null;
  proxies: { principal: string; proxy: string }[];
}
export const positions = ['director', 'deputyDirector', 'member', 'womenMember'] as const;
