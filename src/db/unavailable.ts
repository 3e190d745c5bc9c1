// Whether an error means "the database cannot be reached right now" (stopped, restarting,
// failing over, out of connections, network down) rather than a bug. Such a request is
// answered 503 and the next one may well succeed: the pool drops broken connections and
// opens new ones, so the server recovers by itself when the database is back.

// Node's socket errors while connecting or talking to the database server.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// PostgreSQL SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or
// shutting down), too_many_connections. Class 08 (connection exception) is matched below.
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

// node-postgres' own errors carry no code, only these messages.
const PG_CLIENT_MESSAGES = ['Connection terminated', 'timeout exceeded when trying to connect', 'is not queryable'];

interface ErrorLike {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, syscall, message, cause, errors } = error as ErrorLike;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    // Any failure to open a socket, e.g. ENOENT for a Unix socket that is gone.
    if (syscall === 'connect') return true;
    // SQLite: another process holds the write lock for longer than the busy timeout.
    if (code === 'SQLITE_BUSY') return true;
  }
  if (typeof message === 'string' && PG_CLIENT_MESSAGES.some((text) => message.includes(text))) return true;
  // Node wraps the attempts on several addresses of one host in an AggregateError.
  if (Array.isArray(errors) && errors.some((each) => isDatabaseUnavailable(each, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
