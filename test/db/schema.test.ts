// The frozen migrations still give the models every table and column they read, and
// running the migrations again changes nothing.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { schemaFromModels } from '../../src/db/schema.ts';
import { models } from '../../src/models/index.ts';
import { freshDatabase } from '../support/databases.ts';
import { TEST_FILES } from '../../scripts/run-tests.mjs';

test('the migrated database has every column the models need', async () => {
  const { database, drop } = await freshDatabase('sqlite');
  try {
    for (const [table, shape] of Object.entries(schemaFromModels(models))) {
      const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(database.db);
      const columns = new Set(rows.map((row) => row.name));
      for (const column of Object.keys(shape.columns)) assert.ok(columns.has(column), `${table}.${column} is missing`);
    }
    assert.deepEqual(await migrateToLatest(database), [], 'a second run applies nothing');
  } finally {
    await drop();
  }
});

test('every test file is listed in scripts/run-tests.mjs', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.test.ts')) found.push(relative(root, path));
    }
  };
  walk(join(root, 'test'));
  assert.deepEqual([...found].sort(), [...TEST_FILES].sort());
});
