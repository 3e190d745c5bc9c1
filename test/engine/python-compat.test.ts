import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

import {
  compareCodePoints,
  encodeQueryString,
  parsePythonBigInt,
  parsePythonInt,
  parseQueryString,
  pythonFloatRepr,
  pythonStrip,
  quotePlus,
  changeQueryParams,
  queryGroups,
  removeQueryParam,
  replaceQueryParam,
} from '../../src/engine/python-compat.ts';

// ---------------------------------------------------------------------------------------
// parsePythonInt — BEHAVIOR.md §4.2 / §4.3 rows

test('parsePythonInt: plain decimal values', () => {
  assert.equal(parsePythonInt('2'), 2);
  assert.equal(parsePythonInt('100'), 100);
  assert.equal(parsePythonInt('150'), 150);
  assert.equal(parsePythonInt('0'), 0);
  assert.equal(parsePythonInt('-1'), -1);
});

test('parsePythonInt: surrounding whitespace, sign and leading zeros (§4.2 " 3 ", "+2", "03")', () => {
  assert.equal(parsePythonInt(' 3 '), 3);
  assert.equal(parsePythonInt('+2'), 2);
  assert.equal(parsePythonInt('03'), 3);
  assert.equal(parsePythonInt('000'), 0);
  assert.equal(parsePythonInt('-0'), 0);
  assert.ok(Object.is(parsePythonInt('-0'), 0), 'no negative zero');
  assert.equal(parsePythonInt('\t\n\v\f\r 42 \r\n'), 42);
});

test('parsePythonInt: digit-group underscores only between digits (§4.2 "1_0")', () => {
  assert.equal(parsePythonInt('1_0'), 10);
  assert.equal(parsePythonInt('1_000_000'), 1_000_000);
  assert.equal(parsePythonInt('0_0'), 0);
  assert.equal(parsePythonInt('1__0'), null);
  assert.equal(parsePythonInt('_1'), null);
  assert.equal(parsePythonInt('1_'), null);
  assert.equal(parsePythonInt('+_1'), null);
  assert.equal(parsePythonInt('_'), null);
});

test('parsePythonInt: Unicode decimal digits (§4.2 "٣")', () => {
  assert.equal(parsePythonInt('٣'), 3); // ARABIC-INDIC DIGIT THREE
  assert.equal(parsePythonInt('١٠'), 10);
  assert.equal(parsePythonInt('۷'), 7); // EXTENDED ARABIC-INDIC DIGIT SEVEN
  assert.equal(parsePythonInt('１２'), 12); // fullwidth
  assert.equal(parsePythonInt('९'), 9); // DEVANAGARI DIGIT NINE
  assert.equal(parsePythonInt('𝟗'), 9); // MATHEMATICAL BOLD DIGIT NINE (astral)
  assert.equal(parsePythonInt('𝟘𝟙'), 1); // MATHEMATICAL DOUBLE-STRUCK ZERO, ONE
  assert.equal(parsePythonInt('𝟶'), 0); // MATHEMATICAL MONOSPACE DIGIT ZERO (5th run in its block)
  assert.equal(parsePythonInt('-٣'), -3);
  assert.equal(parsePythonInt('1_٣'), 13);
});

test('parsePythonInt: digits that are numeric but not decimal are rejected', () => {
  assert.equal(parsePythonInt('²'), null); // SUPERSCRIPT TWO (No, not Nd)
  assert.equal(parsePythonInt('½'), null);
  assert.equal(parsePythonInt('Ⅻ'), null); // ROMAN NUMERAL TWELVE
  assert.equal(parsePythonInt('①'), null);
});

test('parsePythonInt: Unicode whitespace accepted, but not U+001C–U+001F or U+FEFF', () => {
  assert.equal(parsePythonInt('\u00a05\u3000'), 5);
  assert.equal(parsePythonInt('\u20035\u2028'), 5);
  assert.equal(parsePythonInt('\u00855'), 5);
  // CPython keeps ASCII characters as-is and PyLong_FromString only skips C isspace().
  assert.equal(parsePythonInt('\u001c5'), null);
  assert.equal(parsePythonInt('5\u001f'), null);
  assert.equal(parsePythonInt('\ufeff5'), null);
  assert.equal(parsePythonInt('\u200b5'), null);
});

test('parsePythonInt: everything else is a ValueError (→ null)', () => {
  for (const text of ['', ' ', 'abc', '1.5', '2.5', '1e3', '0x10', '0b1', '0o7', '- 1', '+-1', '--1', '1 2', '1,000', 'Infinity', 'NaN', '∞', '1\u0000', '\u00001', '١.٥', '\ud800', '1\ud8001', '12a', '+', '-']) {
    assert.equal(parsePythonInt(text), null, JSON.stringify(text));
  }
});

