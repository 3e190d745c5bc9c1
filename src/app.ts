// buildApp: the Fastify instance with every plugin and route, ready for `listen` (server.ts)
// or for `inject` (tests).
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/connect.ts';
import type { Resource } from './engine/spec.ts';
import { setUpAccess } from './access/throttle-setup.ts';
import { registerAccessLog } from './http/access-log.ts';
import { logDestination } from './log-destination.ts';
import { registerApiRoot } from './http/api-root.ts';
import { registerApiThrottle } from './http/api-throttle.ts';
import { registerApiRoutes } from './http/api-routes.ts';
import { registerCors } from './http/cors.ts';
import { QueryMemo } from './engine/query-memo.ts';
import { DataVersion } from './http/data-version.ts';
import { registerErrorHandlers } from './http/errors.ts';
import { registerHtmlPages } from './http/html-pages.ts';
import { registerHealth } from './http/health.ts';
import { createMetrics, registerMetrics } from './http/metrics.ts';
import { registerOpenApiRoutes } from './http/openapi-routes.ts';
import { MAX_PARAM_LENGTH, registerRequestLimits, requestLimitOptions, type ServerTimeouts } from './http/request-limits.ts';
import { registerHttpCaching, ResponseCache } from './http/response-cache.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerStarshipDashboard } from './http/starship-dashboard.ts';
import { resources as allResources } from './resources/index.ts';

export type AppConfig = Pick<
  Config,
  'logLevel' | 'trustProxy' | 'throttleAnon' | 'redisUrl' | 'redisPrefix' | 'responseCacheMb' | 'cacheMaxAgeSeconds' | 'compression' | 'dataVersionCheckMs'
>;

export interface AppOptions {
  config: AppConfig;
  database: Database;
  resources?: Resource[];
  logger?: boolean;
  /** Shorter timeouts than production's, for tests of slow clients. */
  timeouts?: Partial<ServerTimeouts>;
}

export async function buildApp({ config, database, resources = allResources, logger = true, timeouts = {} }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Timeouts for slow clients, DRF-shaped answers to malformed HTTP (src/http/request-limits.ts).
    ...requestLimitOptions(timeouts),
    logger: logger ? { level: config.logLevel, stream: logDestination() } : false,
    // One access-log line per request instead (src/http/access-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    // HEAD is answered like every method other than GET: 405 (LL2's views allow GET only).
    exposeHeadRoutes: false,
    // No router limit below the URL's own (414 over MAX_URL_BYTES): a long segment is an id
    // that names nothing (404), as in Django.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  });
  registerRequestLimits(app);
  registerAccessLog(app);
  // Request bodies are never read (every method but GET is a 405), so never parse them:
  // a malformed body must not turn a 405 into a 400.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  const metrics = createMetrics(database);
  const { access, store, redisPing } = setUpAccess(config, database, app.log, {
    onThrottled: () => metrics.throttled.inc(),
    onRedisFailure: () => metrics.redisFailures.inc(),
  });
  app.decorate('access', access);
  app.addHook('onClose', () => store.close());

  registerMetrics(app, metrics);
  registerHealth(app, { database, redis: redisPing });
  registerSecurityHeaders(app);
  registerCors(app);
  registerErrorHandlers(app, resources);
  registerHtmlPages(app, database, resources);
  registerApiThrottle(app);
  registerApiRoot(app, resources);
  registerOpenApiRoutes(app, resources);
  const caching = { cacheBytes: config.responseCacheMb * 1024 * 1024, maxAgeSeconds: config.cacheMaxAgeSeconds, compression: config.compression };
  // The response cache and the query memo forget what they know when the data version changes.
  const version = new DataVersion(database.db, config.dataVersionCheckMs);
  const cache = caching.cacheBytes > 0 ? new ResponseCache(version, caching.cacheBytes) : null;
  const memo = caching.cacheBytes > 0 ? new QueryMemo(version) : undefined;
  registerHttpCaching(app, cache, caching);
  registerApiRoutes(app, database, resources, cache, memo);
  registerStarshipDashboard(app, database);
  return app;
}
