// Where request histories live. DRF's SimpleRateThrottle keeps, per client, the times of its
// recent allowed requests (a sliding window); a request is refused when the window is full,
// and the wait is until the oldest recorded request leaves the window. Refused requests are
// not recorded, so hammering while throttled does not extend the block.
import type { Rate } from './rate.ts';

export interface ThrottleDecision {
  allowed: boolean;
  /** Requests recorded in the window, this one included when allowed. */
  used: number;
  /** Seconds until a request would be allowed again (0 when allowed). */
  wait: number;
}

export interface ThrottleUsage {
  used: number;
  /** Seconds until the oldest recorded request leaves the window (0 when none). */
  wait: number;
}

export interface ThrottleStore {
  /** Checks the window and, when there is room, records this request. */
  hit(ident: string, rate: Rate, now: number): Promise<ThrottleDecision>;
  /** The window as it stands, without recording anything (for `/api-throttle/`). */
  usage(ident: string, rate: Rate, now: number): Promise<ThrottleUsage>;
  close(): Promise<void>;
}

/** Seconds until a full window frees a slot: the oldest entry's age subtracted from the period. */
export function waitFor(oldest: number | undefined, rate: Rate, now: number): number {
  return oldest === undefined ? 0 : Math.max(0, rate.seconds - (now - oldest));
}

// Idle clients are forgotten every so many requests, so memory follows the active clients.
const SWEEP_EVERY = 10_000;

export class MemoryThrottleStore implements ThrottleStore {
  private readonly histories = new Map<string, number[]>();
  private hitsSinceSweep = 0;

  private sweep(rate: Rate, now: number): void {
    if (++this.hitsSinceSweep < SWEEP_EVERY) return;
    this.hitsSinceSweep = 0;
    for (const [ident, history] of this.histories) {
      if ((history.at(-1) ?? 0) <= now - rate.seconds) this.histories.delete(ident);
    }
  }

  private window(ident: string, rate: Rate, now: number): number[] {
    // Oldest first; entries older than the period drop out.
    const history = (this.histories.get(ident) ?? []).filter((time) => time > now - rate.seconds);
    this.histories.set(ident, history);
    return history;
  }

  async hit(ident: string, rate: Rate, now: number): Promise<ThrottleDecision> {
    this.sweep(rate, now);
    const history = this.window(ident, rate, now);
    if (history.length >= rate.requests) return { allowed: false, used: history.length, wait: waitFor(history[0], rate, now) };
    history.push(now);
    return { allowed: true, used: history.length, wait: 0 };
  }

  async usage(ident: string, rate: Rate, now: number): Promise<ThrottleUsage> {
    const history = this.window(ident, rate, now);
    return { used: history.length, wait: history.length >= rate.requests ? waitFor(history[0], rate, now) : 0 };
  }

  async close(): Promise<void> {
    this.histories.clear();
  }
}
