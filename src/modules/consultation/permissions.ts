// 议事协商's access and audit vocabulary: its actions, the resources its routes act on (a topic,
// a comment; each resolved to its village), and the audit names its writes record besides its
// actions (the procedure's start and steps, and moderation).
import { bi } from '../../core/errors.ts';
import { villageById } from '../../core/access/guard.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { procedureAuditNames } from '../../core/procedure/engine.ts';
import { consultation, villageOfComment, villageOfTopic } from './service.ts';

export const permissions: ModulePermissions = {
  actions: {
    'consultation.propose': { roles: ['committeeMember', 'resident'], description: bi('提出议事协商议题', 'Propose a topic') },
    // Every step of a topic (consultation.ts steps) needs this action.
    'consultation.manage': { roles: ['committeeMember'], description: bi('预审、记录协商结果、采纳与反馈', 'Pre-review, record the session, adopt and report back') },
    'consultation.comment': { roles: ['committeeMember', 'supervisor', 'gridWorker', 'resident'], description: bi('参与网上协商', 'Take part in the online deliberation') },
  },
  resources: {
    /** A topic (a procedure of kind "consultation"), by the `:id` path parameter. */
    consultation: villageById(bi('协商议题', 'consultation topic'), villageOfTopic),
    /** A comment on a topic, by the `:id` path parameter: the topic's village. */
    consultationComment: villageById(bi('留言', 'comment'), villageOfComment),
  },
  audit: {
    ...procedureAuditNames(consultation),
    'consultation.moderate': bi('隐藏留言（附理由）', 'Hid a comment, with the reason'),
  },
};
