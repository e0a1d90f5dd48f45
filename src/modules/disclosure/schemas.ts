// The response shapes of the disclosure routes (routes.ts): what each handler returns, field by
// field, so the OpenAPI document, the web app's types and the encoder agree.
import { z } from 'zod';
import { cadences, columns, statuses } from './rules.ts';

export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const column = z.enum(columns);
export const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

/** A finance line, as typed by the clerk and as returned (the same shape both ways). */
export const financeLine = z.object({
  occurredOn: date, direction: z.enum(['income', 'expense']), category: z.string().trim().min(1).max(40),
  counterparty: z.string().trim().min(1).max(80), amountFen: z.number().int().positive().max(1e13), voucherNo: z.string().trim().min(1).max(40),
}).strict();
export const totals = z.object({ incomeFen: z.number(), expenseFen: z.number(), balanceFen: z.number(), byCategory: z.array(z.object({ direction: z.enum(['income', 'expense']), category: z.string(), amountFen: z.number() })) });
/** An attachment as published (in the ledger record): no row id. */
export const publishedAttachment = z.object({ filename: z.string(), mime: z.string(), size: z.number(), sha256: z.string() });
export const attachmentOut = publishedAttachment.extend({ id: z.number() });
/** What an attachment can be (service.ts accepts only these when it is uploaded). */
export const attachmentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

export const entryOut = z.object({
  id: z.number(), villageCode: z.string(), column, catalogItemId: z.number().nullable(), periodStart: z.string().nullable(), periodEnd: z.string().nullable(),
  title: z.string(), bodyMd: z.string(), status: z.enum(statuses), createdBy: z.string(), createdAt: z.date(), updatedAt: z.date(), publishedAt: z.date().nullable(),
  ledgerSeq: z.number().nullable(), ledgerHash: z.string().nullable(), supersedesEntryId: z.number().nullable(), correctionReason: z.string().nullable(),
  financeLines: z.array(financeLine), attachments: z.array(attachmentOut),
  timeline: z.array(z.object({ action: z.string(), actorLabel: z.string(), actorRole: z.string(), note: z.string().nullable(), at: z.date() })),
  totals: totals.nullable(), supersededBy: z.number().nullable(), pendingCorrection: z.number().nullable(),
});
export const entryListOut = z.object({
  items: z.array(z.object({
    id: z.number(), column, title: z.string(), status: z.enum(statuses), periodStart: z.string().nullable(), periodEnd: z.string().nullable(), catalogItemId: z.number().nullable(),
    createdBy: z.string(), updatedAt: z.date(), publishedAt: z.date().nullable(), ledgerSeq: z.number().nullable(), supersedesEntryId: z.number().nullable(),
  })),
  nextBefore: z.number().nullable(),
});

export const boardItem = z.object({
  id: z.number(), column, title: z.string(), periodStart: z.string().nullable(), periodEnd: z.string().nullable(), publishedAt: z.string(), seq: z.number(), hash: z.string(),
  supersededBy: z.number().nullable(), supersedes: z.number().nullable(), summary: bilingual,
});
export const boardOut = z.object({ items: z.array(boardItem), nextCursor: z.number().nullable(), verification: z.object({ ok: z.boolean(), entries: z.number(), headHash: z.string() }) });

/** The immutable public record of an entry (service.ts publicEntry: the ledger payload plus the envelope). */
export const publicEntryOut = z.object({
  entryId: z.number(), column, catalogItem: z.object({ id: z.number(), title: z.string() }).nullable(),
  periodStart: z.string().nullable(), periodEnd: z.string().nullable(), title: z.string(), bodyMd: z.string(),
  finance: z.object({ lines: z.array(financeLine), totals }).nullable(),
  attachments: z.array(publishedAttachment), review: z.object({ approvedBy: z.string(), approvedAt: z.string() }), supersedesEntryId: z.number().nullable(),
  seq: z.number(), hash: z.string(), prevHash: z.string(), publishedAt: z.string(), correctionReason: z.string().nullable(), supersedesSeq: z.number().nullable(),
  bodyHtml: z.string(), summary: bilingual,
});

/** An answered, non-private question (feedback.ts publicFeedback). */
export const publicAnswer = z.object({ id: z.number(), entryId: z.number().nullable(), question: z.string(), answer: z.string().nullable(), createdAt: z.date(), answeredAt: z.date().nullable() });
export const entryStatusOut = z.object({ supersededBy: z.number().nullable(), feedback: z.array(publicAnswer) });
/** A question in the opinion box, for staff (feedback.ts staffFeedback: the phone masked; whether
 * a signed-in resident asked, never the asker's account id). */
export const staffFeedbackOut = z.object({
  id: z.number(), entryId: z.number().nullable(), askerName: z.string().nullable(), question: z.string(), private: z.boolean(),
  createdAt: z.date(), dueOn: z.string().nullable(), answer: z.string().nullable(), answeredBy: z.string().nullable(), answeredAt: z.date().nullable(), escalatedAt: z.date().nullable(),
  phoneMasked: z.string().nullable(),
  fromResident: z.boolean().describe('asked by a signed-in resident of the village (false: with a confirmed phone)'),
});

export const catalogOut = z.object({ id: z.number(), scopeCode: z.string(), column, title: z.string(), requirement: z.string(), cadence: z.enum(cadences), responsibleRole: z.string(), sort: z.number(), active: z.boolean() });
export const settingsOut = z.object({ frequentFinance: z.boolean(), feedbackWorkingDays: z.number(), dueWorkingDays: z.number(), reportDay: z.number(), setAt: z.record(z.string(), z.string()) });

// --- compliance and reports (compliance.ts)
const period = z.object({ start: z.string(), end: z.string(), label: z.string() });
const published = z.array(z.object({ id: z.number(), publishedOn: z.string() }));
export const calendarOut = z.object({
  villageCode: z.string(), year: z.number(), today: z.string(), settings: settingsOut,
  rows: z.array(z.object({
    itemId: z.number(), column: z.string(), title: z.string(), cadence: z.enum(['quarterly', 'monthly']), period, due: z.string().nullable(),
    state: z.enum(['published', 'publishedLate', 'upcoming', 'dueSoon', 'overdue', 'calendarMissing']), entries: published, missingYear: z.number().optional(),
  })),
  immediate: z.array(z.object({ itemId: z.number(), column, title: z.string(), entries: published })),
  missingYears: z.array(z.number()),
});
export const villageCompliance = z.object({
  code: z.string(), name: z.string(), township: z.string().nullable(), published: z.number(), onTime: z.number(), late: z.number(), dueSoon: z.number(), overdue: z.number(), calendarMissing: z.number(),
  feedback: z.object({ received: z.number(), answered: z.number(), overdue: z.number() }),
});
/** A stored quarterly report (compliance.ts report). byColumn counts by column; stored as JSON, so keyed by string. */
export const reportOut = z.object({
  generatedAt: z.date(),
  data: z.object({
    scopeCode: z.string(), year: z.number(), quarter: z.number(), generatedOn: z.string(),
    villages: z.array(villageCompliance.extend({ byColumn: z.record(z.string(), z.number()) })),
  }),
});
