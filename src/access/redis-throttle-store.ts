// Request histories in Redis, shared by every node: one sorted set per client, scored by
// time, trimmed and checked atomically by a Lua script. When Redis cannot be reached the
// store fails open (the request is allowed and not counted): serving beats counting.
import { createRequire } from 'node:module';
import type { createClient } from 'redis';
import type { Rate } from './rate.ts';
import { type ThrottleDecision, type ThrottleStore, type ThrottleUsage, waitFor } from './throttle-store.ts';

// KEYS[1] history; ARGV now, window seconds, limit, unique member, record (1) or only look (0).
// Returns {used, oldest or -1, allowed}.
const SCRIPT = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local used = redis.call('ZCARD', key)
local allowed = 0
if ARGV[5] == '1' and used < limit then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('EXPIRE', key, math.ceil(window))
  used = used + 1
  allowed = 1
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return {used, oldest[2] or '-1', allowed}
`;

export interface RedisStoreEvents {
  /** Called on every failed Redis call (the request was let through uncounted). */
  onFailure(error: Error): void;
}

export class RedisThrottleStore implements ThrottleStore {
  private readonly client: ReturnType<typeof createClient>;
  private readonly prefix: string;
  private readonly events: RedisStoreEvents;
  private sequence = 0;

  constructor(url: string, events: RedisStoreEvents, prefix: string) {
    this.events = events;
    this.prefix = prefix;
    // Loaded only when Redis is configured: the client library costs ~25 MB of memory.
    const redis = createRequire(import.meta.url)('redis') as { createClient: typeof createClient };
    this.client = redis.createClient({
      url,
      // Fail fast instead of queueing commands while Redis is away, and keep trying to reconnect.
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
    });
    this.client.on('error', (error: Error) => this.events.onFailure(error));
    this.client.connect().catch((error: Error) => this.events.onFailure(error));
  }

  get connected(): boolean {
    return this.client.isReady;
  }

  private async run(ident: string, rate: Rate, now: number, record: boolean): Promise<{ used: number; oldest?: number; allowed: boolean } | null> {
    if (!this.client.isReady) {
      this.events.onFailure(new Error('Redis is not connected'));
      return null;
    }
    try {
      const member = `${now}:${process.pid}:${this.sequence++}`;
      const reply = (await this.client.eval(SCRIPT, {
        keys: [this.prefix + ident],
        arguments: [String(now), String(rate.seconds), String(rate.requests), member, record ? '1' : '0'],
      })) as [number, string, number];
      const oldest = Number(reply[1]);
      return { used: Number(reply[0]), oldest: oldest < 0 ? undefined : oldest, allowed: Number(reply[2]) === 1 };
    } catch (error) {
      this.events.onFailure(error as Error);
      return null;
    }
  }

  async hit(ident: string, rate: Rate, now: number): Promise<ThrottleDecision> {
    const result = await this.run(ident, rate, now, true);
    if (!result) return { allowed: true, used: 0, wait: 0 };
    return { allowed: result.allowed, used: result.used, wait: result.allowed ? 0 : waitFor(result.oldest, rate, now) };
  }

  async usage(ident: string, rate: Rate, now: number): Promise<ThrottleUsage> {
    const result = await this.run(ident, rate, now, false);
    if (!result) return { used: 0, wait: 0 };
    return { used: result.used, wait: result.used >= rate.requests ? waitFor(result.oldest, rate, now) : 0 };
  }

  async ping(): Promise<boolean> {
    if (!this.client.isReady) return false;
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close().catch(() => this.client.destroy());
    else this.client.destroy();
  }
}
