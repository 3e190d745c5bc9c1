// Counters in Redis: one limit per client across nodes, and serving goes on when Redis
// goes away (fail open, counted in the metrics), with counting back when it returns.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { parseRate } from '../../src/access/rate.ts';
import { RedisThrottleStore } from '../../src/access/redis-throttle-store.ts';
import { PrivateRedis, redisServerSkipReason, redisSkipReason, TEST_REDIS_URL } from '../support/redis.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const rate = parseRate('3/minute');
assert.ok(rate);

describe('Redis throttle store', { skip: skipUnlessRequired(await redisSkipReason()) }, () => {
  const failures: Error[] = [];
  const prefix = `apogee-test:${randomUUID()}:`;
  let first: RedisThrottleStore;
  let second: RedisThrottleStore;
  before(async () => {
    first = new RedisThrottleStore(TEST_REDIS_URL, { onFailure: (error) => failures.push(error) }, prefix);
    second = new RedisThrottleStore(TEST_REDIS_URL, { onFailure: (error) => failures.push(error) }, prefix);
    for (let attempt = 0; attempt < 50 && !(first.connected && second.connected); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  after(async () => {
    await first?.close();
    await second?.close();
  });

  test('two stores (two nodes) share one window per client', async () => {
    const now = Date.now() / 1000;
    assert.equal((await first.hit('client', rate, now)).allowed, true);
    assert.equal((await second.hit('client', rate, now + 1)).allowed, true);
    assert.equal((await first.hit('client', rate, now + 2)).allowed, true);
    const refused = await second.hit('client', rate, now + 3);
    assert.equal(refused.allowed, false);
    assert.ok(Math.abs(refused.wait - 57) < 0.01, `wait ${refused.wait}`);
    assert.deepEqual(await first.usage('client', rate, now + 3), { used: 3, wait: refused.wait });
    // The oldest request leaves the window after a minute: one slot again.
    assert.equal((await first.hit('client', rate, now + 60.5)).allowed, true);
    assert.deepEqual(failures, []);
  });
});

describe('Redis outage', { skip: skipUnlessRequired(redisServerSkipReason()) }, () => {
  const redis = new PrivateRedis();
  let server: TestApp;
  before(async () => {
    await redis.start();
    server = await startTestApp('sqlite', async () => {}, { throttleAnon: rate, redisUrl: redis.url });
    for (let attempt = 0; attempt < 50 && (await server.get('/health')).json.redis !== 'ok'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  after(async () => {
    await server?.close();
    await redis.stop();
  });

  const statusOf = async () => (await server.app.inject({ method: 'GET', url: '/2.3.0/config/spacecraft_statuses/' })).statusCode;

  test('fails open while Redis is down, and counts again when it returns', async () => {
    assert.equal((await server.get('/health')).json.redis, 'ok');
    for (let index = 0; index < 3; index++) assert.equal(await statusOf(), 200);
    assert.equal(await statusOf(), 429, 'counted in Redis');

    await redis.stop();
    for (let index = 0; index < 5; index++) assert.equal(await statusOf(), 200, 'served while Redis is down');
    const health = await server.get('/health');
    assert.deepEqual(health.json, { status: 'degraded', database: 'ok', redis: 'unavailable' });
    const metrics = await server.app.inject({ method: 'GET', url: '/metrics' });
    const failures = Number(/apogee_redis_failures_total (\d+)/.exec(metrics.body)?.[1]);
    assert.ok(failures >= 5, `${failures} failures counted`);

    // A new, empty Redis on the same port: the client reconnects and counting resumes.
    await redis.start();
    for (let attempt = 0; attempt < 100 && (await server.get('/health')).json.redis !== 'ok'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (let index = 0; index < 3; index++) assert.equal(await statusOf(), 200);
    assert.equal(await statusOf(), 429, 'counting resumed');
  });
});
