// Django-style field paths (`spacecraft_config__name`, `country__alpha_3_code`,
// `parent__id`) turned into SQL conditions: each relation step becomes an `IN (subquery)`,
// so a condition never multiplies the rows of the outer query.
import { type RawBuilder, sql } from 'kysely';
import type { Field, Model } from './spec.ts';

export type Leaf = (column: RawBuilder<unknown>) => RawBuilder<boolean>;

/** A path's last step: a column of the final model, or a to-many relation (for "has any"). */
type PathEnd =
  | { kind: 'column'; model: Model; column: string }
  | { kind: 'toMany'; model: Model; field: Field & { kind: 'many' | 'manyToMany' } };

interface PathStep {
  model: Model;
  field: Field;
}

export function resolvePath(model: Model, path: string): { steps: PathStep[]; end: PathEnd } {
  const segments = path.split('__');
  const steps: PathStep[] = [];
  let current = model;
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (segment === 'id' && isLast) return { steps, end: { kind: 'column', model: current, column: 'id' } };
    const field = current.fields[segment];
    if (!field) throw new Error(`Model ${current.name} has no field ${segment} (path ${path})`);
    if (isLast) {
      if (field.kind === 'scalar') return { steps, end: { kind: 'column', model: current, column: field.column } };
      if (field.kind === 'one' || field.kind === 'nameOf') {
        return { steps, end: { kind: 'column', model: current, column: field.column } };
      }
      if (field.kind === 'many' || field.kind === 'manyToMany') return { steps, end: { kind: 'toMany', model: current, field } };
      throw new Error(`Path ${path} ends on ${field.kind} field ${segment}`);
    }
    if (field.kind === 'scalar' || field.kind === 'url') throw new Error(`Path ${path} walks through scalar ${segment}`);
    steps.push({ model: current, field });
    current = field.target();
  }
  throw new Error(`Empty path ${path}`);
}

let aliasCounter = 0;
function nextAlias(): string {
  aliasCounter = (aliasCounter + 1) % 1_000_000;
  return `p${aliasCounter}`;
}

/**
 * Numbers the next statement's subquery aliases from the start again: the same request then
 * has the same SQL text, which SQLite's statement cache (connect.ts) finds already compiled.
 * Aliases need only be unique within one statement.
 */
export function restartAliases(): void {
  aliasCounter = 0;
}

/**
 * The condition "the row `alias` of `model` has, along `path`, a value satisfying `leaf`".
 * For a path ending on a to-many relation, `leaf` receives the related row's id column.
 */
export function pathCondition(model: Model, alias: string, path: string, leaf: Leaf): RawBuilder<boolean> {
  const { steps, end } = resolvePath(model, path);
  return stepCondition(steps, 0, alias, end, leaf);
}

function stepCondition(steps: PathStep[], index: number, alias: string, end: PathEnd, leaf: Leaf): RawBuilder<boolean> {
  if (index === steps.length) return endCondition(alias, end, leaf);
  const { model, field } = steps[index];
  const inner = nextAlias();
  const innerTable = sql.table(fieldTarget(field).table).as(inner);
  const rest = stepCondition(steps, index + 1, inner, end, leaf);
  const own = (column: string) => sql.ref(`${alias}.${column}`);
  switch (field.kind) {
    case 'one':
    case 'nameOf':
      return sql<boolean>`${own(field.column)} in (select ${sql.ref(`${inner}.id`)} from ${innerTable} where ${rest})`;
    case 'many':
      return sql<boolean>`${own('id')} in (select ${sql.ref(`${inner}.${field.foreignKey}`)} from ${innerTable} where ${rest})`;
    case 'manyToMany': {
      const link = nextAlias();
      return sql<boolean>`${own('id')} in (select ${sql.ref(`${link}.${field.from}`)} from ${sql.table(field.through).as(link)} where ${sql.ref(`${link}.${field.to}`)} in (select ${sql.ref(`${inner}.id`)} from ${innerTable} where ${rest}))`;
    }
    default:
      throw new Error(`Cannot walk ${model.name}.${field.kind}`);
  }
}

function endCondition(alias: string, end: PathEnd, leaf: Leaf): RawBuilder<boolean> {
  if (end.kind === 'column') return leaf(sql.ref(`${alias}.${end.column}`));
  const field = end.field;
  const inner = nextAlias();
  const own = sql.ref(`${alias}.id`);
  if (field.kind === 'many') {
    const table = sql.table(field.target().table).as(inner);
    return sql<boolean>`${own} in (select ${sql.ref(`${inner}.${field.foreignKey}`)} from ${table} where ${leaf(sql.ref(`${inner}.id`))})`;
  }
  const link = sql.table(field.through).as(inner);
  return sql<boolean>`${own} in (select ${sql.ref(`${inner}.${field.from}`)} from ${link} where ${leaf(sql.ref(`${inner}.${field.to}`))})`;
}

function fieldTarget(field: Field): Model {
  if (field.kind === 'scalar' || field.kind === 'url') throw new Error('A scalar has no target');
  return field.target();
}

/**
 * The value a path reaches through to-one relations, as a correlated subquery per step, for
 * ordering by a related field (`location__name`).
 */
export function pathValue(model: Model, alias: string, path: string): RawBuilder<unknown> {
  const { steps, end } = resolvePath(model, path);
  if (end.kind !== 'column') throw new Error(`Cannot order by the to-many path ${path}`);
  const valueFrom = (index: number, from: string): RawBuilder<unknown> => {
    if (index === steps.length) return sql`${sql.ref(`${from}.${end.column}`)}`;
    const { field } = steps[index];
    if (field.kind !== 'one' && field.kind !== 'nameOf') throw new Error(`Cannot order through the to-many ${path}`);
    const inner = nextAlias();
    return sql`(select ${valueFrom(index + 1, inner)} from ${sql.table(field.target().table).as(inner)} where ${sql.ref(`${inner}.id`)} = ${sql.ref(`${from}.${field.column}`)})`;
  };
  return valueFrom(0, alias);
}
