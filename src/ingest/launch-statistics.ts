// The launch side's computed fields, derived from the launch facts when data is written
// (docs/COMPATIBILITY.md has the formulas): each launch's attempt counters and pad
// turnaround; first stages' flight numbers and turnarounds; launchers', pads', locations',
// landing locations', celestial bodies', launcher configurations', families' and agencies'
// launch and landing statistics.
import type { Model } from '../engine/spec.ts';
import { modelNamed } from '../models/index.ts';
import { type DerivedWriter, epochSeconds, groupBy, type LaunchOutcome, minimum, outcomeOfStatus, trailingRun } from './statistics-helpers.ts';
import type { Tx } from './upsert.ts';

type Row = Record<string, unknown>;

interface LaunchFact {
  id: string;
  at: number;
  /** The stored net, for date fields derived from it. */
  net: unknown;
  year: string;
  outcome: LaunchOutcome;
  orbital: boolean;
  padId: unknown;
  locationId: unknown;
  bodyId: unknown;
  agencyId: unknown;
  configId: unknown;
}

interface LandingFact {
  launch: LaunchFact | undefined;
  attempt: boolean;
  success: boolean | null;
  locationId: unknown;
  kind: 'booster' | 'spacecraft' | 'payload';
}

// LL2 calls the suborbital trajectory's orbit "Sub" (its abbreviation).
const SUBORBITAL = 'Sub';

