// Response schemas of the elections module: what its routes and named rules return, declared once
// per shape (the OpenAPI document, the web app's types and the encoder all read them).
import { z } from 'zod';
import { bilingualOut } from '../../core/serializer.ts';
import { reasonOut } from '../../core/rules.ts';
import { positions, profileIds } from './profiles.ts';
import { electionKinds } from './service.ts';

const position = z.enum(positions);
const votesByPosition = z.record(z.string(), z.record(z.string(), z.number()));

// --- the pure rules' verdicts (also the outcome stored with each tallied round)

const electedPersonOut = z.object({ name: z.string(), votes: z.number(), seat: z.enum(['members', 'women']) });
const seatsAndCandidates = z.object({ seats: z.number(), candidates: z.array(z.string()) });
export const tallyOutcomeOut = z.object({
  valid: z.boolean(), void: z.boolean(), majorityMinVotes: z.number().nullable(), thresholdMinVotes: z.number().nullable(),
  majorityHolders: z.array(z.string()), elected: z.array(electedPersonOut), seatsUnfilled: z.number(),
  tieRevote: seatsAndCandidates.nullable(),
  supplementaryRound: seatsAndCandidates.extend({ womenSeat: seatsAndCandidates.nullable() }).nullable(),
  vacancyMayRemain: z.boolean(), reasons: z.array(reasonOut),
});
export const turnoutOut = z.object({
  validProxies: z.array(z.object({ proxy: z.string(), principals: z.array(z.string()) })),
  invalidProxies: z.array(z.object({ proxy: z.string(), principal: z.string(), reason: z.string() })),
  votersWhoVoted: z.number(), valid: z.boolean(), reasons: z.array(reasonOut),
});
export const candidateListOut = z.object({ valid: z.boolean(), reasons: z.array(reasonOut) });
export const recallOutcomeOut = z.object({
  petitionValid: z.array(z.boolean()), voteValid: z.boolean().nullable(), passed: z.boolean().nullable(), minYesNeeded: z.number().nullable(), reasons: z.array(reasonOut),
});
export const eligibilityOut = z.object({ eligible: z.boolean(), reasons: z.array(reasonOut) });
export const rollDeadlineOut = z.object({ compliant: z.boolean(), latestPublicationDate: z.string(), reasons: z.array(reasonOut) });

// --- what the ledger holds for an election (public): the roll, the candidates, the results

const rollPayload = z.object({
  electionId: z.number(), title: z.string(), electionDay: z.string(), publishedOn: z.string(), count: z.number(),
  voters: z.array(z.object({ name: z.string(), group: z.string().nullable() })),
});
const candidatesPayload = z.object({
  electionId: z.number(), title: z.string(), electionDay: z.string(), publishedOn: z.string(),
  positions: z.array(z.object({ position, positionName: z.string(), seats: z.number(), candidates: z.array(z.string()) })),
});
const resultsPayload = z.object({
  electionId: z.number(), title: z.string(), electionDay: z.string(),
  elected: z.array(z.object({ name: z.string(), position, positionName: z.string(), votes: z.number(), round: z.number() })),
  rounds: z.array(z.object({
    roundNo: z.number(), kind: z.string(), position, seats: z.number(), valid: z.boolean().nullable(), majorityMinVotes: z.number().nullable(),
    thresholdMinVotes: z.number().nullable(), seatsUnfilled: z.number().nullable(), vacancyMayRemain: z.boolean().nullable(), reasons: z.array(reasonOut),
  })),
});
const published = <T extends z.ZodType>(payload: T) => z.object({ seq: z.number(), hash: z.string(), publishedAt: z.string(), payload }).nullable();
export const publicElectionOut = z.object({
  id: z.number(), title: z.string(), kind: z.enum(electionKinds), villageCode: z.string(), electionDay: z.string(),
  roll: published(rollPayload), candidates: published(candidatesPayload), results: published(resultsPayload),
  proxies: z.array(z.object({ principal: z.string(), proxy: z.string() })),
});
export type PublicElectionOut = z.output<typeof publicElectionOut>;
export const publishedElectionOut = z.object({ id: z.number(), title: z.string(), electionDay: z.string(), resultsPublished: z.boolean() });

// --- staff views

export const electionSummaryOut = z.object({
  id: z.number(), title: z.string(), kind: z.string(), profile: z.string(), electionDay: z.string(), rollPublishedOn: z.string().nullable(),
  candidatesPublishedOn: z.string().nullable(), resultsPublishedAt: z.date().nullable(), villageCode: z.string(), byElection: z.boolean(),
});

/** A box's two entries and where they differ. */
export const boxCountOut = z.object({
  box: z.string(), mobile: z.boolean(),
  entries: z.array(z.object({ entryNo: z.number(), enteredBy: z.string(), issued: z.number(), returned: z.number(), spoiled: z.number(), votes: votesByPosition })),
  status: z.string().describe('incomplete | mismatch | confirmed'), mismatches: z.array(z.string()),
});
export const roundOut = z.object({
  roundNo: z.number(), kind: z.string(), position: z.string(), seats: z.number(), womenSeats: z.number(),
  candidates: z.array(z.string()), womenCandidates: z.array(z.string()), tallied: z.boolean(), outcome: tallyOutcomeOut.nullable(),
});
const electedMemberOut = z.object({ id: z.number(), roundNo: z.number(), name: z.string(), position: z.string(), votes: z.number() });
/** The payloads the election's timeline events carry: the plan (start), a tallied round, a decided objection, a committee member's withdrawal; the statutory steps carry none. */
export const eventPayloadOut = z.object({
  electionDay: z.string().optional(), profile: z.enum(profileIds).optional(), roundNo: z.number().optional(),
  objectionId: z.number().optional(), decision: z.enum(['upheld', 'rejected']).optional(), name: z.string().optional(),
});
export type EventPayloadOut = z.output<typeof eventPayloadOut>;
const proxyOut = z.object({ id: z.number(), principal: z.string(), proxy: z.string(), relation: z.string(), filedOn: z.string(), authorisationOnFile: z.boolean(), authorisationFilename: z.string().nullable() });

