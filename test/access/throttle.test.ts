// LL2's access model (BEHAVIOR.md §9): anonymous limits per IP, API keys with their own
// rate, what counts and what does not, the 429 and /api-throttle/, on the in-memory store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { throttled, UNLIMITED_REQUESTS } from '../../src/access/access-control.ts';
import { createKey, revokeKey } from '../../src/access/api-keys.ts';
import { parseRate } from '../../src/access/rate.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const LIST = '/2.3.0/spacecraft/';

describe('anonymous throttling (THROTTLE_ANON=4/hour)', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database), { throttleAnon: parseRate('4/hour') });
  });
  after(() => server?.close());

  const from = (ip: string) => ({ 'x-test-ip': ip });
  const request = (url: string, ip: string, method: 'GET' | 'POST' = 'GET', headers: Record<string, string> = {}) =>
    server.app.inject({ method, url, remoteAddress: ip, headers: { host: 'apogee.test', ...from(ip), ...headers } });

  test('what does not count: api-throttle, bad format, 406, unknown routes, redirects, bad tokens', async () => {
    const ip = '10.0.0.1';
    for (const url of ['/2.3.0/api-throttle/', `${LIST}?format=xml`, '/2.3.0/nowhere/', '/2.3.0/spacecraft']) {
      await request(url, ip);
    }
    await request(LIST, ip, 'GET', { accept: 'application/xml' });
    await request(LIST, ip, 'GET', { authorization: 'Token nonsense' });
    const usage = await request('/2.3.0/api-throttle/', ip);
    assert.deepEqual(JSON.parse(usage.body), { your_request_limit: 4, limit_frequency_secs: 3600, current_use: 0, next_use_secs: 0, ident: ip });
  });

  test('what counts: 200s, filter 400s, unknown-id 404s, 405s; then 429 with Retry-After', async () => {
    const ip = '10.0.0.2';
    assert.equal((await request(LIST, ip)).statusCode, 200);
    assert.equal((await request(`${LIST}?status=abc`, ip)).statusCode, 400);
    assert.equal((await request(`${LIST}999999/`, ip)).statusCode, 404);
    assert.equal((await request(LIST, ip, 'POST')).statusCode, 405);
    const refused = await request(LIST, ip);
    assert.equal(refused.statusCode, 429);
    const wait = Number(refused.headers['retry-after']);
    assert.ok(wait > 3590 && wait <= 3600, `Retry-After ${wait}`);
    assert.equal(refused.body, `{"detail":"Request was throttled. Expected available in ${wait} seconds."}`);
    assert.equal(refused.headers.allow, 'GET');
    // A throttled client is refused even for POST (the throttle runs before the method check).
    assert.equal((await request(LIST, ip, 'POST')).statusCode, 429);
    const usage = JSON.parse((await request('/2.3.0/api-throttle/?format=json', ip)).body);
    assert.equal(usage.current_use, 4);
    assert.ok(usage.next_use_secs > 3590);
  });

  test('refused requests are not recorded; other clients are not affected', async () => {
    const ip = '10.0.0.3';
    for (let index = 0; index < 4; index++) assert.equal((await request(LIST, ip)).statusCode, 200);
    for (let index = 0; index < 3; index++) assert.equal((await request(LIST, ip)).statusCode, 429);
    const usage = JSON.parse((await request('/2.3.0/api-throttle/', ip)).body);
    assert.equal(usage.current_use, 4);
    assert.equal((await request(LIST, '10.0.0.4')).statusCode, 200);
  });

  test('X-Forwarded-For is ignored unless TRUST_PROXY is set', async () => {
    const ip = '10.0.0.5';
    for (let index = 0; index < 4; index++) await request(LIST, ip, 'GET', { 'x-forwarded-for': `192.0.2.${index}` });
    assert.equal((await request(LIST, ip, 'GET', { 'x-forwarded-for': '192.0.2.99' })).statusCode, 429);
  });

  test('the 429 wording has a singular', () => {
    assert.deepEqual(throttled(0.2).body, { detail: 'Request was throttled. Expected available in 1 second.' });
    assert.equal(throttled(59.01).headers['retry-after'], '60');
  });
});

