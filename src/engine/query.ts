// The query string → a typed plan, or the 400 that DRF + django-filter would answer.
// Order of checks as in DRF: filters (every failing filter reported at once), then search
// (NUL), then ordering and pagination, which never fail.
import { sql } from 'kysely';
import { ApiError, NULL_CHARACTERS } from './errors.ts';
import { applyFilter, type FilterOutcome } from './lookups.ts';
import { pathCondition } from './paths.ts';
import type { Condition, ListPlan, OrderItem, RetrievePlan } from './plan.ts';
import { parsePythonInt } from './python-compat.ts';
import { scopeCondition } from './scopes.ts';
import type { Key } from './row-store.ts';
import { isSearchIndexed, SHORTEST_INDEXED_TERM } from '../db/search-index.ts';
import { searchTerms } from './search-terms.ts';
import { findView, type Model, type Resource, type View } from './spec.ts';

export type QueryPairs = Array<[string, string]>;

/** Django's QueryDict.get: the last value of a repeated key. */
export function lastValue(pairs: QueryPairs, key: string): string | undefined {
  for (let index = pairs.length - 1; index >= 0; index--) if (pairs[index][0] === key) return pairs[index][1];
  return undefined;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Checks which of the given ids exist; choice filters need the database to validate. */
export type ExistingIds = (model: Model, ids: Key[]) => Promise<Set<Key>>;

/** What parsing asks of the database (execute.ts gives both). */
export interface PlanLookups {
  existingIds: ExistingIds;
  /** How many rows (at most `cap`) a search term finds in a column's search index; null: no estimate. */
  searchMatches(table: string, column: string, term: string, cap: number): Promise<number | null>;
}

/** The caps of the estimates of search terms: raised while every term reaches the cap. */
const SEARCH_ESTIMATE_CAPS = [100, 1_000, 10_000];

export function listView(resource: Resource, pairs: QueryPairs): View {
  const modes = Object.entries(resource.modes);
  if (modes.length === 0) return findView(resource.view ?? resource.retrieve);
  // Unknown or differently-cased modes fall back to the default (BEHAVIOR.md §2.1).
  const requested = lastValue(pairs, 'mode');
  const chosen = modes.find(([mode]) => mode === requested) ?? modes[0];
  return findView(chosen[1]);
}

export async function parseListQuery(
  resource: Resource,
  pairs: QueryPairs,
  lookups: PlanLookups,
  now: Date = new Date(),
): Promise<ListPlan> {
  const view = listView(resource, pairs);
  const conditions = [
    ...(resource.scope ? [scopeCondition(resource.model, resource.scope, now)] : []),
    ...(await filterConditions(resource, pairs, lookups.existingIds)),
    ...(await searchConditions(resource, pairs, lookups)),
  ];
  return {
    model: resource.model,
    view,
    conditions,
    ordering: ordering(resource, view, lastValue(pairs, 'ordering')),
    limit: limit(lastValue(pairs, 'limit')),
    offset: offset(lastValue(pairs, 'offset')),
  };
}

/** `{id}/` obeys the filters too (DRF's get_object filters the queryset), but not search or paging. */
export async function parseRetrieveQuery(
  resource: Resource,
  pairs: QueryPairs,
  lookups: PlanLookups,
  now: Date = new Date(),
): Promise<RetrievePlan> {
  const conditions = [
    ...(resource.scope ? [scopeCondition(resource.model, resource.scope, now)] : []),
    ...(await filterConditions(resource, pairs, lookups.existingIds)),
  ];
  searchTermsOf(resource, pairs);
  return { model: resource.model, view: findView(resource.retrieve), conditions };
}

async function filterConditions(resource: Resource, pairs: QueryPairs, existing: ExistingIds): Promise<Condition[]> {
  const outcomes: Array<[string, FilterOutcome]> = [];
  for (const [name, filter] of Object.entries(resource.filters)) {
    const values = pairs.filter(([key]) => key === name).map(([, value]) => value);
    if (values.length) outcomes.push([name, applyFilter(resource.model, filter, values)]);
  }
  const missingChoices = await unknownChoices(outcomes, existing);
  const errors: Record<string, string[]> = {};
  const conditions: Condition[] = [];
  for (const [name, outcome] of outcomes) {
    const missing = missingChoices.get(name);
    if (outcome.kind === 'invalid') errors[name] = [outcome.message];
    else if (outcome.kind === 'choice' && missing !== undefined) errors[name] = [outcome.missing(missing)];
    else if (outcome.kind === 'choice' || outcome.kind === 'condition') conditions.push(outcome.where);
  }
  if (Object.keys(errors).length > 0) throw new ApiError(400, errors);
  return conditions;
}

/** For each choice filter with an id that names no row, the first such id. */
async function unknownChoices(outcomes: Array<[string, FilterOutcome]>, existing: ExistingIds): Promise<Map<string, Key>> {
  const missing = new Map<string, Key>();
  for (const [name, outcome] of outcomes) {
    if (outcome.kind !== 'choice') continue;
    const found = await existing(outcome.target, outcome.ids);
    const first = outcome.ids.find((id) => !found.has(id));
    if (first !== undefined) missing.set(name, first);
  }
  return missing;
}

/** The search terms a row must all contain (DRF's SearchFilter), validated even where unused. */
function searchTermsOf(resource: Resource, pairs: QueryPairs): string[] {
  const raw = lastValue(pairs, 'search');
  if (raw === undefined) return [];
  // DRF ≥ 3.15 validates the parameter before looking at the view's search fields.
  if (raw.includes('\0')) throw new ApiError(400, [NULL_CHARACTERS]);
  return resource.search.length === 0 ? [] : searchTerms(raw);
}

async function searchConditions(resource: Resource, pairs: QueryPairs, lookups: PlanLookups): Promise<Condition[]> {
  const terms = searchTermsOf(resource, pairs);
  const { model } = resource;
  // A name of the row itself with a search index is searched through it (src/db/search-index.ts).
  const indexedColumns = new Map<string, string>();
  for (const path of resource.search) {
    const field = model.fields[path];
    if (field?.kind === 'scalar' && isSearchIndexed(model.table, field.column)) indexedColumns.set(path, field.column);
  }
  const leading = indexedColumns.size && terms.length > 1 ? await rarestTerm(model.table, [...indexedColumns.values()], terms, lookups) : null;
  return terms.map(
    (term, index): Condition =>
      (alias, dialect) =>
        sql<boolean>`(${sql.join(
          resource.search.map((path) => {
            const indexed = indexedColumns.get(path);
            // Only the leading term goes through the index when there is one: the others
            // are checked on the rows it finds, which is cheaper than the index's row list.
            if (indexed && (leading === null || leading === index)) return dialect.indexedContainsIgnoringCase(alias, model.table, indexed, term);
            return pathCondition(model, alias, path, (column) => dialect.containsIgnoringCase(column, term));
          }),
          sql` or `,
        )})`,
  );
}

/**
 * The index of the term the search indexes find fewest rows for; null without estimates.
 * Counting stops at a cap, raised only while every term reaches it: telling "12345" from
 * "Soyuz" costs a hundred rows of each, not the thousands "Soyuz" finds.
 */
async function rarestTerm(table: string, columns: string[], terms: string[], lookups: PlanLookups): Promise<number | null> {
  const indexable = [...terms.keys()].filter((index) => [...terms[index]].length >= SHORTEST_INDEXED_TERM);
  if (indexable.length === 0) return null;
  let rarest = indexable[0];
  for (const cap of SEARCH_ESTIMATE_CAPS) {
    let fewest = Number.POSITIVE_INFINITY;
    for (const index of indexable) {
      let matches = 0;
      for (const column of columns) {
        const found = await lookups.searchMatches(table, column, terms[index], cap);
        if (found === null) return null;
        matches += found;
      }
      if (matches < fewest) [fewest, rarest] = [matches, index];
    }
    if (fewest < cap * columns.length) break;
  }
  return rarest;
}

/** DRF's OrderingFilter: known fields only, unknown ones dropped silently; `id` otherwise. */
function ordering(resource: Resource, view: View, raw: string | undefined): OrderItem[] {
  const allowed = orderingFields(resource, view);
  const items = orderItems(raw ?? '', allowed);
  if (items.length === 0) items.push(...orderItems(resource.defaultOrdering.join(','), new Set(resource.defaultOrdering.map((term) => term.replace(/^-/, '')))));
  // LL2's default order is unspecified; `id` is stable. The `id` tie-breaker keeps pages
  // from overlapping when many rows share a value (docs/COMPATIBILITY.md).
  if (!items.some((item) => item.path === 'id')) items.push({ path: 'id', descending: false });
  return items;
}

function orderItems(terms: string, allowed: Set<string>): OrderItem[] {
  const items: OrderItem[] = [];
  for (const term of terms.split(',')) {
    const trimmed = term.trim();
    const descending = trimmed.startsWith('-');
    const path = descending ? trimmed.slice(1) : trimmed;
    if (allowed.has(path)) items.push({ path, descending });
  }
  return items;
}

/**
 * The fields `ordering` accepts: the declared ones (stored fields, or paths through to-one
 * relations); without a declared list, DRF's default: every stored field the view shows.
 */
export function orderingFields(resource: Resource, view: View): Set<string> {
  if (resource.ordering) return new Set(resource.ordering);
  const names = new Set<string>();
  for (const { name } of view.fields) {
    const field = resource.model.fields[name];
    if (name === 'id' || field?.kind === 'scalar' || field?.kind === 'one') names.add(name);
  }
  return names;
}

/** DRF LimitOffsetPagination.get_limit: a positive int, capped at 100, else the default. */
function limit(raw: string | undefined): number {
  const value = raw === undefined ? null : parsePythonInt(raw);
  if (value === null || value <= 0) return DEFAULT_LIMIT;
  return Math.min(value, MAX_LIMIT);
}

/** DRF get_offset: a non-negative int, else 0. */
function offset(raw: string | undefined): number {
  const value = raw === undefined ? null : parsePythonInt(raw);
  return value === null || value < 0 ? 0 : value;
}
