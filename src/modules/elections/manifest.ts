import { bi } from '../../core/errors.ts';
import type { ModuleManifest } from '../../core/module.ts';
import { electionRules } from './rule-specs.ts';

export const electionsManifest: ModuleManifest = {
  name: 'elections',
  migrations: {},
  actions: {},
  rules: electionRules,
};
void bi;
