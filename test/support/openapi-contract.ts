// A small validator for LL2's OpenAPI 3.0 document (drf-spectacular output), strict in the
// ways wire compatibility needs: besides types, nullability and formats, every object must
// carry exactly the schema's properties in exactly the schema's order, because LL2 emits every
// property (null when empty) in serializer order (reference BEHAVIOR.md §3).
// Only the keywords that document uses are implemented; an unknown `format` is not checked.

// ---------------------------------------------------------------------------------------------
// The subset of OpenAPI 3.0 the validator reads.

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

export interface SchemaObject {
  $ref?: string;
  type?: SchemaType;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  default?: unknown;
  readOnly?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  [keyword: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, { schema?: SchemaObject }>;
}

export interface OperationObject {
  operationId?: string;
  description?: string;
  parameters?: ParameterObject[];
  responses: Record<string, ResponseObject>;
}

export type HttpMethod = 'get';

export type PathItemObject = { parameters?: ParameterObject[] } & { [method in HttpMethod]?: OperationObject };

export interface OpenApiDocument {
  openapi: string;
  info?: Record<string, unknown>;
  paths: Record<string, PathItemObject>;
  components: { schemas: Record<string, SchemaObject> };
}

// ---------------------------------------------------------------------------------------------
// Tolerated upstream deviations.

/**
 * A documented place where real LL2 data disagrees with LL2's own schema. Tolerating it keeps a
 * test about *our* output focused on our mistakes; each entry must say why it exists.
 */
export interface KnownDeviation {
  /** Named component schema that declares the property, e.g. `SpaceStationDetailedEndpoint`. */
  schema: string;
  property: string;
  /** `null`: the value may be null although the schema says non-nullable. */
  allow: 'null';
  /** Why it is tolerated (evidence). */
  reason: string;
}

export interface ValidationOptions {
  knownDeviations?: readonly KnownDeviation[];
}

/**
 * Nulls that real LL2 2.3.0 records (reference fixtures/space-stations-detailed.json) carry
 * where the schema declares a non-nullable nested object. drf-spectacular marks a nested
 * serializer nullable only when the serializer says `allow_null=True`; these don't, yet the
 * underlying relation is optional and DRF emits null for a missing nested object (inferred;
 * the LL2 serializers are private). Apogee must emit the same nulls.
 */
export const LL2_KNOWN_DEVIATIONS: readonly KnownDeviation[] = [
  {
    schema: 'DockingLocationSerializerForSpacestation',
    property: 'currently_docked',
    allow: 'null',
    reason: 'a docking port with nothing docked: most ports of most stations in the fixture',
  },
  {
    schema: 'DockingEventDetailedSerializerForSpacestation',
    property: 'space_station_chaser',
    allow: 'null',
    reason: 'a docking event has exactly one chaser; it is null when the chaser is a spacecraft flight',
  },
  {
    schema: 'DockingEventDetailedSerializerForSpacestation',
    property: 'payload_flight_chaser',
    allow: 'null',
    reason: 'a docking event has exactly one chaser; it is null when the chaser is a spacecraft flight',
  },
];

/**
 * Where Apogee emits null although LL2's schema says non-nullable, because a real record can
 * lack the value (recorded in docs/COMPATIBILITY.md). Real LL2 shows the same nulls: the
 * flights in fixtures/space-stations-detailed.json that are still in space have null
 * `duration` and `turn_around_time`.
 */
export const NULLS_IN_PRACTICE: readonly KnownDeviation[] = [
  {
    schema: 'LaunchDetailed',
    property: 'pad_turnaround',
    allow: 'null',
    reason: "a pad's first launch has no previous launch to turn around from",
  },
  ...['SpacecraftFlightNormal', 'SpacecraftFlightDetailed', 'PayloadFlightNormal', 'PayloadFlightSerializerNoLaunch'].map((schema) => ({
    schema,
    property: 'landing',
    allow: 'null' as const,
    reason: 'a flight still in space, or lost, has no landing',
  })),
  ...['SpacecraftFlightNormal', 'SpacecraftFlightDetailed'].flatMap((schema) =>
    ['duration', 'turn_around_time'].map((property) => ({
      schema,
      property,
      allow: 'null' as const,
      reason: 'unknown until the flight ends, and for a first flight (BEHAVIOR.md Q6; LL2 shows null too)',
    })),
  ),
  ...['SpacecraftConfigFamilyDetailed', 'SpacecraftConfigFamilyEndpointDetailed'].map((schema) => ({
    schema,
    property: 'manufacturer',
    allow: 'null' as const,
    reason: 'the same column that SpacecraftConfigFamilyNormal declares nullable',
  })),
  ...['spacestation', 'spacecraft', 'payload'].map((property) => ({
    schema: 'DockingLocation',
    property,
    allow: 'null' as const,
    reason: 'a docking port belongs to exactly one of a station, a spacecraft or a payload',
  })),
  ...['space_station_target', 'flight_vehicle_target', 'payload_flight_target'].map((property) => ({
    schema: 'DockingEventForChaserNormal',
    property,
    allow: 'null' as const,
    reason: 'a docking has exactly one target',
  })),
  ...[
    'SpacecraftFlightDetailedSerializerNoLaunch',
    'SpacecraftFlightMiniSerializerNoLanding',
    'SpacecraftFlightNormalSerializerNoLanding',
    'SpacecraftFlightDetailedSerializerNoLanding',
  ].flatMap((schema) =>
    ['duration', 'turn_around_time'].map((property) => ({
      schema,
      property,
      allow: 'null' as const,
      reason: 'as SpacecraftFlightNormal: unknown until the flight ends, and for a first flight',
    })),
  ),
  {
    schema: 'SpacecraftFlightDetailedSerializerNoLaunch',
    property: 'landing',
    allow: 'null' as const,
    reason: 'a flight still in space, or lost, has no landing',
  },
  ...['FirstStageMini', 'FirstStageNormal', 'FirstStageNormalSerializerNoLanding', 'FirstStageDetailedSerializerNoLanding'].flatMap(
    (schema) => [
      { schema, property: 'type', allow: 'null' as const, reason: 'the name of a stage type the record may not give' },
      { schema, property: 'turn_around_time', allow: 'null' as const, reason: "a launcher's first flight has no turnaround" },
      ...(schema === 'FirstStageMini'
        ? []
        : [{ schema, property: 'previous_flight', allow: 'null' as const, reason: "a launcher's first flight has no previous flight" }]),
    ],
  ),
  {
    schema: 'FirstStageNormal',
    property: 'landing',
    allow: 'null' as const,
    reason: 'an expended stage makes no landing attempt',
  },
  ...['LandingEndpointList', 'LandingEndpointNormal', 'LandingEndpointDetailed'].flatMap((schema) =>
    ['firststage', 'spacecraftflight', 'payloadflight'].map((property) => ({
      schema,
      property,
      allow: 'null' as const,
      reason: 'a landing is made by exactly one of a first stage, a spacecraft flight or a payload flight',
    })),
  ),
  // The people side (astronauts, space stations, docking events, payload flights).
  ...['duration', 'turn_around_time', 'landing'].map((property) => ({
    schema: 'SpacecraftFlightMini',
    property,
    allow: 'null' as const,
    reason: 'as SpacecraftFlightNormal: a flight in space has no landing or duration yet, a first flight no turnaround',
  })),
  ...['PayloadFlightMini', 'PayloadFlightDetailed'].map((schema) => ({
    schema,
    property: 'landing',
    allow: 'null' as const,
    reason: 'a payload that stays in space has no landing',
  })),
  ...['DockingEventEndpointNormal', 'DockingEventEndpointDetailed'].flatMap((schema) =>
    ['space_station_target', 'flight_vehicle_target', 'payload_flight_target', 'flight_vehicle_chaser', 'space_station_chaser', 'payload_flight_chaser'].map(
      (property) => ({
        schema,
        property,
        allow: 'null' as const,
        reason: 'a docking has exactly one target and one chaser, each a spacecraft flight, a station or a payload flight',
      }),
    ),
  ),
  ...['flight_vehicle_chaser', 'space_station_chaser', 'payload_flight_chaser'].map((property) => ({
    schema: 'DockingEventDetailedSerializerForSpacestation',
    property,
    allow: 'null' as const,
    reason: 'a docking event has exactly one chaser (LL2 emits the other two as null, reference fixture)',
  })),
  {
    schema: 'DockingLocationSerializerForSpacestation',
    property: 'currently_docked',
    allow: 'null' as const,
    reason: 'a free port (LL2 emits null, reference fixture)',
  },
];

// ---------------------------------------------------------------------------------------------
// Public entry points.

/** Problems of `value` against `components.schemas[schemaName]`; empty when valid. Paths start at `$`. */
export function validateAgainstSchema(
  doc: OpenApiDocument,
  schemaName: string,
  value: unknown,
  options: ValidationOptions = {},
): string[] {
  const schema = doc.components.schemas[schemaName];
  if (schema === undefined) return [`$: schema ${schemaName} is not in components.schemas`];
  const ctx = newContext(doc, options);
  validateValue(ctx, { $ref: schemaRef(schemaName) }, value, '$', null);
  return ctx.problems;
}

/**
 * Problems of a response `body` for a concrete request path (`/2.3.0/spacecraft/144/`, query
 * string allowed) against the document's response schema for `status`; empty when valid.
 */
export function validateResponse(
  doc: OpenApiDocument,
  path: string,
  method: HttpMethod,
  status: number,
  body: unknown,
  options: ValidationOptions = {},
): string[] {
  const found = responseSchemaFor(doc, path, method, status);
  if (typeof found === 'string') return [found];
  const ctx = newContext(doc, options);
  validateValue(ctx, found, body, '$', null);
  return ctx.problems;
}

/** The document's path template that a concrete path matches (literal segments beat `{params}`), or null. */
export function findPathTemplate(doc: OpenApiDocument, concretePath: string): string | null {
  const segments = splitPath(stripQuery(concretePath));
  let best: { template: string; literals: number } | null = null;
  for (const [template, item] of Object.entries(doc.paths)) {
    const literals = matchTemplate(template, item, segments);
    if (literals !== null && (best === null || literals > best.literals)) best = { template, literals };
  }
  return best?.template ?? null;
}

/** The response schema of an operation for a status, or a problem saying what is undocumented. */
export function responseSchemaFor(
  doc: OpenApiDocument,
  path: string,
  method: HttpMethod,
  status: number,
): SchemaObject | string {
  const label = `${method.toUpperCase()} ${path}`;
  const template = findPathTemplate(doc, path);
  if (template === null) return `${label}: no path of the OpenAPI document matches`;
  const operation = doc.paths[template][method];
  if (operation === undefined) return `${label}: ${template} has no ${method.toUpperCase()} operation`;
  const response = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.default;
  if (response === undefined) {
    return `${label}: status ${status} is not documented for ${template} (documented: ${Object.keys(operation.responses).join(', ')})`;
  }
  const schema = response.content?.['application/json']?.schema;
  if (schema === undefined) return `${label}: the ${status} response of ${template} has no application/json schema`;
  return schema;
}

/** The component name a schema `$ref`s (e.g. of a response schema), or null for an inline schema. */
export function refName(schema: SchemaObject): string | null {
  if (typeof schema.$ref !== 'string') return null;
  return decodePointerToken(schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1));
}

