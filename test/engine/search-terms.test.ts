import { test } from 'node:test';
import assert from 'node:assert/strict';

import { searchTerms, searchValueErrors, smartSplit } from '../../src/engine/search-terms.ts';

// ---------------------------------------------------------------------------------------
// BEHAVIOR.md §6 examples

test('§6: search=soyuz and search=SOYUZ are single terms (matching is case-insensitive elsewhere)', () => {
  assert.deepEqual(searchTerms('soyuz'), ['soyuz']);
  assert.deepEqual(searchTerms('SOYUZ'), ['SOYUZ']);
});

test('§6: "soyuz 40" and "soyuz,40" both give two terms', () => {
  assert.deepEqual(searchTerms('soyuz 40'), ['soyuz', '40']);
  assert.deepEqual(searchTerms('soyuz,40'), ['soyuz', '40']);
});

test('§6: a double-quoted phrase is one term without its quotes', () => {
  assert.deepEqual(searchTerms('"soyuz 40"'), ['soyuz 40']);
});

test('§6: unbalanced quote → the quote stays in the first term', () => {
  assert.deepEqual(searchTerms('"soyuz 40'), ['"soyuz', '40']);
});

test('§6: a lone quote or an empty pair of quotes yields an empty term', () => {
  assert.deepEqual(searchTerms('"'), ['']);
  assert.deepEqual(searchTerms("'"), ['']);
  assert.deepEqual(searchTerms('soyuz ""'), ['soyuz', '']);
  assert.deepEqual(searchTerms("''"), ['']);
});

test("§6: 'Soyuz MS',crew is one token split on the comma, quotes kept", () => {
  assert.deepEqual(searchTerms("'Soyuz MS',crew"), ["'Soyuz MS'", 'crew']);
});

test('§6 step 4: empty or blank search → no terms', () => {
  assert.deepEqual(searchTerms(''), []);
  assert.deepEqual(searchTerms('   '), []);
  assert.deepEqual(searchTerms('\t\n'), []);
  assert.deepEqual(searchTerms(','), []);
  assert.deepEqual(searchTerms(',, ,'), []);
});

// ---------------------------------------------------------------------------------------
// Commas

test('leading/trailing commas are trimmed before the quote check', () => {
  assert.deepEqual(searchTerms(',"soyuz 40",'), ['soyuz 40']);
  assert.deepEqual(searchTerms('"soyuz 40",,'), ['soyuz 40']);
  assert.deepEqual(searchTerms(',soyuz,'), ['soyuz']);
});

test('empty comma pieces are dropped; pieces are stripped', () => {
  assert.deepEqual(searchTerms('a,,b'), ['a', 'b']);
  assert.deepEqual(searchTerms('a, b'), ['a', 'b']);
  assert.deepEqual(searchTerms('a ,b'), ['a', 'b']);
});

test('a token mixing plain text and a quoted run is comma-split with quotes kept', () => {
  assert.deepEqual(searchTerms('x,"b c"'), ['x', '"b c"']);
  assert.deepEqual(searchTerms('name="Soyuz MS"'), ['name="Soyuz MS"']);
  assert.deepEqual(searchTerms('"a"b'), ['"a"b']);
  assert.deepEqual(searchTerms('"a","b"'), ['a","b'], 'starts and ends with " → one phrase');
});

test('a whitespace-only comma piece inside quotes becomes an empty term (emptiness tested before strip)', () => {
  assert.deepEqual(searchTerms("'x, ,y'z"), ["'x", '', "y'z"]);
});

test('quoted commas inside a phrase are not split', () => {
  assert.deepEqual(searchTerms('"Soyuz, MS" crew'), ['Soyuz, MS', 'crew']);
});

// ---------------------------------------------------------------------------------------
// Quotes and escapes

test('single-quoted phrases', () => {
  assert.deepEqual(searchTerms("'soyuz 40'"), ['soyuz 40']);
  assert.deepEqual(searchTerms("'a' 'b'"), ['a', 'b']);
});

