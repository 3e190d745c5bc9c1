// The dataset that ships with Apogee (src/data/bundled/*.json, see docs/DATA.md): loaded
// through the importer's code path, then the computed fields are derived from its facts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import { modelNamed } from '../models/index.ts';
import { recomputeStatistics } from './statistics.ts';
import { newUpsertContext, RecordError, upsertRecord } from './upsert.ts';

export const BUNDLED_DIR = fileURLToPath(new URL('../data/bundled/', import.meta.url));

interface DataFile {
  model: string;
  records: unknown[];
}

export function bundledFiles(dir = BUNDLED_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Loads every file in one transaction: a broken file leaves the database untouched. */
export async function loadBundledData(database: Database, dir = BUNDLED_DIR): Promise<number> {
  let count = 0;
  await database.db.transaction().execute(async (tx) => {
    const context = newUpsertContext(tx, database.dialect);
    for (const file of bundledFiles(dir)) {
      const content = JSON.parse(readFileSync(join(dir, file), 'utf8')) as DataFile;
      const model = modelNamed(content.model);
      if (!model) throw new RecordError(file, `unknown model "${content.model}"`);
      for (const [index, record] of content.records.entries()) {
        await upsertRecord(context, model, record, `${file}[${index}]`);
      }
      count += content.records.length;
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
