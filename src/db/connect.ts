// Opens the database named by the configuration: an embedded SQLite file by default,
// PostgreSQL for a `postgres://` URL.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type DialectName, type SqlDialect, sqlDialect } from './dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are generated from the model registry
export type Db = Kysely<any>;

export interface Database {
  /** The primary: every write, and reads that must see them. */
  db: Db;
  /** A connection for reads that may lag a little: a replica when there are any (round robin). */
  read(): Db;
  dialect: SqlDialect;
  /** Connection pool figures of the primary (PostgreSQL only), for the metrics. */
  poolStats(): PoolStats | null;
  close(): Promise<void>;
}

/** What a read needs: a connection (the primary or one replica) and its dialect. */
export interface Reader {
  db: Db;
  dialect: SqlDialect;
}

/** One replica for the whole request, so that a response never mixes two replicas' states. */
export function readerFor(database: Database): Reader {
  return { db: database.read(), dialect: database.dialect };
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface ConnectOptions {
  /** Called once per SQL statement run (tests count statements with it). */
  onQuery?: (sqlText: string) => void;
  /** PostgreSQL read replicas (DATABASE_REPLICA_URLS). */
  replicaUrls?: string[];
}

export function databaseKind(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** `sqlite:relative/path.sqlite`, `sqlite:///abs/path`, a bare path, or `:memory:`. */
export function sqliteFilename(url: string): string {
  if (url === ':memory:' || url === 'sqlite::memory:') return ':memory:';
  return url.replace(/^sqlite:(\/\/)?/, '');
}

// PostgreSQL returns bigint (count(*)) as a string to avoid precision loss; our counts fit.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export function connect(url: string, options: ConnectOptions = {}): Database {
  const kind = databaseKind(url);
  const log = options.onQuery
    ? (event: LogEvent) => {
        if (event.level === 'query') options.onQuery?.(event.query.sql);
      }
    : undefined;
  if (kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }), log });
    const replicas: Db[] = (options.replicaUrls ?? []).map(
      (replicaUrl) => new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: replicaUrl, max: 10 }) }), log }),
    );
    let next = 0;
    return {
      db,
      read: () => (replicas.length ? replicas[next++ % replicas.length] : db),
      dialect: sqlDialect('postgres'),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: async () => {
        await Promise.all([db, ...replicas].map((each) => each.destroy()));
      },
    };
  }
  if (options.replicaUrls?.length) throw new Error('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL');
  const filename = sqliteFilename(url);
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const sqliteDb = new SQLite(filename);
  sqliteDb.pragma('journal_mode = WAL');
  sqliteDb.pragma('synchronous = NORMAL');
  // SQLite's upper() folds ASCII only; PostgreSQL's folds all of Unicode (`Прогресс`).
  sqliteDb.function('unicode_upper', { deterministic: true }, (value: unknown) =>
    value === null || value === undefined ? null : String(value).toUpperCase(),
  );
  const db: Db = new Kysely({ dialect: new SqliteDialect({ database: sqliteDb }), log });
  return { db, read: () => db, dialect: sqlDialect('sqlite'), poolStats: () => null, close: () => db.destroy() };
}
