// Admission from the second ask (src/engine/asked-keys.ts): a key is known once asked, stays
// known for two generations of other keys, and its hash is the same however the key was built.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AskedKeys, hashOf } from '../../src/engine/asked-keys.ts';

test('a key is known from its second ask, and forgotten after two generations of other keys', () => {
  const asked = new AskedKeys(100);
  assert.equal(asked.recall('1\u0000r launches 42'), false);
  assert.equal(asked.recall('1\u0000r launches 42'), true);
  assert.equal(asked.recall('1\u0000r launches 43'), false);
  for (let index = 0; index < 150; index++) asked.recall(`other ${index}`);
  assert.equal(asked.recall('1\u0000r launches 43'), true, 'still in the previous generation');
  for (let index = 0; index < 250; index++) asked.recall(`later ${index}`);
  assert.equal(asked.recall('1\u0000r launches 42'), false, 'two generations later');
});

test('hashOf: a small integer, equal for equal text however it was built', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (left, right) => {
      const hash = hashOf(left + right);
      assert.ok(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30);
      assert.equal(hash, hashOf(`${left}${right}`.split('').join('')));
    }),
  );
});

test('hashOf: the keys of a busy memo rarely share a hash', () => {
  const hashes = new Set<number>();
  const keys = 32_768;
  for (let id = 0; id < keys; id++) hashes.add(hashOf(`7\u0000Launch Normal ${id} http://127.0.0.1:8000 `));
  // At 30 bits, 32,768 keys share a hash about once in expectation; allow a few.
  assert.ok(keys - hashes.size <= 4, `${keys - hashes.size} shared hashes`);
});
