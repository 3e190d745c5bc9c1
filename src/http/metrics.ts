// Prometheus metrics at `/metrics`: requests by route and status, latency, throttled
// requests, Redis failures and the database pool. One registry per app, so that several
// apps in one process (tests) never share counters.
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/connect.ts';

export interface Metrics {
  registry: Registry;
  throttled: Counter;
  redisFailures: Counter;
}

export function createMetrics(database: Database): Metrics {
  const registry = new Registry();
  const throttled = new Counter({ name: 'apogee_throttled_requests_total', help: 'Requests refused with 429', registers: [registry] });
  const redisFailures = new Counter({
    name: 'apogee_redis_failures_total',
    help: 'Throttle operations that could not reach Redis (the request was let through uncounted)',
    registers: [registry],
  });
  const pool = new Gauge({
    name: 'apogee_db_pool_connections',
    help: 'Connections of the primary database pool, by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = database.poolStats();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  void pool;
  return { registry, throttled, redisFailures };
}

export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  const requests = new Counter({
    name: 'apogee_http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [metrics.registry],
  });
  const latency = new Histogram({
    name: 'apogee_http_request_duration_seconds',
    help: 'Time to answer, by route',
    labelNames: ['route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the URL: ids and queries would make the label set unbounded.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    latency.observe({ route }, reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
