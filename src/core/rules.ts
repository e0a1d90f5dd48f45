// Named rules: the law as pure functions, callable by officials from the command line
// (`gongzhi rules <name> [FILE]`) and over HTTP (`POST /api/v1/rules/<name>`), with JSON in
// and out. Modules declare them in their manifest; the input schema is declared once (zod).
import { z } from 'zod';
import type { WorkingCalendar } from './calendar/calendar.ts';
import { AppError, bi, fieldError, RuleInputError, zodIssuesToFieldErrors } from './errors.ts';

export interface RuleSpec<I = any, O = unknown> {
  name: string;
  summary: string;
  input: z.ZodType<I>;
  /** What the rule returns, declared once like its input: the HTTP response schema and the
   * OpenAPI document's description of the result. */
  output?: z.ZodType<O>;
  run(input: I, ctx: { calendar: WorkingCalendar }): O;
}

export { RuleInputError } from './errors.ts';

/** One step of a rule's reasoning as users read it: the rule's id, the article it applies
 * (a real document and article), and what it found. Every module's rules explain themselves so. */
export interface Reason { rule: string; article: string; message: string }
export const reasonOut = z.object({ rule: z.string(), article: z.string(), message: z.string() });

export function runRule(spec: RuleSpec, raw: unknown, calendar: WorkingCalendar): unknown {
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) throw AppError.validation(zodIssuesToFieldErrors(parsed.error.issues, ''));
  try {
    return spec.run(parsed.data, { calendar });
  } catch (e) {
    if (e instanceof RuleInputError) throw AppError.validation([fieldError(e.field, 'rules.input', bi(`输入有误：${e.message}`, `Malformed input: ${e.message}`))]);
    throw e;
  }
}
