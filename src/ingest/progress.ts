// Progress of a long job on standard error: done, rate, time left. On a terminal one line is
// rewritten in place; in a log, a line every few seconds.
export class Progress {
  private readonly started = Date.now();
  private lastShown = 0;
  private done = 0;

  private readonly what: string;
  private readonly total: number;
  private readonly stream: NodeJS.WriteStream;
  private readonly quiet: boolean;

  constructor(what: string, total: number, stream: NodeJS.WriteStream = process.stderr, quiet = false) {
    this.what = what;
    this.total = total;
    this.stream = stream;
    this.quiet = quiet;
  }

  advance(count = 1): void {
    this.done += count;
    const now = Date.now();
    const interval = this.stream.isTTY ? 200 : 5000;
    // A rate needs a second of work behind it before it can say anything about the time left.
    if (now - this.started >= 1000 && now - this.lastShown >= interval) {
      this.lastShown = now;
      this.show(false);
    }
  }

  finish(): void {
    this.show(true);
  }

  /** Records per second so far. */
  rate(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  elapsedSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  private show(final: boolean): void {
    if (this.quiet) return;
    const rate = this.rate();
    const left = rate > 0 && this.total > this.done ? ` · about ${formatSeconds((this.total - this.done) / rate)} left` : '';
    const line = `${this.what}: ${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} · ${Math.round(rate).toLocaleString('en-US')}/s${final ? ` · ${formatSeconds(this.elapsedSeconds())}` : left}`;
    if (this.stream.isTTY) this.stream.write(`\r${line}\u001b[K${final ? '\n' : ''}`);
    else this.stream.write(`${line}\n`);
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
