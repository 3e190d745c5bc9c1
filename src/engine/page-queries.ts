// The few reads the HTML pages need beyond the API itself: the rows a choice filter can
// name (the form's selects) and how many rows a table holds (the landing page). Kept here so
// the page code never writes SQL.
import { type Database, readerFor } from '../db/connect.ts';
import { countRows } from './execute.ts';
import { scopeCondition } from './scopes.ts';
import type { Model, Resource } from './spec.ts';

export interface ChoiceOption {
  id: number | string;
  label: string;
}

export interface ChoiceOptions {
  options: ChoiceOption[];
  /** True when the table holds more rows than the select shows. */
  truncated: boolean;
}

/** A select of thousands of rows helps nobody; past this, a filter value is typed in the URL. */
export const MAX_CHOICE_OPTIONS = 500;

/** The rows of `model` by name (then id), as id + name; by id when the model has no name. */
export async function choiceOptions(database: Database, model: Model, limit = MAX_CHOICE_OPTIONS): Promise<ChoiceOptions> {
  const name = model.fields.name;
  const labelColumn = name?.kind === 'scalar' ? name.column : 'id';
  const rows = await database
    .read()
    .selectFrom(model.table)
    .select(['id', `${labelColumn} as label`])
    .orderBy(labelColumn)
    .orderBy('id')
    // One extra row tells whether there are more.
    .limit(limit + 1)
    .execute();
  return {
    options: rows.slice(0, limit).map((row) => ({ id: row.id as number | string, label: String(row.label ?? row.id) })),
    truncated: rows.length > limit,
  };
}

/** How many objects an endpoint lists (its scope applied: upcoming launches only, say). */
export async function resourceCount(database: Database, resource: Resource): Promise<number> {
  const conditions = resource.scope ? [scopeCondition(resource.model, resource.scope, new Date())] : [];
  return countRows(readerFor(database), { model: resource.model, conditions });
}
