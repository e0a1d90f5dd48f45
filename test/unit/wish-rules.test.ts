// The micro-wish state machine: every event from every state, who may take it, and the evidence
// a fulfilment needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wishEvents, wishStates, wishTransition, type WishActor, type WishEvent, type WishState } from '../../src/modules/wishes/rules.ts';

const good = { reason: '不属于微心愿范围', note: '已送到家中', hours: 1.5 };

test('the happy path and every allowed edge', () => {
  const allowed: [WishState, WishEvent, WishActor, WishState][] = [
    ['submitted', 'approve', 'staff', 'published'],
    ['submitted', 'reject', 'staff', 'rejected'],
    ['published', 'claim', 'volunteer', 'claimed'],
    ['published', 'claim', 'staff', 'claimed'],
    ['claimed', 'release', 'claimant', 'published'],
    ['claimed', 'release', 'staff', 'published'],
    ['claimed', 'fulfil', 'claimant', 'fulfilled'],
    ['claimed', 'fulfil', 'staff', 'fulfilled'],
    ['fulfilled', 'thank', 'wisher', 'thanked'],
    ['submitted', 'withdraw', 'wisher', 'withdrawn'],
    ['published', 'withdraw', 'staff', 'withdrawn'],
  ];
  for (const [from, ev, actor, to] of allowed) {
    assert.deepEqual(wishTransition(from, ev, actor, good), { ok: true, to }, `${from} --${ev} by ${actor}`);
  }
  // Everything else from each state is refused with a rule.
  const set = new Set(allowed.map(([f, e]) => `${f}/${e}`));
  for (const s of wishStates) {
    for (const e of wishEvents) {
      if (set.has(`${s}/${e}`)) continue;
      const r = wishTransition(s, e, ['staff', 'wisher', 'claimant', 'volunteer'], good);
      assert.equal(r.ok, false, `${s}/${e} refused`);
      assert.ok(!r.ok && r.rule === 'wish.state', `${s}/${e}: rule wish.state`);
    }
  }
});

test('who may take each step', () => {
  const refused: [WishState, WishEvent, WishActor][] = [
    ['submitted', 'approve', 'wisher'], ['submitted', 'approve', 'volunteer'], ['submitted', 'reject', 'other'],
    ['published', 'claim', 'wisher'], ['published', 'claim', 'other'],
    ['claimed', 'fulfil', 'volunteer'], ['claimed', 'fulfil', 'wisher'], ['claimed', 'release', 'other'],
    ['fulfilled', 'thank', 'staff'], ['fulfilled', 'thank', 'claimant'],
    ['published', 'withdraw', 'volunteer'],
  ];
  for (const [s, e, a] of refused) {
    const r = wishTransition(s, e, a, good);
    assert.ok(!r.ok && r.rule === 'wish.actor', `${s}/${e} by ${a}: wish.actor`);
  }
});

test('a rejection needs a reason; a fulfilment needs a note or photo and valid hours', () => {
  const r = wishTransition('submitted', 'reject', 'staff', { reason: '  ' });
  assert.ok(!r.ok && r.rule === 'wish.rejectReason' && r.field === 'reason');
  const cases: [{ note?: string; hasPhoto?: boolean; hours?: number | null }, string | null][] = [
    [{ note: '已修好', hours: 1 }, null],
    [{ hasPhoto: true, hours: 0.5 }, null],
    [{ hasPhoto: true, note: '', hours: 24 }, null],
    [{ hours: 2 }, 'wish.fulfilEvidence'],
    [{ note: '  ', hours: 2 }, 'wish.fulfilEvidence'],
    [{ note: '好', hours: 0 }, 'wish.hours'],
    [{ note: '好', hours: null }, 'wish.hours'],
    [{ note: '好', hours: 24.5 }, 'wish.hours'],
    [{ note: '好', hours: 1.25 }, 'wish.hours'],
    [{ note: '好', hours: -1 }, 'wish.hours'],
  ];
  for (const [input, rule] of cases) {
    const t = wishTransition('claimed', 'fulfil', 'claimant', input);
    if (rule === null) assert.deepEqual(t, { ok: true, to: 'fulfilled' }, JSON.stringify(input));
    else assert.ok(!t.ok && t.rule === rule, `${JSON.stringify(input)} → ${rule}`);
  }
});