test('parsePythonInt: huge values are returned as the nearest double, never NaN', () => {
  assert.equal(parsePythonInt('9007199254740993'), 9007199254740992);
  assert.equal(parsePythonInt('1' + '0'.repeat(30)), 1e30);
  assert.equal(parsePythonInt('9'.repeat(400)), Infinity);
  assert.equal(parsePythonInt('-' + '9'.repeat(400)), -Infinity);
});

test('parsePythonInt: more than 4300 digits is a ValueError (CPython int_max_str_digits)', () => {
  assert.equal(parsePythonInt('1'.repeat(4300)), Infinity);
  assert.equal(parsePythonInt('1'.repeat(4301)), null);
  assert.equal(parsePythonInt('0'.repeat(4301)), null, 'leading zeros count');
  assert.equal(parsePythonInt('1_'.repeat(4299) + '1'), Infinity, 'underscores do not count');
});

test('parsePythonBigInt: exact digits', () => {
  assert.equal(parsePythonBigInt('99999999999999999999'), 99999999999999999999n);
  assert.equal(parsePythonBigInt(' -0012_3 '), -123n);
  assert.equal(parsePythonBigInt('x'), null);
});

// ---------------------------------------------------------------------------------------
// pythonStrip

test('pythonStrip: Python whitespace set, not JS trim()', () => {
  assert.equal(pythonStrip(' \t\n a b \r\f\v'), 'a b');
  assert.equal(pythonStrip('\u001c\u001d\u001e\u001fx\u0085\u00a0'), 'x');
  assert.equal(pythonStrip('\ufeffx\ufeff'), '\ufeffx\ufeff');
  assert.equal(pythonStrip('\u3000\u2028x\u2029\u205f'), 'x');
  assert.equal(pythonStrip(''), '');
  assert.equal(pythonStrip('   '), '');
});

// ---------------------------------------------------------------------------------------
// parseQueryString — parse_qsl(keep_blank_values=True)

test('parseQueryString: basic pairs, order and repeats kept', () => {
  assert.deepEqual(parseQueryString('format=json&limit=10&offset=3'), [
    ['format', 'json'],
    ['limit', '10'],
    ['offset', '3'],
  ]);
  assert.deepEqual(parseQueryString('a=1&a=2&b=3&a=4'), [
    ['a', '1'],
    ['a', '2'],
    ['b', '3'],
    ['a', '4'],
  ]);
});

test('parseQueryString: blank values kept, bare keys get "", empty pieces skipped', () => {
  assert.deepEqual(parseQueryString(''), []);
  assert.deepEqual(parseQueryString('search='), [['search', '']]);
  assert.deepEqual(parseQueryString('foo'), [['foo', '']]);
  assert.deepEqual(parseQueryString('&&a=1&&b&'), [
    ['a', '1'],
    ['b', ''],
  ]);
  assert.deepEqual(parseQueryString('='), [['', '']]);
  assert.deepEqual(parseQueryString('=x'), [['', 'x']]);
  assert.deepEqual(parseQueryString('&'), []);
});

test('parseQueryString: only the first "=" splits; ";" is not a separator', () => {
  assert.deepEqual(parseQueryString('a=b=c'), [['a', 'b=c']]);
  assert.deepEqual(parseQueryString('a=1;b=2'), [['a', '1;b=2']]);
});

test('parseQueryString: "+" is a space, %2B is a plus, in keys and values', () => {
  assert.deepEqual(parseQueryString('q=hello+world&a+b=%2B'), [
    ['q', 'hello world'],
    ['a b', '+'],
  ]);
  assert.deepEqual(parseQueryString('q=hello%20world,x/y'), [['q', 'hello world,x/y']]);
});

test('parseQueryString: UTF-8 percent-decoding, any hex case', () => {
  assert.deepEqual(parseQueryString('n=%C3%A9&m=%c3%a9'), [
    ['n', 'é'],
    ['m', 'é'],
  ]);
  assert.deepEqual(parseQueryString('s=%E2%80%93'), [['s', '–']]);
  assert.deepEqual(parseQueryString('s=%F0%9F%9A%80'), [['s', '🚀']]);
  assert.deepEqual(parseQueryString('s=%00'), [['s', '\u0000']]);
  assert.deepEqual(parseQueryString('s=%EF%BB%BFx'), [['s', '\ufeffx']], 'BOM is kept');
});

