// The search indexes (src/db/search-index.ts, migration 007) answer exactly what the plain
// substring test answers, on both databases, and follow every insert, rename and delete.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { readerFor } from '../../src/db/connect.ts';
import { SEARCH_INDEXED } from '../../src/db/search-index.ts';
import { executeList, planLookups } from '../../src/engine/execute.ts';
import { parseListQuery } from '../../src/engine/query.ts';
import { resources } from '../../src/resources/index.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { type DatabaseKind, freshDatabase, postgresSkipReason, type TestDatabase } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';

const TERMS = ['soy', 'SOYUZ', 'ms-2', 'apollo 1', 'Шэнь', 'ß', 'ss', '*', '?', '[a', 'a]', '%', '_', '\\', 'a', 'zz', '', 'ﬁ', 'İ', 'e *', '"', 'z "q', '""x', 'OR', 'a AND b', 'NEAR(', 'so*', '^soy', '-1', 'tm-2)'];

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

    test('a search of several terms answers as the plain comparison, whichever term leads', async () => {
      const reader = readerFor(test_.database);
      const resource = resources.find((candidate) => candidate.path === 'spacecraft');
      assert.ok(resource);
      const spacecraft = await sql<{ id: number; name: string; config: string }>`
        select s.id, s.name, c.name as config from spacecraft s join spacecraft_configurations c on c.id = s.spacecraft_config_id order by s.id`.execute(test_.database.db);
      const expected = (terms: string[]) =>
        spacecraft.rows
          .filter((row) => terms.every((term) => [row.name, row.config].some((text) => text.toUpperCase().includes(term.toUpperCase()))))
          .map((row) => row.id);
      const indexedPatterns: string[][] = [];
      for (const search of ['Soyuz TM-2', 'tm-2 soyuz', 'progress m1', 'dragon c2', 'soy ms-', 'Endeavour shuttle', 'a soyuz', 'nothing soyuz']) {
        const plan = await parseListQuery(resource, [['search', search], ['limit', '100']], planLookups(reader));
        const { rows } = await executeList(reader, plan);
        assert.deepEqual(rows.map((row) => Number(row.id)), expected(search.split(' ')), search);
        const compiled = plan.conditions.map((condition) => condition('root', reader.dialect).compile(reader.db));
        indexedPatterns.push(compiled.flatMap((query) => (/search_spacecraft_name|like '%'/.test(query.sql) ? query.parameters.map(String) : [])));
      }
      if (kind === 'sqlite') {
        // One term goes through the index, the rarest: "TM-2", not "SOYUZ".
        assert.deepEqual(indexedPatterns[0].filter((parameter) => parameter.startsWith('"')), ['"TM-2"']);
        assert.deepEqual(indexedPatterns[1].filter((parameter) => parameter.startsWith('"')), ['"TM-2"']);
      }
    });

    if (kind === 'postgres') {
      test('PostgreSQL has the trigram indexes', async () => {
        const { rows } = await sql<{ indexname: string }>`select indexname from pg_indexes where indexname like '%_search_idx' order by indexname`.execute(test_.database.db);
        assert.deepEqual(rows.map((row) => row.indexname), ['astronauts_name_search_idx', 'launches_name_search_idx', 'spacecraft_name_search_idx']);
      });
    }
  });
}
