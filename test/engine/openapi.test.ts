// Apogee's generated OpenAPI document: internally consistent (every reference resolves, every
// schema is used, every endpoint answers 200), and — when LL2's reference folder is present —
// describing the same query parameters and the same response shapes as LL2's own document.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildOpenApiDocument, type OpenApiDocument, type SchemaObject } from '../../src/engine/openapi.ts';
import {
  choiceFilter,
  csvFilter,
  defineModel,
  defineResource,
  float,
  int,
  numberFilter,
  one,
  text,
  uuid,
  view,
} from '../../src/engine/spec.ts';
import { resources } from '../../src/resources/index.ts';
import { loadOpenApi, SKIP_REASON } from '../support/reference.ts';
import { skipUnlessRequired } from '../support/skips.ts';

// Both documents are read through this loose shape: only the keys the checks need.
interface LooseParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; items?: { type?: string } };
}
interface LooseOperation {
  operationId?: string;
  parameters?: LooseParameter[];
  responses: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}
interface LooseDocument {
  openapi: string;
  paths: Record<string, { get?: LooseOperation } & Record<string, unknown>>;
  components: { schemas: Record<string, SchemaObject>; securitySchemes?: Record<string, SchemaObject> };
}

const SCHEMA_PREFIX = '#/components/schemas/';
const apogee = buildOpenApiDocument(resources, { serverUrl: 'http://apogee.test' }) as OpenApiDocument & LooseDocument;

function schemaName(ref: string): string {
  return ref.startsWith(SCHEMA_PREFIX) ? ref.slice(SCHEMA_PREFIX.length) : ref;
}

/** Every `$ref` string anywhere under `node`. */
function refsUnder(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsUnder);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsUnder(value)));
}

/** The names of the schemas reachable from `roots`, following references transitively. */
function reachableSchemas(doc: LooseDocument, roots: unknown[]): Set<string> {
  const seen = new Set<string>();
  const pending = roots.flatMap(refsUnder).map(schemaName);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...refsUnder(doc.components.schemas[name]).map(schemaName));
  }
  return seen;
}

function okSchema(operation: LooseOperation | undefined): SchemaObject | undefined {
  return operation?.responses['200']?.content?.['application/json']?.schema;
}

function problemList(problems: string[]): string {
  return `${problems.length} difference(s):\n  - ${problems.join('\n  - ')}`;
}