test('parseQueryString: invalid UTF-8 becomes U+FFFD (errors="replace")', () => {
  assert.deepEqual(parseQueryString('s=%FF'), [['s', '\ufffd']]);
  assert.deepEqual(parseQueryString('s=%C3'), [['s', '\ufffd']]);
  assert.deepEqual(parseQueryString('s=%E2%82'), [['s', '\ufffd']], 'truncated sequence: one replacement');
  assert.deepEqual(parseQueryString('s=%C0%AF'), [['s', '\ufffd\ufffd']]);
  assert.deepEqual(parseQueryString('s=%ED%A0%80'), [['s', '\ufffd\ufffd\ufffd']], 'encoded surrogate');
  assert.deepEqual(parseQueryString('s=a%C3b'), [['s', 'a\ufffdb']]);
});

test('parseQueryString: malformed escapes stay literal', () => {
  assert.deepEqual(parseQueryString('s=%'), [['s', '%']]);
  assert.deepEqual(parseQueryString('s=%4'), [['s', '%4']]);
  assert.deepEqual(parseQueryString('s=%zz'), [['s', '%zz']]);
  assert.deepEqual(parseQueryString('s=100%'), [['s', '100%']]);
  assert.deepEqual(parseQueryString('s=%%41'), [['s', '%A']]);
  assert.deepEqual(parseQueryString('s=%4%41'), [['s', '%4A']]);
});

test('parseQueryString: raw non-ASCII passes through and splits escape runs like Python', () => {
  assert.deepEqual(parseQueryString('s=é'), [['s', 'é']]);
  assert.deepEqual(parseQueryString('s=é%20x'), [['s', 'é x']]);
  // Python decodes each ASCII run on its own: %C3 and %A9 are separated by a raw "é".
  assert.deepEqual(parseQueryString('s=%C3é%A9'), [['s', '\ufffdé\ufffd']]);
});

// ---------------------------------------------------------------------------------------
// encodeQueryString / quotePlus — urlencode / quote_plus

test('quotePlus: safe set, space as +, uppercase UTF-8 escapes (§4.4 step 4)', () => {
  assert.equal(quotePlus('AZaz09_.-~'), 'AZaz09_.-~');
  assert.equal(quotePlus('hello world'), 'hello+world');
  assert.equal(quotePlus(','), '%2C');
  assert.equal(quotePlus('/'), '%2F');
  assert.equal(quotePlus(':'), '%3A');
  assert.equal(quotePlus('é'), '%C3%A9');
  assert.equal(quotePlus('+'), '%2B');
  assert.equal(quotePlus('%'), '%25');
  assert.equal(quotePlus('%20'), '%2520');
  assert.equal(quotePlus("!'()*"), '%21%27%28%29%2A');
  assert.equal(quotePlus('&=?#'), '%26%3D%3F%23');
  assert.equal(quotePlus('"<>\\^`{|}'), '%22%3C%3E%5C%5E%60%7B%7C%7D');
  assert.equal(quotePlus('\u0000\n'), '%00%0A');
  assert.equal(quotePlus('🚀'), '%F0%9F%9A%80');
  assert.equal(quotePlus('\ufffd'), '%EF%BF%BD');
  assert.equal(quotePlus(''), '');
});

test('quotePlus: a lone surrogate is encoded as U+FFFD instead of throwing', () => {
  assert.equal(quotePlus('a\ud800b'), 'a%EF%BF%BDb');
  assert.equal(quotePlus('\udc00'), '%EF%BF%BD');
});

test('encodeQueryString: urlencode of pairs', () => {
  assert.equal(encodeQueryString([]), '');
  assert.equal(
    encodeQueryString([
      ['format', 'json'],
      ['q', 'hello world,x/y'],
      ['search', ''],
      ['a b', 'c'],
    ]),
    'format=json&q=hello+world%2Cx%2Fy&search=&a+b=c',
  );
});

// ---------------------------------------------------------------------------------------
// replaceQueryParam / removeQueryParam — BEHAVIOR.md §4.4

test('§4.4 S-DEV: next/previous of ?format=api&offset=290&ordering=flights_count', () => {
  const query = 'format=api&offset=290&ordering=flights_count';
  const next = replaceQueryParam(replaceQueryParam(query, 'limit', '10'), 'offset', '300');
  assert.equal(next, 'format=api&limit=10&offset=300&ordering=flights_count');
  const previous = replaceQueryParam(replaceQueryParam(query, 'limit', '10'), 'offset', '280');
  assert.equal(previous, 'format=api&limit=10&offset=280&ordering=flights_count');
});

