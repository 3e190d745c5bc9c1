// What one request asks of the database, after parsing and validation.
import type { RawBuilder } from 'kysely';
import type { SqlDialect } from '../db/dialect.ts';
import type { Model, View } from './spec.ts';

export type Condition = (alias: string, dialect: SqlDialect) => RawBuilder<boolean>;

export interface WherePlan {
  model: Model;
  /** Filters and search terms, all of which a row must satisfy. */
  conditions: Condition[];
}

export interface OrderItem {
  /** A field path: a stored field, or one reached through to-one relations (`location__name`). */
  path: string;
  descending: boolean;
}

export interface ListPlan extends WherePlan {
  view: View;
  ordering: OrderItem[];
  limit: number;
  offset: number;
}

export interface RetrievePlan extends WherePlan {
  view: View;
}
