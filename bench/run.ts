// npm run bench [-- --small] [-- --growth] [-- --seconds N] [-- --connections N] [-- --only TEXT] [-- --heap MB]
//
// Builds the production server (dist/), generates a database (100,000 spacecraft and
// 1,000,000 launches; --small: 1,000 and 10,000), starts `node dist/cli.js serve` with
// NODE_ENV=production, and drives each scenario with autocannon over loopback: once with the
// same URL every time (the response cache can help) and once with a different URL per request
// (it cannot). A minimal node:http server answering each scenario's pre-rendered bytes gives
// the ceiling. --growth runs the filtered, searched and ordered scenarios at 1k, 10k and 100k
// spacecraft. Results go to bench/results/*.json and a table on standard output.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, cpuSecondsOf, draws, drive, generatedDatabase, type LoadResult, memoryOf, resetPeakMemory, ROOT, type Server, startServer } from './lib.ts';

const { values } = parseArgs({
  options: {
    small: { type: 'boolean' },
    growth: { type: 'boolean' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    heap: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: npm run bench [-- --small] [-- --growth] [-- --seconds N] [-- --connections N] [-- --only TEXT] [-- --heap MB]\n  --only TEXT   run only the scenarios whose name contains TEXT\n  --heap MB     start the server with --max-old-space-size=MB');
  process.exit(0);
}
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const MAX_REQUESTS = 500_000;

/** Deterministic variety for "a different URL per request". */
const next = draws();
/**
 * A varied URL is never asked twice: a parameter LL2 (and Apogee) ignores, numbered, so the
 * response cache cannot answer even when the drawn values repeat (a small table has few
 * offsets); the query memo, which knows queries rather than URLs, still can.
 */
let sequence = 0;
const unrepeated = (path: string) => `${path}${path.includes('?') ? '&' : '?'}request=${++sequence}`;

interface Scenario {
  name: string;
  /** Part of the growth curve (must not get slower with size). */
  growth: boolean;
  repeated: string;
  varied: () => string;
  /** Issue #8's throughput target for varied URLs: also driven at exactly this rate, for its p99. */
  targetRate?: number;
}

function scenarios(spacecraft: number, launches: number): Scenario[] {
  const total = spacecraft + 500; // the bundled dataset's own spacecraft come first
  const words = ['Soyuz', 'Progress', 'Dragon', 'Shenzhou', 'Cygnus', 'Orion', 'Tianzhou', 'Starliner'];
  const upcoming = Math.max(1, Math.floor(launches * 0.06));
  return [
    { name: 'spacecraft normal limit=10', growth: false, repeated: '/2.3.0/spacecraft/?limit=10', varied: () => `/2.3.0/spacecraft/?limit=10&offset=${next(total - 10)}`, targetRate: 3000 },
    { name: 'spacecraft normal limit=100', growth: false, repeated: '/2.3.0/spacecraft/?limit=100', varied: () => `/2.3.0/spacecraft/?limit=100&offset=${next(total - 100)}` },
    { name: 'spacecraft detailed limit=10', growth: false, repeated: '/2.3.0/spacecraft/?mode=detailed&limit=10', varied: () => `/2.3.0/spacecraft/?mode=detailed&limit=10&offset=${next(total - 10)}` },
    { name: 'spacecraft detailed limit=100', growth: false, repeated: '/2.3.0/spacecraft/?mode=detailed&limit=100', varied: () => `/2.3.0/spacecraft/?mode=detailed&limit=100&offset=${next(total - 100)}`, targetRate: 150 },
    { name: 'search', growth: true, repeated: '/2.3.0/spacecraft/?search=Soyuz&limit=10', varied: () => `/2.3.0/spacecraft/?search=${words[next(words.length)]}%20${1 + next(spacecraft)}&limit=10` },
    { name: 'ordering=-time_in_space', growth: true, repeated: '/2.3.0/spacecraft/?ordering=-time_in_space&limit=10', varied: () => `/2.3.0/spacecraft/?ordering=-time_in_space&limit=10&offset=${next(100)}` },
    { name: 'deep offset (linear by design)', growth: false, repeated: `/2.3.0/spacecraft/?limit=10&offset=${total - 20}`, varied: () => `/2.3.0/spacecraft/?limit=10&offset=${total - 1000 + next(980)}` },
    { name: 'spacecraft {id}/', growth: true, repeated: '/2.3.0/spacecraft/1/', varied: () => `/2.3.0/spacecraft/${1000 + next(spacecraft)}/` },
    { name: 'launches/upcoming normal', growth: true, repeated: '/2.3.0/launches/upcoming/?limit=10', varied: () => `/2.3.0/launches/upcoming/?limit=10&offset=${next(upcoming)}` },
    // Thresholds up to a 200th of the launches: the pages have the same shape at every size (at
    // 1,000 spacecraft, a fixed 0–4,999 matched no agency in most draws: empty pages).
    { name: 'agencies total_launch_count__gte', growth: true, repeated: '/2.3.0/agencies/?total_launch_count__gte=10', varied: () => `/2.3.0/agencies/?total_launch_count__gte=${next(Math.max(1, Math.floor(launches / 200)))}` },
  ];
}

/** The same bytes from a server that does nothing else: the most the machine and load generator allow. */
async function ceiling(body: Buffer, contentType: string): Promise<LoadResult> {
  const bodyFile = join(ROOT, 'bench', '.cache', 'ceiling-body');
  writeFileSync(bodyFile, body);
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'ceiling-server.mjs'), bodyFile, contentType], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once('exit', () => reject(new Error('the ceiling server exited')));
    });
    return await drive(url, () => '/', seconds, connections, MAX_REQUESTS);
  } finally {
    child.kill('SIGTERM');
  }
}

