// DRF's LimitOffsetPagination envelope and links (BEHAVIOR.md §4).
import { changeQueryParams, queryGroups } from './python-compat.ts';

export interface PageRequest {
  /** `https://host/2.3.0/spacecraft/`: the absolute request URL without its query. */
  url: string;
  /** The raw query string as the client sent it, without `?`. */
  query: string;
  limit: number;
  offset: number;
}

export function paginate(request: PageRequest, count: number, results: unknown[]) {
  const groups = queryGroups(request.query);
  return {
    count,
    next: nextLink(request, groups, count),
    previous: previousLink(request, groups),
    results,
  };
}

function nextLink({ url, limit, offset }: PageRequest, groups: Map<string, string[]>, count: number): string | null {
  if (offset + limit >= count) return null;
  return `${url}?${changeQueryParams(groups, [['limit', String(limit)], ['offset', String(offset + limit)]])}`;
}

function previousLink({ url, limit, offset }: PageRequest, groups: Map<string, string[]>): string | null {
  if (offset <= 0) return null;
  const previousOffset = offset - limit <= 0 ? null : String(offset - limit);
  return `${url}?${changeQueryParams(groups, [['limit', String(limit)], ['offset', previousOffset]])}`;
}
