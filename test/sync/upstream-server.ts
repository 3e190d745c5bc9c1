// The upstream of the mirror tests: a second Apogee with its own dataset, reached over
// loopback HTTP. The small server in front of it logs every request (to count the calls
// the mirror spends) and can misbehave on demand: 429, 500, garbage, a hang, a reset, or a
// page rewritten to hold records that do not fit.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import type { DatabaseKind } from '../support/databases.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

export interface UpstreamRequest {
  /** Path and query, as the mirror asked. */
  path: string;
  status: number;
  /** Milliseconds since the epoch, when the request arrived. */
  at: number;
  authorization?: string;
}

export type Misbehaviour =
  | { status: 429; retryAfter?: string }
  | { status: 500 | 502 | 503 }
  | { garbage: string }
  | { hang: true }
  | { reset: true }
  /** Serve the real answer, rewritten. */
  | { rewrite: (body: Record<string, unknown>) => unknown };

export interface Upstream {
  /** `http://127.0.0.1:<port>`: what the mirror is given as its upstream. */
  url: string;
  app: TestApp;
  requests: UpstreamRequest[];
  /** Decides per request; undefined serves Apogee's answer. */
  misbehave: (path: string) => Misbehaviour | undefined;
  /** Requests that spend the budget (every one but `/api-throttle/`). */
  calls(): UpstreamRequest[];
  close(): Promise<void>;
}

export async function startUpstream(
  kind: DatabaseKind,
  load: (database: Database) => Promise<unknown>,
  config: Partial<AppConfig> = {},
): Promise<Upstream> {
  const app = await startTestApp(kind, load, config);
  const requests: UpstreamRequest[] = [];
  const upstream: Upstream = {
    url: '',
    app,
    requests,
    misbehave: () => undefined,
    calls: () => requests.filter((request) => !request.path.startsWith('/2.3.0/api-throttle/')),
    async close() {
      server.closeAllConnections();
      server.close();
      await app.close();
    },
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const logged: UpstreamRequest = { path, status: 0, at: Date.now(), authorization: request.headers.authorization };
    requests.push(logged);
    const misbehaviour = upstream.misbehave(path);
    if (misbehaviour && 'hang' in misbehaviour) return;
    if (misbehaviour && 'reset' in misbehaviour) {
      request.socket.destroy();
      return;
    }
    if (misbehaviour && 'garbage' in misbehaviour) {
      logged.status = 200;
      response.writeHead(200, { 'content-type': 'application/json' }).end(misbehaviour.garbage);
      return;
    }
    if (misbehaviour && 'status' in misbehaviour) {
      logged.status = misbehaviour.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (misbehaviour.status === 429 && misbehaviour.retryAfter !== undefined) headers['retry-after'] = misbehaviour.retryAfter;
      response.writeHead(misbehaviour.status, headers).end('{"detail":"misbehaving on purpose"}');
      return;
    }
    const headers: Record<string, string> = { host: request.headers.host ?? '127.0.0.1' };
    for (const name of ['accept', 'authorization'] as const) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await app.app.inject({ method: 'GET', url: path, headers });
    logged.status = answer.statusCode;
    let body = answer.body;
    if (misbehaviour && 'rewrite' in misbehaviour) body = JSON.stringify(misbehaviour.rewrite(JSON.parse(body)));
    const passed: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after']) {
      const value = answer.headers[name];
      if (typeof value === 'string') passed[name] = value;
    }
    response.writeHead(answer.statusCode, passed).end(body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.writeHead(500).end(String(error));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return upstream;
}

/**
 * An astronaut in space has a time in space that grows with the clock; Apogee computes it when
 * data is written (docs/COMPATIBILITY.md), so two databases written seconds apart differ there.
 */
export const withoutClock = (text: string) => text.replace(/("in_space":true,"time_in_space":)"[^"]*"/g, '$1"…"');

/** Equal texts, or a failure that shows where they part (pages are long). */
export function assertSameText(actual: string, expected: string, label: string): void {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  assert.fail(`${label} differs at ${at}:\n  mirror:   …${actual.slice(at - 300, at + 150)}\n  upstream: …${expected.slice(at - 300, at + 150)}`);
}
