// Shapes of the service desk and certificate APIs as the pages use them, from the generated API
// types (the zod schemas of src/modules/services and src/modules/certificates are the source).
import type { ApiResponse, Item } from '../../lib/api-types.ts';

type StaffErrand = Item<ApiResponse<'/api/v1/villages/{code}/errands'>>;

export type CatalogItem = Item<ApiResponse<'/api/v1/jurisdictions/{code}/service-catalog'>>;
export type ServiceRequest = Item<ApiResponse<'/api/v1/jurisdictions/{code}/service-requests'>>;
export type RequestState = ServiceRequest['state'];
/** A request with its timeline and the moves the rules allow from its state (the server's list). */
export type ServiceRequestDetail = ApiResponse<'/api/v1/service-requests/{id}'>;
export type TimelineEvent = Item<ServiceRequestDetail['timeline']>;
/** A resident's own requests and the errands run for them. */
export type MyServiceRequests = ApiResponse<'/api/v1/my/service-requests'>;
/** An errand as staff see it; a resident's own list leaves out who ran it and for whom. */
export type Errand = Item<MyServiceRequests['errands']> & Partial<StaffErrand>;

/** A certificate request with its certificate once issued (the answer to filing, deciding, issuing). */
export type CertificateRequest = ApiResponse<'/api/v1/certificate-requests/{id}'>;
/** A certificate request in the office's list (without the certificate). */
export type CertificateRequestListItem = Item<ApiResponse<'/api/v1/jurisdictions/{code}/certificate-requests'>>;
export type CertificateOutcome = CertificateRequest['outcome'];
export type Reason = Item<CertificateRequest['reasons']>;
export type IssuedCertificate = NonNullable<CertificateRequest['certificate']>;
export type MyCertificateRequest = Item<ApiResponse<'/api/v1/my/certificate-requests'>>;

export type CertificateLists = ApiResponse<'/api/v1/jurisdictions/{code}/certificate-lists'>;
export type ListEntry = Item<CertificateLists['lawful']> | Item<CertificateLists['forbidden']>;

export type Verification = ApiResponse<'/api/v1/certificates/{number}/verify/{token}'>;
