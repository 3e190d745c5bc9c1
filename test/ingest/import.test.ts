// The importer on both databases: any document shape and mode, the endpoint read from the
// document, richer modes never lose to poorer ones, keyless nested rows (a launch's links
// and timeline) replaced as a set, computed fields kept or derived, and all or nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { readDataStatus } from '../../src/db/data-status.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { importDocuments } from '../../src/ingest/import-records.ts';
import { documentOf, modelOfEndpoint } from '../../src/ingest/import-sources.ts';
import { RecordError } from '../../src/ingest/upsert.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

type Json = Record<string, unknown>;

const quietly = { progress: false };

/** Row counts of every table the importer writes, to prove a failed import wrote nothing. */
async function tableCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['spacecraft', 'spacecraft_flights', 'launches', 'missions', 'agencies', 'spacecraft_statuses', 'info_urls', 'apogee_meta']) {
    const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

test('an endpoint, an absolute path or a record url names the model', () => {
  assert.equal(modelOfEndpoint('spacecraft')?.name, 'Spacecraft');
  assert.equal(modelOfEndpoint('/2.3.0/spacecraft_configurations/')?.name, 'SpacecraftConfiguration');
  assert.equal(modelOfEndpoint('https://ll.thespacedevs.com/2.3.0/launches/upcoming/?limit=10&offset=10')?.name, 'Launch');
  assert.equal(modelOfEndpoint('https://ll.thespacedevs.com/2.3.0/spacecraft/551/?format=json')?.name, 'Spacecraft');
  assert.equal(modelOfEndpoint('config/spacecraft_statuses')?.name, 'SpacecraftStatus');
  assert.equal(modelOfEndpoint('rockets-to-mars'), undefined);
});

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`import (${kind})`, { skip }, () => {
    let server: TestApp;
    const get = async (path: string) => {
      const response = await server.get(path);
      assert.equal(response.status, 200, path);
      return response.json as Json;
    };
    /** A served object as LL2 JSON to import again: our host in its links is as good as LL2's. */
    const asImport = (record: unknown) => JSON.parse(JSON.stringify(record).replaceAll(TEST_ORIGIN, 'https://ll.thespacedevs.com'));

    before(async () => {
      server = await startTestApp(kind, (database) => loadBundledData(database));
    });
    after(() => server?.close());

    test('a page, an array and one object, each endpoint read from the document', async () => {
      const page = {
        count: 2,
        next: 'https://ll.thespacedevs.com/2.3.0/config/spacecraft_statuses/?limit=1&offset=1',
        previous: null,
        results: [{ id: 9001, name: 'Mothballed' }],
      };
      const agency = asImport(await get('/2.3.0/agencies/1/?format=json'));
      const summary = await importDocuments(
        server.database,
        [documentOf('page.json', page), documentOf('agencies.json', [{ ...agency, abbrev: 'NASA!' }]), documentOf('one.json', { ...agency, founding_year: 1958 })],
        quietly,
      );
      assert.deepEqual(summary.byModel, { SpacecraftStatus: 1, Agency: 2 });
      assert.equal(((await get('/2.3.0/config/spacecraft_statuses/9001/?format=json')) as Json).name, 'Mothballed');
      // The later document wins, field by field.
      const served = await get('/2.3.0/agencies/1/?format=json');
      assert.equal(served.abbrev, agency.abbrev);
      assert.equal(served.founding_year, 1958);
      assert.equal(JSON.stringify(asImport(served)), JSON.stringify({ ...agency, founding_year: 1958 }), 'key order kept');
    });

    test('a list-mode record does not blank what a detailed one filled', async () => {
      const detailed = await get('/2.3.0/spacecraft/1/?format=json&mode=detailed');
      const listed = (await get('/2.3.0/spacecraft/?format=json&mode=list&id=1')).results as Json[];
      await importDocuments(server.database, [documentOf('list.json', asImport([{ ...listed[0], name: 'Vostok 1 (renamed)' }]))], quietly);
      const after = await get('/2.3.0/spacecraft/1/?format=json&mode=detailed');
      assert.equal(after.name, 'Vostok 1 (renamed)');
      const restored = JSON.parse(JSON.stringify(after).replaceAll('"name":"Vostok 1 (renamed)"', '"name":"Vostok 1"'));
      assert.deepEqual(restored, detailed, 'nothing else changed');
      await importDocuments(server.database, [documentOf('back.json', asImport(detailed))], quietly);
      assert.deepEqual(await get('/2.3.0/spacecraft/1/?format=json&mode=detailed'), detailed);
    });

    test('a detailed launch round-trips with its keyless links and timeline; a new import replaces them', async () => {
      const [first] = (await get('/2.3.0/launches/?format=json&mode=detailed&limit=1&ordering=net')).results as Json[];
      const typeOf = async (path: string) => ((await get(`/2.3.0/config/${path}/?format=json&limit=1`)).results as Json[])[0];
      const infoUrl = { priority: 10, source: 'nasa.gov', title: 'Mission page', description: 'The agency page.', feature_image: null, url: 'https://www.nasa.gov/mission', type: await typeOf('infourl_types'), language: await typeOf('languages') };
      const vidUrl = {
        priority: 10, source: 'youtube.com', publisher: 'NASA', title: 'Launch replay', description: 'Archive footage.', feature_image: null,
        url: 'https://www.youtube.com/watch?v=apogee', type: await typeOf('vidurl_types'), language: await typeOf('languages'),
        start_time: null, end_time: null, live: false,
      };
      const timeline = [
        { type: await typeOf('timeline_event_types'), relative_time: '-PT1H' },
        { type: await typeOf('timeline_event_types'), relative_time: 'PT2M30S' },
      ];
      const enriched = { ...first, info_urls: [infoUrl, { ...infoUrl, priority: 20, url: 'https://example.org/b' }], vid_urls: [vidUrl], timeline };
      await importDocuments(server.database, [documentOf('launch.json', asImport(enriched))], quietly);
      const served = await get(`/2.3.0/launches/${first.id}/?format=json`);
      assert.deepEqual(served.info_urls, enriched.info_urls);
      assert.deepEqual(served.vid_urls, enriched.vid_urls);
      assert.deepEqual(served.timeline, enriched.timeline);
      assert.equal(JSON.stringify({ ...served, last_updated: null }), JSON.stringify({ ...enriched, last_updated: null }), 'the whole object, key order included');

      await importDocuments(server.database, [documentOf('again.json', asImport({ ...enriched, info_urls: [infoUrl], timeline: [] }))], quietly);
      const replaced = await get(`/2.3.0/launches/${first.id}/?format=json`);
      assert.deepEqual(replaced.info_urls, [infoUrl]);
      assert.deepEqual(replaced.timeline, []);
      assert.deepEqual(replaced.vid_urls, [vidUrl]);
    });

    test('computed fields: a carried value stays without its facts, and is derived again when facts arrive', async () => {
      const craft = await get('/2.3.0/spacecraft/2/?format=json&mode=detailed');
      // A record that says more than the database knows: its figures are kept.
      await importDocuments(server.database, [documentOf('craft.json', asImport({ ...craft, flights_count: 99, time_in_space: 'P1000D' }))], quietly);
      const kept = await get('/2.3.0/spacecraft/2/?format=json');
      assert.equal(kept.flights_count, 99);
      assert.equal(kept.time_in_space, 'P1000D');
      // A configuration whose spacecraft gain a flight: derived from the facts.
      const configId = (craft.spacecraft_config as Json).id;
      const before = await get(`/2.3.0/spacecraft_configurations/${configId}/?format=json`);
      const [flight] = (await get('/2.3.0/spacecraft_flights/?format=json&mode=detailed&spacecraft=2')).results as Json[];
      // The new flight names its spacecraft by id: nothing it carries speaks for the configuration.
      const second = { ...asImport(flight), id: 990001, spacecraft: { id: 2 }, landing: null, docking_events: [], mission_end: null };
      await importDocuments(server.database, [documentOf('flight.json', [second])], { ...quietly, model: (await import('../../src/models/spacecraft.ts')).spacecraftFlight });
      const afterFlight = await get(`/2.3.0/spacecraft_configurations/${configId}/?format=json`);
      assert.equal(afterFlight.total_launch_count, Number(before.total_launch_count) + 1);
    });

    test('all or nothing: a bad record in the middle of the second file leaves the database as it was', async () => {
      const countsBefore = await tableCounts(server.database);
      const versionBefore = await readDataStatus(server.database.db);
      const statuses = Array.from({ length: 300 }, (_, index) => ({ id: 9100 + index, name: `Status ${index}` }));
      const agencies = [asImport(await get('/2.3.0/agencies/2/?format=json'))];
      const broken = [...statuses.slice(0, 150), { id: 9999, name: 42 }, ...statuses.slice(150)].map((record) => ({ ...record, id: record.id + 1000 }));
      await assert.rejects(
        importDocuments(
          server.database,
          [
            documentOf('agencies.json', agencies),
            documentOf('statuses.json', { count: 301, next: null, previous: null, results: broken }),
          ],
          { ...quietly, model: undefined },
        ).catch((error) => {
          // Without page links the endpoint of statuses.json is unknown: say it, then try with it.
          assert.ok(error instanceof RecordError);
          assert.match(error.message, /^statuses\.json: cannot tell which endpoint/);
          return importDocuments(
            server.database,
            [documentOf('agencies.json', agencies), documentOf('statuses.json', { count: 301, next: 'https://ll.thespacedevs.com/2.3.0/config/spacecraft_statuses/?offset=300', previous: null, results: broken })],
            quietly,
          );
        }),
        (error: unknown) => {
          assert.ok(error instanceof RecordError);
          assert.equal(error.message, 'statuses.json: $.results[150].name: expected a string, got 42');
          return true;
        },
      );
      assert.deepEqual(await tableCounts(server.database), countsBefore);
      assert.deepEqual(await readDataStatus(server.database.db), versionBefore);
    });
  });
}
