// flatString must return the very text it was given, whatever it holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { flatString } from '../../src/engine/flat-string.ts';

test('flatString returns an equal string: any text, lone surrogates, NUL and a key built in many pieces', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }), (binary, composite) => {
      assert.equal(flatString(binary), binary);
      assert.equal(flatString(composite), composite);
    }),
    { numRuns: 2000 },
  );
  for (const text of ['', '\ud800', 'a\udc00b', '\u0000', '"\\', '\u2028', 'e\u0301', 'é']) assert.equal(flatString(text), text);
  let pieces = 'count spacecraft';
  for (let index = 0; index < 200; index++) pieces += ` and "x${index}" = ?`;
  assert.equal(flatString(pieces), pieces);
});
