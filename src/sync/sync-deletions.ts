// Records the upstream deleted. A full pass notes the id of every record it reads (table
// `sync_ids`, so that a pass spread over hours and restarts still knows them); when it ends,
// the local rows it did not see are missing upstream.
//
// A pass that takes hours reads pages by offset while the upstream changes: a record deleted
// upstream on an earlier page shifts the later ones back by one, and one record slips past
// unseen although it exists. So a row is deleted only when it is missing from two complete
// full passes in a row; a slipped record is seen by the next pass and kept.
import type { Key } from '../engine/row-store.ts';
import type { Model } from '../engine/spec.ts';
import { isKeyless, type Tx } from '../ingest/upsert.ts';

const INSERT_CHUNK = 200;

/** The id of an upstream record as stored (`sync_ids.id` is text), or null when it has none that fits. */
export function storedId(model: Model, record: unknown): string | null {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  if (model.idType === 'uuid') return typeof id === 'string' ? id.toLowerCase() : null;
  return typeof id === 'number' && Number.isInteger(id) ? String(id) : null;
}

/** Notes the ids a full pass has read, bad records included: they exist upstream. */
export async function rememberSeen(tx: Tx, resource: string, model: Model, records: unknown[]): Promise<void> {
  const ids = [...new Set(records.map((record) => storedId(model, record)).filter((id): id is string => id !== null))];
  for (let start = 0; start < ids.length; start += INSERT_CHUNK) {
    const rows = ids.slice(start, start + INSERT_CHUNK).map((id) => ({ resource, kind: 'seen', id }));
    await tx.insertInto('sync_ids').values(rows).onConflict((conflict) => conflict.columns(['resource', 'kind', 'id']).doNothing()).execute();
  }
}

async function idsOf(tx: Tx, resource: string, kind: 'seen' | 'missing'): Promise<Set<string>> {
  const rows = await tx.selectFrom('sync_ids').select('id').where('resource', '=', resource).where('kind', '=', kind).execute();
  return new Set(rows.map((row) => String(row.id)));
}

/**
 * At the end of a full pass: deletes the rows missing from this pass and the one before, keeps
 * this pass's missing ones for the next, and forgets what it saw. Returns the rows deleted.
 */
export async function applyDeletions(tx: Tx, resource: string, model: Model): Promise<number> {
  const seen = await idsOf(tx, resource, 'seen');
  const missingBefore = await idsOf(tx, resource, 'missing');
  const local = (await tx.selectFrom(model.table).select('id').execute()).map((row) => row.id as Key);
  const missing = local.filter((id) => !seen.has(String(id)));
  const gone = missing.filter((id) => missingBefore.has(String(id)));
  await deleteRows(tx, model, gone);

  await tx.deleteFrom('sync_ids').where('resource', '=', resource).execute();
  const stillMissing = missing.filter((id) => !missingBefore.has(String(id)));
  for (let start = 0; start < stillMissing.length; start += INSERT_CHUNK) {
    const rows = stillMissing.slice(start, start + INSERT_CHUNK).map((id) => ({ resource, kind: 'missing', id: String(id) }));
    await tx.insertInto('sync_ids').values(rows).execute();
  }
  return gone.length;
}

/**
 * The rows, and what belongs to them alone: their many-to-many links and their keyless lists
 * (a launch's links and timeline). Rows of other endpoints that point at them (a deleted pad's
 * launches) are the business of those endpoints' own passes.
 */
async function deleteRows(tx: Tx, model: Model, ids: Key[]): Promise<void> {
  for (let start = 0; start < ids.length; start += INSERT_CHUNK) {
    const chunk = ids.slice(start, start + INSERT_CHUNK);
    for (const field of Object.values(model.fields)) {
      if (field.kind === 'manyToMany') await tx.deleteFrom(field.through).where(field.from, 'in', chunk).execute();
      if (field.kind === 'many' && isKeyless(field.target())) await tx.deleteFrom(field.target().table).where(field.foreignKey, 'in', chunk).execute();
    }
    await tx.deleteFrom(model.table).where('id', 'in', chunk).execute();
  }
}
