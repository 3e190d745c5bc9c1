// Writes LL2-shaped JSON records into the database, driven by the same model definitions
// that render them. A record may carry any subset of its model's fields (LL2's list,
// normal and detailed modes all fit): the fields it carries are written, the others are
// left as they are, so a richer record is never overwritten by a poorer one. Nested
// objects are upserted by their own id; `{"id": N}` alone is a reference.
import type { Transaction } from 'kysely';
import type { SqlDialect } from '../db/dialect.ts';
import { parseDuration } from '../engine/durations.ts';
import { storedDateTime } from '../engine/render.ts';
import type { Key } from '../engine/row-store.ts';
import type { Field, Model, ScalarType } from '../engine/spec.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are generated from the model registry
export type Tx = Transaction<any>;

export class RecordError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}

type JsonObject = Record<string, unknown>;

export interface UpsertContext {
  tx: Tx;
  dialect: SqlDialect;
  /** Rows already written in this run, with the columns written, to skip repeated nested objects. */
  written: Map<string, Set<string>>;
}

export function newUpsertContext(tx: Tx, dialect: SqlDialect): UpsertContext {
  return { tx, dialect, written: new Map() };
}

export async function upsertRecord(
  context: UpsertContext,
  model: Model,
  record: unknown,
  path: string,
  parentColumns: Record<string, unknown> = {},
): Promise<Key> {
  if (!isObject(record)) throw new RecordError(path, `expected an object for ${model.name}`);
  const id = recordId(model, record, path);
  const columns: Record<string, unknown> = { ...parentColumns };
  const afterwards: Array<() => Promise<void>> = [];

  for (const [name, value] of Object.entries(record)) {
    const field: Field | undefined = model.fields[name];
    const fieldPath = `${path}.${name}`;
    if (!field) {
      // Stored columns no view shows may be given directly: keys such as an agency's
      // `parent_id` (the wire shows only the parent's name) and bookkeeping columns.
      const type = model.extraColumns[name] ?? foreignKeyType(model, name);
      if (type) columns[name] = storedScalar(context, type, value, fieldPath);
      continue;
    }
    switch (field.kind) {
      case 'scalar':
        if (field.column !== 'id') columns[field.column] = storedScalar(context, field.type, value, fieldPath);
        break;
      case 'one':
        columns[field.column] = value === null ? null : await upsertRecord(context, field.target(), value, fieldPath);
        break;
      case 'many': {
        const children = arrayOf(value, fieldPath);
        afterwards.push(async () => {
          for (const [index, child] of children.entries()) {
            await upsertRecord(context, field.target(), child, `${fieldPath}[${index}]`, { [field.foreignKey]: id });
          }
        });
        break;
      }
      case 'manyToMany': {
        const targets = arrayOf(value, fieldPath);
        afterwards.push(async () => {
          const ids: Key[] = [];
          for (const [index, target] of targets.entries()) {
            ids.push(await upsertRecord(context, field.target(), target, `${fieldPath}[${index}]`));
          }
          await context.tx.deleteFrom(field.through).where(field.from, '=', id).execute();
          for (const targetId of ids) {
            await context.tx.insertInto(field.through).values({ [field.from]: id, [field.to]: targetId }).execute();
          }
        });
        break;
      }
      case 'nameOf':
        if (value !== null && typeof value !== 'string') throw new RecordError(fieldPath, `expected a name, got ${JSON.stringify(value)}`);
        columns[field.fallbackColumn] = value;
        columns[field.column] = value === null ? null : await idByName(context, field.target(), field.targetColumn, value);
        break;
      // `url` is derived from the id.
      default:
        break;
    }
  }

  await writeRow(context, model, id, columns);
  for (const step of afterwards) await step();
  return id;
}

function foreignKeyType(model: Model, column: string): ScalarType | undefined {
  for (const field of Object.values(model.fields)) {
    if ((field.kind === 'one' || field.kind === 'nameOf') && field.column === column) return field.target().idType;
  }
  return undefined;
}

/** The id of the row whose `column` is `name`, if exactly one has it. */
async function idByName(context: UpsertContext, model: Model, column: string, name: string): Promise<Key | null> {
  const rows = await context.tx.selectFrom(model.table).select('id').where(column, '=', name).limit(2).execute();
  return rows.length === 1 ? (rows[0].id as Key) : null;
}

async function writeRow(context: UpsertContext, model: Model, id: Key, columns: Record<string, unknown>): Promise<void> {
  const key = `${model.table}:${id}`;
  const names = Object.keys(columns);
  const already = context.written.get(key);
  if (already && names.every((name) => already.has(name))) return;
  const { tx } = context;
  const exists = await tx.selectFrom(model.table).select('id').where('id', '=', id).executeTakeFirst();
  if (exists) {
    if (names.length) await tx.updateTable(model.table).set(columns).where('id', '=', id).execute();
  } else {
    await tx.insertInto(model.table).values({ ...requiredDefaults(context, model), ...columns, id }).execute();
  }
  context.written.set(key, new Set([...(already ?? []), ...names]));
}

/** Values for non-nullable columns a first, partial record does not carry. */
function requiredDefaults(context: UpsertContext, model: Model): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const field of Object.values(model.fields)) {
    if (field.kind !== 'scalar' || field.nullable || field.column === 'id') continue;
    defaults[field.column] = defaultValue(context, field.type);
  }
  return defaults;
}

function defaultValue(context: UpsertContext, type: ScalarType): unknown {
  switch (type) {
    case 'bool':
      return context.dialect.bool(false);
    case 'int':
    case 'float':
    case 'duration':
      return 0;
    default:
      return '';
  }
}

function recordId(model: Model, record: JsonObject, path: string): Key {
  const id = record.id;
  if (model.idType === 'uuid') {
    if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw new RecordError(`${path}.id`, `expected a UUID for ${model.name}, got ${JSON.stringify(id)}`);
    }
    return id.toLowerCase();
  }
  if (typeof id !== 'number' || !Number.isInteger(id)) {
    throw new RecordError(`${path}.id`, `expected an integer id for ${model.name}, got ${JSON.stringify(id)}`);
  }
  return id;
}

export function storedScalar(context: { dialect: SqlDialect }, type: ScalarType, value: unknown, path: string): unknown {
  if (value === null) return null;
  const fail = (expected: string) => new RecordError(path, `expected ${expected}, got ${JSON.stringify(value)}`);
  switch (type) {
    case 'bool':
      if (typeof value !== 'boolean') throw fail('true or false');
      return context.dialect.bool(value);
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw fail('an integer');
      return value;
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail('a number');
      return value;
    case 'duration': {
      const seconds = typeof value === 'string' ? parseDuration(value) : null;
      if (seconds === null) throw fail('an ISO 8601 duration such as "P1DT2H"');
      return seconds;
    }
    case 'datetime': {
      const stored = typeof value === 'string' ? storedDateTime(value) : null;
      if (stored === null) throw fail('a date-time such as "2024-03-21T12:21:24Z"');
      return stored;
    }
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw fail('a date such as "1966-11-28"');
      return value;
    default:
      if (typeof value !== 'string') throw fail('a string');
      return value;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown, path: string): unknown[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw new RecordError(path, `expected an array, got ${JSON.stringify(value)}`);
  return value;
}
