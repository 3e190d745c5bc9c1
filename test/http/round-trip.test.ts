// Real LL2 records, imported through the record loader, are served back exactly: the same
// objects, the same key order, hosts rewritten to the test server's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importRecords } from '../../src/ingest/import-records.ts';
import { spacecraft } from '../../src/models/spacecraft.ts';
import { spacecraftConfiguration } from '../../src/models/spacecraft-configurations.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { loadFixture, SKIP_REASON } from '../support/reference.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

type Records = Array<Record<string, unknown>>;

/** The fixture as this server must print it: its host and `format` swapped for ours. */
function rewritten(records: Records, fromOrigin: string, fromFormat: string): Records {
  const text = JSON.stringify(records)
    .replaceAll(fromOrigin, TEST_ORIGIN)
    .replaceAll(`?format=${fromFormat}`, '?format=json');
  return JSON.parse(text);
}

const byId = (records: Records) => [...records].sort((a, b) => Number(a.id) - Number(b.id));

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(SKIP_REASON || (kind === 'postgres' ? await postgresSkipReason() : false));

  describe(`round trip of LL2 fixtures (${kind})`, { skip }, () => {
    let server: TestApp;
    let spacecraftPage: Records;
    let configurations: Records;

    before(async () => {
      spacecraftPage = (loadFixture('spacecraft-page-lldev.json') as { results: Records }).results;
      configurations = loadFixture('spacecraft-configurations-detailed.json') as Records;
      server = await startTestApp(kind, async (database) => {
        await importRecords(database, spacecraftConfiguration, configurations);
        await importRecords(database, spacecraft, spacecraftPage);
      });
    });
    after(() => server?.close());

    test('spacecraft in normal mode equal the lldev page, object for object', async () => {
      const response = await server.get('/2.3.0/spacecraft/?format=json&limit=100');
      assert.equal(response.status, 200);
      assert.equal(response.json.count, spacecraftPage.length);
      const expected = byId(rewritten(spacecraftPage, 'https://lldev.thespacedevs.com', 'api'));
      const actual = byId(response.json.results);
      for (const [index, record] of expected.entries()) {
        assert.deepEqual(actual[index], record);
        assert.deepEqual(Object.keys(actual[index]), Object.keys(record), 'key order');
      }
    });

    test('spacecraft configurations in detailed mode equal the fixture, key order included', async () => {
      const response = await server.get('/2.3.0/spacecraft_configurations/?format=json&mode=detailed&limit=100');
      assert.equal(response.status, 200);
      const expected = byId(rewritten(configurations, 'https://ll.thespacedevs.com', 'json'));
      // The spacecraft page above refreshed some configurations with its (normal) view of
      // them; richer fields it does not carry must have survived.
      assert.equal(response.json.count, expected.length);
      const actual = byId(response.json.results);
      for (const [index, record] of expected.entries()) {
        assert.equal(JSON.stringify(actual[index]), JSON.stringify(record), `configuration ${record.id}`);
      }
    });

    test('a configuration by id is the same object', async () => {
      const [first] = rewritten(configurations, 'https://ll.thespacedevs.com', 'json');
      const response = await server.get(`/2.3.0/spacecraft_configurations/${first.id}/?format=json`);
      assert.equal(response.status, 200);
      assert.deepEqual(response.json, first);
    });
  });
}
