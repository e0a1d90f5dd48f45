// The covenants module's response shapes (zod), declared once: the encoder, the OpenAPI document
// and the web app (src/web/public/covenants/model.ts) all read them. Each mirrors what the
// service returns (service/revision.ts, service/rolls.ts, screen.ts, rules.ts).
import { z } from 'zod';
import { bilingualOut } from '../../core/serializer.ts';
import { meetingSummaryOut } from '../decisions/service/index.ts';

export const covenantKinds = ['village', 'community'] as const;
export const opinionSources = ['online', 'paper', 'meeting', 'visit', 'phone'] as const;
export const dispositions = ['adopted', 'notAdopted'] as const;
export const findingDecisions = ['mustChange', 'lawful'] as const;
export const rollKinds = ['honor', 'warning'] as const;
export const appealDecisions = ['upheld', 'removed'] as const;

// --- the legality screen (screen.ts): the named rule's output and each version's screen

export const screenFindingOut = z.object({ rule: z.string(), basis: z.string(), excerpt: z.string(), message: z.string() });
export const clauseScreenOut = z.object({ id: z.string(), lawful: z.boolean(), findings: z.array(screenFindingOut) });
export const screenOut = z.object({ results: z.array(clauseScreenOut) });

// --- texts and versions

/** A chapter as stored (clauses with their stable ids). */
const storedChapterOut = z.object({ title: z.string(), clauses: z.array(z.object({ id: z.string(), text: z.string() })) });
/** A chapter numbered for reading (rules.ts numberChapters): 第一章, 第一条… */
export const numberedChapterOut = z.object({
  number: z.number(), label: z.string(), title: z.string(),
  clauses: z.array(z.object({ id: z.string(), text: z.string(), chapter: z.number(), article: z.number(), label: z.string() })),
});

/** A version as listed (versionsOf). */
export const versionSummaryOut = z.object({
  id: z.number(), number: z.number(), procedureId: z.number().nullable(), origin: z.enum(['draft', 'registered']),
  status: z.enum(['draft', 'inForce', 'superseded', 'notAdopted']), note: z.string().nullable(), createdAt: z.date(),
  adoptedOn: z.string().nullable(), ledgerSeq: z.number().nullable(), ledgerHash: z.string().nullable(),
});
const versionRow = versionSummaryOut.extend({ covenantId: z.number(), villageCode: z.string(), createdBy: z.string() });
/** A version as stored (the registered covenant's answer). */
export const storedVersionOut = versionRow.extend({ chapters: z.array(storedChapterOut) });
/** A version with its text numbered. */
export const versionOut = versionRow.extend({ chapters: z.array(numberedChapterOut) });
/** …and screened clause by clause. */
export const screenedVersionOut = versionOut.extend({ screen: z.array(clauseScreenOut) });

export const diffOut = z.object({
  from: z.object({ id: z.number(), number: z.number() }).nullable(),
  to: z.object({ id: z.number(), number: z.number() }),
  rows: z.array(z.object({
    clauseId: z.string(), change: z.enum(['added', 'removed', 'changed', 'moved', 'same']),
    before: z.object({ label: z.string(), text: z.string() }).nullable(), after: z.object({ label: z.string(), text: z.string() }).nullable(),
  })),
});

// --- the covenant page

export const revisionSummaryOut = z.object({ id: z.number(), title: z.string(), state: z.string(), stateLabel: bilingualOut, createdAt: z.date(), updatedAt: z.date() });

export const covenantPageOut = z.object({
  covenant: z.object({ id: z.number(), title: z.string(), kind: z.enum(covenantKinds), warningDays: z.number() }).nullable(),
  inForce: screenedVersionOut.nullable(),
  versions: z.array(versionSummaryOut),
  revisions: z.array(revisionSummaryOut),
});

// --- a revision

const revisionContextOut = z.object({
  covenantId: z.number(), reviewVersionId: z.number().nullable(), approvedVersionId: z.number().nullable(), meetingId: z.number().nullable(),
  motionId: z.number().nullable(), womenPresent: z.number().nullable(), adoptedOn: z.string().nullable(), filedOn: z.string().nullable(),
  publishedVersionId: z.number().nullable(),
});

/** What each step of the revision recorded on the timeline (service/revision.ts takeStep; the start records the covenant). */
const revisionEventPayload = z.object({
  covenantId: z.number().optional(), versionId: z.number().nullable().optional(), reason: z.string().optional(),
  meetingId: z.number().nullable().optional(), motionId: z.number().nullable().optional(), womenPresent: z.number().nullable().optional(),
  adoptedOn: z.string().nullable().optional(), filedOn: z.string().optional(),
});
export type RevisionEventPayload = z.infer<typeof revisionEventPayload>;

