// What list queries learn about the data that does not change until the data does, kept per
// data version (bumped by every import, sync and write), so a new version forgets it all:
//
// - how many rows match a filter, and where each block of rows starts in an ordering: the two
//   costs of a page that grow with the table become lookups;
// - the related rows a page shows (statuses, configurations, agencies…), so that the same few
//   hundred objects nested in every page are read once, not once per request;
// - those related objects rendered (renderings.ts): a page then neither reads nor renders the
//   configuration every spacecraft of its family shares.
//
// Rows and objects are kept from the second time they are asked (AdmittingCache below).
//
// docs/PERFORMANCE.md has the figures.
import { LRUCache } from 'lru-cache';
import { AskedKeys } from './asked-keys.ts';
import { withRenderedText } from './json-text.ts';
import { flatString } from './flat-string.ts';

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
  /** Characters of rendered related objects remembered: of their JSON text, counted twice (the text and the object). */
  maxObjectChars?: number;
  /** Rows per block of an ordering: a page starts at most this many rows after a boundary. */
  blockSize?: number;
}

/** About what one remembered block boundary (a short array of keys) costs in memory. */
const BOUNDARY_BYTES = 100;

export class QueryMemo {
  private readonly version: VersionSource;
  private readonly results: LRUCache<string, { value: unknown }>;
  private readonly rows: AdmittingCache;
  private readonly objects: AdmittingCache;
  readonly blockSize: number;

  constructor(
    version: VersionSource,
    { maxResultBytes = 16 * 1024 * 1024, maxRows = 10_000, maxObjectChars = 4 * 1024 * 1024, blockSize = 100 }: QueryMemoOptions = {},
  ) {
    this.version = version;
    // A count is a number; boundaries are one small key per block (a million rows: 10,000 keys).
    this.results = new LRUCache({
      maxSize: maxResultBytes,
      sizeCalculation: (entry, key) => key.length + (Array.isArray(entry.value) ? entry.value.length * BOUNDARY_BYTES : 16),
    });
    this.rows = new AdmittingCache(new LRUCache({ max: maxRows }), maxRows, () => 1);
    // Bounded by size: a shared status is a few dozen characters, a launch some thousands. An
    // object kept gets its JSON text (json-text.ts), which later pages copy; it is measured by
    // that text's length, plus the key's, and counted twice: the text and the object.
    this.objects = new AdmittingCache(
      new LRUCache({ maxSize: maxObjectChars, sizeCalculation: (entry) => entry.size }),
      16_384,
      (key, value) => key.length + 2 * withRenderedText(value as object).length,
    );
    this.blockSize = blockSize;
  }

  /** The remembered value for `key` at the current data version, computed once per version. */
  async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const versionedKey = `${await this.version.current()}\u0000${key}`;
    const known = this.results.get(versionedKey);
    if (known) return known.value as T;
    const value = await compute();
    this.results.set(flatString(versionedKey), { value });
    return value;
  }

  /** Related rows, children and links at the current data version. */
  async rowScope(): Promise<MemoScope> {
    return this.rows.scope(`${await this.version.current()}\u0000`);
  }

  /** Related objects rendered (renderings.ts) at the current data version. */
  async objectScope(): Promise<MemoScope> {
    return this.objects.scope(`${await this.version.current()}\u0000`);
  }
}

interface Remembered {
  value: unknown;
  size: number;
}

/**
 * An LRU that keeps a value from the second time its key is asked: what most pages share (a
 * status, a configuration, a pad) stays, and the many things asked once (each spacecraft's own
 * launches) never evict it, nor cost the garbage collector their passage through the cache.
 */
class AdmittingCache {
  private readonly cache: LRUCache<string, Remembered>;
  private readonly asked: AskedKeys;
  private readonly keep: (key: string, value: unknown) => number;

  /** `keep` is called once per value kept: it readies the value for later requests and returns its size. */
  constructor(cache: LRUCache<string, Remembered>, askedGeneration: number, keep: (key: string, value: unknown) => number) {
    this.cache = cache;
    this.asked = new AskedKeys(askedGeneration);
    this.keep = keep;
  }

  /** What one request reads and adds; keys start with `prefix` (the data version). */
  scope(prefix: string): MemoScope {
    const askedBefore = new Set<string>();
    return {
      get: (key) => {
        const fullKey = prefix + key;
        const known = this.cache.get(fullKey);
        if (known) return known.value;
        if (this.asked.recall(fullKey)) askedBefore.add(fullKey);
        return undefined;
      },
      set: (key, value) => {
        const fullKey = prefix + key;
        if (askedBefore.has(fullKey)) this.cache.set(flatString(fullKey), { value, size: this.keep(fullKey, value) });
      },
    };
  }
}