describe('the generated document', () => {
  test('is OpenAPI 3.0 with a GET answering 200 JSON on every path', () => {
    assert.equal(apogee.openapi, '3.0.3');
    assert.deepEqual(apogee.servers, [{ url: 'http://apogee.test', description: 'This server' }]);
    const problems: string[] = [];
    for (const [path, item] of Object.entries(apogee.paths)) {
      if (Object.keys(item).join() !== 'get') problems.push(`${path}: methods ${Object.keys(item).join(', ')}`);
      if (!okSchema(item.get)) problems.push(`${path}: no 200 application/json schema`);
      for (const parameter of item.get?.parameters ?? []) {
        if (!parameter.schema?.type) problems.push(`${path}: parameter ${parameter.name} has no type`);
      }
    }
    assert.deepEqual(problems, []);
    // Two paths per resource: the list and `{id}/`.
    assert.equal(Object.keys(apogee.paths).length, resources.length * 2);
  });

  test('every $ref resolves and every schema is used', () => {
    const schemas = apogee.components.schemas;
    const dangling = refsUnder(apogee).filter((ref) => !ref.startsWith(SCHEMA_PREFIX) || !(schemaName(ref) in schemas));
    assert.deepEqual(dangling, [], 'references to missing schemas');
    const reachable = reachableSchemas(apogee, Object.values(apogee.paths));
    const orphans = Object.keys(schemas).filter((name) => !reachable.has(name));
    assert.deepEqual(orphans, [], 'schemas no path reaches');
  });

  test('operation ids are unique and follow drf-spectacular (`<path>_list`, `<path>_retrieve`)', () => {
    const ids = Object.values(apogee.paths).map((item) => item.get?.operationId);
    assert.equal(new Set(ids).size, ids.length);
    for (const resource of resources) {
      const base = resource.path.replaceAll('/', '_');
      assert.equal(apogee.paths[`/2.3.0/${resource.path}/`].get?.operationId, `${base}_list`);
      assert.equal(apogee.paths[`/2.3.0/${resource.path}/{id}/`].get?.operationId, `${base}_retrieve`);
    }
  });

  test('query parameters are sorted by name and include limit, offset, ordering and search', () => {
    for (const resource of resources) {
      const names = (apogee.paths[`/2.3.0/${resource.path}/`].get?.parameters ?? []).map((parameter) => parameter.name);
      assert.deepEqual(names, [...names].sort(), resource.path);
      for (const name of ['limit', 'offset', 'ordering', 'search']) assert.ok(names.includes(name), `${resource.path}: ${name}`);
      assert.equal(names.includes('mode'), Object.keys(resource.modes).length > 0, `${resource.path}: mode`);
      assert.ok(!names.includes('format'), `${resource.path}: format is not documented`);
    }
  });

  test('each view schema lists its fields in wire order, all required', () => {
    for (const [name, schema] of Object.entries(apogee.components.schemas)) {
      if (name.startsWith('Paginated') || schema.oneOf) continue;
      const properties = Object.keys(schema.properties as object);
      assert.deepEqual(schema.required, properties, name);
    }
  });

  test('a list with modes returns a oneOf told apart by response_mode', () => {
    const page = apogee.paths['/2.3.0/spacecraft/'].get;
    const envelope = apogee.components.schemas[schemaName(String(okSchema(page)?.$ref))];
    assert.deepEqual(Object.keys(envelope.properties as object), ['count', 'next', 'previous', 'results']);
    const items = (envelope.properties as Record<string, { items: { $ref: string } }>).results.items;
    const polymorphic = apogee.components.schemas[schemaName(items.$ref)];
    assert.deepEqual(polymorphic.oneOf, [{ $ref: `${SCHEMA_PREFIX}SpacecraftNormal` }, { $ref: `${SCHEMA_PREFIX}SpacecraftEndpointDetailed` }]);
    assert.deepEqual(polymorphic.discriminator, {
      propertyName: 'response_mode',
      mapping: { normal: `${SCHEMA_PREFIX}SpacecraftNormal`, detailed: `${SCHEMA_PREFIX}SpacecraftEndpointDetailed` },
    });
    const normal = apogee.components.schemas.SpacecraftNormal.properties as Record<string, SchemaObject>;
    assert.deepEqual(normal.response_mode, { type: 'string', enum: ['normal'], default: 'normal', readOnly: true });
    assert.deepEqual(normal.image, { allOf: [{ $ref: `${SCHEMA_PREFIX}Image` }], nullable: true });
    assert.deepEqual(normal.status, { $ref: `${SCHEMA_PREFIX}SpacecraftStatus` });
  });

  test('a list without modes returns its one view', () => {
    const page = apogee.paths['/2.3.0/config/countries/'].get;
    const envelope = apogee.components.schemas[schemaName(String(okSchema(page)?.$ref))];
    assert.deepEqual((envelope.properties as Record<string, SchemaObject>).results, { type: 'array', items: { $ref: `${SCHEMA_PREFIX}Country` } });
    assert.deepEqual(okSchema(apogee.paths['/2.3.0/config/countries/{id}/'].get), { $ref: `${SCHEMA_PREFIX}Country` });
  });

  test('the token scheme is declared and optional', () => {
    assert.deepEqual(apogee.components.securitySchemes?.Token_Authentication, {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description: 'Optional API key, sent as `Token <key>` in the Authorization header.',
    });
    assert.deepEqual(apogee.security, [{}, { Token_Authentication: [] }]);
  });

  test('uuid ids, float number filters and csv filters get their own parameter types', () => {
    const owner = defineModel({
      name: 'OpenApiTestOwner',
      table: 'openapi_test_owners',
      idType: 'uuid',
      fields: { id: uuid(), name: text() },
      views: { OpenApiTestOwner: view(null, 'id name') },
    });
    const probe = defineModel({
      name: 'OpenApiTestProbe',
      table: 'openapi_test_probes',
      idType: 'uuid',
      fields: { id: uuid(), mass: float({ nullable: true }), code: text(), owner: one(() => owner), count: int() },
      views: { OpenApiTestProbe: view(null, 'id mass code owner:OpenApiTestOwner count') },
    });
    const resource = defineResource({
      path: 'openapi_test/probes',
      model: probe,
      view: 'OpenApiTestProbe',
      retrieve: 'OpenApiTestProbe',
      filters: {
        mass__gt: numberFilter('mass', 'gt'),
        count: numberFilter('count'),
        code: csvFilter('code'),
        owner: choiceFilter('owner'),
      },
    });
    const doc = buildOpenApiDocument([resource], { serverUrl: '' }) as LooseDocument;
    const parameters = new Map((doc.paths['/2.3.0/openapi_test/probes/'].get?.parameters ?? []).map((parameter) => [parameter.name, parameter]));
    assert.deepEqual(parameters.get('mass__gt')?.schema, { type: 'number' });
    assert.deepEqual(parameters.get('count')?.schema, { type: 'integer' });
    assert.deepEqual(parameters.get('owner')?.schema, { type: 'string', format: 'uuid' });
    assert.deepEqual(parameters.get('code'), {
      name: 'code',
      in: 'query',
      required: false,
      description: '`code` is one of these comma-separated values.',
      schema: { type: 'array', items: { type: 'string' } },
      style: 'form',
      explode: false,
    });
    assert.ok(!parameters.has('mode'));
    const [idParameter] = doc.paths['/2.3.0/openapi_test/probes/{id}/'].get?.parameters ?? [];
    assert.deepEqual(idParameter.schema, { type: 'string', format: 'uuid' });
    assert.equal(doc.paths['/2.3.0/openapi_test/probes/{id}/'].get?.operationId, 'openapi_test_probes_retrieve');
    const properties = doc.components.schemas.OpenApiTestProbe.properties as Record<string, SchemaObject>;
    assert.deepEqual(properties.id, { type: 'string', format: 'uuid' });
    assert.deepEqual(properties.mass, { type: 'number', format: 'double', nullable: true });
  });
});

