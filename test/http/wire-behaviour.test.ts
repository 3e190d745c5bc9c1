// The cross-cutting wire behaviour of BEHAVIOR.md: pagination and its links, search,
// negotiation, errors, methods, redirects, headers and value formats.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { importRecords } from '../../src/ingest/import-records.ts';
import { spacecraft } from '../../src/models/spacecraft.ts';
import { spacecraftConfiguration } from '../../src/models/spacecraft-configurations.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { fetchAll, ids, type Json } from '../support/pages.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

const LIST = '/2.3.0/spacecraft/';

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`wire behaviour (${kind})`, { skip }, () => {
    let server: TestApp;
    let all: Json[];
    before(async () => {
      server = await startTestApp(kind, (database) => loadBundledData(database));
      all = await fetchAll(server, `${LIST}?limit=100`);
      assert.ok(all.length > 12, 'the dataset must hold more than one page of spacecraft');
    });
    after(() => server?.close());

    describe('pagination', () => {
      test('defaults to 10 with absolute links that always carry limit', async () => {
        const { json } = await server.get(`${LIST}?format=json`);
        assert.deepEqual(Object.keys(json), ['count', 'next', 'previous', 'results']);
        assert.equal(json.count, all.length);
        assert.equal(json.results.length, 10);
        assert.equal(json.next, `${TEST_ORIGIN}${LIST}?format=json&limit=10&offset=10`);
        assert.equal(json.previous, null);
      });

      for (const [limit, effective] of [['0', 10], ['-1', 10], ['abc', 10], ['1.5', 10], ['150', 100], ['%203%20', 3], ['%2B2', 2], ['1_0', 10], ['%D9%A3', 3]] as const) {
        test(`limit=${limit} acts as ${effective}`, async () => {
          const { status, json } = await server.get(`${LIST}?limit=${limit}`);
          assert.equal(status, 200);
          assert.equal(json.results.length, Math.min(effective, all.length));
          if (json.next) assert.match(json.next, new RegExp(`limit=${effective}&`));
        });
      }

      test('the last value of a repeated limit wins', async () => {
        const { json } = await server.get(`${LIST}?limit=5&limit=2`);
        assert.equal(json.results.length, 2);
      });

      test('previous drops offset when it would reach 0, keys sorted, other parameters kept', async () => {
        const { json } = await server.get(`${LIST}?search=&zeta=1&Alpha=2&format=json&limit=5&offset=3&a=1&a=2&q=hello%20world,x/y`);
        assert.equal(json.next, `${TEST_ORIGIN}${LIST}?Alpha=2&a=1&a=2&format=json&limit=5&offset=8&q=hello+world%2Cx%2Fy&search=&zeta=1`);
        assert.equal(json.previous, `${TEST_ORIGIN}${LIST}?Alpha=2&a=1&a=2&format=json&limit=5&q=hello+world%2Cx%2Fy&search=&zeta=1`);
      });

      test('offset past the end gives no results and a previous link', async () => {
        const { json } = await server.get(`${LIST}?offset=1000`);
        assert.deepEqual(json.results, []);
        assert.equal(json.next, null);
        assert.equal(json.previous, `${TEST_ORIGIN}${LIST}?limit=10&offset=990`);
      });

      test('the last partial page has no next; a bad offset means 0', async () => {
        const last = await server.get(`${LIST}?offset=${all.length - 1}`);
        assert.equal(last.json.results.length, 1);
        assert.equal(last.json.next, null);
        const bad = await server.get(`${LIST}?offset=-5`);
        assert.deepEqual(ids(bad.json.results), ids(all.slice(0, 10)));
        assert.equal(bad.json.previous, null);
      });

      test('pages follow the default order by id', async () => {
        assert.deepEqual(ids(all), [...ids(all)].sort((a, b) => a - b));
      });
    });

    describe('search', () => {
      const names = () => all.map((record) => record.name as string);

      test('is case-insensitive over name and configuration name', async () => {
        const term = names()[0].split(' ')[0];
        const { json } = await server.get(`${LIST}?limit=100&search=${encodeURIComponent(term.toUpperCase())}`);
        const expected = all.filter((record) =>
          [record.name, record.spacecraft_config.name].some((value: string) => value.toUpperCase().includes(term.toUpperCase())),
        );
        assert.deepEqual(ids(json.results), ids(expected));
      });

      test('ANDs whitespace- and comma-separated terms, ORs fields', async () => {
        const record = all.find((candidate) => candidate.name.includes(' ')) ?? all[0];
        const [first, second] = [record.spacecraft_config.name.split(' ')[0], record.name.split(' ').at(-1)];
        const matches = (value: string) => all.filter((candidate) => [candidate.name, candidate.spacecraft_config.name].some((field: string) => field.toUpperCase().includes(value.toUpperCase())));
        const expected = matches(first).filter((candidate) => matches(second).includes(candidate));
        for (const query of [`${first} ${second}`, `${first},${second}`, `${first},  ,${second}`]) {
          const { json } = await server.get(`${LIST}?limit=100&search=${encodeURIComponent(query)}`);
          assert.deepEqual(ids(json.results), ids(expected), query);
        }
      });

      test('a quoted phrase is one term; an empty search filters nothing', async () => {
        const phrase = all.find((candidate) => candidate.name.includes(' '))?.name ?? all[0].name;
        const { json } = await server.get(`${LIST}?limit=100&search=${encodeURIComponent(`"${phrase}"`)}`);
        assert.ok(json.results.every((result: Json) => `${result.name}|${result.spacecraft_config.name}`.toUpperCase().includes(phrase.toUpperCase())));
        assert.ok(json.results.length >= 1);
        const empty = await server.get(`${LIST}?search=`);
        assert.equal(empty.json.count, all.length);
      });

      test('a NUL character is a 400 with a bare list', async () => {
        const response = await server.get(`${LIST}?search=soy%00uz`);
        assert.equal(response.status, 400);
        assert.equal(response.text, '["Null characters are not allowed."]');
      });

      test('endpoints without search fields ignore it', async () => {
        const statuses = await server.get('/2.3.0/config/spacecraft_statuses/?search=zzzz');
        assert.ok(statuses.json.count > 0);
      });
    });

    describe('filters', () => {
      test('every failing filter is reported, in declaration order', async () => {
        const response = await server.get(`${LIST}?status=99&spacecraft_config=abc&in_space=zz`);
        assert.equal(response.status, 400);
        assert.equal(
          response.text,
          '{"spacecraft_config":["Select a valid choice. That choice is not one of the available choices."],"status":["Select a valid choice. That choice is not one of the available choices."]}',
        );
      });

      test('unknown parameters and lookups are ignored; the last value of a filter wins', async () => {
        const ignored = await server.get(`${LIST}?foo=bar&status__in=1,4&name__icontains=x`);
        assert.equal(ignored.json.count, all.length);
        const lastWins = await server.get(`${LIST}?limit=100&in_space=false&in_space=true`);
        assert.deepEqual(ids(lastWins.json.results), ids(all.filter((record) => record.in_space)));
      });

      test('filters constrain {id}/ too', async () => {
        const record = all[0];
        const other = all.find((candidate) => candidate.status.id !== record.status.id);
        const miss = await server.get(`${LIST}${record.id}/?status=${other?.status.id ?? 999}`);
        if (other) {
          assert.equal(miss.status, 404);
          assert.deepEqual(miss.json, { detail: 'No Spacecraft matches the given query.' });
        }
        const hit = await server.get(`${LIST}${record.id}/?status=${record.status.id}&limit=abc&offset=-1&ordering=bogus`);
        assert.equal(hit.status, 200);
        const invalid = await server.get(`${LIST}${record.id}/?status=99999`);
        assert.equal(invalid.status, 400);
      });
    });

    describe('modes', () => {
      test('unknown or differently cased modes fall back to normal; {id}/ is always detailed', async () => {
        for (const mode of ['list', 'DETAILED', 'bogus']) {
          const { json } = await server.get(`${LIST}?mode=${mode}`);
          assert.equal(json.results[0].response_mode, 'normal', mode);
        }
        const { json } = await server.get(`${LIST}${all[0].id}/?mode=normal`);
        assert.equal(json.response_mode, 'detailed');
        assert.ok(Array.isArray(json.flights));
      });
    });

    describe('negotiation and errors', () => {
      test('format=json gives compact JSON with links that keep the format', async () => {
        const response = await server.get(`${LIST}?format=json&limit=1`);
        assert.equal(response.headers['content-type'], 'application/json');
        assert.ok(response.text.startsWith('{"count":'));
        assert.equal(response.json.results[0].url, `${TEST_ORIGIN}${LIST}${response.json.results[0].id}/?format=json`);
        const plain = await server.get(`${LIST}?limit=1`);
        assert.equal(plain.json.results[0].url, `${TEST_ORIGIN}${LIST}${plain.json.results[0].id}/`);
      });

      test('Accept: application/json; indent=2 pretty-prints', async () => {
        const response = await server.get(`${LIST}?limit=1`, { accept: 'application/json; indent=2' });
        assert.ok(response.text.startsWith('{\n  "count": '));
      });

      test('unknown format → 404 JSON; unsatisfiable Accept → 406', async () => {
        for (const format of ['xml', 'JSON']) {
          const response = await server.get(`${LIST}?format=${format}`);
          assert.equal(response.status, 404);
          assert.equal(response.text, '{"detail":"Not found."}');
        }
        const notAcceptable = await server.get(LIST, { accept: 'application/xml' });
        assert.equal(notAcceptable.status, 406);
        assert.equal(notAcceptable.text, '{"detail":"Could not satisfy the request Accept header."}');
        const conflict = await server.get(`${LIST}?format=json`, { accept: 'text/html' });
        assert.equal(conflict.status, 406);
      });

      test('a browser gets the browsable page; format=api too', async () => {
        for (const [url, headers] of [
          [`${LIST}?format=api&limit=2`, {}],
          [`${LIST}?limit=2`, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }],
        ] as const) {
          const response = await server.get(url, headers);
          assert.equal(response.status, 200);
          assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
          assert.match(response.text, /HTTP 200 OK/);
          assert.ok(response.text.includes(`GET ${url.replaceAll('&', '&#38;')}`));
        }
      });

      test('404 bodies: unknown id, malformed id, unknown route', async () => {
        const unknown = await server.get(`${LIST}999999/`);
        assert.equal(unknown.status, 404);
        assert.equal(unknown.text, '{"detail":"No Spacecraft matches the given query."}');
        for (const id of ['0', '-1', '99999999999']) {
          const response = await server.get(`${LIST}${id}/`);
          assert.deepEqual(response.json, { detail: 'No Spacecraft matches the given query.' }, id);
        }
        const malformed = await server.get(`${LIST}abc/`);
        assert.equal(malformed.text, '{"detail":"Not found."}');
        const config = await server.get('/2.3.0/spacecraft_configurations/999999/');
        assert.deepEqual(config.json, { detail: 'No SpacecraftConfiguration matches the given query.' });
        const route = await server.get('/2.3.0/nonexistent/');
        assert.equal(route.status, 404);
        assert.match(String(route.headers['content-type']), /^text\/html/);
      });

      test('only GET: other methods get 405 with Allow: GET; HEAD has no body', async () => {
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const) {
          const response = await server.app.inject({ method, url: `${LIST}${all[0].id}/`, payload: method === 'POST' ? '{bad json' : undefined, headers: { 'content-type': 'application/json' } });
          assert.equal(response.statusCode, 405, method);
          assert.equal(response.body, `{"detail":"Method \\"${method}\\" not allowed."}`);
          assert.equal(response.headers.allow, 'GET');
        }
        // Over a real socket: Node sends no body for HEAD (inject would show the would-be body).
        const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
        const head = await fetch(`${address}${LIST}`, { method: 'HEAD' });
        assert.equal(head.status, 405);
        assert.equal(await head.text(), '');
        assert.equal(head.headers.get('allow'), 'GET');
      });

      test('CORS: preflight answered, Origin gets *', async () => {
        const preflight = await server.app.inject({
          method: 'OPTIONS',
          url: LIST,
          headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
        });
        assert.equal(preflight.statusCode, 200);
        assert.equal(preflight.headers['access-control-allow-origin'], '*');
        const simple = await server.get(`${LIST}?limit=1`, { origin: 'https://example.org' });
        assert.equal(simple.headers['access-control-allow-origin'], '*');
      });

      test('a missing trailing slash redirects with the query kept', async () => {
        for (const url of ['/2.3.0/spacecraft?limit=2&format=json', `/2.3.0/spacecraft/${all[0].id}`, '/2.3.0/api-throttle']) {
          const response = await server.get(url);
          assert.equal(response.status, 301);
          const [path, query] = url.split('?');
          assert.equal(response.headers.location, `${path}/${query ? `?${query}` : ''}`);
          assert.equal(response.text, '');
        }
      });

      test('responses carry Allow: GET and Vary: Accept, errors included', async () => {
        for (const url of [LIST, `${LIST}?status=abc`, `${LIST}999999/`]) {
          const response = await server.get(url);
          assert.equal(response.headers.allow, 'GET', url);
          assert.equal(response.headers.vary, 'Accept', url);
          assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
        }
      });

      test('the API root lists every endpoint', async () => {
        const { status, json } = await server.get('/2.3.0/?format=json');
        assert.equal(status, 200);
        assert.equal(json.spacecraft, `${TEST_ORIGIN}/2.3.0/spacecraft/?format=json`);
      });
    });

    describe('value formats', () => {
      test('durations are isodate strings and date-times end in Z', async () => {
        for (const record of all) {
          for (const field of ['time_in_space', 'time_docked', 'fastest_turnaround']) {
            if (record[field] !== null) assert.match(record[field], /^-?P(\d+D)?(T(\d+H)?(\d+M)?([\d.]+S)?)?$/, field);
          }
        }
        const flown = all.find((record) => record.flights_count > 0);
        assert.ok(flown, 'the dataset has a flown spacecraft');
        const { json } = await server.get(`${LIST}${flown.id}/`);
        for (const flight of json.flights) {
          assert.match(flight.launch.net, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$/);
        }
      });

      test('floats keep their .0 on the wire', async () => {
        const { text } = await server.get('/2.3.0/spacecraft_configurations/?mode=detailed&limit=100');
        const heights = [...text.matchAll(/"(height|diameter)":(-?[\d.e+-]+)/g)].map((match) => match[2]);
        assert.ok(heights.length > 0);
        for (const value of heights) assert.match(value, /[.e]/, `${value} must print as a float`);
      });
    });
  });
}

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`non-ASCII text (${kind})`, { skip }, () => {
    let server: TestApp;
    before(async () => {
      server = await startTestApp(kind, async (database) => {
        await importRecords(database, spacecraftConfiguration, [
          {
            id: 1,
            name: 'Союз',
            type: { id: 2, name: 'Capsule' },
            agency: { id: 1, name: 'Роскосмос', abbrev: 'RFSA', type: { id: 1, name: 'Government' } },
          },
        ]);
        await importRecords(database, spacecraft, [
          { id: 1, name: 'Прогресс М-10М', status: { id: 1, name: 'Active' }, spacecraft_config: { id: 1 } },
          { id: 2, name: 'Résilience', status: { id: 1 }, spacecraft_config: { id: 1 } },
          { id: 3, name: 'ASCII only', status: { id: 1 }, spacecraft_config: { id: 1 } },
        ]);
      });
    });
    after(() => server?.close());

    test('search folds case beyond ASCII and returns the same bytes on both databases', async () => {
      const cyrillic = await server.get(`${LIST}?format=json&search=${encodeURIComponent('прогресс')}`);
      assert.deepEqual(ids(cyrillic.json.results), [1]);
      assert.ok(cyrillic.text.includes('"name":"Прогресс М-10М"'), 'raw UTF-8, not escaped');
      const accented = await server.get(`${LIST}?search=${encodeURIComponent('RÉSIL')}`);
      assert.deepEqual(ids(accented.json.results), [2]);
      const byConfig = await server.get(`${LIST}?search=${encodeURIComponent('СОЮЗ')}`);
      assert.equal(byConfig.json.count, 3);
    });

    test('exact name filters are case-sensitive, after trimming', async () => {
      const exact = await server.get(`${LIST}?name=${encodeURIComponent(' Прогресс М-10М ')}`);
      assert.deepEqual(ids(exact.json.results), [1]);
      const otherCase = await server.get(`${LIST}?name=${encodeURIComponent('прогресс м-10м')}`);
      assert.equal(otherCase.json.count, 0);
    });
  });
}
