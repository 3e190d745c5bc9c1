// The request's path and query, parsed once however many steps ask for them: the browsable
// page's preHandler, the throttle and the route all read the same query.
import type { FastifyRequest } from 'fastify';
import { type RequestTarget, splitRequestUrl } from './page-links.ts';

const targets = new WeakMap<FastifyRequest, RequestTarget>();

/** The request's target as the client sent it; callers must not change what it returns. */
export function requestTarget(request: FastifyRequest): RequestTarget {
  let target = targets.get(request);
  if (!target) {
    target = splitRequestUrl(request.raw.url ?? request.url);
    targets.set(request, target);
  }
  return target;
}
