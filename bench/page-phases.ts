// npm run bench:phases -- [PATH] [QUERY] [--pages N]
//
// Where the time of one list page goes, in-process on the benchmark's large database (made by
// `npm run bench` first): the root query and its count, the related rows, rendering, and the
// JSON bytes. Each page at a different offset; the query memo on, as in the server. Example:
//   npm run bench:phases -- spacecraft 'mode=detailed&limit=100'
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect, readerFor } from '../src/db/connect.ts';
import { executeList, loadRelations, planLookups } from '../src/engine/execute.ts';
import { toRenderedJsonBytes } from '../src/engine/json-text.ts';
import { parseQueryString } from '../src/engine/python-compat.ts';
import { QueryMemo } from '../src/engine/query-memo.ts';
import { parseListQuery } from '../src/engine/query.ts';
import { renderRows } from '../src/engine/render.ts';
import { resources } from '../src/resources/index.ts';
import { draws, ROOT } from './lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { pages: { type: 'string', default: '50' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log("Usage: npm run bench:phases -- [PATH] [QUERY] [--pages N]   e.g. spacecraft 'mode=detailed&limit=100'");
  process.exit(0);
}
const [path = 'spacecraft', query = 'mode=detailed&limit=100'] = positionals;
const file = join(ROOT, 'bench', '.cache', 'apogee-100000-1000000-seed1.sqlite');
if (!existsSync(file)) throw new Error(`${file} is missing: run npm run bench first`);
const resource = resources.find((candidate) => candidate.path === path);
if (!resource) throw new Error(`no endpoint ${path}`);

const database = connect(`sqlite:${file}`);
const memo = new QueryMemo({ current: async () => 1 });
const phases = { 'query and count': 0, 'related rows': 0, render: 0, 'JSON bytes': 0 };
const pages = Number(values.pages);
let bytes = 0;
const next = draws(1);
for (let page = 0; page < pages; page++) {
  const reader = readerFor(database, memo);
  const plan = await parseListQuery(resource, parseQueryString(`${query}&offset=${next(100_000)}`), planLookups(reader));
  let started = performance.now();
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    if (page >= pages / 5) phases[phase] += now - started; // the first fifth warms up
    started = now;
  };
  const { rows } = await executeList(reader, plan);
  lap('query and count');
  const context = { origin: 'http://127.0.0.1:8000', linkSuffix: '' };
  const store = await loadRelations(reader, plan.view, rows, context);
  lap('related rows');
  const results = renderRows(plan.view, rows, store, context);
  lap('render');
  bytes += toRenderedJsonBytes(results).length;
  lap('JSON bytes');
}
const measured = pages - Math.ceil(pages / 5);
console.log(`/2.3.0/${path}/?${query}: ${(bytes / pages / 1024).toFixed(0)} KB a page, ${measured} pages measured`);
for (const [phase, total] of Object.entries(phases)) console.log(`  ${phase.padEnd(16)} ${(total / measured).toFixed(2)} ms`);
await database.close();
