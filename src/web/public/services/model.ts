// Shapes of the service desk and certificate APIs as the pages use them: the service desk's come
// from the generated API types; the certificates' are written out until their schemas are complete.
import type { Bilingual } from '../../lib/api.ts';
import type { ApiResponse, Item } from '../../lib/api-types.ts';

type StaffErrand = Item<ApiResponse<'/api/v1/villages/{code}/errands'>>;

export type CatalogItem = Item<ApiResponse<'/api/v1/jurisdictions/{code}/service-catalog'>>;
export type ServiceRequest = Item<ApiResponse<'/api/v1/jurisdictions/{code}/service-requests'>>;
export type RequestState = ServiceRequest['state'];
/** A request with its timeline and the moves the rules allow from its state (the server's list). */
export type ServiceRequestDetail = ApiResponse<'/api/v1/service-requests/{id}'>;
export type TimelineEvent = Item<ServiceRequestDetail['timeline']>;
/** An errand as staff see it; a resident's own list leaves out who ran it and for whom. */
export type Errand = Item<ApiResponse<'/api/v1/my/service-requests'>['errands']> & Partial<StaffErrand>;

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
