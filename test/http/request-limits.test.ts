// What a client cannot do to the server (issue #8, robustness): send a URL over 8 KB (414),
// hold a connection with slow headers or an idle keep-alive (timeouts), make a body on GET
// matter, or get anything but DRF's JSON shape for HTTP the parser refuses; and HEAD and
// OPTIONS as BEHAVIOR.md §8.6 has them, on every endpoint. Over real sockets where only
// they show it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { connect as connectSocket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { MAX_URL_BYTES, SERVER_TIMEOUTS } from '../../src/http/request-limits.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { resources } from '../../src/resources/index.ts';
import { startTestApp, TEST_HOST, type TestApp } from '../support/test-app.ts';

const LIST = '/2.3.0/spacecraft/';
const TOO_LONG = '{"detail":"Request URI too long: 8192 bytes at most."}';

interface RawResponse {
  /** Everything the server sent, as text. */
  text: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  /** From the first byte written to the connection's close. */
  ms: number;
}

/** Writes `pieces` to a fresh connection (`gapMs` apart, while it is open) and reads until the server closes it. */
function exchange(port: number, pieces: string[], gapMs = 0, closeAfterMs = 30_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connectSocket(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const guard = setTimeout(() => socket.destroy(), closeAfterMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(guard);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ text, status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n'), ms: Date.now() - started });
    });
    socket.once('connect', async () => {
      try {
        for (const piece of pieces) {
          if (socket.destroyed) break;
          socket.write(piece);
          if (gapMs) await new Promise((wait) => setTimeout(wait, gapMs));
        }
      } catch (error) {
        reject(error);
      }
    });
  });
}

const get = (target: string, headers = `Host: ${TEST_HOST}\r\nConnection: close\r\n`) => `GET ${target} HTTP/1.1\r\n${headers}\r\n`;

