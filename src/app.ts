// buildApp: the Fastify instance with every plugin and route, ready for `listen` (server.ts)
// or for `inject` (tests).
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/connect.ts';
import type { Resource } from './engine/spec.ts';
import { registerApiRoot } from './http/api-root.ts';
import { registerApiRoutes } from './http/api-routes.ts';
import { registerCors } from './http/cors.ts';
import { registerErrorHandlers } from './http/errors.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { resources as allResources } from './resources/index.ts';

export interface AppOptions {
  config: Pick<Config, 'logLevel' | 'trustProxy'>;
  database: Database;
  resources?: Resource[];
  logger?: boolean;
}

export async function buildApp({ config, database, resources = allResources, logger = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    trustProxy: config.trustProxy,
    // HEAD is answered like every method other than GET: 405 (LL2's views allow GET only).
    exposeHeadRoutes: false,
    // Client ids and query strings can be long; Fastify's default of 100 is too tight.
    routerOptions: { maxParamLength: 500 },
  });
  // Request bodies are never read (every method but GET is a 405), so never parse them:
  // a malformed body must not turn a 405 into a 400.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  registerSecurityHeaders(app);
  registerCors(app);
  registerErrorHandlers(app, resources);
  registerApiRoot(app, resources);
  registerApiRoutes(app, database, resources);
  return app;
}
