// Deep pages without skipping every row before them: the query memo (query-memo.ts) keeps,
// per data version, the ordering key of every block's last row; a page then starts after the
// boundary at or before its offset and skips fewer rows than a block holds.
import { type RawBuilder, sql } from 'kysely';
import type { Reader } from '../db/connect.ts';
import type { Where } from './execute.ts';
import type { ListPlan, OrderItem } from './plan.ts';
import type { Row } from './row-store.ts';

/**
 * The remembered boundary at or before the page's offset: the ordering key of the last row of
 * the block before it, and how many rows precede the block. Only for orderings on the row's own
 * non-null columns (the `id` tie-breaker makes them total), where "after this key" is exact.
 */
export async function blockStart(
  reader: Reader,
  plan: ListPlan,
  alias: string,
  where: Where,
  orderBy: RawBuilder<unknown>,
): Promise<{ key: unknown[]; position: number } | null> {
  if (!reader.memo) return null;
  const size = reader.memo.blockSize;
  const block = Math.floor(plan.offset / size);
  if (block === 0 || !plan.ordering.every((item) => isOwnNonNullColumn(plan, item))) return null;
  const table = sql.table(plan.model.table).as(alias);
  const columns = plan.ordering.map(({ path }, index) => sql`${sql.ref(`${alias}.${path}`)} as ${sql.ref(`k${index}`)}`);
  // Every block's last key, in order: one pass over the matching rows per data version.
  const query = sql<Row>`select * from (select ${sql.join(columns)}, row_number() over (order by ${orderBy}) as position from ${table} where ${where.clause}) as numbered where position % ${size} = 0 order by position`;
  const ordering = plan.ordering.map(({ path, descending }) => `${descending ? '-' : ''}${path}`).join(',');
  const boundaries = await reader.memo.remember(`blocks ${ordering} ${where.memoKey}`, async () =>
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
export function afterKey(alias: string, ordering: OrderItem[], key: unknown[]): RawBuilder<boolean> {
  const column = (index: number) => sql.ref(`${alias}.${ordering[index].path}`);
  const beyond = (index: number) => (ordering[index].descending ? sql<boolean>`${column(index)} < ${key[index]}` : sql<boolean>`${column(index)} > ${key[index]}`);
  const strictly = (index: number): RawBuilder<boolean> =>
    index === ordering.length - 1 ? beyond(index) : sql<boolean>`(${beyond(index)} or (${column(index)} = ${key[index]} and ${strictly(index + 1)}))`;
  const from = ordering[0].descending ? sql`${column(0)} <= ${key[0]}` : sql`${column(0)} >= ${key[0]}`;
  return sql<boolean>`${from} and ${strictly(0)}`;
}
