import { test } from 'node:test';
import assert from 'node:assert/strict';

import { browsableApiIndentFromAccept, jsonIndentFromAccept, negotiate, negotiateMediaType } from '../../src/http/negotiate.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// ---------------------------------------------------------------------------------------
// BEHAVIOR.md §8.1 step 1: ?format=

test('§8.1: format=json / format=api select that renderer', () => {
  assert.equal(negotiate('json', undefined), 'json');
  assert.equal(negotiate('api', undefined), 'api');
  assert.equal(negotiate('api', BROWSER_ACCEPT), 'api');
  assert.equal(negotiate('json', BROWSER_ACCEPT), 'json', 'browser Accept ends in */*');
});

test('§8.1: unknown or differently-cased format → 404, whatever the Accept header', () => {
  assert.deepEqual(negotiate('xml', undefined), { status: 404 });
  assert.deepEqual(negotiate('JSON', undefined), { status: 404 });
  assert.deepEqual(negotiate('Api', 'text/html'), { status: 404 });
  assert.deepEqual(negotiate(' json', undefined), { status: 404 });
  assert.deepEqual(negotiate('xml', 'application/xml'), { status: 404 }, 'format is checked before Accept');
});

test('§8.1: empty format is no format (DRF `if format:`)', () => {
  assert.equal(negotiate('', undefined), 'json');
  assert.equal(negotiate('', 'text/html'), 'api');
  assert.equal(negotiate(null, 'text/html'), 'api');
});

// ---------------------------------------------------------------------------------------
// §8.1 step 2: Accept

test('answers are remembered by what was asked: a format or header spelled "null" or "undefined" is not its absence', () => {
  // Asked first, so that a remembered answer keyed only by the values' text would be reused.
  assert.deepEqual(negotiate('null', undefined), { status: 404 });
  assert.equal(negotiate(null, undefined), 'json');
  assert.deepEqual(negotiate(null, 'undefined'), { status: 406 });
  assert.equal(negotiate(null, undefined), 'json');
  assert.equal(jsonIndentFromAccept('undefined'), undefined);
  assert.equal(jsonIndentFromAccept('application/json; indent=2'), 2);
  assert.equal(jsonIndentFromAccept('application/json; indent=2'), 2, 'asked again');
});

test('§8.1: no Accept or */* → JSON', () => {
  assert.equal(negotiate(null, undefined), 'json');
  assert.equal(negotiate(null, '*/*'), 'json');
  assert.equal(negotiate(null, '*/*;q=0.8'), 'json');
});

test('§8.1: browser Accept → HTML', () => {
  assert.equal(negotiate(null, BROWSER_ACCEPT), 'api');
  assert.equal(negotiate(null, 'text/html'), 'api');
});

test('§8.1: q-values are ignored; within a specificity group the first renderer (JSON) wins', () => {
  assert.equal(negotiate(null, 'application/json;q=0.1, text/html;q=0.9'), 'json');
  assert.equal(negotiate(null, 'text/html;q=0.9, application/json;q=0.1'), 'json');
  assert.equal(negotiate(null, 'text/html, application/json'), 'json');
  assert.equal(negotiate(null, 'text/html;q=0, */*'), 'api', 'q=0 does not exclude');
});

test('§8.1: more specific groups beat less specific ones regardless of order', () => {
  assert.equal(negotiate(null, '*/*, text/html'), 'api');
  assert.equal(negotiate(null, 'application/*, text/html'), 'api');
  assert.equal(negotiate(null, 'text/html;level=1, application/json'), 'api', 'params make it most specific');
  assert.equal(negotiate(null, 'text/html;q=0.5, application/json;charset=utf-8'), 'json', 'only q does not add specificity');
  assert.equal(negotiate(null, 'text/*, */*'), 'api');
});

test('§8.1: type wildcards', () => {
  assert.equal(negotiate(null, 'text/*'), 'api');
  assert.equal(negotiate(null, 'application/*'), 'json');
  assert.equal(negotiate(null, '*/json'), 'json', '"*/json" is precedence 0 and matches application/json');
  assert.equal(negotiate(null, '*/html'), 'api');
});

test('§8.1: unsatisfiable Accept → 406', () => {
  assert.deepEqual(negotiate(null, 'application/xml'), { status: 406 });
  assert.deepEqual(negotiate(null, 'application/xhtml+xml'), { status: 406 });
  assert.deepEqual(negotiate(null, 'image/*'), { status: 406 });
  assert.deepEqual(negotiate(null, 'text/plain, application/xml;q=0.9'), { status: 406 });
});

