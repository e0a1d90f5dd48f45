// The elections module's rules as named, JSON-in/JSON-out functions (docs/RULES.md): what an
// official checks on election night, from the command line or over HTTP.
import { z } from 'zod';
import type { RuleSpec } from '../../core/rules.ts';
import { positions, profileIds } from './profiles.ts';
import { candidateList, electionTally, electionTurnout, recall, voterEligibility, voterListDeadline } from './rules.ts';
import { candidateListOut, eligibilityOut, recallOutcomeOut, rollDeadlineOut, tallyOutcomeOut, turnoutOut } from './schemas.ts';

const count = z.number().int().min(0);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const name = z.string().min(1).max(100);
const profile = z.enum(profileIds);
const candidate = z.object({
  name, votes: count, female: z.boolean().optional(), writeIn: z.boolean().optional(), relatives: z.array(name).max(50).optional(),
}).strict();

export const electionRules: RuleSpec[] = [
  {
    name: 'election-tally',
    summary: '选举计票：当选、再次投票、另行选举 The statutory tally of a round',
    input: z.object({
      profile, round: z.enum(['first', 'supplementary']), seats: count.max(50), registeredVoters: count, votersWhoVoted: count, ballotsReturned: count,
      candidates: z.array(candidate).max(500),
      womenSeat: z.object({ seats: count.max(10), candidates: z.array(candidate).max(100) }).strict().optional(),
      supplementaryMargin: count.max(50).optional(), membersAlreadyElected: count.max(50).optional(), headElected: z.boolean().optional(), alreadyElected: z.array(z.string().min(1).max(40)).max(50).optional(),
    }).strict(),
    output: tallyOutcomeOut,
    run: (input) => electionTally(input),
  },
  {
    name: 'election-turnout',
    summary: '投票人数与委托投票 Turnout, counting valid proxies',
    input: z.object({
      profile, registeredVoters: count, inPersonVoters: count,
      proxies: z.array(z.object({ proxy: name, principals: z.array(name).min(1).max(50) }).strict()).max(10_000),
    }).strict(),
    output: turnoutOut,
    run: (input) => electionTurnout(input),
  },
  {
    name: 'candidate-list',
    summary: '正式候选人名单是否差额 Whether a candidate list has more candidates than seats',
    input: z.object({ profile, position: z.enum(positions), seats: count.min(1).max(50), candidates: z.array(name).max(500) }).strict(),
    output: candidateListOut,
    run: (input) => { const { valid, reasons } = candidateList(input); return { valid, reasons }; },
  },
  {
    name: 'recall',
    summary: '罢免：联名人数、表决有效与通过 Recall petition and vote',
    input: z.object({
      registeredVoters: count, representatives: count,
      petitions: z.array(z.object({ by: z.enum(['voters', 'representatives']), signatures: count }).strict()).max(20),
      vote: z.object({ votersWhoVoted: count, yes: count, no: count, invalid: count }).strict().optional(),
    }).strict(),
    output: recallOutcomeOut,
    run: (input) => recall(input),
  },
  {
    name: 'voter-eligibility',
    summary: '选民资格与登记方式 Whether a person is registered as a voter',
    input: z.object({
      profile, electionDate: date,
      person: z.object({
        birthDate: date, hukouHere: z.boolean(), livesHere: z.boolean(), monthsResidentHere: count.max(1500).optional(),
        declaredParticipation: z.boolean().optional(), applied: z.boolean().optional(), approvedByMeeting: z.boolean().optional(),
        deprivedOfPoliticalRights: z.boolean().optional(), registeredElsewhere: z.boolean().optional(),
      }).strict(),
    }).strict(),
    output: eligibilityOut,
    run: (input) => { const { eligible, reasons } = voterEligibility(input); return { eligible, reasons }; },
  },
  {
    name: 'voter-list-deadline',
    summary: '选民名单公布期限 The latest day to publish the voter roll',
    input: z.object({ electionDate: date, publishedOn: date }).strict(),
    output: rollDeadlineOut,
    run: (input) => voterListDeadline(input),
  },
];
