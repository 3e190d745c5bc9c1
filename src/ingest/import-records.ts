// Imports LL2 JSON documents atomically: either every record of every document is written,
// with the computed fields derived again from the facts, or (on the first bad record)
// nothing is, and the error names the document, the record's path in it and the reason.
import { sql } from 'kysely';
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import type { SqlDialect } from '../db/dialect.ts';
import type { Model } from '../engine/spec.ts';
import { type Document, documentOf, modelOfEndpoint } from './import-sources.ts';
import { Progress } from './progress.ts';
import { recomputeStatisticsIn } from './statistics.ts';
import { newUpsertContext, RecordError, type Tx, type UpsertContext, upsertRecord } from './upsert.ts';

export interface ImportOptions {
  /** The model of every record; otherwise each document's endpoint decides. */
  model?: Model;
  /** Progress on standard error, for the command line. */
  progress?: boolean;
}

export interface ImportSummary {
  records: number;
  byModel: Record<string, number>;
  seconds: number;
}

export function modelOfDocument(document: Document, forced?: Model): Model {
  const model = forced ?? (document.endpointHint ? modelOfEndpoint(document.endpointHint) : undefined);
  if (!model) {
    throw new RecordError(document.source, 'cannot tell which endpoint these records come from (no page link or record url); pass --endpoint');
  }
  return model;
}

export async function importDocuments(database: Database, documents: Document[], options: ImportOptions = {}): Promise<ImportSummary> {
  const total = documents.reduce((count, document) => count + document.records.length, 0);
  const progress = new Progress('importing records', total, process.stderr, !options.progress);
  let byModel: Record<string, number> = {};
  await database.db.transaction().execute(async (tx) => {
    ({ byModel } = await importDocumentsIn(tx, database.dialect, documents, { model: options.model, progress }));
  });
  progress.finish();
  return { records: total, byModel, seconds: progress.elapsedSeconds() };
}

export interface ImportInOptions {
  model?: Model;
  progress?: Progress;
  /** What the data change is recorded as (default `import <models>`). */
  changeSource?: string;
  /**
   * Skips a record that does not fit, instead of failing the import: each record is then
   * written under a savepoint, so that a bad one leaves no trace (the mirror, src/sync/).
   */
  onBadRecord?: (error: RecordError) => void;
}

/** The import inside a transaction the caller holds (the mirror adds its bookkeeping to it). */
export async function importDocumentsIn(
  tx: Tx,
  dialect: SqlDialect,
  documents: Document[],
  options: ImportInOptions = {},
): Promise<{ records: number; byModel: Record<string, number> }> {
  const work = documents.map((document) => ({ document, model: modelOfDocument(document, options.model) }));
  const byModel: Record<string, number> = {};
  let records = 0;
  const context = newUpsertContext(tx, dialect);
  for (const { document, model } of work) {
    byModel[model.name] ??= 0;
    for (const [index, record] of document.records.entries()) {
      const path = `${document.source}: ${document.recordPath(index)}`;
      const id = options.onBadRecord ? await upsertOrSkip(context, model, record, path, options.onBadRecord) : await upsertRecord(context, model, record, path);
      if (id !== null) {
        byModel[model.name] += 1;
        records += 1;
      }
      options.progress?.advance();
    }
  }
  await recomputeStatisticsIn(tx, dialect, new Date(), (table, id, column) => context.written.get(`${table}:${id}`)?.has(column) ?? false);
  await recordDataChange(tx, options.changeSource ?? `import ${Object.keys(byModel).join(', ')}`);
  return { records, byModel };
}

/** Writes one record under a savepoint; a record that does not fit is rolled back and reported. */
async function upsertOrSkip(context: UpsertContext, model: Model, record: unknown, path: string, onBadRecord: (error: RecordError) => void) {
  // What this run has written, as it was: writeRow replaces a row's set, it never changes one.
  const written = new Map(context.written);
  const lastIds = new Map(context.lastIds);
  await sql`savepoint apogee_record`.execute(context.tx);
  try {
    const id = await upsertRecord(context, model, record, path);
    await sql`release savepoint apogee_record`.execute(context.tx);
    return id;
  } catch (error) {
    // A RecordError, or PostgreSQL refusing a value (SQLSTATE class 22, e.g. an id past 32 bits).
    const dataError = error instanceof RecordError || String((error as { code?: unknown }).code ?? '').startsWith('22');
    if (!dataError) throw error;
    await sql`rollback to savepoint apogee_record`.execute(context.tx);
    await sql`release savepoint apogee_record`.execute(context.tx);
    context.written = written;
    context.lastIds = lastIds;
    onBadRecord(error instanceof RecordError ? error : new RecordError(path, (error as Error).message));
    return null;
  }
}

/** Imports records of one model given in memory (tests, and callers that parsed already). */
export async function importRecords(database: Database, model: Model, records: unknown[]): Promise<number> {
  await importDocuments(database, [documentOf('records', records)], { model });
  return records.length;
}
