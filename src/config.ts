// The only reader of process.env: typed, validated settings with sensible defaults.
import { parseRate, type Rate } from './access/rate.ts';

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
  };
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
