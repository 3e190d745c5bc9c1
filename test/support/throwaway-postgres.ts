// A PostgreSQL cluster of a test's own (initdb in a temporary folder, its own port, trust
// auth), which the test may stop and start at will: never the machine's shared server.
// initdb refuses to run as root, so as root the commands run as the `postgres` user.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The folder holding initdb and pg_ctl: TEST_POSTGRES_BIN, the newest /usr/lib/postgresql/<version>/bin, or the PATH. */
function postgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.TEST_POSTGRES_BIN) candidates.push(process.env.TEST_POSTGRES_BIN);
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  for (const folder of (process.env.PATH ?? '').split(':')) if (folder) candidates.push(folder);
  return candidates.find((folder) => existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl'))) ?? null;
}

interface RunAs {
  uid: number;
  gid: number;
}

/** As root, the `postgres` user's ids; otherwise null (commands run as the current user). */
function runAs(): RunAs | null | 'missing' {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return 'missing';
  }
}

/** Why a throwaway cluster cannot be made here, or false. */
export function throwawayPostgresSkipReason(): string | false {
  if (!postgresBin()) return 'initdb/pg_ctl not found (set TEST_POSTGRES_BIN): database outage suite skipped';
  if (runAs() === 'missing') return 'running as root without a postgres user to run initdb as: database outage suite skipped';
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: sessions are terminated, as in a restart or failover. */
  stop(): Promise<void>;
  /** Stops it if it runs and deletes its folder. */
  destroy(): Promise<void>;
}

export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  const user = runAs();
  if (!bin || user === 'missing') throw new Error('no PostgreSQL binaries to run (see throwawayPostgresSkipReason)');
  const folder = mkdtempSync(join(tmpdir(), 'apogee-pg-'));
  if (user) chownSync(folder, user.uid, user.gid);
  const data = join(folder, 'data');
  const port = await freePort();
  const command = async (name: string, args: string[]) => {
    const [file, fullArgs] = user ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]] : [join(bin, name), args];
    try {
      await run(file, fullArgs, { cwd: folder, timeout: 120_000 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${name} ${args.join(' ')} failed: ${(error as Error).message}\n${stdout ?? ''}${stderr ?? ''}`);
    }
  };
  await command('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Unix socket in the test's folder, TCP on 127.0.0.1 only; durability is not the point.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  let running = false;
  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await command('pg_ctl', ['-D', data, '-l', join(folder, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
      running = true;
    },
    async stop() {
      await command('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return cluster;
}
