// HEAP_GROWING_PERCENT (src/heap-growth.ts): with it, a process whose objects live a while and
// then die (as a page's do while its rows are read) keeps its old space near what is alive;
// with V8's own factor the same work leaves far more behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

// About 40 MB that stays alive, and batches of short-lived objects that live long enough to
// reach the old space (a ring of the last 30 batches) before they die.
const source = `
import { getHeapSpaceStatistics } from 'node:v8';
import { limitHeapGrowth } from ${JSON.stringify(new URL('../src/heap-growth.ts', import.meta.url).pathname)};
limitHeapGrowth(Number(process.env.PERCENT));
const oldSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === 'old_space');
const live = Array.from({ length: 400 }, (_, batch) => Array.from({ length: 2500 }, (_, item) => ({ batch, item, text: 'kept ' + item })));
const ring = new Array(30);
let peak = 0;
for (let round = 0; round < 600; round++) {
  ring[round % ring.length] = Array.from({ length: 5000 }, (_, item) => ({ round, item, text: 'page ' + item }));
  peak = Math.max(peak, oldSpace().space_size);
}
console.log(JSON.stringify({ peakMb: peak / 2 ** 20 }));
`;

function peakOldSpaceMb(percent: number): number {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { env: { ...process.env, PERCENT: String(percent) }, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { peakMb: number }).peakMb;
}

test('a growing limit keeps the old space close to the live objects', () => {
  const bounded = peakOldSpaceMb(20);
  const unbounded = peakOldSpaceMb(0);
  assert.ok(bounded < unbounded * 0.8, `old space at its peak: ${bounded.toFixed(0)} MB with 20%, ${unbounded.toFixed(0)} MB with V8's own factor`);
});
