// Every SQL difference between SQLite and PostgreSQL lives here, so that the engine writes
// one set of queries for both.
import { type RawBuilder, sql } from 'kysely';
import type { ScalarType } from '../engine/spec.ts';
import { SHORTEST_INDEXED_TERM, searchTable } from './search-index.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface SqlDialect {
  name: DialectName;
  /** The column type a field of this kind is stored in. */
  columnType(type: ScalarType): string;
  /** A boolean as a query parameter (better-sqlite3 cannot bind JavaScript booleans). */
  bool(value: boolean): boolean | number;
  /** Case-sensitive substring test, with `%` and `_` taken literally (Django `contains`). */
  contains(column: RawBuilder<unknown>, value: string): RawBuilder<boolean>;
  /**
   * Case-insensitive substring test (Django `icontains`: `UPPER(col) LIKE UPPER('%v%')` on
   * PostgreSQL). SQLite's own `upper` folds ASCII only, so it gets a Unicode-aware function.
   */
  containsIgnoringCase(column: RawBuilder<unknown>, value: string): RawBuilder<boolean>;
  /**
   * The same test on a text column with a search index (search-index.ts): the same answer,
   * found through the index.
   */
  indexedContainsIgnoringCase(alias: string, table: string, column: string, value: string): RawBuilder<boolean>;
  /**
   * How many rows (at most `cap`) the search index finds for a term: a search's rarest term
   * then leads (query.ts). Null where the database plans that itself (PostgreSQL).
   */
  indexedMatchesUpTo(table: string, column: string, value: string, cap: number): RawBuilder<{ matches: number }> | null;
}

/** Characters that stand for themselves in a LIKE pattern with `\` as the escape. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** Column types; date-times and dates are text on both, so that they sort and compare alike. */
function columnTypes(floatType: string) {
  return (type: ScalarType): string => {
    switch (type) {
      case 'int':
        return 'integer';
      case 'bool':
        return 'boolean';
      case 'float':
      case 'duration':
        return floatType;
      default:
        return 'text';
    }
  };
}

const sqlite: SqlDialect = {
  name: 'sqlite',
  columnType: columnTypes('real'),
  bool: (value) => (value ? 1 : 0),
  contains: (column, value) => sql<boolean>`instr(${column}, ${value}) > 0`,
  containsIgnoringCase: (column, value) => {
    const upper = value.toUpperCase();
    if (!/^[\x00-\x7f]*$/.test(value)) return sql<boolean>`instr(unicode_upper(${column}), ${upper}) > 0`;
    // An ASCII term: SQLite's upper() agrees with unicode_upper on ASCII text, so only a value
    // with other characters (rare in names) needs the JavaScript function: a search then
    // costs SQLite's C per row, not a call into JavaScript per row (docs/PERFORMANCE.md).
    return sql<boolean>`(instr(upper(${column}), ${upper}) > 0 or (${column} glob '*[^ -~]*' and instr(unicode_upper(${column}), ${upper}) > 0))`;
  },
  // The full-text table holds unicode_upper(column), cut into trigrams: the upper-cased term as
  // a phrase is the same substring test, found from the trigrams' positions alone (a GLOB
  // would also read each candidate's text: five times slower for a common term). Terms
  // shorter than a trigram cannot use it.
  indexedContainsIgnoringCase(alias, table, column, value) {
    const own = sql.ref(`${alias}.${column}`);
    if ([...value].length < SHORTEST_INDEXED_TERM) return this.containsIgnoringCase(own, value);
    return sql<boolean>`${sql.ref(`${alias}.rowid`)} in (select rowid from ${sql.table(searchTable(table, column))} where value match ${trigramPhrase(value)})`;
  },
  // SQLite reads every row an IN (…) list names before it checks the next term, so a search
  // for "Soyuz 12345" must be led by 12345, and SQLite cannot tell which term is rarer.
  indexedMatchesUpTo: (table, column, value, cap) =>
    sql<{ matches: number }>`select count(*) as matches from (select 1 from ${sql.table(searchTable(table, column))} where value match ${trigramPhrase(value)} limit ${cap})`,
};

/** An FTS5 phrase of the upper-cased term: in double quotes, which it doubles. */
const trigramPhrase = (term: string) => `"${term.toUpperCase().replaceAll('"', '""')}"`;

const postgres: SqlDialect = {
  name: 'postgres',
  columnType: columnTypes('double precision'),
  bool: (value) => value,
  contains: (column, value) => sql<boolean>`strpos(${column}::text, ${value}) > 0`,
  containsIgnoringCase: (column, value) => sql<boolean>`strpos(upper(${column}::text), upper(${value})) > 0`,
  // `upper(column) LIKE '%…%'` is the same substring test, in the form a pg_trgm index serves.
  indexedContainsIgnoringCase: (alias, _table, column, value) =>
    sql<boolean>`upper(${sql.ref(`${alias}.${column}`)}) like '%' || upper(${likeLiteral(value)}) || '%'`,
  indexedMatchesUpTo: () => null,
};

export function sqlDialect(name: DialectName): SqlDialect {
  return name === 'sqlite' ? sqlite : postgres;
}
