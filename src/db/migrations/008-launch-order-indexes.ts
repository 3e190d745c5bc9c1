// Launch orderings served by an index to the last key: launches are keyed by a UUID, not by
// SQLite's rowid, so an index on `net` alone leaves the `id` tie-breaker (query.ts) to a sort
// of every row before the page. One index per ordering field of the launch endpoints, with `id`.
import type { Migration } from 'kysely';

const ORDERED_BY = ['net', 'last_updated', 'name'];

export function launchOrderIndexes(): Migration {
  return {
    async up(db) {
      await db.schema.dropIndex('launches_net_order_idx').execute();
      for (const column of ORDERED_BY) {
        await db.schema.createIndex(`launches_${column}_id_order_idx`).on('launches').columns([column, 'id']).execute();
      }
    },
  };
}
