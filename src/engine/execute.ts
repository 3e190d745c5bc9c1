// Runs a plan against the database: the root query and its count, then every relation the
// view tree needs, one batched query per table and tree level (`WHERE id IN (…)`), so a
// page of 100 detailed objects costs the same number of statements as a page of 10.
import { type RawBuilder, sql } from 'kysely';
import type { Reader } from '../db/connect.ts';
import { pathValue } from './paths.ts';
import type { ListPlan, OrderItem, RetrievePlan, WherePlan } from './plan.ts';
import type { MemoScope } from './query-memo.ts';
import { type Key, type Row, RowStore } from './row-store.ts';
import { findView, type ManyField, type ManyToManyField, type Model, type View } from './spec.ts';

const ROOT = 'root';
// Well under SQLite's and PostgreSQL's bound-parameter limits.
const BATCH_SIZE = 5000;

export async function countRows(reader: Reader, plan: WherePlan, where = whereClause(reader, plan)): Promise<number> {
  const table = sql.table(plan.model.table).as(ROOT);
  const query = sql<{ count: number }>`select count(*) as count from ${table} where ${where}`;
  const count = async () => Number((await query.execute(reader.db)).rows[0]?.count ?? 0);
  return reader.memo ? reader.memo.remember(`count ${memoKey(reader, query)}`, count) : count();
}

export async function executeList(reader: Reader, plan: ListPlan): Promise<{ count: number; rows: Row[] }> {
  const { db } = reader;
  const where = whereClause(reader, plan);
  const table = sql.table(plan.model.table).as(ROOT);
  const count = await countRows(reader, plan, where);
  if (count === 0 || plan.offset >= count) return { count, rows: [] };
  const orderBy = orderByClause(plan);
  const start = await blockStart(reader, plan, where);
  const after = start ? sql` and ${afterKey(plan.ordering, start.key)}` : sql``;
  const offset = plan.offset - (start?.position ?? 0);
  const result = await sql<Row>`select ${sql.ref(ROOT)}.* from ${table} where ${where}${after} order by ${orderBy} limit ${plan.limit} offset ${offset}`.execute(db);
  return { count, rows: result.rows };
}

function orderByClause(plan: ListPlan): RawBuilder<unknown> {
  return sql.join(
    plan.ordering.map(({ path, descending }) => {
      const value = pathValue(plan.model, ROOT, path);
      return descending ? sql`${value} desc nulls first` : sql`${value} asc nulls last`;
    }),
  );
}

/**
 * The remembered boundary at or before the page's offset: the ordering key of the last row of
 * the block before it, and how many rows precede the block. Only for orderings on the row's own
 * non-null columns (the `id` tie-breaker makes them total), where "after this key" is exact.
 */
async function blockStart(reader: Reader, plan: ListPlan, where: RawBuilder<boolean>): Promise<{ key: unknown[]; position: number } | null> {
  if (!reader.memo) return null;
  const size = reader.memo.blockSize;
  const block = Math.floor(plan.offset / size);
  if (block === 0 || !plan.ordering.every((item) => isOwnNonNullColumn(plan, item))) return null;
  const table = sql.table(plan.model.table).as(ROOT);
  const columns = plan.ordering.map(({ path }, index) => sql`${sql.ref(`${ROOT}.${path}`)} as ${sql.ref(`k${index}`)}`);
  // Every block's last key, in order: one pass over the matching rows per data version.
  const query = sql<Row>`select * from (select ${sql.join(columns)}, row_number() over (order by ${orderByClause(plan)}) as position from ${table} where ${where}) as numbered where position % ${size} = 0 order by position`;
  const boundaries = await reader.memo.remember(`blocks ${memoKey(reader, query)}`, async () =>
    (await query.execute(reader.db)).rows.map((row) => plan.ordering.map((_, index) => row[`k${index}`])),
  );
  const key = boundaries[Math.min(block, boundaries.length) - 1];
  return key ? { key, position: Math.min(block, boundaries.length) * size } : null;
}

function isOwnNonNullColumn(plan: ListPlan, { path }: OrderItem): boolean {
  const field = plan.model.fields[path];
  return path === 'id' || (field?.kind === 'scalar' && !field.nullable && field.column === path);
}

/** Rows strictly after `key` in the ordering: (a > x) or (a = x and b > y) …, led by a range the index can seek. */
function afterKey(ordering: OrderItem[], key: unknown[]): RawBuilder<boolean> {
  const column = (index: number) => sql.ref(`${ROOT}.${ordering[index].path}`);
  const beyond = (index: number) => (ordering[index].descending ? sql<boolean>`${column(index)} < ${key[index]}` : sql<boolean>`${column(index)} > ${key[index]}`);
  const strictly = (index: number): RawBuilder<boolean> =>
    index === ordering.length - 1 ? beyond(index) : sql<boolean>`(${beyond(index)} or (${column(index)} = ${key[index]} and ${strictly(index + 1)}))`;
  const from = ordering[0].descending ? sql`${column(0)} <= ${key[0]}` : sql`${column(0)} >= ${key[0]}`;
  return sql<boolean>`${from} and ${strictly(0)}`;
}

