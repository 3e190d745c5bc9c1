// Turning a response body into bytes: compact JSON, indented JSON (Accept indent=N), or
// the browsable HTML page. Every API response carries DRF's headers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toJsonText } from '../engine/json-text.ts';
import { browsablePage } from './browsable-page.ts';
import { jsonIndentFromAccept } from './negotiate.ts';

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
): FastifyReply {
  const headers = { ...API_HEADERS, ...extraHeaders };
  reply.code(status).headers(headers);
  if (representation === 'api') {
    const page = browsablePage({
      requestLine: `${request.method} ${request.raw.url ?? request.url}`,
      status,
      // The page shows the headers of the JSON representation, as DRF's does.
      headers: { ...headers, 'content-type': 'application/json' },
      json: toJsonText(body, 4),
    });
    return reply.type('text/html; charset=utf-8').send(page);
  }
  const text = toJsonText(body, jsonIndentFromAccept(request.headers.accept));
  // A Buffer, so that Fastify keeps DRF's bare `application/json` (it would add a charset to a string).
  return reply.type('application/json').send(Buffer.from(text));
}