test('§8.1: format and Accept conflicts → 406', () => {
  assert.deepEqual(negotiate('json', 'text/html'), { status: 406 });
  assert.deepEqual(negotiate('api', 'application/json'), { status: 406 });
  assert.deepEqual(negotiate('api', 'application/*'), { status: 406 });
  assert.equal(negotiate('api', 'application/json, text/*'), 'api');
});

test('parameters never prevent a match (the renderer types carry none)', () => {
  assert.equal(negotiate(null, 'application/json; indent=2'), 'json');
  assert.equal(negotiate(null, 'application/json; charset=latin-1; version=9'), 'json');
  assert.equal(negotiate(null, 'text/html; charset=utf-8'), 'api');
});

test('media types are lower-cased and stripped (Django parse_header_parameters)', () => {
  assert.equal(negotiate(null, 'Application/JSON'), 'json');
  assert.equal(negotiate(null, '  TEXT/HTML  '), 'api');
  assert.equal(negotiate(null, '\u00a0application/json\u3000'), 'json', 'Python strip() is Unicode-aware');
});

test('malformed entries match nothing', () => {
  assert.deepEqual(negotiate(null, ''), { status: 406 }, 'present but empty header');
  assert.deepEqual(negotiate(null, ','), { status: 406 });
  assert.deepEqual(negotiate(null, '*'), { status: 406 }, 'no slash: subtype is ""');
  assert.deepEqual(negotiate(null, 'application'), { status: 406 });
  assert.deepEqual(negotiate(null, 'application/json/x'), { status: 406 });
  assert.deepEqual(negotiate(null, 'application /json'), { status: 406 });
  assert.equal(negotiate(null, 'garbage, application/json'), 'json');
  assert.equal(negotiate(null, 'application/json,'), 'json');
  assert.equal(negotiate(null, ';q=1, */*'), 'json');
});

// ---------------------------------------------------------------------------------------
// Accepted media type (request.accepted_media_type)

test('negotiateMediaType: exact entries are returned as sent (stripped)', () => {
  assert.deepEqual(negotiateMediaType(null, ' application/json; indent=2 '), { format: 'json', mediaType: 'application/json; indent=2' });
  assert.deepEqual(negotiateMediaType(null, 'text/html;q=0.9'), { format: 'api', mediaType: 'text/html;q=0.9' });
});

test('negotiateMediaType: wildcard entries become the renderer type plus their params', () => {
  assert.deepEqual(negotiateMediaType(null, undefined), { format: 'json', mediaType: 'application/json' });
  assert.deepEqual(negotiateMediaType(null, '*/*;q=0.8'), { format: 'json', mediaType: 'application/json;q=0.8' });
  assert.deepEqual(negotiateMediaType('api', '*/* ; indent=2 ; Q=1'), { format: 'api', mediaType: 'text/html;indent=2;q=1' });
  assert.deepEqual(negotiateMediaType(null, 'application/*;indent="3"'), { format: 'json', mediaType: 'application/json;indent=3' });
});

test('negotiateMediaType: failures', () => {
  assert.deepEqual(negotiateMediaType('xml', undefined), { status: 404 });
  assert.deepEqual(negotiateMediaType(null, 'application/xml'), { status: 406 });
});

// ---------------------------------------------------------------------------------------
// jsonIndentFromAccept — DRF JSONRenderer.get_indent (§8.1 step 3)

test('§8.1: Accept: application/json; indent=N → N', () => {
  assert.equal(jsonIndentFromAccept('application/json; indent=2'), 2);
  assert.equal(jsonIndentFromAccept('application/json;indent=4'), 4);
  assert.equal(jsonIndentFromAccept('application/json; indent=8'), 8);
});

test('§8.1: indent clamped to 0..8; 0 → compact', () => {
  assert.equal(jsonIndentFromAccept('application/json; indent=9'), 8);
  assert.equal(jsonIndentFromAccept('application/json; indent=99999999999999999999999'), 8);
  assert.equal(jsonIndentFromAccept('application/json; indent=0'), undefined);
  assert.equal(jsonIndentFromAccept('application/json; indent=-1'), undefined);
  assert.equal(jsonIndentFromAccept('application/json; indent=-99999999999999999999999'), undefined);
});

