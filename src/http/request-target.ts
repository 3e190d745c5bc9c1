// The request's path and query, parsed once however many steps ask for them: the browsable
// page's preHandler, the throttle and the route all read the same query.
import type { FastifyRequest } from 'fastify';
import { type RequestTarget, splitRequestUrl } from './page-links.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requestTarget (a property, not a WeakMap: one per request is GC work of its own). */
    parsedTarget?: RequestTarget;
  }
}

/** The request's target as the client sent it; callers must not change what it returns. */
export function requestTarget(request: FastifyRequest): RequestTarget {
  return (request.parsedTarget ??= splitRequestUrl(request.raw.url ?? request.url));
}
