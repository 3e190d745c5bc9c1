import { test } from 'node:test';
import assert from 'node:assert/strict';

import fc from 'fast-check';
import { JsonExactNumber, JsonFloat, pythonFloat, pythonInt, toJsonText, toRenderedJsonBytes, toRenderedJsonText, withRenderedText } from '../../src/engine/json-text.ts';

// ---------------------------------------------------------------------------------------
// Compact (?format=json) — BEHAVIOR.md §1.3, §8.4

test('compact separators, key order = insertion order (§8.4 envelope head)', () => {
  const page = {
    count: 590,
    next: 'https://ll.thespacedevs.com/2.3.0/spacecraft/?format=json&limit=10&offset=510&ordering=time_docked',
    previous: 'https://ll.thespacedevs.com/2.3.0/spacecraft/?format=json&limit=10&offset=490&ordering=time_docked',
    results: [{ response_mode: 'normal', id: 85, url: 'https://ll.thespacedevs.com/2.3.0/spacecraft/85/?format=json', name: 'Soyuz TMA-8' }],
  };
  assert.equal(
    toJsonText(page),
    '{"count":590,"next":"https://ll.thespacedevs.com/2.3.0/spacecraft/?format=json&limit=10&offset=510&ordering=time_docked",' +
      '"previous":"https://ll.thespacedevs.com/2.3.0/spacecraft/?format=json&limit=10&offset=490&ordering=time_docked",' +
      '"results":[{"response_mode":"normal","id":85,"url":"https://ll.thespacedevs.com/2.3.0/spacecraft/85/?format=json","name":"Soyuz TMA-8"}]}',
  );
});

test('api-throttle body (§9.3) and error bodies', () => {
  assert.equal(
    toJsonText({ your_request_limit: 15, limit_frequency_secs: 3600, current_use: 0, next_use_secs: 0, ident: '86.131.126.225' }),
    '{"your_request_limit":15,"limit_frequency_secs":3600,"current_use":0,"next_use_secs":0,"ident":"86.131.126.225"}',
  );
  assert.equal(toJsonText({ detail: 'Method "POST" not allowed.' }), '{"detail":"Method \\"POST\\" not allowed."}');
  assert.equal(toJsonText(['Null characters are not allowed.']), '["Null characters are not allowed."]');
  assert.equal(
    toJsonText({ spacecraft_config: ['Select a valid choice. That choice is not one of the available choices.'] }),
    '{"spacecraft_config":["Select a valid choice. That choice is not one of the available choices."]}',
  );
});

test('nulls, booleans, empty containers', () => {
  assert.equal(toJsonText(null), 'null');
  assert.equal(toJsonText(true), 'true');
  assert.equal(toJsonText(false), 'false');
  assert.equal(toJsonText([]), '[]');
  assert.equal(toJsonText({}), '{}');
  assert.equal(toJsonText({ credit: null, variants: [], family: [], nested: {} }), '{"credit":null,"variants":[],"family":[],"nested":{}}');
});

test('indent 0 and undefined are both compact (DRF zero_as_none)', () => {
  assert.equal(toJsonText({ a: [1, 2] }, 0), '{"a":[1,2]}');
  assert.equal(toJsonText({ a: [1, 2] }, undefined), '{"a":[1,2]}');
});

// ---------------------------------------------------------------------------------------
// Numbers

test('JsonFloat prints as Python repr(float)', () => {
  assert.equal(toJsonText(new JsonFloat(3)), '3.0');
  assert.equal(toJsonText(new JsonFloat(0)), '0.0');
  assert.equal(toJsonText(new JsonFloat(-0)), '-0.0');
  assert.equal(toJsonText(new JsonFloat(0.1)), '0.1');
  assert.equal(toJsonText(new JsonFloat(1e16)), '1e+16');
  assert.equal(toJsonText(new JsonFloat(1.5e-5)), '1.5e-05');
  assert.equal(toJsonText(new JsonFloat(7.23)), '7.23');
  assert.equal(toJsonText({ height: new JsonFloat(3), diameter: new JsonFloat(2.72) }), '{"height":3.0,"diameter":2.72}');
});

