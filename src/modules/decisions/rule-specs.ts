// The decisions module's rules as named, JSON-in/JSON-out functions (docs/RULES.md).
import { z } from 'zod';
import type { RuleSpec } from '../../core/rules.ts';
import { callRequirement, meetingKinds, meetingOutcome, noticeDeadline, representativesCheck } from './rules.ts';
import { callRequirementOut, meetingOutcomeOut, noticeOutcomeOut, representativesCheckOut } from './schemas.ts';

const count = z.number().int().min(0);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const decisionRules: RuleSpec[] = [
  {
    name: 'meeting-outcome',
    summary: '会议是否有效、表决是否通过 Quorum and pass rule of a meeting',
    input: z.object({
      kind: z.enum(meetingKinds),
      eligible: z.object({ adults: count.optional(), households: count.optional(), members: count.optional() }).strict(),
      present: z.object({ persons: count.optional(), households: count.optional() }).strict(),
      votes: z.object({ for: count, against: count, abstain: count }).strict().optional(),
    }).strict(),
    output: meetingOutcomeOut,
    run: (input) => meetingOutcome(input),
  },
  {
    name: 'notice-deadline',
    summary: '会议最迟通知日期 The latest day to give notice of a meeting',
    input: z.object({ kind: z.enum(meetingKinds), meetingDate: date, localDays: count.max(60).optional() }).strict(),
    output: noticeOutcomeOut,
    run: (input, { calendar }) => noticeDeadline(input.kind, input.meetingDate, calendar, input.localDays),
  },
  {
    name: 'representatives-check',
    summary: '村(居)民代表构成是否合法 Composition of the representatives\' meeting',
    input: z.object({
      kind: z.enum(['village', 'community']), households: count, groups: count.optional(), representatives: count,
      womenRepresentatives: count, meetingMembers: count, womenMeetingMembers: count,
    }).strict(),
    output: representativesCheckOut,
    run: (input) => representativesCheck(input),
  },
  {
    name: 'meeting-call',
    summary: '提议人数是否足以要求召开会议 Whether a proposal obliges the committee to call a meeting',
    input: z.object({
      kind: z.enum(['villagersAssembly', 'representativesMeeting']), villagers: count.optional(), representatives: count,
      signaturesVillagers: count.optional(), signaturesRepresentatives: count.optional(),
    }).strict(),
    output: callRequirementOut,
    run: ({ kind, ...o }) => callRequirement(kind, o),
  },
];
