// One page read from the upstream becomes local data in one transaction, together with the
// cursor that says it is done: a sync killed at any moment has either the whole page and the
// next cursor, or neither, and starts again at the first page it does not have.
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import { findView } from '../engine/spec.ts';
import { importDocumentsIn } from '../ingest/import-records.ts';
import type { Document } from '../ingest/import-sources.ts';
import { RecordError } from '../ingest/upsert.ts';
import { type PlannedStep, pageView } from './planner.ts';
import { applyDeletions, rememberSeen } from './sync-deletions.ts';
import { type SyncState, updateSyncState } from './sync-state.ts';
import type { Page, SyncLog } from './upstream-client.ts';

export interface PageOutcome {
  written: number;
  skipped: number;
  deleted: number;
  /** The pass ended with this page. */
  finished: boolean;
}

export interface PageInput {
  step: PlannedStep;
  page: Page;
  /** The page's `next` link moved onto the upstream base; null on the last page. */
  next: string | null;
  /** When the pass began (this page's time when it is the first). */
  passStartedAt: string;
  now: Date;
  log: SyncLog;
}

export async function syncPage(database: Database, { step, page, next, passStartedAt, now, log }: PageInput): Promise<PageOutcome> {
  const { key, resource } = step.target;
  const model = resource.model;
  const problems: string[] = [];
  let written = 0;
  let deleted = 0;
  await database.db.transaction().execute(async (tx) => {
    // Upstream data that does not fit is logged with its URL and left out, record by record;
    // the rest of the page is imported.
    const onBadRecord = (error: Error) => {
      problems.push(error.message);
      log.warn({ resource: key, url: step.url, problem: error.message }, 'sync: skipped an upstream record that does not fit');
    };
    const document = completeRecords(step, page, onBadRecord);
    if (document.records.length) {
      ({ records: written } = await importDocumentsIn(tx, database.dialect, [document], { model, changeSource: `sync ${key}`, onBadRecord }));
    }
    if (step.kind === 'full') await rememberSeen(tx, key, model, page.results);
    const finished = next === null;
    if (finished && step.kind === 'full') {
      deleted = await applyDeletions(tx, key, model);
      if (deleted) await recordDataChange(tx, `sync ${key} (deletions)`);
    }
    const changes: Partial<SyncState> = {
      pass: finished ? null : step.kind,
      nextUrl: next,
      passStartedAt: finished ? null : passStartedAt,
      failures: 0,
      retryAt: null,
    };
    if (finished) {
      changes.lastSuccessAt = now.toISOString();
      if (step.kind !== 'window') changes.updatedSince = passStartedAt;
      if (step.kind === 'full') changes.lastFullAt = passStartedAt;
    }
    if (problems.length) Object.assign(changes, { lastError: problems.at(-1), lastErrorAt: now.toISOString() });
    await updateSyncState(tx, key, changes, { records: written, skipped: problems.length });
  });
  return { written, skipped: problems.length, deleted, finished: next === null };
}

/**
 * The page's records that carry every field of the view they were asked in. The importer
 * accepts partial records (a field not given keeps its value), which is right for a file a
 * person assembled but not for a detailed page that lost a field on the way: on a new row the
 * field would be blank.
 */
function completeRecords(step: PlannedStep, page: Page, onBadRecord: (error: RecordError) => void): Document {
  const fields = findView(pageView(step.target.resource)).fields.map((field) => field.name);
  const indexes: number[] = [];
  for (const [index, record] of page.results.entries()) {
    const missing = typeof record === 'object' && record !== null ? fields.filter((name) => !(name in record)) : [];
    if (missing.length === 0) indexes.push(index);
    else onBadRecord(new RecordError(`${step.url}: $.results[${index}]`, `missing ${missing.map((name) => `"${name}"`).join(', ')}`));
  }
  return {
    source: step.url,
    records: indexes.map((index) => page.results[index]),
    recordPath: (position) => `$.results[${indexes[position]}]`,
    endpointHint: null,
  };
}
