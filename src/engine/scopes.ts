// The subsets that LL2's upcoming and previous endpoints show, as SQL conditions. The rule
// (docs/COMPATIBILITY.md): a launch is upcoming while its date-time lies ahead, for
// `graceHours` after it has passed, and for as long as its status says it is still going
// (in flight, on hold); it is previous once its date-time has passed.
import { sql } from 'kysely';
import { pathCondition } from './paths.ts';
import type { Condition } from './plan.ts';
import { storedDateTime } from './render.ts';
import type { Model, Scope } from './spec.ts';

function stored(at: Date): string {
  return storedDateTime(at.toISOString()) as string;
}

export function scopeCondition(model: Model, scope: Scope, now: Date): Condition {
  if (scope.kind === 'previous') {
    const cutoff = stored(now);
    return (alias) => pathCondition(model, alias, scope.path, (column) => sql<boolean>`${column} < ${cutoff}`);
  }
  const since = stored(new Date(now.getTime() - scope.graceHours * 3_600_000));
  const { statusPath, stillUpcoming = [] } = scope;
  return (alias) => {
    const ahead = pathCondition(model, alias, scope.path, (column) => sql<boolean>`${column} >= ${since}`);
    if (!statusPath || stillUpcoming.length === 0) return ahead;
    const going = pathCondition(model, alias, statusPath, (column) => sql<boolean>`${column} in (${sql.join(stillUpcoming)})`);
    return sql<boolean>`(${ahead} or ${going})`;
  };
}
