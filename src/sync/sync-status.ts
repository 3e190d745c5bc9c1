// The mirror's state as people read it: `apogee sync --status` and the landing page.
import type { SyncState } from './sync-state.ts';

export interface SyncStatusRow {
  resource: string;
  lastSuccess: string;
  records: number;
  skipped: number;
  calls: number;
  nextCall: string;
  state: string;
  lastError: string | null;
}

/** `2026-01-02T03:04:05.678Z` → `2026-01-02 03:04 UTC`. */
export function readableTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

function stateOf(state: SyncState): string {
  const pass = state.pass ? `${state.pass} pass under way` : state.lastSuccessAt ? 'up to date' : 'not synced yet';
  return state.failures ? `${pass}, failing (${state.failures} in a row)` : pass;
}

export function syncStatusRows(states: Iterable<SyncState>, now: Date): SyncStatusRow[] {
  return [...states].map((state) => ({
    resource: state.resource,
    lastSuccess: state.lastSuccessAt ? readableTime(state.lastSuccessAt) : 'never',
    records: state.records,
    skipped: state.skipped,
    calls: state.calls,
    nextCall: state.nextCallAt === null || Date.parse(state.nextCallAt) <= now.getTime() ? 'due' : readableTime(state.nextCallAt),
    state: stateOf(state),
    lastError: state.lastError && state.lastErrorAt ? `${readableTime(state.lastErrorAt)}: ${state.lastError}` : null,
  }));
}

/** A plain-text table, then the last error of each endpoint that has one. */
export function syncStatusText(states: SyncState[], now: Date): string {
  if (states.length === 0) return 'nothing synced yet: run apogee sync --upstream <url>';
  const rows = syncStatusRows(states, now);
  const header = ['endpoint', 'last success', 'written', 'skipped', 'calls', 'next call', 'state'];
  const cells = rows.map((row) => [row.resource, row.lastSuccess, String(row.records), String(row.skipped), String(row.calls), row.nextCall, row.state]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column])).join('  ').trimEnd();
  const upstreams = [...new Set(states.map((state) => state.upstream))];
  const errors = rows.filter((row) => row.lastError).map((row) => `${row.resource}: last error ${row.lastError}`);
  return [`upstream: ${upstreams.join(', ')}`, line(header), ...cells.map(line), ...(errors.length ? ['', ...errors] : [])].join('\n');
}
