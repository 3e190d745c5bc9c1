// `GET /2.3.0/`: DRF's API root, a map of every list endpoint to its absolute URL.
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../engine/render.ts';
import type { Resource } from '../engine/spec.ts';
import { ALL_METHODS, admit, origin, renderContext } from './api-routes.ts';
import { requestTarget } from './request-target.ts';
import { sendApiResponse } from './representation.ts';

export function registerApiRoot(app: FastifyInstance, resources: Resource[]): void {
  app.route({
    method: [...ALL_METHODS],
    url: `${API_PREFIX}/`,
    config: { browsable: { kind: 'root' } },
    handler: async (request, reply) => {
      const { pairs } = requestTarget(request);
      const representation = await admit(request, pairs);
      const { linkSuffix } = renderContext(request, pairs);
      const root: Record<string, string> = {};
      for (const resource of resources) {
        root[resource.path] = `${origin(request)}${API_PREFIX}/${resource.path}/${linkSuffix}`;
      }
      return sendApiResponse(request, reply, 200, root, representation);
    },
  });
}