test('indent is parsed with Python int()', () => {
  assert.equal(jsonIndentFromAccept('application/json; indent=+3'), 3);
  assert.equal(jsonIndentFromAccept('application/json; indent=03'), 3);
  assert.equal(jsonIndentFromAccept('application/json; indent=1_0'), 8);
  assert.equal(jsonIndentFromAccept('application/json; indent=٣'), 3);
  assert.equal(jsonIndentFromAccept('application/json; indent=" 3 "'), 3, 'quoted value, int() strips');
  assert.equal(jsonIndentFromAccept('application/json; indent=abc'), undefined);
  assert.equal(jsonIndentFromAccept('application/json; indent=2.5'), undefined);
  assert.equal(jsonIndentFromAccept('application/json; indent='), undefined);
  assert.equal(jsonIndentFromAccept('application/json; indent'), undefined, 'no "=": not a parameter');
});

test('indent parameter names are case-insensitive; later duplicates win', () => {
  assert.equal(jsonIndentFromAccept('application/json; INDENT=2'), 2);
  assert.equal(jsonIndentFromAccept('application/json; indent=2; indent=5'), 5);
});

test('no indent, or JSON not the accepted type → undefined (compact)', () => {
  assert.equal(jsonIndentFromAccept(undefined), undefined);
  assert.equal(jsonIndentFromAccept('*/*'), undefined);
  assert.equal(jsonIndentFromAccept('application/json'), undefined);
  assert.equal(jsonIndentFromAccept('application/json; q=0.5'), undefined);
  assert.equal(jsonIndentFromAccept('text/html; indent=2'), undefined);
  assert.equal(jsonIndentFromAccept(''), undefined);
});

test('wildcards carry their params into the accepted type: */*; indent=4 → 4', () => {
  assert.equal(jsonIndentFromAccept('*/*; indent=4'), 4);
  assert.equal(jsonIndentFromAccept('application/*;indent=3'), 3);
  assert.equal(jsonIndentFromAccept(`${BROWSER_ACCEPT.replace('*/*;q=0.8', '*/*;indent=6')}`), 6);
});

test('the most specific matching entry decides', () => {
  assert.equal(jsonIndentFromAccept('*/*;indent=2, application/json'), undefined);
  assert.equal(jsonIndentFromAccept('application/json, application/json; indent=4'), 4);
  assert.equal(jsonIndentFromAccept('text/html, application/json; indent=2'), 2);
  assert.equal(jsonIndentFromAccept('text/html; indent=7, */*; indent=3'), 3);
});

test('quoted parameter values: quotes removed, ";" inside quotes kept', () => {
  assert.equal(jsonIndentFromAccept('application/json; indent="2"'), 2);
  assert.equal(jsonIndentFromAccept('application/json; x="a;b"; indent=5'), 5);
  assert.equal(jsonIndentFromAccept('application/json; indent="2;x"'), undefined);
  // The wildcard branch re-joins params without quotes, so DRF re-parses "2;x" as "2".
  assert.equal(jsonIndentFromAccept('*/*; indent="2;x"'), 2);
});

test('RFC 2231 extended parameters (indent*=utf-8\'\'4) are decoded', () => {
  assert.equal(jsonIndentFromAccept("application/json; indent*=utf-8''4"), 4);
  assert.equal(jsonIndentFromAccept("application/json; indent*=UTF-8'en'%36"), 6);
  assert.equal(jsonIndentFromAccept("application/json; indent*=iso-8859-1''5"), 5);
  assert.equal(jsonIndentFromAccept('application/json; indent*=5'), 5, 'no charset part: plain value');
  assert.equal(jsonIndentFromAccept("application/json; indent*=bogus''5"), undefined, 'unknown charset ignored');
});

// ---------------------------------------------------------------------------------------
// browsableApiIndentFromAccept

test('browsable API: JSON inside the page is indented by 4 unless the accepted type says otherwise', () => {
  assert.equal(browsableApiIndentFromAccept(BROWSER_ACCEPT), 4);
  assert.equal(browsableApiIndentFromAccept(undefined), 4);
  assert.equal(browsableApiIndentFromAccept('text/html; indent=2'), 2);
  assert.equal(browsableApiIndentFromAccept('text/html; indent=0'), undefined);
  assert.equal(browsableApiIndentFromAccept('text/html; indent=x'), 4);
  assert.equal(browsableApiIndentFromAccept('*/*; indent=1'), 1);
  assert.equal(browsableApiIndentFromAccept('application/json; indent=2'), 4);
});
