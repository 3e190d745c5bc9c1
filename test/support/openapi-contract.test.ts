// Proves the contract validator on LL2's own document and real upstream records, and proves it
// catches the mistakes a reimplementation makes (order, missing/extra keys, types, nulls, modes).
// Negative cases are built here by mutating freshly loaded records, so nothing is copied.
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import {
  LL2_KNOWN_DEVIATIONS,
  findPathTemplate,
  refName,
  responseSchemaFor,
  validateAgainstSchema,
  validateResponse,
  type OpenApiDocument,
  type ValidationOptions,
} from './openapi-contract.ts';
import { SKIP_REASON, loadFixture, loadOpenApi } from './reference.ts';
import { skipUnlessRequired } from './skips.ts';

type Json = Record<string, unknown>;

const SPACECRAFT_LIST = '/2.3.0/spacecraft/';
const TOLERANT: ValidationOptions = { knownDeviations: LL2_KNOWN_DEVIATIONS };

function doc(): OpenApiDocument {
  return loadOpenApi();
}

/** A fresh copy of the captured spacecraft page, safe to mutate. */
function spacecraftPage(): { count: number; results: Json[] } & Json {
  return loadFixture('spacecraft-page-lldev.json') as { count: number; results: Json[] } & Json;
}

function fixtureRecords(name: string): Json[] {
  const records = loadFixture(name);
  assert.ok(Array.isArray(records), `${name} is a JSON array`);
  return records as Json[];
}

/** Validates each record, rewriting `$` to `$[i]` so problems say which record. */
function validateRecords(schemaName: string, records: unknown[], options?: ValidationOptions): string[] {
  return records.flatMap((record, index) =>
    validateAgainstSchema(doc(), schemaName, record, options).map((problem) => `$[${index}]${problem.slice(1)}`),
  );
}

/** Strict vs tolerant problem counts, printed so the test output documents upstream data quality. */
function reportRealData(t: TestContext, label: string, records: number, strict: string[], tolerant: string[]): void {
  t.diagnostic(`${label}: ${records} records, ${strict.length} problems strict, ${tolerant.length} with LL2_KNOWN_DEVIATIONS`);
  for (const site of countBySite(strict)) t.diagnostic(`  strict: ${site}`);
}

