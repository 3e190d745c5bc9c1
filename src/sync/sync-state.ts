// The mirror's state per endpoint read from the upstream (table `sync_state`, migration
// 006-sync): the pass in progress and its next page, when the last passes succeeded, what
// they cost, and the last error. Dates are ISO strings (they sort as they compare).
import type { Db } from '../db/connect.ts';
import type { Tx } from '../ingest/upsert.ts';

/** A full pass reads every record; an incremental one those changed since; `window` the next 48 hours' launches. */
export type PassKind = 'full' | 'incremental' | 'window';

export interface SyncState {
  resource: string;
  upstream: string;
  pass: PassKind | null;
  nextUrl: string | null;
  passStartedAt: string | null;
  lastSuccessAt: string | null;
  lastFullAt: string | null;
  updatedSince: string | null;
  records: number;
  skipped: number;
  calls: number;
  nextCallAt: string | null;
  failures: number;
  retryAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

const COLUMNS: Record<keyof SyncState, string> = {
  resource: 'resource',
  upstream: 'upstream',
  pass: 'pass',
  nextUrl: 'next_url',
  passStartedAt: 'pass_started_at',
  lastSuccessAt: 'last_success_at',
  lastFullAt: 'last_full_at',
  updatedSince: 'updated_since',
  records: 'records',
  skipped: 'skipped',
  calls: 'calls',
  nextCallAt: 'next_call_at',
  failures: 'failures',
  retryAt: 'retry_at',
  lastError: 'last_error',
  lastErrorAt: 'last_error_at',
};

type Row = Record<string, unknown>;

/**
 * The upstream, in `apogee_meta`: a database that is no mirror lacks the key, and readers of
 * the data status (every node, every second) then never look at `sync_state`.
 */
export const MIRROR_KEY = 'mirror_upstream';

function fromRow(row: Row): SyncState {
  const state = {} as Record<string, unknown>;
  for (const [key, column] of Object.entries(COLUMNS)) state[key] = row[column] ?? null;
  for (const key of ['records', 'skipped', 'calls', 'failures']) state[key] = Number(state[key] ?? 0);
  return state as unknown as SyncState;
}

function toRow(changes: Partial<SyncState>): Row {
  return Object.fromEntries(Object.entries(changes).map(([key, value]) => [COLUMNS[key as keyof SyncState], value]));
}

export async function readSyncStates(db: Db): Promise<Map<string, SyncState>> {
  const rows = (await db.selectFrom('sync_state').selectAll().orderBy('resource').execute()) as Row[];
  return new Map(rows.map((row) => [String(row.resource), fromRow(row)]));
}

/**
 * A row for every endpoint about to be read. A row left by another upstream starts over
 * (its cursor and dates mean nothing here); its counters stay, they are history.
 */
export async function prepareSyncStates(db: Db, resources: string[], upstream: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('apogee_meta')
      .values({ key: MIRROR_KEY, value: upstream })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: upstream }))
      .execute();
    const existing = await readSyncStates(tx);
    for (const resource of resources) {
      const state = existing.get(resource);
      if (!state) {
        await tx.insertInto('sync_state').values({ resource, upstream }).execute();
      } else if (state.upstream !== upstream) {
        const reset: Partial<SyncState> = { upstream, pass: null, nextUrl: null, passStartedAt: null, lastSuccessAt: null, lastFullAt: null, updatedSince: null };
        await tx.updateTable('sync_state').set(toRow({ ...reset, nextCallAt: null, failures: 0, retryAt: null })).where('resource', '=', resource).execute();
        await tx.deleteFrom('sync_ids').where('resource', '=', resource).execute();
      }
    }
  });
}

/** Sets columns; `add` adds to the counters (records, skipped, calls). */
export async function updateSyncState(
  db: Db | Tx,
  resource: string,
  changes: Partial<SyncState>,
  add: Partial<Pick<SyncState, 'records' | 'skipped' | 'calls'>> = {},
): Promise<void> {
  await db
    .updateTable('sync_state')
    .set((eb) => ({
      ...toRow(changes),
      ...Object.fromEntries(Object.entries(add).map(([key, value]) => [key, eb(key, '+', value)])),
    }))
    .where('resource', '=', resource)
    .execute();
}

/** A page could not be had: the error, its cost, and when to try again. */
export async function recordFailure(db: Db, resource: string, error: string, calls: number, retryAt: Date, now: Date): Promise<void> {
  await db
    .updateTable('sync_state')
    .set((eb) => ({
      failures: eb('failures', '+', 1),
      calls: eb('calls', '+', calls),
      retry_at: retryAt.toISOString(),
      next_call_at: retryAt.toISOString(),
      last_error: error,
      last_error_at: now.toISOString(),
    }))
    .where('resource', '=', resource)
    .execute();
}
