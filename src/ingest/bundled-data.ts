// The dataset that ships with Apogee (see docs/DATA.md): the hand-written LL2 records of
// src/data/bundled/*.json, then the spaceflight-history catalog of src/data/catalog expanded
// into LL2 records. Both load through the importer's code path; the computed fields are then
// derived from their facts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandCatalog, type RecordSet } from '../data/catalog/expand.ts';
import { catalogParts } from '../data/catalog/index.ts';
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import { modelNamed } from '../models/index.ts';
import { recomputeStatistics } from './statistics.ts';
import { newUpsertContext, RecordError, upsertRecord } from './upsert.ts';

export const BUNDLED_DIR = fileURLToPath(new URL('../data/bundled/', import.meta.url));

interface NamedRecordSet extends RecordSet {
  /** Where the records come from, for error messages. */
  source: string;
}

export function bundledFiles(dir = BUNDLED_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function readBundledFiles(dir = BUNDLED_DIR): NamedRecordSet[] {
  return bundledFiles(dir).map((file) => ({ source: file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as RecordSet) }));
}

export interface BundledOptions {
  /**
   * Whether to load the catalog too (default). Without it, the hand-written records alone:
   * every field, mode and filter has data, in a tenth of the time (the generic endpoint suite).
   */
  catalog?: boolean;
  dir?: string;
}

/** Every record of the bundled dataset, in the order it must be written. */
export function bundledRecordSets({ catalog = true, dir = BUNDLED_DIR }: BundledOptions = {}): NamedRecordSet[] {
  const files = readBundledFiles(dir);
  if (!catalog) return files;
  return [...files, ...expandCatalog(catalogParts, files).map((set) => ({ source: `catalog ${set.model}`, ...set }))];
}

/** Loads everything in one transaction: a broken record leaves the database untouched. */
export async function loadBundledData(database: Database, options: BundledOptions = {}): Promise<number> {
  const sets = bundledRecordSets(options);
  let count = 0;
  await database.db.transaction().execute(async (tx) => {
    const context = newUpsertContext(tx, database.dialect);
    for (const set of sets) {
      const model = modelNamed(set.model);
      if (!model) throw new RecordError(set.source, `unknown model "${set.model}"`);
      for (const [index, record] of set.records.entries()) {
        await upsertRecord(context, model, record, `${set.source}[${index}]`);
      }
      count += set.records.length;
    }
    await recordDataChange(tx, 'seed');
  });
  await recomputeStatistics(database);
  return count;
}

/** True when the database holds no data yet (a first start). */
export async function isEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('agencies').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
