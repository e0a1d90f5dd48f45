// The service desk's rules as named, JSON-in/JSON-out functions (docs/RULES.md).
import { z } from 'zod';
import { reasonOut, type RuleSpec } from '../../core/rules.ts';
import { dueDate, dueDateAfterWaiting } from './rules.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const serviceRules: RuleSpec[] = [{
  name: 'service-due-date',
  summary: '服务申请的办结期限（工作日） The due date of a service request in working days',
  input: z.object({ filedOn: date, workingDays: z.number().int().min(1).max(365) }).strict(),
  output: z.object({ dueOn: z.string(), reasons: z.array(reasonOut) }),
  run: (input, { calendar }) => ({
    dueOn: dueDate(calendar, input.filedOn, input.workingDays),
    reasons: [{ rule: 'services.dueDate', article: '县服务事项目录（承诺办结时限）', message: `${input.filedOn} 受理，${input.workingDays} 个工作日（不含受理当日，节假日顺延，调休上班日计入）` }],
  }),
}, {
  name: 'service-due-after-waiting',
  summary: '等待居民补充材料期间停止计时：顺延后的办结期限 The due date after a wait for the resident (the clock stops)',
  input: z.object({ dueOn: date, waitingFrom: date, waitingUntil: date }).strict()
    .refine((i) => i.waitingUntil >= i.waitingFrom, { path: ['waitingUntil'], message: 'waitingUntil must not be before waitingFrom' }),
  output: z.object({ dueOn: z.string(), waitingDays: z.number(), reasons: z.array(reasonOut) }),
  run: (input, { calendar }) => {
    const waitingDays = calendar.workingDaysBetween(input.waitingFrom, input.waitingUntil);
    return {
      dueOn: dueDateAfterWaiting(calendar, input.dueOn, input.waitingFrom, input.waitingUntil),
      waitingDays,
      reasons: [{ rule: 'services.waitingPause', article: '县服务事项目录（承诺办结时限）；补正材料时间不计入承诺时限', message: `${input.waitingFrom} 至 ${input.waitingUntil} 等待居民补充材料 ${waitingDays} 个工作日，办结期限相应顺延` }],
    };
  },
}];
