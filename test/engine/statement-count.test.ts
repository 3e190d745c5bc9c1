// No N+1: a page costs a fixed number of SQL statements, whatever its size.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('statements per page', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database));
  });
  after(() => server?.close());

  async function statementsFor(url: string): Promise<number> {
    server.statements.length = 0;
    const response = await server.get(url);
    assert.equal(response.status, 200, response.text);
    return server.statements.length;
  }

  // The most-flown spacecraft come first, so that even the small page reaches every relation.
  for (const path of ['/2.3.0/spacecraft/?mode=detailed&ordering=-flights_count', '/2.3.0/spacecraft_flights/?mode=detailed', '/2.3.0/agencies/?mode=detailed&ordering=-total_launch_count']) {
    test(`${path}: a page of 100 costs what a page of 10 costs`, async () => {
      const small = await statementsFor(`${path}&limit=10`);
      const large = await statementsFor(`${path}&limit=100`);
      assert.equal(large, small);
      // Bounded by the depth and breadth of the view tree, not by the number of rows.
      assert.ok(small < 120, `${small} statements`);
    });
  }
});