// ---------------------------------------------------------------------------------------------
// Path matching.

function stripQuery(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

function splitPath(path: string): string[] {
  return path.split('/');
}

/** Number of literal segments when `segments` fits `template`, else null. */
function matchTemplate(template: string, item: PathItemObject, segments: string[]): number | null {
  const parts = splitPath(template);
  if (parts.length !== segments.length) return null;
  let literals = 0;
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    const param = /^\{(.+)\}$/.exec(part);
    if (param === null) {
      if (part !== segment) return null;
      literals += 1;
    } else if (segment === '' || !fitsPathParameter(item, param[1], decodeURIComponent(segment))) {
      return null;
    }
  }
  return literals;
}

/** An `{id}` only matches what its declared schema allows, so `/spacecraft/abc/` is not an operation. */
function fitsPathParameter(item: PathItemObject, name: string, value: string): boolean {
  const declared = [...(item.parameters ?? []), ...(item.get?.parameters ?? [])].find((p) => p.in === 'path' && p.name === name);
  const schema = declared?.schema;
  if (schema?.type === 'integer') return /^-?\d+$/.test(value);
  if (schema?.format === 'uuid') return UUID_ANY_CASE.test(value);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Validation core.

interface Context {
  doc: OpenApiDocument;
  deviations: readonly KnownDeviation[];
  problems: string[];
}

/** Where a value sits in the schema: the named schema and property that declared it. */
interface Site {
  schema: string;
  property: string;
}

function newContext(doc: OpenApiDocument, options: ValidationOptions): Context {
  return { doc, deviations: options.knownDeviations ?? [], problems: [] };
}

function report(ctx: Context, path: string, message: string, site: Site | null): void {
  ctx.problems.push(`${path}: ${message}${site ? ` (${site.schema}.${site.property})` : ''}`);
}

/** A schema with `$ref` followed and `allOf` merged, plus the component name it came from. */
interface Resolved {
  schema: SchemaObject;
  name: string | null;
}

function validateValue(ctx: Context, raw: SchemaObject, value: unknown, path: string, site: Site | null): void {
  const { schema, name } = resolveSchema(ctx.doc, raw);
  if (value === null) {
    if (!acceptsNull(schema) && !isToleratedNull(ctx, site)) report(ctx, path, `null, but ${describeSchema(schema, name)} is not nullable`, site);
    return;
  }
  if (schema.discriminator !== undefined && (schema.oneOf ?? schema.anyOf) !== undefined) {
    validateDiscriminated(ctx, schema, name, value, path, site);
    return;
  }
  if (schema.oneOf !== undefined || schema.anyOf !== undefined) {
    validateAlternatives(ctx, schema, value, path, site);
    return;
  }
  if (!checkType(ctx, schema, name, value, path, site)) return;
  if (schema.enum !== undefined && !schema.enum.some((allowed) => allowed === value)) {
    report(ctx, path, `${JSON.stringify(value)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`, site);
  }
  if (typeof value === 'string') checkString(ctx, schema, value, path, site);
  else if (typeof value === 'number') checkNumberBounds(ctx, schema, value, path, site);
  else if (Array.isArray(value)) checkArrayItems(ctx, schema, value, path);
  else if (isPlainObject(value)) checkObject(ctx, schema, name ?? site?.property ?? 'object', value, path);
}

/** In OpenAPI 3.0 `{}` (no type, no alternatives) accepts anything, null included. */
function acceptsNull(schema: SchemaObject): boolean {
  if (schema.nullable === true) return true;
  return schema.type === undefined && schema.properties === undefined && schema.oneOf === undefined && schema.anyOf === undefined && schema.enum === undefined;
}

function isToleratedNull(ctx: Context, site: Site | null): boolean {
  if (site === null) return false;
  return ctx.deviations.some((d) => d.allow === 'null' && d.schema === site.schema && d.property === site.property);
}

function describeSchema(schema: SchemaObject, name: string | null): string {
  return name ?? schema.type ?? 'the schema';
}

// --- $ref and allOf ---------------------------------------------------------------------------

function resolveSchema(doc: OpenApiDocument, schema: SchemaObject): Resolved {
  let current = schema;
  let name: string | null = null;
  // Follow chains of $ref; a guard stops a (malformed) cycle.
  for (let hops = 0; typeof current.$ref === 'string'; hops += 1) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    name = refName(current);
    current = followRef(doc, current.$ref);
  }
  if (current.allOf === undefined) return { schema: current, name };
  return mergeAllOf(doc, current, name);
}

