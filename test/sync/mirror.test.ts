// The mirror against a second Apogee on loopback with its own dataset and an anonymous limit
// of 10 calls a second (LL2's 15 an hour, sped up): a full copy within the budget that serves
// the upstream's bytes, the state on the landing page, incremental passes, and deletions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createKey } from '../../src/access/api-keys.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { importRecords } from '../../src/ingest/import-records.ts';
import { launch } from '../../src/models/launches.ts';
import { spacecraft } from '../../src/models/spacecraft.ts';
import { resources } from '../../src/resources/index.ts';
import { readSyncStates } from '../../src/sync/sync-state.ts';
import { runSync, type SyncOptions } from '../../src/sync/sync-runner.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { assertSameText, startUpstream, type Upstream, withoutClock } from './upstream-server.ts';

const RATE = { requests: 10, seconds: 1 };
const HOUR = 3_600_000;
const MIRROR_ORIGIN = 'http://mirror.test';

const warnings: string[] = [];
const log = { info() {}, warn: (details: object, message: string) => warnings.push(`${message} ${JSON.stringify(details)}`) };

describe('mirror of a throttled upstream', () => {
  let upstream: Upstream;
  let mirror: TestApp;
  /** An unlimited key of the upstream's, to read it for comparisons without spending the mirror's budget. */
  let readerKey: string;
  const sync = (options: Partial<SyncOptions> = {}) =>
    runSync({ database: mirror.database, upstream: upstream.url, once: true, log, client: { minGapMs: 0 }, ...options });

  /** The same request to both; the upstream's answer with its links moved to the mirror's host. */
  async function both(path: string): Promise<{ upstream: string; mirror: string; status: number }> {
    const fromUpstream = await upstream.app.app.inject({ url: path, headers: { host: new URL(upstream.url).host, authorization: `Token ${readerKey}` } });
    const fromMirror = await mirror.app.inject({ url: path, headers: { host: 'mirror.test' } });
    assert.equal(fromMirror.statusCode, fromUpstream.statusCode, path);
    assert.ok(!fromMirror.body.includes(upstream.url), `${path}: the mirror names the upstream`);
    return { upstream: fromUpstream.body.replaceAll(upstream.url, MIRROR_ORIGIN), mirror: fromMirror.body, status: fromMirror.statusCode };
  }

  before(async () => {
    upstream = await startUpstream('sqlite', (database) => loadBundledData(database, { catalog: false }), { throttleAnon: RATE });
    readerKey = (await createKey(upstream.app.database.db, 'comparisons', '1000000/second')).key;
    mirror = await startTestApp('sqlite', async () => {});
  });
  after(async () => {
    await mirror?.close();
    await upstream?.close();
  });

  test('a full sync reads every endpoint within the budget, never refused', async () => {
    const started = Date.now();
    const run = await sync();
    assert.deepEqual(warnings, []);
    assert.equal(run.failures, 0);
    assert.equal(run.skipped, 0);
    const calls = upstream.calls();
    // One call per endpoint (each fits a page of 100) and one for the next 48 hours' launches.
    const endpoints = resources.filter((resource) => resource.scope === null).length;
    assert.equal(calls.length, endpoints + 1);
    assert.equal(run.calls, calls.length);
    assert.deepEqual(
      calls.filter((call) => call.status !== 200),
      [],
      'the upstream never had to refuse a call (429)',
    );
    // It read its budget, and waited for it: the limit allows no faster.
    assert.ok(upstream.requests.some((request) => request.path === '/2.3.0/api-throttle/'));
    assert.ok(Date.now() - started >= (Math.ceil(calls.length / RATE.requests) - 1) * 1000);
    for (const call of calls) {
      assert.match(call.path, /[?&]limit=100\b/);
      assert.match(call.path, /[?&]ordering=id\b/);
    }
    assert.ok(calls.some((call) => /^\/2\.3\.0\/launches\/upcoming\/\?.*net__lte=/.test(call.path)));
    assert.ok(calls.some((call) => call.path.startsWith('/2.3.0/spacecraft/?') && call.path.includes('mode=detailed')));
  });

  test('the copy serves the same bytes as the upstream, in every mode, with its own host in the links', async () => {
    let compared = 0;
    for (const resource of resources) {
      const modes = Object.keys(resource.modes).length ? Object.keys(resource.modes) : [null];
      for (const mode of modes) {
        const path = `/2.3.0/${resource.path}/?limit=100${mode ? `&mode=${mode}` : ''}&format=json`;
        const answers = await both(path);
        assert.equal(answers.status, 200, path);
        assertSameText(withoutClock(answers.mirror), withoutClock(answers.upstream), path);
        compared++;
      }
      if (resource.scope) continue;
      // The lists showed every record in every mode; a few records' own pages too.
      const ids = (JSON.parse((await both(`/2.3.0/${resource.path}/?limit=3&format=json`)).mirror).results as Array<{ id: unknown }>).map(({ id }) => id);
      assert.ok(ids.length > 0, `${resource.path} has records`);
      for (const id of ids) {
        const answers = await both(`/2.3.0/${resource.path}/${id}/?format=json`);
        assertSameText(withoutClock(answers.mirror), withoutClock(answers.upstream), `${resource.path}/${id}/`);
        compared++;
      }
    }
    assert.ok(compared > 200);
    assert.match((await mirror.get('/2.3.0/spacecraft/?format=json&limit=1')).text, /"url":"http:\/\/apogee\.test\/2\.3\.0\/spacecraft\/\d+\/\?format=json"/);
  });

  test('the state is stored per endpoint and shown on the landing page', async () => {
    const states = await readSyncStates(mirror.database.db);
    const spacecraftState = states.get('spacecraft');
    assert.ok(spacecraftState);
    assert.equal(spacecraftState.upstream, upstream.url);
    assert.equal(spacecraftState.pass, null);
    assert.equal(spacecraftState.calls, 1);
    assert.equal(spacecraftState.records, JSON.parse((await both('/2.3.0/spacecraft/?format=json')).mirror).count);
    assert.ok(spacecraftState.lastSuccessAt && spacecraftState.lastFullAt);
    // Daily for spacecraft; launches change through incremental passes within the hour.
    assert.ok(Date.parse(spacecraftState.nextCallAt ?? '') > Date.now() + 23 * HOUR);
    assert.ok(Date.parse(states.get('launches')?.nextCallAt ?? '') < Date.now() + 2 * HOUR);

    const page = await mirror.get('/');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h2>Mirror<\/h2>/);
    assert.ok(page.text.includes(`kept in sync with <a href="${upstream.url}">`));
    assert.match(page.text, /<td>\/spacecraft\/<\/td><td>\d{4}-\d\d-\d\d \d\d:\d\d UTC<\/td><td class="number">\d+<\/td><td class="number">1<\/td>/);
    assert.match(page.text, /<td>\/launches\/upcoming\/<\/td>/);
  });

  test('a record changed upstream arrives with the next incremental pass', async () => {
    const upstreamLaunch = JSON.parse((await both('/2.3.0/launches/?format=json&limit=1')).upstream).results[0];
    // A spacecraft the launch does not carry (a launch's record brings its spacecraft along).
    const launchText = (await both(`/2.3.0/launches/${upstreamLaunch.id}/?format=json`)).upstream;
    const crafts = JSON.parse((await both('/2.3.0/spacecraft/?format=json&limit=100')).upstream).results as Array<{ id: number; url: string }>;
    const upstreamCraft = crafts.find((craft) => !launchText.includes(`"url":"${craft.url}"`));
    assert.ok(upstreamCraft);
    await importRecords(upstream.app.database, launch, [{ id: upstreamLaunch.id, name: 'Renamed upstream', last_updated: new Date().toISOString() }]);
    await importRecords(upstream.app.database, spacecraft, [{ id: upstreamCraft.id, name: 'Renamed craft' }]);
    const before = upstream.calls().length;

    // Two hours on: the 48-hour window and the launches and events changed since are due;
    // full passes are not.
    await sync({ now: () => Date.now() + 2 * HOUR });
    const calls = upstream.calls().slice(before).map((call) => call.path);
    assert.equal(calls.length, 3, calls.join('\n'));
    assert.ok(calls.some((path) => path.startsWith('/2.3.0/launches/?') && path.includes('last_updated__gte=')));
    assert.ok(calls.some((path) => path.startsWith('/2.3.0/events/?') && path.includes('last_updated__gte=')));
    const mirrored = JSON.parse((await both(`/2.3.0/launches/${upstreamLaunch.id}/?format=json`)).mirror);
    assert.equal(mirrored.name, 'Renamed upstream');
    assert.notEqual(JSON.parse((await both(`/2.3.0/spacecraft/${upstreamCraft.id}/?format=json`)).mirror).name, 'Renamed craft');

    // A day on, the spacecraft's full pass brings the rest.
    await sync({ now: () => Date.now() + 26 * HOUR, resources: ['spacecraft'] });
    const answers = await both(`/2.3.0/spacecraft/${upstreamCraft.id}/?format=json`);
    assert.equal(JSON.parse(answers.mirror).name, 'Renamed craft');
    assertSameText(withoutClock(answers.mirror), withoutClock(answers.upstream), 'the renamed spacecraft');
  });

  test('a record deleted upstream is deleted here after two full passes that miss it', async () => {
    const list = JSON.parse((await both('/2.3.0/updates/?format=json')).upstream);
    const gone = list.results[0].id;
    await upstream.app.database.db.deleteFrom('updates').where('id', '=', gone).execute();

    const first = await sync({ now: () => Date.now() + 30 * HOUR, resources: ['updates'] });
    assert.equal(first.deleted, 0, 'one pass could have slipped past it');
    assert.equal((await mirror.get(`/2.3.0/updates/${gone}/?format=json`)).status, 200);
    assert.equal((await readSyncStates(mirror.database.db)).get('updates')?.pass, null);

    const second = await sync({ now: () => Date.now() + 60 * HOUR, resources: ['updates'] });
    assert.equal(second.deleted, 1);
    assert.equal((await both(`/2.3.0/updates/${gone}/?format=json`)).status, 404);
    const answers = await both('/2.3.0/updates/?format=json&limit=100');
    assertSameText(answers.mirror, answers.upstream, '/updates/');
  });
});
