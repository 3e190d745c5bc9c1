// `/2.3.0/dashboard/starship/`: one composite object per mode, valid against LL2's
// StarshipDashboard* schema, composed from the bundled data on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importRecords } from '../../src/ingest/import-records.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { roadClosure } from '../../src/models/starship.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { LL2_KNOWN_DEVIATIONS, NULLS_IN_PRACTICE, validateAgainstSchema } from '../support/openapi-contract.ts';
import { loadOpenApi, referenceDir } from '../support/reference.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, TEST_HOST, type TestApp } from '../support/test-app.ts';

const SCHEMA = { list: 'StarshipDashboardList', normal: 'StarshipDashboardNormal', detailed: 'StarshipDashboardDetailed' };
const KEYS = ['response_mode', 'updates', 'live_streams', 'road_closures', 'notices', 'vehicles', 'orbiters', 'upcoming', 'previous'];

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`the Starship dashboard (${kind})`, { skip }, () => {
    let server: TestApp;

    before(async () => {
      server = await startTestApp(kind, async (database) => {
        await loadBundledData(database);
        // Test-only closures: one ahead (shown), one that has ended (left out).
        const now = Date.now();
        await importRecords(database, roadClosure, [
          { id: 1, title: 'Highway 4 closure (test)', status: { id: 90 }, window_start: iso(now + DAY), window_end: iso(now + DAY + 3_600_000) },
          { id: 2, title: 'Past closure (test)', status: { id: 91 }, window_start: iso(now - 2 * DAY), window_end: iso(now - DAY) },
        ]);
      });
    });
    after(() => server?.close());

    // The document declares an array of dashboards; LL2 answers with one object, so the
    // body is checked against the schema of the mode's object (TestApp.get would apply the array).
    async function dashboard(query: string) {
      const response = await server.app.inject({ method: 'GET', url: `/2.3.0/dashboard/starship/${query}`, headers: { host: TEST_HOST } });
      assert.equal(response.statusCode, 200);
      return JSON.parse(response.body);
    }

    for (const mode of ['list', 'normal', 'detailed'] as const) {
      test(`mode=${mode} matches ${SCHEMA[mode]}`, async () => {
        const body = await dashboard(`?format=json&mode=${mode}`);
        assert.deepEqual(Object.keys(body), KEYS);
        assert.equal(body.response_mode, mode);
        if (referenceDir()) {
          const problems = validateAgainstSchema(loadOpenApi(), SCHEMA[mode], body, {
            knownDeviations: [...LL2_KNOWN_DEVIATIONS, ...NULLS_IN_PRACTICE],
          });
          assert.deepEqual(problems, []);
        }
      });
    }

    test('without a mode, the normal dashboard; its parts come from the data', async () => {
      const body = await dashboard('?format=json');
      assert.equal(body.response_mode, 'normal');
      assert.deepEqual(body.road_closures.map((closure: { id: number }) => closure.id), [1]);
      assert.ok(body.notices.length >= 2);
      assert.equal(body.notices[0].date >= body.notices[1].date, true, 'notices newest first');
      assert.ok(body.live_streams.length >= 1);
      const previousEvents = body.previous.events.map((event: { slug: string }) => event.slug);
      assert.ok(previousEvents.includes('starship-integrated-flight-test'));
      assert.deepEqual(Object.keys(body.previous.events[0]), [
        'id', 'url', 'name', 'info_urls', 'vid_urls', 'image', 'date', 'slug', 'type', 'description', 'webcast_live', 'location', 'date_precision',
      ]);
    });

    test('the browsable page shows the same object', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/2.3.0/dashboard/starship/?format=api', headers: { host: TEST_HOST } });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /road_closures/);
    });

    test('methods other than GET are refused', async () => {
      const response = await server.app.inject({ method: 'POST', url: '/2.3.0/dashboard/starship/', headers: { host: TEST_HOST } });
      assert.equal(response.statusCode, 405);
    });
  });
}
