// The procedure engine with a tiny machine defined here (not the 四议两公开 one), on a real
// database: start, legal and illegal events (every illegal one refused with the rule naming the
// state and the event, in Chinese and English), roles, checks that refuse without changing
// anything, guards, the append-only event log, annotations and the audit trail.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assign, setup } from 'xstate';
import { sql } from 'kysely';
import { createLogger } from '../../src/core/logger.ts';
import { openPlatform, type Platform } from '../../src/core/platform.ts';
import { write } from '../../src/core/access/guard.ts';
import { declareAuditActions } from '../../src/core/audit/audit.ts';
import { AppError, bi, fieldError } from '../../src/core/errors.ts';
import { modules } from '../../src/modules/index.ts';
import {
  annotate, getProcedure, listProcedures, procedureAuditNames, sendEvent, startProcedure, timeline,
  type ProcActor, type ProcEvent, type ProcedureDefinition,
} from '../../src/core/procedure/engine.ts';
import { backends } from '../support/backends.ts';

const VILLAGE = '500230210001';
const OTHER = '500230210200';
const at = (iso: string) => new Date(iso);
const T0 = at('2026-10-09T02:00:00Z');

// A permit: requested → under review → granted (needs a reason) or refused; an urgent request
// may be fast-tracked (guard); the applicant may withdraw before a decision.
const machine = setup({
  types: { context: {} as { urgent: boolean; applicant: string; reason: string | null }, input: {} as { urgent: boolean; applicant: string }, events: {} as ProcEvent },
  guards: { urgent: ({ context }) => context.urgent },
  actions: { recordReason: assign(({ event }) => ({ reason: String(event.reason ?? '') })) },
}).createMachine({
  id: 'permit',
  initial: 'requested',
  context: ({ input }) => ({ ...input, reason: null }),
  states: {
    requested: { on: { review: 'underReview', fastTrack: { target: 'granted', guard: 'urgent', actions: 'recordReason' }, withdraw: 'withdrawn' } },
    underReview: { on: { grant: { target: 'granted', actions: 'recordReason' }, refuse: 'refused', withdraw: 'withdrawn' } },
    granted: { type: 'final' },
    refused: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
const states = ['requested', 'underReview', 'granted', 'refused', 'withdrawn'] as const;
const eventTypes = ['review', 'fastTrack', 'withdraw', 'grant', 'refuse'] as const;
/** The legal transitions: everything else must be refused. */
const legal: Record<string, string> = {
  'requested:review': 'underReview', 'requested:withdraw': 'withdrawn', 'underReview:grant': 'granted',
  'underReview:refuse': 'refused', 'underReview:withdraw': 'withdrawn',
};
/** Events that lead from the initial state to each state. */
const pathTo: Record<(typeof states)[number], ProcEvent[]> = {
  requested: [],
  underReview: [{ type: 'review' }],
  granted: [{ type: 'review' }, { type: 'grant', reason: '材料齐全' }],
  refused: [{ type: 'review' }, { type: 'refuse' }],
  withdrawn: [{ type: 'withdraw' }],
};

const checked: { state: string; event: string; villageCode: string; context: unknown }[] = [];
const permit: ProcedureDefinition = {
  kind: 'testPermit',
  machine,
  steps: {
    review: { action: 'testPermit.decide', label: bi('开始审查', 'Start the review') },
    fastTrack: { action: 'testPermit.decide', label: bi('紧急批准', 'Fast-track') },
    grant: { action: 'testPermit.decide', label: bi('批准', 'Grant') },
    refuse: { action: 'testPermit.decide', label: bi('不予批准', 'Refuse') },
    withdraw: { action: 'testPermit.withdraw', label: bi('撤回申请', 'Withdraw'), system: true },
  },
  stateLabels: {
    requested: bi('已申请', 'Requested'), underReview: bi('审查中', 'Under review'), granted: bi('已批准', 'Granted'),
    refused: bi('不予批准', 'Refused'), withdrawn: bi('已撤回', 'Withdrawn'),
  },
  async check(_db, p, event) {
    checked.push({ state: p.state, event: event.type, villageCode: p.villageCode, context: p.context });
    if ((event.type === 'grant' || event.type === 'fastTrack') && !String(event.reason ?? '').trim()) {
      return [fieldError('reason', 'testPermit.reason', bi('批准须说明理由', 'A grant needs its reason')), fieldError('documents', 'testPermit.documents', bi('缺少材料', 'Documents missing'))];
    }
    return [];
  },
};
// The permission chain's answers, as a route would pass them (req.can on the procedure).
const clerk: ProcActor = { label: 'clerk-1', role: 'committeeMember', may: (a) => a === 'testPermit.decide' || a === 'testPermit.withdraw' };
const resident: ProcActor = { label: 'resident-1', role: 'resident', may: (a) => a === 'testPermit.withdraw' };
const who = (a: ProcActor, code = VILLAGE) => ({ accountId: null, label: a.label, role: a.role, code });

for (const backend of backends()) {
  describe(`procedure engine on ${backend.name}`, () => {
    let p: Platform;
    let cleanup: () => Promise<void>;
    const db = () => p.database.db;
    before(async () => {
      const fresh = await backend.fresh();
      cleanup = fresh.cleanup;
      p = await openPlatform({ config: fresh.config, log: createLogger('silent'), modules, role: 'test' });
      declareAuditActions(Object.entries({ ...procedureAuditNames(permit, { objection: bi('提出异议', 'Objected') }), ...procedureAuditNames({ ...permit, kind: 'otherKind' }) }));
    });
    after(async () => { await p?.close(); await cleanup?.(); });

    const start = (input = { urgent: false, applicant: '廖明华' }, code = VILLAGE) =>
      write(db(), who(clerk, code), 'testPermit.start', (w) => startProcedure(w, permit, code, '临时占道申请', input, clerk, T0));
    const send = (id: number, event: ProcEvent, actor: ProcActor = clerk, now = T0, note: string | null = null) =>
      write(db(), who(actor), event.type in permit.steps ? `testPermit.${event.type}` : 'testPermit.start', (w) => sendEvent(w, permit, id, event, actor, now, note));
    const auditOf = async (id: number) => (await sql<{ action: string; capacity_role: string; actor_label: string; before: unknown; after: unknown }>`
      SELECT action, capacity_role, actor_label, before, after FROM audit_log WHERE target_type = 'procedure' AND target_id = ${String(id)} ORDER BY id`.execute(db())).rows;
    /** Everything an event could change: the snapshot and the log. */
    const snapshotOf = async (id: number) => ({ procedure: await getProcedure(db(), id), events: await timeline(db(), id) });

    test('start: the initial state and context are persisted, with a start event and an audit entry', async () => {
      const pr = await start({ urgent: true, applicant: '谭秀英' });
      assert.equal(pr.kind, 'testPermit');
      assert.equal(pr.villageCode, VILLAGE);
      assert.equal(pr.title, '临时占道申请');
      assert.equal(pr.state, 'requested');
      assert.deepEqual(pr.context, { urgent: true, applicant: '谭秀英', reason: null });
      assert.equal(pr.createdAt.getTime(), T0.getTime());
      const events = await timeline(db(), pr.id);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.type, 'start');
      assert.equal(events[0]!.fromState, null);
      assert.equal(events[0]!.toState, 'requested');
      assert.deepEqual(events[0]!.payload, { urgent: true, applicant: '谭秀英' });
      assert.equal(events[0]!.actorLabel, 'clerk-1');
      assert.equal(events[0]!.actorRole, 'committeeMember');
      assert.deepEqual((await auditOf(pr.id)).map((a) => a.action), ['testPermit.start']);
      assert.ok((await listProcedures(db(), 'testPermit', VILLAGE)).some((x) => x.id === pr.id));
      assert.ok(!(await listProcedures(db(), 'testPermit', OTHER)).some((x) => x.id === pr.id), 'listed only in its own village');
    });

    test('a legal event moves the state, appends one event row and audits it', async () => {
      const pr = await start();
      const later = at('2026-10-10T03:00:00Z');
      const moved = await send(pr.id, { type: 'review', ref: 'A-17' }, clerk, later, '受理');
      assert.equal(moved.state, 'underReview');
      assert.equal(moved.updatedAt.getTime(), later.getTime());
      const events = await timeline(db(), pr.id);
      assert.deepEqual(events.map((e) => [e.type, e.fromState, e.toState]), [['start', null, 'requested'], ['review', 'requested', 'underReview']]);
      const last = events[1]!;
      assert.deepEqual(last.payload, { ref: 'A-17' }, 'the payload is the event without its type');
      assert.equal(last.note, '受理');
      assert.equal(last.at.getTime(), later.getTime());
      assert.equal(last.actorLabel, 'clerk-1');
      const audit = await auditOf(pr.id);
      assert.deepEqual(audit.map((a) => a.action), ['testPermit.start', 'testPermit.review']);
      assert.deepEqual(audit[1]!.before, { state: 'requested' });
      assert.deepEqual(audit[1]!.after, { state: 'underReview', ref: 'A-17' });
      // The context is carried through the snapshot: the machine's action sees the stored context.
      const granted = await send(pr.id, { type: 'grant', reason: '材料齐全' });
      assert.equal(granted.state, 'granted');
      assert.deepEqual(granted.context, { urgent: false, applicant: '廖明华', reason: '材料齐全' });
      const seen = checked.filter((c) => c.event === 'grant').at(-1)!;
      assert.equal(seen.state, 'underReview');
      assert.equal(seen.villageCode, VILLAGE);
      assert.deepEqual(seen.context, { urgent: false, applicant: '廖明华', reason: null });
    });

    test('every illegal (state, event) pair is refused as a conflict naming the state and the event, in both languages, and changes nothing', async () => {
      let refused = 0;
      for (const state of states) {
        const pr = await start();
        for (const e of pathTo[state]) await send(pr.id, e);
        assert.equal((await getProcedure(db(), pr.id)).state, state);
        for (const type of eventTypes) {
          if (legal[`${state}:${type}`]) continue;
          if (state === 'requested' && type === 'fastTrack') continue; // guarded: tested below
          const beforeSnap = await snapshotOf(pr.id);
          await assert.rejects(send(pr.id, { type, reason: 'x' }), (e: unknown) => {
            assert.ok(e instanceof AppError, String(e));
            assert.equal(e.kind, 'conflict', `${state} × ${type}`);
            assert.equal(e.status, 409);
            assert.equal(e.errors.length, 1);
            assert.equal(e.errors[0]!.field, 'type');
            assert.equal(e.errors[0]!.rule, `testPermit.order.${state}.${type}`);
            const label = permit.stateLabels[state]!;
            assert.ok(e.messages['zh-CN'].includes(label['zh-CN']) && e.messages['zh-CN'].includes(type), `zh names the state and step: ${e.messages['zh-CN']}`);
            assert.ok(e.messages.en.includes(label.en) && e.messages.en.includes(type), `en names the state and step: ${e.messages.en}`);
            assert.ok(e.errors[0]!.messages['zh-CN'].length > 0 && e.errors[0]!.messages.en.length > 0);
            return true;
          }, `${state} × ${type}`);
          assert.deepEqual(await snapshotOf(pr.id), beforeSnap, `${state} × ${type} changed nothing`);
          refused++;
        }
      }
      // 5 states × 5 events = 25 pairs, 5 legal, 1 guarded.
      assert.equal(refused, 19);
    });

    test('a guarded transition is refused while its guard is false and allowed when true', async () => {
      const plain = await start({ urgent: false, applicant: '陈国强' });
      await assert.rejects(send(plain.id, { type: 'fastTrack', reason: '抢险' }), (e: unknown) => e instanceof AppError && e.kind === 'conflict' && e.errors[0]!.rule === 'testPermit.order.requested.fastTrack');
      assert.equal((await getProcedure(db(), plain.id)).state, 'requested');
      const urgent = await start({ urgent: true, applicant: '陈国强' });
      assert.equal((await send(urgent.id, { type: 'fastTrack', reason: '抢险' })).state, 'granted');
    });

    test('an actor the chain does not allow the step\'s action is forbidden, naming the step; nothing changes', async () => {
      const pr = await start();
      const beforeSnap = await snapshotOf(pr.id);
      await assert.rejects(send(pr.id, { type: 'review' }, resident), (e: unknown) => {
        assert.ok(e instanceof AppError);
        assert.equal(e.kind, 'forbidden');
        assert.equal(e.status, 403);
        assert.equal(e.messages['zh-CN'], '您没有执行「开始审查」这一步的权限');
        assert.equal(e.messages.en, 'You may not take the step "Start the review"');
        return true;
      });
      // The permission is checked before the state: a supervisor sending a step that is also out of order is still forbidden.
      await assert.rejects(send(pr.id, { type: 'grant', reason: 'x' }, { label: 'sup', role: 'supervisor', may: () => false }), (e: unknown) => e instanceof AppError && e.kind === 'forbidden');
      // A job (the system actor) takes only the steps marked system; the CLI operator takes any.
      await assert.rejects(send(pr.id, { type: 'review' }, { label: 'system:test', role: 'system' }), (e: unknown) => e instanceof AppError && e.kind === 'forbidden');
      assert.deepEqual(await snapshotOf(pr.id), beforeSnap);
      // A role that is allowed for this event goes through.
      assert.equal((await send(pr.id, { type: 'withdraw' }, resident)).state, 'withdrawn');
    });

    test('an event the procedure does not know is a validation problem', async () => {
      const pr = await start();
      await assert.rejects(send(pr.id, { type: 'bribe' }), (e: unknown) => e instanceof AppError && e.kind === 'validation' && e.errors[0]!.rule === 'procedure.unknownEvent' && e.errors[0]!.field === 'type');
      assert.equal((await getProcedure(db(), pr.id)).state, 'requested');
    });

    test('a failing check refuses with the check\'s field errors and leaves the state, context, log and audit unchanged', async () => {
      const pr = await start();
      await send(pr.id, { type: 'review' });
      const beforeSnap = await snapshotOf(pr.id);
      const auditBefore = await auditOf(pr.id);
      await assert.rejects(send(pr.id, { type: 'grant', reason: '  ' }, clerk, at('2026-10-20T02:00:00Z')), (e: unknown) => {
        assert.ok(e instanceof AppError);
        assert.equal(e.kind, 'conflict');
        assert.deepEqual(e.errors.map((f) => [f.field, f.rule]), [['reason', 'testPermit.reason'], ['documents', 'testPermit.documents']]);
        assert.equal(e.errors[0]!.messages['zh-CN'], '批准须说明理由');
        assert.equal(e.errors[0]!.messages.en, 'A grant needs its reason');
        assert.ok(e.messages['zh-CN'].length > 0 && e.messages.en.length > 0);
        return true;
      });
      assert.deepEqual(await snapshotOf(pr.id), beforeSnap, 'state, context, updatedAt and the log are unchanged');
      assert.deepEqual(await auditOf(pr.id), auditBefore, 'nothing audited');
      assert.equal((await send(pr.id, { type: 'grant', reason: '材料齐全' })).state, 'granted');
    });

    test('a procedure of another kind, or none, is not found', async () => {
      const pr = await start();
      const other: ProcedureDefinition = { ...permit, kind: 'otherKind' };
      await assert.rejects(write(db(), who(clerk), 'otherKind.review', (w) => sendEvent(w, other, pr.id, { type: 'review' }, clerk, T0)), (e: unknown) => e instanceof AppError && e.kind === 'not-found');
      await assert.rejects(send(987654, { type: 'review' }), (e: unknown) => e instanceof AppError && e.kind === 'not-found');
      await assert.rejects(getProcedure(db(), 987654), (e: unknown) => e instanceof AppError && e.kind === 'not-found');
    });

    test('two clerks sending the same step at once: exactly one succeeds, the other is refused', async () => {
      const pr = await start();
      const results = await Promise.allSettled([send(pr.id, { type: 'review' }), send(pr.id, { type: 'review' })]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      assert.ok(failed.reason instanceof AppError && failed.reason.kind === 'conflict', String(failed.reason));
      assert.deepEqual((await timeline(db(), pr.id)).map((e) => e.type), ['start', 'review']);
    });

    test('the event log is append-only: UPDATE and DELETE are refused by the database', async () => {
      const pr = await start();
      await send(pr.id, { type: 'review' });
      const beforeLog = await timeline(db(), pr.id);
      await assert.rejects(sql`UPDATE procedure_event SET to_state = 'granted' WHERE procedure_id = ${pr.id}`.execute(db()), /append-only/);
      await assert.rejects(sql`UPDATE procedure_event SET note = 'edited' WHERE procedure_id = ${pr.id} AND type = 'review'`.execute(db()), /append-only/);
      await assert.rejects(sql`DELETE FROM procedure_event WHERE procedure_id = ${pr.id}`.execute(db()), /append-only/);
      assert.deepEqual(await timeline(db(), pr.id), beforeLog);
      // Appending stays possible.
      await sql`INSERT INTO procedure_event (procedure_id, type, payload, from_state, to_state, actor_label, actor_role, note, at)
        VALUES (${pr.id}, 'note', '{}'::jsonb, 'underReview', 'underReview', 'ops', 'operator', 'ok', now())`.execute(db());
      assert.equal((await timeline(db(), pr.id)).length, beforeLog.length + 1);
    });

    test('annotate adds a timeline row in the current state without changing the procedure', async () => {
      const pr = await start();
      await send(pr.id, { type: 'review' });
      const beforeProc = await getProcedure(db(), pr.id);
      const when = at('2026-10-11T08:00:00Z');
      const sup: ProcActor = { label: 'supervisor-1', role: 'supervisor' };
      await write(db(), who(sup), 'testPermit.objection', (w) => annotate(w, permit, pr.id, 'objection', { ground: 'notice' }, sup, '公示期不足', when));
      assert.deepEqual(await getProcedure(db(), pr.id), beforeProc, 'state, context and updatedAt unchanged');
      const events = await timeline(db(), pr.id);
      const last = events.at(-1)!;
      assert.equal(events.length, 3);
      assert.equal(last.type, 'objection');
      assert.equal(last.fromState, 'underReview');
      assert.equal(last.toState, 'underReview');
      assert.equal(last.note, '公示期不足');
      assert.deepEqual(last.payload, { ground: 'notice' });
      assert.equal(last.actorRole, 'supervisor');
      assert.equal(last.at.getTime(), when.getTime());
      assert.equal((await auditOf(pr.id)).at(-1)!.action, 'testPermit.objection');
      // The procedure still moves on normally afterwards.
      assert.equal((await send(pr.id, { type: 'refuse' })).state, 'refused');
    });
  });
}
