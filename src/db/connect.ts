// Opens the database named by the configuration: an embedded SQLite file by default,
// PostgreSQL for a `postgres://` URL.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import { createRequire } from 'node:module';
import type pgModule from 'pg';
import type { QueryMemo } from '../engine/query-memo.ts';
import { type DialectName, type SqlDialect, sqlDialect } from './dialect.ts';
import { withStatementCache } from './sqlite-statements.ts';

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
  /** Counts and page boundaries remembered per data version; none: every page computes them. */
  memo?: QueryMemo;
}

/** One replica for the whole request, so that a response never mixes two replicas' states. */
export function readerFor(database: Database, memo?: QueryMemo): Reader {
  return { db: database.read(), dialect: database.dialect, memo };
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

/** The PostgreSQL driver, loaded on first use: a SQLite install never pays its memory (~17 MB). */
let pgDriver: typeof pgModule | null = null;
function pg(): typeof pgModule {
  if (!pgDriver) {
    pgDriver = createRequire(import.meta.url)('pg') as typeof pgModule;
    // PostgreSQL returns bigint (count(*)) as a string to avoid precision loss; our counts fit.
    pgDriver.types.setTypeParser(pgDriver.types.builtins.INT8, (value) => Number.parseInt(value, 10));
  }
  return pgDriver;
}

/** How long a query waits for a connection (a new one, or a free one of the pool) before it fails. */
export const CONNECTION_TIMEOUT_MS = 10_000;

/**
 * A pool that survives its database going away: a query that cannot get a connection in
 * time fails (the request becomes a 503, src/db/unavailable.ts) instead of waiting forever,
 * and broken connections are dropped and replaced once the database is back.
 */
function postgresPool(url: string): pgModule.Pool {
  const pool = new (pg().Pool)({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
  // An idle connection closed by the server (restart, failover) is removed by the pool; without
  // a listener its 'error' event would crash the process.
  pool.on('error', () => {});
  return pool;
}

export function connect(url: string, options: ConnectOptions = {}): Database {
  const kind = databaseKind(url);
  const log = options.onQuery
    ? (event: LogEvent) => {
        if (event.level === 'query') options.onQuery?.(event.query.sql);
      }
    : undefined;
  if (kind === 'postgres') {
    const pool = postgresPool(url);
    const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }), log });
    const replicas: Db[] = (options.replicaUrls ?? []).map(
      (replicaUrl) => new Kysely({ dialect: new PostgresDialect({ pool: postgresPool(replicaUrl) }), log }),
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
  // 16 MB of page cache (the default is 2 MB): the hot pages of a large database (indexes, a
  // table of 100,000 spacecraft) stay in memory. Twice as much measured no faster, as random
  // reads across a million launches miss any cache of a size a small server can spare, and
  // held 16 MB more (docs/PERFORMANCE.md).
  sqliteDb.pragma('cache_size = -16000');
  // SQLite's upper() folds ASCII only; PostgreSQL's folds all of Unicode (`Прогресс`).
  sqliteDb.function('unicode_upper', { deterministic: true }, (value: unknown) =>
    value === null || value === undefined ? null : String(value).toUpperCase(),
  );
  const db: Db = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(sqliteDb) }), log });
  return { db, read: () => db, dialect: sqlDialect('sqlite'), poolStats: () => null, close: () => db.destroy() };
}
