// Apogee's own OpenAPI 3.0 document, generated from the resource and view declarations: the
// specs that drive the endpoints also describe them, so the document cannot drift from what
// is served. Names follow LL2's conventions (view names as schema names, drf-spectacular's
// operation ids and alphabetical parameters) so clients generated from either document agree.
import { resolvePath } from './paths.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, orderingFields } from './query.ts';
import { API_PREFIX } from './render.ts';
import { type Field, type Filter, findView, type Model, type Resource, type ScalarType, type View, type ViewField } from './spec.ts';

export type SchemaObject = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description?: string;
  schema: SchemaObject;
  style?: string;
  explode?: boolean;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: ParameterObject[];
  responses: Record<string, { description: string; content: Record<string, { schema: SchemaObject }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string; description?: string }[];
  paths: Record<string, { get: OperationObject }>;
  components: { schemas: Record<string, SchemaObject>; securitySchemes: Record<string, SchemaObject> };
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
}

export const OPENAPI_VERSION = '3.0.3';
const SECURITY_SCHEME = 'Token_Authentication';

export function buildOpenApiDocument(resources: Resource[], options: { serverUrl: string }): OpenApiDocument {
  const schemas: Record<string, SchemaObject> = {};
  const paths: Record<string, { get: OperationObject }> = {};
  for (const resource of resources) {
    const base = `${API_PREFIX}/${resource.path}/`;
    paths[base] = { get: listOperation(resource, listResponseSchema(resource, schemas)) };
    paths[`${base}{id}/`] = { get: retrieveOperation(resource) };
  }
  for (const view of reachableViews(resources)) schemas[view.name] = viewSchema(view);

  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: 'Apogee',
      version: '2.3.0',
      description:
        'A self-hosted server speaking the Launch Library 2 (LL2) 2.3.0 API. Every list endpoint ' +
        'pages with `limit` and `offset`; most offer several levels of detail through `mode`.',
    },
    servers: [{ url: options.serverUrl, description: 'This server' }],
    paths: sortedByKey(paths),
    components: {
      schemas: sortedByKey(schemas),
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'Optional API key, sent as `Token <key>` in the Authorization header.',
        },
      },
    },
    // Anonymous access is allowed; the key is optional, hence the empty alternative.
    security: [{}, { [SECURITY_SCHEME]: [] }],
    tags: tagsOf(resources),
  };
}

// ---------------------------------------------------------------------------------------
// Operations

function operationIdBase(resource: Resource): string {
  return resource.path.replaceAll('/', '_');
}

/** `config/spacecraft_statuses` → `spacecraft statuses`: the words a description uses. */
function subjectOf(resource: Resource): string {
  const last = resource.path.slice(resource.path.lastIndexOf('/') + 1);
  return last.replaceAll('_', ' ');
}

