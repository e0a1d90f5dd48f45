// The service desk's pure rules, table-driven: every state pair of the request machine, the
// reasons a close or a wait needs, due dates in working days across the 2026 National Day holiday
// (国庆 10月1日–7日, adjusted workday 10月10日 Sat; 国办发明电〔2025〕7号), overdue, and GeoReport status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CalendarNotCoveredError, makeCalendar } from '../../src/core/calendar/calendar.ts';
import { serviceRules } from '../../src/modules/services/rule-specs.ts';
import { AppError } from '../../src/core/errors.ts';
import { runRule } from '../../src/core/rules.ts';
import { checkHolder, checkTransition, routesOnMove, dueDate, dueDateAfterWaiting, isOverdue, isTerminal, open311Status, requestStates, type RequestState } from '../../src/modules/services/rules.ts';

const allowed: Record<RequestState, RequestState[]> = {
  received: ['accepted', 'closedNotDone'],
  accepted: ['inProgress', 'waitingForResident', 'completed', 'closedNotDone'],
  inProgress: ['waitingForResident', 'completed', 'closedNotDone'],
  waitingForResident: ['inProgress', 'closedNotDone'],
  completed: [],
  closedNotDone: [],
};

test('request transitions: exactly the allowed pairs pass (with a reason where one is needed)', () => {
  for (const from of requestStates) {
    for (const to of requestStates) {
      const r = checkTransition(from, to, '原因说明');
      assert.equal(r.ok, allowed[from].includes(to), `${from} → ${to}`);
      if (!r.ok) {
        assert.equal(r.rule, 'request.transition');
        assert.ok(r.messages['zh-CN'].length > 0 && r.messages.en.length > 0, 'bilingual');
      }
    }
  }
});

test('terminal states: completed and closedNotDone; a finished request says so', () => {
  assert.deepEqual(requestStates.filter(isTerminal), ['completed', 'closedNotDone']);
  const r = checkTransition('completed', 'inProgress');
  assert.ok(!r.ok);
  assert.match(r.messages['zh-CN'], /已办结/);
  assert.match(r.messages.en, /already completed/);
});

test('closing without the service and waiting for the resident need a reason', () => {
  const cases: [RequestState, RequestState, string | null, string | null][] = [
    ['received', 'closedNotDone', null, 'request.closeReason'],
    ['inProgress', 'closedNotDone', ' ', 'request.closeReason'],
    ['inProgress', 'closedNotDone', '不属于本县办理范围', null],
    ['accepted', 'waitingForResident', null, 'request.waitingNote'],
    ['accepted', 'waitingForResident', '请补交户口簿复印件', null],
    ['accepted', 'completed', null, null],
  ];
  for (const [from, to, reason, rule] of cases) {
    const r = checkTransition(from, to, reason);
    assert.equal(r.ok ? null : r.rule, rule, `${from} → ${to} with ${JSON.stringify(reason)}`);
  }
});

test('due date in working days across the National Day holiday, and the calendar that does not know 2027', () => {
  const cal = makeCalendar();
  const cases: [string, number, string][] = [
    ['2026-09-28', 1, '2026-09-29'], // Mon → Tue
    ['2026-09-30', 1, '2026-10-08'], // the holiday 1–7 October does not count
    ['2026-09-30', 3, '2026-10-10'], // Saturday 10 October is an adjusted workday
    ['2026-09-30', 5, '2026-10-13'],
    ['2026-11-20', 1, '2026-11-23'], // Friday → Monday
    ['2026-11-20', 10, '2026-12-04'],
  ];
  for (const [filed, n, due] of cases) assert.equal(dueDate(cal, filed, n), due, `${filed} + ${n}`);
  assert.throws(() => dueDate(cal, '2026-12-28', 10), CalendarNotCoveredError);
  assert.throws(() => dueDate(cal, '2026-11-20', 0), RangeError);
});

test('overdue: open and past the due date; the due date itself is in time', () => {
  const cases: [RequestState, string | null, string, boolean][] = [
    ['inProgress', '2026-10-13', '2026-10-13', false],
    ['inProgress', '2026-10-13', '2026-10-14', true],
    ['waitingForResident', '2026-10-13', '2026-10-20', true],
    ['completed', '2026-10-13', '2026-10-20', false],
    ['closedNotDone', '2026-10-13', '2026-10-20', false],
    ['received', null, '2026-10-20', false],
  ];
  for (const [s, due, today, want] of cases) assert.equal(isOverdue(s, due, today), want, `${s} due ${due} on ${today}`);
});

test('GeoReport status: open until completed or closed-not-done', () => {
  assert.deepEqual(requestStates.map(open311Status), ['open', 'open', 'open', 'open', 'closed', 'closed']);
});

