// Who is asking, and may they? DRF's order (BEHAVIOR.md §9.2): authentication (a bad token
// is a 403 and is not counted), then the throttle (a refused request is a 429 and is not
// recorded). LL2's anonymous limit is per client IP; a key has its own rate.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connect.ts';
import { ApiError } from '../engine/errors.ts';
import { findActiveKey } from './api-keys.ts';
import type { Rate } from './rate.ts';
import type { ThrottleStore } from './throttle-store.ts';

export interface Identity {
  /** The throttle's key for this client. */
  ident: string;
  /** What `/api-throttle/` shows as `ident`: the IP, or the key's name. */
  shown: string;
  /** Null: unlimited. */
  rate: Rate | null;
}

/** `/api-throttle/` when the client is not limited: a limit no client reaches. */
export const UNLIMITED_REQUESTS = 2_147_483_647;

export interface AccessOptions {
  db: Db;
  anonymousRate: Rate | null;
  store: ThrottleStore;
  /** Called with every refused request (for the metrics). */
  onThrottled?: () => void;
}

const invalid = (detail: string) => new ApiError(403, { detail });

export class AccessControl {
  private readonly options: AccessOptions;

  constructor(options: AccessOptions) {
    this.options = options;
  }

  /** DRF's TokenAuthentication: `Token <key>`; any other scheme is anonymous. */
  async identify(request: FastifyRequest): Promise<Identity> {
    const parts = (request.headers.authorization ?? '').split(/\s+/).filter(Boolean);
    if (parts.length === 0 || parts[0].toLowerCase() !== 'token') {
      return { ident: `ip:${request.ip}`, shown: request.ip, rate: this.options.anonymousRate };
    }
    if (parts.length === 1) throw invalid('Invalid token header. No credentials provided.');
    if (parts.length > 2) throw invalid('Invalid token header. Token string should not contain spaces.');
    const key = await findActiveKey(this.options.db, parts[1]);
    if (!key) throw invalid('Invalid token.');
    return { ident: `key:${key.id}`, shown: key.name, rate: key.rate };
  }

  /** Authenticates and counts the request, or refuses it with LL2's 429. */
  async admit(request: FastifyRequest): Promise<Identity> {
    const identity = await this.identify(request);
    if (!identity.rate) return identity;
    const decision = await this.options.store.hit(identity.ident, identity.rate, Date.now() / 1000);
    if (!decision.allowed) {
      this.options.onThrottled?.();
      throw throttled(decision.wait);
    }
    return identity;
  }

  /** The `/api-throttle/` object (BEHAVIOR.md §2.7, §9.3); reading it is not counted. */
  async usage(request: FastifyRequest) {
    const identity = await this.identify(request);
    if (!identity.rate) {
      return { your_request_limit: UNLIMITED_REQUESTS, limit_frequency_secs: 0, current_use: 0, next_use_secs: 0, ident: identity.shown };
    }
    const { used, wait } = await this.options.store.usage(identity.ident, identity.rate, Date.now() / 1000);
    return {
      your_request_limit: identity.rate.requests,
      limit_frequency_secs: identity.rate.seconds,
      current_use: used,
      next_use_secs: Math.ceil(wait),
      ident: identity.shown,
    };
  }
}

/** DRF's Throttled: the wait rounded up, in the body and in Retry-After. */
export function throttled(waitSeconds: number): ApiError {
  const wait = Math.ceil(waitSeconds);
  const unit = wait === 1 ? 'second' : 'seconds';
  return new ApiError(429, { detail: `Request was throttled. Expected available in ${wait} ${unit}.` }, { 'retry-after': String(wait) });
}
