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
  /** The last id given to a keyless row, per table (see `isKeyless`). */
  lastIds: Map<string, number>;
}

export function newUpsertContext(tx: Tx, dialect: SqlDialect): UpsertContext {
  return { tx, dialect, written: new Map(), lastIds: new Map() };
}

/**
 * A model whose rows LL2 shows without their key (a launch's info and video links, its
 * timeline): such rows belong to their parent, and an import replaces the parent's set.
 */
export function isKeyless(model: Model): boolean {
  return !Object.values(model.views).some((view) => view.fields.some((field) => field.name === 'id'));
}

async function newKeylessId(context: UpsertContext, model: Model): Promise<number> {
  let last = context.lastIds.get(model.table);
  if (last === undefined) {
    const row = await context.tx.selectFrom(model.table).select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
    last = Number(row?.max ?? 0);
  }
  context.lastIds.set(model.table, last + 1);
  return last + 1;
}

export async function upsertRecord(
  context: UpsertContext,
  model: Model,
  record: unknown,
  path: string,
  parentColumns: Record<string, unknown> = {},
  nested = false,
): Promise<Key> {
  if (!isObject(record)) throw new RecordError(path, `expected an object for ${model.name}`);
  const id = record.id === undefined && isKeyless(model) ? await newKeylessId(context, model) : recordId(model, record, path);
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
        columns[field.column] = value === null ? null : await upsertRecord(context, field.target(), value, fieldPath, {}, true);
        break;
      case 'many': {
        const children = arrayOf(value, fieldPath);
        afterwards.push(async () => {
          // A keyless set is the parent's own: the record's list replaces what was stored.
          if (isKeyless(field.target())) await context.tx.deleteFrom(field.target().table).where(field.foreignKey, '=', id).execute();
          for (const [index, child] of children.entries()) {
            const keepOrder = field.orderBy === 'position' ? { position: index } : {};
            await upsertRecord(context, field.target(), child, `${fieldPath}[${index}]`, { [field.foreignKey]: id, ...keepOrder }, true);
          }
        });
        break;
      }
      case 'manyToMany': {
        const targets = arrayOf(value, fieldPath);
        afterwards.push(async () => {
          const ids: Key[] = [];
          for (const [index, target] of targets.entries()) {
            ids.push(await upsertRecord(context, field.target(), target, `${fieldPath}[${index}]`, {}, true));
          }
          // Both sides of a link table show the links in one order (the links' ids): a list
          // equal to the stored one is left as it is, so that writing a spacecraft's one family
          // does not move it to the end of the family's list.
          const stored = await context.tx.selectFrom(field.through).select(field.to).where(field.from, '=', id).orderBy('id').execute();
          if (stored.length === ids.length && stored.every((row, index) => String(row[field.to]) === String(ids[index]))) return;
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

  await writeRow(context, model, id, columns, nested);
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

/**
 * A record's own row is always written (a later document wins); a nested object already
 * written in this run with the same columns is skipped (the same agency in a thousand launches).
 */
async function writeRow(context: UpsertContext, model: Model, id: Key, columns: Record<string, unknown>, nested: boolean): Promise<void> {
  const key = `${model.table}:${id}`;
  const names = Object.keys(columns);
  const already = context.written.get(key);
  if (nested && already && names.every((name) => already.has(name))) return;
  // One statement either way: a new row gets defaults for what the record does not carry, an
  // existing row only the columns it does.
  await context.tx
    .insertInto(model.table)
    .values({ ...requiredDefaults(context, model), ...columns, id })
    .onConflict((conflict) => (names.length ? conflict.column('id').doUpdateSet(columns) : conflict.column('id').doNothing()))
    .execute();
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
