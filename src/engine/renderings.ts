// Related objects as earlier requests rendered them (query-memo.ts keeps them per data version):
// loading skips the rows of an object whose rendering is remembered, and rendering uses it.
// A rendering depends on the object's view, its id, the data and the links' origin, so those
// make its key.
import type { MemoScope } from './query-memo.ts';
import type { RenderContext } from './render.ts';
import type { Key } from './row-store.ts';
import type { View } from './spec.ts';

export class Renderings {
  private readonly scope: MemoScope;
  private readonly origin: string;
  /** This request's renderings, found or made: an eviction meanwhile cannot take one away. */
  private readonly found = new Map<string, unknown>();
  /** What this request asked and did not find (a page asks for one configuration many times). */
  private readonly missing = new Set<string>();

  constructor(scope: MemoScope, context: RenderContext) {
    this.scope = scope;
    this.origin = `${context.origin} ${context.linkSuffix}`;
  }

  /** Whether `view` of `id` is rendered already (checked before its rows are loaded). */
  has(view: View, id: Key): boolean {
    const key = this.keyOf(view, id);
    if (this.found.has(key)) return true;
    if (this.missing.has(key)) return false;
    const value = this.scope.get(key);
    if (value === undefined) {
      this.missing.add(key);
      return false;
    }
    this.found.set(key, value);
    return true;
  }

  /** The rendering `has` found, or one this request made. */
  get(view: View, id: Key): unknown {
    return this.found.get(this.keyOf(view, id));
  }

  keep(view: View, id: Key, value: unknown): void {
    const key = this.keyOf(view, id);
    this.found.set(key, value);
    this.scope.set(key, value);
  }

  private keyOf(view: View, id: Key): string {
    return `${view.name} ${id} ${this.origin}`;
  }
}
