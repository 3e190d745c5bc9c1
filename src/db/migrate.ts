// Versioned, forward-only migrations, run in name order; `apogee migrate` and server start
// both call this, and it does nothing when the database is already current.
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './connect.ts';
import { initialSchema } from './migrations/001-initial.ts';
import { metaTable } from './migrations/002-meta.ts';
import { apiKeysTable } from './migrations/003-api-keys.ts';
import { launchSideSchema } from './migrations/004-launch-side.ts';
import { dockingOrderSchema } from './migrations/005-docking-order.ts';
import { syncTables } from './migrations/006-sync.ts';
import { searchIndexes } from './migrations/007-search-index.ts';
import { launchOrderIndexes } from './migrations/008-launch-order-indexes.ts';

function migrationsFor(database: Database): Record<string, Migration> {
  return {
    '001-initial': initialSchema(database.dialect),
    '002-meta': metaTable(),
    '003-api-keys': apiKeysTable(database.dialect),
    '004-launch-side': launchSideSchema(database.dialect),
    '005-docking-order': dockingOrderSchema(database.dialect),
    '006-sync': syncTables(),
    '007-search-index': searchIndexes(database.dialect),
    '008-launch-order-indexes': launchOrderIndexes(),
  };
}

/** Applies every migration (or those up to and including `until`); returns the names applied. */
export async function migrateToLatest(database: Database, until?: string): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(database) };
  const migrator = new Migrator({ db: database.db, provider });
  const { error, results } = until ? await migrator.migrateTo(until) : await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