// ---------------------------------------------------------------------------------------
// Against LL2's own document

/** `integer`, `boolean`, `array of string`…: a parameter's type as both documents can agree on it. */
function parameterType(parameter: LooseParameter): string {
  const type = parameter.schema?.type ?? '(untyped)';
  return type === 'array' ? `array of ${parameter.schema?.items?.type ?? '(untyped)'}` : type;
}

function queryParameters(operation: LooseOperation | undefined): Map<string, string> {
  return new Map((operation?.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => [parameter.name, parameterType(parameter)]));
}

/**
 * Differences from LL2's document that are known and not fixed yet, each with its reason. A
 * listed difference that no longer occurs fails the test, so the list cannot go stale.
 */
const KNOWN_PARAMETER_GAPS: ReadonlyMap<string, string> = new Map();

function parameterDifferences(path: string, ours: Map<string, string>, theirs: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, type] of ours) {
    if (!theirs.has(name)) problems.push(`${path}: ?${name} is not in LL2's document`);
    else if (theirs.get(name) !== type) problems.push(`${path}: ?${name} is ${type}, LL2 says ${theirs.get(name)}`);
  }
  for (const name of theirs.keys()) if (!ours.has(name)) problems.push(`${path}: ?${name} (LL2) is missing`);
  return problems;
}

/** The object schemas a path returns, apart from the page envelope and oneOf wrappers, whose names differ by design. */
function viewSchemasOf(doc: LooseDocument, roots: unknown[]): Set<string> {
  const names = reachableSchemas(doc, roots);
  return new Set([...names].filter((name) => !isWrapper(doc.components.schemas[name])));
}

function isWrapper(schema: SchemaObject | undefined): boolean {
  if (!schema || schema.oneOf) return true;
  const keys = Object.keys((schema.properties as object | undefined) ?? {});
  return keys.join() === 'count,next,previous,results';
}

