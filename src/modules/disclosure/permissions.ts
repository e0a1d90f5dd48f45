// 村(居)务公开's access and audit vocabulary: its actions, the resources its routes act on (an
// entry, a catalogue item, a question in the opinion box; each resolved to its node), and the
// audit names its writes record besides its actions.
import { bi } from '../../core/errors.ts';
import type { ModulePermissions } from '../../core/module.ts';
import { villageById } from '../../core/access/guard.ts';
import { scopeOfItem } from './catalog.ts';
import { villageOfFeedback } from './feedback.ts';
import { villageOfEntry } from './service.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

export const permissions: ModulePermissions = {
  actions: {
    'disclosure.read': { roles: staff, description: bi('查看公开内容草稿、日历和意见箱', 'See drafts, the compliance calendar and the opinion box') },
    'disclosure.draft': { roles: ['committeeMember'], description: bi('起草、修改、提交公开内容，发起更正', 'Draft, edit and submit entries; start corrections') },
    // 村务监督委员会 reviews before publication (组织法 Art.32; 财务公开规定: 民主理财小组 checks finance).
    'disclosure.review': { roles: ['supervisor'], description: bi('审核公开内容（通过或退回）', 'Review entries (approve or return)') },
    'disclosure.publish': { roles: ['committeeMember'], description: bi('发布已审核的公开内容', 'Publish approved entries') },
    'disclosure.answer': { roles: ['supervisor'], description: bi('答复意见箱问题', 'Answer the opinion box') },
    'disclosure.ask': { roles: ['resident'], description: bi('本村居民登录后提问', 'Ask as a signed-in resident') },
    'disclosure.catalog': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember'], description: bi('维护公开目录', 'Keep the disclosure catalogue') },
    'disclosure.settings': { roles: ['countyOfficer', 'townshipOfficial', 'committeeMember'], description: bi('公开设置', 'Disclosure settings') },
    'disclosure.report': { roles: ['countyOfficer', 'townshipOfficial'], description: bi('查看各村公开情况和季度报表', 'See villages\' compliance and quarterly reports') },
  },
  resources: {
    /** An entry (draft, in review or published), by the `:id` path parameter: its village. */
    disclosureEntry: villageById(bi('公开事项', 'disclosure entry'), villageOfEntry),
    /** A catalogue item, by the `:id` path parameter: the node that set it. */
    disclosureCatalogItem: villageById(bi('公开目录事项', 'catalogue item'), scopeOfItem),
    /** A question in the opinion box, by the `:id` path parameter: its village. */
    disclosureFeedback: villageById(bi('意见箱问题', 'question'), villageOfFeedback),
  },
  audit: {
    'disclosure.askByPhone': bi('以手机验证码向意见箱提问', 'Asked the opinion box with a confirmed phone'),
    'disclosure.phoneCode': bi('向手机发送提问验证码', 'Sent a one-time code to a phone, to ask the opinion box'),
    'disclosure.feedbackDueDate': bi('补定意见答复期限（节假日安排录入后）', 'Set a question\'s due date once its year\'s holidays were entered'),
    'disclosure.feedbackEscalate': bi('意见逾期未答复，报乡镇(街道)', 'Question overdue: escalated to the township'),
  },
};
