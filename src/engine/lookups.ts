// The operator table: how each kind of filter reads its query values (as django-filter's
// form fields do) and which SQL condition it becomes. BEHAVIOR.md §5.2 has the rules.
import { type RawBuilder, sql } from 'kysely';
import type { SqlDialect } from '../db/dialect.ts';
import { INVALID_CHOICE, NULL_CHARACTERS } from './errors.ts';
import { integerBound, type Parsed, parseDate, parseDateTime, parseDecimal } from './form-values.ts';
import { pathCondition, resolvePath } from './paths.ts';
import { storedDateTime } from './render.ts';
import { parsePythonInt } from './python-compat.ts';
import type { Key } from './row-store.ts';
import type { ComparisonOperator, DatePart, Filter, Model } from './spec.ts';

type Where = (alias: string, dialect: SqlDialect) => RawBuilder<boolean>;

/** What a filter made of its values: nothing, an error message, or a condition on the root rows. */
export type FilterOutcome =
  | { kind: 'ignored' }
  | { kind: 'invalid'; message: string }
  | { kind: 'condition'; where: Where }
  /**
   * Ids that are valid only if their rows exist (Django's ModelChoiceField and
   * ModelMultipleChoiceField): the caller checks, and reports the first missing one.
   */
  | { kind: 'choice'; target: Model; ids: Key[]; missing: (id: Key) => string; where: Where };

const ignored: FilterOutcome = { kind: 'ignored' };
const invalid = (message: string): FilterOutcome => ({ kind: 'invalid', message });
const condition = (where: Where): FilterOutcome => ({ kind: 'condition', where });

// Integer columns are 32-bit on PostgreSQL: a larger id can match nothing, and must not
// reach the database as a parameter that overflows the column type.
const MAX_STORED_INT = 2_147_483_647;
export const isStorableId = (id: number) => Number.isInteger(id) && Math.abs(id) <= MAX_STORED_INT;

/**
 * A number compared with an integer column, as a bigint: PostgreSQL would otherwise type the
 * parameter after the (32-bit) column and fail on a larger value (`year=1e50`, `ids=99999999999`)
 * instead of matching nothing.
 */
const bigintValue = (value: number) => sql`cast(${integerBound(value)} as bigint)`;

const OPERATORS: Record<ComparisonOperator, string> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * `values` are every value the key has in the query string, in order; all filters but the
 * repeat-key ones read the last, as Django's QueryDict.get does.
 */
export function applyFilter(model: Model, filter: Filter, values: string[]): FilterOutcome {
  const raw = values.at(-1) ?? '';
  const on = (leaf: (column: RawBuilder<unknown>, dialect: SqlDialect) => RawBuilder<boolean>): Where => (alias, dialect) =>
    pathCondition(model, alias, filter.path, (column) => leaf(column, dialect));
  switch (filter.kind) {
    case 'boolean':
      return booleanOutcome(model, filter.path, raw);
    case 'exact':
      return textOutcome(raw, (value) => on((column) => sql<boolean>`${column} = ${value}`));
    case 'contains':
      return textOutcome(raw, (value) => on((column, dialect) => dialect.contains(column, value)));
    case 'icontains':
      return textOutcome(raw, (value) => on((column, dialect) => dialect.containsIgnoringCase(column, value)));
    case 'choice':
      return raw === '' ? ignored : choiceOutcome(model, filter.path, [raw], false);
    case 'multipleChoice': {
      const given = values.filter((value) => value !== '');
      return given.length === 0
        ? ignored
        : choiceOutcome(model, filter.path, given, true);
    }
    case 'number': {
      const { op } = filter;
      if (op === 'contains') {
        // Django's `contains` on a number column compares digits: `id__contains=7` finds 7, 70, 171.
        return compared(raw, parseDecimal, (value) => on((column, dialect) => dialect.contains(column, String(integerBound(value)))));
      }
      // Integer columns compare with the value truncated toward zero (Django's int()); float columns with the value.
      const isFloat = pathScalarType(model, filter.path) === 'float';
      return compared(raw, parseDecimal, (value) =>
        on((column) =>
          isFloat
            ? sql<boolean>`${column} ${sql.raw(OPERATORS[op])} cast(${value} as double precision)`
            : sql<boolean>`${column} ${sql.raw(OPERATORS[op])} cast(${integerBound(value)} as bigint)`,
        ),
      );
    }
    case 'datetime':
      return compared(raw, parseDateTime, (value) => on((column) => sql<boolean>`${column} ${sql.raw(OPERATORS[filter.op])} ${value}`));
    case 'date':
      return compared(raw, parseDate, (value) => on((column) => sql<boolean>`${column} ${sql.raw(OPERATORS[filter.op])} ${value}`));
    case 'csv':
      return filter.item !== 'text'
        ? csvOutcome(raw, parseDecimal, (items) => on((column) => sql<boolean>`${column} in (${sql.join(items.map(bigintValue))})`))
        : csvOutcome(raw, parseText, (items) => on((column) => sql<boolean>`${column} in (${sql.join(items)})`));
    case 'datePart':
      return csvOutcome(raw, parseDecimal, (items) =>
        on((column) => sql<boolean>`${datePart(column, filter.part)} in (${sql.join(items.map(bigintValue))})`),
      );
    case 'excludeWhenFalse':
      return excludeWhenFalseOutcome(model, filter.path, filter.value, raw);
    case 'notPastWhenTrue': {
      if (parseBoolean(raw) !== true) return ignored;
      const now = storedDateTime(new Date().toISOString()) as string;
      return condition(on((column) => sql<boolean>`${column} >= ${now}`));
    }
  }
}

