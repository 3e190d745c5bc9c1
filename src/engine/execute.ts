// Runs a plan against the database: the root query and its count, then every relation the
// view tree needs, one batched query per table and tree level (`WHERE id IN (…)`), so a
// page of 100 detailed objects costs the same number of statements as a page of 10.
import { type RawBuilder, sql } from 'kysely';
import type { Reader } from '../db/connect.ts';
import { pathValue, restartAliases } from './paths.ts';
import { afterKey, blockStart } from './page-blocks.ts';
import type { ListPlan, RetrievePlan, WherePlan } from './plan.ts';
import type { PlanLookups } from './query.ts';
import type { MemoScope } from './query-memo.ts';
import type { RenderContext } from './render.ts';
import { Renderings } from './renderings.ts';
import { type Key, type Row, RowStore } from './row-store.ts';
import { findView, type ManyField, type ManyToManyField, type Model, type View } from './spec.ts';

const ROOT = 'root';
// Well under SQLite's and PostgreSQL's bound-parameter limits.
const BATCH_SIZE = 5000;

/** A plan's conditions as SQL, and (with the memo) the text that names them in memo keys. */
export interface Where {
  clause: RawBuilder<boolean>;
  memoKey: string;
}

export async function countRows(reader: Reader, plan: WherePlan, where = whereOf(reader, plan)): Promise<number> {
  const table = sql.table(plan.model.table).as(ROOT);
  const query = sql<{ count: number }>`select count(*) as count from ${table} where ${where.clause}`;
  const count = async () => Number((await query.execute(reader.db)).rows[0]?.count ?? 0);
  return reader.memo ? reader.memo.remember(`count ${where.memoKey}`, count) : count();
}

export async function executeList(reader: Reader, plan: ListPlan): Promise<{ count: number; rows: Row[] }> {
  const { db } = reader;
  const where = whereOf(reader, plan);
  const table = sql.table(plan.model.table).as(ROOT);
  const count = await countRows(reader, plan, where);
  if (count === 0 || plan.offset >= count) return { count, rows: [] };
  const orderBy = orderByClause(plan);
  const start = await blockStart(reader, plan, ROOT, where, orderBy);
  // The boundary comes first: of two lower bounds on one column (a scope's and the
  // boundary's), SQLite seeks the index to the first it reads, and the boundary is the later.
  const after = start ? sql`${afterKey(ROOT, plan.ordering, start.key)} and ` : sql``;
  const offset = plan.offset - (start?.position ?? 0);
  const result = await sql<Row>`select ${sql.ref(ROOT)}.* from ${table} where ${after}${where.clause} order by ${orderBy} limit ${plan.limit} offset ${offset}`.execute(db);
  return { count, rows: result.rows };
}

function orderByClause(plan: ListPlan): RawBuilder<unknown> {
  return sql.join(
    plan.ordering.map(({ path, descending }) => {
      const value = pathValue(plan.model, ROOT, path);
      // A key is never null, and SQLite orders by an index only without a NULLS clause on it.
      if (path === 'id') return descending ? sql`${value} desc` : sql`${value} asc`;
      return descending ? sql`${value} desc nulls first` : sql`${value} asc nulls last`;
    }),
  );
}

export async function executeRetrieve(reader: Reader, plan: RetrievePlan, id: Key): Promise<Row | undefined> {
  const { clause } = whereOf(reader, plan);
  const table = sql.table(plan.model.table).as(ROOT);
  const result = await sql<Row>`select ${sql.ref(ROOT)}.* from ${table} where ${sql.ref(`${ROOT}.id`)} = ${id} and ${clause}`.execute(reader.db);
  return result.rows[0];
}

/** What parsing a query asks of the database. */
export function planLookups(reader: Reader): PlanLookups {
  return {
    existingIds: (model, ids) => existingIds(reader, model, ids),
    async searchMatches(table, column, term, cap) {
      const query = reader.dialect.indexedMatchesUpTo(table, column, term, cap);
      return query ? Number((await query.execute(reader.db)).rows[0]?.matches ?? 0) : null;
    },
  };
}

