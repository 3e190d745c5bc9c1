// The operator table: how each kind of filter reads its query value (as django-filter's
// form fields do) and which SQL condition it becomes. BEHAVIOR.md §5.2 has the rules.
import { type RawBuilder, sql } from 'kysely';
import type { SqlDialect } from '../db/dialect.ts';
import { ENTER_A_NUMBER, INVALID_CHOICE, NULL_CHARACTERS } from './errors.ts';
import { pathCondition, resolvePath } from './paths.ts';
import { parsePythonInt } from './python-compat.ts';
import type { ComparisonOperator, Filter, Model } from './spec.ts';

/** What a filter made of its value: nothing, an error message, or a condition on the root rows. */
export type FilterOutcome =
  | { kind: 'ignored' }
  | { kind: 'invalid'; message: string }
  | { kind: 'condition'; where: (alias: string, dialect: SqlDialect) => RawBuilder<boolean> }
  /** A foreign-key id that is valid only if the row exists (Django `ModelChoiceField`). */
  | { kind: 'choice'; target: Model; id: number; where: (alias: string, dialect: SqlDialect) => RawBuilder<boolean> };

const ignored: FilterOutcome = { kind: 'ignored' };
const invalid = (message: string): FilterOutcome => ({ kind: 'invalid', message });

// Integer columns are 32-bit on PostgreSQL: a larger id can match nothing, and must not
// reach the database as a parameter that overflows the column type.
const MAX_STORED_INT = 2_147_483_647;
export const isStorableId = (id: number) => Number.isInteger(id) && Math.abs(id) <= MAX_STORED_INT;

// django-filter's NumberFilter caps values with MaxValueValidator(1e50).
const NUMBER_FILTER_MAX = 1e50;
const DECIMAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

export function applyFilter(model: Model, filter: Filter, raw: string): FilterOutcome {
  switch (filter.kind) {
    case 'boolean':
      return booleanOutcome(model, filter.path, raw);
    case 'exact':
      return textOutcome(raw, (value) => (alias) =>
        pathCondition(model, alias, filter.path, (column) => sql<boolean>`${column} = ${value}`),
      );
    case 'contains':
      return textOutcome(raw, (value) => (alias, dialect) =>
        pathCondition(model, alias, filter.path, (column) => dialect.contains(column, value)),
      );
    case 'icontains':
      return textOutcome(raw, (value) => (alias, dialect) =>
        pathCondition(model, alias, filter.path, (column) => dialect.containsIgnoringCase(column, value)),
      );
    case 'choice':
      return choiceOutcome(model, filter.path, raw);
    case 'number':
      return numberOutcome(model, filter.path, filter.op, raw);
    case 'csv':
      return csvOutcome(model, filter.path, raw);
  }
}

/** django-filter's BooleanWidget: true/false/1/0 in any case; anything else means "not given". */
function booleanOutcome(model: Model, path: string, raw: string): FilterOutcome {
  const lowered = raw.toLowerCase();
  const value = lowered === 'true' || lowered === '1' ? true : lowered === 'false' || lowered === '0' ? false : null;
  if (value === null) return ignored;
  return {
    kind: 'condition',
    where: (alias, dialect) => {
      // On a to-many relation the question is "has any" (agencies `spacecraft`).
      if (resolvePath(model, path).end.kind === 'toMany') {
        const hasAny = pathCondition(model, alias, path, () => sql<boolean>`1 = 1`);
        return value ? hasAny : sql<boolean>`not (${hasAny})`;
      }
      return pathCondition(model, alias, path, (column) => sql<boolean>`${column} = ${dialect.bool(value)}`);
    },
  };
}

/** Django's CharField: surrounding whitespace stripped, empty means "not given", NUL rejected. */
function textOutcome(
  raw: string,
  condition: (value: string) => (alias: string, dialect: SqlDialect) => RawBuilder<boolean>,
): FilterOutcome {
  const value = raw.trim();
  if (value === '') return ignored;
  if (value.includes('\0')) return invalid(NULL_CHARACTERS);
  return { kind: 'condition', where: condition(value) };
}

function choiceOutcome(model: Model, path: string, raw: string): FilterOutcome {
  if (raw === '') return ignored;
  const id = parsePythonInt(raw);
  const target = choiceTarget(model, path);
  if (id === null || !isStorableId(id)) return invalid(INVALID_CHOICE);
  return {
    kind: 'choice',
    target,
    id,
    where: (alias) => pathCondition(model, alias, path, (column) => sql<boolean>`${column} = ${id}`),
  };
}

/** The model a choice filter's path points to (its select lists that table's rows). */
export function choiceTarget(model: Model, path: string): Model {
  let current = model;
  for (const segment of path.split('__')) {
    const field = current.fields[segment];
    if (!field || field.kind === 'scalar' || field.kind === 'url') throw new Error(`Choice filter ${path} is not a relation`);
    current = field.target();
  }
  return current;
}

/** django-filter's NumberFilter (a DecimalField); integer columns compare with the truncated value. */
function numberOutcome(model: Model, path: string, op: ComparisonOperator, raw: string): FilterOutcome {
  const text = raw.trim();
  if (text === '') return ignored;
  if (!DECIMAL.test(text)) return invalid(ENTER_A_NUMBER);
  const value = Number(text.replaceAll('_', ''));
  if (value > NUMBER_FILTER_MAX) return invalid('Ensure this value is less than or equal to 1e+50.');
  // Beyond any stored integer, a clamped bound compares the same way and stays a valid parameter.
  const bound = Math.max(-9e15, Math.min(9e15, Math.trunc(value)));
  const operator = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }[op];
  return {
    kind: 'condition',
    where: (alias) =>
      pathCondition(model, alias, path, (column) => sql<boolean>`${column} ${sql.raw(operator)} cast(${bound} as bigint)`),
  };
}

/** django-filter's BaseCSVFilter with the `in` lookup: comma-separated values, any of them. */
function csvOutcome(model: Model, path: string, raw: string): FilterOutcome {
  if (raw === '') return ignored;
  const values = raw.split(',').map((value) => value.trim());
  if (values.some((value) => value.includes('\0'))) return invalid(NULL_CHARACTERS);
  return {
    kind: 'condition',
    where: (alias) =>
      pathCondition(model, alias, path, (column) => sql<boolean>`${column} in (${sql.join(values)})`),
  };
}
