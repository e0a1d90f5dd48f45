// Shapes of the service desk and certificate APIs as the pages use them.
import type { Bilingual } from '../../lib/api.ts';

export const requestStates = ['received', 'accepted', 'inProgress', 'waitingForResident', 'completed', 'closedNotDone'] as const;
export type RequestState = (typeof requestStates)[number];
/** The moves the server allows (src/modules/services/rules.ts); the server re-checks every one. */
export const allowedMoves: Record<RequestState, RequestState[]> = {
  received: ['accepted', 'closedNotDone'],
  accepted: ['inProgress', 'waitingForResident', 'completed', 'closedNotDone'],
  inProgress: ['waitingForResident', 'completed', 'closedNotDone'],
  waitingForResident: ['inProgress', 'closedNotDone'],
  completed: [],
  closedNotDone: [],
};

export interface CatalogItem { id: number; code: string; name: string; description: string; office: string; documents: string[]; workingDays: number; active: boolean }

export interface ServiceRequest {
  id: number; villageCode: string; residentId: number; residentName: string; description: string; state: RequestState; stateLabel: Bilingual;
  channel: 'desk' | 'online' | 'open311'; filedByLabel: string; onBehalf: boolean; filedOn: string; dueOn: string | null; statusNote: string | null;
  createdAt: string; updatedAt: string; escalatedAt: string | null; overdue: boolean; serviceCode: string; serviceName: string; office: string;
}
export interface TimelineEvent { id: number; fromState: string | null; toState: RequestState; toLabel: Bilingual; note: string | null; actorRole: string; at: string; dueOn: string | null }
export interface ServiceRequestDetail extends ServiceRequest { timeline: TimelineEvent[] }

export interface Errand {
  id: number; villageCode?: string; requestId?: number | null; residentName?: string; office: string; matter: string; handedOver: string; returned: string | null;
  state: 'out' | 'returned'; runnerLabel?: string; startedOn: string; returnedOn: string | null;
}

export interface Reason { rule: string; article: string; message: string }
export type CertificateOutcome = 'issued' | 'refused' | 'pendingTownship' | 'approved';
export interface IssuedCertificate { id: number; number: string; token: string; villageCode: string; requestId: number; name: string; basis: string; holderName: string; statement: string; purpose: string; issuedByLabel: string; issuedAt: string; issuedOn: string }
export interface CertificateRequest {
  id: number; villageCode: string; residentId: number; residentName: string; name: string; purpose: string; outcome: CertificateOutcome; reasons: Reason[];
  basis: string | null; authority: string | null; filedByLabel: string; onBehalf: boolean; filedAt: string; decidedByLabel: string | null; decidedAt: string | null;
  certificateId: number | null; certificate?: IssuedCertificate | null;
}
export interface MyCertificateRequest { id: number; name: string; purpose: string; outcome: CertificateOutcome; reasons: Reason[]; basis: string | null; authority: string | null; onBehalf: boolean; filedAt: string; decidedAt: string | null; number: string | null }

export interface ListEntry { id: number | null; source: 'national' | 'provincial' | 'county' | 'township'; name: string; aliases: string[]; basis: string; authority?: string }
export interface CertificateLists { countyCode: string; forbidden: (ListEntry & { authority: string })[]; lawful: ListEntry[] }

export interface Verification { number: string; name: string; basis: string; holderMasked: string; issuedOn: string; issuedBy: string; villageCode: string }
