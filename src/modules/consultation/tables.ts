import type { Generated } from 'kysely';

export interface ConsultationTables {
  consultationCategory: { id: Generated<number>; scopeCode: string; title: string };
  consultationComment: {
    id: Generated<number>;
    procedureId: number;
    parentId: number | null;
    authorAccountId: number;
    authorName: string;
    body: string;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: Date;
  };
}
