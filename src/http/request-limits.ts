// What keeps one client from holding or breaking the server: a bound on the URL's length,
// timeouts for slow clients, and DRF-shaped answers to what goes wrong before a route runs
// (HTTP the parser refuses, a path the router cannot decode). docs/OPERATIONS.md lists them.
import { type Server, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyHttpOptions, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../engine/errors.ts';
import { sendError, sendNotFoundPage } from './errors.ts';

/** Longer request targets (path and query) are refused with 414, as nginx and Apache do by default. */
export const MAX_URL_BYTES = 8192;

/** The router's bound on a path segment: more than Node accepts in a request line (16 KB of headers). */
export const MAX_PARAM_LENGTH = 65_536;

export interface ServerTimeouts {
  /** Every header must have arrived by then: a client trickling headers (slowloris) is cut off with 408. */
  headersMs: number;
  /** The whole request, body included. */
  requestMs: number;
  /** A connection with no traffic while a request is read or answered (a client that stops reading). */
  idleMs: number;
  /** An idle keep-alive connection between two requests. */
  keepAliveMs: number;
  /** How often Node looks for requests past `headersMs` / `requestMs` (it checks on a timer). */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 60_000,
  // Longer than the 60 s idle timeout common to load balancers, so that the balancer closes an
  // idle connection first and never sends a request on one Apogee is closing (Fastify's default).
  keepAliveMs: 72_000,
  checkIntervalMs: 1_000,
};

// DRF's ParseError message.
const MALFORMED = 'Malformed request.';
const uriTooLong = () => new ApiError(414, { detail: `Request URI too long: ${MAX_URL_BYTES} bytes at most.` });

function isTooLong(rawUrl: string | undefined): boolean {
  return rawUrl !== undefined && Buffer.byteLength(rawUrl, 'latin1') > MAX_URL_BYTES;
}

/** The Fastify options behind these limits; buildApp passes them to `Fastify()`. */
export function requestLimitOptions(timeouts: Partial<ServerTimeouts>): FastifyHttpOptions<Server> {
  const { headersMs, requestMs, idleMs, keepAliveMs, checkIntervalMs } = { ...SERVER_TIMEOUTS, ...timeouts };
  return {
    http: {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      keepAliveTimeout: keepAliveMs,
      connectionsCheckingInterval: checkIntervalMs,
      // Node would answer a request without Host with an empty 400; the hook below answers in DRF's shape.
      requireHostHeader: false,
    },
    connectionTimeout: idleMs,
    keepAliveTimeout: keepAliveMs,
    requestTimeout: requestMs,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  };
}

/** 414 for a long URL and 400 for a missing Host (RFC 9112 §3.2), before anything else looks at the request. */
export function registerRequestLimits(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (isTooLong(request.raw.url)) return done(uriTooLong());
    if (!request.raw.headers.host) return done(new ApiError(400, { detail: MALFORMED }));
    done();
  });
}

/**
 * The router's own errors, which Fastify would answer in its own shape. A path whose
 * percent-encoding does not decode (`%zz`, `%FF`) is plain text to Django: the request is
 * routed again with those `%` escaped, so that `/spacecraft/%zz/` meets the `{id}/` route
 * (and DRF's negotiation, throttle and method checks) and ends as a 404 "Not found.".
 */
function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const rawUrl = request.raw.url ?? '/';
  const index = rawUrl.indexOf('?');
  const path = index === -1 ? rawUrl : rawUrl.slice(0, index);
  const escaped = escapeBrokenPercents(path);
  if (error.code === 'FST_ERR_BAD_URL' && escaped !== path && !rerouted.has(request.raw)) {
    rerouted.add(request.raw);
    request.raw.url = `${escaped}${index === -1 ? '' : rawUrl.slice(index)}`;
    request.server.routing(request.raw, reply.raw);
    return;
  }
  if (isTooLong(rawUrl)) {
    sendError(uriTooLong(), request, reply);
    return;
  }
  // Not a path the router reads (`*`, say): no route serves it.
  if (error.code === 'FST_ERR_BAD_URL') {
    sendNotFoundPage(reply);
    return;
  }
  sendError(error, request, reply);
}

const rerouted = new WeakSet<object>();

/** Each run of `%XX` that is not UTF-8, and each `%` not followed by two hex digits, escaped as `%25`. */
function escapeBrokenPercents(path: string): string {
  return path.replace(/(?:%[0-9A-Fa-f]{2})+|%/g, (run) => {
    if (run === '%') return '%25';
    try {
      decodeURIComponent(run);
      return run;
    } catch {
      return run.replaceAll('%', '%25');
    }
  });
}

interface ParserError extends Error {
  code?: string;
  /** The data the parser failed on (a Buffer, whatever Fastify's types say). */
  rawPacket?: unknown;
}

/**
 * Errors Node's HTTP parser meets before there is a request (Fastify's `clientErrorHandler`):
 * answered in DRF's shape, then the connection is closed.
 */
function answerClientError(this: FastifyInstance, error: ParserError, socket: Socket): void {
  // A reset connection has no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = clientErrorResponse(error);
  this.log.debug({ err: error, status }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ detail });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

function clientErrorResponse(error: ParserError): [number, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'Request timeout.'];
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return isRequestLineOverflow(error.rawPacket) ? [414, uriTooLong().message] : [431, 'Request header fields too large.'];
  }
  return [400, MALFORMED];
}

/**
 * Whether Node's 16 KB header limit was hit by the URL rather than by the headers: the first
 * line of the data the parser stopped at is longer than the URL limit and is a request line's
 * start (`GET /…`) or, when the client sent it in pieces, its end (`… HTTP/1.1`).
 */
function isRequestLineOverflow(rawPacket: unknown): boolean {
  if (!Buffer.isBuffer(rawPacket)) return false;
  const end = rawPacket.indexOf('\r\n');
  const line = rawPacket.subarray(0, end === -1 ? rawPacket.length : end).toString('latin1');
  const partOfRequestLine = /^[A-Z]+ [^ ]/.test(line) || / HTTP\/\d\.\d$/.test(line);
  return partOfRequestLine && line.length > MAX_URL_BYTES;
}
