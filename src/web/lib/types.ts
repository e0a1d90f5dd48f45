// Shapes of the API answers the web app reads (mirrors the zod schemas in src/modules/*/routes.ts).
export interface NodeSummary { code: string; name: string; shortName: string; level: string; kind: string | null }
export interface Group { id: number; name: string; sort: number }
export interface NodeDetail extends NodeSummary {
  parentCode: string | null;
  path: NodeSummary[];
  children: NodeSummary[];
  profile: { population: number | null; households: number | null; officePhone: string | null; officeAddress: string | null } | null;
  groups: Group[];
  grids: { id: number; name: string; groupId: number | null; description: string | null }[];
}

export interface VillagePage {
  code: string; name: string; shortName: string; kind: string | null;
  path: { code: string; name: string; level: string }[];
  profile: { population: number | null; households: number | null; officePhone: string | null; officeAddress: string | null } | null;
  groups: string[];
  committee: { body: string; post: string; name: string }[];
  register: { residents: number; households: number };
}

export interface Grant { id: number; role: string; jurisdictionCode: string }
export interface Me {
  account: { id: number; username: string; displayName: string; residentId: number | null };
  grants: Grant[];
  csrfToken: string;
  actions: string[];
}

export interface NavEntry { path: string; labelKey: string; action: string }

export const flags = ['deprivedOfPoliticalRights', 'deceased', 'movedOut'] as const;
export type Flag = (typeof flags)[number];
export const relations = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const;
export type Relation = (typeof relations)[number];

export interface ResidentListItem {
  id: number; name: string; gender: string; birthDate: string; idNumberMasked: string; phoneMasked: string;
  householdId: number; householdNumber: string; groupId: number | null; relationToHead: string;
  registered: boolean; habitual: boolean; partyMember: boolean; flags: Flag[];
}
export interface Page<T> { items: T[]; nextCursor: number | null }

export interface ResidentDetail {
  id: number; jurisdictionCode: string; name: string; gender: string; birthDate: string;
  idNumberMasked: string; phoneMasked: string; householdId: number; householdNumber: string;
  groupId: number | null; address: string | null; relationToHead: string; registered: boolean;
  habitual: boolean; partyMember: boolean; updatedAt: string; flags: Flag[];
  flagHistory: { id: number; flag: Flag; value: boolean; effectiveDate: string; note: string | null; recordedAt: string; recordedBy: string }[];
  householdMembers: { id: number; name: string; relationToHead: string }[];
}

export interface HouseholdListItem { id: number; number: string; groupId: number | null; address: string | null; headName: string | null; members: number }

export interface ImportIssue { row: number; column: string; field: string; rule: string; messages: { 'zh-CN': string; en: string } }
export interface ImportReport {
  ok: boolean; rows: number;
  households: { new: number; existing: number };
  residents: { new: number; updated: number };
  errors: ImportIssue[];
}

export interface AuditItem {
  id: number; at: string; actorLabel: string; capacityRole: string; capacityCode: string | null;
  action: string; targetType: string; targetId: string; jurisdictionCode: string; before: unknown; after: unknown;
}
