// The upcoming and previous lists (src/engine/scopes.ts) hold exactly the launches their rule
// names (docs/COMPATIBILITY.md), in order, on both databases: launches still going or on hold
// long after their date included, with and without the query memo's page boundaries.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readerFor } from '../../src/db/connect.ts';
import { executeList, planLookups } from '../../src/engine/execute.ts';
import { QueryMemo } from '../../src/engine/query-memo.ts';
import { parseListQuery } from '../../src/engine/query.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { resources } from '../../src/resources/index.ts';
import { type DatabaseKind, freshDatabase, postgresSkipReason, type TestDatabase } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';

const NOW = new Date('2026-12-07T12:00:30Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, '.000000Z');

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`upcoming and previous launches (${kind})`, { skip }, () => {
    let test_: TestDatabase;
    let launches: Array<{ id: string; net: string; status: string | null }>;

    before(async () => {
      test_ = await freshDatabase(kind);
      await loadBundledData(test_.database);
      const { db } = test_.database;
      const statusId = async (abbrev: string) => (await db.selectFrom('launch_statuses').select('id').where('abbrev', '=', abbrev).executeTakeFirstOrThrow()).id;
      const some = await db.selectFrom('launches').select('id').orderBy('id').limit(4).execute();
      // Still flying three days after launch; on hold for over a year; launched within and
      // beyond the grace period.
      const changes: Array<[string, number]> = [
        ['In Flight', 72],
        ['Hold', 24 * 400],
        ['Success', 1],
        ['Success', 30],
      ];
      for (const [index, [abbrev, hours]] of changes.entries()) {
        await db.updateTable('launches').set({ status_id: await statusId(abbrev), net: hoursAgo(hours) }).where('id', '=', some[index].id).execute();
      }
      const rows = await db
        .selectFrom('launches as l')
        .leftJoin('launch_statuses as s', 's.id', 'l.status_id')
        .select(['l.id as id', 'l.net as net', 's.abbrev as status'])
        .execute();
      launches = rows.map((row) => ({ id: String(row.id), net: String(row.net), status: row.status === null ? null : String(row.status) }));
    });
    after(() => test_?.drop());

    /** Every id of a list, page after page, as a client walks it. */
    const walk = async (path: string, memo?: QueryMemo) => {
      const resource = resources.find((candidate) => candidate.path === path);
      assert.ok(resource, path);
      const reader = readerFor(test_.database, memo);
      const ids: string[] = [];
      for (let offset = 0; ; offset += 40) {
        const plan = await parseListQuery(resource, [['limit', '40'], ['offset', String(offset)]], planLookups(reader), NOW);
        const { count, rows } = await executeList(reader, plan);
        ids.push(...rows.map((row) => String(row.id)));
        if (offset + 40 >= count) return ids;
      }
    };
    const inOrder = (rows: typeof launches) => rows.sort((a, b) => (a.net === b.net ? (a.id < b.id ? -1 : 1) : a.net < b.net ? -1 : 1)).map((row) => row.id);

    test('upcoming: ahead, within a day after, or still going whatever the date', async () => {
      const since = hoursAgo(24).replace(/:\d\d\.000000Z$/, ':00.000000Z');
      const expected = inOrder(launches.filter((row) => row.net >= since || row.status === 'In Flight' || row.status === 'Hold'));
      assert.ok(expected.length >= 5, 'the changed launches are there');
      assert.deepEqual(await walk('launches/upcoming'), expected);
      assert.deepEqual(await walk('launches/upcoming', new QueryMemo({ current: async () => 1 }, { blockSize: 3 })), expected);
    });

    test('previous: every launch whose date has passed', async () => {
      const cutoff = '2026-12-07T12:00:00.000000Z';
      const expected = inOrder(launches.filter((row) => row.net < cutoff)).reverse();
      const walked = await walk('launches/previous');
      assert.deepEqual(new Set(walked), new Set(expected));
      assert.equal(walked.length, expected.length);
    });
  });
}
