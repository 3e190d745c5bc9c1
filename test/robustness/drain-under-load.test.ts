// SIGTERM under load (issue #8, robustness): a real server process answers many concurrent
// clients; on SIGTERM it keeps answering through SHUTDOWN_DRAIN_SECONDS (while /health says
// "draining" so that the load balancer stops sending), every request in flight completes
// with 200, and the process exits 0.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';

const CLIENTS = 16;
const LOAD_BEFORE_SIGTERM_MS = 2_000;
// Clients keep sending for a while after SIGTERM, as a load balancer does until its health
// check sees the 503; well inside the drain, so that no request can arrive after it.
const LOAD_AFTER_SIGTERM_MS = 1_000;
const DRAIN_SECONDS = 4;

// Light and heavy requests, with varying pages so that the response cache does not answer them all.
const PATHS = [
  (n: number) => `/2.3.0/launches/?mode=detailed&limit=20&offset=${n % 15}`,
  (n: number) => `/2.3.0/spacecraft/?mode=detailed&limit=20&offset=${n % 9}`,
  (n: number) => `/2.3.0/agencies/?limit=20&offset=${n % 7}&ordering=-total_launch_count`,
  (n: number) => `/2.3.0/launches/?search=a&ordering=-net&offset=${n % 20}`,
  (n: number) => `/2.3.0/astronauts/?mode=detailed&limit=10&offset=${n % 14}`,
  () => '/2.3.0/config/spacecraft_statuses/',
];

interface Outcome {
  path: string;
  startedAt: number;
  status: number;
  results: number;
  error?: string;
}

describe('SIGTERM under load', () => {
  let folder: string;
  let server: ServerProcess;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'apogee-drain-'));
    const databaseUrl = `sqlite:${join(folder, 'apogee.sqlite')}`;
    const database = connect(databaseUrl);
    await migrateToLatest(database);
    await loadBundledData(database, { catalog: false });
    await database.close();
    server = await startServerProcess({ DATABASE_URL: databaseUrl, BUNDLED_DATA: 'false', SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS) });
  });

  after(() => {
    server?.process.kill('SIGKILL');
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('every request in flight completes with 200 and the process exits 0', { timeout: 120_000 }, async (t) => {
    let stopAt = Number.POSITIVE_INFINITY;
    let counter = 0;
    const client = async (): Promise<Outcome[]> => {
      const outcomes: Outcome[] = [];
      while (Date.now() < stopAt) {
        const n = counter++;
        const path = PATHS[n % PATHS.length](n);
        const startedAt = Date.now();
        try {
          const response = await fetch(`${server.url}${path}`);
          const body = (await response.json()) as { results?: unknown[] };
          outcomes.push({ path, startedAt, status: response.status, results: body.results?.length ?? -1 });
        } catch (error) {
          outcomes.push({ path, startedAt, status: 0, results: -1, error: String((error as Error).cause ?? error) });
        }
      }
      return outcomes;
    };
    const clients = Array.from({ length: CLIENTS }, client);

    await new Promise((resolve) => setTimeout(resolve, LOAD_BEFORE_SIGTERM_MS));
    const sigtermAt = Date.now();
    server.process.kill('SIGTERM');
    stopAt = sigtermAt + LOAD_AFTER_SIGTERM_MS;
    // The signal reaches a busy process a moment later: /health turns 503 "draining" soon after.
    let health: { status: number; body: unknown } = { status: 0, body: null };
    while (health.status !== 503 && Date.now() < sigtermAt + (DRAIN_SECONDS * 1000) / 2) {
      const response = await fetch(`${server.url}/health`);
      health = { status: response.status, body: await response.json() };
    }
    assert.equal(health.status, 503);
    assert.equal((health.body as { status: string }).status, 'draining');

    const outcomes = (await Promise.all(clients)).flat();
    t.diagnostic(`${outcomes.length} requests, ${outcomes.filter((outcome) => outcome.startedAt >= sigtermAt).length} sent while draining`);
    const failed = outcomes.filter((outcome) => outcome.status !== 200 || outcome.results < 1);
    assert.deepEqual(failed, [], `${failed.length} of ${outcomes.length} requests failed\n${server.output().slice(-3000)}`);
    // It was under load: many requests, some of them sent while it drained.
    assert.ok(outcomes.length >= 5 * CLIENTS, `only ${outcomes.length} requests`);
    assert.ok(outcomes.filter((outcome) => outcome.startedAt >= sigtermAt).length >= CLIENTS, 'requests during the drain');

    const code = await server.exited;
    assert.equal(code, 0, `exit code ${code}\n${server.output().slice(-3000)}`);
    const exitedAfter = Date.now() - sigtermAt;
    assert.ok(exitedAfter >= DRAIN_SECONDS * 1000 - 100, `exited after ${exitedAfter} ms, before the drain ended`);
  });
});
