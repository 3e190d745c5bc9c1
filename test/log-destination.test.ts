// The log's buffer as an operator meets it: a quiet server's line appears within about a
// second, and nothing buffered is lost when the process exits.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';

const destination = new URL('../src/log-destination.ts', import.meta.url).pathname;

/** A child process that logs through the destination, as the server does. */
function logger(script: string) {
  const source = `import pino from 'pino'; import { flushLog, logDestination } from ${JSON.stringify(destination)};
const log = pino(logDestination()); ${script}`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  return { child, output: () => output, lines: () => output.split('\n').filter(Boolean).map((line) => JSON.parse(line).msg as string) };
}

test('a line logged on a quiet server is written within about a second, not when 4 KB have gathered', async () => {
  // The child stays alive until its standard input closes: what arrives before was not written at exit.
  const run = logger(`log.info('alone'); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`);
  const deadline = Date.now() + 10_000;
  while (!run.output().includes('alone') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(run.lines(), ['alone']);
  run.child.stdin.end();
  await once(run.child, 'exit');
});

test('lines still in the buffer are written when the process exits', async () => {
  const run = logger(`for (let i = 0; i < 100; i++) log.info('line ' + i); process.exit(0);`);
  const [code] = await once(run.child, 'exit');
  assert.equal(code, 0);
  assert.deepEqual(run.lines(), Array.from({ length: 100 }, (_, i) => `line ${i}`));
});

test('a destination that was closed is not flushed: neither the timer nor a shutdown ends the process', async () => {
  // The timer flushes once a second; after 1.5 s both it and flushLog have met the closed stream.
  const run = logger(`logDestination().destroy(); setTimeout(() => { flushLog(); process.exit(0); }, 1500);`);
  const [code] = await once(run.child, 'exit');
  assert.equal(code, 0);
});
