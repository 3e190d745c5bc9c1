// The database goes away under a running server (issue #8, robustness): requests answer
// 503 JSON at once (no hang, no crash), and when the database is back the same process
// answers 200 again by itself. On a PostgreSQL cluster of the test's own, stopped and
// started at will (test/support/throwaway-postgres.ts): never the machine's shared server.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { CONNECTION_TIMEOUT_MS, connect } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { createThrowawayPostgres, type ThrowawayPostgres, throwawayPostgresSkipReason } from '../support/throwaway-postgres.ts';

const skip = skipUnlessRequired(throwawayPostgresSkipReason());

// What needs the database: lists, {id}/, the browsable page, an API key's lookup, /health.
const READS = ['/2.3.0/spacecraft/?mode=detailed', '/2.3.0/launches/?search=a', '/2.3.0/agencies/', '/2.3.0/config/spacecraft_statuses/'];
// Unique URLs: the response cache (on by default) must not answer for the database.
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}uncached=${randomUUID()}`;

interface Answer {
  status: number;
  type: string;
  retryAfter: string | null;
  text: string;
  ms: number;
}

describe('database outage', { skip }, () => {
  let cluster: ThrowawayPostgres;
  let server: ServerProcess;
  let detailPath: string;

  async function ask(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    const started = Date.now();
    const response = await fetch(`${server.url}${path}`, { headers, signal: AbortSignal.timeout(60_000) }).catch((error: Error) => {
      throw new Error(`${path}: ${error.cause ?? error} (server exit code ${server.process.exitCode})\n${server.output().slice(-3000)}`);
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      text: await response.text(),
      ms: Date.now() - started,
    };
  }

  before(async () => {
    cluster = await createThrowawayPostgres();
    const database = connect(cluster.url);
    await migrateToLatest(database);
    await loadBundledData(database, { catalog: false });
    await database.close();
    server = await startServerProcess({ DATABASE_URL: cluster.url, BUNDLED_DATA: 'false' });
  });

  after(async () => {
    server?.process.kill('SIGKILL');
    await cluster?.destroy();
  });

  test('serves while the database is up', async () => {
    for (const path of READS) assert.equal((await ask(path)).status, 200, path);
    const first = JSON.parse((await ask('/2.3.0/spacecraft/?format=json&limit=1')).text).results[0];
    detailPath = `/2.3.0/spacecraft/${first.id}/`;
    assert.equal((await ask(detailPath)).status, 200);
    assert.equal((await ask('/health')).status, 200);
  });

  test('database stopped: 503 JSON at once, and the process stays up', { timeout: 120_000 }, async () => {
    // The pool holds idle connections now; the server terminates them.
    await cluster.stop();
    const bound = CONNECTION_TIMEOUT_MS + 5_000;
    for (const path of [...READS, detailPath]) {
      const answer = await ask(fresh(path));
      assert.equal(answer.status, 503, `${path}: ${answer.text}`);
      assert.equal(answer.type, 'application/json');
      assert.deepEqual(JSON.parse(answer.text), { detail: 'Service temporarily unavailable, try again later.' });
      assert.equal(answer.retryAfter, '5');
      assert.ok(answer.ms < bound, `${path} took ${answer.ms} ms`);
    }
    // An API key is looked up in the database too.
    const keyed = await ask(fresh('/2.3.0/agencies/'), { authorization: `Token ${'a'.repeat(40)}` });
    assert.equal(keyed.status, 503, keyed.text);
    // The browsable page shows the error as a page.
    const page = await ask(fresh('/2.3.0/agencies/?format=api'));
    assert.equal(page.status, 503);
    assert.match(page.type, /^text\/html/);
    assert.match(page.text, /HTTP 503 Service Unavailable/);
    const health = await ask('/health');
    assert.equal(health.status, 503);
    assert.equal(JSON.parse(health.text).database, 'unavailable');
    assert.equal(server.process.exitCode, null, `the server exited:\n${server.output()}`);
  });

  test('database back: the same process answers 200 again by itself', { timeout: 120_000 }, async () => {
    await cluster.start();
    const deadline = Date.now() + 60_000;
    let last = await ask(fresh(READS[0]));
    while (last.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      last = await ask(fresh(READS[0]));
    }
    assert.equal(last.status, 200, last.text);
    // Every later request succeeds: no broken connection is left in the pool.
    for (let round = 0; round < 3; round++) {
      for (const path of [...READS, detailPath]) {
        const answer = await ask(fresh(path));
        assert.equal(answer.status, 200, `${path}: ${answer.text}`);
      }
    }
    assert.equal((await ask('/health')).status, 200);
    assert.equal(server.process.exitCode, null);
  });
});
