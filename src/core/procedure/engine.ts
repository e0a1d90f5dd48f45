// The procedure engine shared by every statutory procedure (major decisions, covenant
// revision, elections and consultations; expenditure and work admission when they come). A procedure kind is an xstate
// machine plus the permission action each event needs and business checks that explain, with the
// rule and article, why an event is refused. An instance is persisted as a snapshot (state +
// context) and an append-only event log; the public timeline is rendered from that log.
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { sql, type Generated, type Kysely, type Migration } from 'kysely';
import type { AnyDB } from '../db/database.ts';
import type { Write } from '../access/guard.ts';
import type { Role } from '../access/roles.ts';
import { AppError, bi, fieldError, type Bilingual, type FieldError } from '../errors.ts';

export interface ProcedureTables {
  procedure: {
    id: Generated<number>;
    kind: string;
    villageCode: string;
    title: string;
    state: string;
    context: unknown;
    createdAt: Date;
    updatedAt: Date;
  };
  procedureEvent: {
    id: Generated<number>;
    procedureId: number;
    type: string;
    payload: unknown;
    fromState: string | null;
    toState: string;
    actorLabel: string;
    actorRole: string;
    note: string | null;
    at: Date;
  };
}
const t = (db: AnyDB) => db as unknown as Kysely<ProcedureTables>;

export interface ProcEvent { type: string; [k: string]: unknown }
export interface ProcActor {
  label: string;
  role: Role | 'operator' | 'system';
  /** The permission chain's answer for this actor on the procedure's resource (req.can at a
   * route). Absent for the CLI operator and for jobs, which act as 'operator' and 'system'. */
  may?(action: string): boolean;
}

/** What an event needs: the permission action (declared in the module's permissions.ts) and
 * whether a scheduled job (the system actor) may send it. */
export interface ProcedureStep { action: string; system?: boolean; /** What the step is, for the timeline and the audit log. */ label: Bilingual }

export interface ProcedureDefinition {
  kind: string;
  machine: AnyStateMachine;
  /** The action each event needs, judged by the permission chain like any route. */
  steps: Record<string, ProcedureStep>;
  /** Names of the states, for the timeline. */
  stateLabels: Record<string, Bilingual>;
  /** Checks beyond the machine (meetings held, votes passed…): an empty list allows the event. */
  check?(db: AnyDB, p: { id: number; villageCode: string; state: string; context: any }, event: ProcEvent): Promise<FieldError[]>;
}

export interface ProcedureView { id: number; kind: string; villageCode: string; title: string; state: string; context: any; createdAt: Date; updatedAt: Date }

const stateOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

export async function startProcedure(w: Write, def: ProcedureDefinition, villageCode: string, title: string, input: Record<string, unknown>, actor: ProcActor, now: Date): Promise<ProcedureView> {
  const [snap] = initialTransition(def.machine, input);
  const state = stateOf(snap.value);
  const row = await t(w.trx).insertInto('procedure').values({ kind: def.kind, villageCode, title, state, context: JSON.stringify(snap.context), createdAt: now, updatedAt: now })
    .returning('id').executeTakeFirstOrThrow();
  await t(w.trx).insertInto('procedureEvent').values({ procedureId: row.id, type: 'start', payload: JSON.stringify(input), fromState: null, toState: state, actorLabel: actor.label, actorRole: actor.role, note: null, at: now }).execute();
  await w.audit({ action: `${def.kind}.start`, targetType: 'procedure', targetId: row.id, jurisdictionCode: villageCode, after: { title, state } });
  return getProcedure(w.trx, row.id);
}

/** A procedure of one kind, or null (for a resource loader: a missing one is a 404). */
export async function findProcedure(db: AnyDB, kind: string, id: number): Promise<ProcedureView | null> {
  const p = await t(db).selectFrom('procedure').selectAll().where('id', '=', id).where('kind', '=', kind).executeTakeFirst();
  return (p as ProcedureView | undefined) ?? null;
}

