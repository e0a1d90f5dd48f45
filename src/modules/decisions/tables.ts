import type { Generated } from 'kysely';
import type { MeetingKind } from './rules.ts';

export interface DecisionTables {
  representative: {
    id: Generated<number>;
    villageCode: string;
    residentId: number;
    name: string;
    female: boolean;
    groupId: number | null;
    termStart: string;
    termEnd: string | null;
    status: 'active' | 'recalled' | 'resigned';
    endedOn: string | null;
    endReason: string | null;
  };
  representativeHousehold: { representativeId: number; householdId: number };
  representativeTraining: {
    id: Generated<number>;
    villageCode: string;
    heldOn: string;
    topic: string;
    attendeeIds: unknown; // representative ids
  };
  matterType: {
    id: Generated<number>;
    scopeCode: string;
    title: string;
    basis: string;
  };
  meeting: {
    id: Generated<number>;
    villageCode: string;
    kind: MeetingKind;
    title: string;
    meetingDate: string;
    place: string;
    agenda: string;
    procedureId: number | null;
    status: 'scheduled' | 'held' | 'cancelled';
    noticeGivenOn: string;
    eligible: unknown;
    present: unknown;
    quorate: boolean | null;
    minutes: string | null;
    createdAt: Date;
  };
  meetingAttendance: {
    id: Generated<number>;
    meetingId: number;
    name: string;
    residentId: number | null;
    status: 'present' | 'absent' | 'leave';
  };
  meetingMotion: {
    id: Generated<number>;
    meetingId: number;
    title: string;
    votesFor: number;
    votesAgainst: number;
    votesAbstain: number;
    passed: boolean;
    reasons: unknown;
  };
}