export async function recomputeLaunchStatistics(tx: Tx, derived: DerivedWriter): Promise<void> {
  const all = (table: string) => derived.rows(table);
  const [launchRows, statuses, missions, orbits, pads, locations, rockets, stages, launchers, landingRows, landingLocations, flights, payloadFlights] =
    await Promise.all(
      ['launches', 'launch_statuses', 'missions', 'orbits', 'pads', 'locations', 'rockets', 'first_stages', 'launchers', 'landings', 'landing_locations', 'spacecraft_flights', 'payload_flights'].map(all),
    );
  const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id, row]));
  const statusAbbrev = new Map(statuses.map((status) => [status.id, String(status.abbrev)]));
  const [missionById, orbitById, padById, locationById, rocketById, landingById] = [missions, orbits, pads, locations, rockets, landingRows].map(byId);

  const launches: LaunchFact[] = launchRows
    .map((row) => {
      const pad = padById.get(row.pad_id);
      const location = locationById.get(pad?.location_id);
      const orbit = orbitById.get(missionById.get(row.mission_id)?.orbit_id);
      return {
        id: String(row.id),
        at: epochSeconds(row.net) ?? Number.POSITIVE_INFINITY,
        net: row.net,
        year: String(row.net ?? '').slice(0, 4),
        outcome: outcomeOfStatus(statusAbbrev.get(row.status_id)),
        orbital: orbit?.abbrev !== SUBORBITAL,
        padId: row.pad_id,
        locationId: pad?.location_id ?? null,
        bodyId: location?.celestial_body_id ?? null,
        agencyId: row.launch_service_provider_id,
        configId: rocketById.get(row.rocket_id)?.configuration_id ?? null,
      };
    })
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const launchById = new Map(launches.map((launch) => [launch.id, launch]));
  const launchOfRocket = new Map(launchRows.map((row) => [row.rocket_id, launchById.get(String(row.id))]));

  const landingFact = (landingId: unknown, launch: LaunchFact | undefined, kind: LandingFact['kind']): LandingFact | null => {
    const landing = landingById.get(landingId);
    if (!landing) return null;
    const success = landing.success === null ? null : Boolean(landing.success);
    return { launch, attempt: Boolean(landing.attempt), success, locationId: landing.landing_location_id, kind };
  };
  const landings = [
    ...stages.map((stage) => landingFact(stage.landing_id, launchOfRocket.get(stage.rocket_id), 'booster')),
    ...flights.map((flight) => landingFact(flight.landing_id, launchById.get(String(flight.launch_id)), 'spacecraft')),
    ...payloadFlights.map((flight) => landingFact(flight.landing_id, launchById.get(String(flight.launch_id)), 'payload')),
  ].filter((landing): landing is LandingFact => landing !== null);

  const update = writer(derived);

  // Each launch: its rank among the launches of the same group up to it, all time and in its year.
  const counters: Array<[string, (launch: LaunchFact) => unknown]> = [
    ['orbital', (launch) => (launch.orbital ? 'all' : null)],
    ['location', (launch) => launch.locationId],
    ['pad', (launch) => launch.padId],
    ['agency', (launch) => launch.agencyId],
  ];
  const values = new Map<string, Row>(launches.map((launch) => [launch.id, {}]));
  for (const [name, groupOf] of counters) {
    const seen = new Map<unknown, number>();
    const seenInYear = new Map<string, number>();
    for (const launch of launches) {
      const group = groupOf(launch);
      const row = values.get(launch.id) as Row;
      if (group === null || group === undefined) {
        row[`${name}_launch_attempt_count`] = null;
        row[`${name}_launch_attempt_count_year`] = null;
        continue;
      }
      const count = (seen.get(group) ?? 0) + 1;
      const yearKey = `${String(group)}|${launch.year}`;
      const countInYear = (seenInYear.get(yearKey) ?? 0) + 1;
      seen.set(group, count);
      seenInYear.set(yearKey, countInYear);
      row[`${name}_launch_attempt_count`] = count;
      row[`${name}_launch_attempt_count_year`] = countInYear;
    }
  }
  const padTurnarounds = turnarounds(launches, (launch) => launch.padId);
  for (const launch of launches) {
    await update('Launch', launch.id, { ...values.get(launch.id), pad_turnaround: padTurnarounds.get(launch.id) ?? null });
  }

  // First stages and the launchers (boosters) they fly.
  const stagesByLauncher = groupBy(stages, (stage) => stage.launcher_id);
  const fastestByConfig = new Map<unknown, number | null>();
  for (const launcher of launchers) {
    const flown = (stagesByLauncher.get(launcher.id) ?? [])
      .map((stage) => ({ stage, launch: launchOfRocket.get(stage.rocket_id) }))
      .filter((entry): entry is { stage: Row; launch: LaunchFact } => entry.launch !== undefined)
      .sort((a, b) => a.launch.at - b.launch.at);
    const gaps: Array<number | null> = [];
    for (const [index, { stage, launch }] of flown.entries()) {
      const previous = flown[index - 1]?.launch;
      const gap = previous ? launch.at - previous.at : null;
      gaps.push(gap);
      // `launcher_flight_number` stays as recorded: a dataset may hold only some of a booster's flights.
      await update('FirstStage', stage.id, {
        previous_flight_date: previous?.net ?? null,
        previous_flight: previous?.id ?? null,
        turn_around_time: gap,
      });
    }
    const landed = flown.map(({ stage }) => landingById.get(stage.landing_id)).filter((landing) => landing && landing.attempt);
    const fastest = minimum(gaps);
    fastestByConfig.set(launcher.launcher_config_id, minimum([fastestByConfig.get(launcher.launcher_config_id) ?? null, fastest]));
    await update('Launcher', launcher.id, {
      flights: flown.length,
      attempted_landings: landed.length,
      successful_landings: landed.filter((landing) => landing?.success).length,
      first_launch_date: flown[0]?.launch.net ?? null,
      last_launch_date: flown.at(-1)?.launch.net ?? null,
      fastest_turnaround: fastest,
    });
  }

  // Pads and locations.
  const launchesByPad = groupBy(launches, (launch) => launch.padId);
  for (const pad of pads) {
    const own = launchesByPad.get(pad.id) ?? [];
    await update('Pad', pad.id, {
      total_launch_count: own.filter(attempted).length,
      orbital_launch_attempt_count: own.filter((launch) => attempted(launch) && launch.orbital).length,
      fastest_turnaround: minimum(own.map((launch) => padTurnarounds.get(launch.id) ?? null)),
    });
  }
  const landingLocationById = byId(landingLocations);
  const launchesByLocation = groupBy(launches, (launch) => launch.locationId);
  const landingsByLocation = groupBy(landings, (landing) => landingLocationById.get(landing.locationId)?.location_id);
  for (const location of locations) {
    await update('Location', location.id, {
      total_launch_count: (launchesByLocation.get(location.id) ?? []).filter(attempted).length,
      total_landing_count: (landingsByLocation.get(location.id) ?? []).filter((landing) => landing.attempt).length,
    });
  }
  const landingsByLandingLocation = groupBy(landings, (landing) => landing.locationId);
  for (const landingLocation of landingLocations) {
    const { attempted_landings, successful_landings, failed_landings } = landingCounts(landingsByLandingLocation.get(landingLocation.id) ?? []);
    await update('LandingLocation', landingLocation.id, { attempted_landings, successful_landings, failed_landings });
  }

  // Celestial bodies: launches from their pads, landings on their landing locations.
  const launchesByBody = groupBy(launches, (launch) => launch.bodyId);
  const landingsByBody = groupBy(landings, (landing) => landingLocationById.get(landing.locationId)?.celestial_body_id);
  for (const body of await all('celestial_bodies')) {
    const launchCounts = launchCountsOf(launchesByBody.get(body.id) ?? []);
    const landed = landingCounts(landingsByBody.get(body.id) ?? []);
    await update('CelestialBody', body.id, {
      total_attempted_launches: launchCounts.total_launch_count,
      successful_launches: launchCounts.successful_launches,
      failed_launches: launchCounts.failed_launches,
      total_attempted_landings: landed.attempted_landings,
      successful_landings: landed.successful_landings,
      failed_landings: landed.failed_landings,
    });
  }

  // Launcher configurations, their families, and agencies as launch providers.
  const boosterLandings = landings.filter((landing) => landing.kind === 'booster');
  const launchesByConfig = groupBy(launches, (launch) => launch.configId);
  const boosterLandingsByConfig = groupBy(boosterLandings, (landing) => landing.launch?.configId);
  const configs = await all('launcher_configurations');
  for (const config of configs) {
    await update('LauncherConfig', config.id, {
      ...launchCountsOf(launchesByConfig.get(config.id) ?? []),
      ...landingCounts(boosterLandingsByConfig.get(config.id) ?? []),
      fastest_turnaround: fastestByConfig.get(config.id) ?? null,
    });
  }
  const familyLink = linkOf('LauncherConfig', 'families');
  if (familyLink) {
    const links = (await tx.selectFrom(familyLink.through).select([familyLink.from, familyLink.to]).execute()) as Row[];
    const configsByFamily = groupBy(links, (link) => link[familyLink.to]);
    for (const family of await all('launcher_configuration_families')) {
      const configIds = new Set((configsByFamily.get(family.id) ?? []).map((link) => link[familyLink.from]));
      await update('LauncherConfigFamily', family.id, {
        ...launchCountsOf(launches.filter((launch) => configIds.has(launch.configId))),
        ...landingCounts(boosterLandings.filter((landing) => configIds.has(landing.launch?.configId))),
      });
    }
  }
  const launchesByAgency = groupBy(launches, (launch) => launch.agencyId);
  const landingsByAgency = groupBy(landings, (landing) => landing.launch?.agencyId);
  for (const agency of await all('agencies')) {
    const own = landingsByAgency.get(agency.id) ?? [];
    const byKind = (kind: LandingFact['kind']) => landingCounts(own.filter((landing) => landing.kind === kind));
    const [spacecraft, payload] = [byKind('spacecraft'), byKind('payload')];
    await update('Agency', agency.id, {
      ...launchCountsOf(launchesByAgency.get(agency.id) ?? []),
      ...landingCounts(own),
      successful_landings_spacecraft: spacecraft.successful_landings,
      failed_landings_spacecraft: spacecraft.failed_landings,
      attempted_landings_spacecraft: spacecraft.attempted_landings,
      successful_landings_payload: payload.successful_landings,
      failed_landings_payload: payload.failed_landings,
      attempted_landings_payload: payload.attempted_landings,
    });
  }
}

