// Shapes of the API answers the web app reads, taken from the generated OpenAPI types
// (api-schema.d.ts, `npm run api-types`): the zod schemas in src/modules/*/routes.ts are the source.
import type { ApiRequestBody, ApiResponse, Item } from './api-types.ts';

type Residents = ApiResponse<'/api/v1/jurisdictions/{code}/residents'>;

export type NodeSummary = Item<ApiResponse<'/api/v1/jurisdictions'>>;
export type NodeDetail = ApiResponse<'/api/v1/jurisdictions/{code}'>;
export type Group = Item<NodeDetail['groups']>;

export type VillagePage = ApiResponse<'/api/v1/villages/{code}/page'>;

export type Grant = Item<ApiResponse<'/api/v1/auth/me'>['grants']>;
export interface Me {
  account: { id: number; username: string; displayName: string; residentId: number | null };
  grants: Grant[];
  csrfToken: string;
  actions: string[];
}

export type ResidentPage = Residents;
export type ResidentListItem = Item<Residents['items']>;
export type ResidentDetail = ApiResponse<'/api/v1/residents/{id}'>;
export type Flag = Item<ResidentDetail['flags']>;
export type Relation = NonNullable<ApiRequestBody<'/api/v1/residents/{id}', 'patch'>['relationToHead']>;
/** The flags and relations in the order the forms offer them. */
export const flags = ['deprivedOfPoliticalRights', 'deceased', 'movedOut'] as const satisfies readonly Flag[];
export const relations = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const satisfies readonly Relation[];

export type HouseholdPage = ApiResponse<'/api/v1/jurisdictions/{code}/households'>;
export type HouseholdListItem = Item<HouseholdPage['items']>;

export type ImportReport = ApiResponse<'/api/v1/jurisdictions/{code}/people-imports', 'post'>;
export type ImportIssue = Item<ImportReport['errors']>;

export type AuditPage = ApiResponse<'/api/v1/jurisdictions/{code}/audit'>;
export type AuditItem = Item<AuditPage['items']>;
