// Starts the HTTP server: migrate, load the bundled data on a first start, listen, and
// shut down cleanly on SIGINT/SIGTERM (finish in-flight requests, close the database).
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { withStartupLock } from './db/startup-lock.ts';
import { isEmpty, loadBundledData } from './ingest/bundled-data.ts';
import { syncService } from './sync/sync-service.ts';
import { flushLog } from './log-destination.ts';
import { limitHeapGrowth } from './heap-growth.ts';

export async function startServer(config: Config): Promise<void> {
  limitHeapGrowth(config.heapGrowingPercent);
  const database = connect(config.databaseUrl, { replicaUrls: config.replicaUrls });
  const sync = config.syncUpstream ? syncService(database, { ...config, syncUpstream: config.syncUpstream }) : null;
  const app = await buildApp({ config, database });
  await withStartupLock(database, async () => {
    const applied = await migrateToLatest(database);
    if (applied.length) app.log.info({ migrations: applied }, 'database migrated');
    // A mirror (SYNC_UPSTREAM) starts empty: it serves the upstream's data, not a mix.
    if (config.bundledData && !config.syncUpstream && (await isEmpty(database))) {
      app.log.info('empty database: loading the bundled dataset');
      const records = await loadBundledData(database);
      app.log.info({ records }, 'bundled dataset loaded');
    }
  });
  // Timeouts for slow clients are set by buildApp (src/http/request-limits.ts).

  let closing = false;
  const shutdown = async (signal: string, drainSeconds: number) => {
    if (closing) return;
    closing = true;
    // Draining: /health turns 503 so that the load balancer stops sending requests, while
    // this node still answers those already on their way; then it stops accepting, lets
    // in-flight requests finish and closes.
    app.draining = true;
    app.log.info({ signal, drainSeconds }, 'shutting down');
    flushLog();
    await sync?.stop();
    await new Promise((resolve) => setTimeout(resolve, drainSeconds * 1000));
    await app.close();
    await database.close();
    process.exit(0);
  };
  // Ctrl-C at a terminal means now; SIGTERM comes from a process manager that expects a drain.
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', config.shutdownDrainSeconds));

  await app.listen({ port: config.port, host: config.host });
  flushLog();
  sync?.start(app.log);
}
