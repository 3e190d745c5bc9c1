// Keeps the order in which a station lists its docking ports (LL2's is not by id). Generated
// with scripts/draft-migration.ts; released migrations never change.
import type { Migration } from 'kysely';
import type { ScalarType } from '../../engine/spec.ts';
import type { SqlDialect } from '../dialect.ts';
import { schemaChange } from '../schema.ts';

const columns: Record<string, Record<string, ScalarType>> = {
  docking_locations: {
    position: 'int',
  },
};

export function dockingOrderSchema(dialect: SqlDialect): Migration {
  return schemaChange(dialect, {}, columns);
}
