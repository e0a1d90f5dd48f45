import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { covenantMigrations } from './migrations.ts';
import { covenantRoutes } from './routes.ts';
import { covenantRules } from './rule-specs.ts';
import { seedCovenants } from './seed.ts';

const staff = ['countyOfficer', 'townshipOfficial', 'committeeMember', 'supervisor', 'gridWorker'] as const;

export const covenantsManifest: ModuleManifest = {
  name: 'covenants',
  dependsOn: ['jurisdictions', 'people', 'decisions'],
  migrations: covenantMigrations,
  actions: {
    'covenants.read': { roles: staff, description: bi('查看公约修订的内部材料（意见提出人等）', 'See the revision\'s internal records (who gave each opinion)') },
    'covenants.manage': { roles: ['committeeMember'], description: bi('修订公约：征集意见、拟定草案、答复意见', 'Run a covenant revision: opinions, drafts, dispositions') },
    'covenants.step': { roles: ['committeeMember', 'townshipOfficial'], description: bi('推进公约修订各步（审核、备案由乡镇）', 'Take the steps of a revision (review and filing by the township)') },
    'covenants.review': { roles: ['townshipOfficial'], description: bi('乡镇合法性审查：对审查意见作出决定', 'Township legality review: decide each finding') },
    'covenants.participate': { roles: ['resident', 'committeeMember', 'supervisor', 'gridWorker'], description: bi('对公约修订提出意见', 'Give opinions and comments on a revision') },
    'covenants.roll': { roles: ['committeeMember', 'supervisor', 'gridWorker'], description: bi('红黑榜考评组：记录与处理申诉', 'The evaluation group: record roll entries, decide appeals') },
    'covenants.warningRoll': { roles: ['resident', ...staff], description: bi('查看本村（社区）黑榜', 'See the village\'s warning roll') },
  },
  routes: covenantRoutes,
  rules: covenantRules,
  pages: [
    { path: '/staff/covenants', action: 'covenants.read', nav: { labelKey: 'nav.covenants', order: 47 } },
    { path: '/staff/covenants/:id', action: 'covenants.read' },
  ],
  seedDemo: seedCovenants,
};
