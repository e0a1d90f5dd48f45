import type { ModuleManifest } from '../../core/module.ts';
import { covenantRules } from './rule-specs.ts';

export const covenantsManifest: ModuleManifest = {
  name: 'covenants',
  migrations: {},
  actions: {},
  rules: covenantRules,
};