function countBySite(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    const site = /\(([\w.]+)\)$/.exec(problem)?.[1] ?? problem;
    const kind = problem.includes(': null, but') ? 'null' : 'other';
    const key = `${site} [${kind}]`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} ×${count}`);
}

/** The same object with `key` moved right before `beforeKey`. */
function moveKeyBefore(object: Json, key: string, beforeKey: string): Json {
  const moved: Json = {};
  for (const [k, v] of Object.entries(object)) {
    if (k === key) continue;
    if (k === beforeKey) moved[key] = object[key];
    moved[k] = v;
  }
  return moved;
}

function withoutKey(object: Json, key: string): Json {
  const { [key]: _removed, ...rest } = object;
  return rest;
}

function nested(object: Json, ...keys: string[]): Json {
  return keys.reduce<Json>((node, key) => node[key] as Json, object);
}

function firstLaunch(): Json {
  return fixtureRecords('launches-normal.json')[0];
}

function firstConfiguration(): Json {
  return fixtureRecords('spacecraft-configurations-detailed.json')[0];
}

describe('OpenAPI contract validator', { skip: skipUnlessRequired(SKIP_REASON) }, () => {
  describe('real LL2 records', () => {
    test('the captured spacecraft page is a valid PaginatedPolymorphicSpacecraftEndpointList', (t) => {
      const page = spacecraftPage();
      assert.equal(page.results.length, 10);
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      reportRealData(t, 'spacecraft-page-lldev.json', page.results.length, problems, problems);
      assert.deepEqual(problems, []);
    });

    test('spacecraft configurations (detailed) match SpacecraftConfigDetailed', (t) => {
      const records = fixtureRecords('spacecraft-configurations-detailed.json');
      const strict = validateRecords('SpacecraftConfigDetailed', records);
      const tolerant = validateRecords('SpacecraftConfigDetailed', records, TOLERANT);
      reportRealData(t, 'spacecraft-configurations-detailed.json', records.length, strict, tolerant);
      assert.equal(records.length, 46);
      assert.deepEqual(strict, []);
    });

    test('launches (normal) match LaunchNormal', (t) => {
      const records = fixtureRecords('launches-normal.json');
      const strict = validateRecords('LaunchNormal', records);
      reportRealData(t, 'launches-normal.json', records.length, strict, strict);
      assert.equal(records.length, 10);
      assert.deepEqual(strict, []);
    });

    test('space stations (detailed) match the /space_stations/{id}/ schema, apart from documented upstream nulls', (t) => {
      const schema = responseSchemaFor(doc(), '/2.3.0/space_stations/10/', 'get', 200);
      assert.ok(typeof schema !== 'string', String(schema));
      const schemaName = refName(schema);
      assert.equal(schemaName, 'SpaceStationDetailedEndpoint');
      const records = fixtureRecords('space-stations-detailed.json');
      const strict = validateRecords(schemaName, records);
      const tolerant = validateRecords(schemaName, records, TOLERANT);
      reportRealData(t, 'space-stations-detailed.json', records.length, strict, tolerant);
      assert.equal(records.length, 15);
      assert.deepEqual(tolerant, []);
      // Strictly, only nulls are wrong; nothing else is hidden behind the deviation list.
      assert.ok(strict.length > 0);
      assert.deepEqual(strict.filter((problem) => !problem.includes(': null, but ')), []);
    });

    test('every known deviation is actually seen in the fixtures, so the list cannot rot', () => {
      const strict = validateRecords('SpaceStationDetailedEndpoint', fixtureRecords('space-stations-detailed.json'));
      for (const deviation of LL2_KNOWN_DEVIATIONS) {
        const site = `(${deviation.schema}.${deviation.property})`;
        assert.ok(strict.some((problem) => problem.endsWith(site)), `${site} is never violated by the fixtures`);
      }
    });
  });

  describe('key sets and key order', () => {
    test('a reordered object is reported at its path, once, as an order problem', () => {
      const page = spacecraftPage();
      page.results[3] = moveKeyBefore(page.results[3], 'name', 'id');
      const type = nested(page.results[3], 'spacecraft_config', 'agency');
      type.type = moveKeyBefore(type.type as Json, 'name', 'id');
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      assert.equal(problems.length, 2, problems.join('\n'));
      assert.match(problems[0], /^\$\.results\[3\]: key order differs at position 1: got \[name, id, /);
      assert.match(problems[1], /^\$\.results\[3\]\.spacecraft_config\.agency\.type: key order differs at position 0: got \[name, id\], expected \[id, name\]/);
    });

    test('a missing key is reported as missing, not as an order problem', () => {
      const page = spacecraftPage();
      page.results[0] = withoutKey(page.results[0], 'serial_number');
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      assert.deepEqual(problems, ['$.results[0]: missing key "serial_number" of SpacecraftNormal']);
    });

    test('a missing key is reported whether or not the schema lists it as required', () => {
      const launch = withoutKey(withoutKey(firstLaunch(), 'net'), 'url'); // `net` is not in `required`, `url` is
      const problems = validateAgainstSchema(doc(), 'LaunchNormal', launch);
      assert.deepEqual(problems, ['$: missing key "url" of LaunchNormal', '$: missing key "net" of LaunchNormal']);
    });

    test('an extra key is reported as unexpected', () => {
      const page = spacecraftPage();
      nested(page.results[1], 'status').color = 'green';
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      assert.deepEqual(problems, ['$.results[1].status: unexpected key "color" (not a property of SpacecraftStatus)']);
    });
  });

  describe('types and nullability', () => {
    test('wrong JSON types are reported with the full path', () => {
      const page = spacecraftPage();
      nested(page.results[3], 'spacecraft_config', 'agency', 'type').name = 7;
      page.results[0].flights_count = '3';
      page.results[0].id = 1.5;
      page.results[0].in_space = 0;
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      assert.deepEqual(problems, [
        '$.results[0].id: expected integer, got number 1.5 (SpacecraftNormal.id)',
        '$.results[0].in_space: expected boolean, got integer 0 (SpacecraftNormal.in_space)',
        '$.results[0].flights_count: expected integer, got string "3" (SpacecraftNormal.flights_count)',
        '$.results[3].spacecraft_config.agency.type.name: expected string, got integer 7 (AgencyType.name)',
      ]);
    });

    test('null is accepted only where the schema is nullable (allOf + nullable included)', () => {
      const page = spacecraftPage();
      page.results[0].serial_number = null;
      page.results[0].image = null;
      page.results[0].status = null;
      nested(page.results[0], 'spacecraft_config').name = null;
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      assert.deepEqual(problems, [
        '$.results[0].status: null, but SpacecraftStatus is not nullable (SpacecraftNormal.status)',
        '$.results[0].spacecraft_config.name: null, but string is not nullable (SpacecraftConfigNormal.name)',
      ]);
    });

    test('a known deviation tolerates exactly its own null, nothing else', () => {
      const options: ValidationOptions = { knownDeviations: [{ schema: 'SpacecraftNormal', property: 'status', allow: 'null', reason: 'test' }] };
      const page = spacecraftPage();
      page.results[0].status = null;
      page.results[0].name = null;
      assert.deepEqual(validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page, options), [
        '$.results[0].name: null, but string is not nullable (SpacecraftNormal.name)',
      ]);
    });

    test('an object where an array is expected, and vice versa', () => {
      const page = spacecraftPage();
      const results = page.results;
      page.results = {} as unknown as Json[];
      assert.deepEqual(validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page), [
        '$.results: expected array, got object {} (PaginatedPolymorphicSpacecraftEndpointList.results)',
      ]);
      page.results = results;
      nested(page.results[0], 'spacecraft_config').family = {};
      assert.deepEqual(validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page), [
        '$.results[0].spacecraft_config.family: expected array, got object {} (SpacecraftConfigNormal.family)',
      ]);
    });
  });

  describe('response_mode', () => {
    test('an unknown list-item response_mode is reported by the discriminator', () => {
      const page = spacecraftPage();
      page.results[2].response_mode = 'list';
      assert.deepEqual(validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page), [
        '$.results[2]: discriminator "response_mode" is "list", expected one of "normal", "detailed" (PolymorphicSpacecraftEndpoint)',
      ]);
    });

    test('a missing list-item response_mode is reported by the discriminator', () => {
      const page = spacecraftPage();
      page.results[2] = withoutKey(page.results[2], 'response_mode');
      assert.deepEqual(validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page), [
        '$.results[2]: missing discriminator "response_mode" of PolymorphicSpacecraftEndpoint (expected one of "normal", "detailed")',
      ]);
    });

    test('a normal record labelled "detailed" is checked as SpacecraftEndpointDetailed and fails', () => {
      const page = spacecraftPage();
      page.results[2].response_mode = 'detailed';
      const problems = validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page);
      assert.ok(problems.includes('$.results[2]: missing key "flights" of SpacecraftEndpointDetailed'), problems.join('\n'));
      assert.ok(problems.some((p) => p.startsWith('$.results[2].spacecraft_config: missing key "capability"')), problems.join('\n'));
    });

    test('a nested object with the wrong response_mode (wrong serializer) is reported', () => {
      const page = spacecraftPage();
      nested(page.results[0], 'spacecraft_config', 'agency').response_mode = 'normal';
      assert.deepEqual(validateResponse(doc(), SPACECRAFT_LIST, 'get', 200, page), [
        '$.results[0].spacecraft_config.agency.response_mode: response_mode is "normal", expected "list" (AgencyMini.response_mode)',
      ]);
    });
  });

  describe('formats and bounds', () => {
    test('uuid, date-time, pattern and maxLength', () => {
      const launch = firstLaunch();
      launch.id = String(launch.id).toUpperCase();
      launch.net = '2024-13-01T00:00:00Z';
      launch.window_end = '2024-01-01 00:00:00';
      launch.last_updated = '2024-01-01T00:00:00.5+02:00'; // valid: fraction and offset
      launch.slug = 'not a slug';
      const properties = doc().components.schemas.LaunchNormal.properties ?? {};
      const maxLength = properties.name.maxLength;
      const failreasonMaxLength = properties.failreason.maxLength;
      assert.ok(maxLength !== undefined && maxLength > 100 && failreasonMaxLength !== undefined);
      // Characters, not UTF-16 units, count: `name` is one character too long, `failreason` is
      // exactly at its limit although each rocket is two UTF-16 units.
      launch.name = 'x'.repeat(maxLength - 99) + '🚀'.repeat(100);
      launch.failreason = '🚀'.repeat(failreasonMaxLength);
      const problems = validateAgainstSchema(doc(), 'LaunchNormal', launch);
      assert.deepEqual(problems, [
        `$.id: ${JSON.stringify(launch.id)} is not a lowercase UUID (LaunchNormal.id)`,
        `$.name: string of ${maxLength + 1} characters exceeds maxLength ${maxLength} (LaunchNormal.name)`,
        '$.slug: "not a slug" does not match pattern ^[-a-zA-Z0-9_]+$ (LaunchNormal.slug)',
        '$.net: "2024-13-01T00:00:00Z" is not an ISO 8601 date-time with Z or an offset (LaunchNormal.net)',
        '$.window_end: "2024-01-01 00:00:00" is not an ISO 8601 date-time with Z or an offset (LaunchNormal.window_end)',
      ]);
    });

    test('date, number and integer bounds', () => {
      const configuration = firstConfiguration();
      configuration.maiden_flight = '1966-02-30';
      configuration.height = '3.5';
      configuration.diameter = 2; // an integral double is still a number
      configuration.crew_capacity = 2 ** 31;
      const problems = validateAgainstSchema(doc(), 'SpacecraftConfigDetailed', configuration);
      assert.deepEqual(problems, [
        '$.maiden_flight: "1966-02-30" is not a date (YYYY-MM-DD) (SpacecraftConfigDetailed.maiden_flight)',
        '$.height: expected number, got string "3.5" (SpacecraftConfigDetailed.height)',
        '$.crew_capacity: 2147483648 is above the maximum 2147483647 (SpacecraftConfigDetailed.crew_capacity)',
      ]);
    });

    test('uri: writable links may be "" like real data, hyperlinks may not; nothing but http(s)', () => {
      const configuration = firstConfiguration();
      configuration.info_link = '';
      configuration.wiki_link = 'ftp://example.org/file';
      configuration.url = '';
      assert.deepEqual(validateAgainstSchema(doc(), 'SpacecraftConfigDetailed', configuration), [
        '$.url: "" is not an absolute http(s) URL (SpacecraftConfigDetailed.url)',
        '$.wiki_link: "ftp://example.org/file" is neither "" nor an absolute http(s) URL (SpacecraftConfigDetailed.wiki_link)',
      ]);
    });
  });

  describe('operations and paths', () => {
    test('concrete paths map to the most specific template', () => {
      const uuid = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
      assert.equal(findPathTemplate(doc(), '/2.3.0/spacecraft/144/'), '/2.3.0/spacecraft/{id}/');
      assert.equal(findPathTemplate(doc(), '/2.3.0/spacecraft/?limit=2&mode=detailed'), '/2.3.0/spacecraft/');
      assert.equal(findPathTemplate(doc(), '/2.3.0/launches/previous/'), '/2.3.0/launches/previous/');
      assert.equal(findPathTemplate(doc(), `/2.3.0/launches/previous/${uuid}/`), '/2.3.0/launches/previous/{id}/');
      assert.equal(findPathTemplate(doc(), `/2.3.0/launches/${uuid}/`), '/2.3.0/launches/{id}/');
      assert.equal(findPathTemplate(doc(), '/2.3.0/spacecraft/abc/'), null);
      assert.equal(findPathTemplate(doc(), '/2.3.0/spacecraft'), null);
    });

    test('a detail path is validated against its detailed schema', () => {
      const problems = validateResponse(doc(), '/2.3.0/spacecraft/144/', 'get', 200, spacecraftPage().results[0]);
      assert.ok(problems.includes('$: missing key "flights" of SpacecraftEndpointDetailed'), problems.join('\n'));
    });

    test('an unknown path or undocumented status is a problem', () => {
      assert.deepEqual(validateResponse(doc(), '/2.3.0/rockets/', 'get', 200, {}), ['GET /2.3.0/rockets/: no path of the OpenAPI document matches']);
      assert.deepEqual(validateResponse(doc(), '/2.3.0/spacecraft/144/', 'get', 404, { detail: 'Not found.' }), [
        'GET /2.3.0/spacecraft/144/: status 404 is not documented for /2.3.0/spacecraft/{id}/ (documented: 200)',
      ]);
    });

    test('/api-throttle/ is validated as documented (an array); the caller decides about the real object form', () => {
      const body = { your_request_limit: 15, limit_frequency_secs: 3600, current_use: 0, next_use_secs: 0, ident: '192.0.2.1' };
      assert.deepEqual(validateResponse(doc(), '/2.3.0/api-throttle/', 'get', 200, [body]), []);
      assert.deepEqual(validateResponse(doc(), '/2.3.0/api-throttle/', 'get', 200, body), [
        `$: expected array, got object ${JSON.stringify(body).slice(0, 57)}...`,
      ]);
      assert.deepEqual(validateAgainstSchema(doc(), 'APIThrottle', body), []);
    });

    test('an unknown schema name is a problem, not a crash', () => {
      assert.deepEqual(validateAgainstSchema(doc(), 'NoSuchSchema', {}), ['$: schema NoSuchSchema is not in components.schemas']);
    });
  });
});
