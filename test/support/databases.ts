// The databases the HTTP suite runs on: SQLite always; PostgreSQL when a server answers
// (on this project's CI always; on a laptop without one the suite says it is skipped).
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let availability: Promise<string | false> | undefined;

/** False when PostgreSQL is reachable, else the reason to skip its suites. */
export function postgresSkipReason(): Promise<string | false> {
  availability ??= (async () => {
    let problem = '';
    // A busy two-core machine can take seconds to start a backend: retry before giving up.
    for (let attempt = 0; attempt < 3; attempt++) {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
      try {
        await client.connect();
        await client.query('select 1');
        return false;
      } catch (error) {
        problem = (error as Error).message;
      } finally {
        await client.end().catch(() => {});
      }
    }
    return `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL} (${problem}): PostgreSQL suite skipped; set TEST_POSTGRES_URL to run it`;
  })();
  return availability;
}

let counter = 0;

export interface TestDatabase {
  database: Database;
  /** How another process reaches this database. */
  url: string;
  /** Every SQL statement run since the last reset. */
  statements: string[];
  drop(): Promise<void>;
}

/** A new, migrated, empty database of the given kind. */
export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const statements: string[] = [];
  const onQuery = (sqlText: string) => statements.push(sqlText);
  if (kind === 'sqlite') {
    const database = connect(':memory:', { onQuery });
    await migrateToLatest(database);
    return { database, url: ':memory:', statements, drop: () => database.close() };
  }
  const name = `apogee_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = connect(url.toString(), { onQuery });
  await migrateToLatest(database);
  return {
    database,
    url: url.toString(),
    statements,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
