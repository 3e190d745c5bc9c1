// apogee serve | migrate | seed | import: the command-line entry point.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { createKey, KeyError, listKeys, revokeKey } from './access/api-keys.ts';
import { connect, type Database } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadBundledData } from './ingest/bundled-data.ts';
import { importRecords, recordsOf } from './ingest/import-records.ts';
import { RecordError } from './ingest/upsert.ts';
import { modelNamed, models } from './models/index.ts';
import { startServer } from './server.ts';

const USAGE = `Usage: apogee <command> [options]

Apogee serves the Launch Library 2 (LL2) 2.3.0 API from your own database.

Commands:
  serve      start the HTTP server (migrates, and loads the bundled data into an empty database)
  migrate    bring the database schema up to date
  seed       load the bundled dataset into the database
  import     load LL2 JSON records (a page, an array or one object) into the database
  keys       create, list and revoke API keys (Authorization: Token <key>)

Settings come from the environment:
  PORT (8000), HOST (127.0.0.1), DATABASE_URL (sqlite:./data/apogee.sqlite, or postgres://…),
  DATABASE_REPLICA_URLS, BUNDLED_DATA (true), LOG_LEVEL (info), TRUST_PROXY (false),
  THROTTLE_ANON (none; LL2 uses 15/hour), REDIS_URL

Run "apogee <command> --help" for a command's options.`;

const COMMAND_HELP: Record<string, string> = {
  serve: 'Usage: apogee serve\n\nStarts the server on HOST:PORT. On an empty database with BUNDLED_DATA=true, loads the bundled dataset first.',
  migrate: 'Usage: apogee migrate\n\nApplies the migrations the database lacks. Running it again does nothing.',
  seed: 'Usage: apogee seed\n\nLoads the bundled dataset (src/data/bundled) and derives its computed fields. Records are upserted by id.',
  import:
    'Usage: apogee import --model <Model> [file ...]\n\nReads LL2 2.3.0 JSON from the files (or standard input) and upserts every record, with its nested objects, by LL2 id, all or nothing.\n\nOptions:\n  --model <Model>  the LL2 model of the records, e.g. Spacecraft, SpacecraftConfiguration, Agency',
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
      name: { type: 'string' },
      rate: { type: 'string', default: '300/hour' },
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
      const model = values.model ? modelNamed(values.model) : undefined;
      if (!model) {
        console.error(`apogee import: --model must be one of ${models.map((m) => m.name).join(', ')}`);
        return 2;
      }
      // No file: standard input (fd 0 also works where /dev/stdin is not a device).
      const sources: Array<string | 0> = positionals.length ? positionals : [0];
      for (const source of sources) {
        const records = recordsOf(JSON.parse(readFileSync(source, 'utf8')));
        const count = await importRecords(database, model, records);
        console.log(`${source === 0 ? 'standard input' : source}: imported ${count} ${model.name} records`);
      }
    } else if (command === 'keys') {
      return await keysCommand(database, positionals, values);
    }
    return 0;
  } finally {
    await database.close();
  }
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
    if (error instanceof ConfigError || error instanceof RecordError || error instanceof SyntaxError || error instanceof KeyError) {
      console.error(`apogee: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
