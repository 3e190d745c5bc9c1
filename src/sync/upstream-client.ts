// Reads pages from the upstream LL2 server, politely: every call within the budget the
// upstream publishes (upstream-budget.ts), a pause between calls, a timeout on each, the
// upstream's Retry-After on a 429, and on a 5xx, a network error, a timeout or an answer that
// is not an LL2 page, a back-off that doubles with jitter, so that several mirrors that lost
// the upstream at the same moment do not come back at the same moment either.
import { setTimeout as delay } from 'node:timers/promises';
import { type ThrottleReading, throttleReading, UpstreamBudget } from './upstream-budget.ts';
import { throttleUrl } from './upstream-urls.ts';

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) => delay(ms, undefined, { signal });

/** What the mirror logs through: Fastify's pino logger in the server, standard error on the command line. */
export interface SyncLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** An LL2 list page; only the parts the mirror reads. */
export interface Page {
  count: number;
  next: string | null;
  results: unknown[];
}

/** A page could not be had; `calls` is what trying cost. */
export class UpstreamError extends Error {
  readonly calls: number;
  /** The upstream seemed unwell (5xx, no answer, garbage, throttled) rather than refusing this page. */
  readonly transient: boolean;

  constructor(message: string, calls: number, transient: boolean) {
    super(message);
    this.calls = calls;
    this.transient = transient;
  }
}

export interface ClientOptions {
  base: string;
  token: string | null;
  log: SyncLog;
  /** Aborts waits and requests when the sync stops. */
  signal: AbortSignal;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  /** Per request, headers and body together. */
  timeoutMs?: number;
  /** Tries per page before the page is given up (to be tried again later). */
  attempts?: number;
  /** The first back-off; each further one doubles, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** The least time between two counted calls. */
  minGapMs?: number;
  /** Told before every wait, with when the next call is planned (the status shows it). */
  onWait?: (until: Date) => void;
}

type Attempt = { page: Page } | { retryInMs: number; reason: string };

export class UpstreamClient {
  private readonly options: Required<Omit<ClientOptions, 'token' | 'onWait'>> & Pick<ClientOptions, 'token' | 'onWait'>;
  private readonly budget: UpstreamBudget;
  private lastCallAt = 0;
  /** Said once: an upstream without budget figures is called anyway, its 429s are the budget. */
  private toldNoBudget = false;

  constructor(options: ClientOptions) {
    this.options = {
      sleep: realSleep,
      random: Math.random,
      now: Date.now,
      timeoutMs: 30_000,
      attempts: 5,
      backoffMs: 2_000,
      maxBackoffMs: 300_000,
      minGapMs: 1_000,
      ...options,
    };
    this.budget = new UpstreamBudget(
      () => this.readThrottle(),
      (ms) => this.wait(ms),
    );
  }

  /** One page, within the budget; throws UpstreamError once the page cannot be had for now. */
  async getPage(url: string): Promise<{ page: Page; calls: number }> {
    const { attempts, log } = this.options;
    let calls = 0;
    for (let attempt = 1; ; attempt++) {
      await this.budget.take();
      await this.keepGap();
      calls += 1;
      const outcome = await this.attempt(url, attempt, calls);
      if ('page' in outcome) return { page: outcome.page, calls };
      if (attempt >= attempts) throw new UpstreamError(`${url}: ${outcome.reason} (${attempt} attempts)`, calls, true);
      log.warn({ url, attempt, retryInMs: Math.round(outcome.retryInMs) }, `upstream: ${outcome.reason}; trying again later`);
      await this.wait(outcome.retryInMs);
    }
  }

  private async attempt(url: string, attempt: number, calls: number): Promise<Attempt> {
    const backoff = { retryInMs: this.backoff(attempt) };
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { headers: this.headers(), signal: this.requestSignal() });
      text = await response.text();
    } catch (error) {
      if (this.options.signal.aborted) throw error;
      const timedOut = (error as Error).name === 'TimeoutError';
      return { ...backoff, reason: timedOut ? `no answer within ${this.options.timeoutMs} ms` : `network error (${causeOf(error)})` };
    }
    if (response.status === 429) {
      this.budget.exhausted();
      const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.options.now());
      return { retryInMs: Math.max(1000, retryAfter ?? backoff.retryInMs), reason: `throttled (429, Retry-After ${response.headers.get('retry-after') ?? 'none'})` };
    }
    if (response.status >= 500) return { ...backoff, reason: `server error ${response.status}` };
    // Any other refusal (a bad token, an unknown endpoint) will not mend by asking again now.
    if (!response.ok) throw new UpstreamError(`${url}: ${response.status} ${text.slice(0, 200)}`, calls, false);
    const page = pageOf(text);
    if (typeof page === 'string') return { ...backoff, reason: page };
    return { page };
  }

  /** The free `/api-throttle/`; null when the upstream does not answer it as LL2 does. */
  private async readThrottle(): Promise<ThrottleReading | null> {
    const url = throttleUrl(this.options.base);
    let problem: object;
    try {
      const response = await fetch(url, { headers: this.headers(), signal: this.requestSignal() });
      const text = await response.text();
      const reading = response.ok ? throttleReading(safeJson(text)) : null;
      if (reading) return reading;
      problem = { url, status: response.status };
    } catch (error) {
      if (this.options.signal.aborted) throw error;
      problem = { url, error: causeOf(error) };
    }
    if (!this.toldNoBudget) this.options.log.warn(problem, 'upstream: no budget figures; relying on its 429 answers');
    this.toldNoBudget = true;
    return null;
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'apogee-sync' };
    if (this.options.token) headers.authorization = `Token ${this.options.token}`;
    return headers;
  }

  private requestSignal(): AbortSignal {
    return AbortSignal.any([this.options.signal, AbortSignal.timeout(this.options.timeoutMs)]);
  }

  /** Doubling from `backoffMs`, capped; half of it fixed and half random ("equal jitter"). */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** (attempt - 1));
    return ceiling / 2 + (this.options.random() * ceiling) / 2;
  }

  private async keepGap(): Promise<void> {
    const gap = this.lastCallAt + this.options.minGapMs - this.options.now();
    if (gap > 0) await this.options.sleep(gap, this.options.signal);
    this.lastCallAt = this.options.now();
  }

  private async wait(ms: number): Promise<void> {
    this.options.onWait?.(new Date(this.options.now() + ms));
    await this.options.sleep(ms, this.options.signal);
  }
}

/** An LL2 page, or why the text is not one. */
function pageOf(text: string): Page | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON (${JSON.stringify(text.slice(0, 80))})`;
  }
  const page = body as Partial<Page> | null;
  if (typeof page !== 'object' || page === null || typeof page.count !== 'number' || !Array.isArray(page.results)) {
    return `not an LL2 page (${JSON.stringify(text.slice(0, 80))})`;
  }
  if (page.next !== null && typeof page.next !== 'string') return `not an LL2 page (next is ${JSON.stringify(page.next)})`;
  return { count: page.count, next: page.next ?? null, results: page.results };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
