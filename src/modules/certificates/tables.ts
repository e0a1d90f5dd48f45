import type { Generated } from 'kysely';

export type CertificateOutcome = 'issued' | 'refused' | 'pendingTownship' | 'approved';

export interface CertificateTables {
  /** The county's own entries: the lawful list, and additions to the negative list. */
  certificateListEntry: {
    id: Generated<number>;
    countyCode: string;
    list: 'lawful' | 'forbidden';
    name: string;
    aliases: unknown; // string[]
    basis: string;
    authority: string | null;
    /** county: entered by the county bureau; township: a township's decision on an unlisted request. */
    source: 'county' | 'township';
    decidedRequestId: number | null;
    createdBy: string;
    createdAt: Date;
    active: boolean;
  };
  certificateRequest: {
    id: Generated<number>;
    villageCode: string;
    residentId: number;
    residentName: string;
    name: string;
    purpose: string;
    outcome: CertificateOutcome;
    reasons: unknown; // Reason[]
    basis: string | null;
    authority: string | null;
    filedByAccountId: number | null;
    filedByLabel: string;
    onBehalf: boolean;
    filedAt: Date;
    decidedByLabel: string | null;
    decidedAt: Date | null;
    certificateId: number | null;
  };
  /** The seal log: every certificate issued. Append-only. */
  certificate: {
    id: Generated<number>;
    number: string;
    token: string;
    villageCode: string;
    requestId: number;
    name: string;
    basis: string;
    holderResidentId: number;
    holderName: string;
    statement: string;
    purpose: string;
    issuedByAccountId: number | null;
    issuedByLabel: string;
    issuedAt: Date;
    issuedOn: string;
  };
}