test('escaped quotes and backslashes are unescaped in phrases', () => {
  assert.deepEqual(searchTerms('"a \\"quoted\\" word"'), ['a "quoted" word']);
  assert.deepEqual(searchTerms("'it\\'s'"), ["it's"]);
  assert.deepEqual(searchTerms('"back\\\\slash"'), ['back\\slash']);
  // Only the phrase's own quote is unescaped.
  assert.deepEqual(searchTerms('"it\\\'s"'), ["it\\'s"]);
  assert.deepEqual(searchTerms("'say \\\"hi\\\"'"), ['say \\"hi\\"']);
});

test('mixed quote kinds inside a phrase', () => {
  assert.deepEqual(searchTerms('"person\'s test"'), ["person's test"]);
  assert.deepEqual(searchTerms('"a \'one'), ['"a', "'one"]);
});

test('unquoted tokens keep backslashes', () => {
  assert.deepEqual(searchTerms('a\\b'), ['a\\b']);
  assert.deepEqual(searchTerms('\\"x'), ['\\"x']);
});

test('a backslash-newline inside quotes breaks the quoted run (Python "." excludes \\n)', () => {
  assert.deepEqual(smartSplit('"a\\\nb"'), ['"a\\', 'b"']);
  assert.deepEqual(searchTerms('"a\\\nb"'), ['"a\\', 'b"']);
  assert.deepEqual(smartSplit('"a\nb"'), ['"a\nb"'], 'a raw newline inside quotes is fine');
});

// ---------------------------------------------------------------------------------------
// Whitespace

test('whitespace is Python\'s \\s: includes U+001C–U+001F, U+0085, NBSP; not U+FEFF or U+200B', () => {
  assert.deepEqual(searchTerms('a\u001cb\u0085c\u00a0d\u3000e'), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(searchTerms('a\ufeffb'), ['a\ufeffb']);
  assert.deepEqual(searchTerms('a\u200bb'), ['a\u200bb']);
  assert.deepEqual(searchTerms('  soyuz   40  '), ['soyuz', '40']);
});

test('non-ASCII and astral characters', () => {
  assert.deepEqual(searchTerms('Прогресс М-10М'), ['Прогресс', 'М-10М']);
  assert.deepEqual(searchTerms('🚀,"é 🚀"'), ['🚀', '"é 🚀"']);
  assert.deepEqual(searchTerms('"🚀 x"'), ['🚀 x']);
});

// ---------------------------------------------------------------------------------------
// smartSplit (Django's own doctests)

test('smartSplit: Django doctest cases', () => {
  assert.deepEqual(smartSplit('This is "a person\\\'s" test.'), ['This', 'is', '"a person\\\'s"', 'test.']);
  assert.deepEqual(smartSplit("Another 'person\\'s' test."), ['Another', "'person\\'s'", 'test.']);
  assert.deepEqual(smartSplit('A "\\"funky\\" style" test.'), ['A', '"\\"funky\\" style"', 'test.']);
  assert.deepEqual(smartSplit('all friends\' tests'), ['all', "friends'", 'tests']);
  assert.deepEqual(smartSplit('url search_page words="something else"'), ['url', 'search_page', 'words="something else"']);
});

// ---------------------------------------------------------------------------------------
// searchValueErrors — DRF CharField validators (§6 step 1)

test('searchValueErrors: NUL → "Null characters are not allowed."', () => {
  assert.deepEqual(searchValueErrors('soy\u0000uz'), ['Null characters are not allowed.']);
  assert.deepEqual(searchValueErrors('\u0000'), ['Null characters are not allowed.']);
});

test('searchValueErrors: lone surrogates, first one reported in uppercase hex', () => {
  assert.deepEqual(searchValueErrors('a\ud83db\udc00'), ['Surrogate characters are not allowed: U+D83D.']);
  assert.deepEqual(searchValueErrors('\u0000\udfff'), ['Null characters are not allowed.', 'Surrogate characters are not allowed: U+DFFF.']);
});

test('searchValueErrors: ordinary values, including astral characters, are fine', () => {
  assert.deepEqual(searchValueErrors(''), []);
  assert.deepEqual(searchValueErrors('soyuz 🚀'), []);
  assert.deepEqual(searchValueErrors('\u0001\u001f'), []);
});
