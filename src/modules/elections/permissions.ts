// The elections module's access and audit vocabulary: who may do what on which village's
// election, the records its routes act on (each resolved to the village it belongs to), and the
// names of the audit rows its writes record. No election record has an owner: a villager's
// objection is filed in their capacity as a resident of the village (a grant on its node), so
// every decision here is a role on the record's village or above it.
import { bi } from '../../core/errors.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { procedureAuditNames } from '../../core/procedure/engine.ts';
import { electionNode, electionProcedure, nominationNode, objectionNode } from './service.ts';

const readers = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor'] as const;

export const permissions: ModulePermissions = {
  actions: {
    'elections.read': { roles: readers, description: bi('查看换届选举', 'See elections') },
    'elections.manage': { roles: ['committeeMember', 'townshipOfficial'], description: bi('筹备和主持换届选举', 'Plan and run elections') },
    'elections.vet': { roles: ['townshipOfficial', 'countyOfficer'], description: bi('录入候选人联审意见', 'Record joint vetting') },
    'elections.vetList': { roles: ['countyOfficer'], description: bi('设定联审部门名单', 'Set the vetting departments') },
    'elections.object': { roles: ['resident', 'committeeMember', 'townshipOfficial'], description: bi('对选民名单提出异议', 'Object to the voter roll') },
  },
  resources: {
    /** An election (`:id`), on its village. */
    election: { load: electionNode },
    /** An objection to a voter roll (`:id`), on its election's village. */
    electionObjection: { load: objectionNode },
    /** A nomination (`:id`), on its election's village. */
    electionNomination: { load: nominationNode },
  },
  audit: {
    'elections.plan': bi('制定选举方案', 'Planned an election'),
    'elections.roll': bi('从人口登记生成选民名单', 'Derived the voter roll from the register'),
    'elections.registration': bi('登记本人表示参加选举或经会议同意的申请', 'Recorded a declaration or an approved application to vote'),
    'elections.publishRoll': bi('公布选民名单', 'Published the voter roll'),
    'elections.objection': bi('对选民名单提出异议', 'Objection to the voter roll filed'),
    'elections.decideObjection': bi('对选民名单异议作出处理决定', 'Decided an objection to the voter roll'),
    'elections.nominate': bi('登记选民直接提名', 'Recorded a direct nomination'),
    'elections.publishCandidates': bi('公布正式候选人名单', 'Published the candidate list'),
    'elections.proxy': bi('登记委托投票', 'Filed a proxy vote'),
    'elections.count': bi('录入票箱计票结果', 'Entered a ballot box\'s count'),
    'elections.countReset': bi('清除票箱录入以重新清点', 'Cleared a ballot box\'s entries for a recount'),
    'elections.tally': bi('计票', 'Tallied a round'),
    'elections.publishResults': bi('公布选举结果', 'Published the results'),
    'elections.certificates': bi('颁发当选证书', 'Issued the certificates of election'),
    'elections.handover': bi('完成工作移交', 'Recorded the handover'),
    'elections.recall': bi('登记罢免要求与表决结果', 'Recorded a recall petition and vote'),
    ...procedureAuditNames(electionProcedure, {
      objectionDecided: bi('选民名单异议处理结果记入时间线', 'Objection decision noted on the timeline'),
      committeeWithdrawal: bi('被提名人退出村民选举委员会', 'A nominee withdrew from the election committee'),
      tallied: bi('计票结果记入时间线', 'Tally noted on the timeline'),
    }),
  },
};
