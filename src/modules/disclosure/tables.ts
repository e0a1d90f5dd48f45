import type { Generated } from 'kysely';
import type { Cadence, Column, Status } from './rules.ts';

export interface DisclosureTables {
  disclosureSetting: {
    code: string;
    frequentFinance: boolean | null;
    feedbackWorkingDays: number | null;
    dueWorkingDays: number | null;
    reportDay: number | null;
  };
  disclosureCatalogItem: {
    id: Generated<number>;
    scopeCode: string;
    column: Column;
    title: string;
    requirement: string;
    cadence: Cadence;
    responsibleRole: string;
    sort: number;
    active: Generated<boolean>;
    createdAt: Generated<Date>;
  };
  disclosureEntry: {
    id: Generated<number>;
    villageCode: string;
    column: Column;
    catalogItemId: number | null;
    periodStart: string | null;
    periodEnd: string | null;
    title: string;
    bodyMd: string;
    status: Status;
    createdBy: string;
    createdAt: Generated<Date>;
    updatedAt: Generated<Date>;
    publishedAt: Date | null;
    ledgerSeq: number | null;
    ledgerHash: string | null;
    supersedesEntryId: number | null;
    correctionReason: string | null;
  };
  disclosureReviewEvent: {
    id: Generated<number>;
    entryId: number;
    action: string;
    actorLabel: string;
    actorRole: string;
    note: string | null;
    at: Date;
  };
  disclosureFinanceLine: {
    id: Generated<number>;
    entryId: number;
    lineNo: number;
    occurredOn: string;
    direction: 'income' | 'expense';
    category: string;
    counterparty: string;
    amountFen: number;
    voucherNo: string;
  };
  disclosureAttachment: {
    id: Generated<number>;
    entryId: number;
    filename: string;
    mime: string;
    size: number;
    sha256: string;
    createdAt: Generated<Date>;
  };
  disclosureFeedback: {
    id: Generated<number>;
    villageCode: string;
    entryId: number | null;
    askerAccountId: number | null;
    askerName: string | null;
    phone: string | null;
    question: string;
    private: boolean;
    createdAt: Date;
    dueOn: string | null;
    answer: string | null;
    answeredBy: string | null;
    answeredAt: Date | null;
    escalatedAt: Date | null;
  };
  disclosureReport: {
    id: Generated<number>;
    scopeCode: string;
    year: number;
    quarter: number;
    generatedAt: Date;
    data: unknown;
  };
}
