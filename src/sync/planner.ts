// What the mirror reads next, one page at a time, so that the most useful calls come first
// whatever the budget: the launches of the next 48 hours, then the passes already under way
// (a first copy resumes where it stopped), then launches and events changed since the last
// pass (`last_updated__gte`), then full passes: daily for most endpoints, weekly for the small
// config lists and for the endpoints whose changes the incremental passes already bring.
import { ConfigError } from '../config.ts';
import type { Resource } from '../engine/spec.ts';
import { resources as allResources } from '../resources/index.ts';
import type { PassKind, SyncState } from './sync-state.ts';
import { listUrl } from './upstream-urls.ts';

/** The upcoming launches whose NET falls within this are refreshed first and most often. */
export const WINDOW_HOURS = 48;
/** An incremental pass asks for a little more than "since the last one", for clock skew. */
export const SINCE_OVERLAP_MS = 10 * 60_000;
const WINDOW_KEY = 'launches/upcoming';

export interface SyncTarget {
  /** The state row: the endpoint's path (`launches/upcoming` for the next 48 hours' launches). */
  key: string;
  resource: Resource;
  window: boolean;
}

export interface Schedule {
  /** The next 48 hours' launches (SYNC_EVERY, `--every`). */
  windowMs: number;
  /** Endpoints that filter on `last_updated`: what changed since the last pass. */
  incrementalMs: number;
  /** Full passes of the other endpoints. */
  fullMs: number;
  /** Full passes of the config lists and of the endpoints with incremental passes. */
  rareMs: number;
}

/** With the default 15 minutes: 15 min, 1 hour, 1 day, 1 week. */
export function scheduleFor(everyMs: number): Schedule {
  return { windowMs: everyMs, incrementalMs: 4 * everyMs, fullMs: 96 * everyMs, rareMs: 672 * everyMs };
}

export interface PlannedStep {
  target: SyncTarget;
  kind: PassKind;
  /** The page to read: the stored cursor of a pass under way, or the first page of a new one. */
  url: string;
  resuming: boolean;
}

/** The endpoints a mirror reads: every unscoped list (the upcoming and previous lists are views of the same rows). */
export function syncableResources(): Resource[] {
  return allResources.filter((resource) => resource.scope === null);
}

/** The targets for `--resources` (all when null), with the 48-hour window when launches are in. */
export function syncTargets(paths: string[] | null): SyncTarget[] {
  const syncable = syncableResources();
  let chosen = syncable;
  if (paths) {
    chosen = [];
    for (const raw of paths) {
      const path = raw.trim().replace(/^\/+|\/+$/g, '');
      const resource = syncable.find((candidate) => candidate.path === path);
      if (!resource) {
        const scoped = allResources.find((candidate) => candidate.path === path);
        throw new ConfigError(
          scoped
            ? `"${path}" is part of "${scoped.path.split('/')[0]}": sync that instead`
            : `"${path}" is not an endpoint Apogee mirrors; use paths such as spacecraft, launches, config/orbits`,
        );
      }
      if (!chosen.includes(resource)) chosen.push(resource);
    }
  }
  const targets = chosen.map((resource) => ({ key: resource.path, resource, window: false }));
  const upcoming = allResources.find((resource) => resource.path === WINDOW_KEY);
  if (upcoming && chosen.some((resource) => resource.path === 'launches')) targets.unshift({ key: WINDOW_KEY, resource: upcoming, window: true });
  return targets;
}

const DETAILED = 'detailed';

/** The view a page of the resource is read in: detailed where there is one, else the default. */
export function pageView(resource: Resource): string {
  return resource.modes[DETAILED] ?? Object.values(resource.modes)[0] ?? resource.view ?? resource.retrieve;
}

const hasIncremental = (resource: Resource) => 'last_updated__gte' in resource.filters;

function fullPeriod(target: SyncTarget, schedule: Schedule): number {
  return target.resource.path.startsWith('config/') || hasIncremental(target.resource) ? schedule.rareMs : schedule.fullMs;
}

const time = (iso: string | null) => (iso === null ? 0 : Date.parse(iso));

/** When the target is next due, and for which pass. */
export function dueAt(target: SyncTarget, state: SyncState | undefined, schedule: Schedule): { at: number; kind: PassKind; resuming: boolean } {
  if (!state) return { at: 0, kind: target.window ? 'window' : 'full', resuming: false };
  const notBefore = time(state.retryAt);
  if (state.pass && state.nextUrl) return { at: notBefore, kind: state.pass, resuming: true };
  if (target.window) {
    const at = state.lastSuccessAt ? time(state.lastSuccessAt) + schedule.windowMs : 0;
    return { at: Math.max(notBefore, at), kind: 'window', resuming: false };
  }
  const full = state.lastFullAt ? time(state.lastFullAt) + fullPeriod(target, schedule) : 0;
  const incremental = hasIncremental(target.resource) && state.updatedSince ? time(state.updatedSince) + schedule.incrementalMs : Number.POSITIVE_INFINITY;
  const kind = incremental < full ? 'incremental' : 'full';
  return { at: Math.max(notBefore, Math.min(full, incremental)), kind, resuming: false };
}

function rank(target: SyncTarget, due: { kind: PassKind; resuming: boolean }): number {
  if (due.kind === 'window') return 0;
  if (due.resuming) return 1;
  if (due.kind === 'incremental') return 2;
  return target.resource.path.startsWith('config/') ? 4 : 3;
}

export interface PlanContext {
  base: string;
  pageSize: number;
  schedule: Schedule;
  now: number;
}

/** The next page to read now, or null when nothing is due. */
export function nextStep(targets: SyncTarget[], states: Map<string, SyncState>, context: PlanContext): PlannedStep | null {
  let best: { target: SyncTarget; due: ReturnType<typeof dueAt>; rank: number } | null = null;
  for (const target of targets) {
    const due = dueAt(target, states.get(target.key), context.schedule);
    if (due.at > context.now) continue;
    const candidate = { target, due, rank: rank(target, due) };
    if (!best || candidate.rank < best.rank || (candidate.rank === best.rank && due.at < best.due.at)) best = candidate;
  }
  if (!best) return null;
  const state = states.get(best.target.key);
  const url = best.due.resuming && state?.nextUrl ? state.nextUrl : firstPage(best.target, best.due.kind, state, context);
  return { target: best.target, kind: best.due.kind, url, resuming: best.due.resuming };
}

/** When the first target falls due (for the loop to sleep until then). */
export function nextDue(targets: SyncTarget[], states: Map<string, SyncState>, schedule: Schedule): number {
  return Math.min(...targets.map((target) => dueAt(target, states.get(target.key), schedule).at));
}

/**
 * The first page of a pass: detailed records (the richest, and "richer mode wins"), 100 a
 * call, ordered by id, which new and changed records do not reorder: pages read hours apart
 * still fit together.
 */
function firstPage(target: SyncTarget, kind: PassKind, state: SyncState | undefined, context: PlanContext): string {
  const query: Record<string, string> = { limit: String(context.pageSize) };
  if (DETAILED in target.resource.modes) query.mode = DETAILED;
  query.ordering = 'id';
  if (kind === 'incremental' && state?.updatedSince) query.last_updated__gte = isoSeconds(time(state.updatedSince) - SINCE_OVERLAP_MS);
  if (kind === 'window') query.net__lte = isoSeconds(context.now + WINDOW_HOURS * 3_600_000);
  return listUrl(context.base, target.resource.path, query);
}

/** `2026-01-02T03:04:05Z`: the form every date-time filter reads. */
function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
