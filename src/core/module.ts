// The module manifest: how a capability registers itself with the core. A module owns its
// tables (migrations), its actions (permissions), its routes, its staff pages, its demo seed
// and its scheduled jobs; the core wires them and nothing else reaches into the module.
import type { FastifyInstance, FastifyBaseLogger, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely, Migration } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Bilingual } from './errors.ts';
import type { DepartmentKind, Role } from './access/roles.ts';
import type { AnyDB } from './db/database.ts';
import type { RuleSpec } from './rules.ts';
import type { ResourceType } from './access/guard.ts';

export type Api = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export interface ActionSpec {
  /** Roles that may perform the action, within the jurisdiction they are granted on. */
  roles: readonly Role[];
  /** The owner of the resource may perform it too (a resident's own request, a volunteer's offer). */
  owner?: boolean;
  /** Staff of these kinds of department may perform it too, within their department's reach. */
  departments?: readonly DepartmentKind[];
  description: Bilingual;
}

/** What a module's permissions.ts declares: its actions, the resource types its routes act on
 * (each with the loader that resolves it to its node and owner), and the names of the audit
 * entries its writes record besides its actions. Together they are the module's whole access
 * and audit vocabulary; the guard and write() refuse anything else. */
export interface ModulePermissions {
  actions: Record<string, ActionSpec>;
  resources?: Record<string, ResourceType>;
  /** Audit actions that are not permission actions (e.g. a job's escalation), with their labels. */
  audit?: Record<string, Bilingual>;
}

/** A staff page of the web app. The web app's router and navigation are derived from these
 * declarations (GET /api/v1/pages); the web app only maps each path to its component. */
export interface PageSpec {
  /** Path pattern in the web app, e.g. "/staff/people/:id"; a ":name" segment is an id (1–12 digits). */
  path: string;
  /** The action the account needs (on some node) to open the page; absent: any signed-in account. */
  action?: string;
  /** The page works on one village (community): above that level it asks the user to pick one. */
  village?: boolean;
  /** The page's entry in the staff navigation and on the home page's tiles (only for paths without ids). */
  nav?: {
    /** Key in the web locale files (`<labelKey>.about` is the tile's text). */
    labelKey: string;
    /** Position in the menu (smaller first; ties keep module order). */
    order: number;
  };
}

export interface JobSpec {
  name: string;
  /** Cron expression, read in China Standard Time (jobs.ts schedules with tz Asia/Shanghai). */
  cron: string;
  run(ctx: ModuleContext): Promise<void>;
}

export interface ModuleContext {
  config: Config;
  db: AnyDB;
  log: Logger;
  now(): Date;
}

export interface SeedContext extends ModuleContext {
  /** Prints a line for the operator (progress of the demo load, demo accounts). */
  say(line: string): void;
  /** Data that earlier seeds passed on (e.g. demo village codes). */
  shared: Map<string, unknown>;
}

export interface ModuleManifest {
  name: string;
  /** The modules whose services this one calls; they come earlier in src/modules/index.ts
   * (migrations, routes and demo seeds run in that order). Checked against the imports. */
  dependsOn?: readonly string[];
  /** Kysely migrations, keyed "YYYYMMDDHHMM_<module>_<what>" so all modules sort into one order. */
  migrations: Record<string, Migration>;
  /** The module's permissions.ts: its actions, resource types and audit names. */
  permissions?: ModulePermissions;
  routes?(api: Api, ctx: ModuleContext): Promise<void> | void;
  /** The module's staff pages. */
  pages?: PageSpec[];
  /** Demo data, run in module order by `gongzhi demo` and by the first start on an empty database. */
  seedDemo?(ctx: SeedContext): Promise<void>;
  jobs?: JobSpec[];
  /** Pure rules exposed on the command line and over HTTP. */
  rules?: RuleSpec[];
}

/** A module's services see only its own tables: Kysely<OwnTables>, never the whole database. */
export function ownTables<T>(db: AnyDB): Kysely<T> {
  return db as unknown as Kysely<T>;
}

/** Refuses a module list where a module comes before one it depends on, or names an unknown one. */
export function assertModuleOrder(modules: readonly Pick<ModuleManifest, 'name' | 'dependsOn'>[]): void {
  const seen = new Set<string>();
  const all = new Set(modules.map((m) => m.name));
  for (const m of modules) {
    for (const d of m.dependsOn ?? []) {
      if (!all.has(d)) throw new Error(`module ${m.name} depends on ${d}, which is not in the module list`);
      if (!seen.has(d)) throw new Error(`module ${m.name} depends on ${d}, which must come before it in the module list`);
    }
    seen.add(m.name);
  }
}

/** A module's actions, from its permissions.ts. */
export function actionsOf(m: Pick<ModuleManifest, 'permissions'>): [string, ActionSpec][] {
  return Object.entries(m.permissions?.actions ?? {});
}

/** The audit vocabulary a module declares: its actions (labelled by their descriptions) and its
 * audit-only names. */
export function auditNamesOf(m: Pick<ModuleManifest, 'permissions'>): [string, Bilingual][] {
  return [...actionsOf(m).map(([k, v]) => [k, v.description] as [string, Bilingual]), ...Object.entries(m.permissions?.audit ?? {})];
}
