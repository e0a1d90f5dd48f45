import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, chinaDate, chinaInstant, chinaTimestamp, daysBetween, isDate, nextWeekday, weekday } from '../../src/core/time.ts';

test('chinaDate: the date in Beijing, which is tomorrow from 16:00 UTC', () => {
  assert.equal(chinaDate(new Date('2026-11-20T15:59:59Z')), '2026-11-20');
  assert.equal(chinaDate(new Date('2026-11-20T16:00:00Z')), '2026-11-21');
  // 00:00–08:00 Beijing time is where the UTC date is wrong (yesterday's).
  assert.equal(chinaDate(new Date('2026-12-31T23:30:00Z')), '2027-01-01');
  assert.equal(new Date('2026-12-31T23:30:00Z').toISOString().slice(0, 10), '2026-12-31');
});

test('chinaInstant and chinaTimestamp are the inverse of chinaDate', () => {
  const at = chinaInstant('2026-11-24', 10, 30);
  assert.equal(at.toISOString(), '2026-11-24T02:30:00.000Z');
  assert.equal(chinaDate(at), '2026-11-24');
  assert.equal(chinaDate(chinaInstant('2026-11-24')), '2026-11-24', 'midnight in China is still that day');
  assert.equal(chinaDate(chinaInstant('2026-11-24', 23, 59)), '2026-11-24');
  assert.equal(chinaTimestamp(at), '2026-11-24T10:30:00+08:00');
});

test('isDate accepts only real calendar dates', () => {
  for (const ok of ['2026-01-01', '2028-02-29', '2026-12-31']) assert.ok(isDate(ok), ok);
  for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '20260101', '2026-04-31', '', 'x']) assert.ok(!isDate(bad), bad);
});

test('addDays, daysBetween, weekday and nextWeekday across months, years and leap days', () => {
  assert.equal(addDays('2026-12-25', 10), '2027-01-04');
  assert.equal(addDays('2028-03-01', -1), '2028-02-29');
  assert.equal(addDays('2026-11-24', 0), '2026-11-24');
  assert.equal(daysBetween('2026-12-04', '2027-03-04'), 90);
  assert.equal(daysBetween('2027-03-04', '2026-12-04'), -90);
  assert.equal(weekday('2026-11-24'), 2, 'a Tuesday');
  assert.equal(nextWeekday('2026-11-24', 2), '2026-12-01', 'strictly after: the Tuesday a week on');
  assert.equal(nextWeekday('2026-11-23', 2), '2026-11-24');
  assert.equal(nextWeekday('2026-12-30', 3), '2027-01-06');
  for (let d = 0; d < 7; d++) {
    const n = nextWeekday('2027-06-15', d);
    assert.equal(weekday(n), d);
    assert.ok(daysBetween('2027-06-15', n) >= 1 && daysBetween('2027-06-15', n) <= 7);
  }
});
