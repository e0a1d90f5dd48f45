import type { ModuleContext, ModuleManifest } from '../../core/module.ts';
import { write } from '../../core/access/guard.ts';
import { events } from '../../core/events.ts';
import { listProcedures, proceduresInStates, sendEvent } from '../../core/procedure/engine.ts';
import { decisionMigrations } from './migrations.ts';
import { permissions } from './permissions.ts';
import { decisionRoutes } from './routes.ts';
import { decisionRules } from './rule-specs.ts';
import { majorDecision, type MatterContext } from './service/index.ts';
import { seedDecisions } from './seed.ts';

/**
 * When the supervisory committee has approved and the committee has published a matter's
 * resolution or outcome, the matter moves on by itself (as "system").
 */
export async function syncPublications(ctx: Pick<ModuleContext, 'db' | 'now'>, villageCode: string): Promise<number> {
  let moved = 0;
  for (const p of await listProcedures(ctx.db, 'majorDecision', villageCode)) {
    const c = p.context as MatterContext;
    const type = p.state === 'resolutionPending' ? 'resolutionPublished' : p.state === 'outcomePending' ? 'outcomePublished' : null;
    if (!type) continue;
    const who = { accountId: null, label: 'system', role: 'system', code: villageCode };
    try {
      await write(ctx.db, who, `${majorDecision.kind}.${type}`, (w) => sendEvent(w, majorDecision, p.id, { type, entryId: type === 'resolutionPublished' ? c.resolutionEntryId : c.outcomeEntryId }, { label: 'system', role: 'system' }, ctx.now()));
      moved++;
    } catch { /* not yet published: stays pending */ }
  }
  return moved;
}

export const decisionsManifest: ModuleManifest = {
  name: 'decisions',
  dependsOn: ['jurisdictions', 'people', 'disclosure'],
  migrations: decisionMigrations,
  permissions,
  routes(api, ctx) {
    decisionRoutes(api, ctx);
    const onPublished = (villageCode: string) => { void syncPublications(ctx, villageCode).catch((err) => ctx.log.error({ err }, 'decisions: sync after publication failed')); };
    events.on('disclosure.published', onPublished);
    api.addHook('onClose', async () => { events.off('disclosure.published', onPublished); });
  },
  rules: decisionRules,
  pages: [
    { path: '/staff/decisions', action: 'decisions.read', village: true, nav: { labelKey: 'nav.decisions', order: 40 } },
    { path: '/staff/decisions/meetings/:id', action: 'decisions.read', village: true },
    { path: '/staff/decisions/:id', action: 'decisions.read', village: true },
    { path: '/staff/representatives', action: 'decisions.read', village: true, nav: { labelKey: 'nav.representatives', order: 50 } },
    { path: '/staff/rules', action: 'decisions.read', nav: { labelKey: 'nav.rules', order: 60 } },
  ],
  seedDemo: seedDecisions,
  jobs: [{
    // Catches publications whose in-process event was missed (another app node, a restart).
    name: 'decisions-sync-publications', cron: '*/15 * * * *',
    async run(ctx) {
      const pending = await proceduresInStates(ctx.db, 'majorDecision', ['resolutionPending', 'outcomePending']);
      for (const code of new Set(pending.map((p) => p.villageCode))) await syncPublications(ctx, code);
    },
  }],
};
