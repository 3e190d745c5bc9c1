// `GET /health`: whether this node can serve (its database answers) and whether the shared
// throttle store does. A load balancer takes a node out on 503.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../db/connect.ts';

export interface HealthChecks {
  database: Database;
  /** Null when Redis is not configured. */
  redis: (() => Promise<boolean>) | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Set on SIGTERM: the node finishes its work and will close. */
    draining: boolean;
  }
}

export function registerHealth(app: FastifyInstance, checks: HealthChecks): void {
  app.decorate('draining', false);
  app.get('/health', async (request, reply) => {
    const database = await sql`select 1`
      .execute(checks.database.db)
      .then(() => 'ok' as const)
      .catch((error: Error) => {
        request.log.error({ err: error }, 'health check: database unavailable');
        return 'unavailable' as const;
      });
    const redis = checks.redis ? ((await checks.redis()) ? 'ok' : 'unavailable') : 'not configured';
    if (app.draining) {
      reply.code(503);
      return { status: 'draining', database, redis };
    }
    // Redis down is degraded, not down: requests are still served (the throttle fails open).
    const status = database === 'ok' ? (redis === 'unavailable' ? 'degraded' : 'ok') : 'unavailable';
    reply.code(database === 'ok' ? 200 : 503);
    return { status, database, redis };
  });
}
