// `/2.3.0/dashboard/starship/`: one composite object (StarshipDashboardList/Normal/Detailed),
// not a list of rows, so no resource can declare it. Each part is an ordinary engine read —
// a plan from a resource, executed, its relations loaded, rendered with a view — and the
// route puts the parts together. LL2's document declares an array of these objects; LL2
// answers with the object itself, as Apogee does (docs/COMPATIBILITY.md).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Database, type Reader, readerFor } from '../db/connect.ts';
import { executeList, loadRelations, planLookups } from '../engine/execute.ts';
import type { ListPlan } from '../engine/plan.ts';
import { lastValue, parseListQuery, type QueryPairs } from '../engine/query.ts';
import { API_PREFIX, type RenderContext, renderRows } from '../engine/render.ts';
import { defineResource, findView, icontainsFilter, notPastWhenTrueFilter, type Resource } from '../engine/spec.ts';
import { launcher } from '../models/launchers.ts';
import { spacecraft } from '../models/spacecraft.ts';
import { liveStream, notice, roadClosure } from '../models/starship.ts';
import { update } from '../models/updates.ts';
import { previousEvents, upcomingEvents } from '../resources/events.ts';
import { previousLaunches, upcomingLaunches } from '../resources/launches.ts';
import { ALL_METHODS, admit, renderContext } from './api-routes.ts';
import { requestTarget } from './request-target.ts';
import { sendApiResponse } from './representation.ts';

const PATH = `${API_PREFIX}/dashboard/starship/`;
/** How many launches, events, notices and updates each part shows. */
const PART_LIMIT = '10';
const STARSHIP = 'Starship';

type DashboardMode = 'list' | 'normal' | 'detailed';

/** Launch view per mode (LaunchAndEvents*.launches); events show EventNormal beyond `list`. */
const LAUNCH_MODE: Record<DashboardMode, string> = { list: 'list', normal: 'normal', detailed: 'detailed' };
const EVENT_VIEW: Record<DashboardMode, string> = { list: 'EventEndpointList', normal: 'EventNormal', detailed: 'EventNormal' };

// The parts that have no LL2 endpoint of their own: resources Apogee reads internally only.
const part = (name: string, resource: Omit<Parameters<typeof defineResource>[0], 'path'>): Resource =>
  defineResource({ path: `dashboard/starship/${name}`, ...resource });

const roadClosures = part('road_closures', {
  model: roadClosure,
  view: 'RoadClosure',
  retrieve: 'RoadClosure',
  // Only closures that have not ended, soonest first.
  filters: { current: notPastWhenTrueFilter('window_end') },
  defaultOrdering: ['window_start'],
});
const notices = part('notices', { model: notice, view: 'Notice', retrieve: 'Notice', defaultOrdering: ['-date'] });
const liveStreams = part('live_streams', { model: liveStream, view: 'VidURLs', retrieve: 'VidURLs' });
// Super Heavy boosters and Starship upper stages, by the name of their configuration.
const vehicles = part('vehicles', {
  model: launcher,
  view: 'LauncherDetailed',
  retrieve: 'LauncherDetailed',
  filters: { starship: icontainsFilter('launcher_config__full_name') },
});
const orbiters = part('orbiters', {
  model: spacecraft,
  view: 'SpacecraftNormal',
  retrieve: 'SpacecraftNormal',
  filters: { starship: icontainsFilter('spacecraft_config__name') },
});
const updates = part('updates', {
  model: update,
  view: 'Update',
  retrieve: 'Update',
  filters: { starship: icontainsFilter('launch__rocket__configuration__full_name') },
  defaultOrdering: ['-created_on'],
});

/** DRF's mode handling: an unknown mode is the default, `normal` (BEHAVIOR.md §2.1). */
function dashboardMode(pairs: QueryPairs): DashboardMode {
  const requested = lastValue(pairs, 'mode');
  return requested === 'list' || requested === 'detailed' ? requested : 'normal';
}

async function read(reader: Reader, resource: Resource, pairs: QueryPairs, context: RenderContext, viewName?: string): Promise<unknown[]> {
  const parsed = await parseListQuery(resource, [...pairs, ['limit', PART_LIMIT]], planLookups(reader));
  const plan: ListPlan = viewName ? { ...parsed, view: findView(viewName) } : parsed;
  const { rows } = await executeList(reader, plan);
  const store = await loadRelations(reader, plan.view, rows, context);
  return renderRows(plan.view, rows, store, context);
}

async function launchesAndEvents(
  reader: Reader,
  scope: { launches: Resource; events: Resource },
  mode: DashboardMode,
  context: RenderContext,
): Promise<{ launches: unknown[]; events: unknown[] }> {
  return {
    launches: await read(reader, scope.launches, [['rocket__configuration__full_name__icontains', STARSHIP], ['mode', LAUNCH_MODE[mode]]], context),
    // Events have no rocket: the ones whose name says Starship.
    events: await read(reader, scope.events, [['search', STARSHIP]], context, EVENT_VIEW[mode]),
  };
}

export function registerStarshipDashboard(app: FastifyInstance, database: Database): void {
  app.route({
    method: [...ALL_METHODS],
    url: PATH,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const { pairs } = requestTarget(request);
      const representation = await admit(request, pairs);
      const reader = readerFor(database);
      const context = renderContext(request, pairs);
      const mode = dashboardMode(pairs);
      // Key order of StarshipDashboardNormal.
      const body = {
        response_mode: mode,
        updates: await read(reader, updates, [['starship', STARSHIP]], context),
        live_streams: await read(reader, liveStreams, [], context),
        road_closures: await read(reader, roadClosures, [['current', 'true']], context),
        notices: await read(reader, notices, [], context),
        vehicles: await read(reader, vehicles, [['starship', STARSHIP]], context),
        orbiters: await read(reader, orbiters, [['starship', STARSHIP]], context),
        upcoming: await launchesAndEvents(reader, { launches: upcomingLaunches, events: upcomingEvents }, mode, context),
        previous: await launchesAndEvents(reader, { launches: previousLaunches, events: previousEvents }, mode, context),
      };
      return sendApiResponse(request, reply, 200, body, representation);
    },
  });
}
