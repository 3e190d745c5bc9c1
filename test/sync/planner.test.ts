// The mirror's decisions without a network: what is read next and when, the URLs, the
// budget arithmetic and the Retry-After header.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseInterval } from '../../src/sync/interval.ts';
import { dueAt, nextStep, scheduleFor, syncTargets } from '../../src/sync/planner.ts';
import type { SyncState } from '../../src/sync/sync-state.ts';
import { UpstreamBudget } from '../../src/sync/upstream-budget.ts';
import { retryAfterMs } from '../../src/sync/upstream-client.ts';
import { onBase, upstreamBase } from '../../src/sync/upstream-urls.ts';

const BASE = 'https://ll.example';
const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;
const schedule = scheduleFor(15 * 60_000);
const iso = (ms: number) => new Date(ms).toISOString();

function state(resource: string, changes: Partial<SyncState> = {}): SyncState {
  return {
    resource,
    upstream: BASE,
    pass: null,
    nextUrl: null,
    passStartedAt: null,
    lastSuccessAt: iso(NOW - 60_000),
    lastFullAt: iso(NOW - HOUR),
    updatedSince: iso(NOW - 10 * 60_000),
    records: 0,
    skipped: 0,
    calls: 0,
    nextCallAt: null,
    failures: 0,
    retryAt: null,
    lastError: null,
    lastErrorAt: null,
    ...changes,
  };
}

const plan = (targets: ReturnType<typeof syncTargets>, states: SyncState[], now = NOW) =>
  nextStep(targets, new Map(states.map((s) => [s.resource, s])), { base: BASE, pageSize: 100, schedule, now });

describe('the planner', () => {
  const targets = syncTargets(['config/orbits', 'spacecraft', 'launches']);

  test('targets: the chosen endpoints, and the next 48 hours first when launches are in', () => {
    assert.deepEqual(
      targets.map((target) => target.key),
      ['launches/upcoming', 'config/orbits', 'spacecraft', 'launches'],
    );
    assert.equal(syncTargets(null).length, syncTargets(null).filter((target) => !target.window).length + 1);
    assert.throws(() => syncTargets(['events/previous']), /is part of "events"/);
  });

  test('a first copy: the next 48 hours, then the endpoints, the config lists last', () => {
    const first = plan(targets, []);
    assert.equal(first?.target.key, 'launches/upcoming');
    assert.equal(first?.url, `${BASE}/2.3.0/launches/upcoming/?limit=100&mode=detailed&ordering=id&net__lte=2026-03-03T12%3A00%3A00Z`);
    const next = plan(targets, [state('launches/upcoming')]);
    assert.equal(next?.target.key, 'spacecraft');
    assert.equal(next?.kind, 'full');
    assert.equal(next?.url, `${BASE}/2.3.0/spacecraft/?limit=100&mode=detailed&ordering=id`);
    const configLast = plan(targets, [state('launches/upcoming'), state('spacecraft'), state('launches')]);
    assert.equal(configLast?.url, `${BASE}/2.3.0/config/orbits/?limit=100&ordering=id`, 'a config list has no modes');
  });

  test('a pass under way resumes at its cursor before anything but the 48 hours', () => {
    const cursor = `${BASE}/2.3.0/launches/?limit=100&mode=detailed&offset=300&ordering=id`;
    const states = [state('launches/upcoming'), state('config/orbits', { lastFullAt: null }), state('spacecraft', { lastFullAt: null }), state('launches', { pass: 'full', nextUrl: cursor })];
    assert.deepEqual(plan(targets, states), { target: targets[3], kind: 'full', url: cursor, resuming: true });
    const windowDue = states.map((s) => (s.resource === 'launches/upcoming' ? { ...s, lastSuccessAt: iso(NOW - 16 * 60_000) } : s));
    assert.equal(plan(targets, windowDue)?.target.key, 'launches/upcoming');
  });

  test('after the first copy: launches incrementally each hour, full passes daily, config lists weekly', () => {
    const launches = targets[3];
    const since = NOW - 2 * HOUR;
    const due = dueAt(launches, state('launches', { lastFullAt: iso(NOW - 2 * HOUR), updatedSince: iso(since) }), schedule);
    assert.deepEqual(due, { at: since + HOUR, kind: 'incremental', resuming: false });
    const step = plan([launches], [state('launches', { lastFullAt: iso(NOW - 2 * HOUR), updatedSince: iso(since) })]);
    assert.equal(step?.url, `${BASE}/2.3.0/launches/?limit=100&mode=detailed&ordering=id&last_updated__gte=2026-03-01T09%3A50%3A00Z`);
    assert.equal(dueAt(launches, state('launches', { lastFullAt: iso(NOW - 8 * 24 * HOUR) }), schedule).kind, 'full');
    assert.equal(dueAt(targets[2], state('spacecraft'), schedule).at, NOW - HOUR + 24 * HOUR);
    assert.equal(dueAt(targets[1], state('config/orbits'), schedule).at, NOW - HOUR + 7 * 24 * HOUR);
    assert.equal(plan(targets, targets.map((target) => state(target.key))), null, 'nothing due');
  });

  test('a failing endpoint waits for its retry time, even with a pass under way', () => {
    const failing = state('spacecraft', { pass: 'full', nextUrl: `${BASE}/x`, failures: 2, retryAt: iso(NOW + 10 * 60_000) });
    assert.equal(dueAt(targets[2], failing, schedule).at, NOW + 10 * 60_000);
    assert.equal(plan([targets[2]], [failing]), null);
    assert.equal(plan([targets[2]], [failing], NOW + 11 * 60_000)?.resuming, true);
  });
});

