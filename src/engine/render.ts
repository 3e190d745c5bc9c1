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
  const render = rendererOf(view);
  return rows.map((row) => render(row, store, context));
}

export function renderRow(view: View, row: Row, store: RowStore, context: RenderContext): Record<string, unknown> {
  return rendererOf(view)(row, store, context);
}

type RowRenderer = (row: Row, store: RowStore, context: RenderContext) => Record<string, unknown>;
/** Writes one field of `row` into `result`. */
type FieldWriter = (result: Record<string, unknown>, row: Row, store: RowStore, context: RenderContext) => void;

/**
 * Each view becomes, once, a list of small functions, one per field in wire order: a page of
 * 100 detailed objects renders tens of thousands of fields, so what each field needs (its
 * kind, column, nested view) is looked up when the view is first rendered, not per row.
 */
const renderers = new Map<View, RowRenderer>();

function rendererOf(view: View): RowRenderer {
  let renderer = renderers.get(view);
  if (!renderer) {
    const writers = view.fields.map(({ name, view: nestedName }) => fieldWriter(view, name, nestedName));
    renderer = (row, store, context) => {
      const result: Record<string, unknown> = {};
      for (const write of writers) write(result, row, store, context);
      return result;
    };
    renderers.set(view, renderer);
  }
  return renderer;
}

function fieldWriter(view: View, name: string, nestedName: string | null | undefined): FieldWriter {
  if (name === 'response_mode') return (result) => void (result[name] = view.mode);
  const field = view.model.fields[name];
  // Nested views are looked up on first use: they may belong to models defined later.
  let nestedView: View | undefined;
  let nestedRenderer: RowRenderer | undefined;
  const viewOfNested = (): View => (nestedView ??= findView(nestedName as string));
  const nested = (): RowRenderer => (nestedRenderer ??= rendererOf(viewOfNested()));
  /** A related object: as an earlier request rendered it (renderings.ts), else rendered and kept. */
  const related = (key: Key, table: string, store: RowStore, context: RenderContext): unknown => {
    const view = viewOfNested();
    const remembered = store.renderings?.get(view, key);
    if (remembered !== undefined) return remembered;
    const target = store.row(table, key);
    if (target === undefined) return undefined;
    const rendered = nested()(target, store, context);
    store.renderings?.keep(view, key, rendered);
    return rendered;
  };
  switch (field.kind) {
    case 'scalar': {
      const { type, column } = field;
      return (result, row) => void (result[name] = formatScalar(type, row[column]));
    }
    case 'url': {
      const { path } = field;
      return (result, row, _store, context) => void (result[name] = objectUrl(context, path, row.id));
    }
    case 'one': {
      const { column } = field;
      const table = field.target().table;
      return (result, row, store, context) => {
        const key = row[column] as Key | null;
        result[name] = key === null || key === undefined ? null : (related(key, table, store, context) ?? null);
      };
    }
    case 'nameOf': {
      const { column, targetColumn, fallbackColumn } = field;
      const table = field.target().table;
      return (result, row, store) => {
        const target = row[column] === null ? undefined : store.row(table, row[column] as Key);
        result[name] = target ? (target[targetColumn] ?? null) : (row[fallbackColumn] ?? null);
      };
    }
    case 'many': {
      const { foreignKey } = field;
      const table = field.target().table;
      return (result, row, store, context) => {
        const render = nested();
        const children = store.children(table, foreignKey, row.id as Key) ?? [];
        result[name] = children.map((child) => render(child, store, context));
      };
    }
    case 'manyToMany': {
      const { through, from } = field;
      const table = field.target().table;
      return (result, row, store, context) => {
        const rendered: unknown[] = [];
        for (const id of store.links(through, from, row.id as Key) ?? []) {
          const target = related(id, table, store, context);
          if (target !== undefined) rendered.push(target);
        }
        result[name] = rendered;
      };
    }
  }
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
