// Property-based fuzzing of every endpoint (issue #8, robustness): hostile query strings,
// paths and headers never produce a 5xx, every error keeps one of LL2's documented shapes
// (BEHAVIOR.md §5, §8.5, §8.6), and nothing a client sends changes the database.
//
// Bounded and reproducible: a fixed seed and a fixed number of runs per property. A failure
// prints fast-check's counterexample (the request that failed); the regressions found this
// way are pinned by the explicit tests at the end.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { parseRate } from '../../src/access/rate.ts';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/connect.ts';
import { readDataStatus } from '../../src/db/data-status.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { resources } from '../../src/resources/index.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, TEST_HOST, type TestApp } from '../support/test-app.ts';

// CI runs the fixed seed; a deeper local hunt: FUZZ_SEED=<n> FUZZ_SCALE=10 npx tsx --test test/http/fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 0x8a11);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS_PER_RESOURCE = 30 * SCALE;
const RUNS_PATHS = 400 * SCALE;
const RUNS_HEADERS = 300 * SCALE;

const STANDARD_PARAMETERS = ['limit', 'offset', 'ordering', 'search', 'mode', 'format'];

// Values as a client types them (they are percent-encoded on the way).
const HOSTILE_TEXT = [
  '', ' ', '0', '-0', '+0', '-1', '00', '1.0', '.5', '1e3', '-1e-400', '1e308', '1e309', '-1e309', '1e50', '1e51', '-1e51',
  '2147483648', '-2147483649', '9007199254740993', '99999999999999999999999', '9'.repeat(5000),
  'NaN', 'nan', 'Infinity', '-inf', '0x1F', '1_000', '١٢٣', '１２３', 'true', 'False', 'null', '[]', '{}', 'api', 'json', 'detailed', 'list',
  '<script>alert(1)</script>', '"><img src=x>', '{{7*7}}', '${7*7}',
  '\u0000', 'a\u0000b', '💩', 'Прогресс', 'ß', 'İ', '\u202e', '\ufeff', '\u00a0', '\t\n', '\u2028',
  "' OR '1'='1", "'; DROP TABLE spacecraft; --", '1; select pg_sleep(10)', '1) OR (1=1', '" OR ""="', '\\', '_', '%', '%_%', '*',
  ',', ',,', '1,', ',1', '1,,2', '1,abc', 'a,b,c', '-id', '--id', '-', 'id,-id,name,?', '__', 'name__icontains',
  '2024-02-30', '2024-13-01T00:00:00Z', '0000-01-01', '9999-12-31T23:59:59.999999+14:00', '2024-01-01T25:00', '12/31/1999 23:59', '1/1/70',
  // 10 KB makes the URL a 414; up to 8 KB encoded still reaches the parsers.
  'x'.repeat(10_240),
  'x'.repeat(7_000),
  'é'.repeat(1_100),
  `${'1,'.repeat(1_500)}1`,
];
// Pieces sent as they are: malformed or unusual percent-encoding.
const HOSTILE_RAW = ['%', '%%', '%zz', '%0', '%00', '%FF', '%C0%80', '%ED%A0%80', '%E2%80%A8', '%F0%9F%9A%80', '%2525', '+', '++', '%2B', '%26', '%3D', '=', '=='];

/** UTF-8 percent-encoding of anything, lone surrogates included (they become U+FFFD). */
function encode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer({ min: -5, max: 5000 }).map(String), fc.constantFrom(...HOSTILE_TEXT)), { maxLength: 4 }).map((items) => items.join(',')) },
);
/** A query value as it appears in the URL. */
const hostileValue = fc.oneof(
  { weight: 4, arbitrary: hostileText.map(encode) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_RAW), hostileText.map(encode)), { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join('')) },
);
const hostileKey = fc.oneof(fc.constantFrom('', '%00', 'limit[]', 'LIMIT', 'format%00', 'a'.repeat(1000), '%zz', 'id__in', 'name__icontains', 'status__gt'), hostileText.map(encode));

/** A query string: the resource's filters and the standard parameters with hostile values, keys repeated, odd separators. */
function hostileQuery(names: string[]): fc.Arbitrary<string> {
  const known = [...names, ...STANDARD_PARAMETERS];
  const pair = fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: hostileKey }), hostileValue, fc.constantFrom('=', '=', '=', ''));
  return fc
    .tuple(
      fc.array(pair, { maxLength: 12 }),
      // Some keys twice or more: the last value wins, filters that read every value read them all.
      fc.array(fc.tuple(fc.constantFrom(...known), fc.array(hostileValue, { minLength: 2, maxLength: 4 })), { maxLength: 2 }),
      fc.constantFrom('&', '&', '&', '&&', ';', '&amp;'),
    )
    .map(([pairs, repeated, separator]) => {
      const pieces = pairs.map(([key, value, equals]) => (equals ? `${key}=${value}` : key));
      for (const [key, values] of repeated) for (const value of values) pieces.push(`${key}=${value}`);
      return pieces.join(separator);
    });
}

