// The subsets that LL2's upcoming and previous endpoints show, as SQL conditions. The rule
// (docs/COMPATIBILITY.md): a launch is upcoming while its date-time lies ahead, for
// `graceHours` after it has passed, and for as long as its status says it is still going
// (in flight, on hold); it is previous once its date-time has passed.
import { sql } from 'kysely';
import { pathCondition, pathValue } from './paths.ts';
import type { Condition } from './plan.ts';
import { storedDateTime } from './render.ts';
import type { Model, Scope } from './spec.ts';

function stored(at: Date): string {
  return storedDateTime(at.toISOString()) as string;
}

/**
 * The split between upcoming and previous moves at the start of each minute, not with every
 * request: within a minute every request asks the same question, so its count and page
 * boundaries are remembered (query-memo.ts; docs/COMPATIBILITY.md).
 */
export function scopeClock(now: Date): Date {
  return new Date(now.getTime() - (now.getTime() % 60_000));
}

export function scopeCondition(model: Model, scope: Scope, at: Date): Condition {
  const now = scopeClock(at);
  if (scope.kind === 'previous') {
    const cutoff = stored(now);
    return (alias) => pathCondition(model, alias, scope.path, (column) => sql<boolean>`${column} < ${cutoff}`);
  }
  const since = stored(new Date(now.getTime() - scope.graceHours * 3_600_000));
  const { statusPath, stillUpcoming = [] } = scope;
  return (alias) => {
    const ahead = pathCondition(model, alias, scope.path, (column) => sql<boolean>`${column} >= ${since}`);
    if (!statusPath || stillUpcoming.length === 0) return ahead;
    const going = (from: string) => pathCondition(model, from, statusPath, (column) => sql<boolean>`${column} in (${sql.join(stillUpcoming)})`);
    // The same rows, led by a range on the date: from the earliest launch still going (or the
    // cut-off). Without it the OR is answered by two index reads and a sort of every upcoming
    // launch, not by reading the date's index in order from the page.
    const earlier = 'scope_going';
    const itsDate = pathValue(model, earlier, scope.path);
    const earliestGoing = sql`(select min(${itsDate}) from ${sql.table(model.table).as(earlier)} where ${going(earlier)} and ${itsDate} < ${since})`;
    const from = pathCondition(model, alias, scope.path, (column) => sql<boolean>`${column} >= coalesce(${earliestGoing}, ${since})`);
    return sql<boolean>`(${from} and (${ahead} or ${going(alias)}))`;
  };
}