export const findingOut = z.object({
  id: z.number(), procedureId: z.number(), villageCode: z.string(), versionId: z.number(), stage: z.enum(['review', 'vote']),
  clauseId: z.string(), rule: z.string(), basis: z.string(), excerpt: z.string(), message: z.string(),
  decision: z.enum(findingDecisions).nullable(), decisionReason: z.string().nullable(), decidedBy: z.string().nullable(), decidedAt: z.date().nullable(),
});

/** An opinion as the public sees it; staff also see who gave it and who entered it. */
export const opinionOut = z.object({ id: z.number(), body: z.string(), source: z.enum(opinionSources), createdAt: z.date() });
export const opinionWithNamesOut = opinionOut.extend({ authorName: z.string(), collectedBy: z.string().nullable() });

export const revisionOut = z.object({
  id: z.number(), villageCode: z.string(), title: z.string(), state: z.string(), stateLabel: bilingualOut, context: revisionContextOut,
  covenant: z.object({ id: z.number(), title: z.string(), kind: z.enum(covenantKinds), inForceVersionId: z.number().nullable() }),
  steps: z.array(z.object({ state: z.string(), label: bilingualOut })),
  timeline: z.array(z.object({
    id: z.number(), type: z.string(), payload: revisionEventPayload, fromState: z.string().nullable(), toState: z.string(),
    actorRole: z.string(), note: z.string().nullable(), at: z.date(), toLabel: bilingualOut,
  })),
  versions: z.array(versionSummaryOut),
  draft: z.object({
    id: z.number(), number: z.number(), note: z.string().nullable(), createdAt: z.date(),
    chapters: z.array(numberedChapterOut), screen: z.array(clauseScreenOut),
  }).nullable(),
  findings: z.array(findingOut),
  opinions: z.array(opinionOut),
  meetings: z.array(meetingSummaryOut),
});

/** The township's queue. */
export const revisionQueueOut = z.array(z.object({
  id: z.number(), villageCode: z.string(), villageName: z.string(), title: z.string(), state: z.string(), stateLabel: bilingualOut, updatedAt: z.date(),
}));

export const commentPageOut = z.object({
  items: z.array(z.object({
    id: z.number(), clauseId: z.string(), versionId: z.number(), authorName: z.string(), body: z.string(), hidden: z.boolean(),
    hiddenReason: z.string().nullable(), disposition: z.enum(dispositions).nullable(), dispositionReason: z.string().nullable(), createdAt: z.date(),
  })),
  nextCursor: z.number().nullable(),
});
export const commentAddedOut = z.object({ id: z.number(), clauseId: z.string(), versionId: z.number() });
export const idOut = z.object({ id: z.number() });

// --- the red and black rolls

/** An entry as the village sees it (service/rolls.ts publicView). */
export const rollEntryPublicOut = z.object({
  id: z.number(), kind: z.enum(rollKinds), personName: z.string(), clauseId: z.string(), clauseLabel: z.string(), clauseText: z.string(),
  description: z.string(), recordedOn: z.string(), expiresOn: z.string().nullable(), appealed: z.boolean(),
  appealDecision: z.enum(appealDecisions).nullable(), appealReason: z.string().nullable(),
});
/** The warning roll: whether the entry names the reader; staff also see the evidence, the recorder, the appeal and expiry. */
export const warningRollOut = z.array(rollEntryPublicOut.extend({
  mine: z.boolean(),
  evidence: z.string().optional(), recordedBy: z.string().optional(), appealText: z.string().nullable().optional(),
  appealedOn: z.string().nullable().optional(), expired: z.boolean().optional(),
}));
/** A whole entry, as the evaluation group records and decides it (the recorder's account id is not sent). */
export const rollEntryOut = z.object({
  id: z.number(), villageCode: z.string(), covenantId: z.number(), kind: z.enum(rollKinds), residentId: z.number().nullable(), personName: z.string(),
  clauseId: z.string(), clauseLabel: z.string(), clauseText: z.string(), description: z.string(), evidence: z.string(), recordedOn: z.string(),
  recordedBy: z.string(), expiresOn: z.string().nullable(), appealText: z.string().nullable(), appealedOn: z.string().nullable(),
  appealDecision: z.enum(appealDecisions).nullable(), appealReason: z.string().nullable(), appealDecidedBy: z.string().nullable(), createdAt: z.date(),
});
