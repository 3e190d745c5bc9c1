// The search indexes (src/db/search-index.ts, migration 007) answer exactly what the plain
// substring test answers, on both databases, and follow every insert, rename and delete.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { SEARCH_INDEXED } from '../../src/db/search-index.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { type DatabaseKind, freshDatabase, postgresSkipReason, type TestDatabase } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';

const TERMS = ['soy', 'SOYUZ', 'ms-2', 'apollo 1', 'Шэнь', 'ß', 'ss', '*', '?', '[a', 'a]', '%', '_', '\\', 'a', 'zz', '', 'ﬁ', 'İ', 'e *'];

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`search indexes (${kind})`, { skip }, () => {
    let test_: TestDatabase;
    before(async () => {
      test_ = await freshDatabase(kind);
      await loadBundledData(test_.database);
    });
    after(() => test_?.drop());

    const matches = async (table: string, column: string, term: string, indexed: boolean) => {
      const { db, dialect } = test_.database;
      const condition = indexed
        ? dialect.indexedContainsIgnoringCase('t', table, column, term)
        : dialect.containsIgnoringCase(sql.ref(`t.${column}`), term);
      const { rows } = await sql<{ id: unknown }>`select t.id from ${sql.table(table)} as t where ${condition} order by t.id`.execute(db);
      return rows.map((row) => String(row.id));
    };

    test('the index answers as the plain comparison, for every indexed name and hostile terms', async () => {
      for (const [table, columns] of Object.entries(SEARCH_INDEXED)) {
        for (const column of columns) {
          for (const term of TERMS) {
            assert.deepEqual(await matches(table, column, term, true), await matches(table, column, term, false), `${table}.${column} ~ ${JSON.stringify(term)}`);
          }
        }
      }
      assert.ok((await matches('spacecraft', 'name', 'soyuz tm', true)).length > 10, 'a term finds its rows');
    });

    test('an insert, a rename and a delete reach the index', async () => {
      const { db } = test_.database;
      const template = await db.selectFrom('spacecraft').selectAll().orderBy('id').executeTakeFirstOrThrow();
      await db.insertInto('spacecraft').values({ ...template, id: 990_001, name: 'Straße Zwölf' }).execute();
      assert.deepEqual(await matches('spacecraft', 'name', 'aße zwö', true), ['990001']);
      await db.updateTable('spacecraft').set({ name: 'Renamed Vessel' }).where('id', '=', 990_001).execute();
      assert.deepEqual(await matches('spacecraft', 'name', 'straße', true), []);
      assert.deepEqual(await matches('spacecraft', 'name', 'named ves', true), ['990001']);
      await db.deleteFrom('spacecraft').where('id', '=', 990_001).execute();
      assert.deepEqual(await matches('spacecraft', 'name', 'named ves', true), []);
    });

    if (kind === 'postgres') {
      test('PostgreSQL has the trigram indexes', async () => {
        const { rows } = await sql<{ indexname: string }>`select indexname from pg_indexes where indexname like '%_search_idx' order by indexname`.execute(test_.database.db);
        assert.deepEqual(rows.map((row) => row.indexname), ['astronauts_name_search_idx', 'launches_name_search_idx', 'spacecraft_name_search_idx']);
      });
    }
  });
}
