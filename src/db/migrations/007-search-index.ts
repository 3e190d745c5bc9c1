// Trigram indexes for the searched names of the large tables (src/db/search-index.ts).
// SQLite: a full-text table per name, filled now and kept current by triggers; its rows are
// `unicode_upper(name)`, the function connect.ts registers, so writes must come through
// Apogee's connection. PostgreSQL: a GIN index with pg_trgm, when the extension can be
// created; without it search still answers, by reading every row.
import { type Migration, sql } from 'kysely';
import type { SqlDialect } from '../dialect.ts';
import { SEARCH_INDEXED, searchTable } from '../search-index.ts';

export function searchIndexes(dialect: SqlDialect): Migration {
  return {
    async up(db) {
      for (const [table, columns] of Object.entries(SEARCH_INDEXED)) {
        for (const column of columns) {
          if (dialect.name === 'sqlite') {
            const fts = searchTable(table, column);
            const [t, c, f] = [sql.table(table), sql.ref(column), sql.table(fts)];
            const trigger = (event: string) => sql.raw(`"${fts}_${event}"`);
            await sql`create virtual table ${f} using fts5(value, tokenize = 'trigram case_sensitive 1')`.execute(db);
            await sql`insert into ${f} (rowid, value) select rowid, unicode_upper(${c}) from ${t}`.execute(db);
            await sql`create trigger ${trigger('insert')} after insert on ${t} begin
              insert into ${f} (rowid, value) values (new.rowid, unicode_upper(new.${c})); end`.execute(db);
            await sql`create trigger ${trigger('update')} after update of ${c} on ${t} begin
              delete from ${f} where rowid = old.rowid;
              insert into ${f} (rowid, value) values (new.rowid, unicode_upper(new.${c})); end`.execute(db);
            await sql`create trigger ${trigger('delete')} after delete on ${t} begin
              delete from ${f} where rowid = old.rowid; end`.execute(db);
          } else {
            await sql`savepoint pg_trgm`.execute(db);
            try {
              await sql`create extension if not exists pg_trgm`.execute(db);
              await sql`release savepoint pg_trgm`.execute(db);
            } catch {
              await sql`rollback to savepoint pg_trgm`.execute(db);
              return;
            }
            const index = sql.raw(`"${table}_${column}_search_idx"`);
            await sql`create index ${index} on ${sql.table(table)} using gin (upper(${sql.ref(column)}) gin_trgm_ops)`.execute(db);
          }
        }
      }
    },
  };
}
