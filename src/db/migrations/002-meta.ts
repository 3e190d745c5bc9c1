// A small key-value table for facts about the data itself: when it last changed and how
// (import, seed, sync). Readers use it for the landing page and for cache invalidation.
import type { Migration } from 'kysely';

export function metaTable(): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('apogee_meta')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute();
    },
  };
}