test('§4.4: ?format=json&limit=10&offset=3 (count 33)', () => {
  const query = 'format=json&limit=10&offset=3';
  assert.equal(replaceQueryParam(replaceQueryParam(query, 'limit', '10'), 'offset', '13'), 'format=json&limit=10&offset=13');
  assert.equal(removeQueryParam(replaceQueryParam(query, 'limit', '10'), 'offset'), 'format=json&limit=10');
});

test('§4.4: ?format=json&limit=10&offset=1000 and offset=32 previous links', () => {
  assert.equal(
    replaceQueryParam(replaceQueryParam('format=json&limit=10&offset=1000', 'limit', '10'), 'offset', '990'),
    'format=json&limit=10&offset=990',
  );
  assert.equal(
    replaceQueryParam(replaceQueryParam('format=json&limit=10&offset=32', 'limit', '10'), 'offset', '22'),
    'format=json&limit=10&offset=22',
  );
});

test('§4.4: sorting, repeated keys, blank values, re-encoding', () => {
  const query = 'search=&zeta=1&Alpha=2&format=json&limit=5&offset=5&a=1&a=2&q=hello%20world,x/y';
  const withLimit = replaceQueryParam(query, 'limit', '5');
  assert.equal(
    replaceQueryParam(withLimit, 'offset', '10'),
    'Alpha=2&a=1&a=2&format=json&limit=5&offset=10&q=hello+world%2Cx%2Fy&search=&zeta=1',
  );
  assert.equal(removeQueryParam(withLimit, 'offset'), 'Alpha=2&a=1&a=2&format=json&limit=5&q=hello+world%2Cx%2Fy&search=&zeta=1');
});

test('§4.4: limit is injected even when the client never sent it; capped values replaced', () => {
  assert.equal(replaceQueryParam('', 'limit', '10'), 'limit=10');
  assert.equal(replaceQueryParam(replaceQueryParam('limit=150', 'limit', '100'), 'offset', '100'), 'limit=100&offset=100');
});

