// What the data is and when it last changed, kept in `apogee_meta`, and where it comes from
// when the database mirrors an upstream LL2 server (`sync_state`, src/sync/).
import { MIRROR_KEY, readSyncStates, type SyncState } from '../sync/sync-state.ts';
import type { Db } from './connect.ts';

export interface DataStatus {
  /** ISO date-time of the last import, seed or sync that changed data; null before any. */
  lastChange: string | null;
  /** What made that change: `seed`, `import …`. */
  lastChangeSource: string | null;
  /** Increases with every change (caches compare it). */
  version: number;
  /** The mirror's state per endpoint read from the upstream; empty when the database is no mirror. */
  sync: SyncState[];
}

async function readMeta(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('apogee_meta').select(['key', 'value']).execute();
  return new Map(rows.map((row) => [String(row.key), String(row.value)]));
}

/** Only the version: what a response cache checks on its hot path. */
export async function readDataVersion(db: Db): Promise<number> {
  return Number((await readMeta(db)).get('data_version') ?? 0);
}

export async function readDataStatus(db: Db): Promise<DataStatus> {
  const values = await readMeta(db);
  return {
    lastChange: values.get('last_change') ?? null,
    lastChangeSource: values.get('last_change_source') ?? null,
    version: Number(values.get('data_version') ?? 0),
    sync: values.has(MIRROR_KEY) ? [...(await readSyncStates(db)).values()] : [],
  };
}

/** Records a change; call it inside the transaction that made the change. */
export async function recordDataChange(db: Db, source: string, at: Date = new Date()): Promise<void> {
  const version = await readDataVersion(db);
  const entries = { last_change: at.toISOString(), last_change_source: source, data_version: String(version + 1) };
  for (const [key, value] of Object.entries(entries)) {
    await db
      .insertInto('apogee_meta')
      .values({ key, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
      .execute();
  }
}
