// One list route and one `{id}/` route per registered resource, each a straight line:
// negotiate → parse → plan → execute → render → paginate → reply.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccessControl } from '../access/access-control.ts';
import { type Database, readerFor } from '../db/connect.ts';
import { ApiError, noMatch, notFound } from '../engine/errors.ts';
import { executeList, executeRetrieve, loadRelations, planLookups } from '../engine/execute.ts';
import { paginate } from '../engine/paginate.ts';
import { parsePythonInt } from '../engine/python-compat.ts';
import { isStorableId } from '../engine/lookups.ts';
import { lastValue, parseListQuery, parseRetrieveQuery, type QueryPairs } from '../engine/query.ts';
import { API_PREFIX, type RenderContext, renderRow, renderRows } from '../engine/render.ts';
import type { Model, Resource } from '../engine/spec.ts';
import { negotiate } from './negotiate.ts';
import { type Representation, sendApiResponse } from './representation.ts';
import { PageSlots } from './page-slots.ts';
import { requestTarget } from './request-target.ts';
import type { ResponseCache } from './response-cache.ts';
import type { QueryMemo } from '../engine/query-memo.ts';

export const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

declare module 'fastify' {
  interface FastifyInstance {
    access: AccessControl;
  }
  interface FastifyRequest {
    /** The representation chosen for this request, once negotiation succeeded. */
    representation?: Representation;
  }
}

export function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * DRF's checks before the handler, in its order: the representation (404/406, not counted),
 * authentication (403, not counted), the throttle (429), then the method (405, counted).
 */
export async function admit(request: FastifyRequest, pairs: QueryPairs): Promise<Representation> {
  const chosen = chooseRepresentation(request, pairs);
  await request.server.access.admit(request);
  rejectOtherMethods(request);
  return chosen;
}

/** DRF's negotiation: `format` and `Accept` → json or api, else 404 / 406; remembered for error pages. */
export function chooseRepresentation(request: FastifyRequest, pairs: QueryPairs): Representation {
  const chosen = negotiate(lastValue(pairs, 'format') ?? null, request.headers.accept);
  if (typeof chosen !== 'string') {
    throw chosen.status === 404 ? notFound() : new ApiError(406, { detail: 'Could not satisfy the request Accept header.' });
  }
  request.representation = chosen;
  return chosen;
}

/** LL2's views allow GET only (BEHAVIOR.md §8.6). */
export function rejectOtherMethods(request: FastifyRequest): void {
  if (request.method !== 'GET') throw new ApiError(405, { detail: `Method "${request.method}" not allowed.` });
}

export function renderContext(request: FastifyRequest, pairs: QueryPairs): RenderContext {
  const format = lastValue(pairs, 'format');
  return { origin: origin(request), linkSuffix: format === undefined ? '' : `?format=${encodeURIComponent(format)}` };
}

/** A path id as the model's key, or null when it cannot name any row (→ "Not found."). */
function parseId(model: Model, raw: string): number | string | null {
  if (model.idType === 'uuid') {
    return /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(raw) ? raw.toLowerCase() : null;
  }
  return parsePythonInt(raw);
}

export function registerApiRoutes(
  app: FastifyInstance,
  database: Database,
  resources: Resource[],
  cache: ResponseCache | null = null,
  memo?: QueryMemo,
): void {
  // Enough pages at once to overlap one page's database waits with another's rendering.
  const pageSlots = new PageSlots(4);
  for (const resource of resources) {
    const base = `${API_PREFIX}/${resource.path}/`;

    app.route({
      method: [...ALL_METHODS],
      url: base,
      config: { browsable: { kind: 'list', resource } },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const { path, query, pairs } = requestTarget(request);
        const representation = await admit(request, pairs);
        if (await cache?.reply(request, reply)) return reply;
        return pageSlots.run(async () => {
          const reader = readerFor(database, memo);
          const plan = await parseListQuery(resource, pairs, planLookups(reader));
          const { count, rows } = await executeList(reader, plan);
          const context = renderContext(request, pairs);
          const store = await loadRelations(reader, plan.view, rows, context);
          const results = renderRows(plan.view, rows, store, context);
          const page = paginate({ url: `${origin(request)}${path}`, query, limit: plan.limit, offset: plan.offset }, count, results);
          return sendApiResponse(request, reply, 200, page, representation, {}, { count, limit: plan.limit, offset: plan.offset });
        });
      },
    });

    app.route({
      method: [...ALL_METHODS],
      url: `${base}:id/`,
      config: { browsable: { kind: 'detail', resource } },
      handler: async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
        const { pairs } = requestTarget(request);
        const representation = await admit(request, pairs);
        if (await cache?.reply(request, reply)) return reply;
        // Filters are validated before the id is looked up, as in DRF's get_object.
        const reader = readerFor(database, memo);
        const plan = await parseRetrieveQuery(resource, pairs, planLookups(reader));
        const id = parseId(resource.model, request.params.id);
        if (id === null) throw notFound();
        const row = typeof id === 'number' && !isStorableId(id) ? undefined : await executeRetrieve(reader, plan, id);
        if (!row) throw noMatch(resource.model.name);
        const context = renderContext(request, pairs);
        const store = await loadRelations(reader, plan.view, [row], context);
        const body = renderRow(plan.view, row, store, context);
        return sendApiResponse(request, reply, 200, body, representation);
      },
    });
  }
}

/** Whether `path` (ending in `/`) is one of the API's routes: used for the missing-slash redirect. */
export function isApiPath(path: string, resources: Resource[]): boolean {
  if (path === `${API_PREFIX}/`) return true;
  return resources.some((resource) => {
    const base = `${API_PREFIX}/${resource.path}/`;
    if (path === base) return true;
    return path.startsWith(base) && /^[^/]+\/$/.test(path.slice(base.length));
  });
}