export async function getProcedure(db: AnyDB, id: number): Promise<ProcedureView> {
  const p = await t(db).selectFrom('procedure').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw AppError.notFound(bi(`没有程序 ${id}`, `No procedure ${id}`));
  return p as ProcedureView;
}

/**
 * Sends an event. Refused, with the reason, when the actor's role may not send it, when the
 * machine has no such transition from the current state, or when a check fails. Serialised per
 * procedure (row lock), so two clerks cannot both advance the same step.
 */
export async function sendEvent(w: Write, def: ProcedureDefinition, id: number, event: ProcEvent, actor: ProcActor, now: Date, note: string | null = null): Promise<ProcedureView> {
  const p = await t(w.trx).selectFrom('procedure').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!p || p.kind !== def.kind) throw AppError.notFound(bi(`没有程序 ${id}`, `No procedure ${id}`));
  mayTake(def, event.type, actor);
  const snapshot = def.machine.resolveState({ value: JSON.parse(JSON.stringify(p.state)) as string, context: p.context as Record<string, unknown> });
  if (!snapshot.can(event)) {
    const label = def.stateLabels[p.state];
    throw new AppError('conflict', bi(
      `当前处于「${label?.['zh-CN'] ?? p.state}」，不能执行「${event.type}」：必须按法定顺序逐步进行`,
      `In "${label?.en ?? p.state}", the step "${event.type}" is not allowed: the statutory steps must be taken in order`,
    ), [fieldError('type', `${def.kind}.order.${p.state}.${event.type}`, bi(`不能从「${label?.['zh-CN'] ?? p.state}」执行「${event.type}」`, `"${event.type}" cannot follow "${label?.en ?? p.state}"`))]);
  }
  const problems = def.check ? await def.check(w.trx, { id, villageCode: p.villageCode, state: p.state, context: p.context }, event) : [];
  if (problems.length) throw new AppError('conflict', bi('这一步的法定条件尚未满足', 'The legal conditions of this step are not met'), problems);
  const [next] = transition(def.machine, snapshot, event);
  const toState = stateOf(next.value);
  await t(w.trx).updateTable('procedure').set({ state: toState, context: JSON.stringify(next.context), updatedAt: now }).where('id', '=', id).execute();
  const { type, ...payload } = event;
  await t(w.trx).insertInto('procedureEvent').values({ procedureId: id, type, payload: JSON.stringify(payload), fromState: p.state, toState, actorLabel: actor.label, actorRole: actor.role, note, at: now }).execute();
  await w.audit({ action: `${def.kind}.${type}`, targetType: 'procedure', targetId: id, jurisdictionCode: p.villageCode, before: { state: p.state }, after: { state: toState, ...payload } });
  return getProcedure(w.trx, id);
}

/**
 * The step events the machine allows from a procedure's state (guards judged on its context), in
 * the definition's order, each with its label and whether a job sends it: what a page may offer
 * next. The business checks are not run: they explain a refusal when the step is taken.
 */
export function movesOf(def: ProcedureDefinition, p: { state: string; context: unknown }): { event: string; label: Bilingual; system: boolean }[] {
  const snapshot = def.machine.resolveState({ value: p.state, context: p.context as Record<string, unknown> });
  return Object.entries(def.steps).filter(([type]) => snapshot.can({ type })).map(([event, s]) => ({ event, label: s.label, system: !!s.system }));
}

/** The engine's order: the actor must be allowed the step's action before the machine is asked.
 * Exported so a use case that prepares a step (drafts, findings) can ask first and refuse early. */
export function mayTake(def: ProcedureDefinition, type: string, actor: ProcActor): void {
  const step = def.steps[type];
  if (!step) throw AppError.validation([fieldError('type', 'procedure.unknownEvent', bi('没有这一步', 'There is no such step'))]);
  if (actor.role === 'operator') return;
  const ok = actor.role === 'system' ? step.system === true : actor.may?.(step.action) === true;
  if (!ok) throw AppError.forbidden(bi(`您没有执行「${step.label['zh-CN']}」这一步的权限`, `You may not take the step "${step.label.en}"`), { action: step.action });
}

