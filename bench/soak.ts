// npm run soak [-- --minutes 30] [-- --small]
//
// Mixed load on the production server for a long time: every scenario kind at once, a
// different URL per request, while the server's memory is sampled every 10 seconds. Passes
// when no request failed and the resident memory of the last five minutes is within 10% of
// that of minutes 1 to 5 (caches warm), each the mean of its samples: a single sample lands
// anywhere on the garbage collector's saw-tooth, which spans 30-40 MB here. The trend (MB a
// minute, after the first minute) is reported too. Results go to bench/results/soak-*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, draws, drive, generatedDatabase, memoryOf, ROOT, startServer } from './lib.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' }, small: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('Usage: npm run soak [-- --minutes 30] [-- --small]');
  process.exit(0);
}
const minutes = Number(values.minutes);
const [spacecraft, launches] = values.small ? [1_000, 10_000] : [100_000, 1_000_000];

const next = draws();
const paths = [
  () => `/2.3.0/spacecraft/?limit=10&offset=${next(spacecraft)}`,
  () => `/2.3.0/spacecraft/?mode=detailed&limit=20&offset=${next(spacecraft)}`,
  () => `/2.3.0/spacecraft/${1000 + next(spacecraft)}/`,
  () => `/2.3.0/spacecraft/?search=Soyuz%20${next(spacecraft)}`,
  () => `/2.3.0/launches/?limit=10&offset=${next(launches)}`,
  () => `/2.3.0/launches/upcoming/?limit=10&offset=${next(1000)}`,
  () => `/2.3.0/agencies/?total_launch_count__gte=${next(5000)}`,
  () => `/2.3.0/spacecraft_flights/?mode=detailed&limit=10&offset=${next(spacecraft)}`,
];

build();
const database = generatedDatabase(spacecraft, launches);
const server = await startServer(database.file);
const pid = server.process.pid as number;
const samples: Array<{ minute: number; rssMb: number }> = [];
const sampler = setInterval(() => samples.push({ minute: samples.length / 6, rssMb: memoryOf(pid).rssMb }), 10_000);
let requests = 0;
let failures = 0;
try {
  // One-minute rounds, so that progress shows and memory is sampled between them too.
  for (let minute = 0; minute < minutes; minute++) {
    const result = await drive(server.url, () => paths[next(paths.length)](), 60, 10, 10_000_000);
    requests += result.requests;
    failures += result.errors + result.non2xx;
    console.error(`minute ${minute + 1}/${minutes}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99} ms, failures ${failures}, RSS ${memoryOf(pid).rssMb.toFixed(0)} MB`);
  }
} finally {
  clearInterval(sampler);
  await server.stop();
}
const { warm, last, growth, trendMbPerMinute } = memoryGrowth(samples, minutes);
const report = { date: new Date().toISOString(), minutes, spacecraft, launches, requests, failures, rssMinutes1to5Mb: warm, rssLast5MinutesMb: last, growth, trendMbPerMinute, samples };
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const file = join(ROOT, 'bench', 'results', `soak-${report.date.slice(0, 10)}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `${requests} requests, ${failures} failures, RSS ${warm.toFixed(0)} → ${last.toFixed(0)} MB (${(growth * 100).toFixed(1)}%, trend ${trendMbPerMinute.toFixed(2)} MB a minute): ${failures === 0 && growth < 0.1 ? 'pass' : 'FAIL'}`,
);
process.exitCode = failures === 0 && growth < 0.1 ? 0 : 1;

/** Mean RSS of minutes 1–5 and of the last five minutes, their ratio, and the least-squares slope after minute 1. */
function memoryGrowth(samples: Array<{ minute: number; rssMb: number }>, minutes: number) {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const warmed = samples.filter((sample) => sample.minute >= 1);
  const warm = mean(warmed.filter((sample) => sample.minute < 6).map((sample) => sample.rssMb));
  const last = mean(warmed.filter((sample) => sample.minute >= minutes - 5).map((sample) => sample.rssMb));
  const meanMinute = mean(warmed.map((sample) => sample.minute));
  const meanRss = mean(warmed.map((sample) => sample.rssMb));
  const spread = warmed.reduce((sum, sample) => sum + (sample.minute - meanMinute) ** 2, 0);
  const trendMbPerMinute = spread ? warmed.reduce((sum, sample) => sum + (sample.minute - meanMinute) * (sample.rssMb - meanRss), 0) / spread : 0;
  return { warm, last, growth: warm ? (last - warm) / warm : 0, trendMbPerMinute };
}
