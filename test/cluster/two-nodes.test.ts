// Two server processes on one PostgreSQL and one Redis, as in production: a key's limit is
// shared, data written through one is served by the other, and SIGTERM lets a node finish
// its in-flight requests while the other keeps serving.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { freshDatabase, postgresSkipReason, type TestDatabase } from '../support/databases.ts';
import { redisSkipReason, TEST_REDIS_URL } from '../support/redis.ts';
import type { Json } from '../support/pages.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { skipUnlessRequired } from '../support/skips.ts';

const bin = new URL('../../bin/apogee.js', import.meta.url).pathname;
const skip = skipUnlessRequired((await postgresSkipReason()) || (await redisSkipReason()));

describe('two nodes', { skip }, () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const nodes: ServerProcess[] = [];

  async function startNode(): Promise<ServerProcess> {
    const node = await startServerProcess(env);
    nodes.push(node);
    return node;
  }

  function cli(args: string[], input?: string) {
    const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', input });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
  }

  before(async () => {
    database = await freshDatabase('postgres');
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `apogee-test:${randomUUID()}:`,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      BUNDLED_DATA: 'true',
      // Long enough for a busy two-core CI machine to read the eight pages (about 3 MB each)
      // that are on their way when SIGTERM comes: a request not yet read when the drain ends
      // is on a connection the server closes as idle.
      SHUTDOWN_DRAIN_SECONDS: '3',
    };
    // Both start at once: the start-up lock lets one of them load the bundled data.
    await Promise.all([startNode(), startNode()]);
  });

  after(async () => {
    for (const node of nodes) node.process.kill('SIGKILL');
    await database?.drop();
  });

  test('both serve the bundled data, loaded once', async () => {
    const [a, b] = nodes;
    const countA = ((await (await fetch(`${a.url}/2.3.0/spacecraft/?format=json`)).json()) as Json).count;
    const countB = ((await (await fetch(`${b.url}/2.3.0/spacecraft/?format=json`)).json()) as Json).count;
    assert.ok(countA > 0);
    assert.equal(countA, countB);
  });

  test("a key's limit is shared across nodes", async () => {
    const key = /\n([0-9a-f]{40})\n/.exec(cli(['keys', 'create', '--name', 'shared', '--rate', '3/minute']))?.[1];
    assert.ok(key, 'the key is printed');
    const [a, b] = nodes;
    const get = (node: ServerProcess) => fetch(`${node.url}/2.3.0/config/spacecraft_statuses/`, { headers: { authorization: `Token ${key}` } });
    assert.equal((await get(a)).status, 200);
    assert.equal((await get(b)).status, 200);
    assert.equal((await get(a)).status, 200);
    assert.equal((await get(b)).status, 429);
    assert.equal((await get(a)).status, 429);
  });

  test('data imported through one is served by the other', async () => {
    cli(['import', '--model', 'SpacecraftStatus'], JSON.stringify([{ id: 777, name: 'Imported once' }]));
    for (const node of nodes) {
      const response = await fetch(`${node.url}/2.3.0/config/spacecraft_statuses/777/`);
      assert.deepEqual(await response.json(), { id: 777, name: 'Imported once' });
    }
  });

  test('SIGTERM: in-flight requests finish, the other node keeps serving', async () => {
    const [a, b] = nodes;
    const inFlight = Array.from({ length: 8 }, () =>
      fetch(`${a.url}/2.3.0/spacecraft/?mode=detailed&limit=100`).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as Json,
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    a.process.kill('SIGTERM');
    // While it drains, the node tells the load balancer to stop sending it requests.
    const health = await fetch(`${a.url}/health`);
    assert.equal(health.status, 503);
    assert.equal(((await health.json()) as Json).status, 'draining');
    const results = await Promise.all(inFlight);
    for (const result of results) {
      assert.equal(result.status, 200);
      assert.ok(result.body.results.length > 0);
    }
    assert.equal(await a.exited, 0, 'a clean exit');
    assert.equal((await fetch(`${b.url}/2.3.0/spacecraft/`)).status, 200);
  });
});
