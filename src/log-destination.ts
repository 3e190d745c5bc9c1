// Where the server's log lines go: standard output, through a buffer of 4 KB written when
// full or after a second at most. At thousands of requests a second, a write per access-log
// line cost a seventh of a cached request's time (docs/PERFORMANCE.md). Pino writes what is
// left when the process exits.
import pino from 'pino';

type Destination = ReturnType<typeof pino.destination>;

let destination: Destination | undefined;

/** One per process: tests build many apps. */
export function logDestination(): Destination {
  if (!destination) {
    const stream = pino.destination({ dest: 1, sync: false, minLength: 4096 });
    setInterval(() => flush(stream), 1000).unref();
    destination = stream;
  }
  return destination;
}

/** Writes the buffered lines now: for the lines an operator waits for (listening, shutting down). */
export function flushLog(): void {
  if (destination) flush(destination);
}

/** A closed destination throws on flush; from the timer, that would end the process. */
function flush(stream: Destination): void {
  try {
    stream.flush();
  } catch {
    // Closed: there is nowhere left to write to.
  }
}