/** The audit names a procedure kind records (its start and each event, plus the notes it takes):
 * a module spreads them into its permissions.ts `audit`, so the vocabulary stays closed. */
export function procedureAuditNames(def: ProcedureDefinition, notes: Record<string, Bilingual> = {}): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = { [`${def.kind}.start`]: bi('启动程序', 'Started the procedure') };
  for (const [type, step] of Object.entries(def.steps)) out[`${def.kind}.${type}`] = step.label;
  for (const [type, label] of Object.entries(notes)) out[`${def.kind}.${type}`] = label;
  return out;
}

/** A note on the timeline that changes no state (e.g. the supervisory committee's objection). */
export async function annotate(w: Write, def: ProcedureDefinition, id: number, type: string, payload: Record<string, unknown>, actor: ProcActor, note: string, now: Date) {
  const p = await getProcedure(w.trx, id);
  if (p.kind !== def.kind) throw AppError.notFound(bi(`没有程序 ${id}`, `No procedure ${id}`));
  await t(w.trx).insertInto('procedureEvent').values({ procedureId: id, type, payload: JSON.stringify(payload), fromState: p.state, toState: p.state, actorLabel: actor.label, actorRole: actor.role, note, at: now }).execute();
  await w.audit({ action: `${p.kind}.${type}`, targetType: 'procedure', targetId: id, jurisdictionCode: p.villageCode, after: { note } });
}

export async function timeline(db: AnyDB, id: number) {
  return t(db).selectFrom('procedureEvent').select(['id', 'type', 'payload', 'fromState', 'toState', 'actorLabel', 'actorRole', 'note', 'at'])
    .where('procedureId', '=', id).orderBy('id').execute();
}

export async function listProcedures(db: AnyDB, kind: string, villageCode: string) {
  return t(db).selectFrom('procedure').selectAll().where('kind', '=', kind).where('villageCode', '=', villageCode).orderBy('id', 'desc').execute() as Promise<ProcedureView[]>;
}

export const procedureMigrations: Record<string, Migration> = {
  '202611220007_procedure_engine': {
    async up(db: Kysely<unknown>) {
      await sql`
        CREATE TABLE procedure (
          id serial PRIMARY KEY,
          kind text NOT NULL,
          village_code varchar(12) NOT NULL,
          title text NOT NULL,
          state text NOT NULL,
          context jsonb NOT NULL,
          created_at timestamptz NOT NULL,
          updated_at timestamptz NOT NULL
        );
        CREATE INDEX procedure_village_idx ON procedure(village_code, kind, id DESC);
        CREATE TABLE procedure_event (
          id bigserial PRIMARY KEY,
          procedure_id integer NOT NULL REFERENCES procedure(id),
          type text NOT NULL,
          payload jsonb NOT NULL,
          from_state text,
          to_state text NOT NULL,
          actor_label text NOT NULL,
          actor_role text NOT NULL,
          note text,
          at timestamptz NOT NULL
        );
        CREATE INDEX procedure_event_idx ON procedure_event(procedure_id, id);
        CREATE FUNCTION procedure_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'procedure_event is append-only'; END $$;
        CREATE TRIGGER procedure_event_no_change BEFORE UPDATE OR DELETE ON procedure_event
          FOR EACH ROW EXECUTE FUNCTION procedure_event_append_only();
      `.execute(db);
    },
  },
};

export async function proceduresInStates(db: AnyDB, kind: string, states: string[]): Promise<ProcedureView[]> {
  return t(db).selectFrom('procedure').selectAll().where('kind', '=', kind).where('state', 'in', states).orderBy('id').execute() as Promise<ProcedureView[]>;
}
