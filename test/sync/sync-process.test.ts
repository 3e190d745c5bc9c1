// The mirror as its users run it: `apogee sync` killed in the middle and started again, its
// --status, and a server that mirrors in the background (SYNC_UPSTREAM).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { connect, type Database } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { type SyncCommandValues, syncCommand } from '../../src/sync/sync-command.ts';
import { readSyncStates } from '../../src/sync/sync-state.ts';
import { startServerProcess } from '../support/server-process.ts';
import { startUpstream, type Upstream } from './upstream-server.ts';

const bin = new URL('../../bin/apogee.js', import.meta.url).pathname;

describe('apogee sync and SYNC_UPSTREAM', () => {
  let upstream: Upstream;
  let dir: string;
  const children: ChildProcess[] = [];

  const envFor = (file: string, extra: NodeJS.ProcessEnv = {}) => ({ ...process.env, DATABASE_URL: `sqlite:${join(dir, file)}`, LOG_LEVEL: 'warn', ...extra });
  function start(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(child, 'exit').then(([code]) => code as number | null);
    return { child, exited, output: () => output };
  }
  async function withDatabase<T>(file: string, work: (database: Database) => Promise<T>): Promise<T> {
    const database = connect(`sqlite:${join(dir, file)}`);
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }
  const upstreamCountries = () => upstream.app.database.db.selectFrom('countries').selectAll().orderBy('id').execute();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apogee-sync-'));
    upstream = await startUpstream('sqlite', (database) => loadBundledData(database, { catalog: false }));
  });
  after(async () => {
    for (const child of children) child.kill('SIGKILL');
    await upstream?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a sync killed in the middle resumes at the first page it lacks, with no page half written', async (t) => {
    const args = ['sync', '--upstream', upstream.url, '--resources', 'config/countries', '--page-size', '2', '--once'];
    const env = envFor('killed.sqlite');
    const pagePath = (offset: number) => `/2.3.0/config/countries/?limit=2${offset ? `&offset=${offset}` : ''}&ordering=id`;
    const total = (await upstreamCountries()).length;
    assert.ok(total >= 8);

    // Killed right after the third page has been sent: while it is read or imported.
    const first = start(args, env);
    upstream.misbehave = (path) => {
      if (path === pagePath(4)) setTimeout(() => first.child.kill('SIGKILL'), 20);
      return undefined;
    };
    assert.equal(await first.exited, null, first.output());
    upstream.misbehave = () => undefined;

    const done = await withDatabase('killed.sqlite', async (database) => {
      const state = (await readSyncStates(database.db)).get('config/countries');
      assert.equal(state?.pass, 'full');
      const offset = Number(new URL(state?.nextUrl ?? '').searchParams.get('offset'));
      assert.ok(offset === 4 || offset === 6, `stopped at the third page, before or after importing it (${state?.nextUrl})`);
      // Exactly the pages before the cursor: their records, their ids noted for deletions.
      const rows = await database.db.selectFrom('countries').selectAll().orderBy('id').execute();
      assert.deepEqual(rows, (await upstreamCountries()).slice(0, offset));
      assert.equal((await database.db.selectFrom('sync_ids').select('id').execute()).length, offset);
      return offset;
    });

    const before = upstream.calls().length;
    const second = start(args, env);
    assert.equal(await second.exited, 0, second.output());
    assert.match(second.output(), /synced \d+ pages with \d+ calls/);
    const resumed = upstream.calls().slice(before).map((call) => call.path);
    const pages = Math.ceil(total / 2);
    assert.deepEqual(
      resumed,
      Array.from({ length: pages - done / 2 }, (_, index) => pagePath(done + 2 * index)),
      'finished pages are not read again',
    );
    await withDatabase('killed.sqlite', async (database) => {
      assert.deepEqual(await database.db.selectFrom('countries').selectAll().orderBy('id').execute(), await upstreamCountries());
      assert.equal((await readSyncStates(database.db)).get('config/countries')?.pass, null);
    });

    // --status, in this process (a third start of the command would only cost time). The calls:
    // every page read, and the one the killed process read if it did not get to import it.
    const printed: string[] = [];
    t.mock.method(console, 'log', (text: string) => printed.push(text));
    const code = await withDatabase('killed.sqlite', (database) => syncCommand(database, loadConfig({}), { status: true }));
    t.mock.restoreAll();
    assert.equal(code, 0);
    const status = { stdout: printed.join('\n') };
    assert.ok(status.stdout.includes(`upstream: ${upstream.url}`));
    assert.match(status.stdout, /endpoint\s+last success\s+written\s+skipped\s+calls\s+next call\s+state/);
    const row = new RegExp(`config/countries\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\s+(\\d+)\\s+0\\s+(\\d+)\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\s+up to date`).exec(status.stdout);
    assert.ok(row, status.stdout);
    assert.ok([pages, pages + 1].includes(Number(row[2])), status.stdout);
  });

  test('bad settings are refused before anything is read', async (t) => {
    const errors: string[] = [];
    t.mock.method(console, 'error', (message: string) => errors.push(message));
    const config = loadConfig({});
    await withDatabase('refused.sqlite', async (database) => {
      await migrateToLatest(database);
      const refuse = async (values: SyncCommandValues, expected: RegExp) => {
        errors.length = 0;
        const code = await syncCommand(database, config, values).catch((error: Error) => {
          errors.push(error.message);
          return 2;
        });
        assert.equal(code, 2);
        assert.match(errors.join('\n'), expected);
      };
      const before = upstream.requests.length;
      await refuse({}, /--upstream \(or SYNC_UPSTREAM\) is required/);
      await refuse({ upstream: 'ftp://example.org' }, /must be an http\(s\) URL/);
      await refuse({ upstream: upstream.url, resources: 'launches/upcoming' }, /"launches\/upcoming" is part of "launches"/);
      await refuse({ upstream: upstream.url, resources: 'rockets-to-mars' }, /"rockets-to-mars" is not an endpoint Apogee mirrors/);
      await refuse({ upstream: upstream.url, every: 'often' }, /--every must be a period/);
      await refuse({ upstream: upstream.url, once: true, every: '1h' }, /exclude each other/);
      await refuse({ upstream: upstream.url, 'page-size': '500' }, /--page-size must be a whole number from 1 to 100/);
      assert.equal(upstream.requests.length, before);
    });
    assert.throws(() => loadConfig({ SYNC_EVERY: 'daily' }), /SYNC_EVERY must be a period such as 15m/);
    assert.deepEqual(loadConfig({ SYNC_UPSTREAM: 'https://ll.thespacedevs.com', SYNC_EVERY: '1h', SYNC_RESOURCES: 'launches, spacecraft' }).syncResources, ['launches', 'spacecraft']);
  });

  test('a server with SYNC_UPSTREAM mirrors in the background, starts empty, and stops on SIGTERM', async () => {
    const env = envFor('server.sqlite', { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SYNC_UPSTREAM: upstream.url, SYNC_RESOURCES: 'config/orbits', SHUTDOWN_DRAIN_SECONDS: '0' });
    const server = await startServerProcess(env);
    children.push(server.process);
    const { url } = server;
    const expected = (await upstream.app.database.db.selectFrom('orbits').select('id').execute()).length;
    let count = 0;
    for (let tries = 0; tries < 100 && count !== expected; tries++) {
      count = ((await (await fetch(`${url}/2.3.0/config/orbits/?format=json`)).json()) as { count: number }).count;
      if (count !== expected) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(count, expected, server.output());
    const spacecraft = (await (await fetch(`${url}/2.3.0/spacecraft/?format=json`)).json()) as { count: number };
    assert.equal(spacecraft.count, 0, 'a mirror does not load the bundled dataset');
    const landing = await (await fetch(`${url}/`)).text();
    assert.match(landing, /<h2>Mirror<\/h2>/);
    assert.match(landing, /<td>\/config\/orbits\/<\/td>/);

    server.process.kill('SIGTERM');
    assert.equal(await server.exited, 0, server.output());
    assert.match(server.output(), /sync: mirroring the upstream/);
  });
});
