import type { Generated } from 'kysely';
import type { Bilingual } from '../../core/errors.ts';
import type { DutyList, Placement, SignboardKind } from './rules.ts';

export interface AdmissionTables {
  dutyListItem: {
    id: Generated<number>;
    countyCode: string;
    list: DutyList;
    title: string;
    basis: string;
    department: string | null;
    fromRequestId: number | null;
    createdAt: Date;
    retiredAt: Date | null;
  };
  workRequest: {
    id: Generated<number>;
    countyCode: string;
    filedAtCode: string;
    filedBy: string;
    department: string;
    title: string;
    description: string;
    listItemId: number | null;
    villageCodes: unknown; // string[]
    fundingFen: number | null;
    fundingSource: string | null;
    conditions: string | null;
    requiresDedicatedOffice: boolean;
    requiresDedicatedStaff: boolean;
    status: 'admitted' | 'refused' | 'countyReview';
    rule: string;
    basis: string;
    reason: unknown; // Bilingual
    missing: unknown; // string[]
    countyNote: string | null;
    decidedAt: Date | null;
    createdAt: Date;
  };
  villageTask: {
    id: Generated<number>;
    workRequestId: number;
    villageCode: string;
    refusedAt: Date | null;
    refusalReason: string | null;
  };
  signboard: {
    id: Generated<number>;
    villageCode: string;
    name: string;
    issuingBody: string;
    kind: SignboardKind;
    placement: Placement;
    status: 'hanging' | 'countyReview' | 'refused' | 'removed';
    rule: string;
    reason: unknown; // Bilingual
    admissionItemId: number | null;
    requestedBy: string;
    createdAt: Date;
    decidedAt: Date | null;
  };
}
export type { Bilingual };