test('plain numbers: integral → Python int, otherwise float repr', () => {
  assert.equal(toJsonText(0), '0');
  assert.equal(toJsonText(-0), '0');
  assert.equal(toJsonText(592), '592');
  assert.equal(toJsonText(-7), '-7');
  assert.equal(toJsonText(2.5), '2.5');
  assert.equal(toJsonText(0.00001), '1e-05');
  assert.equal(toJsonText(1e21), '1000000000000000000000');
  assert.equal(toJsonText(2 ** 64), '18446744073709551616');
  assert.equal(toJsonText(Number.MAX_SAFE_INTEGER), '9007199254740991');
  assert.equal(toJsonText(12345678901234567890n), '12345678901234567890');
});

test('NaN and infinities are rejected (DRF STRICT_JSON → allow_nan=False)', () => {
  assert.throws(() => toJsonText(NaN), RangeError);
  assert.throws(() => toJsonText(Infinity), RangeError);
  assert.throws(() => toJsonText([-Infinity]), RangeError);
  assert.throws(() => toJsonText(new JsonFloat(NaN)), RangeError);
  assert.throws(() => toJsonText({ x: new JsonFloat(Infinity) }, 4), RangeError);
});

// ---------------------------------------------------------------------------------------
// Strings — ensure_ascii=False + DRF's U+2028/U+2029 escaping

test('non-ASCII stays raw (§1.3: "Прогресс М-10М", "–")', () => {
  assert.equal(toJsonText('Прогресс М-10М'), '"Прогресс М-10М"');
  assert.equal(toJsonText('Soyuz 7K-OK – No.7'), '"Soyuz 7K-OK – No.7"');
  assert.equal(toJsonText('🚀 é 中'), '"🚀 é 中"');
  assert.equal(toJsonText('\u007f\u0080\u00a0\ufeff'), '"\u007f\u0080\u00a0\ufeff"');
  assert.equal(toJsonText('/path/'), '"/path/"', 'slash is not escaped');
});

test('Python short escapes and lowercase \\u00xx for other controls', () => {
  assert.equal(toJsonText('"\\\n\r\t\b\f'), '"\\"\\\\\\n\\r\\t\\b\\f"');
  assert.equal(toJsonText('\u0000\u0001\u001f\u000b'), '"\\u0000\\u0001\\u001f\\u000b"');
  assert.equal(toJsonText('\u001b[0m'), '"\\u001b[0m"');
  assert.equal(toJsonText('line1\nline2 – ok'), '"line1\\nline2 – ok"');
});

test('U+2028 and U+2029 are escaped (DRF renderer), also in keys', () => {
  assert.equal(toJsonText('a\u2028b\u2029c'), '"a\\u2028b\\u2029c"');
  assert.equal(toJsonText({ 'k\u2028': 'v' }), '{"k\\u2028":"v"}');
  assert.equal(toJsonText('\u2028"'), '"\\u2028\\""');
});

test('lone surrogates are written as escapes, valid pairs raw', () => {
  assert.equal(toJsonText('a\ud800b'), '"a\\ud800b"');
  assert.equal(toJsonText('\udfff'), '"\\udfff"');
  assert.equal(toJsonText('\ud83d\ude80'), '"🚀"');
});

test('keys are escaped like values', () => {
  assert.equal(toJsonText({ 'say "hi"': 1, 'tab\t': 2 }), '{"say \\"hi\\"":1,"tab\\t":2}');
});

// ---------------------------------------------------------------------------------------
// Indented — json.dumps(indent=N, separators=(',', ': '))

test('indent=4 layout: newline after every item, no trailing spaces, ": " separator', () => {
  const value = { count: 33, next: null, results: [{ id: 10, name: 'Soyuz 40', family: [], agency: {} }, 1.5] };
  assert.equal(
    toJsonText(value, 4),
    [
      '{',
      '    "count": 33,',
      '    "next": null,',
      '    "results": [',
      '        {',
      '            "id": 10,',
      '            "name": "Soyuz 40",',
      '            "family": [],',
      '            "agency": {}',
      '        },',
      '        1.5',
      '    ]',
      '}',
    ].join('\n'),
  );
});

