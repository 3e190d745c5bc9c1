// Real LL2 launches in normal mode, imported through the record loader, are served back
// exactly: the same objects, the same key order, hosts rewritten to the test server's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importRecords } from '../../src/ingest/import-records.ts';
import { launch } from '../../src/models/launches.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { loadFixture, SKIP_REASON } from '../support/reference.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

type Records = Array<Record<string, unknown>>;

/** LL2's links to its own API, as the fixture (fetched without `format`) prints them. */
const LL2_API_LINK = /"https:\/\/ll\.thespacedevs\.com(\/2\.3\.0\/[^"?]*)"/g;

/**
 * The fixture as this server must print it for `?format=json`: LL2's host swapped for ours,
 * and DRF's `format` carried into every link to the API.
 */
function rewritten(records: Records): Records {
  return JSON.parse(JSON.stringify(records).replace(LL2_API_LINK, `"${TEST_ORIGIN}$1?format=json"`));
}

// Launch ids are UUIDs: compare as text.
const byId = (records: Records) => [...records].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(SKIP_REASON || (kind === 'postgres' ? await postgresSkipReason() : false));

  describe(`round trip of LL2 launches (${kind})`, { skip }, () => {
    let server: TestApp;
    let launches: Records;

    before(async () => {
      launches = loadFixture('launches-normal.json') as Records;
      server = await startTestApp(kind, (database) => importRecords(database, launch, launches));
    });
    after(() => server?.close());

    test('launches in normal mode equal the fixture, object for object, key order included', async () => {
      const response = await server.get('/2.3.0/launches/?format=json&limit=100');
      assert.equal(response.status, 200);
      assert.equal(response.json.count, launches.length);
      const expected = byId(rewritten(launches));
      const actual = byId(response.json.results);
      for (const [index, record] of expected.entries()) {
        assert.deepEqual(actual[index], record, `launch ${record.id}`);
        assert.equal(JSON.stringify(actual[index]), JSON.stringify(record), `launch ${record.id}: key order`);
      }
    });

    test('the list view shows the same launches at the list level of detail', async () => {
      const response = await server.get('/2.3.0/launches/?format=json&mode=list&limit=100');
      assert.equal(response.status, 200);
      const listKeys = ['id', 'url', 'name', 'response_mode', 'slug', 'launch_designator', 'status', 'last_updated', 'net', 'net_precision', 'window_end', 'window_start', 'image', 'infographic'];
      for (const [index, record] of byId(rewritten(launches)).entries()) {
        const shown = byId(response.json.results)[index];
        assert.deepEqual(Object.keys(shown), listKeys);
        for (const key of listKeys) {
          if (key !== 'response_mode') assert.deepEqual(shown[key], record[key], `launch ${record.id}: ${key}`);
        }
        assert.equal(shown.response_mode, 'list');
      }
    });
  });
}
