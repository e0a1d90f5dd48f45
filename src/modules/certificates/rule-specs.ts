// The certificates module's rule as a named, JSON-in/JSON-out function (docs/RULES.md).
import { z } from 'zod';
import { reasonOut, type RuleSpec } from '../../core/rules.ts';
import { certificateDecision, forbiddenListFor } from './rules.ts';

const lawfulItem = z.object({ name: z.string(), aliases: z.array(z.string()), basis: z.string() });
const forbiddenItem = lawfulItem.extend({ authority: z.string() });
/** Issue (the lawful entry matched), refuse (the negative-list item, with where to go instead) or the township decides. */
const decisionOut = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('issue'), item: lawfulItem, reasons: z.array(reasonOut) }),
  z.object({ outcome: z.literal('refuse'), item: forbiddenItem, reasons: z.array(reasonOut) }),
  z.object({ outcome: z.literal('township'), item: z.null(), reasons: z.array(reasonOut) }),
]);

export const certificateRules: RuleSpec[] = [{
  name: 'certificate-decision',
  summary: '村(居)委会能否出具某项证明（民发〔2020〕20号） May the committee issue this certificate?',
  input: z.object({
    countyCode: z.string().regex(/^\d{6}000000$/, '12-digit county code'),
    name: z.string().trim().min(1).max(60),
    lawful: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), basis: z.string().min(1) }).strict()).default([]),
    forbidden: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), basis: z.string().min(1), authority: z.string().min(1) }).strict()).default([]),
  }).strict(),
  output: decisionOut,
  run: (input) => {
    const d = certificateDecision(input.name, { forbidden: forbiddenListFor(input.countyCode, input.forbidden), lawful: input.lawful });
    return { outcome: d.outcome, item: d.outcome === 'township' ? null : d.item, reasons: d.reasons };
  },
}];
