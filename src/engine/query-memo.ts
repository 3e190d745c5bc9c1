// What list queries learn about the data that does not change until the data does, kept per
// data version (bumped by every import, sync and write), so a new version forgets it all:
//
// - how many rows match a filter, and where each block of rows starts in an ordering: the two
//   costs of a page that grow with the table become lookups;
// - the related rows a page shows (statuses, configurations, agencies…), so that the same few
//   hundred objects nested in every page are read once, not once per request.
//
// docs/PERFORMANCE.md has the figures.
import { LRUCache } from 'lru-cache';

/** The data version as this node last read it (src/http/data-version.ts). */
export interface VersionSource {
  current(): Promise<number>;
}

/** The memo at one data version: what a request reads and adds while it runs. */
export interface MemoScope {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface QueryMemoOptions {
  /** Bytes (estimated) of counts and block boundaries remembered (each costs a scan of the matching rows). */
  maxResultBytes?: number;
  /** Related rows and link lists remembered. */
  maxRows?: number;
  /** Rows per block of an ordering: a page starts at most this many rows after a boundary. */
  blockSize?: number;
}

/** About what one remembered block boundary (a short array of keys) costs in memory. */
const BOUNDARY_BYTES = 100;

export class QueryMemo {
  private readonly version: VersionSource;
  private readonly results: LRUCache<string, { value: unknown }>;
  private readonly rows: LRUCache<string, { value: unknown }>;
  readonly blockSize: number;

  constructor(version: VersionSource, { maxResultBytes = 16 * 1024 * 1024, maxRows = 10_000, blockSize = 100 }: QueryMemoOptions = {}) {
    this.version = version;
    // A count is a number; boundaries are one small key per block (a million rows: 10,000 keys).
    this.results = new LRUCache({
      maxSize: maxResultBytes,
      sizeCalculation: (entry, key) => key.length + (Array.isArray(entry.value) ? entry.value.length * BOUNDARY_BYTES : 16),
    });
    this.rows = new LRUCache({ max: maxRows });
    this.blockSize = blockSize;
  }

  /** The remembered value for `key` at the current data version, computed once per version. */
  async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const versionedKey = `${await this.version.current()}\u0000${key}`;
    const known = this.results.get(versionedKey);
    if (known) return known.value as T;
    const value = await compute();
    this.results.set(versionedKey, { value });
    return value;
  }

  /** Related rows at the current data version. */
  async rowScope(): Promise<MemoScope> {
    const prefix = `${await this.version.current()}\u0000`;
    return {
      get: (key) => this.rows.get(prefix + key)?.value,
      set: (key, value) => {
        this.rows.set(prefix + key, { value });
      },
    };
  }
}