/** Operations are grouped by the first path segment: `Agencies`, `Config`, `Spacecraft Flights`. */
function tagOf(resource: Resource): string {
  const first = resource.path.split('/')[0];
  return first
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function tagsOf(resources: Resource[]): { name: string; description: string }[] {
  const tags = new Map<string, string[]>();
  for (const resource of resources) {
    const tag = tagOf(resource);
    tags.set(tag, [...(tags.get(tag) ?? []), `\`${resource.path}/\``]);
  }
  return [...tags.keys()].sort().map((name) => ({ name, description: `Endpoints: ${(tags.get(name) ?? []).join(', ')}.` }));
}

function listOperation(resource: Resource, responseSchema: SchemaObject): OperationObject {
  return {
    operationId: `${operationIdBase(resource)}_list`,
    summary: `List ${subjectOf(resource)}`,
    description: listDescription(resource),
    tags: [tagOf(resource)],
    parameters: listParameters(resource),
    responses: { '200': jsonResponse(`A page of ${subjectOf(resource)}.`, responseSchema) },
  };
}

function retrieveOperation(resource: Resource): OperationObject {
  return {
    operationId: `${operationIdBase(resource)}_retrieve`,
    summary: `Get one of the ${subjectOf(resource)}`,
    description: `One of the ${subjectOf(resource)} by id, at the highest level of detail.`,
    tags: [tagOf(resource)],
    parameters: [{ name: 'id', in: 'path', required: true, description: `The id of the ${resource.model.name}.`, schema: idSchema(resource.model) }],
    responses: { '200': jsonResponse(`The ${resource.model.name}.`, schemaRef(resource.retrieve)) },
  };
}

function jsonResponse(description: string, schema: SchemaObject) {
  return { description, content: { 'application/json': { schema } } };
}

function idSchema(model: Model): SchemaObject {
  return model.idType === 'uuid' ? { type: 'string', format: 'uuid' } : { type: 'integer' };
}

/** A readable summary of what the list endpoint accepts, built from its spec. */
function listDescription(resource: Resource): string {
  const code = (names: string[]) => names.map((name) => `\`${name}\``).join(', ');
  const lines = [`A page of ${subjectOf(resource)}.`];
  const modes = Object.keys(resource.modes);
  if (modes.length > 0) lines.push(`Detail levels (\`mode\`): ${code(modes)}; the default is \`${modes[0]}\`.`);
  const filters = Object.keys(resource.filters);
  if (filters.length > 0) lines.push(`Filters: ${code(filters)}.`);
  if (resource.search.length > 0) lines.push(`\`search\` looks in: ${code(resource.search)}.`);
  lines.push(`\`ordering\` accepts: ${code(sortFields(resource))} (prefix \`-\` for descending).`);
  return lines.join('\n\n');
}

function defaultListView(resource: Resource): View {
  const firstMode = Object.values(resource.modes)[0];
  return findView(firstMode ?? resource.view ?? resource.retrieve);
}

function sortFields(resource: Resource): string[] {
  return [...orderingFields(resource, defaultListView(resource))];
}

// ---------------------------------------------------------------------------------------
// Query parameters

/** Every query parameter of a list endpoint, sorted by name as drf-spectacular sorts them. */
function listParameters(resource: Resource): ParameterObject[] {
  const parameters: ParameterObject[] = [
    {
      name: 'limit',
      in: 'query',
      required: false,
      description: `Results per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}).`,
      schema: { type: 'integer', default: DEFAULT_LIMIT },
    },
    { name: 'offset', in: 'query', required: false, description: 'How many results to skip.', schema: { type: 'integer', default: 0 } },
    {
      name: 'ordering',
      in: 'query',
      required: false,
      description: `Comma-separated sort fields, \`-\` for descending: ${sortFields(resource).join(', ')}.`,
      schema: { type: 'string' },
    },
    {
      name: 'search',
      in: 'query',
      required: false,
      description:
        resource.search.length > 0 ? `Words to look for in ${resource.search.join(', ')}.` : 'Accepted and ignored: nothing here is searchable.',
      schema: { type: 'string' },
    },
  ];
  const modeParameter = modeParameterOf(resource);
  if (modeParameter) parameters.push(modeParameter);
  for (const [name, filter] of Object.entries(resource.filters)) parameters.push(filterParameter(resource.model, name, filter));
  return parameters.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function modeParameterOf(resource: Resource): ParameterObject | null {
  const modes = Object.keys(resource.modes);
  if (modes.length === 0) return null;
  return {
    name: 'mode',
    in: 'query',
    required: false,
    description: `Level of detail of each result; anything else means \`${modes[0]}\`.`,
    schema: { type: 'string', enum: [...modes].sort(), default: modes[0] },
  };
}

const COMPARISON_WORDS = { exact: 'equal to', gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most', contains: 'written with the digits of' } as const;

function filterParameter(model: Model, name: string, filter: Filter): ParameterObject {
  const description = filterDescription(model, filter);
  const parameter: ParameterObject = { name, in: 'query', required: false, description, schema: filterSchema(model, filter) };
  if (filter.kind === 'csv' || filter.kind === 'datePart') {
    parameter.style = 'form';
    parameter.explode = false;
  }
  if (filter.kind === 'multipleChoice') {
    parameter.style = 'form';
    parameter.explode = true;
  }
  return parameter;
}

function filterDescription(model: Model, filter: Filter): string {
  switch (filter.kind) {
    case 'boolean':
      // On a to-many relation the question is whether any related row exists.
      return resolvePath(model, filter.path).end.kind === 'toMany'
        ? `true: has at least one \`${filter.path}\`; false: has none.`
        : `Whether \`${filter.path}\` is true or false.`;
    case 'exact':
      return `\`${filter.path}\` equals this text exactly.`;
    case 'contains':
      return `\`${filter.path}\` contains this text (case-sensitive).`;
    case 'icontains':
      return `\`${filter.path}\` contains this text (case-insensitive).`;
    case 'choice':
      return `The id of the related \`${filter.path}\`.`;
    case 'number':
      return `\`${filter.path}\` is ${COMPARISON_WORDS[filter.op]} this number.`;
    case 'csv':
      return `\`${filter.path}\` is one of these comma-separated values.`;
    case 'datetime':
      return `\`${filter.path}\` is ${COMPARISON_WORDS[filter.op]} this date-time (ISO 8601; UTC when no zone is given).`;
    case 'date':
      return `\`${filter.path}\` is ${COMPARISON_WORDS[filter.op]} this date.`;
    case 'datePart':
      return `The ${filter.part} of \`${filter.path}\` is one of these comma-separated numbers.`;
    case 'multipleChoice':
      return `The id of a related \`${filter.path}\`; repeat the parameter for any of several.`;
    case 'excludeWhenFalse':
      return `false leaves out objects whose \`${filter.path}\` is \`${filter.value}\`.`;
    case 'notPastWhenTrue':
      return `true leaves out objects whose \`${filter.path}\` has passed.`;
  }
}

function filterSchema(model: Model, filter: Filter): SchemaObject {
  switch (filter.kind) {
    case 'boolean':
      return { type: 'boolean' };
    case 'exact':
    case 'contains':
    case 'icontains':
      return { type: 'string' };
    case 'csv':
      return { type: 'array', items: { type: filter.item === 'text' ? 'string' : filter.item } };
    case 'datePart':
      return { type: 'array', items: { type: 'number' } };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'multipleChoice':
      return { type: 'array', items: idSchema(choiceTarget(model, filter.path)) };
    case 'excludeWhenFalse':
    case 'notPastWhenTrue':
      return { type: 'boolean' };
    case 'choice':
      return idSchema(choiceTarget(model, filter.path));
    case 'number':
      return pathScalarType(model, filter.path) === 'float' ? { type: 'number' } : { type: 'integer' };
  }
}

/** The model whose ids a choice filter accepts: the target of the relation its path ends on. */
function choiceTarget(model: Model, path: string): Model {
  const { end } = resolvePath(model, path);
  if (end.kind === 'toMany') return end.field.target();
  const relation = Object.values(end.model.fields).find((field) => 'target' in field && columnOf(field) === end.column);
  return relation && 'target' in relation ? relation.target() : end.model;
}

/** The scalar type of the column a path ends on (`id` and foreign keys count as ints). */
function pathScalarType(model: Model, path: string): ScalarType {
  const { end } = resolvePath(model, path);
  if (end.kind === 'toMany') return 'int';
  if (end.column === 'id') return end.model.idType;
  for (const field of Object.values(end.model.fields)) {
    if (field.kind === 'scalar' && field.column === end.column) return field.type;
  }
  return end.model.extraColumns[end.column] ?? 'int';
}

function columnOf(field: Field): string | null {
  return 'column' in field ? field.column : null;
}

// ---------------------------------------------------------------------------------------
// Response schemas

function schemaRef(name: string): SchemaObject {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * The list response: DRF's page envelope around the single list view, or, for endpoints with
 * modes, around a `oneOf` of the mode views told apart by `response_mode`.
 */
function listResponseSchema(resource: Resource, schemas: Record<string, SchemaObject>): SchemaObject {
  const modeViews = Object.values(resource.modes).map(findView);
  if (modeViews.length === 0) {
    const itemName = resource.view ?? resource.retrieve;
    return schemaRef(addComponent(schemas, `Paginated${itemName}List`, pageSchema(schemaRef(itemName))));
  }
  const polymorphic = addComponent(schemas, `Polymorphic${resource.model.name}`, polymorphicSchema(modeViews), pascalCase(resource.path));
  return schemaRef(addComponent(schemas, `PaginatedPolymorphic${resource.model.name}List`, pageSchema(schemaRef(polymorphic)), `Paginated${pascalCase(resource.path)}List`));
}

/**
 * Registers a schema under `name`, or under `fallback` when `name` already holds a different
 * schema (two endpoints of one model with different modes); identical schemas are shared.
 */
function addComponent(schemas: Record<string, SchemaObject>, name: string, schema: SchemaObject, fallback = name): string {
  for (const candidate of [name, fallback]) {
    const existing = schemas[candidate];
    if (existing === undefined) {
      schemas[candidate] = schema;
      return candidate;
    }
    if (JSON.stringify(existing) === JSON.stringify(schema)) return candidate;
  }
  throw new Error(`Schema names ${name} and ${fallback} are both taken by different schemas`);
}

function pascalCase(path: string): string {
  return path
    .split(/[/_]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function pageSchema(items: SchemaObject): SchemaObject {
  return {
    type: 'object',
    description: 'One page of results.',
    properties: {
      count: { type: 'integer', description: 'How many results match, over all pages.' },
      next: { type: 'string', format: 'uri', nullable: true, description: 'The next page, or null on the last one.' },
      previous: { type: 'string', format: 'uri', nullable: true, description: 'The previous page, or null on the first one.' },
      results: { type: 'array', items },
    },
    required: ['count', 'next', 'previous', 'results'],
  };
}

function polymorphicSchema(views: View[]): SchemaObject {
  const schema: SchemaObject = { oneOf: views.map((view) => schemaRef(view.name)) };
  // A discriminator needs every alternative to carry a distinct response_mode constant.
  const modes = views.map((view) => (view.fields.some((field) => field.name === 'response_mode') ? view.mode : null));
  if (modes.every((mode) => mode !== null) && new Set(modes).size === modes.length) {
    schema.discriminator = {
      propertyName: 'response_mode',
      mapping: Object.fromEntries(views.map((view) => [view.mode, `#/components/schemas/${view.name}`])),
    };
  }
  return schema;
}

/** Every view a response can contain: the endpoints' own views and, recursively, the nested ones. */
function reachableViews(resources: Resource[]): View[] {
  const seen = new Map<string, View>();
  const pending = resources.flatMap((resource) => [...Object.values(resource.modes), resource.view ?? resource.retrieve, resource.retrieve]);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    const view = findView(name);
    seen.set(name, view);
    for (const field of view.fields) if (field.view) pending.push(field.view);
  }
  return [...seen.values()];
}

function viewSchema(view: View): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  for (const field of view.fields) properties[field.name] = propertySchema(view, field);
  return {
    type: 'object',
    description: view.mode ? `${view.model.name} at the \`${view.mode}\` level of detail.` : `${view.model.name}.`,
    properties,
    // Apogee always writes every key, null when empty.
    required: view.fields.map((field) => field.name),
  };
}

function propertySchema(view: View, viewField: ViewField): SchemaObject {
  if (viewField.name === 'response_mode') {
    return view.mode === null ? { type: 'string', readOnly: true } : { type: 'string', enum: [view.mode], default: view.mode, readOnly: true };
  }
  const field = view.model.fields[viewField.name];
  switch (field.kind) {
    case 'scalar':
      return withNullable(scalarSchema(field.type), field.nullable);
    case 'url':
      return { type: 'string', format: 'uri', readOnly: true };
    case 'nameOf':
      return { type: 'string', nullable: true, description: `The name of the related ${field.target().name}.` };
    case 'one': {
      const ref = schemaRef(relationView(view, viewField));
      return field.nullable ? { allOf: [ref], nullable: true } : ref;
    }
    case 'many':
    case 'manyToMany':
      return { type: 'array', items: schemaRef(relationView(view, viewField)) };
  }
}

function relationView(view: View, viewField: ViewField): string {
  if (!viewField.view) throw new Error(`${view.name}.${viewField.name} is a relation without a view`);
  return viewField.view;
}

function scalarSchema(type: ScalarType): SchemaObject {
  switch (type) {
    case 'int':
      return { type: 'integer' };
    case 'float':
      return { type: 'number', format: 'double' };
    case 'text':
      return { type: 'string' };
    case 'bool':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'duration':
      return { type: 'string', description: 'An ISO 8601 duration.' };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
  }
}

function withNullable(schema: SchemaObject, nullable: boolean): SchemaObject {
  return nullable ? { ...schema, nullable: true } : schema;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
