// The covenants module's named rule (docs/RULES.md, `covenant-screen`).
import { z } from 'zod';
import type { RuleSpec } from '../../core/rules.ts';
import { screenCovenant } from './screen.ts';
import { covenantKinds, screenOut } from './schemas.ts';

export const covenantRules: RuleSpec[] = [
  {
    name: 'covenant-screen',
    summary: '村规民约（居民公约）条款合法性审查 Legality screen of covenant clauses',
    input: z.object({
      kind: z.enum(covenantKinds).optional(),
      clauses: z.array(z.object({ id: z.string().max(64), text: z.string() }).strict()),
    }).strict(),
    output: screenOut,
    run: (input) => screenCovenant(input),
  },
];
