// The server's own HTML: the landing page `/`, and the database rows the browsable page's
// form offers for choice filters. Those are loaded in a preHandler, before the route runs,
// so that every page of the route — errors thrown by the handler included — has them while
// the page itself renders synchronously.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/connect.ts';
import { readDataStatus } from '../db/data-status.ts';
import { choiceTarget } from '../engine/lookups.ts';
import { choiceOptions, resourceCount } from '../engine/page-queries.ts';
import { lastValue } from '../engine/query.ts';
import type { Resource } from '../engine/spec.ts';
import { landingPage } from './landing-page.ts';
import { negotiate } from './negotiate.ts';
import { requestTarget } from './request-target.ts';
import type { FilterChoices } from './query-form.ts';

export function registerHtmlPages(app: FastifyInstance, database: Database, resources: Resource[]): void {
  app.addHook('preHandler', async (request) => {
    const route = request.routeOptions.config?.browsable;
    if (route?.kind !== 'list' || !route.resource || !wantsBrowsablePage(request)) return;
    request.browsableChoices = await loadFilterChoices(database, route.resource);
  });

  app.get('/', async (_request, reply) => {
    const counts = [];
    for (const resource of resources) counts.push({ resource, count: await resourceCount(database, resource) });
    const status = await readDataStatus(database.db);
    return reply.type('text/html; charset=utf-8').send(landingPage({ counts, status }));
  });
}

/** The same choice `admit` will make; a failed negotiation gets JSON, which needs nothing. */
function wantsBrowsablePage(request: FastifyRequest): boolean {
  const { pairs } = requestTarget(request);
  return negotiate(lastValue(pairs, 'format') ?? null, request.headers.accept) === 'api';
}

async function loadFilterChoices(database: Database, resource: Resource): Promise<FilterChoices> {
  const choices: FilterChoices = new Map();
  for (const [name, filter] of Object.entries(resource.filters)) {
    if (filter.kind === 'choice') choices.set(name, await choiceOptions(database, choiceTarget(resource.model, filter.path)));
  }
  return choices;
}
