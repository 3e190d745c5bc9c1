#!/usr/bin/env node
// Runs the whole test suite with node:test (through tsx). Node 20 does not expand globs,
// so every test file is listed here; a test that finds this list incomplete fails.
import { spawnSync } from 'node:child_process';

export const TEST_FILES = [
  'test/engine/python-compat.test.ts',
  'test/engine/durations.test.ts',
  'test/engine/json-text.test.ts',
  'test/engine/search-terms.test.ts',
  'test/engine/openapi.test.ts',
  'test/http/openapi-routes.test.ts',
  'test/http/negotiate.test.ts',
  'test/models/views-match-openapi.test.ts',
  'test/support/openapi-contract.test.ts',
  'test/db/schema.test.ts',
  'test/db/contains-ignoring-case.test.ts',
  'test/db/search-index.test.ts',
  'test/db/sqlite-statements.test.ts',
  'test/engine/statement-count.test.ts',
  'test/engine/query-memo.test.ts',
  'test/engine/flat-string.test.ts',
  'test/engine/scopes.test.ts',
  'test/http/round-trip.test.ts',
  'test/http/launch-round-trip.test.ts',
  'test/http/station-round-trip.test.ts',
  'test/ingest/import.test.ts',
  'test/data/bundled-dataset.test.ts',
  'test/http/wire-behaviour.test.ts',
  'test/http/http-caching.test.ts',
  'test/http/resource-contract.test.ts',
  'test/http/starship-dashboard.test.ts',
  'test/http/url-walk.test.ts',
  'test/http/every-path.test.ts',
  'test/http/browsable-page.test.ts',
  'test/browser/browsable.test.ts',
  'test/cli.test.ts',
  'test/log-destination.test.ts',
  'test/db/replicas.test.ts',
  'test/access/throttle.test.ts',
  'test/access/redis-throttle.test.ts',
  'test/cluster/two-nodes.test.ts',
  'test/db/unavailable.test.ts',
  'test/http/request-limits.test.ts',
  'test/http/page-slots.test.ts',
  'test/http/fuzz.test.ts',
  'test/robustness/drain-under-load.test.ts',
  'test/robustness/database-outage.test.ts',
  'test/sync/planner.test.ts',
  'test/sync/upstream-faults.test.ts',
  'test/sync/mirror.test.ts',
  'test/sync/sync-process.test.ts',
  'test/sync/postgres.test.ts',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync('npx', ['tsx', '--test', ...process.argv.slice(2), ...TEST_FILES], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