test('changeQueryParams on a query parsed once equals DRF’s replace/remove calls, each re-parsing', () => {
  const piece = fc.oneof(
    fc.constantFrom('limit', 'offset', 'format', 'a', '', '=', '&', '+', '%', '%2', '%20', '%zz', '%E2%80%A8', '%ED%A0%80', ';', '?', '#'),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const query = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
  const value = fc.oneof(fc.constant(null), fc.nat({ max: 1000 }).map(String));
  fc.assert(
    fc.property(query, value, value, (raw, limit, offset) => {
      const changes: Array<[string, string | null]> = [
        ['limit', limit],
        ['offset', offset],
      ];
      let expected = raw;
      for (const [key, changed] of changes) expected = changed === null ? removeQueryParam(expected, key) : replaceQueryParam(expected, key, changed);
      assert.equal(changeQueryParams(queryGroups(raw), changes), expected);
    }),
    { numRuns: 2000 },
  );
});

test('replaceQueryParam: the replaced key gets exactly one value, others keep all theirs in order', () => {
  assert.equal(replaceQueryParam('limit=5&x=2&limit=2&x=1', 'limit', '2'), 'limit=2&x=2&x=1');
  assert.equal(replaceQueryParam('b=2&a=9&b=1', 'c', '0'), 'a=9&b=2&b=1&c=0');
});

test('replaceQueryParam: bare keys become "k=", values are re-encoded canonically', () => {
  assert.equal(replaceQueryParam('foo&bar=', 'limit', '10'), 'bar=&foo=&limit=10');
  assert.equal(replaceQueryParam('name=Soyuz+40&x=%7e%2d', 'limit', '1'), 'limit=1&name=Soyuz+40&x=~-');
  assert.equal(replaceQueryParam('n=%C3%A9', 'limit', '1'), 'limit=1&n=%C3%A9');
  assert.equal(replaceQueryParam('n=é', 'limit', '1'), 'limit=1&n=%C3%A9');
  assert.equal(replaceQueryParam('bad=%FF&pct=%zz', 'limit', '1'), 'bad=%EF%BF%BD&limit=1&pct=%25zz');
  assert.equal(replaceQueryParam('a=1', 'sp ace', 'v v'), 'a=1&sp+ace=v+v');
});

test('replaceQueryParam: keys sort by code point (uppercase, digits and "_" before lowercase)', () => {
  assert.equal(replaceQueryParam('b=1&_=2&B=3&1=4&~=5&é=6', 'a', '0'), '1=4&B=3&_=2&a=0&b=1&~=5&%C3%A9=6');
});

test('replaceQueryParam: astral keys sort after every BMP key (code points, not UTF-16 units)', () => {
  assert.equal(replaceQueryParam('%F0%9F%9A%80=1&%EF%BD%81=2', 'a', '0'), 'a=0&%EF%BD%81=2&%F0%9F%9A%80=1');
});

test('removeQueryParam: removes every value; missing key is fine; empty result is ""', () => {
  assert.equal(removeQueryParam('offset=1&a=1&offset=2', 'offset'), 'a=1');
  assert.equal(removeQueryParam('a=1', 'offset'), 'a=1');
  assert.equal(removeQueryParam('offset=5', 'offset'), '');
  assert.equal(removeQueryParam('', 'offset'), '');
  assert.equal(removeQueryParam('z=1&y', 'offset'), 'y=&z=1');
});

// ---------------------------------------------------------------------------------------
// compareCodePoints

test('compareCodePoints: Python str ordering', () => {
  assert.ok(compareCodePoints('Alpha', 'a') < 0);
  assert.ok(compareCodePoints('a', 'format') < 0);
  assert.ok(compareCodePoints('limit', 'offset') < 0);
  assert.ok(compareCodePoints('offset', 'ordering') < 0);
  assert.ok(compareCodePoints('a', 'ab') < 0);
  assert.ok(compareCodePoints('ab', 'a') > 0);
  assert.equal(compareCodePoints('same', 'same'), 0);
  assert.equal(compareCodePoints('', ''), 0);
  assert.ok(compareCodePoints('\uff41', '\u{1f680}') < 0, 'U+FF41 < U+1F680 (UTF-16 order says the opposite)');
  assert.ok(compareCodePoints('\u{1f680}', '\u{1f681}') < 0);
  assert.ok(compareCodePoints('\ud800', '\ue000') < 0, 'lone surrogate is its own code point');
});

// ---------------------------------------------------------------------------------------
// pythonFloatRepr — repr(float)

test('pythonFloatRepr: integral floats keep ".0"', () => {
  assert.equal(pythonFloatRepr(3), '3.0');
  assert.equal(pythonFloatRepr(0), '0.0');
  assert.equal(pythonFloatRepr(-2), '-2.0');
  assert.equal(pythonFloatRepr(100), '100.0');
  assert.equal(pythonFloatRepr(1e15), '1000000000000000.0');
  assert.equal(pythonFloatRepr(9999999999999998), '9999999999999998.0');
  assert.equal(pythonFloatRepr(123456789012345680), '1.2345678901234568e+17');
});

test('pythonFloatRepr: negative zero', () => {
  assert.equal(pythonFloatRepr(-0), '-0.0');
});

test('pythonFloatRepr: shortest round-trip digits', () => {
  assert.equal(pythonFloatRepr(0.1), '0.1');
  assert.equal(pythonFloatRepr(0.1 + 0.2), '0.30000000000000004');
  assert.equal(pythonFloatRepr(2.12), '2.12');
  assert.equal(pythonFloatRepr(-1.5), '-1.5');
  assert.equal(pythonFloatRepr(1 / 3), '0.3333333333333333');
  assert.equal(pythonFloatRepr(123.456), '123.456');
  assert.equal(pythonFloatRepr(28.6), '28.6');
});

test('pythonFloatRepr: exponent form exactly when exponent < -4 or >= 16', () => {
  assert.equal(pythonFloatRepr(1e16), '1e+16');
  assert.equal(pythonFloatRepr(1.5e16), '1.5e+16');
  assert.equal(pythonFloatRepr(-1e16), '-1e+16');
  assert.equal(pythonFloatRepr(1e21), '1e+21');
  assert.equal(pythonFloatRepr(1e22), '1e+22');
  assert.equal(pythonFloatRepr(1e100), '1e+100');
  assert.equal(pythonFloatRepr(1.7976931348623157e308), '1.7976931348623157e+308');
  assert.equal(pythonFloatRepr(0.0001), '0.0001');
  assert.equal(pythonFloatRepr(0.00012), '0.00012');
  assert.equal(pythonFloatRepr(0.00001), '1e-05');
  assert.equal(pythonFloatRepr(1.5e-5), '1.5e-05');
  assert.equal(pythonFloatRepr(1e-7), '1e-07');
  assert.equal(pythonFloatRepr(1.234e-7), '1.234e-07');
  assert.equal(pythonFloatRepr(5e-324), '5e-324');
  assert.equal(pythonFloatRepr(2.2250738585072014e-308), '2.2250738585072014e-308');
  assert.equal(pythonFloatRepr(-0.00001), '-1e-05');
});

test('pythonFloatRepr: non-finite values as Python prints them', () => {
  assert.equal(pythonFloatRepr(NaN), 'nan');
  assert.equal(pythonFloatRepr(Infinity), 'inf');
  assert.equal(pythonFloatRepr(-Infinity), '-inf');
});
