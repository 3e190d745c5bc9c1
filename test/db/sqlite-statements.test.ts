// Rows read as arrays and made into objects (src/db/sqlite-statements.ts) are the objects
// better-sqlite3 would have made: same keys in the same order, same values, duplicates alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { withStatementCache } from '../../src/db/sqlite-statements.ts';

test('rows as arrays become the same objects as better-sqlite3 makes', () => {
  const database = new SQLite(':memory:');
  database.exec(`create table things (id integer primary key, "name" text, "odd key ""quoted""" real, blob_value blob, "constructor" text);
    insert into things values (1, 'one', 1.5, x'00ff', 'c'), (2, null, null, null, null), (3, 'δ ✓', -0.0, x'', '')`);
  const cached = withStatementCache(database);
  for (const query of [
    'select * from things order by id',
    'select id, name, id as name from things order by id',
    'select t.*, 42 as answer, null as empty from things as t where id > ? order by id desc',
    'select count(*) as count from things',
  ]) {
    const parameters = query.includes('?') ? [1] : [];
    const expected = database.prepare(query).all(parameters);
    const rows = cached.prepare(query).all(parameters);
    assert.deepEqual(rows, expected, query);
    assert.deepEqual(rows.map((row) => Object.keys(row as object)), expected.map((row) => Object.keys(row as object)), query);
    assert.deepEqual([...cached.prepare(query).iterate(parameters)], expected, `${query} (iterate)`);
    assert.equal(cached.prepare(query), cached.prepare(query), 'compiled once');
  }
  const write = cached.prepare('insert into things (name) values (?)');
  assert.equal(write.reader, false);
  assert.equal(write.run(['four']).changes, 1);
  database.close();
});