/** The query's text and values; the subqueries' generated aliases (`p12`) numbered from 0, as they differ per request. */
function memoKey(reader: Reader, query: RawBuilder<unknown>): string {
  const compiled = query.compile(reader.db);
  const aliases = new Map<string, string>();
  const text = compiled.sql.replace(/"p\d+"/g, (alias) => {
    if (!aliases.has(alias)) aliases.set(alias, `"a${aliases.size}"`);
    return aliases.get(alias) as string;
  });
  return `${text} ${JSON.stringify(compiled.parameters)}`;
}

export async function executeRetrieve(reader: Reader, plan: RetrievePlan, id: Key): Promise<Row | undefined> {
  const where = whereClause(reader, plan);
  const table = sql.table(plan.model.table).as(ROOT);
  const result = await sql<Row>`select ${sql.ref(ROOT)}.* from ${table} where ${sql.ref(`${ROOT}.id`)} = ${id} and ${where}`.execute(reader.db);
  return result.rows[0];
}

/** The ids among `ids` that exist in `model`'s table (for choice filters). */
export async function existingIds(reader: Reader, model: Model, ids: Key[]): Promise<Set<Key>> {
  if (ids.length === 0) return new Set();
  const result = await reader.db.selectFrom(model.table).select('id').where('id', 'in', ids).execute();
  return new Set(result.map((row) => (model.idType === 'uuid' ? String(row.id) : Number(row.id))));
}

function whereClause(reader: Reader, plan: WherePlan): RawBuilder<boolean> {
  const conditions = plan.conditions.map((condition) => condition(ROOT, reader.dialect));
  return conditions.length ? sql<boolean>`${sql.join(conditions, sql` and `)}` : sql<boolean>`1 = 1`;
}

// ---------------------------------------------------------------------------------------
// Relations, level by level.

type Need =
  | { kind: 'ids'; model: Model; ids: Key[]; view: View | null }
  | { kind: 'children'; field: ManyField; parentIds: Key[]; view: View }
  | { kind: 'links'; field: ManyToManyField; parentIds: Key[]; view: View };

export async function loadRelations(reader: Reader, view: View, rows: Row[]): Promise<RowStore> {
  const store = new RowStore();
  store.addRows(view.model.table, rows);
  const expanded = new Set<string>();
  const memo = reader.memo ? new RememberedRelations(await reader.memo.rowScope()) : null;
  let needs = expand(view, rows, expanded);
  while (needs.length > 0) {
    if (memo) needs = memo.fill(store, needs);
    await fetchNeeds(reader, store, needs, memo);
    needs = needs.flatMap((need) => followNeed(store, need, expanded));
  }
  return store;
}

/** What rendering `rows` with `view` requires one level down. */
function expand(view: View, rows: Row[], expanded: Set<string>): Need[] {
  const fresh = rows.filter((row) => {
    const key = `${view.name}:${row.id}`;
    if (expanded.has(key)) return false;
    expanded.add(key);
    return true;
  });
  if (fresh.length === 0) return [];
  const needs: Need[] = [];
  const ids = () => fresh.map((row) => row.id as Key);
  for (const { name, view: nestedView } of view.fields) {
    const field = view.model.fields[name];
    if (!field) continue;
    const nested = nestedView ? findView(nestedView) : null;
    switch (field.kind) {
      case 'one':
      case 'nameOf': {
        const keys = fresh.map((row) => row[field.column] as Key | null).filter((key) => key !== null && key !== undefined);
        if (keys.length) needs.push({ kind: 'ids', model: field.target(), ids: keys as Key[], view: field.kind === 'one' ? nested : null });
        break;
      }
      case 'many':
        if (nested) needs.push({ kind: 'children', field, parentIds: ids(), view: nested });
        break;
      case 'manyToMany':
        if (nested) needs.push({ kind: 'links', field, parentIds: ids(), view: nested });
        break;
    }
  }
  return needs;
}

function followNeed(store: RowStore, need: Need, expanded: Set<string>): Need[] {
  switch (need.kind) {
    case 'ids': {
      if (!need.view) return [];
      const rows = need.ids.map((id) => store.row(need.model.table, id)).filter((row) => row !== undefined);
      return expand(need.view, rows, expanded);
    }
    case 'children': {
      const { field } = need;
      const rows = need.parentIds.flatMap((id) => store.children(field.target().table, field.foreignKey, id) ?? []);
      return expand(need.view, rows, expanded);
    }
    case 'links': {
      const { field } = need;
      const ids = need.parentIds.flatMap((id) => store.links(field.through, field.from, id) ?? []);
      return ids.length ? [{ kind: 'ids', model: field.target(), ids, view: need.view }] : [];
    }
  }
}

