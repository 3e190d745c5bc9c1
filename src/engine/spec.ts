// The declarative vocabulary of Apogee.
//
// A *model* is one database table and the fields LL2 shows of it. A *view* is one LL2
// serializer (an OpenAPI schema such as `SpacecraftNormal`): an ordered list of the model's
// fields, naming for every relation the view its nested object is shown in. A *resource*
// is one LL2 list endpoint: a model, its modes, filters, search and ordering fields.
// Nothing here knows SQL or HTTP; the engine interprets these definitions.

export type ScalarType = 'int' | 'float' | 'text' | 'bool' | 'date' | 'datetime' | 'duration' | 'uuid';

export interface ScalarField {
  kind: 'scalar';
  type: ScalarType;
  column: string;
  nullable: boolean;
}
/** The absolute link to the object's own endpoint, `…/2.3.0/<path>/<id>/`. */
export interface UrlField {
  kind: 'url';
  path: string;
}
/** A foreign key on this table: the nested object, or null. */
export interface OneField {
  kind: 'one';
  target: () => Model;
  column: string;
  nullable: boolean;
}
/**
 * Rows of the target table whose `foreignKey` holds this row's id, ordered by `orderBy` (`-` for
 * descending). `position` is the order of the list the parent was last imported with.
 */
export interface ManyField {
  kind: 'many';
  target: () => Model;
  foreignKey: string;
  orderBy: string;
}
/** Rows of the target table linked through a link table, in the order the links were made. */
export interface ManyToManyField {
  kind: 'manyToMany';
  target: () => Model;
  through: string;
  from: string;
  to: string;
}
/**
 * One scalar of the row a foreign key points to (LL2's `AgencyNormal.parent` is the parent's
 * name). Imports carry only the name, which may name a row Apogee does not have: it is kept
 * in `fallbackColumn` and shown when the key is not set.
 */
export interface NameOfField {
  kind: 'nameOf';
  target: () => Model;
  column: string;
  targetColumn: string;
  fallbackColumn: string;
}

export type Field = ScalarField | UrlField | OneField | ManyField | ManyToManyField | NameOfField;
export type RelationField = OneField | ManyField | ManyToManyField;

export interface ViewField {
  name: string;
  /** For relations: the name of the view the nested object is rendered with. */
  view?: string;
}

export interface View {
  name: string;
  model: Model;
  /** The `response_mode` constant this view emits, if it has that key. */
  mode: string | null;
  fields: ViewField[];
}

export interface Model {
  /** The class name LL2 uses in its 404 message: "No <name> matches the given query." */
  name: string;
  table: string;
  idType: 'int' | 'uuid';
  fields: Record<string, Field>;
  /** Stored columns that no view shows (inputs of computed fields, bookkeeping). */
  extraColumns: Record<string, ScalarType>;
  views: Record<string, View>;
}

const viewRegistry = new Map<string, View>();

export function findView(name: string): View {
  const view = viewRegistry.get(name);
  if (!view) throw new Error(`Unknown view ${name}`);
  return view;
}

export function allViews(): View[] {
  return [...viewRegistry.values()];
}

interface ModelDefinition {
  name: string;
  table: string;
  idType?: 'int' | 'uuid';
  fields: Record<string, Field>;
  extraColumns?: Record<string, ScalarType>;
  /** View name → `view(mode, 'field field relation:View …')`. */
  views: Record<string, { mode: string | null; fields: string }>;
}

export function defineModel(definition: ModelDefinition): Model {
  const model: Model = {
    name: definition.name,
    table: definition.table,
    idType: definition.idType ?? 'int',
    fields: definition.fields,
    extraColumns: definition.extraColumns ?? {},
    views: {},
  };
  // Default column names: a scalar's column is its field name, a foreign key's `<name>_id`.
  for (const [name, field] of Object.entries(model.fields)) {
    if (field.kind === 'scalar' && !field.column) field.column = name;
    if (field.kind === 'one' && !field.column) field.column = `${name}_id`;
  }
  for (const [viewName, { mode, fields }] of Object.entries(definition.views)) {
    if (viewRegistry.has(viewName)) throw new Error(`View ${viewName} is defined twice`);
    const view: View = { name: viewName, model, mode, fields: parseFieldList(fields) };
    for (const field of view.fields) {
      if (field.name !== 'response_mode' && !(field.name in model.fields)) {
        throw new Error(`View ${viewName} names ${field.name}, which model ${model.name} does not have`);
      }
    }
    model.views[viewName] = view;
    viewRegistry.set(viewName, view);
  }
  return model;
}

