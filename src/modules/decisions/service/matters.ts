// 四议两公开: a major matter goes ① proposal by the party branch → ② consultation at the
// two-committee meeting → ③ review by the party members' meeting → ④ resolution by the
// villagers' assembly or representatives' meeting → ⑤ resolution published → implementation →
// ⑥ outcome published (shared/LAW.md §3). Each step needs its meeting held with quorum and the
// motion passed; the two publications go through the disclosure module to the village ledger.
import { assign, setup } from 'xstate';
import { AppError, bi, fieldError, type FieldError } from '../../../core/errors.ts';
import { ownTables } from '../../../core/module.ts';
import type { AnyDB } from '../../../core/db/database.ts';
import type { Write } from '../../../core/access/guard.ts';
import { annotate, findProcedure, getProcedure, sendEvent, startProcedure, timeline, type ProcActor, type ProcEvent, type ProcedureDefinition } from '../../../core/procedure/engine.ts';
import { committeeRoster } from '../../people/service.ts';
import { draftForProcedure, publication } from '../../disclosure/service.ts';
import { getMeeting } from './meetings.ts';
import type { MeetingKind } from '../rules.ts';
import type { DecisionTables } from '../tables.ts';

export interface MatterContext {
  matterTypeId: number | null;
  description: string;
  concurrentHead: boolean;
  meetings: Record<string, number>;
  resolution: string | null;
  outcome: string | null;
  resolutionEntryId: number | null;
  outcomeEntryId: number | null;
}


