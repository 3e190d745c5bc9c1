// Several nodes may start at once against one PostgreSQL database: migrations and the
// first load of the bundled data must run on one of them only. A session-level advisory
// lock serialises them; SQLite is one process's file and needs none.
import { sql } from 'kysely';
import type { Database } from './connect.ts';

// An arbitrary, fixed number that names Apogee's start-up lock.
const STARTUP_LOCK_ID = 4_270_173;

export async function withStartupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.dialect.name !== 'postgres') return work();
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK_ID})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK_ID})`.execute(connection);
    }
  });
}
