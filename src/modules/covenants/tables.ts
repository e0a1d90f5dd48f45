import type { Generated } from 'kysely';
import type { CovenantKind } from './screen.ts';

/** A chapter of a covenant text: clauses keep their ids from version to version. */
export interface Chapter { title: string; clauses: { id: string; text: string }[] }

export interface CovenantTables {
  covenant: {
    id: Generated<number>;
    villageCode: string;
    kind: CovenantKind;
    title: string;
    inForceVersionId: number | null;
    /** Days a warning-roll entry stays shown (the village's own rule). */
    warningDays: number;
    nextClauseNo: number;
    createdAt: Date;
  };
  covenantVersion: {
    id: Generated<number>;
    covenantId: number;
    villageCode: string;
    procedureId: number | null;
    number: number;
    /** draft (of a revision), adopted (in force or superseded), or registered (adopted on paper before the platform). */
    origin: 'draft' | 'registered';
    status: 'draft' | 'inForce' | 'superseded' | 'notAdopted';
    chapters: unknown; // Chapter[]
    note: string | null;
    createdBy: string;
    createdAt: Date;
    adoptedOn: string | null;
    ledgerSeq: number | null;
    ledgerHash: string | null;
  };
  covenantOpinion: {
    id: Generated<number>;
    procedureId: number;
    villageCode: string;
    body: string;
    source: 'online' | 'paper' | 'meeting' | 'visit' | 'phone';
    authorName: string;
    authorAccountId: number | null;
    collectedBy: string | null;
    createdAt: Date;
  };
  covenantComment: {
    id: Generated<number>;
    procedureId: number;
    villageCode: string;
    clauseId: string;
    versionId: number;
    authorAccountId: number;
    authorName: string;
    body: string;
    hidden: boolean;
    hiddenReason: string | null;
    disposition: 'adopted' | 'notAdopted' | null;
    dispositionReason: string | null;
    createdAt: Date;
  };
  covenantFinding: {
    id: Generated<number>;
    procedureId: number;
    villageCode: string;
    versionId: number;
    stage: 'review' | 'vote';
    clauseId: string;
    rule: string;
    basis: string;
    excerpt: string;
    message: string;
    decision: 'mustChange' | 'lawful' | null;
    decisionReason: string | null;
    decidedBy: string | null;
    decidedAt: Date | null;
  };
  covenantRollEntry: {
    id: Generated<number>;
    villageCode: string;
    covenantId: number;
    kind: 'honor' | 'warning';
    residentId: number | null;
    personName: string;
    clauseId: string;
    clauseLabel: string;
    clauseText: string;
    description: string;
    evidence: string;
    recordedOn: string;
    recordedBy: string;
    recordedByAccountId: number;
    expiresOn: string | null;
    appealText: string | null;
    appealedOn: string | null;
    appealDecision: 'upheld' | 'removed' | null;
    appealReason: string | null;
    appealDecidedBy: string | null;
    createdAt: Date;
  };
}
