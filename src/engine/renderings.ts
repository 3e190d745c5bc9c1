// Related objects as earlier requests rendered them (query-memo.ts keeps them per data version):
// loading skips the rows of an object whose rendering is remembered, and rendering uses it.
// A rendering depends on the object's view, its id, the data and the links' origin, so those
// make its key.
import type { MemoScope } from './query-memo.ts';
import type { RenderContext } from './render.ts';
import type { Key } from './row-store.ts';
import type { View } from './spec.ts';

/** A rendering found or made, or `MISSING`: asked, and neither remembered nor made yet. */
const MISSING = Symbol('not rendered');

export class Renderings {
  private readonly scope: MemoScope;
  private readonly origin: string;
  /**
   * This request's renderings by view and id, found or made (an eviction meanwhile cannot take
   * one away), and what it asked and did not find: a page asks for one configuration many
   * times, and only its first ask builds a key for the memo.
   */
  private readonly byView = new Map<View, Map<Key, unknown>>();

  constructor(scope: MemoScope, context: RenderContext) {
    this.scope = scope;
    this.origin = `${context.origin} ${context.linkSuffix}`;
  }

  /** Whether `view` of `id` is rendered already (checked before its rows are loaded). */
  has(view: View, id: Key): boolean {
    const known = this.renderingsOf(view);
    let value = known.get(id);
    if (value === undefined) {
      value = this.scope.get(this.keyOf(view, id)) ?? MISSING;
      known.set(id, value);
    }
    return value !== MISSING;
  }

  /** The rendering `has` found, or one this request made. */
  get(view: View, id: Key): unknown {
    const value = this.byView.get(view)?.get(id);
    return value === MISSING ? undefined : value;
  }

  keep(view: View, id: Key, value: unknown): void {
    this.renderingsOf(view).set(id, value);
    this.scope.set(this.keyOf(view, id), value);
  }

  private renderingsOf(view: View): Map<Key, unknown> {
    let known = this.byView.get(view);
    if (!known) this.byView.set(view, (known = new Map()));
    return known;
  }

  private keyOf(view: View, id: Key): string {
    return `${view.name} ${id} ${this.origin}`;
  }
}
