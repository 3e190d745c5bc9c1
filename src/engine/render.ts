// Rows → JSON values in wire key order, with LL2's value formats (BEHAVIOR.md §10).
import { formatDuration } from './durations.ts';
import { pythonFloat, pythonInt } from './json-text.ts';
import type { Key, Row, RowStore } from './row-store.ts';
import { findView, type ScalarType, type View } from './spec.ts';

export interface RenderContext {
  /** `https://host` of the request: every link LL2 emits uses the request's own host. */
  origin: string;
  /** `?format=json` when the request carried a format (DRF copies it into every link), else ''. */
  linkSuffix: string;
}

export const API_PREFIX = '/2.3.0';

export function objectUrl(context: RenderContext, path: string, id: unknown): string {
  return `${context.origin}${API_PREFIX}/${path}/${id}/${context.linkSuffix}`;
}

export function renderRows(view: View, rows: Row[], store: RowStore, context: RenderContext): unknown[] {
  return rows.map((row) => renderRow(view, row, store, context));
}

export function renderRow(view: View, row: Row, store: RowStore, context: RenderContext): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const fields = view.model.fields;
  for (const { name, view: nestedName } of view.fields) {
    if (name === 'response_mode') {
      result[name] = view.mode;
      continue;
    }
    const field = fields[name];
    switch (field.kind) {
      case 'scalar':
        result[name] = formatScalar(field.type, row[field.column]);
        break;
      case 'url':
        result[name] = objectUrl(context, field.path, row.id);
        break;
      case 'one': {
        const target = row[field.column] === null ? undefined : store.row(field.target().table, row[field.column] as Key);
        result[name] = target ? renderRow(findView(nestedName as string), target, store, context) : null;
        break;
      }
      case 'nameOf': {
        const target = row[field.column] === null ? undefined : store.row(field.target().table, row[field.column] as Key);
        result[name] = target ? (target[field.targetColumn] ?? null) : (row[field.fallbackColumn] ?? null);
        break;
      }
      case 'many': {
        const nested = findView(nestedName as string);
        const children = store.children(field.target().table, field.foreignKey, row.id as Key) ?? [];
        result[name] = children.map((child) => renderRow(nested, child, store, context));
        break;
      }
      case 'manyToMany': {
        const nested = findView(nestedName as string);
        const table = field.target().table;
        const ids = store.links(field.through, field.from, row.id as Key) ?? [];
        result[name] = ids
          .map((id) => store.row(table, id))
          .filter((target) => target !== undefined)
          .map((target) => renderRow(nested, target, store, context));
        break;
      }
    }
  }
  return result;
}

export function formatScalar(type: ScalarType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'bool':
      // SQLite stores booleans as 0/1.
      return Boolean(value);
    case 'int':
      return pythonInt(Number(value));
    case 'float':
      return pythonFloat(Number(value));
    case 'duration':
      return formatDuration(Number(value));
    case 'datetime':
      return formatDateTime(String(value));
    default:
      return String(value);
  }
}

/**
 * Stored date-times are `YYYY-MM-DDTHH:MM:SS.ffffffZ` so that they sort as text; DRF prints
 * the microseconds only when they are not zero.
 */
export function formatDateTime(stored: string): string {
  return stored.replace(/\.0{6}Z$/, 'Z');
}

/** The stored form of a date-time given in any ISO 8601 form with a zone, or null if invalid. */
export function storedDateTime(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,6})\d*)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!match) return null;
  const [, day, time, fraction = '', zone = 'Z'] = match;
  const withSeconds = time.length === 5 ? `${time}:00` : time;
  const micro = fraction.padEnd(6, '0');
  if (zone === 'Z' || /^[+-]00:?00$/.test(zone)) return `${day}T${withSeconds}.${micro}Z`;
  const date = new Date(`${day}T${withSeconds}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.toISOString().slice(0, 19)}.${micro}Z`;
}
