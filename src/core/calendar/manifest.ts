import { z } from 'zod';
import { bi } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { capacityOf, codeParam, write } from '../access/guard.ts';
import { levelOf } from '../jurisdiction-codes.ts';
import { AppError, fieldError } from '../errors.ts';
import { calendarMigrations, enterYear, yearInfo } from './store.ts';

const yearOut = z.object({
  year: z.number(), coveredByPackage: z.boolean(), enteredByCounty: z.boolean(), covered: z.boolean(),
  days: z.array(z.object({ date: z.string(), work: z.boolean(), note: z.string() })),
});

export const calendarManifest: ModuleManifest = {
  name: 'calendar',
  migrations: calendarMigrations,
  permissions: {
    actions: {
      'calendar.edit': { roles: ['countyOfficer'], description: bi('录入法定节假日安排', 'Enter the official holiday calendar') },
    },
  },
  routes(api, ctx) {
    api.get('/api/v1/calendar/:year', {
      config: { public: true },
      schema: { tags: ['calendar'], summary: '工作日历：是否已覆盖该年 Working-day calendar of a year', params: z.object({ year: z.coerce.number().int().min(2004).max(2100) }), response: { 200: yearOut } },
    }, async (req) => yearInfo(ctx.db, req.params.year));

    api.put('/api/v1/jurisdictions/:code/calendar/:year', {
      config: { action: 'calendar.edit' },
      schema: {
        tags: ['calendar'], summary: '县民政局录入国务院当年节假日通知 Enter a year\'s official holidays and adjusted workdays',
        params: z.object({ code: z.string().regex(/^\d{6}(\d{6})?$/), year: z.coerce.number().int().min(2004).max(2100) }),
        body: z.object({ days: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), work: z.boolean(), note: z.string().min(1).max(40) })).max(120), complete: z.boolean() }).strict(),
        response: { 200: yearOut },
      },
    }, async (req) => {
      const code = codeParam(req);
      if (levelOf(code) !== 'county') throw AppError.validation([fieldError('params.code', 'calendar.county', bi('节假日安排由县民政局录入', 'The holiday calendar is entered by the county'))]);
      return write(ctx.db, capacityOf(req), 'calendar.edit', (w) => enterYear(w, code, req.params.year, req.body.days, req.body.complete, req.actor!.username));
    });
  },
};
