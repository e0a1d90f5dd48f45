// The admission module's rules as named, JSON-in/JSON-out functions (docs/RULES.md).
import { z } from 'zod';
import { bilingualOut } from '../../core/serializer.ts';
import type { RuleSpec } from '../../core/rules.ts';
import { decideSignboard, decideWorkRequest, dutyLists, signboardKinds } from './rules.ts';

/** The outcome of a rule: which rule decided, on what basis, and why in both languages. */
const decided = z.object({ rule: z.string(), basis: z.string(), reason: bilingualOut });
const workAdmissionOut = z.discriminatedUnion('outcome', [
  decided.extend({ outcome: z.literal('refused'), missing: z.array(z.enum(['funding', 'conditions'])) }),
  decided.extend({ outcome: z.literal('admitted') }),
  decided.extend({ outcome: z.literal('countyReview'), rule: z.literal('admission.unlisted') }),
]);
const signboardOut = z.discriminatedUnion('outcome', [
  decided.omit({ basis: true }).extend({ outcome: z.literal('allowed') }),
  decided.extend({ outcome: z.literal('refused') }),
  decided.extend({ outcome: z.literal('countyReview') }),
]);

export const admissionRules: RuleSpec[] = [
  {
    name: 'work-admission',
    summary: '部门交办事项能否进入村(社区)（三张清单） Whether a department\'s task is admitted by the three lists',
    input: z.object({
      item: z.object({ list: z.enum(dutyLists), title: z.string().min(1), basis: z.string().min(1) }).strict().nullable(),
      fundingFen: z.number().int().min(0).nullable().default(null), fundingSource: z.string().nullable().default(null), conditions: z.string().nullable().default(null),
      requiresDedicatedOffice: z.boolean().default(false), requiresDedicatedStaff: z.boolean().default(false),
    }).strict(),
    output: workAdmissionOut,
    run: (input): z.output<typeof workAdmissionOut> => decideWorkRequest(input),
  },
  {
    name: 'signboard',
    summary: '牌子能否悬挂、挂在哪里 Whether a plaque may hang, and where',
    input: z.object({ kind: z.enum(signboardKinds), placement: z.enum(['outside', 'inside']), admitted: z.boolean().default(false) }).strict(),
    output: signboardOut,
    run: (input): z.output<typeof signboardOut> => decideSignboard(input.kind, input.placement, input.admitted),
  },
];