function followRef(doc: OpenApiDocument, ref: string): SchemaObject {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const token of ref.slice(2).split('/').map(decodePointerToken)) {
    node = isPlainObject(node) ? node[token] : undefined;
  }
  if (!isPlainObject(node)) throw new Error(`Unresolvable $ref ${ref}`);
  return node as SchemaObject;
}

function decodePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * drf-spectacular writes a nullable nested object as `{allOf: [{$ref}], nullable: true}`, so the
 * members' keywords are merged (properties in member order) and the outer keywords win.
 * A single named member lends its name to messages.
 */
function mergeAllOf(doc: OpenApiDocument, schema: SchemaObject, ownName: string | null): Resolved {
  const { allOf, ...outer } = schema;
  const members = (allOf ?? []).map((member) => resolveSchema(doc, member));
  const merged: SchemaObject = {};
  for (const member of members) mergeInto(merged, member.schema);
  mergeInto(merged, outer);
  merged.nullable = outer.nullable === true || (members.length > 0 && members.every((m) => m.schema.nullable === true));
  const namedMembers = members.filter((m) => m.name !== null);
  const name = ownName ?? (members.length === 1 && namedMembers.length === 1 ? namedMembers[0].name : null);
  return { schema: merged, name };
}

function mergeInto(target: SchemaObject, source: SchemaObject): void {
  for (const [keyword, value] of Object.entries(source)) {
    if (keyword === 'properties') target.properties = { ...target.properties, ...source.properties };
    else if (keyword === 'required') target.required = [...new Set([...(target.required ?? []), ...(source.required ?? [])])];
    else target[keyword] = value;
  }
}

