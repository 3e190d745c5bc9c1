// "Keep it from the second time it is asked": caches whose entries are costly to keep (a
// response, a rendered object) admit only what was asked before, so the many things asked
// once never evict the few asked again and again.
//
// What is remembered of a key is a 30-bit hash, not the key: a detailed page asks a few
// thousand keys, and keeping each as a string meant copying it into one piece of memory first
// (flat-string.ts). Two keys with one hash only make a value kept from its first time, which
// at 32,768 keys remembered happens about once in 30,000 keys.

/** The keys asked recently, in two generations of at most `generation` keys each. */
export class AskedKeys {
  private current = new Set<number>();
  private previous = new Set<number>();
  private readonly generation: number;

  constructor(generation: number) {
    this.generation = generation;
  }

  /** Whether `key` was asked before; remembers that it was asked now. */
  recall(key: string): boolean {
    const hash = hashOf(key);
    if (this.current.has(hash)) return true;
    const known = this.previous.has(hash);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Set();
    }
    this.current.add(hash);
    return known;
  }
}

/** FNV-1a over the UTF-16 code units, kept to 30 bits: a small integer V8 stores unboxed. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash & 0x3fffffff;
}