function parseFieldList(fields: string): ViewField[] {
  return fields
    .trim()
    .split(/\s+/)
    .map((token) => {
      const [name, view] = token.split(':');
      return view ? { name, view } : { name };
    });
}

/** A view: its `response_mode` (null when the schema has none) and its fields in wire order. */
export function view(mode: string | null, fields: string): { mode: string | null; fields: string } {
  return { mode, fields };
}

// Field constructors. `column` defaults to the field name (to `<name>_id` for foreign keys).

interface ScalarOptions {
  nullable?: boolean;
  column?: string;
}
function scalar(type: ScalarType) {
  return (options: ScalarOptions = {}): ScalarField => ({
    kind: 'scalar',
    type,
    column: options.column ?? '',
    nullable: options.nullable ?? false,
  });
}
export const int = scalar('int');
export const float = scalar('float');
export const text = scalar('text');
export const bool = scalar('bool');
export const date = scalar('date');
export const datetime = scalar('datetime');
export const duration = scalar('duration');
export const uuid = scalar('uuid');

/** A vocabulary LL2 shows as `{id, name}` (statuses, types): its model and its one view. */
export function nameList(name: string, table: string, viewName = name): Model {
  return defineModel({ name, table, fields: { id: int(), name: text() }, views: { [viewName]: view(null, 'id name') } });
}

export function selfUrl(path: string): UrlField {
  return { kind: 'url', path };
}

export function one(target: () => Model, options: { nullable?: boolean; column?: string } = {}): OneField {
  return { kind: 'one', target, column: options.column ?? '', nullable: options.nullable ?? false };
}

export function many(target: () => Model, foreignKey: string, options: { orderBy?: string } = {}): ManyField {
  return { kind: 'many', target, foreignKey, orderBy: options.orderBy ?? 'id' };
}

export function manyToMany(target: () => Model, through: string, from: string, to: string): ManyToManyField {
  return { kind: 'manyToMany', target, through, from, to };
}

export function nameOf(target: () => Model, column: string, fallbackColumn: string, targetColumn = 'name'): NameOfField {
  return { kind: 'nameOf', target, column, targetColumn, fallbackColumn };
}

export function isRelation(field: Field): field is RelationField {
  return field.kind === 'one' || field.kind === 'many' || field.kind === 'manyToMany';
}

// ---------------------------------------------------------------------------------------
// Resources: LL2 endpoints.

/**
 * A filter as django-filter would declare it. `path` walks the model's fields with `__`
 * (`spacecraft_config__name`, `country__alpha_3_code`); the last step is a scalar, or a
 * relation (a choice filter compares its id; a boolean filter on a to-many relation asks
 * whether any row exists).
 */
export type Filter =
  | { kind: 'boolean'; path: string }
  | { kind: 'exact'; path: string }
  | { kind: 'contains'; path: string }
  | { kind: 'icontains'; path: string }
  | { kind: 'choice'; path: string }
  | { kind: 'number'; path: string; op: NumberOperator }
  | { kind: 'csv'; path: string; item: CsvItem }
  | { kind: 'datetime'; path: string; op: ComparisonOperator }
  | { kind: 'date'; path: string; op: ComparisonOperator }
  | { kind: 'datePart'; path: string; part: DatePart }
  | { kind: 'multipleChoice'; path: string }
  | { kind: 'excludeWhenFalse'; path: string; value: string }
  | { kind: 'notPastWhenTrue'; path: string };

/**
 * How each comma-separated value is read: as text, or as a number (django-filter's
 * NumberFilter); `integer` and `number` differ only in the type LL2's document declares.
 */
export type CsvItem = 'text' | 'integer' | 'number';
export type DatePart = 'year' | 'month' | 'day';

export type ComparisonOperator = 'exact' | 'gt' | 'gte' | 'lt' | 'lte';
/** A number filter also knows Django's `contains` on a number column (`id__contains`: its digits). */
export type NumberOperator = ComparisonOperator | 'contains';

export interface Resource {
  /** Path below `/2.3.0/`, without slashes: `spacecraft`, `config/spacecraft_statuses`. */
  path: string;
  model: Model;
  /** `mode` value → view name; the first is the default. Empty when the endpoint has no modes. */
  modes: Record<string, string>;
  /** The list view when the endpoint has no modes. */
  view: string | null;
  /** The view of `{id}/`. */
  retrieve: string;
  filters: Record<string, Filter>;
  search: string[];
  /** Allowed `ordering` fields; null means DRF's default: every scalar field of the list view. */
  ordering: string[] | null;
  /** Example values for the help text, keyed by section. */
  examples: ResourceExamples;
  /** Rows the endpoint shows at all (upcoming or previous launches); null: every row. */
  scope: Scope | null;
  /** Order without `ordering` (and before the `id` tie-breaker); `-` for descending. */
  defaultOrdering: string[];
}

