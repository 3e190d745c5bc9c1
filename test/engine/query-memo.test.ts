// The query memo (src/engine/query-memo.ts) must never change an answer: every page read from
// a remembered block boundary equals the page read by skipping rows, on both databases, for
// orderings with ties, descending ones and ones the memo cannot use; counts and boundaries
// are recomputed when the data version changes; every rendered page made with remembered
// related rows and objects equals the page made without them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readerFor } from '../../src/db/connect.ts';
import { executeList, loadRelations, planLookups } from '../../src/engine/execute.ts';
import { toJsonText, toRenderedJsonText } from '../../src/engine/json-text.ts';
import { parseQueryString } from '../../src/engine/python-compat.ts';
import { QueryMemo } from '../../src/engine/query-memo.ts';
import { parseListQuery } from '../../src/engine/query.ts';
import { type RenderContext, renderRows } from '../../src/engine/render.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { resources } from '../../src/resources/index.ts';
import { type DatabaseKind, freshDatabase, postgresSkipReason, type TestDatabase } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';

const CASES: Array<[path: string, query: string]> = [
  ['spacecraft', ''],
  ['spacecraft', 'ordering=-id'],
  ['spacecraft', 'ordering=flights_count'],
  ['spacecraft', 'ordering=-flights_count'],
  ['spacecraft', 'ordering=-time_in_space'],
  ['spacecraft', 'in_space=false'],
  ['launches', ''],
  ['launches', 'ordering=-net'],
  ['launches', 'search=Soyuz'],
  ['launches/previous', ''],
  ['spacecraft_flights', 'ordering=-mission_end'],
  ['docking_events', 'ordering=-docking'],
];

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`query memo (${kind})`, { skip }, () => {
    let test_: TestDatabase;
    let version = 1;
    const memo = new QueryMemo({ current: async () => version }, { blockSize: 7 });

    before(async () => {
      test_ = await freshDatabase(kind);
      await loadBundledData(test_.database);
    });
    after(() => test_.drop());

    const page = async (path: string, query: string, withMemo: boolean) => {
      const resource = resources.find((candidate) => candidate.path === path);
      assert.ok(resource, path);
      const reader = readerFor(test_.database, withMemo ? memo : undefined);
      const plan = await parseListQuery(resource, parseQueryString(query), planLookups(reader));
      const { count, rows } = await executeList(reader, plan);
      return { count, ids: rows.map((row) => row.id) };
    };

    test('every page from a block boundary equals the page found by skipping rows', async () => {
      for (const [path, filter] of CASES) {
        const { count } = await page(path, filter, false);
        assert.ok(count > 20, `${path}?${filter} has rows to page through`);
        for (const offset of [0, 6, 7, 8, 13, 14, 50, 99, count - 8, count - 1, count, count + 3]) {
          for (const limit of [1, 5, 10]) {
            const query = `${filter}&limit=${limit}&offset=${offset}`;
            assert.deepEqual(await page(path, query, true), await page(path, query, false), `${path}?${query}`);
          }
        }
      }
      // The boundaries were used: the orderings on a row's own non-null columns read them.
      assert.ok(test_.statements.some((statement) => statement.includes('row_number() over')));
    });

    test('the same question asked again is answered from the memo, through relations and scopes too', async () => {
      for (const query of ['launches/previous|limit=5&offset=300', 'spacecraft|search=o&limit=5&offset=30']) {
        const [path, filter] = query.split('|');
        await page(path, filter, true);
        test_.statements.length = 0;
        await page(path, filter, true);
        assert.deepEqual(test_.statements.filter((statement) => /count\(\*\)|row_number/.test(statement)), [], query);
      }
    });

    test('every rendered page made with remembered rows and objects equals the page made without', async () => {
      const rendered = async (path: string, query: string, context: RenderContext, withMemo: boolean) => {
        const resource = resources.find((candidate) => candidate.path === path);
        assert.ok(resource, path);
        const reader = readerFor(test_.database, withMemo ? memo : undefined);
        const plan = await parseListQuery(resource, parseQueryString(query), planLookups(reader));
        const { rows } = await executeList(reader, plan);
        const store = await loadRelations(reader, plan.view, rows, context);
        return renderRows(plan.view, rows, store, context);
      };
      const text = async (path: string, query: string, context: RenderContext, withMemo: boolean) => toRenderedJsonText(await rendered(path, query, context, withMemo));
      const contexts: RenderContext[] = [
        { origin: 'http://apogee.test', linkSuffix: '' },
        { origin: 'https://other.example', linkSuffix: '?format=json' },
      ];
      let pages = 0;
      for (const resource of resources) {
        const modes = Object.keys(resource.modes).map((mode) => `mode=${mode}&`);
        for (const mode of modes.length ? modes : ['']) {
          // Pages that share related objects (a status, a configuration, an agency), asked three
          // times: once to be noticed, once to be kept, once to be answered from the memo.
          for (const query of [`${mode}limit=30`, `${mode}limit=30&offset=15`]) {
            for (let round = 0; round < 3; round++) {
              for (const context of contexts) {
                const expected = await text(resource.path, query, context, false);
                const remembered = await rendered(resource.path, query, context, true);
                assert.equal(toRenderedJsonText(remembered), expected, `${resource.path}?${query} ${context.origin}`);
                // Kept objects carry their text for this writer only: the general one (indented
                // JSON, the browsable page) writes the same objects.
                assert.equal(toJsonText(remembered), expected, `${resource.path}?${query} ${context.origin} (general writer)`);
                pages++;
              }
            }
          }
        }
      }
      assert.ok(pages > 300, `${pages} pages compared`);
      // The memo answered: a page asked again reads no related object it has rendered before.
      test_.statements.length = 0;
      await text('spacecraft', 'mode=normal&limit=30', contexts[0], true);
      assert.ok(!test_.statements.some((statement) => statement.includes('"spacecraft_configurations"')), test_.statements.join('\n'));
    });

    test('a new data version forgets counts and boundaries', async () => {
      const before_ = await page('spacecraft', 'limit=3&offset=20', true);
      const first = await test_.database.db.selectFrom('spacecraft').select('id').orderBy('id').executeTakeFirstOrThrow();
      await test_.database.db.deleteFrom('spacecraft_flights').where('spacecraft_id', '=', first.id).execute();
      await test_.database.db.deleteFrom('spacecraft').where('id', '=', first.id).execute();
      // Same version: the remembered count still answers (the memo is as fresh as the version).
      assert.equal((await page('spacecraft', 'limit=3&offset=20', true)).count, before_.count);
      version++;
      const fresh = await page('spacecraft', 'limit=3&offset=20', true);
      assert.equal(fresh.count, before_.count - 1);
      assert.deepEqual(fresh, await page('spacecraft', 'limit=3&offset=20', false));
    });
  });
}
