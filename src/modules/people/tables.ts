import type { Generated } from 'kysely';
import type { Flag } from './validation.ts';

export interface PeopleTables {
  household: {
    id: Generated<number>;
    jurisdictionCode: string;
    number: string;
    groupId: number | null;
    address: string | null;
    createdAt: Generated<Date>;
  };
  resident: {
    id: Generated<number>;
    jurisdictionCode: string;
    householdId: number;
    name: string;
    namePinyin: string;
    nameInitials: string;
    gender: string;
    birthDate: string;
    idNumber: string;
    phone: string | null;
    relationToHead: string;
    registered: boolean;
    habitual: boolean;
    partyMember: boolean;
    createdAt: Generated<Date>;
    updatedAt: Generated<Date>;
  };
  residentFlagEvent: {
    id: Generated<number>;
    residentId: number;
    flag: Flag;
    value: boolean;
    effectiveDate: string;
    note: string | null;
    recordedAt: Generated<Date>;
    recordedBy: string;
  };
  committeeMember: {
    id: Generated<number>;
    jurisdictionCode: string;
    residentId: number;
    body: string;
    post: string;
    termStart: string;
    termEnd: string | null;
  };
}
