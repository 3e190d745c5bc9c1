// Imports LL2 JSON (a paginated page, a bare array or one object) of one model, atomically:
// either every record is written or, on the first bad one, nothing is.
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import type { Model } from '../engine/spec.ts';
import { newUpsertContext, RecordError, upsertRecord } from './upsert.ts';

export function recordsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (typeof document === 'object' && document !== null && Array.isArray((document as { results?: unknown }).results)) {
    return (document as { results: unknown[] }).results;
  }
  if (typeof document === 'object' && document !== null) return [document];
  throw new RecordError('$', 'expected an LL2 page, an array or an object');
}

export async function importRecords(database: Database, model: Model, records: unknown[]): Promise<number> {
  await database.db.transaction().execute(async (tx) => {
    const context = newUpsertContext(tx, database.dialect);
    for (const [index, record] of records.entries()) await upsertRecord(context, model, record, `$[${index}]`);
    await recordDataChange(tx, `import ${model.name}`);
  });
  return records.length;
}
