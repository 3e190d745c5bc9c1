// Small pieces shared by the statistics: time arithmetic on stored date-times, launch
// outcomes, grouping and sums.
import type { Tx } from './upsert.ts';

export type LaunchOutcome = 'success' | 'failure' | 'pending';

// LL2's launch statuses, by abbreviation: anything not final counts as pending.
const OUTCOME_BY_STATUS: Record<string, LaunchOutcome> = {
  Success: 'success',
  Failure: 'failure',
  'Partial Failure': 'failure',
};

export function outcomeOfStatus(abbrev: string | undefined): LaunchOutcome {
  return OUTCOME_BY_STATUS[abbrev ?? ''] ?? 'pending';
}

/** Seconds since the epoch of a stored `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
export function epochSeconds(stored: unknown): number | null {
  if (typeof stored !== 'string') return null;
  const whole = Date.parse(`${stored.slice(0, 19)}Z`);
  if (Number.isNaN(whole)) return null;
  const fraction = /\.(\d+)Z$/.exec(stored)?.[1] ?? '0';
  return whole / 1000 + Number(`0.${fraction}`);
}

/** How many of the most recent outcomes in a row were successes. */
export function trailingRun(successes: boolean[]): number {
  let run = 0;
  for (let index = successes.length - 1; index >= 0 && successes[index]; index--) run++;
  return run;
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function minimum(values: Array<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? Math.min(...present) : null;
}

/** Whether the import in progress wrote this column of this row (a value its record carried). */
export type Carried = (table: string, id: unknown, column: string) => boolean;

/**
 * How a computed value moves as more of its facts are known: counts and totals grow, first
 * dates shrink, states (flags, current links) just change. Turnarounds are formulas LL2 does
 * not publish: one a record carries is kept, Apogee only fills those nobody gave.
 */
type Derivation = 'largest' | 'smallest' | 'state' | 'given';

/** Flags and values that may go either way as facts arrive (stored as numbers in SQLite). */
const STATE_COLUMNS = new Set(['in_space', 'is_human', 'age', 'onboard_crew', 'docked_vehicles']);

function derivationOf(column: string, value: unknown): Derivation {
  if (typeof value === 'boolean' || column.endsWith('_id') || STATE_COLUMNS.has(column)) return 'state';
  if (column.includes('turnaround')) return 'given';
  if (column === 'first_flight') return 'smallest';
  return 'largest';
}

function comparable(value: unknown): unknown {
  if (typeof value === 'boolean') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return value;
}

type Row = Record<string, unknown>;

/**
 * The rows one recomputation reads and the computed values it writes. Each table is read
 * once, however many formulas need it, and the rows stay current with what was written.
 *
 * A computed value is written keeping what an imported record carried when the facts behind
 * it are not (all) in the database: a value derived from fewer facts than the record knew is
 * not better than the record's (docs/COMPATIBILITY.md, "Computed fields on import"). What the
 * import in progress carried is kept; a null is derived; unchanged values are not written.
 */
export class DerivedWriter {
  private readonly tables = new Map<string, Promise<{ list: Row[]; byId: Map<string, Row> }>>();
  private readonly tx: Tx;
  private readonly carried: Carried;

  constructor(tx: Tx, carried: Carried = () => false) {
    this.tx = tx;
    this.carried = carried;
  }

  private table(table: string) {
    let loaded = this.tables.get(table);
    if (!loaded) {
      loaded = (this.tx.selectFrom(table).selectAll().execute() as Promise<Row[]>).then((list) => ({
        list,
        byId: new Map(list.map((row) => [String(row.id), row])),
      }));
      this.tables.set(table, loaded);
    }
    return loaded;
  }

  /** Every row of the table, as stored plus what this writer wrote since. */
  async rows(table: string): Promise<Row[]> {
    return (await this.table(table)).list;
  }

  async write(table: string, id: unknown, values: Row, hasFacts = true): Promise<void> {
    const stored = (await this.table(table)).byId.get(String(id)) ?? {};
    const changes: Row = {};
    for (const [column, value] of Object.entries(values)) {
      const before = comparable(stored[column]);
      const after = comparable(value);
      if (before === after) continue;
      // What the record being imported says is the freshest statement of the value.
      if (this.carried(table, id, column)) continue;
      const kind = derivationOf(column, value);
      const write =
        before === null ||
        before === undefined ||
        (kind === 'state' && hasFacts) ||
        (kind === 'largest' && after !== null && (after as number) >= (before as number)) ||
        (kind === 'smallest' && after !== null && (after as number) <= (before as number));
      if (write) changes[column] = value;
    }
    if (Object.keys(changes).length === 0) return;
    await this.tx.updateTable(table).set(changes).where('id', '=', id).execute();
    Object.assign(stored, changes);
  }
}