// --- oneOf / anyOf ----------------------------------------------------------------------------

/** Polymorphic* schemas: the discriminator value picks the branch; a wrong or missing value is the problem. */
function validateDiscriminated(ctx: Context, schema: SchemaObject, name: string | null, value: unknown, path: string, site: Site | null): void {
  const discriminator = schema.discriminator!;
  const label = name ?? 'polymorphic schema';
  if (!isPlainObject(value)) {
    report(ctx, path, `expected object (${label}), got ${typeOfJson(value)}`, site);
    return;
  }
  const mapping = discriminatorMapping(schema);
  const allowed = Object.keys(mapping).map((key) => JSON.stringify(key)).join(', ');
  const property = discriminator.propertyName;
  if (!(property in value)) {
    report(ctx, path, `missing discriminator "${property}" of ${label} (expected one of ${allowed})`, site);
    return;
  }
  const tag = value[property];
  const target = typeof tag === 'string' && Object.hasOwn(mapping, tag) ? mapping[tag] : undefined;
  if (target === undefined) {
    report(ctx, path, `discriminator "${property}" is ${JSON.stringify(tag)}, expected one of ${allowed} (${label})`, site);
    return;
  }
  validateValue(ctx, { $ref: target }, value, path, site);
}

/** Explicit `mapping`, else the OpenAPI default: each `$ref`ed branch under its component name. */
function discriminatorMapping(schema: SchemaObject): Record<string, string> {
  if (schema.discriminator?.mapping !== undefined) return schema.discriminator.mapping;
  const mapping: Record<string, string> = {};
  for (const branch of schema.oneOf ?? schema.anyOf ?? []) {
    const branchName = refName(branch);
    if (branchName !== null && branch.$ref !== undefined) mapping[branchName] = branch.$ref;
  }
  return mapping;
}