export const matterMachine = setup({
  types: { context: {} as MatterContext, input: {} as Omit<MatterContext, 'meetings' | 'resolution' | 'outcome' | 'resolutionEntryId' | 'outcomeEntryId'>, events: {} as ProcEvent },
  guards: { concurrentHead: ({ context }) => context.concurrentHead },
  actions: {
    recordMeeting: assign(({ context, event }, params: { step: string }) => ({ meetings: { ...context.meetings, [params.step]: event.meetingId as number } })),
    recordResolution: assign(({ event }) => ({ resolution: String(event.resolution ?? '') })),
    recordResolutionEntry: assign(({ event }) => ({ resolutionEntryId: event.entryId as number })),
    recordOutcome: assign(({ event }) => ({ outcome: String(event.outcome ?? ''), outcomeEntryId: event.entryId as number })),
  },
}).createMachine({
  id: 'majorDecision',
  initial: 'draft',
  context: ({ input }) => ({ ...input, meetings: {}, resolution: null, outcome: null, resolutionEntryId: null, outcomeEntryId: null }),
  states: {
    draft: {
      on: {
        propose: { target: 'proposed', actions: { type: 'recordMeeting', params: { step: 'propose' } } },
        // 一肩挑: where the secretary also chairs the committee, ① and ② may be one joint meeting.
        proposeAndConsult: { target: 'consulted', guard: 'concurrentHead', actions: { type: 'recordMeeting', params: { step: 'proposeAndConsult' } } },
        withdraw: 'withdrawn',
      },
    },
    proposed: { on: { consult: { target: 'consulted', actions: { type: 'recordMeeting', params: { step: 'consult' } } }, reject: 'rejected', withdraw: 'withdrawn' } },
    consulted: { on: { review: { target: 'reviewed', actions: { type: 'recordMeeting', params: { step: 'review' } } }, reject: 'rejected', withdraw: 'withdrawn' } },
    reviewed: {
      on: {
        resolve: { target: 'resolved', actions: [{ type: 'recordMeeting', params: { step: 'resolve' } }, 'recordResolution'] },
        reject: 'rejected',
      },
    },
    resolved: { on: { requestResolutionPublication: { target: 'resolutionPending', actions: 'recordResolutionEntry' } } },
    resolutionPending: { on: { resolutionPublished: 'resolutionPublished' } },
    resolutionPublished: { on: { implement: 'implementing' } },
    implementing: { on: { requestOutcomePublication: { target: 'outcomePending', actions: 'recordOutcome' } } },
    outcomePending: { on: { outcomePublished: 'outcomePublished' } },
    outcomePublished: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/** The meeting each voting step needs. */
const stepMeeting: Record<string, MeetingKind[]> = {
  propose: ['partyBranchMeeting'],
  proposeAndConsult: ['committeesMeeting'],
  consult: ['committeesMeeting'],
  review: ['partyMembersMeeting'],
  resolve: ['villagersAssembly', 'representativesMeeting', 'residentsMeeting'],
};
const kindLabel: Record<MeetingKind, string> = {
  partyBranchMeeting: '党支部会', committeesMeeting: '两委会', partyMembersMeeting: '党员大会', representativesMeeting: '村(居)民代表会议',
  villagersAssembly: '村民会议', groupMeeting: '村民小组会议', residentsMeeting: '居民会议',
};

async function checkStep(db: AnyDB, p: { id: number; villageCode: string; state: string; context: MatterContext }, event: ProcEvent): Promise<FieldError[]> {
  const kinds = stepMeeting[event.type];
  if (kinds || event.type === 'reject') {
    const id = Number(event.meetingId);
    if (!Number.isInteger(id) || id <= 0) return [fieldError('meetingId', 'majorDecision.meetingRequired', bi('这一步须关联已召开的会议', 'This step needs the meeting that decided it'))];
    const m = await getMeeting(db, id).catch(() => null);
    if (!m || m.villageCode !== p.villageCode || m.procedureId !== p.id) return [fieldError('meetingId', 'majorDecision.meetingOfMatter', bi('该会议不是为本事项召开的', 'That meeting was not held for this matter'))];
    const allowedKinds = kinds ?? (Object.entries(stepMeeting).find(([step]) => ({ draft: 'propose', proposed: 'consult', consulted: 'review', reviewed: 'resolve' } as Record<string, string>)[p.state] === step)?.[1] ?? []);
    if (!allowedKinds.includes(m.kind)) return [fieldError('meetingId', 'majorDecision.meetingKind', bi(`这一步须由${allowedKinds.map((k) => kindLabel[k]).join('或')}决定，而该会议是${kindLabel[m.kind]}`, `This step must be decided by ${allowedKinds.join(' or ')}, not ${m.kind}`))];
    if (m.status === 'cancelled' || !m.present) return [fieldError('meetingId', 'majorDecision.meetingNotHeld', bi(m.status === 'cancelled' ? '该会议已取消' : '该会议尚未召开', m.status === 'cancelled' ? 'That meeting was cancelled' : 'That meeting has not been held yet'))];
    const earlier = await Promise.all(Object.values(p.context.meetings ?? {}).map((mid) => getMeeting(db, mid)));
    const last = earlier.map((x) => x.meetingDate).sort().at(-1);
    if (last && m.meetingDate < last) return [fieldError('meetingId', 'majorDecision.meetingOrder', bi(`该会议（${m.meetingDate}）早于上一步的会议（${last}），步骤顺序不能颠倒`, `That meeting (${m.meetingDate}) was held before the previous step's (${last}); the steps cannot run backwards`))];
    if (!m.quorate) return [fieldError('meetingId', 'majorDecision.quorum', bi(`${kindLabel[m.kind]}未达到法定人数，不能作出决定；请另行召开`, `The ${m.kind} lacked quorum and can decide nothing; hold it again`))];
    const motion = m.motions[m.motions.length - 1];
    if (!motion) return [fieldError('meetingId', 'majorDecision.noVote', bi('该会议尚未表决', 'The meeting has not voted yet'))];
    if (event.type === 'reject' && motion.passed) return [fieldError('meetingId', 'majorDecision.rejectPassed', bi('该会议表决已通过，不能据此否决', 'That vote passed; it cannot reject the matter'))];
    if (event.type !== 'reject' && !motion.passed) return [fieldError('meetingId', 'majorDecision.notPassed', bi(`${kindLabel[m.kind]}表决未通过（${(motion.reasons as { message: string }[]).at(-1)?.message ?? ''}）`, `The ${m.kind} did not pass the motion`))];
  }
  if (event.type === 'requestOutcomePublication' && !String(event.outcome ?? '').trim()) return [fieldError('outcome', 'majorDecision.outcomeText', bi('请填写实施结果', 'Give the outcome of the implementation'))];
  if (event.type === 'resolve' && !String(event.resolution ?? '').trim()) return [fieldError('resolution', 'majorDecision.resolutionText', bi('请填写决议内容', 'Give the text of the resolution'))];
  if (event.type === 'resolutionPublished' || event.type === 'outcomePublished') {
    const entryId = event.type === 'resolutionPublished' ? p.context.resolutionEntryId : p.context.outcomeEntryId;
    const pub = entryId ? await publication(db, entryId) : null;
    if (!pub?.published) return [fieldError('entryId', 'majorDecision.notPublished', bi('公开内容尚未经监委会审核并发布', 'The disclosure has not yet been approved and published'))];
  }
  return [];
}

export const majorDecision: ProcedureDefinition = {
  kind: 'majorDecision',
  machine: matterMachine,
  // The committee records every step; the two "published" steps are also taken by the system
  // once the supervisory committee has approved and the committee has published (manifest.ts).
  steps: {
    propose: { action: 'decisions.advance', label: bi('党组织提议', 'Proposed by the party branch') },
    proposeAndConsult: { action: 'decisions.advance', label: bi('党组织提议并经两委会商议（联席会议）', 'Proposed and consulted at one joint meeting') },
    consult: { action: 'decisions.advance', label: bi('两委会商议', 'Consulted by the two committees') },
    review: { action: 'decisions.advance', label: bi('党员大会审议', 'Reviewed by the party members\' meeting') },
    resolve: { action: 'decisions.advance', label: bi('村（居）民会议或代表会议表决通过', 'Resolved by the assembly or the representatives\' meeting') },
    reject: { action: 'decisions.advance', label: bi('会议表决未通过，事项终止', 'Rejected by a meeting\'s vote') },
    withdraw: { action: 'decisions.advance', label: bi('撤回事项', 'Withdrew the matter') },
    requestResolutionPublication: { action: 'decisions.advance', label: bi('决议提交公开', 'Submitted the resolution for publication') },
    resolutionPublished: { action: 'decisions.advance', system: true, label: bi('决议已公开', 'The resolution was published') },
    implement: { action: 'decisions.advance', label: bi('开始实施', 'Implementation began') },
    requestOutcomePublication: { action: 'decisions.advance', label: bi('实施结果提交公开', 'Submitted the outcome for publication') },
    outcomePublished: { action: 'decisions.advance', system: true, label: bi('实施结果已公开', 'The outcome was published') },
  },
  stateLabels: {
    draft: bi('待提议', 'Awaiting proposal'), proposed: bi('党组织已提议', 'Proposed by the party branch'), consulted: bi('两委已商议', 'Consulted by the two committees'),
    reviewed: bi('党员大会已审议', 'Reviewed by the party members'), resolved: bi('已表决通过', 'Resolved'), resolutionPending: bi('决议待公开', 'Resolution awaiting publication'),
    resolutionPublished: bi('决议已公开', 'Resolution published'), implementing: bi('实施中', 'Being implemented'), outcomePending: bi('结果待公开', 'Outcome awaiting publication'),
    outcomePublished: bi('实施结果已公开', 'Outcome published'), rejected: bi('未通过', 'Rejected'), withdrawn: bi('已撤回', 'Withdrawn'),
  },
  check: (db, p, e) => checkStep(db, p as never, e),
};

/** The village of a major matter, or null when no matter has this id (another kind of procedure
 * is not a matter): the matter resource's loader. */
export async function villageOfMatter(db: AnyDB, id: number): Promise<string | null> {
  return (await findProcedure(db, majorDecision.kind, id))?.villageCode ?? null;
}

export async function startMatter(w: Write, code: string, input: { title: string; description: string; matterTypeId?: number | null | undefined }, actor: ProcActor, today: string, now: Date) {
  const roster = await committeeRoster(w.trx, code, today);
  const secretary = roster.find((r) => r.body === 'partyBranch' && r.post === 'secretary')?.residentId;
  const chair = roster.find((r) => r.body === 'residentsCommittee' && r.post === 'chair')?.residentId;
  if (input.matterTypeId != null) {
    const mt = await ownTables<DecisionTables>(w.trx).selectFrom('matterType').select('id').where('id', '=', input.matterTypeId).executeTakeFirst();
    if (!mt) throw AppError.validation([fieldError('matterTypeId', 'matterType.unknown', bi('没有该事项类别', 'Unknown matter type'))]);
  }
  return startProcedure(w, majorDecision, code, input.title, { matterTypeId: input.matterTypeId ?? null, description: input.description, concurrentHead: !!secretary && secretary === chair }, actor, now);
}

/** Steps that publish: they draft the disclosure and submit it to the supervisory committee. */
export async function step(w: Write, id: number, event: ProcEvent, actor: ProcActor, now: Date, note: string | null) {
  const p = await getProcedure(w.trx, id);
  if (event.type === 'requestResolutionPublication' || event.type === 'requestOutcomePublication') {
    const ctx = p.context as MatterContext;
    const isResolution = event.type === 'requestResolutionPublication';
    const text = isResolution ? ctx.resolution ?? '' : String(event.outcome ?? '');
    if (!text.trim()) return sendEvent(w, majorDecision, id, event, actor, now, note); // refused by the check, which names the missing text
    const lines = (await timeline(w.trx, id)).filter((e) => e.fromState !== e.toState).map((e) => `- ${e.at.toISOString().slice(0, 10)} ${majorDecision.stateLabels[e.toState]?.['zh-CN'] ?? e.toState}`);
    const entryId = await draftForProcedure(w, p.villageCode, {
      title: `${p.title}：${isResolution ? '决议公开' : '实施结果公开'}`,
      bodyMd: `${isResolution ? `**决议内容**：${text}` : `**实施结果**：${text}\n\n**决议内容**：${ctx.resolution ?? ''}`}\n\n**议事过程（“四议两公开”）**\n\n${lines.join('\n')}`,
      catalogTitle: '“四议两公开”决议及实施结果',
    }, { label: actor.label, role: actor.role }, now);
    return sendEvent(w, majorDecision, id, { ...event, entryId }, actor, now, note);
  }
  return sendEvent(w, majorDecision, id, event, actor, now, note);
}

export const objection = (w: Write, id: number, actor: ProcActor, note: string, now: Date) => annotate(w, majorDecision, id, 'objection', {}, actor, note, now);