test('indent=2 (Accept: application/json; indent=2 → "{\\n  \\"count\\": 33,…")', () => {
  assert.equal(toJsonText({ count: 33, results: [] }, 2), '{\n  "count": 33,\n  "results": []\n}');
});

test('indented scalars, arrays and nested arrays', () => {
  assert.equal(toJsonText('x', 4), '"x"');
  assert.equal(toJsonText(new JsonFloat(3), 4), '3.0');
  assert.equal(toJsonText([], 4), '[]');
  assert.equal(toJsonText({}, 4), '{}');
  assert.equal(toJsonText([1, [2, []], { a: [] }], 1), '[\n 1,\n [\n  2,\n  []\n ],\n {\n  "a": []\n }\n]');
  assert.equal(toJsonText(['a\u2028'], 8), '[\n        "a\\u2028"\n]');
});

// ---------------------------------------------------------------------------------------
// Containers and rejected values

test('Map keeps the insertion order JS objects would change', () => {
  const plain = { b: 1, 10: 2, a: 3 };
  assert.equal(toJsonText(plain), '{"10":2,"b":1,"a":3}', 'JS reorders integer-like keys');
  const ordered = new Map<string, unknown>([['b', 1], ['10', 2], ['a', 3]]);
  assert.equal(toJsonText(ordered), '{"b":1,"10":2,"a":3}');
  assert.equal(toJsonText(new Map(), 4), '{}');
  assert.equal(toJsonText(new Map([['x', new Map([['y', null]])]]), 2), '{\n  "x": {\n    "y": null\n  }\n}');
});

test('objects with a null prototype are plain objects', () => {
  const bare = Object.create(null) as Record<string, unknown>;
  bare.z = 1;
  assert.equal(toJsonText(bare), '{"z":1}');
});

test('undefined and non-JSON values throw TypeError', () => {
  assert.throws(() => toJsonText(undefined), TypeError);
  assert.throws(() => toJsonText({ a: undefined }), TypeError);
  assert.throws(() => toJsonText([undefined]), TypeError);
  assert.throws(() => toJsonText({ a: undefined }, 4), TypeError);
  assert.throws(() => toJsonText(() => 1), TypeError);
  assert.throws(() => toJsonText(Symbol('x')), TypeError);
  assert.throws(() => toJsonText(new Date(0)), TypeError);
  assert.throws(() => toJsonText(new Set([1])), TypeError);
  assert.throws(() => toJsonText(new Map([[1, 'x']])), TypeError);
});

// ---------------------------------------------------------------------------------------
// Speed: a 100-object page of nested data must serialise quickly.

// ---------------------------------------------------------------------------------------
// The writer for rendered bodies: the same bytes as the general one, whatever the values.

const renderedScalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u2028', 'a\u2029b', '\u0000json:0', '\u0000json:1', '\ud800', '"\\', '\u0000json:"'),
  fc.integer().map(pythonInt),
  fc.double().map(pythonInt),
  fc.double().map(pythonFloat),
  fc.constantFrom(3, 1e-5, 1e16, -0, 0.5, 123456789012345.6, 2 ** 64, 1e21).map(pythonFloat),
);
const renderedValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, renderedScalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.string().filter((key) => !/^\d+$/.test(key)), tie('value'), { maxKeys: 5 }),
})).value;

