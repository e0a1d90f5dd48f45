// The decisions module's response shapes (zod), declared once for the routes and the named rules:
// they mirror what the services (service/meetings.ts, matters.ts, representatives.ts) and the pure
// rules (rules.ts) return.
import { z } from 'zod';
import { bilingualOut } from '../../core/serializer.ts';
import { reasonOut } from '../../core/rules.ts';
import { meetingKinds } from './rules.ts';

export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const attendanceStatuses = ['present', 'absent', 'leave'] as const;
export const representativeStatuses = ['active', 'recalled', 'resigned'] as const;
export const idOut = z.object({ id: z.number() });

// --- the named rules (rules.ts)

export const meetingOutcomeOut = z.object({
  quorate: z.boolean(), quorumNeeded: z.number().nullable(), passed: z.boolean().nullable(), votesNeeded: z.number().nullable(), reasons: z.array(reasonOut),
});
export const noticeOutcomeOut = z.object({ latestNoticeDate: z.string().nullable(), workingDays: z.boolean(), reasons: z.array(reasonOut) });
export const representativesCheckOut = z.object({ ok: z.boolean(), findings: z.array(reasonOut.extend({ ok: z.boolean() })) });
export const callRequirementOut = z.object({ required: z.boolean(), reasons: z.array(reasonOut) });

// --- meetings

/** A meeting as listed (listMeetings). */
export const meetingSummaryOut = z.object({
  id: z.number(), kind: z.enum(meetingKinds), title: z.string(), meetingDate: z.string(), place: z.string(),
  status: z.enum(meetingStatuses), quorate: z.boolean().nullable(), procedureId: z.number().nullable(),
});

/** A meeting with its counts, roll and motions (getMeeting). */
export const meetingOut = meetingSummaryOut.extend({
  villageCode: z.string(), agenda: z.string(), noticeGivenOn: z.string(),
  /** Who may attend: adults and households (assemblies, groups, residents' meetings) or members. */
  eligible: z.object({ adults: z.number().optional(), households: z.number().optional(), members: z.number().optional() }),
  present: z.object({ persons: z.number(), households: z.number().optional() }).nullable(),
  minutes: z.string().nullable(), createdAt: z.date(),
  attendance: z.array(z.object({ id: z.number(), name: z.string(), residentId: z.number().nullable(), status: z.enum(attendanceStatuses) })),
  motions: z.array(z.object({
    id: z.number(), title: z.string(), votesFor: z.number(), votesAgainst: z.number(), votesAbstain: z.number(), passed: z.boolean(), reasons: z.array(reasonOut),
  })),
});
/** After attendance or a vote: the meeting and the outcome the rule computed. */
export const meetingWithOutcomeOut = meetingOut.extend({ outcome: meetingOutcomeOut });

// --- matters (四议两公开 on the procedure engine)

/** A step event the machine allows from the matter's state, with its label; system: a job sends it once the disclosure is published. */
const moveOut = z.object({ event: z.string(), label: bilingualOut, system: z.boolean() });
export const matterSummaryOut = z.object({ id: z.number(), title: z.string(), state: z.string(), stateLabel: bilingualOut, createdAt: z.date(), updatedAt: z.date(), moves: z.array(moveOut) });

const matterContextOut = z.object({
  matterTypeId: z.number().nullable(), description: z.string(), concurrentHead: z.boolean(),
  /** The meeting of each voting step, by step name. */
  meetings: z.record(z.string(), z.number()),
  resolution: z.string().nullable(), outcome: z.string().nullable(), resolutionEntryId: z.number().nullable(), outcomeEntryId: z.number().nullable(),
});

/** What each event recorded: the start its context, a step its meeting and texts, a publication request its disclosure entry. */
const matterEventPayload = z.object({
  matterTypeId: z.number().nullable().optional(), description: z.string().optional(), concurrentHead: z.boolean().optional(),
  meetingId: z.number().optional(), resolution: z.string().optional(), outcome: z.string().optional(), entryId: z.number().optional(),
});
export type MatterEventPayload = z.infer<typeof matterEventPayload>;

export const matterOut = z.object({
  id: z.number(), kind: z.string(), villageCode: z.string(), title: z.string(), state: z.string(), stateLabel: bilingualOut,
  context: matterContextOut, createdAt: z.date(), updatedAt: z.date(),
  timeline: z.array(z.object({
    id: z.number(), type: z.string(), payload: matterEventPayload, fromState: z.string().nullable(), toState: z.string(),
    actorRole: z.string(), note: z.string().nullable(), at: z.date(), toLabel: bilingualOut,
  })),
  meetings: z.array(meetingSummaryOut),
  /** The steps the procedure allows next (the server's machine), in order. */
  moves: z.array(moveOut),
});

// --- representatives

export const registerOut = z.object({
  representatives: z.array(z.object({
    id: z.number(), villageCode: z.string(), residentId: z.number(), name: z.string(), female: z.boolean(), groupId: z.number().nullable(),
    termStart: z.string(), termEnd: z.string().nullable(), status: z.enum(representativeStatuses), endedOn: z.string().nullable(), endReason: z.string().nullable(),
    households: z.array(z.number()),
  })),
  composition: z.object({ households: z.number(), groups: z.number(), representatives: z.number(), meetingMembers: z.number(), women: z.number() }),
  check: representativesCheckOut,
  trainings: z.object({
    thisYear: z.number(), target: z.number(),
    /** attendeeIds: the representatives who attended. */
    list: z.array(z.object({ id: z.number(), villageCode: z.string(), heldOn: z.string(), topic: z.string(), attendeeIds: z.array(z.number()) })),
  }),
});
