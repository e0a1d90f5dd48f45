import type { Generated } from 'kysely';
import type { ErrandState, RequestState } from './rules.ts';

export interface ServiceTables {
  serviceCatalogItem: {
    id: Generated<number>;
    countyCode: string;
    /** GeoReport service_code: stable, unique within the county. */
    code: string;
    name: string;
    description: string;
    /** The back office that handles it (后台审批). */
    office: string;
    documents: unknown; // string[]
    workingDays: number;
    active: boolean;
    /** The kind of department that does its back office (null: the village committee and the township, as before). */
    departmentKind: string | null;
  };
  serviceRequest: {
    id: Generated<number>;
    villageCode: string;
    catalogItemId: number;
    residentId: number;
    residentName: string;
    description: string;
    state: RequestState;
    channel: 'desk' | 'online' | 'open311';
    filedByAccountId: number | null;
    filedByLabel: string;
    /** Filed by staff at the desk for the resident. */
    onBehalf: boolean;
    filedOn: string;
    dueOn: string | null;
    statusNote: string | null;
    createdAt: Date;
    updatedAt: Date;
    escalatedAt: Date | null;
    /** The department the request was routed to when accepted into the back office (null: none). */
    departmentId: number | null;
  };
  serviceRequestEvent: {
    id: Generated<number>;
    requestId: number;
    fromState: RequestState | null;
    toState: RequestState;
    note: string | null;
    actorLabel: string;
    actorRole: string;
    at: Date;
    /** Set when the event moved the due date (leaving waitingForResident). */
    dueOn: string | null;
  };
  errand: {
    id: Generated<number>;
    villageCode: string;
    requestId: number | null;
    residentId: number;
    residentName: string;
    office: string;
    matter: string;
    handedOver: string;
    returned: string | null;
    state: ErrandState;
    runnerAccountId: number | null;
    runnerLabel: string;
    startedOn: string;
    returnedOn: string | null;
  };
}
