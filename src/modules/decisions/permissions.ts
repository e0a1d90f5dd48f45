// The decisions module's access and audit vocabulary: its actions, the records its routes act on
// (a matter, a meeting, a representative — each resolved to its village), and the names of the
// audit rows its writes record besides its actions.
import { bi } from '../../core/errors.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { villageById } from '../../core/access/guard.ts';
import { procedureAuditNames } from '../../core/procedure/engine.ts';
import { majorDecision, villageOfMatter, villageOfMeeting, villageOfRepresentative } from './service/index.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;


export const permissions: ModulePermissions = {
  actions: {
    'decisions.read': { roles: staff, description: bi('查看会议、代表名册', 'See meetings and the representatives\' register') },
    'decisions.propose': { roles: ['committeeMember'], description: bi('发起重大事项', 'Start a major matter') },
    'decisions.advance': { roles: ['committeeMember'], description: bi('推进“四议两公开”各步', 'Take the steps of the procedure') },
    'decisions.meeting': { roles: ['committeeMember'], description: bi('安排会议、登记出席和表决', 'Schedule meetings, record attendance and votes') },
    'decisions.object': { roles: ['supervisor'], description: bi('监委会记录异议', 'Record the supervisory committee\'s objection') },
    'decisions.representatives': { roles: ['committeeMember'], description: bi('维护代表名册', 'Keep the representatives\' register') },
  },
  resources: {
    matter: villageById(bi('重大事项', 'major matter'), villageOfMatter),
    meeting: villageById(bi('会议', 'meeting'), villageOfMeeting),
    representative: villageById(bi('代表', 'representative'), villageOfRepresentative),
  },
  audit: {
    ...procedureAuditNames(majorDecision, { objection: bi('监委会记录异议', 'The supervisory committee recorded an objection') }),
    'decisions.matterTypes': bi('列入必须经“四议两公开”的事项类别', 'Added a kind of matter that must go through the procedure'),
  },
};
