// The mirror's loop: ask the planner for the next page, read it within the budget, import it
// with its cursor, and when nothing is due sleep until something is. Everything it knows is
// in the database, so stopping it anywhere (Ctrl-C, a crash, a deploy) loses at most the page
// in flight. A page that cannot be had is recorded as the endpoint's error and tried again
// later, backing off; the other endpoints go on meanwhile, unless the upstream itself seems
// unwell (server errors, no answer): then everything pauses for a period, and `--once` ends.
import type { Database } from '../db/connect.ts';
import { dueAt, nextDue, nextStep, type PlannedStep, type Schedule, scheduleFor, syncTargets } from './planner.ts';
import { syncPage } from './sync-page.ts';
import { prepareSyncStates, readSyncStates, recordFailure, updateSyncState } from './sync-state.ts';
import { type ClientOptions, realSleep, type Sleep, type SyncLog, UpstreamClient, UpstreamError } from './upstream-client.ts';
import { onBase, UpstreamUrlError, upstreamBase } from './upstream-urls.ts';

export const DEFAULT_EVERY_MS = 15 * 60_000;

export interface SyncOptions {
  database: Database;
  /** The upstream server, e.g. https://ll.thespacedevs.com. */
  upstream: string;
  token?: string | null;
  /** Endpoint paths to mirror; null or empty: all. */
  resources?: string[] | null;
  /** The base period (docs/SYNC.md): the next 48 hours' launches are refreshed this often. */
  everyMs?: number;
  /** Read what is due now, then return; otherwise run until `signal` aborts. */
  once?: boolean;
  signal?: AbortSignal;
  log: SyncLog;
  /** Records per call; LL2 allows at most 100. */
  pageSize?: number;
  // For tests: the clock, the waits, and the client's timings.
  now?: () => number;
  sleep?: Sleep;
  schedule?: Schedule;
  client?: Partial<ClientOptions>;
}

export interface SyncRun {
  pages: number;
  calls: number;
  written: number;
  skipped: number;
  deleted: number;
  /** Pages given up for now (each recorded as its endpoint's error). */
  failures: number;
}

export async function runSync(options: SyncOptions): Promise<SyncRun> {
  const { database, log } = options;
  const signal = options.signal ?? new AbortController().signal;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const schedule = options.schedule ?? scheduleFor(options.everyMs ?? DEFAULT_EVERY_MS);
  const base = upstreamBase(options.upstream);
  const targets = syncTargets(options.resources?.length ? options.resources : null);
  const context = { base, pageSize: options.pageSize ?? 100, schedule };
  const run: SyncRun = { pages: 0, calls: 0, written: 0, skipped: 0, deleted: 0, failures: 0 };

  await prepareSyncStates(database.db, targets.map((target) => target.key), base);
  let current: string | null = null;
  const client = new UpstreamClient({
    base,
    token: options.token ?? null,
    log,
    signal,
    sleep,
    now,
    ...options.client,
    // The status shows when the endpoint being read will be called, waits included.
    onWait: (until) => {
      if (current) void updateSyncState(database.db, current, { nextCallAt: until.toISOString() }).catch(() => {});
    },
  });

  try {
    for (;;) {
      const states = await readSyncStates(database.db);
      const step = nextStep(targets, states, { ...context, now: now() });
      if (!step) {
        if (options.once) break;
        await sleep(Math.max(1000, nextDue(targets, states, schedule) - now()), signal);
        continue;
      }
      current = step.target.key;
      const passStartedAt = (step.resuming && states.get(step.target.key)?.passStartedAt) || new Date(now()).toISOString();
      const unwell = await runStep(step, passStartedAt);
      current = null;
      const after = (await readSyncStates(database.db)).get(step.target.key);
      await updateSyncState(database.db, step.target.key, { nextCallAt: new Date(dueAt(step.target, after, schedule).at).toISOString() });
      if (unwell) {
        if (options.once) break;
        await sleep(schedule.windowMs, signal);
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
  return run;

  /** Reads and imports one page; true when it failed because the upstream seems unwell. */
  async function runStep(step: PlannedStep, passStartedAt: string): Promise<boolean> {
    try {
      const { page, calls } = await client.getPage(step.url);
      // Spent now, whatever becomes of the page.
      await updateSyncState(database.db, step.target.key, {}, { calls });
      run.calls += calls;
      const next = page.next === null ? null : onBase(base, page.next);
      if (next === step.url) throw new UpstreamUrlError(`${step.url}: the next link points at the same page`);
      const outcome = await syncPage(database, { step, page, next, passStartedAt, now: new Date(now()), log });
      run.pages += 1;
      run.written += outcome.written;
      run.skipped += outcome.skipped;
      run.deleted += outcome.deleted;
      log.info(
        { resource: step.target.key, pass: step.kind, url: step.url, records: outcome.written, skipped: outcome.skipped, deleted: outcome.deleted },
        outcome.finished ? `sync: ${step.target.key}: ${step.kind} pass complete` : `sync: ${step.target.key}: page read`,
      );
      return false;
    } catch (error) {
      if (!(error instanceof UpstreamError || error instanceof UpstreamUrlError)) throw error;
      // The calls of a page that could not be had (those of a page with a bad link are counted).
      const calls = error instanceof UpstreamError ? error.calls : 0;
      const state = (await readSyncStates(database.db)).get(step.target.key);
      // Each failure in a row doubles the wait, from one window period up to a full-pass period.
      const wait = Math.min(schedule.fullMs, schedule.windowMs * 2 ** (state?.failures ?? 0));
      const retryAt = new Date(now() + wait);
      await recordFailure(database.db, step.target.key, error.message, calls, retryAt, new Date(now()));
      run.calls += calls;
      run.failures += 1;
      log.warn({ resource: step.target.key, url: step.url, error: error.message, retryAt: retryAt.toISOString() }, `sync: ${step.target.key}: page not read; trying again later`);
      return error instanceof UpstreamError && error.transient;
    }
  }
}
