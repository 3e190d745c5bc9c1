// DATABASE_REPLICA_URLS: reads go to a replica, writes to the primary. Two databases stand
// in for a primary and its replica; they hold different data so that the test can tell
// which one answered.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { connect, type Database } from '../../src/db/connect.ts';
import { importRecords } from '../../src/ingest/import-records.ts';
import { spacecraftStatus } from '../../src/models/spacecraft.ts';
import { freshDatabase, postgresSkipReason, type TestDatabase } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';

describe('read replicas', { skip: skipUnlessRequired(await postgresSkipReason()) }, () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let database: Database;

  before(async () => {
    primary = await freshDatabase('postgres');
    replica = await freshDatabase('postgres');
    await importRecords(replica.database, spacecraftStatus, [{ id: 1, name: 'On the replica' }]);
    database = connect(primary.url, { replicaUrls: [replica.url] });
  });
  after(async () => {
    await database?.close();
    await primary?.drop();
    await replica?.drop();
  });

  test('the API reads from the replica; imports write to the primary', async () => {
    const app = await buildApp({
      config: {
        logLevel: 'silent',
        trustProxy: false,
        throttleAnon: null,
        redisUrl: null,
        redisPrefix: 'apogee-test:',
        responseCacheMb: 0,
        cacheMaxAgeSeconds: null,
        compression: false,
        dataVersionCheckMs: 0,
      },
      database,
      logger: false,
    });
    const listed = await app.inject({ method: 'GET', url: '/2.3.0/config/spacecraft_statuses/?format=json' });
    assert.deepEqual(JSON.parse(listed.body).results, [{ id: 1, name: 'On the replica' }]);

    await importRecords(database, spacecraftStatus, [{ id: 2, name: 'Written to the primary' }]);
    const onPrimary = await primary.database.db.selectFrom('spacecraft_statuses').select('name').execute();
    assert.deepEqual(onPrimary, [{ name: 'Written to the primary' }]);
    const stillReplica = await app.inject({ method: 'GET', url: '/2.3.0/config/spacecraft_statuses/?format=json' });
    assert.equal(JSON.parse(stillReplica.body).count, 1);
    await app.close();
  });
});
