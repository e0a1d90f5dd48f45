// The service desk's rule as a named, JSON-in/JSON-out function (docs/RULES.md).
import { z } from 'zod';
import type { RuleSpec } from '../../core/rules.ts';
import { dueDate } from './rules.ts';

export const serviceRules: RuleSpec[] = [{
  name: 'service-due-date',
  summary: '服务申请的办结期限（工作日） The due date of a service request in working days',
  input: z.object({ filedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'), workingDays: z.number().int().min(1).max(365) }).strict(),
  run: (input, { calendar }) => ({
    dueOn: dueDate(calendar, input.filedOn, input.workingDays),
    reasons: [{ rule: 'services.dueDate', article: '县服务事项目录（承诺办结时限）', message: `${input.filedOn} 受理，${input.workingDays} 个工作日（不含受理当日，节假日顺延，调休上班日计入）` }],
  }),
}];
