// The covenants module's access and audit vocabulary: its actions, the records its routes act on
// (each resolved to its village, and a warning-roll entry to the resident it names), and the
// names of the audit rows its writes record besides its actions.
import { bi } from '../../core/errors.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { byRowId, villageById } from '../../core/access/guard.ts';
import { procedureAuditNames } from '../../core/procedure/engine.ts';
import { covenantRevision, rollEntryNode, villageOfComment, villageOfFinding, villageOfRevision } from './service/index.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;


export const permissions: ModulePermissions = {
  actions: {
    'covenants.read': { roles: staff, description: bi('查看公约修订的内部材料（意见提出人等）', 'See the revision\'s internal records (who gave each opinion)') },
    'covenants.manage': { roles: ['committeeMember'], description: bi('修订公约：征集意见、拟定草案、答复意见、提请审核、提交表决、公布', 'Run a covenant revision: opinions, drafts, dispositions, submission, the vote, publication') },
    'covenants.step': { roles: ['committeeMember', 'townshipOfficial'], description: bi('推进公约修订各步（审核、备案由乡镇）', 'Take the steps of a revision (review and filing by the township)') },
    'covenants.review': { roles: ['townshipOfficial'], description: bi('乡镇合法性审查：对审查意见作出决定，审核通过或退回草案', 'Township legality review: decide each finding, approve or return the draft') },
    'covenants.file': { roles: ['townshipOfficial'], description: bi('乡镇记录公约备案', 'The township records the covenant\'s filing') },
    'covenants.participate': { roles: ['resident', 'committeeMember', 'supervisor', 'gridWorker'], description: bi('对公约修订提出意见', 'Give opinions and comments on a revision') },
    'covenants.roll': { roles: ['committeeMember', 'supervisor', 'gridWorker'], description: bi('红黑榜考评组：记录与处理申诉', 'The evaluation group: record roll entries, decide appeals') },
    'covenants.warningRoll': { roles: ['resident', ...staff], description: bi('查看本村（社区）黑榜', 'See the village\'s warning roll') },
    'covenants.appeal': {
      roles: ['committeeMember'], owner: true,
      description: bi('对黑榜记录申诉（被列入者本人；村（居）委会代为录入书面申诉）', 'Appeal a warning-roll entry (the person named; the committee enters an appeal received on paper)'),
    },
  },
  resources: {
    covenantRevision: villageById(bi('公约修订', 'covenant revision'), villageOfRevision),
    covenantComment: villageById(bi('意见', 'comment'), villageOfComment),
    covenantFinding: villageById(bi('审查意见', 'review finding'), villageOfFinding),
    covenantRollEntry: {
      label: bi('黑榜记录', 'warning-roll entry'),
      load: byRowId(async (db, id) => {
        const e = await rollEntryNode(db, id);
        return e ? { jurisdictionCode: e.villageCode, ownerResidentId: e.residentId } : null;
      }),
    },
  },
  audit: {
    ...procedureAuditNames(covenantRevision),
    'covenants.register': bi('登记平台启用前已通过的公约', 'Registered the covenant adopted before the platform'),
    'covenants.settings': bi('修改黑榜公示期限', 'Changed how long a warning-roll entry is shown'),
    'covenants.opinion': bi('提交或录入修订意见', 'Submitted or entered an opinion on the revision'),
    'covenants.draft': bi('保存草案新版本', 'Saved a new draft version'),
    'covenants.comment': bi('对草案条款留言', 'Commented on a clause of the draft'),
    'covenants.moderate': bi('隐藏留言', 'Hid a comment'),
    'covenants.disposition': bi('答复留言（采纳或不采纳）', 'Answered a comment (adopted or not)'),
    'covenants.finding': bi('对审查意见作出决定', 'Decided a finding of the legality review'),
    'covenants.publish': bi('公约施行并记入公开账本', 'The covenant came into force and went to the ledger'),
    'covenants.appealDecision': bi('对黑榜申诉作出决定', 'Decided an appeal against a warning-roll entry'),
  },
};
