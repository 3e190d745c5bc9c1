// At most a few list pages are built at once in one process. Building a page (its rows, the
// related rows, the rendered objects and the JSON text) is CPU work on the one JavaScript
// thread, so running more of them side by side does not make the server faster, only holds
// more pages in memory at the same time: ten 100-object detailed pages of 2 MB each are
// tens of megabytes of objects. The others wait their turn, in order (docs/PERFORMANCE.md).
export class PageSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(slots: number) {
    this.free = slots;
  }

  async run<T>(build: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await build();
    } finally {
      // Hand the slot to the next page, or give it back.
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
