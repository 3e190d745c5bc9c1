// apogee serve | migrate | seed | import: the command-line entry point.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { createKey, KeyError, listKeys, revokeKey } from './access/api-keys.ts';
import { connect, type Database } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { GenerateError, generateData } from './generate/generate.ts';
import { loadBundledData } from './ingest/bundled-data.ts';
import { importDocuments } from './ingest/import-records.ts';
import { expandSources, modelOfEndpoint, readDocument } from './ingest/import-sources.ts';
import { RecordError } from './ingest/upsert.ts';
import { modelNamed, models } from './models/index.ts';
import { startServer } from './server.ts';
import { SYNC_HELP, syncCommand } from './sync/sync-command.ts';

const USAGE = `Usage: apogee <command> [options]

Apogee serves the Launch Library 2 (LL2) 2.3.0 API from your own database.

Commands:
  serve      start the HTTP server (migrates, and loads the bundled data into an empty database)
  migrate    bring the database schema up to date
  seed       load the bundled dataset into the database
  import     load LL2 JSON records (a page, an array or one object) into the database
  keys       create, list and revoke API keys (Authorization: Token <key>)
  generate   fill an empty database with synthetic data at scale (benchmarks, scale tests)
  sync       keep the database a copy of an upstream LL2 server, within its call budget

Settings come from the environment:
  PORT (8000), HOST (127.0.0.1), DATABASE_URL (sqlite:./data/apogee.sqlite, or postgres://…),
  DATABASE_REPLICA_URLS, BUNDLED_DATA (true), LOG_LEVEL (info), TRUST_PROXY (false),
  THROTTLE_ANON (none; LL2 uses 15/hour), REDIS_URL,
  SYNC_UPSTREAM (none; set, the server mirrors it), SYNC_TOKEN, SYNC_EVERY (15m), SYNC_RESOURCES (all)

Run "apogee <command> --help" for a command's options.`;