/** What a path's 200 answer is made of: the envelope's keys (if paged) and the result schemas. */
function responseShape(doc: LooseDocument, schema: SchemaObject | undefined): string {
  const resolve = (node: SchemaObject | undefined) => (node?.$ref ? doc.components.schemas[schemaName(String(node.$ref))] : node);
  const top = resolve(schema);
  const properties = top?.properties as Record<string, SchemaObject> | undefined;
  if (!properties?.results) return `object ${schemaName(String(schema?.$ref))}`;
  const items = (properties.results.items ?? {}) as SchemaObject;
  const alternatives = resolve(items)?.oneOf as SchemaObject[] | undefined;
  // The order of oneOf alternatives carries no meaning: compare them as a set.
  const itemNames = alternatives ? alternatives.map((alternative) => schemaName(String(alternative.$ref))).sort() : [schemaName(String(items.$ref))];
  return `page {${Object.keys(properties).join(', ')}} of ${itemNames.join(' | ')}`;
}

function propertyNames(schema: SchemaObject): string[] {
  return Object.keys((schema.properties as object | undefined) ?? {});
}

describe("compared with LL2's document", { skip: skipUnlessRequired(SKIP_REASON) }, () => {
  test('every path Apogee serves exists in LL2 with the same query parameters and types', () => {
    const ll2 = loadOpenApi() as unknown as LooseDocument;
    const problems: string[] = [];
    for (const [path, item] of Object.entries(apogee.paths)) {
      const theirs = ll2.paths[path];
      if (!theirs?.get) {
        problems.push(`${path}: not in LL2's document`);
        continue;
      }
      problems.push(...parameterDifferences(path, queryParameters(item.get), queryParameters(theirs.get)));
      const ourId = item.get?.parameters?.find((parameter) => parameter.in === 'path');
      const theirId = theirs.get.parameters?.find((parameter) => parameter.in === 'path');
      if (ourId && (!theirId || parameterType(ourId) !== parameterType(theirId))) {
        problems.push(`${path}: {id} is ${parameterType(ourId)}, LL2 says ${theirId ? parameterType(theirId) : 'nothing'}`);
      }
    }
    const unexpected = problems.filter((problem) => !KNOWN_PARAMETER_GAPS.has(problem));
    assert.deepEqual(unexpected, [], problemList(unexpected));
    const fixed = [...KNOWN_PARAMETER_GAPS.keys()].filter((known) => !problems.includes(known));
    assert.deepEqual(fixed, [], `no longer differs, remove from KNOWN_PARAMETER_GAPS:\n  - ${fixed.join('\n  - ')}`);
  });

  test('every path answers the same shape: same envelope, same result schemas', () => {
    const ll2 = loadOpenApi() as unknown as LooseDocument;
    const problems: string[] = [];
    for (const [path, item] of Object.entries(apogee.paths)) {
      const ours = responseShape(apogee, okSchema(item.get));
      const theirs = responseShape(ll2, okSchema(ll2.paths[path]?.get));
      if (ours !== theirs) problems.push(`${path}: ${ours}; LL2: ${theirs}`);
    }
    assert.deepEqual(problems, [], problemList(problems));
  });

  test('every reachable response schema has LL2’s property names in LL2’s order', () => {
    const ll2 = loadOpenApi() as unknown as LooseDocument;
    const paths = Object.keys(apogee.paths);
    const ours = viewSchemasOf(apogee, paths.map((path) => okSchema(apogee.paths[path].get)));
    const theirs = viewSchemasOf(ll2, paths.map((path) => okSchema(ll2.paths[path]?.get)));
    const problems: string[] = [];
    for (const name of [...ours].sort()) {
      const their = ll2.components.schemas[name];
      if (!theirs.has(name) || !their) {
        problems.push(`${name}: not reachable from these paths in LL2's document`);
        continue;
      }
      const ourNames = propertyNames(apogee.components.schemas[name]);
      const theirNames = propertyNames(their);
      if (ourNames.join(' ') !== theirNames.join(' ')) {
        problems.push(`${name}:\n      Apogee ${ourNames.join(' ')}\n      LL2    ${theirNames.join(' ')}`);
      }
    }
    for (const name of [...theirs].sort()) if (!ours.has(name)) problems.push(`${name}: reachable in LL2's document, missing here`);
    assert.deepEqual(problems, [], problemList(problems));
  });
});
