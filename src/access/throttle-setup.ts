// Builds the access control a node uses: counters in memory, or in Redis when REDIS_URL is
// set (every node then shares one limit per client). Redis failures are counted and logged
// at most once a minute, so an outage does not flood the logs.
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { AccessControl } from './access-control.ts';
import { RedisThrottleStore } from './redis-throttle-store.ts';
import { MemoryThrottleStore, type ThrottleStore } from './throttle-store.ts';

const FAILURE_LOG_INTERVAL_MS = 60_000;

export interface AccessSetup {
  access: AccessControl;
  store: ThrottleStore;
  /** Null without Redis. */
  redisPing: (() => Promise<boolean>) | null;
}

export function setUpAccess(
  config: Pick<Config, 'throttleAnon' | 'redisUrl' | 'redisPrefix'>,
  database: Database,
  log: FastifyBaseLogger,
  counters: { onThrottled(): void; onRedisFailure(): void },
): AccessSetup {
  let lastLogged = 0;
  const store: ThrottleStore = config.redisUrl
    ? new RedisThrottleStore(config.redisUrl, {
        onFailure(error) {
          counters.onRedisFailure();
          if (Date.now() - lastLogged < FAILURE_LOG_INTERVAL_MS) return;
          lastLogged = Date.now();
          log.warn({ err: error }, 'Redis unavailable: throttle counters are not shared until it returns (requests are let through)');
        },
      }, `${config.redisPrefix}throttle:`)
    : new MemoryThrottleStore();
  const access = new AccessControl({
    db: database.db,
    anonymousRate: config.throttleAnon,
    store,
    onThrottled: counters.onThrottled,
  });
  const redisPing = store instanceof RedisThrottleStore ? () => store.ping() : null;
  return { access, store, redisPing };
}