/** The ids among `ids` that exist in `model`'s table (for choice filters). */
export async function existingIds(reader: Reader, model: Model, ids: Key[]): Promise<Set<Key>> {
  if (ids.length === 0) return new Set();
  const result = await reader.db.selectFrom(model.table).select('id').where('id', 'in', ids).execute();
  return new Set(result.map((row) => (model.idType === 'uuid' ? String(row.id) : Number(row.id))));
}

function whereOf(reader: Reader, plan: WherePlan): Where {
  restartAliases();
  const conditions = plan.conditions.map((condition) => condition(ROOT, reader.dialect));
  const clause = conditions.length ? sql<boolean>`${sql.join(conditions, sql` and `)}` : sql<boolean>`1 = 1`;
  if (!reader.memo) return { clause, memoKey: '' };
  // The same request has the same text (paths.ts restartAliases), so its memo entries are found.
  // The memo makes a key flat when it keeps it (flat-string.ts), not on every request here.
  const compiled = clause.compile(reader.db);
  return { clause, memoKey: `${plan.model.table} ${compiled.sql} ${JSON.stringify(compiled.parameters)}` };
}

// ---------------------------------------------------------------------------------------
// Relations, level by level.

type Need =
  | { kind: 'ids'; model: Model; ids: Key[]; view: View | null }
  | { kind: 'children'; field: ManyField; parentIds: Key[]; view: View }
  | { kind: 'links'; field: ManyToManyField; parentIds: Key[]; view: View };

/**
 * The rows rendering `rows` with `view` needs, level by level. With the memo, a related object
 * rendered by an earlier request for the same links' origin is not loaded: the store carries
 * its rendering instead.
 */
export async function loadRelations(reader: Reader, view: View, rows: Row[], context: RenderContext): Promise<RowStore> {
  const store = new RowStore();
  store.addRows(view.model.table, rows);
  const expanded = new Set<string>();
  const memo = reader.memo ? new RememberedRelations(await reader.memo.rowScope()) : null;
  if (reader.memo) store.renderings = new Renderings(await reader.memo.objectScope(), context);
  let needs = expand(store, view, rows, expanded);
  while (needs.length > 0) {
    memo?.fill(store, needs);
    await fetchNeeds(reader, store, needs, memo);
    needs = needs.flatMap((need) => followNeed(store, need, expanded));
  }
  return store;
}

/** An `ids` need for the objects among `ids` whose rendering with `view` is not already known. */
function idsNeed(store: RowStore, model: Model, ids: Key[], view: View | null): Need[] {
  const { renderings } = store;
  const unrendered = view && renderings ? ids.filter((id) => !renderings.has(view, id)) : ids;
  return unrendered.length ? [{ kind: 'ids', model, ids: unrendered, view }] : [];
}

/** What rendering `rows` with `view` requires one level down. */
function expand(store: RowStore, view: View, rows: Row[], expanded: Set<string>): Need[] {
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
        needs.push(...idsNeed(store, field.target(), keys as Key[], field.kind === 'one' ? nested : null));
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
      return expand(store, need.view, rows, expanded);
    }
    case 'children': {
      const { field } = need;
      const rows = need.parentIds.flatMap((id) => store.children(field.target().table, field.foreignKey, id) ?? []);
      return expand(store, need.view, rows, expanded);
    }
    case 'links': {
      const { field } = need;
      const ids = need.parentIds.flatMap((id) => store.links(field.through, field.from, id) ?? []);
      return idsNeed(store, field.target(), ids, need.view);
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

  /** Puts what is remembered in the store, where fetchNeeds finds it and queries only the rest. */
  fill(store: RowStore, needs: Need[]): void {
    for (const need of needs) {
      if (need.kind === 'ids') {
        const table = need.model.table;
        for (const id of need.ids) {
          const row = this.scope.get(`r ${table} ${id}`) as Row | undefined;
          if (row && !store.hasRow(table, id)) store.addRows(table, [row]);
        }
      } else if (need.kind === 'children') {
        const table = need.field.target().table;
        const { foreignKey } = need.field;
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
