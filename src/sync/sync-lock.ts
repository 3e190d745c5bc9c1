// One mirror per database. Every node of a cluster may be started with SYNC_UPSTREAM: on
// PostgreSQL a session-level advisory lock lets one of them sync, and the lock goes with the
// session if that node dies. SQLite is one process's file (run either `apogee sync` or a
// server with SYNC_UPSTREAM on it, not both).
import { sql } from 'kysely';
import type { Database } from '../db/connect.ts';

// An arbitrary, fixed number that names Apogee's sync lock (the start-up lock has another).
const SYNC_LOCK_ID = 4_270_174;

export const BUSY = Symbol('another process syncs this database');

export async function withSyncLock<T>(database: Database, work: () => Promise<T>): Promise<T | typeof BUSY> {
  if (database.dialect.name !== 'postgres') return work();
  return database.db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${SYNC_LOCK_ID}) as locked`.execute(connection);
    if (!rows[0]?.locked) return BUSY;
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${SYNC_LOCK_ID})`.execute(connection);
    }
  });
}
