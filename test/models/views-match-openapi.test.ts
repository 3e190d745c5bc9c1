// Contract test: every view Apogee defines must have the shape of the LL2 OpenAPI schema of the
// same name, since that schema is what clients are generated from. The reference folder lives
// outside the repository, so without it the test skips instead of failing.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allViews, type Field, type View } from '../../src/engine/spec.ts';
import { NULLS_IN_PRACTICE } from '../support/openapi-contract.ts';
import { loadOpenApi, SKIP_REASON } from '../support/reference.ts';
import { skipUnlessRequired } from '../support/skips.ts';

interface SchemaProperty {
  type?: string;
  format?: string;
  nullable?: boolean;
  default?: unknown;
  $ref?: string;
  allOf?: SchemaProperty[];
  items?: SchemaProperty;
}
interface Schema {
  properties?: Record<string, SchemaProperty>;
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Relations that LL2 really emits as null although the schema does not say so: drf-spectacular
 * marks a nested serializer nullable only when it is declared with allow_null, which LL2 rarely
 * does (its own DockingEventDetailedSerializerForSpacestation emits `space_station_chaser: null`
 * while the schema calls it non-nullable). Each entry is `View.field`.
 */
const NULLABLE_DESPITE_SCHEMA = new Set(NULLS_IN_PRACTICE.map(({ schema, property }) => `${schema}.${property}`));

async function importAllModels(): Promise<void> {
  const dir = join(repositoryRoot, 'src', 'models');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
    await import(pathToFileURL(join(dir, file)).href);
  }
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** The schema a property nests (`$ref`, `allOf: [{$ref}]`, or an array's items), if any. */
function nestedSchema(property: SchemaProperty): { name: string; array: boolean } | null {
  if (property.$ref) return { name: refName(property.$ref), array: false };
  if (property.allOf?.length === 1 && property.allOf[0].$ref) return { name: refName(property.allOf[0].$ref), array: false };
  if (property.type === 'array' && property.items) {
    const items = nestedSchema(property.items);
    return items && !items.array ? { name: items.name, array: true } : null;
  }
  return null;
}

/** The scalar type names of spec.ts a schema property is compatible with. */
function compatibleScalarTypes(property: SchemaProperty): string[] {
  switch (property.type) {
    case 'integer':
      return ['int'];
    case 'number':
      return ['float'];
    case 'boolean':
      return ['bool'];
    case 'string':
      if (property.format === 'date') return ['date'];
      if (property.format === 'date-time') return ['datetime'];
      if (property.format === 'uuid') return ['uuid'];
      return ['text', 'duration'];
    default:
      return [];
  }
}

/** Every way the view's field `name` differs from the schema property, as messages. */
function compareField(view: View, name: string, relationView: string | undefined, property: SchemaProperty): string[] {
  const where = `${view.name}.${name}`;
  const field: Field = view.model.fields[name];
  const nested = nestedSchema(property);
  const nullable = property.nullable === true;
  const problems: string[] = [];
  const checkNullable = (actual: boolean) => {
    if (actual === nullable) return;
    if (actual && NULLABLE_DESPITE_SCHEMA.has(where)) return;
    problems.push(`${where}: nullable is ${actual}, the schema says ${nullable}`);
  };

  if (nested) {
    if (field.kind === 'one') {
      if (nested.array) problems.push(`${where}: a to-one relation, the schema has an array`);
      checkNullable(field.nullable);
    } else if (field.kind === 'many' || field.kind === 'manyToMany') {
      if (!nested.array) problems.push(`${where}: a to-many relation, the schema has a single object`);
    } else {
      return [`${where}: a ${field.kind} field, the schema nests ${nested.name}`];
    }
    if (relationView !== nested.name) problems.push(`${where}: shown as ${relationView ?? '(no view)'}, the schema nests ${nested.name}`);
    return problems;
  }

  if (relationView !== undefined) return [`${where}: names view ${relationView}, the schema has a ${property.type ?? 'untyped'} value`];
  switch (field.kind) {
    case 'scalar': {
      const allowed = compatibleScalarTypes(property);
      if (!allowed.includes(field.type)) {
        problems.push(`${where}: type ${field.type}, the schema has ${property.type}${property.format ? `(${property.format})` : ''}`);
      }
      checkNullable(field.nullable);
      break;
    }
    case 'url':
      if (property.type !== 'string') problems.push(`${where}: a URL, the schema has ${property.type}`);
      checkNullable(false);
      break;
    case 'nameOf':
      // The name behind a foreign key is null whenever the key is.
      if (property.type !== 'string') problems.push(`${where}: a name, the schema has ${property.type}`);
      checkNullable(true);
      break;
    default:
      problems.push(`${where}: a ${field.kind} relation, the schema has a ${property.type ?? 'untyped'} value`);
  }
  return problems;
}

function compareView(view: View, schema: Schema): string[] {
  const properties = schema.properties ?? {};
  const expected = Object.keys(properties);
  const actual = view.fields.map((field) => field.name);
  if (expected.join(' ') !== actual.join(' ')) {
    return [`${view.name}: fields\n    ${actual.join(' ')}\n  schema\n    ${expected.join(' ')}`];
  }
  const problems: string[] = [];
  const schemaMode = properties.response_mode ? (properties.response_mode.default ?? null) : null;
  if (view.mode !== schemaMode) problems.push(`${view.name}: mode ${view.mode}, the schema's response_mode is ${schemaMode}`);
  for (const field of view.fields) {
    if (field.name === 'response_mode') continue;
    problems.push(...compareField(view, field.name, field.view, properties[field.name]));
  }
  return problems;
}

test('every view matches the LL2 OpenAPI schema of the same name', { skip: skipUnlessRequired(SKIP_REASON) }, async () => {
  const schemas = (loadOpenApi() as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;
  await importAllModels();
  const views = allViews();
  assert.ok(views.length > 0, 'no views registered');

  const problems: string[] = [];
  for (const view of views) {
    const schema = schemas[view.name];
    if (!schema) problems.push(`${view.name}: no schema of that name`);
    else problems.push(...compareView(view, schema));
    // A nested view must exist and belong to the relation's target, or rendering fails at request time.
    for (const { name, view: nested } of view.fields) {
      const field = view.model.fields[name];
      if (nested === undefined || field === undefined) continue;
      if (field.kind !== 'one' && field.kind !== 'many' && field.kind !== 'manyToMany') continue;
      const found = views.find((candidate) => candidate.name === nested);
      if (!found) problems.push(`${view.name}.${name}: view ${nested} is not defined`);
      else if (found.model !== field.target()) {
        problems.push(`${view.name}.${name}: view ${nested} belongs to ${found.model.name}, not ${field.target().name}`);
      }
    }
  }
  assert.deepEqual(problems, [], `${problems.length} mismatches:\n  ${problems.join('\n  ')}`);
});