/** Without a discriminator: try every branch; report the closest one's problems when none fits. */
function validateAlternatives(ctx: Context, schema: SchemaObject, value: unknown, path: string, site: Site | null): void {
  const keyword = schema.oneOf !== undefined ? 'oneOf' : 'anyOf';
  const branches = (schema.oneOf ?? schema.anyOf)!;
  const outcomes = branches.map((branch) => {
    const trial: Context = { ...ctx, problems: [] };
    validateValue(trial, branch, value, path, site);
    return { label: refName(branch) ?? branch.type ?? 'inline schema', problems: trial.problems };
  });
  const fitting = outcomes.filter((o) => o.problems.length === 0);
  if (keyword === 'oneOf' && fitting.length > 1) {
    report(ctx, path, `matches ${fitting.length} oneOf branches (${fitting.map((o) => o.label).join(', ')}), expected exactly one`, site);
  }
  if (fitting.length > 0) return;
  const closest = outcomes.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
  report(ctx, path, `matches no ${keyword} branch; closest is ${closest.label}:`, site);
  ctx.problems.push(...closest.problems.map((p) => `  ${p}`));
}

// --- scalars ----------------------------------------------------------------------------------

function typeOfJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` has the schema's JSON type; reports and returns false otherwise. */
function checkType(ctx: Context, schema: SchemaObject, name: string | null, value: unknown, path: string, site: Site | null): boolean {
  const expected = schema.type ?? (schema.properties !== undefined ? 'object' : undefined);
  if (expected === undefined || hasJsonType(value, expected)) return true;
  report(ctx, path, `expected ${expected}${name ? ` (${name})` : ''}, got ${typeOfJson(value)} ${preview(value)}`, site);
  return false;
}

function hasJsonType(value: unknown, type: SchemaType): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function checkNumberBounds(ctx: Context, schema: SchemaObject, value: number, path: string, site: Site | null): void {
  if (schema.minimum !== undefined && (schema.exclusiveMinimum === true ? value <= schema.minimum : value < schema.minimum)) {
    report(ctx, path, `${value} is below the minimum ${schema.minimum}`, site);
  }
  if (schema.maximum !== undefined && (schema.exclusiveMaximum === true ? value >= schema.maximum : value > schema.maximum)) {
    report(ctx, path, `${value} is above the maximum ${schema.maximum}`, site);
  }
}

function checkString(ctx: Context, schema: SchemaObject, value: string, path: string, site: Site | null): void {
  // Django's max_length counts characters (code points), not UTF-16 units.
  const length = [...value].length;
  if (schema.maxLength !== undefined && length > schema.maxLength) report(ctx, path, `string of ${length} characters exceeds maxLength ${schema.maxLength}`, site);
  if (schema.minLength !== undefined && length < schema.minLength) report(ctx, path, `string of ${length} characters is below minLength ${schema.minLength}`, site);
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) report(ctx, path, `${preview(value)} does not match pattern ${schema.pattern}`, site);
  const formatProblem = schema.format === undefined ? null : checkFormat(effectiveFormat(schema), value);
  if (formatProblem !== null) report(ctx, path, formatProblem, site);
}

/**
 * Real LL2 records carry `""` in writable `uri` properties (`SpacecraftConfigDetailed.info_link`
 * and `.wiki_link`, `Pad.wiki_url`): a Django `URLField(blank=True)` stores "" and DRF emits it
 * as is. Read-only `uri` properties are hyperlinks the server builds (`url`), never blank.
 */
function effectiveFormat(schema: SchemaObject): string {
  return schema.format === 'uri' && schema.readOnly !== true ? 'uri-or-blank' : (schema.format ?? '');
}

// DRF renders UUIDs in lowercase hex_verbose form; an uppercase UUID would be a wire difference.
const UUID_LOWERCASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_ANY_CASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// DRF prints microseconds only when non-zero, and LL2 stores UTC, so `Z` is what LL2 emits;
// an explicit offset is still a valid ISO 8601 date-time.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A problem with a `format`ted string, or null when it is fine (or the format is not checked). */
function checkFormat(format: string, value: string): string | null {
  switch (format) {
    case 'date':
      return isValidDate(value) ? null : `${preview(value)} is not a date (YYYY-MM-DD)`;
    case 'date-time':
      return isValidDateTime(value) ? null : `${preview(value)} is not an ISO 8601 date-time with Z or an offset`;
    case 'uuid':
      return UUID_LOWERCASE.test(value) ? null : `${preview(value)} is not a lowercase UUID`;
    case 'uri':
      return isAbsoluteHttpUrl(value) ? null : `${preview(value)} is not an absolute http(s) URL`;
    case 'uri-or-blank':
      return value === '' || isAbsoluteHttpUrl(value) ? null : `${preview(value)} is neither "" nor an absolute http(s) URL`;
    default:
      return null;
  }
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isValidDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isValidDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = match.map(Number);
  if (!isRealCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return false;
  return match[8] === undefined || (offsetHour <= 23 && offsetMinute <= 59);
}

function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

// --- arrays and objects -----------------------------------------------------------------------

function checkArrayItems(ctx: Context, schema: SchemaObject, value: unknown[], path: string): void {
  if (schema.items === undefined) return;
  for (const [index, item] of value.entries()) validateValue(ctx, schema.items, item, `${path}[${index}]`, null);
}

/**
 * Keys must be exactly the schema's properties in the schema's order, whether `required` or not
 * (LL2 emits every property, null when empty); missing keys, extra keys and order are reported
 * separately so a message points at the actual mistake.
 * (Object.keys keeps JSON order for non-numeric keys, which is all LL2 uses.)
 */
function checkObject(ctx: Context, schema: SchemaObject, schemaName: string, value: Record<string, unknown>, path: string): void {
  const properties = schema.properties;
  if (properties === undefined) return;
  const expected = Object.keys(properties);
  const actual = Object.keys(value);
  // `required` is a subset of `properties` in LL2's document; the union keeps a stray name checked.
  for (const key of new Set([...expected, ...(schema.required ?? [])])) {
    if (!Object.hasOwn(value, key)) report(ctx, path, `missing key "${key}" of ${schemaName}`, null);
  }
  for (const key of actual) {
    if (!Object.hasOwn(properties, key)) report(ctx, path, `unexpected key "${key}" (not a property of ${schemaName})`, null);
  }
  const orderProblem = describeOrderDifference(expected.filter((k) => Object.hasOwn(value, k)), actual.filter((k) => Object.hasOwn(properties, k)));
  if (orderProblem !== null) report(ctx, path, `${orderProblem} (${schemaName} order)`, null);
  for (const key of expected) {
    if (!Object.hasOwn(value, key)) continue;
    const site: Site = { schema: schemaName, property: key };
    const childPath = `${path}${formatKey(key)}`;
    checkResponseModeConstant(ctx, properties[key], key, value[key], childPath, site);
    validateValue(ctx, properties[key], value[key], childPath, site);
  }
}

/** Compares the shared keys' order; names the first divergence and a few keys around it. */
function describeOrderDifference(expected: string[], actual: string[]): string | null {
  const first = expected.findIndex((key, index) => actual[index] !== key);
  if (first === -1) return null;
  const window = (keys: string[]) => keys.slice(first, first + 4).join(', ') + (keys.length > first + 4 ? ', …' : '');
  return `key order differs at position ${first}: got [${window(actual)}], expected [${window(expected)}]`;
}

/**
 * `response_mode` is a read-only serializer constant: LL2 always emits the schema's `default`
 * (BEHAVIOR.md §3), so a different value means the wrong serializer was used for that object.
 */
function checkResponseModeConstant(ctx: Context, raw: SchemaObject, key: string, value: unknown, path: string, site: Site): void {
  if (key !== 'response_mode' || raw.default === undefined || value === raw.default) return;
  report(ctx, path, `response_mode is ${JSON.stringify(value)}, expected ${JSON.stringify(raw.default)}`, site);
}

function formatKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function schemaRef(name: string): string {
  return `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
