// Imports LL2 JSON documents atomically: either every record of every document is written,
// with the computed fields derived again from the facts, or (on the first bad record)
// nothing is, and the error names the document, the record's path in it and the reason.
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import type { Model } from '../engine/spec.ts';
import { type Document, documentOf, modelOfEndpoint } from './import-sources.ts';
import { Progress } from './progress.ts';
import { recomputeStatisticsIn } from './statistics.ts';
import { newUpsertContext, RecordError, upsertRecord } from './upsert.ts';

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
  const work = documents.map((document) => ({ document, model: modelOfDocument(document, options.model) }));
  const total = work.reduce((count, { document }) => count + document.records.length, 0);
  const progress = new Progress('importing records', total, process.stderr, !options.progress);
  const byModel: Record<string, number> = {};
  await database.db.transaction().execute(async (tx) => {
    const context = newUpsertContext(tx, database.dialect);
    for (const { document, model } of work) {
      for (const [index, record] of document.records.entries()) {
        await upsertRecord(context, model, record, `${document.source}: ${document.recordPath(index)}`);
        progress.advance();
      }
      byModel[model.name] = (byModel[model.name] ?? 0) + document.records.length;
    }
    await recomputeStatisticsIn(tx, database.dialect, new Date(), (table, id, column) => context.written.get(`${table}:${id}`)?.has(column) ?? false);
    await recordDataChange(tx, `import ${Object.keys(byModel).join(', ')}`);
  });
  progress.finish();
  return { records: total, byModel, seconds: progress.elapsedSeconds() };
}

/** Imports records of one model given in memory (tests, and callers that parsed already). */
export async function importRecords(database: Database, model: Model, records: unknown[]): Promise<number> {
  await importDocuments(database, [documentOf('records', records)], { model });
  return records.length;
}