describe('request limits', () => {
  let server: TestApp;
  let port: number;

  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database, { catalog: false }));
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    port = (server.app.server.address() as { port: number }).port;
  });
  after(() => server?.close());

  describe('URLs over 8 KB: 414 in DRF shape', () => {
    const padded = (path: string, bytes: number) => {
      const base = `${path}?limit=1&pad=`;
      return `${base}${'x'.repeat(bytes - base.length)}`;
    };

    test('8192 bytes are served, 8193 are a 414 JSON error with DRF headers', async () => {
      const longest = await server.app.inject({ url: padded(LIST, MAX_URL_BYTES), headers: { host: TEST_HOST } });
      assert.equal(longest.statusCode, 200);
      for (const target of [padded(LIST, MAX_URL_BYTES + 1), padded(`${LIST}1/`, 9000), padded('/2.3.0/nonexistent/', 9000), `${LIST}${'9'.repeat(9000)}/`]) {
        const response = await server.app.inject({ url: target, headers: { host: TEST_HOST } });
        assert.equal(response.statusCode, 414, target.slice(0, 40));
        assert.equal(response.body, TOO_LONG);
        assert.equal(response.headers['content-type'], 'application/json');
        assert.equal(response.headers.allow, 'GET');
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
      }
    });

    test('over a socket, however long: within the header limit, past it, in one piece or several', async () => {
      const nine = await exchange(port, [get(padded(LIST, 9 * 1024))]);
      assert.equal(nine.status, 414);
      assert.equal(nine.body, TOO_LONG);
      // Past Node's 16 KB header limit the HTTP parser gives up before Fastify sees a request.
      for (const bytes of [20_000, 100_000]) {
        const whole = await exchange(port, [get(padded(LIST, bytes))]);
        assert.equal(whole.status, 414, `${bytes} bytes`);
        assert.equal(whole.body, TOO_LONG);
        assert.equal(whole.headers['content-type'], 'application/json');
        const line = get(padded(LIST, bytes));
        const pieces = await exchange(port, [line.slice(0, bytes / 2), line.slice(bytes / 2)], 50);
        assert.equal(pieces.status, 414, `${bytes} bytes in two pieces`);
      }
      // Headers past the limit are not a URL problem.
      const headers = await exchange(port, [get(LIST, `Host: ${TEST_HOST}\r\nX-Big: ${'y'.repeat(20_000)}\r\nConnection: close\r\n`)]);
      assert.equal(headers.status, 431);
      assert.equal(headers.body, '{"detail":"Request header fields too large."}');
    });
  });

  describe('timeouts', () => {
    test('production values: headers 10 s, request 30 s, an idle connection 60 s, keep-alive 72 s', () => {
      assert.deepEqual(
        {
          headers: server.app.server.headersTimeout,
          request: server.app.server.requestTimeout,
          idle: server.app.server.timeout,
          keepAlive: server.app.server.keepAliveTimeout,
        },
        { headers: 10_000, request: 30_000, idle: 60_000, keepAlive: 72_000 },
      );
      assert.equal(SERVER_TIMEOUTS.checkIntervalMs, 1_000);
    });

    describe('with short timeouts', () => {
      let fast: FastifyInstance;
      let fastPort: number;
      before(async () => {
        fast = await buildApp({
          config: { logLevel: 'silent', trustProxy: false, throttleAnon: null, redisUrl: null, redisPrefix: `apogee-test:${randomUUID()}:`, responseCacheMb: 0, cacheMaxAgeSeconds: null, compression: false, dataVersionCheckMs: 0 },
          database: server.database,
          logger: false,
          timeouts: { headersMs: 1_000, requestMs: 2_000, keepAliveMs: 500, checkIntervalMs: 100 },
        });
        await fast.listen({ port: 0, host: '127.0.0.1' });
        fastPort = (fast.server.address() as { port: number }).port;
      });
      after(() => fast?.close());

      test('a client trickling its headers is cut off with 408, and does not hold up others', async () => {
        const trickle = [`GET ${LIST} HTTP/1.1\r\n`, `Host: ${TEST_HOST}\r\n`, ...Array.from({ length: 100 }, (_, index) => `X-Slow-${index}: y\r\n`)];
        const slow = exchange(fastPort, trickle, 200);
        // Meanwhile another client is served at once.
        const started = Date.now();
        const other = await fetch(`http://127.0.0.1:${fastPort}${LIST}?limit=1`);
        assert.equal(other.status, 200);
        assert.ok(Date.now() - started < 1_000);
        const cut = await slow;
        assert.equal(cut.status, 408);
        assert.equal(cut.body, '{"detail":"Request timeout."}');
        assert.equal(cut.headers['content-type'], 'application/json');
        // Cut off soon after the 1 s headers timeout, long before the 20 s the trickle would take.
        assert.ok(cut.ms >= 900 && cut.ms < 5_000, `cut off after ${cut.ms} ms`);
      });

      test('an idle keep-alive connection is closed', async () => {
        const idle = await exchange(fastPort, [get(`${LIST}?limit=1`, `Host: ${TEST_HOST}\r\n`)]);
        assert.equal(idle.status, 200);
        assert.ok(idle.ms >= 400 && idle.ms < 5_000, `closed after ${idle.ms} ms`);
      });
    });
  });

  describe('a request body on GET is ignored', () => {
    test('whatever its type, size or validity', async () => {
      const plain = await server.app.inject({ url: `${LIST}?limit=2`, headers: { host: TEST_HOST } });
      assert.equal(plain.statusCode, 200);
      const bodies: Array<[string, string]> = [
        ['application/json', '{"limit": 50}'],
        ['application/json', '{bad json'],
        ['application/x-www-form-urlencoded', 'limit=50&format=api'],
        ['multipart/form-data; boundary=', '--\r\n'],
        ['text/plain', 'x'.repeat(2 * 1024 * 1024)],
      ];
      for (const [type, payload] of bodies) {
        const response = await server.app.inject({ method: 'GET', url: `${LIST}?limit=2`, headers: { host: TEST_HOST, 'content-type': type }, payload });
        assert.equal(response.statusCode, 200, type);
        assert.equal(response.body, plain.body, type);
      }
    });

    test('over a socket: sized, chunked, or never finished', async () => {
      const payload = JSON.stringify({ limit: 50 });
      const sized = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        // Node's client would send a GET body without Content-Length (that is a second, malformed request).
        const headers = { host: TEST_HOST, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) };
        const request = httpRequest({ host: '127.0.0.1', port, path: `${LIST}?limit=2`, method: 'GET', headers }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', reject);
        request.end(payload);
      });
      assert.equal(sized.status, 200, sized.body);
      assert.equal(JSON.parse(sized.body).results.length, 2);
      const chunked = await exchange(port, [`GET ${LIST}?limit=1 HTTP/1.1\r\nHost: ${TEST_HOST}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n`]);
      assert.equal(chunked.status, 200);
      // Announced but never sent: answered without waiting for it.
      const unfinished = await exchange(port, [`GET ${LIST}?limit=1 HTTP/1.1\r\nHost: ${TEST_HOST}\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{"a":`], 0, 5_000);
      assert.equal(unfinished.status, 200);
      assert.ok(unfinished.ms < 4_000);
    });
  });

  describe('HEAD and OPTIONS (BEHAVIOR.md §8.6) on every endpoint', () => {
    test('405 with Allow: GET; OPTIONS has the JSON error, HEAD its length and no body', async () => {
      for (const resource of resources) {
        for (const path of [`/2.3.0/${resource.path}/`, `/2.3.0/${resource.path}/1/`]) {
          const options = await server.app.inject({ method: 'OPTIONS', url: path, headers: { host: TEST_HOST } });
          assert.equal(options.statusCode, 405, path);
          assert.equal(options.body, '{"detail":"Method \\"OPTIONS\\" not allowed."}', path);
          assert.equal(options.headers.allow, 'GET', path);
        }
      }
      // Over a socket: Node sends no body for HEAD, but DRF's Content-Length of the would-be error.
      for (const path of [LIST, `${LIST}1/`, '/2.3.0/agencies/?format=json', '/2.3.0/config/spacecraft_statuses/']) {
        const head = await exchange(port, [`HEAD ${path} HTTP/1.1\r\nHost: ${TEST_HOST}\r\nConnection: close\r\n\r\n`]);
        assert.equal(head.status, 405, path);
        assert.equal(head.body, '', path);
        assert.equal(head.headers.allow, 'GET', path);
        assert.equal(head.headers['content-length'], String('{"detail":"Method \\"HEAD\\" not allowed."}'.length), path);
      }
    });

    test('a CORS preflight is answered 200, empty, on every endpoint', async () => {
      for (const resource of resources) {
        const preflight = await server.app.inject({
          method: 'OPTIONS',
          url: `/2.3.0/${resource.path}/`,
          headers: { host: TEST_HOST, origin: 'https://example.org', 'access-control-request-method': 'GET' },
        });
        assert.equal(preflight.statusCode, 200, resource.path);
        assert.equal(preflight.body, '', resource.path);
        assert.equal(preflight.headers['access-control-allow-origin'], '*', resource.path);
      }
    });
  });

  describe('HTTP the parser refuses, in DRF shape', () => {
    test('malformed request line: 400 JSON', async () => {
      for (const line of ['GARBAGE\r\n\r\n', 'GET\r\n\r\n', `GET ${LIST} HTTP/9.9\r\nHost: x\r\n\r\n`, `GET ${LIST} HTTP/1.1\r\nBad Header\r\n\r\n`]) {
        const response = await exchange(port, [line]);
        assert.equal(response.status, 400, JSON.stringify(line));
        assert.equal(response.body, '{"detail":"Malformed request."}', JSON.stringify(line));
      }
    });

    test('no Host header: 400 JSON, not an empty page', async () => {
      for (const version of ['1.1', '1.0']) {
        const response = await exchange(port, [`GET ${LIST} HTTP/${version}\r\nConnection: close\r\n\r\n`]);
        assert.equal(response.status, 400, version);
        assert.equal(response.body, '{"detail":"Malformed request."}', version);
        assert.equal(response.headers['content-type'], 'application/json', version);
      }
    });
  });
});
