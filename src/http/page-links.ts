// Links the browsable page builds from the request it answers: the same query with a few
// parameters changed, in the order the client wrote them (only changed keys move).
import { encodeQueryString, parseQueryString } from '../engine/python-compat.ts';
import type { QueryPairs } from '../engine/query.ts';

/** `key → value` sets the key (first occurrence kept in place, later ones dropped); `null` removes it. */
export type QueryChanges = Record<string, string | null>;

export interface RequestTarget {
  /** The path as the client sent it, `/2.3.0/spacecraft/`. */
  path: string;
  query: string;
  pairs: QueryPairs;
}

/** A request URL's path, its query text and the query's pairs (request-target.ts: once per request). */
export function splitRequestUrl(rawUrl: string): RequestTarget {
  const index = rawUrl.indexOf('?');
  const path = index === -1 ? rawUrl : rawUrl.slice(0, index);
  const query = index === -1 ? '' : rawUrl.slice(index + 1);
  return { path, query, pairs: parseQueryString(query) };
}

export function changeQuery(pairs: QueryPairs, changes: QueryChanges): QueryPairs {
  const result: QueryPairs = [];
  const placed = new Set<string>();
  for (const [key, value] of pairs) {
    if (!(key in changes)) {
      result.push([key, value]);
      continue;
    }
    const replacement = changes[key];
    if (replacement === null || placed.has(key)) continue;
    result.push([key, replacement]);
    placed.add(key);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== null && !placed.has(key)) result.push([key, value]);
  }
  return result;
}

export function hrefFor(path: string, pairs: QueryPairs): string {
  return pairs.length === 0 ? path : `${path}?${encodeQueryString(pairs)}`;
}

/** The same request with `changes`, still answered by the browsable page (`format=api`). */
export function browsableHref(target: RequestTarget, changes: QueryChanges = {}): string {
  return hrefFor(target.path, changeQuery(target.pairs, { ...changes, format: 'api' }));
}

/** The same request as JSON. */
export function jsonHref(target: RequestTarget): string {
  return hrefFor(target.path, changeQuery(target.pairs, { format: 'json' }));
}

/**
 * A `curl` command for the JSON of this request. Without `format`, curl's `Accept: *∕*`
 * already selects JSON, and the links inside the response stay free of `?format=`.
 */
export function curlCommand(origin: string, target: RequestTarget): string {
  const url = `${origin}${hrefFor(target.path, changeQuery(target.pairs, { format: null }))}`;
  return `curl ${shellQuote(url)}`;
}

/** POSIX single quoting: everything literal, a `'` closes, escapes and reopens. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
