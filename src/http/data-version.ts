// The data version (apogee_meta, bumped by every seed, import, sync and generate) as this node
// last read it. Every node reads the same row, so their caches agree; reading it at most once
// per interval keeps the check off the hot path.
import type { Db } from '../db/connect.ts';
import { readDataVersion } from '../db/data-status.ts';

export class DataVersion {
  private value = -1;
  private readAt = 0;
  private pending: Promise<number> | null = null;
  private readonly db: Db;
  private readonly intervalMs: number;

  constructor(db: Db, intervalMs: number) {
    this.db = db;
    this.intervalMs = intervalMs;
  }

  async current(): Promise<number> {
    if (Date.now() - this.readAt < this.intervalMs && this.value >= 0) return this.value;
    // Concurrent requests share one read.
    this.pending ??= readDataVersion(this.db)
      .then((version) => {
        this.value = version;
        this.readAt = Date.now();
        return this.value;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