describe('API keys', () => {
  let server: TestApp;
  let key: string;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database), { throttleAnon: parseRate('1/hour') });
    key = (await createKey(server.database.db, 'test client', '3/minute')).key;
  });
  after(() => server?.close());

  const get = (url: string, authorization?: string) =>
    server.app.inject({ method: 'GET', url, remoteAddress: '10.1.0.1', headers: authorization ? { authorization } : {} });

  test('a key has its own rate and its own counter', async () => {
    assert.equal((await get(LIST)).statusCode, 200);
    assert.equal((await get(LIST)).statusCode, 429, 'the anonymous limit is spent');
    for (let index = 0; index < 3; index++) assert.equal((await get(LIST, `Token ${key}`)).statusCode, 200);
    const refused = await get(LIST, `token ${key}`);
    assert.equal(refused.statusCode, 429);
    assert.ok(Number(refused.headers['retry-after']) <= 60);
    const usage = JSON.parse((await get('/2.3.0/api-throttle/', `Token ${key}`)).body);
    assert.equal(usage.your_request_limit, 3);
    assert.equal(usage.limit_frequency_secs, 60);
    assert.equal(usage.current_use, 3);
    assert.equal(usage.ident, 'test client');
  });

  test('bad tokens are 403 with DRF wording; other schemes are anonymous', async () => {
    const cases: Array<[string, string]> = [
      ['Token deadbeef', 'Invalid token.'],
      ['Token', 'Invalid token header. No credentials provided.'],
      ['Token a b', 'Invalid token header. Token string should not contain spaces.'],
    ];
    for (const [header, detail] of cases) {
      const response = await get(LIST, header);
      assert.equal(response.statusCode, 403, header);
      assert.equal(response.body, JSON.stringify({ detail }));
    }
    assert.equal((await get('/2.3.0/api-throttle/', 'Bearer something')).statusCode, 200);
  });

  test('a revoked key is an invalid token', async () => {
    const { id, key: other } = await createKey(server.database.db, 'to revoke', '10/minute');
    assert.equal((await get(`${LIST}?limit=1`, `Token ${other}`)).statusCode, 200);
    assert.equal(await revokeKey(server.database.db, String(id)), 1);
    const response = await get(LIST, `Token ${other}`);
    assert.equal(response.statusCode, 403);
    assert.equal(response.body, '{"detail":"Invalid token."}');
  });

  test('keys are stored hashed', async () => {
    const rows = await server.database.db.selectFrom('api_keys').selectAll().execute();
    for (const row of rows) assert.notEqual(row.key_hash, key);
    assert.ok(!rows.some((row) => JSON.stringify(row).includes(key)));
  });
});

describe('unlimited by default, health and metrics', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database));
  });
  after(() => server?.close());

  test('anonymous clients are not limited without THROTTLE_ANON', async () => {
    for (let index = 0; index < 30; index++) assert.equal((await server.get(`${LIST}?limit=1`)).status, 200);
    const usage = (await server.get('/2.3.0/api-throttle/')).json;
    assert.equal(usage.your_request_limit, UNLIMITED_REQUESTS);
    assert.equal(usage.current_use, 0);
  });

  test('/health reports the database and Redis', async () => {
    const health = await server.get('/health');
    assert.equal(health.status, 200);
    assert.deepEqual(health.json, { status: 'ok', database: 'ok', redis: 'not configured' });
  });

  test('/metrics counts requests by route and status, in Prometheus text', async () => {
    await server.get(`${LIST}999999/`);
    const metrics = await server.app.inject({ method: 'GET', url: '/metrics' });
    assert.match(String(metrics.headers['content-type']), /^text\/plain/);
    assert.match(metrics.body, /apogee_http_requests_total\{route="\/2\.3\.0\/spacecraft\/:id\/",method="GET",status="404"\} 1/);
    assert.match(metrics.body, /apogee_http_request_duration_seconds_bucket/);
    assert.match(metrics.body, /apogee_throttled_requests_total 0/);
  });
});
