// The rows one response needs, fetched in batches and indexed for rendering.
import type { Renderings } from './renderings.ts';

export type Key = number | string;
export type Row = Record<string, unknown>;

export class RowStore {
  /** Related objects rendered by earlier requests, whose rows were therefore not loaded. */
  renderings?: Renderings;
  private readonly rowsByTable = new Map<string, Map<Key, Row>>();
  /** `table.foreignKey` → parent id → child rows, in the relation's order. */
  private readonly childrenByKey = new Map<string, Map<Key, Row[]>>();
  /** `linkTable.fromColumn` → parent id → target ids, in link order. */
  private readonly linksByKey = new Map<string, Map<Key, Key[]>>();

  row(table: string, id: Key): Row | undefined {
    return this.rowsByTable.get(table)?.get(id);
  }

  hasRow(table: string, id: Key): boolean {
    return this.rowsByTable.get(table)?.has(id) ?? false;
  }

  addRows(table: string, rows: Row[]): void {
    let byId = this.rowsByTable.get(table);
    if (!byId) this.rowsByTable.set(table, (byId = new Map()));
    for (const row of rows) byId.set(row.id as Key, row);
  }

  children(table: string, foreignKey: string, parentId: Key): Row[] | undefined {
    return this.childrenByKey.get(`${table}.${foreignKey}`)?.get(parentId);
  }

  setChildren(table: string, foreignKey: string, parentIds: Key[], rows: Row[]): void {
    const byParent = new Map<Key, Row[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(row[foreignKey] as Key)?.push(row);
    for (const [parentId, children] of byParent) this.putChildren(table, foreignKey, parentId, children);
  }

  /** One parent's children, all of them, in order. */
  putChildren(table: string, foreignKey: string, parentId: Key, rows: Row[]): void {
    const key = `${table}.${foreignKey}`;
    let byParent = this.childrenByKey.get(key);
    if (!byParent) this.childrenByKey.set(key, (byParent = new Map()));
    byParent.set(parentId, rows);
    this.addRows(table, rows);
  }

  links(through: string, from: string, parentId: Key): Key[] | undefined {
    return this.linksByKey.get(`${through}.${from}`)?.get(parentId);
  }

  setLinks(through: string, from: string, to: string, parentIds: Key[], links: Row[]): void {
    const byParent = new Map<Key, Key[]>(parentIds.map((id) => [id, []]));
    for (const link of links) byParent.get(link[from] as Key)?.push(link[to] as Key);
    for (const [parentId, targets] of byParent) this.putLinks(through, from, parentId, targets);
  }

  /** One parent's link targets, all of them, in link order. */
  putLinks(through: string, from: string, parentId: Key, targets: Key[]): void {
    const key = `${through}.${from}`;
    let byParent = this.linksByKey.get(key);
    if (!byParent) this.linksByKey.set(key, (byParent = new Map()));
    byParent.set(parentId, targets);
  }
}
