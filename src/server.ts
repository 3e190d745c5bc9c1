// Starts the HTTP server: migrate, load the bundled data on a first start, listen, and
// shut down cleanly on SIGINT/SIGTERM (finish in-flight requests, close the database).
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { isEmpty, loadBundledData } from './ingest/bundled-data.ts';

export async function startServer(config: Config): Promise<void> {
  const database = connect(config.databaseUrl);
  const app = await buildApp({ config, database });
  const applied = await migrateToLatest(database);
  if (applied.length) app.log.info({ migrations: applied }, 'database migrated');
  if (config.bundledData && (await isEmpty(database))) {
    app.log.info('empty database: loading the bundled dataset');
    const records = await loadBundledData(database);
    app.log.info({ records }, 'bundled dataset loaded');
  }
  // Slow clients must not hold connections forever.
  app.server.requestTimeout = 30_000;
  app.server.headersTimeout = 10_000;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
}
