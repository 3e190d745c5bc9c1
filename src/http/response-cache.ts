// HTTP-level extensions LL2 does not have (docs/PERFORMANCE.md): a response cache for the API's
// GET routes, ETag with 304 on If-None-Match, an optional Cache-Control max-age, and gzip or
// brotli for bodies over 1 KB. The body bytes are the same with or without them.
//
// A response is kept from the second time its request is asked (or when an identical request
// waits for it): most URLs of a busy API are asked once, and storing each of them cost about a
// sixth of the server's time per request (garbage collection of the evicted bodies), while
// evicting the pages that are asked again.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { AskedKeys } from '../engine/asked-keys.ts';
import type { DataVersion } from './data-version.ts';

export interface CachingOptions {
  /** The response cache's size in bytes; 0 turns the cache, ETags and Cache-Control off. */
  cacheBytes: number;
  /** `Cache-Control: public, max-age=N` on cacheable 200s; null sends none (as LL2). */
  maxAgeSeconds: number | null;
  /** gzip or brotli when the client accepts it. */
  compression: boolean;
}

interface CachedResponse {
  body: Buffer;
  contentType: string;
  headers: Record<string, string>;
  etag: string;
  /** Compressed forms, made on first demand. */
  encoded: Map<string, Buffer>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by an API route: where onSend stores the response on a miss, or finds its ETag on a hit. */
    responseCacheKey?: string;
    /** Set on the one request that computes a missing response others wait for. */
    computesCachedResponse?: () => void;
    /** Whether this request's key was asked before it (a miss is then stored). */
    askedBefore?: boolean;
  }
}

const COMPRESS_ABOVE = 1024;
/** A request never waits longer than this for an identical one; then it computes its own answer. */
const LONGEST_SHARED_WAIT_MS = 30_000;
/** Keys asked once that the cache remembers, per generation (two generations: at most twice as many). */
const ASKED_ONCE_GENERATION = 8192;

async function waitAtMost(promise: Promise<void>, milliseconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, milliseconds);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly version: DataVersion;
  /** Responses being computed, by key: the same request arriving meanwhile waits for it. */
  private readonly computing = new Map<string, { done: Promise<void>; waiting: number }>();
  private readonly asked = new AskedKeys(ASKED_ONCE_GENERATION);

  constructor(version: DataVersion, maxBytes: number) {
    this.version = version;
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.body.length + 512 });
  }

  /** The key of everything the response depends on: data version, representation, links' origin, URL. */
  async keyFor(request: FastifyRequest): Promise<string> {
    const version = await this.version.current();
    return [version, request.method, request.protocol, request.host, request.raw.url ?? request.url, request.headers.accept ?? ''].join('\n');
  }

  /**
   * Answers from the cache; false when the route must compute the response. Identical requests
   * arriving while one computes it wait and share its answer (ten clients asking the same new
   * page at once cost one computation, not ten).
   */
  async reply(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const key = await this.keyFor(request);
    let hit = this.entries.get(key);
    const computing = hit ? undefined : this.computing.get(key);
    if (computing) {
      computing.waiting++;
      await waitAtMost(computing.done, LONGEST_SHARED_WAIT_MS);
      hit = this.entries.get(key);
    }
    request.responseCacheKey = key;
    if (!hit) {
      request.askedBefore = this.asked.recall(key);
      if (!this.computing.has(key)) {
        let done = () => {};
        this.computing.set(key, { done: new Promise<void>((resolve) => (done = resolve)), waiting: 0 });
        request.computesCachedResponse = () => {
          this.computing.delete(key);
          done();
        };
      }
      return false;
    }
    reply.code(200).headers(hit.headers).type(hit.contentType).send(hit.body);
    return true;
  }

  /** Whether a computed response is worth keeping: its request was asked before, or is awaited now. */
  admits(request: FastifyRequest): boolean {
    const key = request.responseCacheKey;
    return key !== undefined && (request.askedBefore === true || (this.computing.get(key)?.waiting ?? 0) > 0);
  }

  store(key: string, reply: FastifyReply, body: Buffer, etag: string): CachedResponse {
    const headers: Record<string, string> = {};
    for (const name of ['allow', 'vary']) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    const entry = { body, contentType: String(reply.getHeader('content-type') ?? 'application/json'), headers, etag, encoded: new Map() };
    this.entries.set(key, entry);
    return entry;
  }

  entryFor(key: string | undefined): CachedResponse | undefined {
    return key === undefined ? undefined : this.entries.get(key);
  }
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compressed on libuv's thread pool: a large body must not stop the event loop (or a drain). */
function encode(body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  // Brotli's default quality (11) costs far more CPU than it saves on JSON; 5 is the usual
  // trade-off for dynamic responses.
  return encoding === 'br' ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipAsync(body, { level: 6 });
}

function appendVary(reply: FastifyReply, value: string): void {
  const current = reply.getHeader('vary');
  const list = typeof current === 'string' && current ? current.split(',').map((item) => item.trim()) : [];
  if (!list.some((item) => item.toLowerCase() === value.toLowerCase())) list.push(value);
  reply.header('vary', list.join(', '));
}

/**
 * One onSend hook for every 200 with a body in memory: store it (API routes on a miss), add
 * the ETag, answer 304 to a matching If-None-Match, and compress.
 */
export function registerHttpCaching(app: FastifyInstance, cache: ResponseCache | null, options: CachingOptions): void {
  // Whatever became of the computing request (stored, an error, a client gone), the waiting
  // ones go on: from the cache, or computing the response themselves.
  const release = (request: FastifyRequest) => request.computesCachedResponse?.();
  app.addHook('onResponse', (request, _reply, done) => {
    release(request);
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    release(request);
    done();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 200 || request.method !== 'GET') return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
    let entry = cache?.entryFor(request.responseCacheKey);
    if (cache && !entry && request.responseCacheKey && cache.admits(request)) entry = cache.store(request.responseCacheKey, reply, body, etagOf(body));
    if (options.cacheBytes > 0) {
      const etag = entry?.etag ?? etagOf(body);
      reply.header('etag', etag);
      if (options.maxAgeSeconds !== null) reply.header('cache-control', `public, max-age=${options.maxAgeSeconds}`);
      const condition = request.headers['if-none-match'];
      if (condition && condition.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
        reply.code(304);
        reply.removeHeader('content-type');
        return '';
      }
    }
    if (!options.compression || body.length <= COMPRESS_ABOVE) return payload;
    appendVary(reply, 'Accept-Encoding');
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    let encoded = entry?.encoded.get(encoding);
    if (!encoded) {
      encoded = await encode(body, encoding);
      entry?.encoded.set(encoding, encoded);
    }
    reply.header('content-encoding', encoding);
    return encoded;
  });
}
