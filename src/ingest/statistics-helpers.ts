// Small pieces shared by the statistics: time arithmetic on stored date-times, launch
// outcomes, grouping and sums.
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
