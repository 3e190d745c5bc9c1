// `apogee sync`: the mirror from the command line, once or until stopped, or its status.
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { parseInterval } from './interval.ts';
import { BUSY, withSyncLock } from './sync-lock.ts';
import { runSync } from './sync-runner.ts';
import { readSyncStates } from './sync-state.ts';
import { syncStatusText } from './sync-status.ts';
import type { SyncLog } from './upstream-client.ts';

export const SYNC_HELP = [
  'Usage: apogee sync --upstream <url> [--token <key>] [--resources <paths>] [--once | --every <period>]',
  '       apogee sync --status',
  '',
  'Keeps this database a copy of an upstream LL2 2.3.0 server (https://ll.thespacedevs.com, its',
  'dev twin, or another Apogee), read through its public API within the budget it publishes at',
  '/2.3.0/api-throttle/. A first copy takes as many hours as the budget needs (15 calls an hour',
  'anonymously) and resumes where it stopped after a restart. Then, every period: the launches',
  'of the next 48 hours; every 4 periods: launches and events changed since the last pass; full',
  'passes, which also apply deletions, daily (weekly for the config lists, launches and events).',
  'Upstream records that do not fit are logged and skipped. See docs/SYNC.md.',
  '',
  'Options:',
  '  --upstream <url>     the server to copy (default SYNC_UPSTREAM)',
  '  --token <key>        its API key, sent as Authorization: Token <key> (default SYNC_TOKEN)',
  '  --resources <paths>  comma-separated endpoints, e.g. launches,spacecraft,config/orbits',
  '                       (default SYNC_RESOURCES, or all)',
  '  --once               read what is due now, then exit (status 1 if a page could not be read)',
  '  --every <period>     the base period, e.g. 15m or 1h (default SYNC_EVERY, 15m); runs until stopped',
  '  --page-size <n>      records per call, 1-100 (default 100: the fewest calls)',
  '  --status             show each endpoint\'s state, calls spent and next call, and exit',
  '  --quiet              log problems only',
].join('\n');

export interface SyncCommandValues {
  upstream?: string;
  token?: string;
  resources?: string;
  once?: boolean;
  every?: string;
  'page-size'?: string;
  status?: boolean;
  quiet?: boolean;
}

/** Log lines on standard error: the message, then its details. */
function consoleLog(quiet: boolean): SyncLog {
  const line = (details: object, message: string) => {
    const pairs = Object.entries(details).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    process.stderr.write(`${message}${pairs.length ? ` (${pairs.join(' ')})` : ''}\n`);
  };
  return { info: quiet ? () => {} : line, warn: line };
}

export async function syncCommand(database: Database, config: Config, values: SyncCommandValues): Promise<number> {
  if (values.status) {
    console.log(syncStatusText([...(await readSyncStates(database.db)).values()], new Date()));
    return 0;
  }
  const fail = (message: string) => {
    console.error(`apogee sync: ${message}`);
    return 2;
  };
  const upstream = values.upstream ?? config.syncUpstream;
  if (!upstream) return fail('--upstream (or SYNC_UPSTREAM) is required');
  if (values.once && values.every) return fail('--once and --every exclude each other');
  const everyMs = values.every === undefined ? config.syncEveryMs : parseInterval(values.every);
  if (everyMs === null) return fail(`--every must be a period such as 15m, 1h or 90s, not "${values.every}"`);
  const pageSize = Number(values['page-size'] ?? 100);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) return fail(`--page-size must be a whole number from 1 to 100, not "${values['page-size']}"`);
  const resources = values.resources === undefined ? config.syncResources : values.resources.split(',').filter((path) => path.trim());

  // Ctrl-C or SIGTERM: stop after the page in flight (which is either imported or not at all).
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const run = await withSyncLock(database, () =>
      runSync({
        database,
        upstream,
        token: values.token ?? config.syncToken,
        resources,
        everyMs,
        once: values.once ?? false,
        pageSize,
        signal: controller.signal,
        log: consoleLog(values.quiet ?? false),
      }),
    );
    if (run === BUSY) {
      console.error('apogee sync: another process is syncing this database');
      return 1;
    }
    const failed = run.failures ? `; ${run.failures} page${run.failures === 1 ? '' : 's'} not read (see apogee sync --status)` : '';
    console.log(
      `synced ${run.pages} pages with ${run.calls} calls: ${run.written} records written, ${run.skipped} skipped, ${run.deleted} deleted${failed}`,
    );
    return run.failures ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
