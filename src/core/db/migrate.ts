// One ordered set of migrations, gathered from every module's manifest.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { AnyDB } from './database.ts';
import type { ModuleManifest } from '../module.ts';

export function collectMigrations(modules: readonly ModuleManifest[]): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const m of modules) {
    for (const [name, mig] of Object.entries(m.migrations)) {
      if (!/^\d{12}_[a-z]+_[a-z0-9_]+$/.test(name)) throw new Error(`migration name ${name} (module ${m.name}) must be YYYYMMDDHHMM_<module>_<what>`);
      if (all[name]) throw new Error(`migration ${name} declared twice`);
      all[name] = mig;
    }
  }
  return all;
}

export async function migrateToLatest(db: AnyDB, modules: readonly ModuleManifest[]): Promise<string[]> {
  const migrations = collectMigrations(modules);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
