// The HTTP extensions: the response cache (invalidated by the data version), ETag and 304,
// Cache-Control, gzip and brotli. Off, the wire is LL2's exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseRate } from '../../src/access/rate.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { importRecords } from '../../src/ingest/import-records.ts';
import { spacecraftStatus } from '../../src/models/spacecraft.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const LIST = '/2.3.0/spacecraft/?format=json&limit=20';

describe('HTTP caching on', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database, { catalog: false }), {
      responseCacheMb: 8,
      cacheMaxAgeSeconds: 60,
      compression: true,
      dataVersionCheckMs: 0,
    });
  });
  after(() => server?.close());

  test('a request asked again is answered from the cache: same bytes, no query but the version check', async () => {
    const first = await server.get(LIST);
    server.statements.length = 0;
    // Asked once, a response is not kept; asked a second time, it is.
    const second = await server.get(LIST);
    assert.ok(server.statements.some((statement) => /^select "root"\.\* from "spacecraft"/.test(statement)), server.statements.join('\n'));
    server.statements.length = 0;
    const third = await server.get(LIST);
    assert.equal(third.status, 200);
    assert.equal(second.text, first.text);
    assert.equal(third.text, first.text);
    assert.equal(server.statements.length, 1, server.statements.join('\n'));
    assert.match(server.statements[0], /apogee_meta/);
    assert.equal(third.headers['content-type'], 'application/json');
    assert.equal(third.headers.allow, 'GET');
    assert.equal(third.headers.etag, first.headers.etag);
  });

  test('a URL asked once is not kept: asked a second time, it is computed again', async () => {
    await server.get(LIST);
    await server.get(LIST);
    for (let offset = 0; offset < 40; offset++) await server.get(`/2.3.0/spacecraft/?format=json&limit=20&offset=${offset}&once`);
    server.statements.length = 0;
    await server.get('/2.3.0/spacecraft/?format=json&limit=20&offset=3&once');
    assert.ok(server.statements.length > 1, 'a URL asked once was computed again the second time');
    server.statements.length = 0;
    await server.get(LIST);
    assert.equal(server.statements.length, 1, server.statements.join('\n'));
  });

  test('identical requests arriving together cost one computation', async () => {
    const url = '/2.3.0/spacecraft/?format=json&limit=7&ordering=-flights_count';
    server.statements.length = 0;
    const responses = await Promise.all(Array.from({ length: 5 }, () => server.get(url)));
    for (const response of responses) assert.equal(response.text, responses[0].text);
    const pages = server.statements.filter((statement) => /^select "root"\.\* from "spacecraft"/.test(statement));
    assert.equal(pages.length, 1, server.statements.join('\n'));
    // A failing request is not shared: each is answered, none waits forever.
    const failures = await Promise.all(Array.from({ length: 3 }, () => server.get('/2.3.0/spacecraft/?format=json&status=999999')));
    assert.deepEqual(failures.map((response) => response.status), [400, 400, 400]);
  });

  test('every 200 has an ETag; If-None-Match answers 304 without a body', async () => {
    const response = await server.get(LIST);
    const etag = String(response.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(response.headers['cache-control'], 'public, max-age=60');
    const again = await server.app.inject({ method: 'GET', url: LIST, headers: { host: 'apogee.test', 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    assert.equal(again.headers.etag, etag);
    const other = await server.app.inject({ method: 'GET', url: LIST, headers: { host: 'apogee.test', 'if-none-match': '"something-else"' } });
    assert.equal(other.statusCode, 200);
  });

  test('an import bumps the data version: the next response is computed again', async () => {
    const statuses = '/2.3.0/config/spacecraft_statuses/?format=json';
    const before = await server.get(statuses);
    await importRecords(server.database, spacecraftStatus, [{ id: 77, name: 'Cached or not' }]);
    const after = await server.get(statuses);
    assert.notEqual(after.text, before.text);
    assert.ok(after.json.results.some((status: { name: string }) => status.name === 'Cached or not'));
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  test('the representation is part of the key: JSON and the browsable page are cached apart', async () => {
    const json = await server.get('/2.3.0/agencies/?limit=2');
    const html = await server.get('/2.3.0/agencies/?limit=2', { accept: 'text/html' });
    assert.equal(json.headers['content-type'], 'application/json');
    assert.match(String(html.headers['content-type']), /^text\/html/);
    const jsonAgain = await server.get('/2.3.0/agencies/?limit=2');
    assert.equal(jsonAgain.text, json.text);
  });

  test('gzip and brotli for bodies over 1 KB, by Accept-Encoding; the decoded bytes are the same', async () => {
    const plain = await server.get(LIST);
    assert.ok(plain.text.length > 1024);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate', 'gzip', gunzipSync],
      ['br;q=1.0, gzip;q=0.8', 'br', brotliDecompressSync],
      ['gzip;q=1, br;q=0.5', 'gzip', gunzipSync],
    ] as const) {
      const response = await server.app.inject({ method: 'GET', url: LIST, headers: { host: 'apogee.test', 'accept-encoding': accept } });
      assert.equal(response.headers['content-encoding'], encoding, accept);
      assert.equal(decode(response.rawPayload).toString(), plain.text, accept);
      assert.equal(response.headers.vary, 'Accept, Accept-Encoding');
    }
    const identity = await server.app.inject({ method: 'GET', url: LIST, headers: { host: 'apogee.test', 'accept-encoding': 'identity' } });
    assert.equal(identity.headers['content-encoding'], undefined);
    const small = await server.app.inject({ method: 'GET', url: '/2.3.0/config/spacecraft_statuses/1/', headers: { host: 'apogee.test', 'accept-encoding': 'gzip' } });
    assert.equal(small.headers['content-encoding'], undefined, 'small bodies are sent as they are');
  });
});

describe('HTTP caching with a throttle', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database, { catalog: false }), {
      responseCacheMb: 8,
      throttleAnon: parseRate('2/hour'),
    });
  });
  after(() => server?.close());

  test('a cached answer still counts against the client’s limit', async () => {
    assert.equal((await server.get(LIST)).status, 200);
    assert.equal((await server.get(LIST)).status, 200);
    assert.equal((await server.get(LIST)).status, 429);
  });
});

describe('HTTP caching off (the default of the wire tests, LL2’s exact headers)', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database, { catalog: false }));
  });
  after(() => server?.close());

  test('no ETag, no Cache-Control, Vary: Accept, no encoding', async () => {
    const response = await server.app.inject({ method: 'GET', url: LIST, headers: { host: 'apogee.test', 'accept-encoding': 'gzip, br' } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers.etag, undefined);
    assert.equal(response.headers['cache-control'], undefined);
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(response.headers.vary, 'Accept');
  });
});
