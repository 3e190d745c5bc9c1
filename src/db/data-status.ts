// What the data is and when it last changed, kept in `apogee_meta`.
import type { Db } from './connect.ts';

export interface DataStatus {
  /** ISO date-time of the last import, seed or sync that changed data; null before any. */
  lastChange: string | null;
  /** What made that change: `seed`, `import …`. */
  lastChangeSource: string | null;
  /** Increases with every change (caches compare it). */
  version: number;
}

export async function readDataStatus(db: Db): Promise<DataStatus> {
  const rows = await db.selectFrom('apogee_meta').select(['key', 'value']).execute();
  const values = new Map(rows.map((row) => [String(row.key), String(row.value)]));
  return {
    lastChange: values.get('last_change') ?? null,
    lastChangeSource: values.get('last_change_source') ?? null,
    version: Number(values.get('data_version') ?? 0),
  };
}

/** Records a change; call it inside the transaction that made the change. */
export async function recordDataChange(db: Db, source: string, at: Date = new Date()): Promise<void> {
  const { version } = await readDataStatus(db);
  const entries = { last_change: at.toISOString(), last_change_source: source, data_version: String(version + 1) };
  for (const [key, value] of Object.entries(entries)) {
    await db
      .insertInto('apogee_meta')
      .values({ key, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
      .execute();
  }
}
