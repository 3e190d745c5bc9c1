// The searched names of the tables that grow large: a substring search (`?search=`) on them
// would otherwise read every row. SQLite keeps a trigram full-text table of each name,
// upper-cased as the search compares them (migration 007); PostgreSQL a trigram GIN index of
// `upper(name)` (pg_trgm). Both answer exactly what the plain comparison answers
// (docs/PERFORMANCE.md).
export const SEARCH_INDEXED: Record<string, string[]> = {
  spacecraft: ['name'],
  launches: ['name'],
  astronauts: ['name'],
};

export function isSearchIndexed(table: string, column: string): boolean {
  return SEARCH_INDEXED[table]?.includes(column) ?? false;
}

/** SQLite: the full-text table holding `unicode_upper(column)` of each row, by rowid. */
export function searchTable(table: string, column: string): string {
  return `search_${table}_${column}`;
}

/** The trigram index reads literal runs of at least three characters; shorter terms scan anyway. */
export const SHORTEST_INDEXED_TERM = 3;