const HOSTILE_SEGMENTS = [
  '0', '-0', '-1', '+1', '01', ' 1', '1 ', '1.0', '1e3', '2147483648', '99999999999999999999999', '9'.repeat(600), 'NaN', 'abc', 'null',
  '..', '.', '1.json', '1.api', '1.xml', '1.5', '%', '%zz', '%00', '%FF', '%C0%80', '%2F', '%2e%2e', '%20', '%E2%80%A8', '%D9%A3', '%EF%BC%91',
  "1'%20OR%20'1'='1", '1;', '1%3B', '*', ':id', '::', '(', ')', '~', '$', '@', 'a'.repeat(2000),
  '00000000-0000-0000-0000-000000000000', '0000000000000000000000000000000G',
];
const hostileSegment = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) }, { weight: 1, arbitrary: hostileText.map(encode) });

/** A path near the API's: an id, a mangled route, a missing or doubled slash, extra segments. */
const hostilePath = fc
  .tuple(fc.constantFrom(...resources.map((resource) => resource.path), 'api-throttle', 'dashboard/starship', 'swagger', 'schema', ''), hostileSegment, fc.integer({ min: 0, max: 8 }))
  .map(([base, segment, shape]) => {
    const prefix = base ? `/2.3.0/${base}/` : '/2.3.0/';
    return [
      `${prefix}${segment}/`,
      `${prefix}${segment}`,
      `${prefix}${segment}/${segment}/`,
      `/2.3.0/${segment}/`,
      `/${segment}`,
      `/${segment}/2.3.0/${base}/`,
      `${prefix.replace(/\/$/, '')}//${segment}/`,
      `/2.3.0//${base}/`,
      `${prefix}swagger/assets/${segment}`,
    ][shape];
  });

// Header values as they can reach Node: visible ASCII, spaces, tabs, and obs-text bytes.
const headerText = fc.oneof(
  fc.constantFrom('', ' ', 'null', '*/*', ',', ';;;', '=', 'a'.repeat(10_240), '\t', 'ÿ', 'Ã©', "' OR 1=1 --", '%00', '%zz', '9'.repeat(400)),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((code) => code !== 0x7f).map((code) => String.fromCharCode(code)), maxLength: 60 }),
);
const HEADER_CHOICES: Record<string, fc.Arbitrary<string>> = {
  accept: fc.oneof(
    fc.constantFrom(
      'application/xml', 'text/html', 'text/*', 'application/*', '*/*;q=0', 'application/json; indent=999999999999999999999', 'application/json; indent=-1',
      'application/json; indent=NaN', 'application/json; indent=٣', 'text/html; indent=abc', 'application/json;;;indent==4', ',,,;;;', '/', 'application/json, text/html;q=NaN',
    ),
    headerText,
  ),
  authorization: fc.oneof(fc.constantFrom('Token', 'Token ', 'Token a b', 'token abc', 'Bearer x', 'Basic ', `Token ${'f'.repeat(40)}`, `Token ${'a'.repeat(10_240)}`, "Token ' OR 1=1 --"), headerText),
  host: fc.oneof(fc.constantFrom('', 'evil.example:99999', '[::1', 'x y', 'localhost:-1', '127.0.0.1:0', 'a'.repeat(10_240), 'ÿ.example', 'host/with/slashes', 'host?q', 'host#f'), headerText),
  'x-forwarded-for': fc.oneof(fc.constantFrom('garbage, , ,', '::1', '1.2.3.4, 5.6.7.8', '999.999.999.999', '[::1]:80', 'unknown', 'a'.repeat(10_240)), headerText),
  'x-forwarded-proto': fc.oneof(fc.constantFrom('', 'https', 'javascript', 'http, https', 'HTTPS', 'ftp'), headerText),
  'x-forwarded-host': fc.oneof(fc.constantFrom('', 'evil"<>', 'a, b', 'example.org:443', 'a'.repeat(10_240)), headerText),
  'x-forwarded-port': headerText,
  origin: fc.oneof(fc.constantFrom('null', 'https://example.org', 'a'.repeat(10_240)), headerText),
  'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x", "', '"a"', 'W/', '""'), headerText),
  'if-modified-since': headerText,
  'accept-encoding': fc.oneof(fc.constantFrom('gzip', 'br', 'deflate', 'gzip;q=NaN, br;q=', 'identity;q=0', '*;q=0', 'x-unknown', 'gzip, deflate, br, zstd'), headerText),
  'accept-language': headerText,
  cookie: fc.oneof(fc.constantFrom('sessionid=x; csrftoken=y', 'a'.repeat(8000)), headerText),
  'content-type': fc.constantFrom('application/json', 'multipart/form-data; boundary=', 'text/plain', '*/*', 'application/x-www-form-urlencoded'),
  'user-agent': headerText,
  range: headerText,
};
const hostileHeaders = fc.dictionary(fc.constantFrom(...Object.keys(HEADER_CHOICES)), fc.constant(''), { maxKeys: 5 }).chain((picked) =>
  Object.keys(picked).length === 0
    ? fc.constant({} as Record<string, string>)
    : fc.record(Object.fromEntries(Object.keys(picked).map((name) => [name, HEADER_CHOICES[name]]))),
);

