// Pieces the benchmark and the soak run share: building, generating databases, starting the
// production server, reading its memory, and driving load with autocannon.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = join(ROOT, 'bench', '.cache');

/** Deterministic draws in [0, modulo): the same sequence on every run, so that runs compare. */
export function draws(seed = 0): (modulo: number) => number {
  let state = seed;
  return (modulo) => (state = (state * 1103515245 + 12345) % 2147483648) % Math.max(1, modulo);
}

/** `npm run build`: the compiled JavaScript the benchmark runs, as production would. */
export function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

/** A generated SQLite database of this size, made once and kept in bench/.cache/. */
export function generatedDatabase(spacecraft: number, launches: number): { file: string; seconds: number | null } {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = join(CACHE_DIR, `apogee-${spacecraft}-${launches}-seed1.sqlite`);
  if (existsSync(file)) return { file, seconds: null };
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const started = Date.now();
  console.error(`generating ${spacecraft} spacecraft and ${launches} launches…`);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), 'generate', '--spacecraft', String(spacecraft), '--launches', String(launches), '--seed', '1'],
    { env: { ...process.env, DATABASE_URL: `sqlite:${partial}`, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('apogee generate failed');
  renameSync(partial, file);
  return { file, seconds: (Date.now() - started) / 1000 };
}

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<number | null>;
}

/**
 * `node dist/cli.js serve` with NODE_ENV=production on a free port, logging at `info` (a line
 * per request, as in production) to bench/.cache/server.log: a file, so that reading the log
 * costs the load generator nothing.
 */
export async function startServer(databaseFile: string, env: Record<string, string> = {}): Promise<Server> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const logFile = join(CACHE_DIR, 'server.log');
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'serve'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: `sqlite:${databaseFile}`, BUNDLED_DATA: 'false', PORT: '0', LOG_LEVEL: 'info', SHUTDOWN_DRAIN_SECONDS: '0', ...env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${readFileSync(logFile, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
  }
  return {
    url,
    process: child,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Resident memory of a process in MB: now, and the peak since the last reset. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * CPU seconds a process has used, all its threads together (utime + stime in /proc, in clock
 * ticks of 1/100 s on Linux). Per request, it is steadier than requests a second on a machine
 * whose speed varies, and leaves out the load generator's share of the machine.
 */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts a new peak-memory window (Linux: writing 5 to clear_refs resets VmHWM). */
export function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/**
 * Drives `base` for `seconds` with `connections` connections; `path()` gives each request's
 * path. With `rate`, at most that many requests a second (else as many as the server answers).
 */
export async function drive(base: string, path: () => string, seconds: number, connections: number, maxRequests: number, rate?: number): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    maxOverallRequests: maxRequests,
    ...(rate ? { overallRate: rate } : {}),
    requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