export const electionOut = z.object({
  id: z.number(), villageCode: z.string(), kind: z.enum(electionKinds), profile: z.enum(profileIds), title: z.string(), electionDay: z.string(),
  seats: z.object({ director: z.number(), deputyDirector: z.number(), member: z.number(), womenMember: z.number() }),
  pollingStations: z.array(z.object({ name: z.string(), mobile: z.boolean() })),
  procedureId: z.number(), rollPublishedOn: z.string().nullable(), candidatesPublishedOn: z.string().nullable(), resultsPublishedAt: z.date().nullable(),
  certificatesIssuedOn: z.string().nullable(), handedOverOn: z.string().nullable(), rollLedgerSeq: z.number().nullable(), byElection: z.boolean(), createdAt: z.date(),
  state: z.string(), stateLabel: bilingualOut,
  steps: z.array(z.object({
    key: z.enum(['electionCommittee', 'voterRoll', 'objections', 'objectionDecisions', 'candidateList', 'proxies', 'electionDay', 'certificates', 'handover']),
    kind: z.enum(['by', 'within', 'on']), due: z.string(), plannedBy: z.string().nullable(), extendedForHoliday: z.boolean(), basis: z.string(),
    status: z.enum(['done', 'pending', 'overdue']), label: z.string(),
  })),
  events: z.array(z.object({ id: z.number(), type: z.string(), payload: eventPayloadOut, fromState: z.string().nullable(), toState: z.string(), actorRole: z.string(), note: z.string().nullable(), at: z.date() })),
  committee: z.array(z.object({ id: z.number(), name: z.string(), post: z.string(), withdrawnOn: z.string().nullable(), withdrawReason: z.string().nullable() })),
  voters: z.object({
    included: z.number(), excluded: z.number(),
    list: z.array(z.object({ id: z.number(), residentId: z.number().nullable(), name: z.string(), groupName: z.string().nullable(), female: z.boolean(), included: z.boolean(), way: z.number().nullable(), reason: z.string(), source: z.string() })),
  }),
  objections: z.array(z.object({
    id: z.number(), electionId: z.number(), filedBy: z.string(), voterId: z.number().nullable(), claim: z.string(), subjectName: z.string(), statement: z.string(),
    filedOn: z.string(), decisionDue: z.string(), decision: z.string().nullable(), decisionReason: z.string().nullable(), decidedOn: z.string().nullable(), overdue: z.boolean(),
  })),
  proxies: z.array(proxyOut),
  rounds: z.array(roundOut),
  counts: z.array(boxCountOut),
  currentRound: z.number().nullable(),
  elected: z.array(electedMemberOut),
});

export const rollBuiltOut = z.object({ included: z.number(), excluded: z.number() });
export const registrationOut = z.object({
  residentId: z.number(), way: z.number(), declaredOn: z.string(), monthsResident: z.number().nullable(), approvedOn: z.string().nullable(), reference: z.string(), recordedBy: z.string(),
});
export const registrationRecordedOut = z.object({
  rollRebuilt: z.boolean(),
  voter: z.object({ id: z.number(), name: z.string(), included: z.boolean(), way: z.number().nullable(), reason: z.string() }).nullable(),
});
export const objectionFiledOut = z.object({ id: z.number(), decisionDue: z.string() });
export const objectionDecidedOut = z.object({ late: z.boolean(), republished: z.number().nullable() });
export const nominationOut = z.object({
  id: z.number(), position: z.string(), nomineeVoterId: z.number(), nomineeName: z.string(), female: z.boolean(), nominators: z.number(),
  status: z.string(), exclusionReason: z.string().nullable(),
  vetting: z.array(z.object({ department: z.string(), name: z.string(), passed: z.boolean().nullable(), reason: z.string().nullable() })),
});
export const nominatedOut = z.object({ id: z.number(), withdrew: z.string().nullable() });
export const proxyFiledOut = z.object({ id: z.number() });
export const tallyOut = z.object({
  roundNo: z.number(), registeredVoters: z.number(), votersWhoVoted: z.number(), ballotsReturned: z.number(),
  outcomes: z.array(z.object({ position: z.string(), outcome: tallyOutcomeOut })), supplementaryRound: z.number().nullable(),
});
export const overviewOut = z.object({
  id: z.number(), villageCode: z.string(), villageName: z.string(), title: z.string(), electionDay: z.string(), state: z.string(), seats: z.number(),
  elected: z.array(z.object({ name: z.string(), position: z.string(), votes: z.number() })),
  overdue: z.array(z.object({ key: z.string(), label: z.string(), due: z.string() })),
});
export const departmentOut = z.object({ key: z.string(), name: z.string() });
export const recallOut = recallOutcomeOut.extend({ id: z.number(), memberName: z.string() });
export const recallCaseOut = recallOut.extend({ createdAt: z.date() });

/** The media types a scanned written authorisation may have (the store reads them from the bytes). */
export const scanMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