interface Row {
  scenario: string;
  url: 'repeated' | 'varied' | `varied at ${number} req/s`;
  result: LoadResult;
  ceiling?: LoadResult;
  ratio?: number;
  peakRssMb: number;
  /** The server's CPU time per request answered, in microseconds. */
  serverCpuUs: number;
}

/** A load on the server, with the server's peak memory and its CPU time per request answered. */
async function measured(server: Server, load: () => Promise<LoadResult>) {
  const pid = server.process.pid as number;
  resetPeakMemory(pid);
  const cpuBefore = cpuSecondsOf(pid);
  const result = await load();
  const serverCpuUs = ((cpuSecondsOf(pid) - cpuBefore) * 1e6) / Math.max(1, result.requests);
  return { result, serverCpuUs, peakRssMb: memoryOf(pid).peakMb };
}

async function runSize(spacecraft: number, launches: number, only: (scenario: Scenario) => boolean, withCeiling: boolean) {
  const database = generatedDatabase(spacecraft, launches);
  const server = await startServer(database.file, values.heap ? { NODE_OPTIONS: `--max-old-space-size=${values.heap}` } : {});
  const rows: Row[] = [];
  try {
    for (const scenario of scenarios(spacecraft, launches).filter(only)) {
      for (const kind of ['repeated', 'varied'] as const) {
        const path = kind === 'repeated' ? () => scenario.repeated : () => unrepeated(scenario.varied());
        const row: Row = { scenario: scenario.name, url: kind, ...(await measured(server, () => drive(server.url, path, seconds, connections, MAX_REQUESTS))) };
        const { result, serverCpuUs } = row;
        if (kind === 'repeated' && withCeiling) {
          const response = await fetch(`${server.url}${scenario.repeated}`);
          const body = Buffer.from(await response.arrayBuffer());
          row.ceiling = await ceiling(body, response.headers.get('content-type') ?? 'application/json');
          row.ratio = result.requestsPerSecond / row.ceiling.requestsPerSecond;
        }
        rows.push(row);
        const figures = `${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, errors ${result.errors + result.non2xx}`;
        console.error(
          `${spacecraft}/${launches} ${scenario.name} (${kind}): ${figures}${row.ratio ? `, ${(row.ratio * 100).toFixed(0)}% of ceiling` : ''}, server CPU ${Math.round(serverCpuUs)} µs a request, peak RSS ${row.peakRssMb.toFixed(0)} MB`,
        );
      }
      if (scenario.targetRate && withCeiling) {
        // The latency a client sees when the server is asked for exactly the target rate, not
        // when it is flooded: the p99 the target speaks of.
        const atRate = await measured(server, () => drive(server.url, () => unrepeated(scenario.varied()), seconds, connections, MAX_REQUESTS, scenario.targetRate));
        rows.push({ scenario: scenario.name, url: `varied at ${scenario.targetRate} req/s`, ...atRate });
        const { result } = atRate;
        console.error(`${spacecraft}/${launches} ${scenario.name} (at ${scenario.targetRate} req/s): ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms`);
      }
    }
  } finally {
    await server.stop();
  }
  return { spacecraft, launches, generateSeconds: database.seconds, rows };
}

function table(rows: Row[]): string {
  const lines = [
    '| scenario | URL | req/s | p50 ms | p99 ms | max ms | errors | ceiling req/s | % of ceiling | server CPU µs/req | peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const r = row.result;
    lines.push(
      `| ${row.scenario} | ${row.url} | ${Math.round(r.requestsPerSecond)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors + r.non2xx} | ${row.ceiling ? Math.round(row.ceiling.requestsPerSecond) : ''} | ${row.ratio ? `${(row.ratio * 100).toFixed(0)}%` : ''} | ${Math.round(row.serverCpuUs)} | ${row.peakRssMb.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

const selected = (scenario: Scenario) => values.only === undefined || scenario.name.includes(values.only);
build();
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
const date = new Date().toISOString();
const runs = [];
if (values.growth) {
  for (const spacecraft of [1_000, 10_000, 100_000]) runs.push(await runSize(spacecraft, spacecraft * 10, (s) => s.growth && selected(s), false));
} else {
  const [spacecraft, launches] = values.small ? [1_000, 10_000] : [100_000, 1_000_000];
  runs.push(await runSize(spacecraft, launches, selected, true));
}
const report = { date, machine, command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), seconds, connections, runs };
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const name = `${date.slice(0, 10)}-${values.growth ? 'growth' : values.small ? 'small' : 'full'}${values.heap ? `-heap${values.heap}` : ''}.json`;
writeFileSync(join(ROOT, 'bench', 'results', name), `${JSON.stringify(report, null, 2)}\n`);
for (const run of runs) console.log(`\n### ${run.spacecraft} spacecraft, ${run.launches} launches\n\n${table(run.rows)}`);
console.log(`\nresults: bench/results/${name}`);