/**
 * Related rows, children and links of earlier requests at the same data version: what they
 * answer is put in the store before any query, and what the queries bring is kept for later.
 */
class RememberedRelations {
  private readonly scope: MemoScope;

  constructor(scope: MemoScope) {
    this.scope = scope;
  }

  /** Puts what is remembered in the store; the needs are unchanged (fetchNeeds skips what the store has). */
  fill(store: RowStore, needs: Need[]): Need[] {
    for (const need of needs) {
      if (need.kind === 'ids') {
        const table = need.model.table;
        for (const id of need.ids) {
          const row = this.scope.get(`r ${table} ${id}`) as Row | undefined;
          if (row && !store.hasRow(table, id)) store.addRows(table, [row]);
        }
      } else if (need.kind === 'children') {
        const { table, foreignKey } = { table: need.field.target().table, foreignKey: need.field.foreignKey };
        for (const id of need.parentIds) {
          const rows = this.scope.get(`c ${table}.${foreignKey} ${id}`) as Row[] | undefined;
          if (rows && !store.children(table, foreignKey, id)) store.putChildren(table, foreignKey, id, rows);
        }
      } else {
        const { through, from } = need.field;
        for (const id of need.parentIds) {
          const targets = this.scope.get(`l ${through}.${from} ${id}`) as Key[] | undefined;
          if (targets && !store.links(through, from, id)) store.putLinks(through, from, id, targets);
        }
      }
    }
    return needs;
  }

  rows(table: string, rows: Row[]): void {
    for (const row of rows) this.scope.set(`r ${table} ${row.id}`, row);
  }

  children(table: string, foreignKey: string, parentIds: Key[], store: RowStore): void {
    for (const id of parentIds) this.scope.set(`c ${table}.${foreignKey} ${id}`, store.children(table, foreignKey, id));
  }

  links(through: string, from: string, parentIds: Key[], store: RowStore): void {
    for (const id of parentIds) this.scope.set(`l ${through}.${from} ${id}`, store.links(through, from, id));
  }
}

/** One query per table (and per relation key) for everything this level needs. */
async function fetchNeeds(reader: Reader, store: RowStore, needs: Need[], memo: RememberedRelations | null): Promise<void> {
  const byTable = new Map<string, Set<Key>>();
  const children = new Map<string, { field: ManyField; parentIds: Set<Key> }>();
  const links = new Map<string, { field: ManyToManyField; parentIds: Set<Key> }>();
  for (const need of needs) {
    if (need.kind === 'ids') {
      const table = need.model.table;
      let ids = byTable.get(table);
      if (!ids) byTable.set(table, (ids = new Set()));
      for (const id of need.ids) if (!store.hasRow(table, id)) ids.add(id);
    } else if (need.kind === 'children') {
      const key = `${need.field.target().table}.${need.field.foreignKey}`;
      const entry = children.get(key) ?? { field: need.field, parentIds: new Set<Key>() };
      children.set(key, entry);
      for (const id of need.parentIds) {
        if (!store.children(need.field.target().table, need.field.foreignKey, id)) entry.parentIds.add(id);
      }
    } else {
      const key = `${need.field.through}.${need.field.from}`;
      const entry = links.get(key) ?? { field: need.field, parentIds: new Set<Key>() };
      links.set(key, entry);
      for (const id of need.parentIds) {
        if (!store.links(need.field.through, need.field.from, id)) entry.parentIds.add(id);
      }
    }
  }
  const { db } = reader;
  const work: Promise<void>[] = [];
  for (const [table, ids] of byTable) {
    for (const batch of batches([...ids])) {
      work.push(
        db
          .selectFrom(table)
          .selectAll()
          .where('id', 'in', batch)
          .execute()
          .then((rows) => {
            store.addRows(table, rows);
            memo?.rows(table, rows);
          }),
      );
    }
  }
  for (const { field, parentIds } of children.values()) {
    const table = field.target().table;
    for (const batch of batches([...parentIds])) {
      work.push(
        db
          .selectFrom(table)
          .selectAll()
          .where(field.foreignKey, 'in', batch)
          .orderBy(field.orderBy.replace(/^-/, ''), field.orderBy.startsWith('-') ? 'desc' : 'asc')
          .orderBy('id')
          .execute()
          .then((rows) => {
            store.setChildren(table, field.foreignKey, batch, rows);
            memo?.children(table, field.foreignKey, batch, store);
          }),
      );
    }
  }
  for (const { field, parentIds } of links.values()) {
    for (const batch of batches([...parentIds])) {
      work.push(
        db
          .selectFrom(field.through)
          .select([field.from, field.to])
          .where(field.from, 'in', batch)
          .orderBy('id')
          .execute()
          .then((rows) => {
            store.setLinks(field.through, field.from, field.to, batch, rows);
            memo?.links(field.through, field.from, batch, store);
          }),
      );
    }
  }
  await Promise.all(work);
}

function batches<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) result.push(items.slice(start, start + BATCH_SIZE));
  return result;
}