const COMMAND_HELP: Record<string, string> = {
  serve:
    'Usage: apogee serve\n\nStarts the server on HOST:PORT. On an empty database with BUNDLED_DATA=true, loads the bundled dataset first.\n' +
    'With SYNC_UPSTREAM set, it mirrors that LL2 server in the background instead (see apogee sync --help).',
  migrate: 'Usage: apogee migrate\n\nApplies the migrations the database lacks. Running it again does nothing.',
  seed: 'Usage: apogee seed\n\nLoads the bundled dataset (src/data/bundled) and derives its computed fields. Records are upserted by id.',
  import: [
    'Usage: apogee import [--endpoint <path> | --model <Model>] [--quiet] [file or folder ...]',
    '',
    'Reads LL2 2.3.0 JSON — a page ({count, next, previous, results}), an array or one object, in',
    'any mode — from files, from every .json file below the folders, or from standard input (no',
    'file, or "-"), and upserts every record with its nested objects by LL2 id. A field a record',
    'does not carry keeps its stored value, so a list-mode record never blanks a detailed one.',
    'Computed fields are derived again from the facts in the database; a value a record carries',
    'is kept while the facts behind it are not there. All or nothing: on a bad record nothing is',
    'written, and the error names the file, the record and the reason.',
    '',
    'Options:',
    '  --endpoint <path>  the endpoint the records come from, e.g. spacecraft, launches/upcoming,',
    '                     config/orbits (default: read from the page links or the records\' url)',
    '  --model <Model>    the model instead of the endpoint, e.g. Spacecraft, Agency',
    '  --quiet            no progress on standard error',
  ].join('\n'),
  generate: [
    'Usage: apogee generate [--spacecraft <n>] [--launches <n>] [--seed <n>] [--quiet]',
    '',
    'Fills an empty database (DATABASE_URL) with the bundled dataset plus synthetic spacecraft, with',
    'their flights, landings and dockings, and launches with their rockets and missions, computed',
    'fields included. The same seed gives the same data. Progress goes to standard error.',
    '',
    'Options:',
    '  --spacecraft <n>  synthetic spacecraft (default 1000)',
    '  --launches <n>    synthetic launches (default 10000)',
    '  --seed <n>        the random seed (default 1)',
    '  --quiet           no progress on standard error',
  ].join('\n'),
  sync: SYNC_HELP,
  keys: [
    'Usage: apogee keys create --name <name> [--rate <requests>/<period>]',
    '       apogee keys list',
    '       apogee keys revoke <id or key prefix>',
    '',
    'API keys for `Authorization: Token <key>`. A key is shown once, when it is created, and stored',
    'hashed. Its rate defaults to 300/hour; periods are second, minute, hour or day.',
  ].join('\n'),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (!(command in COMMAND_HELP)) {
    console.error(`apogee: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      help: { type: 'boolean', short: 'h' },
      model: { type: 'string' },
      endpoint: { type: 'string' },
      spacecraft: { type: 'string', default: '1000' },
      launches: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      quiet: { type: 'boolean' },
      name: { type: 'string' },
      rate: { type: 'string', default: '300/hour' },
      upstream: { type: 'string' },
      token: { type: 'string' },
      resources: { type: 'string' },
      once: { type: 'boolean' },
      every: { type: 'string' },
      'page-size': { type: 'string' },
      status: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(COMMAND_HELP[command]);
    return 0;
  }
  const config = loadConfig();
  if (command === 'serve') {
    await startServer(config);
    return -1;
  }
  const database = connect(config.databaseUrl);
  try {
    const applied = await migrateToLatest(database);
    if (command === 'migrate') {
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
    } else if (command === 'seed') {
      const count = await loadBundledData(database);
      console.log(`loaded ${count} records from the bundled dataset`);
    } else if (command === 'import') {
      return await importCommand(database, positionals, values);
    } else if (command === 'generate') {
      return await generateCommand(database, values);
    } else if (command === 'keys') {
      return await keysCommand(database, positionals, values);
    } else if (command === 'sync') {
      return await syncCommand(database, config, values);
    }
    return 0;
  } finally {
    await database.close();
  }
}

async function importCommand(
  database: Database,
  positionals: string[],
  values: { model?: string; endpoint?: string; quiet?: boolean },
): Promise<number> {
  const model = values.model ? modelNamed(values.model) : values.endpoint ? modelOfEndpoint(values.endpoint) : undefined;
  if ((values.model || values.endpoint) && !model) {
    console.error(
      values.model
        ? `apogee import: --model must be one of ${models.map((m) => m.name).join(', ')}`
        : `apogee import: "${values.endpoint}" is not an endpoint Apogee serves`,
    );
    return 2;
  }
  const documents = expandSources(positionals).map(readDocument);
  const summary = await importDocuments(database, documents, { model, progress: !values.quiet });
  const counts = Object.entries(summary.byModel).map(([name, count]) => `${count} ${name}`);
  console.log(
    `imported ${summary.records} records from ${documents.length} document${documents.length === 1 ? '' : 's'} in ${summary.seconds.toFixed(1)} s (${counts.join(', ') || 'none'})`,
  );
  return 0;
}

async function generateCommand(
  database: Database,
  values: { spacecraft?: string; launches?: string; seed?: string; quiet?: boolean },
): Promise<number> {
  const numbers = { spacecraft: values.spacecraft, launches: values.launches, seed: values.seed };
  const parsed: Record<string, number> = {};
  for (const [name, text] of Object.entries(numbers)) {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 0) {
      console.error(`apogee generate: --${name} must be a whole number, not "${text}"`);
      return 2;
    }
    parsed[name] = value;
  }
  const summary = await generateData(database, { spacecraft: parsed.spacecraft, launches: parsed.launches, seed: parsed.seed, progress: !values.quiet });
  console.log(
    `generated ${summary.spacecraft} spacecraft (${summary.flights} flights) and ${summary.launches} launches with seed ${parsed.seed} in ${summary.seconds.toFixed(1)} s`,
  );
  return 0;
}

async function keysCommand(database: Database, positionals: string[], values: { name?: string; rate?: string }): Promise<number> {
  const [action, target] = positionals;
  if (action === 'create') {
    if (!values.name) {
      console.error('apogee keys create: --name is required');
      return 2;
    }
    const { id, key } = await createKey(database.db, values.name, values.rate ?? '300/hour');
    console.log(`created key ${id} "${values.name}" (${values.rate}). Keep it now, it is not shown again:\n${key}`);
    return 0;
  }
  if (action === 'list') {
    const keys = await listKeys(database.db);
    if (keys.length === 0) console.log('no keys');
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt}` : 'active';
      console.log(`${key.id}\t${key.prefix}…\t${key.name}\t${key.rate}\tcreated ${key.createdAt}\t${state}`);
    }
    return 0;
  }
  if (action === 'revoke' && target) {
    const revoked = await revokeKey(database.db, target);
    if (revoked === 0) {
      console.error(`apogee keys revoke: no active key matches "${target}"`);
      return 1;
    }
    console.log(`revoked ${revoked} key${revoked === 1 ? '' : 's'}`);
    return 0;
  }
  console.error(COMMAND_HELP.keys);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof GenerateError || error instanceof RecordError || error instanceof SyntaxError || error instanceof KeyError) {
      console.error(`apogee: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
