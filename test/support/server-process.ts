// A real `apogee serve` process on a free port, as production runs it: for what only a
// process shows (signals, exit codes, a database that goes away under it).
import { type ChildProcess, spawn } from 'node:child_process';

const bin = new URL('../../bin/apogee.js', import.meta.url).pathname;

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  process: ChildProcess;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The end of what the process wrote, for failure messages. */
  output(): string;
}

const KEPT_OUTPUT = 20_000;

export async function startServerProcess(env: NodeJS.ProcessEnv, startTimeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    // LOG_LEVEL info at least: the start is recognised by Fastify's "Server listening" line.
    // Unthrottled and on its own unless the test says otherwise, whatever the environment holds.
    env: { ...process.env, HOST: '127.0.0.1', THROTTLE_ANON: 'none', REDIS_URL: '', SYNC_UPSTREAM: '', ...env, LOG_LEVEL: 'info', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Fastify logs the address it listens on (pino JSON lines).
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      // Never leave a process behind: the test runner would wait for it forever.
      child.kill('SIGKILL');
      reject(new Error(`the server did not start:\n${output}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
  return { url, process: child, exited, output: () => output };
}