/**
 * A time-based subset of a table, as LL2's upcoming and previous endpoints. `upcoming`:
 * `path` (a date-time) is later than now minus `graceHours`, or (when given) the status at
 * `statusPath` is one of `stillUpcoming` (a launch on hold or in flight stays upcoming);
 * `previous`: the date-time has passed.
 */
export type Scope =
  | { kind: 'upcoming'; path: string; graceHours: number; statusPath?: string; stillUpcoming?: string[] }
  | { kind: 'previous'; path: string };

export interface ResourceExamples {
  mode?: string;
  filter?: string;
  search?: string;
  ordering?: string;
}

interface ResourceDefinition {
  path: string;
  model: Model;
  modes?: Record<string, string>;
  view?: string;
  retrieve: string;
  filters?: Record<string, Filter>;
  search?: string[];
  ordering?: string[];
  examples?: ResourceExamples;
  scope?: Scope;
  defaultOrdering?: string[];
}

export function defineResource(definition: ResourceDefinition): Resource {
  return {
    path: definition.path,
    model: definition.model,
    modes: definition.modes ?? {},
    view: definition.view ?? null,
    retrieve: definition.retrieve,
    filters: definition.filters ?? {},
    search: definition.search ?? [],
    ordering: definition.ordering ?? null,
    examples: definition.examples ?? {},
    scope: definition.scope ?? null,
    defaultOrdering: definition.defaultOrdering ?? [],
  };
}

// Filter constructors, named after the django-filter classes they mirror.
export const booleanFilter = (path: string): Filter => ({ kind: 'boolean', path });
export const exactFilter = (path: string): Filter => ({ kind: 'exact', path });
export const containsFilter = (path: string): Filter => ({ kind: 'contains', path });
export const icontainsFilter = (path: string): Filter => ({ kind: 'icontains', path });
export const choiceFilter = (path: string): Filter => ({ kind: 'choice', path });
export const numberFilter = (path: string, op: NumberOperator = 'exact'): Filter => ({ kind: 'number', path, op });
export const csvFilter = (path: string, item: CsvItem = 'text'): Filter => ({ kind: 'csv', path, item });
/** django-filter's DateTimeFilter: ISO date-times (a date alone means its midnight, UTC). */
export const datetimeFilter = (path: string, op: ComparisonOperator = 'exact'): Filter => ({ kind: 'datetime', path, op });
export const dateFilter = (path: string, op: ComparisonOperator = 'exact'): Filter => ({ kind: 'date', path, op });
/** Comma-separated years, months or days of a date-time (`year=2024,2025`). */
export const datePartFilter = (path: string, part: DatePart): Filter => ({ kind: 'datePart', path, part });
/** django-filter's ModelMultipleChoiceFilter: the key repeated (`program=1&program=2`), any of them. */
export const multipleChoiceFilter = (path: string): Filter => ({ kind: 'multipleChoice', path });
/** A boolean that, when false, leaves out rows whose `path` equals `value` (`include_suborbital=false`). */
/** A boolean that, when true, keeps only rows whose date-time `path` has not passed (`hide_recent_previous`). */
export const notPastWhenTrueFilter = (path: string): Filter => ({ kind: 'notPastWhenTrue', path });
export const excludeWhenFalseFilter = (path: string, value: string): Filter => ({ kind: 'excludeWhenFalse', path, value });

/**
 * `filters` with one more, kept in name order: LL2 declares its filters alphabetically, and
 * the declaration order is the key order of a 400 body.
 */
export function withFilter(filters: Record<string, Filter>, name: string, filter: Filter): Record<string, Filter> {
  return Object.fromEntries(Object.entries({ ...filters, [name]: filter }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `name`, `name__gt`, `name__gte`, `name__lt`, `name__lte`: a number filter with its comparisons. */
export function numberFilters(name: string, path = name): Record<string, Filter> {
  return {
    [name]: numberFilter(path),
    [`${name}__gt`]: numberFilter(path, 'gt'),
    [`${name}__gte`]: numberFilter(path, 'gte'),
    [`${name}__lt`]: numberFilter(path, 'lt'),
    [`${name}__lte`]: numberFilter(path, 'lte'),
  };
}
