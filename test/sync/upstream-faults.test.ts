// An upstream that misbehaves: 429 with Retry-After, server errors, garbage, a hang, a reset,
// a refusal, records that do not fit, a next link to another host. The mirror waits as told,
// backs off with jitter, gives a page up for later without stopping, and never lets a bad
// record into the local copy. Waits are recorded instead of slept.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { prepareSyncStates, readSyncStates } from '../../src/sync/sync-state.ts';
import { runSync, type SyncOptions } from '../../src/sync/sync-runner.ts';
import { freshDatabase, type TestDatabase } from '../support/databases.ts';
import { type Misbehaviour, startUpstream, type Upstream } from './upstream-server.ts';

const HOUR = 3_600_000;
type Json = Record<string, unknown>;

describe('an upstream that misbehaves', () => {
  let upstream: Upstream;
  let mirror: TestDatabase;
  let waits: number[];
  let warnings: string[];
  const sync = (options: Partial<SyncOptions> = {}) =>
    runSync({
      database: mirror.database,
      upstream: upstream.url,
      resources: ['config/orbits'],
      once: true,
      log: { info() {}, warn: (details, message) => warnings.push(`${message} ${JSON.stringify(details)}`) },
      sleep: async (ms) => {
        waits.push(ms);
      },
      client: { minGapMs: 0, timeoutMs: 200, backoffMs: 1000, random: () => 0.5 },
      ...options,
    });
  /** The answers for the next requests to a path, in turn; then the real one. */
  const misbehaveOn = (prefix: string, answers: Misbehaviour[]) => {
    upstream.misbehave = (path) => (path.startsWith(prefix) ? answers.shift() : undefined);
  };
  const orbits = async (database = mirror.database) =>
    (await database.db.selectFrom('orbits').selectAll().orderBy('id').execute()) as Array<Record<string, unknown>>;
  const callsTo = (prefix: string) => upstream.calls().filter((call) => call.path.startsWith(prefix)).length;

  before(async () => {
    upstream = await startUpstream('sqlite', (database) => loadBundledData(database, { catalog: false }));
  });
  beforeEach(async () => {
    await mirror?.drop();
    mirror = await freshDatabase('sqlite');
    upstream.misbehave = () => undefined;
    upstream.requests.length = 0;
    waits = [];
    warnings = [];
  });
  after(async () => {
    await mirror?.drop();
    await upstream?.close();
  });

  test('a 429 is waited out as its Retry-After says, then the page is read', async () => {
    misbehaveOn('/2.3.0/config/orbits/', [{ status: 429, retryAfter: '7' }]);
    const run = await sync();
    assert.deepEqual(waits, [7000]);
    assert.equal(run.failures, 0);
    assert.equal(run.calls, 2);
    assert.deepEqual(await orbits(), await orbits(upstream.app.database));
    assert.match(warnings.join('\n'), /throttled \(429, Retry-After 7\)/);
  });

  test('a server error, garbage, a hang and a reset are tried again after a doubling, jittered back-off', async () => {
    misbehaveOn('/2.3.0/config/orbits/', [{ status: 500 }, { garbage: '<html>Bad gateway' }, { hang: true }, { reset: true }]);
    const run = await sync();
    // 1 s doubling, each wait three quarters of its ceiling with this "random" half.
    assert.deepEqual(waits, [750, 1500, 3000, 6000]);
    assert.equal(run.failures, 0);
    assert.equal(callsTo('/2.3.0/config/orbits/'), 5);
    const told = warnings.join('\n');
    for (const reason of ['server error 500', 'not JSON', 'no answer within 200 ms', 'network error']) assert.ok(told.includes(reason), reason);
    assert.deepEqual(await orbits(), await orbits(upstream.app.database));
  });

  test('a page that cannot be had is recorded and tried again later; meanwhile the other endpoints go on', async () => {
    upstream.misbehave = (path) => (path.startsWith('/2.3.0/config/orbits/') ? { status: 503 } : undefined);
    const resources = ['config/orbits', 'config/agency_types'];
    const first = await sync({ resources });
    assert.equal(first.failures, 1);
    assert.equal(callsTo('/2.3.0/config/orbits/'), 5, 'five attempts, then the page waits');
    assert.equal(callsTo('/2.3.0/config/agency_types/'), 0, 'an upstream that answers 5xx is not asked for more in this round');
    const state = (await readSyncStates(mirror.database.db)).get('config/orbits');
    assert.ok(state);
    assert.equal(state.failures, 1);
    assert.equal(state.calls, 5);
    assert.match(state.lastError ?? '', /^http:\/\/127\.0\.0\.1:\d+\/2\.3\.0\/config\/orbits\/\?limit=100&ordering=id: server error 503 \(5 attempts\)$/);
    assert.ok(Date.parse(state.retryAt ?? '') > Date.now());

    // Not due again at once: a failing upstream is not hammered.
    await sync({ resources });
    assert.equal(callsTo('/2.3.0/config/orbits/'), 5);

    // Later, the endpoints that work come first, the failing one after them, waiting longer.
    const later = await sync({ resources, now: () => Date.now() + 20 * 60_000 });
    assert.equal(later.failures, 1);
    assert.equal(callsTo('/2.3.0/config/agency_types/'), 1);
    assert.deepEqual(
      await mirror.database.db.selectFrom('agency_types').selectAll().orderBy('id').execute(),
      await upstream.app.database.db.selectFrom('agency_types').selectAll().orderBy('id').execute(),
    );
    const again = (await readSyncStates(mirror.database.db)).get('config/orbits');
    assert.equal(again?.failures, 2);
    assert.ok(Date.parse(again?.retryAt ?? '') > Date.now() + 20 * 60_000 + 25 * 60_000, 'twice the wait after a second failure');

    upstream.misbehave = () => undefined;
    const healed = await sync({ resources, now: () => Date.now() + 2 * HOUR });
    assert.equal(healed.failures, 0);
    assert.deepEqual(await orbits(), await orbits(upstream.app.database));
    assert.equal((await readSyncStates(mirror.database.db)).get('config/orbits')?.failures, 0);
  });

  test('a refusal other than 429 (a bad token) is not asked again at once', async () => {
    const run = await sync({ token: 'not-a-key' });
    assert.equal(run.failures, 1);
    assert.equal(callsTo('/2.3.0/config/orbits/'), 1);
    assert.ok(upstream.calls().every((call) => call.authorization === 'Token not-a-key'));
    assert.match((await readSyncStates(mirror.database.db)).get('config/orbits')?.lastError ?? '', /: 403 \{"detail":"Invalid token."\}$/);
  });

  test('records that do not fit are logged with their URL and skipped one by one, never written, never in the way', async () => {
    await sync();
    const before = await orbits();
    assert.ok(before.length >= 4);
    misbehaveOn('/2.3.0/config/orbits/', [
      {
        rewrite: (page) => {
          const results = page.results as Json[];
          // A wrong type after a nested object that would have changed: nothing of it is written.
          results[0] = { ...results[0], celestial_body: { ...(results[0].celestial_body as Json), name: 'Sneaky' }, name: 42 };
          delete results[1].abbrev;
          results[2] = { ...results[2], id: 'x' };
          results[3] = { ...results[3], name: 'Renamed upstream' };
          return page;
        },
      },
    ]);
    // A week on, the orbits' full pass is due again.
    const run = await sync({ now: () => Date.now() + 8 * 24 * HOUR });
    assert.equal(run.skipped, 3);
    assert.equal(run.failures, 0);
    const told = warnings.filter((warning) => warning.includes('skipped an upstream record')).join('\n');
    const url = `${upstream.url}/2.3.0/config/orbits/?limit=100&ordering=id`;
    assert.ok(told.includes(`${url}: $.results[0].name: expected a string, got 42`), told);
    assert.ok(told.includes(`${url}: $.results[1]: missing \\"abbrev\\"`), told);
    assert.ok(told.includes(`${url}: $.results[2].id: expected an integer id for Orbit, got \\"x\\"`), told);
    const after = await orbits();
    assert.deepEqual(after.slice(0, 3), before.slice(0, 3), 'the records that did not fit left the copy as it was');
    assert.equal(after[3].name, 'Renamed upstream', 'the rest of the page was imported');
    const bodies = await mirror.database.db.selectFrom('celestial_bodies').select('name').execute();
    assert.ok(!bodies.some((body) => body.name === 'Sneaky'));
    const state = (await readSyncStates(mirror.database.db)).get('config/orbits');
    assert.equal(state?.skipped, 3);
    assert.match(state?.lastError ?? '', /\$\.results\[2\]\.id/);
  });

  test('next links are followed on the upstream, whatever host they name', async () => {
    misbehaveOn('/2.3.0/config/orbits/', [
      {
        rewrite: (page) => ({ ...page, next: String(page.next).replace(upstream.url, 'http://elsewhere.invalid:81') }),
      },
    ]);
    const run = await sync({ pageSize: 2 });
    assert.equal(run.failures, 0);
    assert.ok(run.pages >= 3);
    assert.deepEqual(await orbits(), await orbits(upstream.app.database));
    assert.deepEqual(
      upstream.calls().map((call) => call.path),
      ['/2.3.0/config/orbits/?limit=2&ordering=id', '/2.3.0/config/orbits/?limit=2&offset=2&ordering=id', '/2.3.0/config/orbits/?limit=2&offset=4&ordering=id'],
    );
  });

  test('another upstream starts the passes afresh; the counters are kept', async () => {
    await sync();
    await prepareSyncStates(mirror.database.db, ['config/orbits'], 'https://other.example');
    const state = (await readSyncStates(mirror.database.db)).get('config/orbits');
    assert.equal(state?.upstream, 'https://other.example');
    assert.equal(state?.lastFullAt, null);
    assert.equal(state?.lastSuccessAt, null);
    assert.equal(state?.calls, 1);
  });
});
