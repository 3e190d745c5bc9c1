// API keys: stored as SHA-256 hashes (the key itself is shown once, at creation), each with
// its own rate; revoked keys are kept, marked, so that `keys list` tells their story.
import type { Migration } from 'kysely';
import type { SqlDialect } from '../dialect.ts';

export function apiKeysTable(dialect: SqlDialect): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'integer', (column) =>
          dialect.name === 'sqlite' ? column.primaryKey().autoIncrement() : column.primaryKey().generatedByDefaultAsIdentity(),
        )
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('key_hash', 'text', (column) => column.notNull().unique())
        .addColumn('key_prefix', 'text', (column) => column.notNull())
        .addColumn('rate', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
    },
  };
}
