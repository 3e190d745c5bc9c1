// `GET /2.3.0/api-throttle/`: the caller's limit and use, as one object (LL2's real shape,
// not the array its schema declares: BEHAVIOR.md §2.7). Reading it is never counted.
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../engine/render.ts';
import { ALL_METHODS, chooseRepresentation, rejectOtherMethods } from './api-routes.ts';
import { requestTarget } from './request-target.ts';
import { sendApiResponse } from './representation.ts';

export function registerApiThrottle(app: FastifyInstance): void {
  app.route({
    method: [...ALL_METHODS],
    url: `${API_PREFIX}/api-throttle/`,
    handler: async (request, reply) => {
      const { pairs } = requestTarget(request);
      const chosen = chooseRepresentation(request, pairs);
      const usage = await app.access.usage(request);
      rejectOtherMethods(request);
      return sendApiResponse(request, reply, 200, usage, chosen);
    },
  });
}