describe('urls, periods, budget', () => {
  test('the upstream base and its next links', () => {
    assert.equal(upstreamBase('https://ll.thespacedevs.com/2.3.0/'), 'https://ll.thespacedevs.com');
    assert.equal(upstreamBase('http://proxy.local:8080/ll/'), 'http://proxy.local:8080/ll');
    assert.throws(() => upstreamBase('ll.thespacedevs.com'), /must be an http\(s\) URL/);
    assert.equal(onBase('http://proxy.local:8080/ll', 'https://ll.thespacedevs.com/2.3.0/launches/?limit=100&offset=100'), 'http://proxy.local:8080/ll/2.3.0/launches/?limit=100&offset=100');
    assert.throws(() => onBase(BASE, 'https://elsewhere/api/launches/'), /not below \/2\.3\.0\//);
  });

  test('periods', () => {
    assert.equal(parseInterval('15m'), 15 * 60_000);
    assert.equal(parseInterval(' 2h '), 2 * HOUR);
    assert.equal(parseInterval('90s'), 90_000);
    assert.equal(parseInterval('0.5s'), null);
    assert.equal(parseInterval('15'), null);
  });

  test('Retry-After in seconds or as a date', () => {
    assert.equal(retryAfterMs('120', NOW), 120_000);
    assert.equal(retryAfterMs(new Date(NOW + 30_000).toUTCString(), NOW), 30_000);
    assert.equal(retryAfterMs(null, NOW), null);
    assert.equal(retryAfterMs('soon', NOW), null);
  });

  test('the budget spends what the upstream says is left, then waits as long as it says', async () => {
    const readings = [
      { limit: 15, used: 13, waitSeconds: 0 },
      { limit: 15, used: 15, waitSeconds: 1200 },
      { limit: 15, used: 14, waitSeconds: 0 },
    ];
    const events: string[] = [];
    const budget = new UpstreamBudget(
      async () => {
        events.push('read');
        return readings.shift() ?? null;
      },
      async (ms) => {
        events.push(`wait ${ms}`);
      },
    );
    for (let call = 0; call < 3; call++) {
      await budget.take();
      events.push('call');
    }
    assert.deepEqual(events, ['read', 'call', 'call', 'read', 'wait 1200000', 'read', 'call']);
    budget.exhausted();
    await budget.take();
    assert.deepEqual(events.slice(-1), ['read'], 'after a 429 it reads again; an upstream that does not say lets the call go');
  });
});