const hostileBody = fc.option(fc.constantFrom('{bad json', '{"a":1}', 'a=1&b=2', 'x'.repeat(100_000), '\u0000'), { nil: undefined });

// ---------------------------------------------------------------------------------------
// What every response must look like.

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const DOCUMENTED_STATUSES = new Set([200, 301, 304, 400, 403, 404, 405, 406, 414, 429]);

function describeRequest(sent: Sent): string {
  const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…(${text.length})` : text);
  return `${sent.method} ${clip(sent.url)} ${clip(JSON.stringify(sent.headers))}${sent.body === undefined ? '' : ` body ${clip(sent.body)}`}`;
}

function decodedBody(response: { rawPayload: Buffer; headers: Record<string, unknown> }): string {
  const encoding = String(response.headers['content-encoding'] ?? '');
  if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString();
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString();
  if (encoding === 'deflate') return inflateSync(response.rawPayload).toString();
  return response.rawPayload.toString();
}

/** DRF's error bodies: `{"detail": …}`, django-filter's `{"param": [messages]}`, SearchFilter's bare `[message]`. */
function documentedErrorProblem(body: unknown, filterNames: Set<string> | null): string | null {
  if (Array.isArray(body)) return body.length > 0 && body.every((item) => typeof item === 'string') ? null : 'a list that is not a list of messages';
  if (!body || typeof body !== 'object') return 'not an object or list';
  const entries = Object.entries(body);
  if (entries.length === 1 && entries[0][0] === 'detail') return typeof entries[0][1] === 'string' ? null : 'detail is not a string';
  if (entries.length === 0) return 'an empty object';
  for (const [key, messages] of entries) {
    if (filterNames && !filterNames.has(key)) return `"${key}" is not a filter of this endpoint`;
    if (!Array.isArray(messages) || messages.length === 0 || !messages.every((message) => typeof message === 'string')) return `"${key}" is not a list of messages`;
  }
  return null;
}

async function check(app: FastifyInstance, sent: Sent, filterNames: Set<string> | null = null): Promise<void> {
  const response = await app.inject({ method: sent.method as 'GET', url: sent.url, headers: sent.headers, payload: sent.body });
  const where = describeRequest(sent);
  assert.ok(response.statusCode < 500, `${response.statusCode} for ${where}: ${response.body.slice(0, 300)}`);
  assert.ok(DOCUMENTED_STATUSES.has(response.statusCode), `undocumented ${response.statusCode} for ${where}: ${response.body.slice(0, 300)}`);
  const type = String(response.headers['content-type'] ?? '');
  if (response.statusCode === 301) {
    assert.ok(response.headers.location, `301 without Location for ${where}`);
    return;
  }
  if (response.statusCode === 304) return;
  if (/^application\/([a-z.]+\+)?json/.test(type)) {
    let body: unknown;
    assert.doesNotThrow(() => {
      body = JSON.parse(decodedBody(response));
    }, `invalid JSON for ${where}`);
    if (response.statusCode >= 400) {
      const problem = documentedErrorProblem(body, filterNames);
      assert.equal(problem, null, `${response.statusCode} body for ${where}: ${problem}: ${response.body.slice(0, 300)}`);
      assert.equal(response.headers.allow, 'GET', `${response.statusCode} without Allow: GET for ${where}`);
    }
    return;
  }
  // Pages, Swagger UI, metrics text: any 200 that is not JSON is theirs to shape.
  if (response.statusCode < 400) return;
  // An HTML error: Django's 404 page for an unknown URL, or the browsable page of an error.
  assert.ok(type.startsWith('text/html'), `${response.statusCode} with Content-Type "${type}" for ${where}`);
  assert.match(decodedBody(response), /<html/i, `HTML without a page for ${where}`);
}

/** Every table's row count and the data version: what a read must never change. */
async function databaseState(database: Database): Promise<string> {
  const tables =
    database.dialect.name === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(database.db)
      : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(database.db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ count: number }>`select count(*) as count from ${sql.table(name)}`.execute(database.db);
    counts[name] = Number(result.rows[0].count);
  }
  return JSON.stringify({ counts, status: await readDataStatus(database.db) });
}

// endOnFailure: the first counterexample is reported as found (shrinking could take minutes).
const params = (runs: number) => ({ seed: SEED, numRuns: runs, endOnFailure: true, includeErrorInReport: true });

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`fuzzing (${kind})`, { skip }, () => {
    let server: TestApp;
    // The production shape: behind a proxy (X-Forwarded-* believed), throttled, with the
    // configuration's defaults for everything else (response cache, compression).
    let production: FastifyInstance;
    let stateBefore: string;
    const ids = new Map<string, string>();

    before(async () => {
      server = await startTestApp(kind, (database) => loadBundledData(database, { catalog: false }));
      production = await buildApp({
        config: { ...loadConfig({}), logLevel: 'silent', trustProxy: true, throttleAnon: parseRate('100000/minute'), redisUrl: null, redisPrefix: `apogee-test:${randomUUID()}:` },
        database: server.database,
        logger: false,
      });
      await production.ready();
      // An existing id per endpoint, so that `{id}/` is reached with filters and hostile headers too.
      for (const resource of resources) {
        const response = await server.app.inject({ url: `/2.3.0/${resource.path}/?limit=1&format=json`, headers: { host: TEST_HOST } });
        const first = JSON.parse(response.body).results?.[0];
        if (first) ids.set(resource.path, String(first.id));
      }
      stateBefore = await databaseState(server.database);
    });
    after(async () => {
      await production?.close();
      await server?.close();
    });

    for (const resource of resources) {
      const filterNames = new Set(Object.keys(resource.filters));
      test(`/${resource.path}/: hostile query strings on the list and {id}/`, async () => {
        const path = fc.constantFrom(`/2.3.0/${resource.path}/`, `/2.3.0/${resource.path}/${ids.get(resource.path) ?? '1'}/`, `/2.3.0/${resource.path}/999999/`);
        await fc.assert(
          // A quarter of the queries ask for the browsable page, which shows the values in its forms.
          fc.asyncProperty(path, fc.constantFrom('', '', 'format=json&', 'format=api&'), hostileQuery([...filterNames]), async (base, format, query) => {
            await check(server.app, { method: 'GET', url: `${base}?${format}${query}`, headers: { host: TEST_HOST } }, filterNames);
          }),
          params(RUNS_PER_RESOURCE),
        );
      });
    }

    test('every filter of every endpoint, alone, with values that reach the SQL', async () => {
      // Valid to the form fields but extreme for the database: each filter alone, so that no
      // other filter's 400 stops the request before its SQL runs.
      const values = ['99999999999999999999999', '-1e51', '1e50,-0,1.5', `x'%_\\Ω${'y'.repeat(300)}`];
      for (const resource of resources) {
        const filterNames = new Set(Object.keys(resource.filters));
        for (const name of filterNames) {
          for (const value of values) {
            await check(server.app, { method: 'GET', url: `/2.3.0/${resource.path}/?${name}=${encode(value)}`, headers: { host: TEST_HOST } }, filterNames);
          }
        }
      }
    });

    test('hostile query strings on the other endpoints', async () => {
      const others = ['/', '/2.3.0/', '/2.3.0/api-throttle/', '/2.3.0/dashboard/starship/', '/2.3.0/swagger/', '/2.3.0/schema/', '/health', '/metrics'];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...others), hostileQuery([]), async (path, query) => {
          await check(server.app, { method: 'GET', url: `${path}?${query}`, headers: { host: TEST_HOST } });
        }),
        params(RUNS_PATHS),
      );
    });

    test('hostile paths', async () => {
      await fc.assert(
        fc.asyncProperty(hostilePath, fc.constantFrom('', '?format=json', '?format=api', '?limit=1&mode=detailed'), async (path, query) => {
          await check(server.app, { method: 'GET', url: `${path}${query}`, headers: { host: TEST_HOST } });
        }),
        params(RUNS_PATHS),
      );
    });

    test('hostile headers, methods and bodies, on the production configuration', async () => {
      const urls = [
        ...resources.flatMap((resource) => [`/2.3.0/${resource.path}/`, `/2.3.0/${resource.path}/${ids.get(resource.path) ?? '1'}/`]),
        '/2.3.0/spacecraft/?format=api',
        '/2.3.0/spacecraft/?format=json&limit=2&offset=1',
        '/2.3.0/spacecraft/?format=xml',
        '/2.3.0/spacecraft',
        '/2.3.0/',
        '/2.3.0/api-throttle/',
        '/2.3.0/dashboard/starship/',
        '/2.3.0/nonexistent/',
        '/',
      ];
      const method = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...urls), method, hostileHeaders, hostileBody, async (url, verb, headers, body) => {
          const sent: Sent = { method: verb, url, headers: { host: TEST_HOST, ...headers }, body };
          await check(production, sent);
          // Without the proxy and the extensions: LL2's exact wire.
          await check(server.app, sent);
        }),
        params(RUNS_HEADERS),
      );
    });

    // Explicit tests for what the properties above found.
    test('comma-separated numbers beyond 32 bits match nothing (PostgreSQL answered 500)', async () => {
      const all = (await server.get('/2.3.0/launches/?format=json')).json.count;
      const [year] = (await server.get('/2.3.0/launches/?format=json&limit=1')).json.results[0].net.split('-');
      const ofYear = (await server.get(`/2.3.0/launches/?format=json&year=${year}`)).json.count;
      assert.ok(all > 0 && ofYear > 0);
      for (const query of ['year=1e50', 'month=99999999999999999999999', 'day=-1e51', 'id=99999999999999999999999', 'lsp__id=1e50', 'status__ids=2147483648', 'location__ids=-99999999999999999999999']) {
        const response = await server.get(`/2.3.0/launches/?format=json&${query}`);
        assert.equal(response.status, 200, `${query}: ${response.text.slice(0, 200)}`);
        assert.equal(response.json.count, 0, query);
      }
      // The out-of-range value drops out; the others still match.
      assert.equal((await server.get(`/2.3.0/launches/?format=json&year=${year},1e50`)).json.count, ofYear);
      const landing = await server.get('/2.3.0/landings/?format=json&landing_location__ids=99999999999999999999999');
      assert.equal(landing.status, 200);
      assert.equal(landing.json.count, 0);
    });

    test('a path with `*` or `:` is a 404 page (the APPEND_SLASH check threw: 500)', async () => {
      for (const path of ['*', '/a*b', '/2.3.0/swagger/assets/:x(', '/2.3.0/:id', '/2.3.0/dashboard/*']) {
        const response = await server.app.inject({ url: path, headers: { host: TEST_HOST } });
        assert.equal(response.statusCode, 404, path);
        assert.match(String(response.headers['content-type']), /^text\/html/, path);
      }
    });

    test("undecodable or long path segments answer as Django does, not in Fastify's shape (400/414)", async () => {
      for (const id of ['%zz', '%FF', '%C0%80', '%', 'a'.repeat(600)]) {
        const response = await server.app.inject({ url: `/2.3.0/spacecraft/${id}/`, headers: { host: TEST_HOST } });
        assert.equal(response.statusCode, 404, id);
        assert.equal(response.body, '{"detail":"Not found."}', id);
        assert.equal(response.headers.allow, 'GET', id);
        assert.equal(response.headers['x-content-type-options'], 'nosniff', id);
      }
      const post = await server.app.inject({ method: 'POST', url: '/2.3.0/spacecraft/%zz/', headers: { host: TEST_HOST } });
      assert.equal(post.statusCode, 405);
      const redirect = await server.app.inject({ url: '/2.3.0/spacecraft/%zz', headers: { host: TEST_HOST } });
      assert.equal(redirect.statusCode, 301);
      for (const path of ['/2.3.0/%zz/', '/%FF', '/2.3.0/swagger/assets/%zz']) {
        const response = await server.app.inject({ url: path, headers: { host: TEST_HOST } });
        assert.equal(response.statusCode, 404, path);
        assert.match(response.body, /<title>Not Found<\/title>/, path);
      }
    });

    test('nothing a client sent changed the database', async () => {
      assert.equal(await databaseState(server.database), stateBefore);
    });
  });
}
