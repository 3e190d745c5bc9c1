// The compiled SQLite statements Kysely asks for, kept and made cheaper to read from.
import type SQLite from 'better-sqlite3';

/** What Kysely's SQLite driver uses of a statement. */
export interface DriverStatement {
  readonly reader: boolean;
  all(parameters: unknown[]): unknown[];
  iterate(parameters: unknown[]): IterableIterator<unknown>;
  run(parameters: unknown[]): SQLite.RunResult;
}

/**
 * better-sqlite3 compiles a statement on every `prepare`; the API asks the same few hundred
 * statements again and again, so keep the compiled ones (by SQL text, bounded).
 */
export function withStatementCache(database: SQLite.Database, limit = 1000) {
  const statements = new Map<string, DriverStatement>();
  return {
    close: () => database.close(),
    prepare(sqlText: string): DriverStatement {
      let statement = statements.get(sqlText);
      if (!statement) {
        if (statements.size >= limit) statements.delete(statements.keys().next().value as string);
        statement = readingArrays(database.prepare(sqlText));
        statements.set(sqlText, statement);
      }
      return statement;
    },
  };
}

/**
 * A reading statement whose rows better-sqlite3 returns as arrays, made into objects here:
 * the same objects (keys in column order, a later duplicate name wins), in less than half the
 * time on rows of many columns, which a detailed page reads by the thousand.
 */
function readingArrays(statement: SQLite.Statement): DriverStatement {
  if (!statement.reader) return statement as unknown as DriverStatement;
  const names = statement.columns().map((column) => column.name);
  // An object literal of fixed keys is built far faster than one grown key by key; the names
  // are the schema's, written as JSON string literals. `__proto__` would set the prototype.
  if (names.includes('__proto__')) return statement as unknown as DriverStatement;
  const toObject = new Function('row', `return {${names.map((name, index) => `${JSON.stringify(name)}: row[${index}]`).join(', ')}};`) as (
    row: unknown[],
  ) => Record<string, unknown>;
  statement.raw(true);
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toObject),
    *iterate(parameters) {
      for (const row of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(row);
    },
    run: (parameters) => statement.run(parameters),
  };
}
