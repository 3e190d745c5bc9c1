// The mirror's memory (`apogee sync`, docs/SYNC.md), kept in the database so that a sync
// stopped at any point resumes where it stopped: one row per endpoint read from the upstream,
// and the ids a full pass has seen (to find the rows the upstream deleted).
import type { Migration } from 'kysely';

export function syncTables(): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('sync_state')
        // The endpoint read, as a registry path: `launches`, `config/orbits`, `launches/upcoming`.
        .addColumn('resource', 'text', (column) => column.primaryKey())
        .addColumn('upstream', 'text', (column) => column.notNull())
        // The pass in progress (`full`, `incremental` or `window`) and the next page it reads.
        .addColumn('pass', 'text')
        .addColumn('next_url', 'text')
        .addColumn('pass_started_at', 'text')
        .addColumn('last_success_at', 'text')
        // When the last complete full pass began, and the `last_updated__gte` of the next incremental one.
        .addColumn('last_full_at', 'text')
        .addColumn('updated_since', 'text')
        .addColumn('records', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('skipped', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('calls', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('next_call_at', 'text')
        .addColumn('failures', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('retry_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', 'text')
        .execute();
      await db.schema
        .createTable('sync_ids')
        .addColumn('resource', 'text', (column) => column.notNull())
        // `seen` in the full pass in progress, or `missing` from the last complete one.
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('id', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('sync_ids_pkey', ['resource', 'kind', 'id'])
        .execute();
    },
  };
}
