// A small key/value table the core owns, for facts about the installation itself
// (e.g. which demo accounts were created, so they can be shown at every start).
import { sql, type Kysely, type Migration } from 'kysely';
import type { AnyDB } from './db/database.ts';

interface SettingsTables { platformSetting: { key: string; value: unknown } }
const t = (db: AnyDB) => db as unknown as Kysely<SettingsTables>;

export const settingsMigrations: Record<string, Migration> = {
  '202611220003_core_settings': {
    async up(db: Kysely<unknown>) {
      await sql`CREATE TABLE platform_setting (key text PRIMARY KEY, value jsonb NOT NULL)`.execute(db);
    },
  },
};

export async function getSetting<T>(db: AnyDB, key: string): Promise<T | undefined> {
  const r = await t(db).selectFrom('platformSetting').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value as T | undefined;
}

/** The value of `key`, set to `initial()` first if it has none; when two processes race, both get the first writer's value. */
export async function settingOnce<T>(db: AnyDB, key: string, initial: () => T): Promise<T> {
  const cur = await getSetting<T>(db, key);
  if (cur !== undefined) return cur;
  await t(db).insertInto('platformSetting').values({ key, value: JSON.stringify(initial()) })
    .onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await getSetting<T>(db, key))!;
}

export async function setSetting(db: AnyDB, key: string, value: unknown): Promise<void> {
  await t(db).insertInto('platformSetting').values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) })).execute();
}