const attempted = (launch: LaunchFact) => launch.outcome !== 'pending';

/** Seconds since the previous launch of the same group (pad, launcher), per launch id. */
function turnarounds(launches: LaunchFact[], groupOf: (launch: LaunchFact) => unknown): Map<string, number | null> {
  const last = new Map<unknown, LaunchFact>();
  const result = new Map<string, number | null>();
  for (const launch of launches) {
    const group = groupOf(launch);
    if (group === null || group === undefined) continue;
    const previous = last.get(group);
    result.set(launch.id, previous && Number.isFinite(launch.at) ? launch.at - previous.at : null);
    last.set(group, launch);
  }
  return result;
}

/** Launch counters over launches sorted by date: attempts (final status), outcomes, pending, the current run of successes. */
function launchCountsOf(launches: LaunchFact[]) {
  const done = launches.filter(attempted);
  return {
    total_launch_count: done.length,
    successful_launches: done.filter((launch) => launch.outcome === 'success').length,
    failed_launches: done.filter((launch) => launch.outcome === 'failure').length,
    pending_launches: launches.length - done.length,
    consecutive_successful_launches: trailingRun(done.map((launch) => launch.outcome === 'success')),
  };
}

function landingCounts(landings: LandingFact[]) {
  const tried = landings.filter((landing) => landing.attempt).sort((a, b) => (a.launch?.at ?? 0) - (b.launch?.at ?? 0));
  return {
    attempted_landings: tried.length,
    successful_landings: tried.filter((landing) => landing.success === true).length,
    failed_landings: tried.filter((landing) => landing.success === false).length,
    consecutive_successful_landings: trailingRun(tried.filter((landing) => landing.success !== null).map((landing) => landing.success === true)),
  };
}

function linkOf(modelName: string, field: string) {
  const definition = modelNamed(modelName)?.fields[field];
  return definition?.kind === 'manyToMany' ? definition : null;
}

/** Updates only the columns the model stores, so a formula never writes where nothing reads. */
function writer(derived: DerivedWriter) {
  const columnsByModel = new Map<string, Set<string>>();
  const storedColumns = (model: Model) => {
    let columns = columnsByModel.get(model.name);
    if (!columns) {
      columns = new Set(Object.values(model.fields).flatMap((field) => (field.kind === 'scalar' || field.kind === 'one' ? [field.column] : [])));
      columnsByModel.set(model.name, columns);
    }
    return columns;
  };
  return async (modelName: string, id: unknown, values: Row) => {
    const model: Model | undefined = modelNamed(modelName);
    if (!model) return;
    const stored = storedColumns(model);
    const known: Row = {};
    for (const [name, value] of Object.entries(values)) {
      // A relation is given by name (`previous_flight`) and stored as its key column.
      const column = stored.has(name) ? name : stored.has(`${name}_id`) ? `${name}_id` : null;
      if (column) known[column] = value;
    }
    if (Object.keys(known).length) await derived.write(model.table, id, known);
  };
}
