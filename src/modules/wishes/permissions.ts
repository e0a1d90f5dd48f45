// 微心愿 and 微服务's access and audit vocabulary. The resources its routes act on, each resolved
// to its village and its owner: a wish (owned by the wisher), the claim on a wish (owned by the
// account behind the claiming profile), a volunteer's profile and a micro-service (owned by the
// volunteer). Staff act by their role on the village; owners act on what is theirs. Which step
// of a wish each of them may take in which state is the wish's own rule (rules.ts wishMachine).
import { bi } from '../../core/errors.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { byRowId } from '../../core/access/guard.ts';
import { profileOwner, serviceOwner, wishParties } from './service.ts';

const staffRoles = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;
/** The village's staff who screen wishes and act for organisations (wishes.manage). */
const villageStaff = ['committeeMember', 'gridWorker'] as const;

export const permissions: ModulePermissions = {
  actions: {
    'wishes.read': { roles: staffRoles, description: bi('查看全部心愿和志愿者名册', 'See all wishes and the volunteers\' register') },
    'wishes.post': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('提交微心愿（工作人员可代为提交）', 'Post a micro-wish (staff may post on a resident\'s behalf)') },
    'wishes.manage': { roles: villageStaff, description: bi('审核心愿、登记组织、代组织认领', 'Screen wishes, register organisations, claim for them') },
    'wishes.volunteer': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('登记为志愿者', 'Register as a volunteer') },
    'wishes.view': { roles: [...staffRoles, 'resident'], owner: true, description: bi('查看本村(社区)的一条心愿（工作人员和心愿人看全部，其他人只看已上墙的）', 'See a wish of the village (staff and the wisher in full; others once it is on the wall)') },
    'wishes.claim': { roles: ['resident', 'committeeMember', 'gridWorker'], description: bi('认领心愿（志愿者以本人身份，工作人员代组织）', 'Claim a wish (a registered volunteer as themself; staff for an organisation)') },
    'wishes.fulfil': { roles: villageStaff, owner: true, description: bi('完成或放弃认领的心愿、上传完成照片（认领人或工作人员）', 'Fulfil or release a claimed wish, add its photo (the claimant or staff)') },
    'wishes.thank': { roles: villageStaff, owner: true, description: bi('向完成心愿的人致谢（心愿人；代为提交的由工作人员致谢）', 'Thank whoever fulfilled a wish (the wisher; staff for a wish posted on someone\'s behalf)') },
    'wishes.withdraw': { roles: villageStaff, owner: true, description: bi('撤回心愿（心愿人或工作人员）', 'Withdraw a wish (the wisher or staff)') },
    'wishes.offer': { roles: villageStaff, owner: true, description: bi('发布或撤下微服务（本人，或工作人员为本村组织）', 'Offer or withdraw micro-services (one\'s own; staff for the village\'s organisations)') },
  },
  resources: {
    /** A wish, by the `:id` path parameter: its village; its owner is the wisher. */
    wish: {
      label: bi('心愿', 'wish'),
      load: byRowId(async (db, id) => { const w = await wishParties(db, id); return w && { jurisdictionCode: w.villageCode, ownerAccountId: w.wisherAccountId }; }),
    },
    /** The claim on a wish, by the wish's `:id`: its owner is the claimant (none while unclaimed). */
    wishClaim: {
      label: bi('心愿', 'wish'),
      load: byRowId(async (db, id) => { const w = await wishParties(db, id); return w && { jurisdictionCode: w.villageCode, ownerAccountId: w.claimantAccountId }; }),
    },
    /** A volunteer's or organisation's profile, by the `:id` path parameter: owned by the volunteer. */
    volunteerProfile: {
      label: bi('志愿者档案', 'volunteer profile'),
      load: byRowId(async (db, id) => { const p = await profileOwner(db, id); return p && { jurisdictionCode: p.villageCode, ownerAccountId: p.accountId }; }),
    },
    /** A micro-service, by the `:id` path parameter: owned by the volunteer who offers it. */
    microService: {
      label: bi('微服务', 'micro-service'),
      load: byRowId(async (db, id) => { const s = await serviceOwner(db, id); return s && { jurisdictionCode: s.villageCode, ownerAccountId: s.accountId }; }),
    },
  },
  audit: {
    'wishes.approve': bi('心愿审核通过，发布到心愿墙', 'Screened a wish and put it on the wall'),
    'wishes.reject': bi('心愿不予发布（附理由）', 'Rejected a wish, with the reason'),
    'wishes.release': bi('放弃认领心愿', 'Released a claimed wish'),
    'wishes.profile': bi('登记志愿者、社会组织或单位', 'Registered a volunteer, organisation or unit'),
    'wishes.service': bi('发布或撤下微服务', 'Offered or withdrew a micro-service'),
  },
};
