// DRF's LimitOffsetPagination envelope and links (BEHAVIOR.md §4).
import { removeQueryParam, replaceQueryParam } from './python-compat.ts';

export interface PageRequest {
  /** `https://host/2.3.0/spacecraft/`: the absolute request URL without its query. */
  url: string;
  /** The raw query string as the client sent it, without `?`. */
  query: string;
  limit: number;
  offset: number;
}

export function paginate(request: PageRequest, count: number, results: unknown[]) {
  return {
    count,
    next: nextLink(request, count),
    previous: previousLink(request),
    results,
  };
}

function nextLink({ url, query, limit, offset }: PageRequest, count: number): string | null {
  if (offset + limit >= count) return null;
  const withLimit = replaceQueryParam(query, 'limit', String(limit));
  return `${url}?${replaceQueryParam(withLimit, 'offset', String(offset + limit))}`;
}

function previousLink({ url, query, limit, offset }: PageRequest): string | null {
  if (offset <= 0) return null;
  const withLimit = replaceQueryParam(query, 'limit', String(limit));
  if (offset - limit <= 0) return `${url}?${removeQueryParam(withLimit, 'offset')}`;
  return `${url}?${replaceQueryParam(withLimit, 'offset', String(offset - limit))}`;
}
