// PageSlots (src/http/page-slots.ts): at most N pages are built at once, the others run in the
// order they came, and a page that fails gives its slot back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageSlots } from '../../src/http/page-slots.ts';

test('at most N at once, in arrival order, and a failure frees its slot', async () => {
  const slots = new PageSlots(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  const build = (index: number) =>
    slots.run(async () => {
      started.push(index);
      running++;
      most = Math.max(most, running);
      await pause();
      running--;
      if (index === 1) throw new Error('bad page');
      return index;
    });
  const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(build));
  assert.equal(most, 2);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(results.map((result) => result.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  assert.equal(await build(6), 6, 'every slot came back');
});