/** Both writers, or the error both throw. */
const outcome = (write: () => string) => {
  try {
    return write();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

test('toRenderedJsonText writes what toJsonText writes, for any rendered value', () => {
  fc.assert(
    fc.property(renderedValue, (value) => {
      assert.equal(outcome(() => toRenderedJsonText(value)), outcome(() => toJsonText(value)));
    }),
    { numRuns: 2000 },
  );
});

test('toRenderedJsonBytes writes the bytes of toRenderedJsonText, small values and large pages alike', () => {
  const bytes = (value: unknown) => outcome(() => toRenderedJsonBytes(value).toString('utf8'));
  fc.assert(
    fc.property(renderedValue, (value) => {
      assert.equal(bytes(value), outcome(() => toRenderedJsonText(value)));
    }),
    { numRuns: 2000 },
  );
  // Pages of hundreds of kilobytes: written in batches, encoded in chunks, joined.
  const item = (index: number) => ({ id: index, name: `Σπacecraft ${index} \u2028`, mass: pythonFloat(index), big: pythonInt(2 ** 60 + index), tags: ['a', index] });
  for (const count of [0, 1, 2, 7, 300, 5000]) {
    const page = { count, next: null, previous: 'https://apogee.test/?a=1', results: Array.from({ length: count }, (_, index) => item(index)) };
    assert.equal(toRenderedJsonBytes(page).toString('utf8'), toRenderedJsonText(page), `${count} items`);
  }
});

test('rendered numbers: the texts of Python ints and floats', () => {
  const page = { height: pythonFloat(4), diameter: pythonFloat(3.07), tiny: pythonFloat(1e-5), big: pythonInt(2 ** 64), zero: pythonFloat(-0), id: pythonInt(7) };
  assert.equal(toRenderedJsonText(page), '{"height":4.0,"diameter":3.07,"tiny":1e-05,"big":18446744073709551616,"zero":-0.0,"id":7}');
  assert.equal(typeof pythonFloat(3.07), 'number', 'a float JavaScript writes as Python does stays a plain number');
  assert.throws(() => toRenderedJsonText({ mass: pythonFloat(Number.NaN) }), RangeError);
});

test('a string that looks like a marker is written as a string', () => {
  const value = { name: '\u0000json:0', mass: pythonFloat(2) };
  assert.equal(toRenderedJsonText(value), '{"name":"\\u0000json:0","mass":2.0}');
  const kept = { name: 'kept' };
  withRenderedText(kept);
  assert.equal(toRenderedJsonText({ a: '\u0000json:1', b: kept, c: pythonInt(2 ** 64) }), '{"a":"\\u0000json:1","b":{"name":"kept"},"c":18446744073709551616}');
});

/** Attaches texts to some of `value`'s objects (those `choose` picks), inner ones first as rendering does. */
function attachTexts(value: unknown, choose: () => boolean): void {
  if (typeof value !== 'object' || value === null || value instanceof JsonExactNumber) return;
  for (const item of Object.values(value)) attachTexts(item, choose);
  if (Array.isArray(value) || !choose()) return;
  try {
    withRenderedText(value);
  } catch {
    // A value no writer can write (NaN): it stays as it is, and the writers throw alike.
  }
}

test('objects with their rendered text attached are written as the same bytes, by every writer', () => {
  fc.assert(
    fc.property(renderedValue, fc.infiniteStream(fc.boolean()), (value, choices) => {
      const expected = outcome(() => toJsonText(value));
      const expectedIndented = outcome(() => toJsonText(value, 2));
      const iterator = choices[Symbol.iterator]();
      attachTexts(value, () => iterator.next().value as boolean);
      assert.equal(outcome(() => toRenderedJsonText(value)), expected);
      assert.equal(outcome(() => toRenderedJsonBytes(value).toString('utf8')), expected);
      assert.equal(outcome(() => toJsonText(value)), expected, 'the general writer ignores the texts');
      assert.equal(outcome(() => toJsonText(value, 2)), expectedIndented);
    }),
    { numRuns: 2000 },
  );
  // The same kept object many times in a page, and inside another kept object.
  const status = { id: 2, name: 'Retired \u2028' };
  withRenderedText(status);
  const config = { id: 1004, status, mass: pythonFloat(3) };
  withRenderedText(config);
  const page = { results: Array.from({ length: 3 }, (_, id) => ({ id, status, config })) };
  assert.equal(toRenderedJsonText(page), toJsonText(page));
  assert.deepEqual(Object.keys(config), ['id', 'status', 'mass'], 'the text is no member of the object');
});
