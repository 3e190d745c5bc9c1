// "Keep it from the second time it is asked": caches whose entries are costly to keep (a
// response, a rendered object) admit only what was asked before, so the many things asked
// once never evict the few asked again and again.
import { flatString } from './flat-string.ts';

/** The keys asked recently, in two generations of at most `generation` keys each. */
export class AskedKeys {
  private current = new Set<string>();
  private previous = new Set<string>();
  private readonly generation: number;

  constructor(generation: number) {
    this.generation = generation;
  }

  /** Whether `key` was asked before; remembers that it was asked now. */
  recall(key: string): boolean {
    if (this.current.has(key)) return true;
    const known = this.previous.has(key);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Set();
    }
    this.current.add(flatString(key));
    return known;
  }
}
