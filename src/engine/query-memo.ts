// What list queries learn about the data that does not change until the data does, kept per
// data version (bumped by every import, sync and write), so a new version forgets it all:
//
// - how many rows match a filter, and where each block of rows starts in an ordering: the two
//   costs of a page that grow with the table become lookups;
// - the related rows a page shows (statuses, configurations, agencies…), so that the same few
//   hundred objects nested in every page are read once, not once per request;
// - those related objects rendered (renderings.ts), from the second time one is asked: a page
//   then neither reads nor renders the configuration every spacecraft of its family shares.
//
// docs/PERFORMANCE.md has the figures.
import { LRUCache } from 'lru-cache';
import { AskedKeys } from './asked-keys.ts';

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
  /** Rendered related objects remembered. */
  maxObjects?: number;
  /** Rows per block of an ordering: a page starts at most this many rows after a boundary. */
  blockSize?: number;
}

/** About what one remembered block boundary (a short array of keys) costs in memory. */
const BOUNDARY_BYTES = 100;

export class QueryMemo {
  private readonly version: VersionSource;
  private readonly results: LRUCache<string, { value: unknown }>;
  private readonly rows: LRUCache<string, { value: unknown }>;
  private readonly objects: LRUCache<string, { value: unknown }>;
  private readonly askedObjects: AskedKeys;
  readonly blockSize: number;

  constructor(
    version: VersionSource,
    { maxResultBytes = 16 * 1024 * 1024, maxRows = 10_000, maxObjects = 4_000, blockSize = 100 }: QueryMemoOptions = {},
  ) {
    this.version = version;
    // A count is a number; boundaries are one small key per block (a million rows: 10,000 keys).
    this.results = new LRUCache({
      maxSize: maxResultBytes,
      sizeCalculation: (entry, key) => key.length + (Array.isArray(entry.value) ? entry.value.length * BOUNDARY_BYTES : 16),
    });
    this.rows = new LRUCache({ max: maxRows });
    this.objects = new LRUCache({ max: maxObjects });
    this.askedObjects = new AskedKeys(maxObjects * 4);
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

  /**
   * Rendered related objects at the current data version. One is kept from the second time it
   * is asked: the objects most pages share (a configuration, a pad) stay, the many asked once
   * (each spacecraft's own launches) never evict them.
   */
  async objectScope(): Promise<MemoScope> {
    const prefix = `${await this.version.current()}\u0000`;
    const askedBefore = new Set<string>();
    return {
      get: (key) => {
        const versionedKey = prefix + key;
        const known = this.objects.get(versionedKey);
        if (known) return known.value;
        if (this.askedObjects.recall(versionedKey)) askedBefore.add(versionedKey);
        return undefined;
      },
      set: (key, value) => {
        const versionedKey = prefix + key;
        if (askedBefore.has(versionedKey)) this.objects.set(versionedKey, { value });
      },
    };
  }
}
