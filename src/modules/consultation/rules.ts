// 议事协商: pure rules, no I/O. A topic from the consultation catalogue (seed 001: 议事协商事项指导目录)
// is pre-reviewed by the committee (预审), deliberated online and in person, then its result
// adopted or not, carried out and reported back (协商成果采纳、落实、反馈). The states, the steps
// between them (the machine run by the procedure engine), the action each step needs, and what a step
// must say.
import { assign, setup } from 'xstate';
import { bi, fieldError, type Bilingual, type FieldError } from '../../core/errors.ts';
import type { ProcEvent, ProcedureStep } from '../../core/procedure/engine.ts';

export const consultationStates = ['submitted', 'open', 'deliberated', 'adopted', 'notAdopted', 'implementing', 'closed', 'declined'] as const;
export type ConsultationState = (typeof consultationStates)[number];
export const consultationSteps = ['accept', 'decline', 'recordSession', 'adopt', 'notAdopt', 'implement', 'reportBack'] as const;
export type ConsultationStep = (typeof consultationSteps)[number];

export interface ConsultationContext { categoryId: number; description: string; preReview: string | null; sessionOutcome: string | null; decision: string | null; feedback: string | null }

export const consultationMachine = setup({
  types: { context: {} as ConsultationContext, input: {} as { categoryId: number; description: string }, events: {} as ProcEvent },
  actions: {
    note: assign(({ event }, params: { key: keyof ConsultationContext }) => ({ [params.key]: String(event.text ?? '') }) as Partial<ConsultationContext>),
  },
}).createMachine({
  id: 'consultation',
  initial: 'submitted',
  context: ({ input }) => ({ ...input, preReview: null, sessionOutcome: null, decision: null, feedback: null }),
  states: {
    submitted: { on: { accept: { target: 'open', actions: { type: 'note', params: { key: 'preReview' } } }, decline: { target: 'declined', actions: { type: 'note', params: { key: 'preReview' } } } } },
    open: { on: { recordSession: { target: 'deliberated', actions: { type: 'note', params: { key: 'sessionOutcome' } } } } },
    deliberated: { on: { adopt: { target: 'adopted', actions: { type: 'note', params: { key: 'decision' } } }, notAdopt: { target: 'notAdopted', actions: { type: 'note', params: { key: 'decision' } } } } },
    adopted: { on: { implement: 'implementing' } },
    implementing: { on: { reportBack: { target: 'closed', actions: { type: 'note', params: { key: 'feedback' } } } } },
    notAdopted: { on: { reportBack: { target: 'closed', actions: { type: 'note', params: { key: 'feedback' } } } } },
    declined: { type: 'final' },
    closed: { type: 'final' },
  },
});

/** What each step needs: every step is the committee's (consultation.manage, declared in
 * permissions.ts), judged by the permission chain on the topic's village; no job takes a step. */
export const consultationProcedureSteps: Record<ConsultationStep, ProcedureStep> = {
  accept: { action: 'consultation.manage', label: bi('预审通过，开始协商', 'Accepted at pre-review; deliberation opened') },
  decline: { action: 'consultation.manage', label: bi('预审不予受理', 'Declined at pre-review') },
  recordSession: { action: 'consultation.manage', label: bi('记录协商结果', 'Recorded the outcome of the deliberation') },
  adopt: { action: 'consultation.manage', label: bi('采纳协商成果', 'Adopted the result') },
  notAdopt: { action: 'consultation.manage', label: bi('不予采纳协商成果', 'Did not adopt the result') },
  implement: { action: 'consultation.manage', label: bi('开始落实', 'Began carrying out the result') },
  reportBack: { action: 'consultation.manage', label: bi('反馈落实情况', 'Reported back') },
};

export const consultationStateLabels: Record<ConsultationState, Bilingual> = {
  submitted: bi('待预审', 'Awaiting pre-review'), open: bi('协商中', 'Open for deliberation'), deliberated: bi('已协商', 'Deliberated'),
  adopted: bi('成果已采纳', 'Result adopted'), notAdopted: bi('成果未采纳', 'Result not adopted'), implementing: bi('落实中', 'Being carried out'),
  closed: bi('已反馈', 'Reported back'), declined: bi('预审未通过', 'Declined at pre-review'),
};

/** The label of a state the machine reaches (every one has a label). */
export const stateLabelOf = (state: string): Bilingual => consultationStateLabels[state as ConsultationState];

/** Every step that closes a stage says what was decided, so the resident sees why. */
export function stepTextProblems(e: ProcEvent): FieldError[] {
  if (e.type !== 'implement' && !String(e.text ?? '').trim()) return [fieldError('text', 'consultation.text', bi('请写明理由或结果', 'State the reason or the result'))];
  return [];
}
