// The mirror on PostgreSQL: the same bytes as the upstream (UUID launches, keyless links and
// timelines included), a record PostgreSQL itself refuses skipped under its savepoint without
// aborting the page, and one syncing process per database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { BUSY, withSyncLock } from '../../src/sync/sync-lock.ts';
import { runSync, type SyncOptions } from '../../src/sync/sync-runner.ts';
import { postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { assertSameText, startUpstream, type Upstream, withoutClock } from './upstream-server.ts';

const skip = skipUnlessRequired(await postgresSkipReason());
const DAY = 24 * 3_600_000;

describe('mirror on PostgreSQL', { skip }, () => {
  let upstream: Upstream;
  let mirror: TestApp;
  const warnings: string[] = [];
  const sync = (options: Partial<SyncOptions> = {}) =>
    runSync({
      database: mirror.database,
      upstream: upstream.url,
      resources: ['launches', 'spacecraft', 'config/orbits'],
      once: true,
      log: { info() {}, warn: (details, message) => warnings.push(`${message} ${JSON.stringify(details)}`) },
      client: { minGapMs: 0 },
      ...options,
    });
  async function assertSameAsUpstream(path: string): Promise<void> {
    const host = new URL(upstream.url).host;
    const expected = (await upstream.app.app.inject({ url: path, headers: { host } })).body;
    const actual = (await mirror.app.inject({ url: path, headers: { host } })).body;
    assertSameText(withoutClock(actual), withoutClock(expected), path);
  }

  before(async () => {
    upstream = await startUpstream('sqlite', (database) => loadBundledData(database, { catalog: false }));
    mirror = await startTestApp('postgres', async () => {});
  });
  after(async () => {
    await mirror?.close();
    await upstream?.close();
  });

  test('a full sync serves the upstream bytes', async () => {
    const run = await sync();
    assert.equal(run.failures, 0);
    assert.deepEqual(warnings, []);
    for (const path of ['launches', 'launches/upcoming', 'launches/previous', 'spacecraft', 'config/orbits']) {
      for (const mode of ['list', 'normal', 'detailed']) await assertSameAsUpstream(`/2.3.0/${path}/?format=json&limit=100&mode=${mode}`);
    }
  });

  test('a value PostgreSQL refuses is skipped like any record that does not fit; the page goes on', async () => {
    upstream.misbehave = (path) =>
      path.startsWith('/2.3.0/config/orbits/')
        ? {
            rewrite: (page) => {
              const results = page.results as Array<Record<string, unknown>>;
              results.push({ ...results[0], id: 2 ** 40 });
              results[1] = { ...results[1], name: 42 };
              return page;
            },
          }
        : undefined;
    const run = await sync({ now: () => Date.now() + 8 * DAY, resources: ['config/orbits'] });
    upstream.misbehave = () => undefined;
    assert.equal(run.failures, 0);
    assert.equal(run.skipped, 2);
    assert.match(warnings.join('\n'), /\$\.results\[\d+\]: .*out of range/);
    await assertSameAsUpstream('/2.3.0/config/orbits/?format=json&limit=100');
  });

  test('one process syncs a database at a time', async () => {
    const inner = await withSyncLock(mirror.database, async () => withSyncLock(mirror.database, async () => 'second'));
    assert.equal(inner, BUSY);
    assert.equal(await withSyncLock(mirror.database, async () => 'free again'), 'free again');
  });
});
