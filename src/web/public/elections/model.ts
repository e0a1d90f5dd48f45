// Shapes of the elections API, shared by the staff and public pages, from the generated API types
// (the zod schemas in src/modules/elections/schemas.ts are the source).
import type { ApiResponse, Item } from '../../lib/api-types.ts';

/** An election as its committee sees it: steps, roll, objections, rounds, counts, the elected. */
export type Election = ApiResponse<'/api/v1/elections/{id}'>;
export type Step = Item<Election['steps']>;
export type Voter = Item<Election['voters']['list']>;
export type Objection = Item<Election['objections']>;
export type Round = Item<Election['rounds']>;
export type Outcome = NonNullable<Round['outcome']>;
export type Reason = Item<Outcome['reasons']>;
export type BoxCounts = Item<Election['counts']>;
export type ElectionListItem = Item<ApiResponse<'/api/v1/villages/{code}/elections'>>;
export type Nomination = Item<ApiResponse<'/api/v1/elections/{id}/nominations'>>;
/** What the public sees of an election: the published roll, candidates and results. */
export type PublicElection = ApiResponse<'/api/v1/elections/{id}/public'>;
export type PublicElectionListItem = Item<ApiResponse<'/api/v1/villages/{code}/elections/public'>>;
export type ObjectionFiled = ApiResponse<'/api/v1/elections/{id}/objections', 'post'>;
export type UploadedAuthorisation = ApiResponse<'/api/v1/elections/{id}/proxy-authorisations', 'post'>;
/** The county's view: each village's election, where it stands, what is overdue. */
export type OverviewRow = Item<ApiResponse<'/api/v1/jurisdictions/{code}/elections-overview'>>;
export type RecallCase = Item<ApiResponse<'/api/v1/villages/{code}/recalls'>>;
export type VettingDepartment = Item<ApiResponse<'/api/v1/jurisdictions/{code}/vetting-departments'>>;

type Position = Item<NonNullable<PublicElection['candidates']>['payload']['positions']>['position'];
/** The positions in the order the pages list them. */
export const positions = ['director', 'deputyDirector', 'member', 'womenMember'] as const satisfies readonly Position[];
