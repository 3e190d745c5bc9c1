// The upstream's call budget. LL2 counts calls per client (15 an hour anonymously) and says
// how many are left at `/2.3.0/api-throttle/`, which is itself free (BEHAVIOR.md §2.7). The
// mirror reads it before spending, spends only what it says is left, and when nothing is
// left waits as long as it says (`next_use_secs`) before reading it again.

/** What `/api-throttle/` answers, the fields the budget needs. */
export interface ThrottleReading {
  limit: number;
  used: number;
  /** Seconds until a call is allowed again (0 when one is). */
  waitSeconds: number;
}

export class UpstreamBudget {
  /** Calls known to be left; null means ask the upstream before the next one. */
  private remaining: number | null = null;

  private readonly read: () => Promise<ThrottleReading | null>;
  private readonly wait: (ms: number) => Promise<void>;

  /**
   * `read` answers null when the upstream does not say (no such endpoint, an error): the call
   * then goes ahead and a 429 is the upstream's word. `wait` sleeps (and may be interrupted).
   */
  constructor(read: () => Promise<ThrottleReading | null>, wait: (ms: number) => Promise<void>) {
    this.read = read;
    this.wait = wait;
  }

  /** Returns when one call may be made, and counts it as spent. */
  async take(): Promise<void> {
    for (;;) {
      if (this.remaining === null || this.remaining <= 0) {
        const reading = await this.read();
        if (!reading) return;
        this.remaining = reading.limit - reading.used;
        if (this.remaining <= 0) {
          this.remaining = null;
          // At least a second, so that a confused upstream is not asked in a tight loop.
          await this.wait(Math.max(1, reading.waitSeconds) * 1000);
          continue;
        }
      }
      this.remaining -= 1;
      return;
    }
  }

  /** The upstream refused a call (429): what it said before no longer holds. */
  exhausted(): void {
    this.remaining = 0;
  }
}

/** `/api-throttle/`'s JSON, or null when it is not LL2's shape. */
export function throttleReading(body: unknown): ThrottleReading | null {
  if (typeof body !== 'object' || body === null) return null;
  const { your_request_limit: limit, current_use: used, next_use_secs: waitSeconds } = body as Record<string, unknown>;
  if (typeof limit !== 'number' || typeof used !== 'number' || typeof waitSeconds !== 'number') return null;
  return { limit, used, waitSeconds };
}