/** django-filter's BooleanWidget: true/false/1/0 in any case; anything else means "not given". */
function parseBoolean(raw: string): boolean | null {
  const lowered = raw.toLowerCase();
  if (lowered === 'true' || lowered === '1') return true;
  if (lowered === 'false' || lowered === '0') return false;
  return null;
}

function booleanOutcome(model: Model, path: string, raw: string): FilterOutcome {
  const value = parseBoolean(raw);
  if (value === null) return ignored;
  return condition((alias, dialect) => {
    // On a to-many relation the question is "has any" (agencies `spacecraft`, launches `is_crewed`).
    if (resolvePath(model, path).end.kind === 'toMany') {
      const hasAny = pathCondition(model, alias, path, () => sql<boolean>`1 = 1`);
      return value ? hasAny : sql<boolean>`not (${hasAny})`;
    }
    return pathCondition(model, alias, path, (column) => sql<boolean>`${column} = ${dialect.bool(value)}`);
  });
}

function excludeWhenFalseOutcome(model: Model, path: string, excluded: string, raw: string): FilterOutcome {
  if (parseBoolean(raw) !== false) return ignored;
  return condition((alias) => sql<boolean>`not (${pathCondition(model, alias, path, (column) => sql<boolean>`${column} = ${excluded}`)})`);
}

/** Django's CharField: surrounding whitespace stripped, empty means "not given", NUL rejected. */
function parseText(raw: string): Parsed<string> {
  return raw.includes('\0') ? { ok: false, message: NULL_CHARACTERS } : { ok: true, value: raw.trim() };
}

function textOutcome(raw: string, where: (value: string) => Where): FilterOutcome {
  const value = raw.trim();
  if (value === '') return ignored;
  const parsed = parseText(value);
  return parsed.ok ? condition(where(parsed.value)) : invalid(parsed.message);
}

/** A single value read by a form field, compared with the column. */
function compared<T>(raw: string, parse: (raw: string) => Parsed<T>, where: (value: T) => Where): FilterOutcome {
  if (raw.trim() === '') return ignored;
  const parsed = parse(raw);
  return parsed.ok ? condition(where(parsed.value)) : invalid(parsed.message);
}

/** django-filter's BaseCSVFilter with the `in` lookup: comma-separated values, any of them. */
function csvOutcome<T>(raw: string, parse: (raw: string) => Parsed<T>, where: (items: T[]) => Where): FilterOutcome {
  if (raw === '') return ignored;
  const items: T[] = [];
  for (const piece of raw.split(',')) {
    // An empty piece is "no value" to the base field, and matches nothing.
    if (piece.trim() === '') continue;
    const parsed = parse(piece);
    if (!parsed.ok) return invalid(parsed.message);
    items.push(parsed.value);
  }
  return items.length ? condition(where(items)) : ignored;
}

/** ModelChoiceField (one id) or ModelMultipleChoiceField (`multiple`), with their own messages. */
function choiceOutcome(model: Model, path: string, raws: string[], multiple: boolean): FilterOutcome {
  const target = choiceTarget(model, path);
  const ids: Key[] = [];
  for (const raw of raws) {
    const id = target.idType === 'uuid' ? parseUuid(raw) : parsePythonInt(raw);
    if (id === null || (typeof id === 'number' && !isStorableId(id))) {
      return invalid(multiple ? `“${raw}” is not a valid value.` : INVALID_CHOICE);
    }
    ids.push(id);
  }
  return {
    kind: 'choice',
    target,
    ids,
    missing: multiple ? (id) => `Select a valid choice. ${id} is not one of the available choices.` : () => INVALID_CHOICE,
    where: (alias) => pathCondition(model, alias, path, (column) => sql<boolean>`${column} in (${sql.join(ids)})`),
  };
}

/** Django's UUIDField: 32 hex digits, with or without hyphens, any case. */
export function parseUuid(raw: string): string | null {
  const hex = raw.trim().replaceAll('-', '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function choiceTarget(model: Model, path: string): Model {
  let current = model;
  for (const segment of path.split('__')) {
    const field = current.fields[segment];
    if (!field || field.kind === 'scalar' || field.kind === 'url') throw new Error(`Choice filter ${path} is not a relation`);
    current = field.target();
  }
  return current;
}

function pathScalarType(model: Model, path: string): string | null {
  const { end } = resolvePath(model, path);
  if (end.kind !== 'column') return null;
  const field = Object.values(end.model.fields).find((candidate) => candidate.kind === 'scalar' && candidate.column === end.column);
  return field?.kind === 'scalar' ? field.type : null;
}

/** The year, month or day of a stored `YYYY-MM-DDTHH:MM:SS…` text, as an integer, on both databases. */
function datePart(column: RawBuilder<unknown>, part: DatePart): RawBuilder<number> {
  const [start, length] = { year: [1, 4], month: [6, 2], day: [9, 2] }[part];
  return sql<number>`cast(substr(${column}, ${sql.lit(start)}, ${sql.lit(length)}) as integer)`;
}
