import { test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { z } from 'zod';
import { droppedKeys, responseContractGap, responseSerializer } from '../../src/core/serializer.ts';

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

test('a route is a contract only when it declares a success response', () => {
  assert.equal(responseContractGap({ url: '/api/v1/x', schema: { response: { 200: {} } } }), null);
  assert.equal(responseContractGap({ url: '/api/v1/x', schema: { response: { 204: {} } } }), null);
  assert.match(responseContractGap({ url: '/api/v1/x', schema: { response: { 400: {} } } }) ?? '', /no success response/);
  assert.match(responseContractGap({ url: '/api/v1/x' }) ?? '', /no success response/);
  assert.equal(responseContractGap({ url: '/api/v1/openapi.json', schema: { hide: true } }), null, 'a hidden route is not part of the document');
  assert.equal(responseContractGap({ url: '/assets/x.js' }), null, 'only API routes');
});

test('the strict encoder fails a response with an undeclared field; the lenient one drops it', async () => {
  for (const strict of [true, false]) {
    const app = Fastify();
    app.setSerializerCompiler(responseSerializer(strict));
    app.get('/api/v1/x', { schema: { response: { 200: z.object({ id: z.number() }) } } }, async () => ({ id: 1, secret: 's' }));
    const res = await app.inject({ method: 'GET', url: '/api/v1/x' });
    if (strict) {
      assert.equal(res.statusCode, 500);
      assert.match(res.body, /does not declare secret/);
    } else assert.deepEqual(res.json(), { id: 1 });
    await app.close();
  }
});