test('the named rule service-due-date (CLI and HTTP) answers from the same function', () => {
  const spec = serviceRules.find((r) => r.name === 'service-due-date')!;
  const cal = makeCalendar();
  assert.equal((runRule(spec, { filedOn: '2026-09-30', workingDays: 3 }, cal) as { dueOn: string }).dueOn, '2026-10-10');
  assert.throws(() => runRule(spec, { filedOn: '2026-12-28', workingDays: 10 }, cal), CalendarNotCoveredError);
  assert.throws(() => runRule(spec, { filedOn: '2026-09-30', workingDays: 0 }, cal), (e: unknown) => e instanceof AppError && e.errors[0]!.field === 'workingDays');
});

test('the clock stops while waiting for the resident: the due date moves by the working days spent waiting', () => {
  const cal = makeCalendar();
  // [due date, waiting from, waiting until, new due date, why]
  const cases: [string, string, string, string, string][] = [
    ['2026-11-20', '2026-11-16', '2026-11-18', '2026-11-24', 'Mon → Wed: Tue and Wed do not count, Fri + 2 working days = next Tue'],
    ['2026-11-20', '2026-11-16', '2026-11-16', '2026-11-20', 'asked and answered the same day: nothing moves'],
    ['2026-11-20', '2026-11-13', '2026-11-15', '2026-11-20', 'Fri → Sun: only the weekend passed'],
    ['2026-11-20', '2026-11-13', '2026-11-16', '2026-11-23', 'Fri → Mon: one working day'],
    ['2026-10-09', '2026-09-30', '2026-10-09', '2026-10-12', 'across 国庆 (10月1日–7日 off): only 10月8日 and 9日 count; the due date lands past Sat 10月10日 (调休 workday) on Mon 12日'],
    ['2026-09-30', '2026-09-28', '2026-09-29', '2026-10-08', 'one day waited moves a due date on the eve of 国庆 past the whole holiday'],
  ];
  for (const [due, from, until, moved, why] of cases) assert.equal(dueDateAfterWaiting(cal, due, from, until), moved, why);
  assert.equal(dueDateAfterWaiting(cal, null, '2026-11-16', '2026-11-18'), null, 'no due date stays none');
  assert.throws(() => dueDateAfterWaiting(cal, '2026-11-20', '2026-11-18', '2026-11-16'), RangeError);
  assert.throws(() => dueDateAfterWaiting(cal, '2026-12-31', '2026-12-28', '2026-12-30'), CalendarNotCoveredError, 'the moved date falls in 2027, which the calendar does not know');
});

test('the named rule service-due-after-waiting', () => {
  const spec = serviceRules.find((r) => r.name === 'service-due-after-waiting')!;
  const cal = makeCalendar();
  const out = runRule(spec, { dueOn: '2026-10-09', waitingFrom: '2026-09-30', waitingUntil: '2026-10-09' }, cal) as { dueOn: string; waitingDays: number; reasons: { rule: string }[] };
  assert.equal(out.dueOn, '2026-10-12');
  assert.equal(out.waitingDays, 2);
  assert.equal(out.reasons[0]!.rule, 'services.waitingPause');
  assert.throws(() => runRule(spec, { dueOn: '2026-10-09', waitingFrom: '2026-10-09', waitingUntil: '2026-09-30' }, cal), (e: unknown) => e instanceof AppError && e.errors[0]!.field === 'waitingUntil');
  assert.throws(() => runRule(spec, { dueOn: '2026-12-31', waitingFrom: '2026-12-28', waitingUntil: '2026-12-30' }, cal), CalendarNotCoveredError);
});

test('a routed request\'s back office is its department\'s; department staff act only on what is routed to them', () => {
  assert.deepEqual(checkHolder({ state: 'received', departmentId: null }, null), { ok: true }, 'the front desk');
  assert.deepEqual(checkHolder({ state: 'accepted', departmentId: null }, null), { ok: true }, 'routed nowhere: the committee and township, as before');
  assert.deepEqual(checkHolder({ state: 'accepted', departmentId: 7 }, null), { ok: false, rule: 'request.routedToDepartment' });
  assert.deepEqual(checkHolder({ state: 'inProgress', departmentId: 7 }, 7), { ok: true });
  assert.deepEqual(checkHolder({ state: 'inProgress', departmentId: 7 }, 8), { ok: false, rule: 'request.notRoutedHere' });
  assert.deepEqual(checkHolder({ state: 'received', departmentId: null }, 7), { ok: false, rule: 'request.notRoutedHere' }, 'receiving is the village\'s');
  assert.equal(routesOnMove('received', 'accepted'), true);
  assert.equal(routesOnMove('received', 'closedNotDone'), false);
  assert.equal(routesOnMove('inProgress', 'waitingForResident'), false);
});
