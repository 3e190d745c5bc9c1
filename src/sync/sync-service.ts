// The mirror inside the server process (SYNC_UPSTREAM): the same loop as `apogee sync`, in
// the background. It never takes the server down: an unexpected error is logged and the loop
// starts again a little later; while another node holds the sync lock, this one stands by.
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { syncTargets } from './planner.ts';
import { BUSY, withSyncLock } from './sync-lock.ts';
import { runSync } from './sync-runner.ts';
import { realSleep, type SyncLog } from './upstream-client.ts';
import { upstreamBase } from './upstream-urls.ts';

const RESTART_MS = 60_000;

export interface SyncService {
  start(log: ServiceLog): void;
  /** Stops waiting and reading; resolves once the page in flight, if any, is settled. */
  stop(): Promise<void>;
}

type SyncConfig = Pick<Config, 'syncToken' | 'syncEveryMs' | 'syncResources'> & { syncUpstream: string };
type ServiceLog = SyncLog & { error(details: object, message: string): void };

/** Checks the settings now (a bad one stops the server before it starts); `start` begins the loop. */
export function syncService(database: Database, config: SyncConfig): SyncService {
  upstreamBase(config.syncUpstream);
  syncTargets(config.syncResources.length ? config.syncResources : null);
  const controller = new AbortController();
  const { signal } = controller;
  let loop: Promise<void> = Promise.resolve();

  async function run(log: ServiceLog): Promise<void> {
    let standingBy = false;
    while (!signal.aborted) {
      try {
        const result = await withSyncLock(database, () =>
          runSync({
            database,
            upstream: config.syncUpstream,
            token: config.syncToken,
            resources: config.syncResources,
            everyMs: config.syncEveryMs,
            signal,
            log,
          }),
        );
        if (result === BUSY && !standingBy) log.info({}, 'sync: another process syncs this database; this one stands by');
        standingBy = result === BUSY;
      } catch (error) {
        if (signal.aborted) break;
        log.error({ err: error }, 'sync: stopped by an error; starting again in a minute');
      }
      await realSleep(RESTART_MS, signal).catch(() => {});
    }
  }

  return {
    start(log) {
      log.info({ upstream: config.syncUpstream }, 'sync: mirroring the upstream');
      loop = run(log);
    },
    async stop() {
      controller.abort();
      await loop;
    },
  };
}
