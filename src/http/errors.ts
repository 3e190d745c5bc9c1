// The one way errors leave the server. Client mistakes are ApiErrors in LL2's shape;
// anything else is logged and answered with a generic 500 that leaks nothing.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { ApiError } from '../engine/errors.ts';
import type { Resource } from '../engine/spec.ts';
import { isApiPath } from './api-routes.ts';
import { requestTarget } from './request-target.ts';
import { sendApiResponse } from './representation.ts';

/** How long a client should wait before retrying while the database is unreachable. */
const UNAVAILABLE_RETRY_SECONDS = '5';

// Django's own page for an unknown URL (BEHAVIOR.md §8.5): HTML, not JSON.
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
<head>
  <title>Not Found</title>
</head>
<body>
  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>
</body>
</html>
`;

/** Django's 404 page for a URL no route serves. */
export function sendNotFoundPage(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_PAGE);
}

/** Any error as a response: an ApiError as itself, a database outage as 503, a bug as a bare 500. */
export function sendError(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const representation = request.representation ?? 'json';
  if (error instanceof ApiError) {
    return sendApiResponse(request, reply, error.status, error.body, representation, error.headers);
  }
  // Fastify's own client errors (a malformed URL, say) keep their 4xx status.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return sendApiResponse(request, reply, error.statusCode, { detail: error.message }, representation);
  }
  // Not the client's fault and not a bug: the database is down or restarting. Answer at once
  // (the pool's connection timeout bounds the wait); the pool reconnects when it is back.
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return sendApiResponse(request, reply, 503, { detail: 'Service temporarily unavailable, try again later.' }, representation, {
      'retry-after': UNAVAILABLE_RETRY_SECONDS,
    });
  }
  request.log.error({ err: error }, 'request failed');
  return sendApiResponse(request, reply, 500, { detail: 'A server error occurred.' }, representation);
}

export function registerErrorHandlers(app: FastifyInstance, resources: Resource[]): void {
  app.setErrorHandler(sendError);

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const { path, query } = requestTarget(request);
    // Django's APPEND_SLASH: a relative redirect, query kept verbatim (BEHAVIOR.md §8.7).
    const withSlash = `${path}/`;
    // hasRoute reads its argument as a route pattern: `:` and `*` in a client's path would be
    // parameters and wildcards to it (and may throw), and no route of ours has them literally.
    const routeExists = isApiPath(withSlash, resources) || (!/[:*]/.test(withSlash) && app.hasRoute({ method: 'GET', url: withSlash }));
    if (!path.endsWith('/') && routeExists) {
      return reply
        .code(301)
        .header('location', `${path}/${query ? `?${query}` : ''}`)
        .type('text/html; charset=utf-8')
        .send('');
    }
    return sendNotFoundPage(reply);
  });
}
