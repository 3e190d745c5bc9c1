// Real LL2 space stations in detailed mode, with the docking events, flights and spacecraft
// their ports hold, imported through the importer and served back exactly: the same objects,
// the same key order (ports in LL2's order, not by id), hosts rewritten to the test server's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importRecords } from '../../src/ingest/import-records.ts';
import { spaceStation } from '../../src/models/space-stations.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { loadFixture, SKIP_REASON } from '../support/reference.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

type Records = Array<Record<string, unknown>>;

/** The fixture as this server prints it: LL2's host swapped for ours. */
function rewritten(records: Records): Records {
  return JSON.parse(JSON.stringify(records).replaceAll('https://ll.thespacedevs.com', TEST_ORIGIN));
}

const byId = (records: Records) => [...records].sort((a, b) => Number(a.id) - Number(b.id));

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(SKIP_REASON || (kind === 'postgres' ? await postgresSkipReason() : false));

  describe(`round trip of LL2 space stations (${kind})`, { skip }, () => {
    let server: TestApp;
    let stations: Records;

    before(async () => {
      stations = loadFixture('space-stations-detailed.json') as Records;
      server = await startTestApp(kind, (database) => importRecords(database, spaceStation, stations));
    });
    after(() => server?.close());

    test('stations in detailed mode equal the fixture, object for object, key order included', async () => {
      const response = await server.get('/2.3.0/space_stations/?format=json&mode=detailed&limit=100');
      assert.equal(response.status, 200);
      assert.equal(response.json.count, stations.length);
      const expected = byId(rewritten(stations));
      const actual = byId(response.json.results);
      for (const [index, record] of expected.entries()) {
        assert.deepEqual(actual[index], record, `station ${record.id}`);
        assert.equal(JSON.stringify(actual[index]), JSON.stringify(record), `station ${record.id}: key order`);
      }
    });

    test('a station by id is the same object', async () => {
      const [first] = rewritten(stations);
      const response = await server.get(`/2.3.0/space_stations/${first.id}/?format=json`);
      assert.equal(response.status, 200);
      assert.deepEqual(response.json, first);
    });
  });
}
