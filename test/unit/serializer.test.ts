import { test } from 'node:test';
import assert from 'node:assert/strict';
import { droppedKeys } from '../../src/core/serializer.ts';

test('droppedKeys names every field the encoded response lost, nested and in arrays', () => {
  assert.deepEqual(droppedKeys({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 } }), ['b.d']);
  assert.deepEqual(droppedKeys([{ id: 1, x: 2 }, { id: 2, x: 3 }], [{ id: 1, x: 2 }, { id: 2 }]), ['[1].x']);
  assert.deepEqual(droppedKeys({ items: [{ name: 'a', secret: 's' }] }, { items: [{ name: 'a' }] }), ['items[0].secret']);
});

test('droppedKeys accepts an encoding that keeps every key, whatever it did to the values', () => {
  assert.deepEqual(droppedKeys({ at: '2026-12-05T00:00:00.000Z', n: null }, { at: '2026-12-05', n: null }), []);
  assert.deepEqual(droppedKeys({ a: 1 }, { a: 1, added: true }), []);
  assert.deepEqual(droppedKeys('x', 'x'), []);
});
