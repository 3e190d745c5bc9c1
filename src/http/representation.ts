// Turning a response body into bytes: compact JSON, indented JSON (Accept indent=N), or
// the browsable HTML page. Every API response carries DRF's headers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toJsonText, toRenderedJsonBytes } from '../engine/json-text.ts';
import { browsablePage, type Pagination } from './browsable-page.ts';
import { browsableApiIndentFromAccept, jsonIndentFromAccept } from './negotiate.ts';

export type Representation = 'json' | 'api';

/** The headers DRF puts on every response of an LL2 view, errors included (BEHAVIOR.md §8.2). */
export const API_HEADERS: Record<string, string> = {
  allow: 'GET',
  vary: 'Accept',
};

export function sendApiResponse(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: unknown,
  representation: Representation,
  extraHeaders: Record<string, string> = {},
  /** A list's position, for the browsable page's pagination controls. */
  pagination?: Pagination,
): FastifyReply {
  const headers = { ...API_HEADERS, ...extraHeaders };
  reply.code(status).headers(headers);
  if (representation === 'api') {
    const page = browsablePage({
      method: request.method,
      url: request.raw.url ?? request.url,
      origin: `${request.protocol}://${request.host}`,
      status,
      // The page shows the headers of the JSON representation, as DRF's does.
      headers: { ...headers, 'content-type': 'application/json' },
      json: toJsonText(body, browsableApiIndentFromAccept(request.headers.accept)),
      // The route declares what it serves, so error pages get the endpoint's page too.
      route: request.routeOptions.config?.browsable,
      choices: request.browsableChoices,
      pagination,
    });
    return reply.type('text/html; charset=utf-8').send(page);
  }
  const indent = jsonIndentFromAccept(request.headers.accept);
  // A 200 body is what the engine rendered, which the faster writer takes (json-text.ts). A
  // Buffer, so that Fastify keeps DRF's bare `application/json` (it would add a charset to a string).
  const bytes = status === 200 && !indent ? toRenderedJsonBytes(body) : Buffer.from(toJsonText(body, indent));
  return reply.type('application/json').send(bytes);
}
