import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { consultationMigrations } from './migrations.ts';
import { consultationRoutes } from './routes.ts';
import { seedConsultation } from './seed.ts';

export const consultationManifest: ModuleManifest = {
  name: 'consultation',
  dependsOn: ['jurisdictions'],
  migrations: consultationMigrations,
  actions: {
    'consultation.propose': { roles: ['committeeMember', 'resident'], description: bi('提出议事协商议题', 'Propose a topic') },
    'consultation.manage': { roles: ['committeeMember'], description: bi('预审、记录协商结果、采纳与反馈', 'Pre-review, record the session, adopt and report back') },
    'consultation.comment': { roles: ['committeeMember', 'supervisor', 'gridWorker', 'resident'], description: bi('参与网上协商', 'Take part in the online deliberation') },
  },
  pages: [
    { path: '/staff/consultation', action: 'consultation.manage', village: true, nav: { labelKey: 'nav.consultation', order: 45 } },
    { path: '/staff/consultation/:id', action: 'consultation.manage', village: true },
  ],
  routes: consultationRoutes,
  seedDemo: seedConsultation,
};
