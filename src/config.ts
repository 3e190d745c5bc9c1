// The only reader of process.env: typed, validated settings with sensible defaults.
import { parseRate, type Rate } from './access/rate.ts';
import { parseInterval } from './sync/interval.ts';

export interface Config {
  port: number;
  host: string;
  /** A SQLite file path or `sqlite:` URL, or a `postgres://` URL. */
  databaseUrl: string;
  /** Load the bundled dataset into an empty database on start. */
  bundledData: boolean;
  logLevel: string;
  /** Believe X-Forwarded-For/-Proto/-Host (set it behind a reverse proxy you run). */
  trustProxy: boolean;
  /** Read-only PostgreSQL replicas that serve reads; writes go to `databaseUrl`. */
  replicaUrls: string[];
  /** Anonymous clients' limit per IP (LL2: 15/hour); null means unlimited, as on lldev. */
  throttleAnon: Rate | null;
  /** Shared throttle counters for several nodes; counters stay in memory without it. */
  redisUrl: string | null;
  /** Prefix of Apogee's Redis keys, so that several deployments can share one Redis. */
  redisPrefix: string;
  /** After SIGTERM, how long to keep serving (with /health at 503) before closing. */
  shutdownDrainSeconds: number;
  /** The in-memory response cache, in megabytes; 0 turns it, ETags and Cache-Control off. */
  responseCacheMb: number;
  /** `Cache-Control: max-age` on cacheable responses; null sends none (LL2 sends none). */
  cacheMaxAgeSeconds: number | null;
  /** gzip and brotli for clients that accept them. */
  compression: boolean;
  /** How far the JavaScript heap may grow past its live objects, in percent (src/heap-growth.ts); 0: V8's own. */
  heapGrowingPercent: number;
  /** How often a node re-reads the data version that invalidates its cache (milliseconds). */
  dataVersionCheckMs: number;
  /** The LL2 server to mirror (docs/SYNC.md); set, the server process keeps the local copy in sync. */
  syncUpstream: string | null;
  /** The upstream API key (`Authorization: Token …`); anonymous without it. */
  syncToken: string | null;
  /** The mirror's base period: how often the next 48 hours' launches are refreshed. */
  syncEveryMs: number;
  /** Endpoints to mirror (`spacecraft`, `config/orbits`); empty: all. */
  syncResources: string[];
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 8000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || 'sqlite:./data/apogee.sqlite',
    bundledData: boolean(env, 'BUNDLED_DATA', true),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
    throttleAnon: rate(env, 'THROTTLE_ANON'),
    redisUrl: env.REDIS_URL || null,
    redisPrefix: env.REDIS_PREFIX || 'apogee:',
    shutdownDrainSeconds: seconds(env, 'SHUTDOWN_DRAIN_SECONDS', 5),
    responseCacheMb: count(env, 'RESPONSE_CACHE_MB', 32),
    cacheMaxAgeSeconds: env.CACHE_MAX_AGE ? count(env, 'CACHE_MAX_AGE', 0) : null,
    compression: boolean(env, 'COMPRESSION', true),
    heapGrowingPercent: count(env, 'HEAP_GROWING_PERCENT', 50),
    dataVersionCheckMs: count(env, 'DATA_VERSION_CHECK_MS', 1000),
    syncUpstream: env.SYNC_UPSTREAM || null,
    syncToken: env.SYNC_TOKEN || null,
    syncEveryMs: interval(env, 'SYNC_EVERY', 15 * 60_000),
    syncResources: (env.SYNC_RESOURCES ?? '')
      .split(',')
      .map((path) => path.trim())
      .filter(Boolean),
  };
}

function interval(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const ms = parseInterval(raw);
  if (ms === null) throw new ConfigError(`${name} must be a period such as 15m, 1h or 90s, got "${raw}"`);
  return ms;
}

function rate(env: NodeJS.ProcessEnv, name: string): Rate | null {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw.toLowerCase() === 'none') return null;
  const parsed = parseRate(raw);
  if (!parsed) throw new ConfigError(`${name} must look like 15/hour (or none), got "${raw}"`);
  return parsed;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new ConfigError(`${name} must be a port number, got "${raw}"`);
  return value;
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 600) throw new ConfigError(`${name} must be a number of seconds (0–600), got "${raw}"`);
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}
