// `GET /2.3.0/api-throttle/`: the caller's limit and use, as one object (LL2's real shape,
// not the array its schema declares: BEHAVIOR.md §2.7). Reading it is never counted.
import type { FastifyInstance } from 'fastify';
import { ApiError, notFound } from '../engine/errors.ts';
import { lastValue } from '../engine/query.ts';
import { API_PREFIX } from '../engine/render.ts';
import { ALL_METHODS, parseRequestUrl } from './api-routes.ts';
import { negotiate } from './negotiate.ts';
import { sendApiResponse } from './representation.ts';

export function registerApiThrottle(app: FastifyInstance): void {
  app.route({
    method: [...ALL_METHODS],
    url: `${API_PREFIX}/api-throttle/`,
    handler: async (request, reply) => {
      const { pairs } = parseRequestUrl(request.raw.url ?? request.url);
      const chosen = negotiate(lastValue(pairs, 'format') ?? null, request.headers.accept);
      if (typeof chosen !== 'string') {
        throw chosen.status === 404 ? notFound() : new ApiError(406, { detail: 'Could not satisfy the request Accept header.' });
      }
      request.representation = chosen;
      const usage = await app.access.usage(request);
      if (request.method !== 'GET') throw new ApiError(405, { detail: `Method "${request.method}" not allowed.` });
      return sendApiResponse(request, reply, 200, usage, chosen);
    },
  });
}
