// SQLite's case-insensitive substring test takes a fast path for ASCII terms (src/db/dialect.ts):
// it must answer exactly as the reference, JavaScript's toUpperCase on both sides, including
// for values whose non-ASCII letters upper-case to ASCII ones (ß → SS, ſ → S, ﬁ → FI).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { connect } from '../../src/db/connect.ts';

const VALUES = ['Soyuz MS-22', 'straße', 'STRASSE', 'Прогресс', 'tab\there', 'ǆ', 'ﬁre', 'naïve', null, '', 'İstanbul', 'ſpace', 'abc%_\\', 'Kelvin K'];
const TERMS = ['ss', 'SS', 'strasse', 'a', 'ПРОГ', 'прог', '', 'fi', 'FIRE', 'i', 'İ', 'k', 's', 'space', '%', '_', '\\', 'tab\th', 'ǅ', 'Ï', 'soyuz ms'];

test('the ASCII fast path answers as toUpperCase on both sides', async () => {
  const database = connect(':memory:');
  try {
    for (const value of VALUES) {
      for (const term of TERMS) {
        const expected = value !== null && value.toUpperCase().includes(term.toUpperCase());
        const condition = database.dialect.containsIgnoringCase(sql`${value}`, term);
        const { rows } = await sql<{ matches: number | null }>`select ${condition} as matches`.execute(database.db);
        assert.equal(Boolean(rows[0]?.matches), expected, `${JSON.stringify(value)} contains ${JSON.stringify(term)}`);
      }
    }
  } finally {
    await database.close();
  }
});
