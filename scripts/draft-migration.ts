// Prints what the models need that the released migrations do not create: new tables and
// new columns, as the two literals of the unreleased migration. Run it after changing models:
//   npx tsx scripts/draft-migration.ts
// and replace the literals of that migration with its output. Released migrations never change.
import { sql } from 'kysely';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { schemaFromModels, type SchemaShape } from '../src/db/schema.ts';
import { models } from '../src/models/index.ts';

// The last released migration: the draft is everything the models need beyond it.
const RELEASED_UNTIL = '008-launch-order-indexes';

const database = connect(':memory:');
await migrateToLatest(database, RELEASED_UNTIL);
const missing: SchemaShape = {};
const added: Record<string, Record<string, string>> = {};
for (const [table, shape] of Object.entries(schemaFromModels(models))) {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(database.db);
  if (rows.length === 0) {
    missing[table] = shape;
    continue;
  }
  const existing = new Set(rows.map((row) => row.name));
  for (const [column, type] of Object.entries(shape.columns)) {
    if (!existing.has(column)) (added[table] ??= {})[column] = type;
  }
}
await database.close();

const literal = (value: unknown) => JSON.stringify(value, null, 2).replace(/"(\w+)":/g, '$1:').replaceAll('"', "'");
console.log(`// New tables\nconst tables: SchemaShape = ${literal(missing)};\n\n// New columns of existing tables\nconst columns: Record<string, Record<string, ScalarType>> = ${literal(added)};`);
