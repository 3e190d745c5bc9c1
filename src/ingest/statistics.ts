// Derives the computed fields from the facts (launches, spacecraft flights, landings and
// docking events) and stores them, so that reads never aggregate. The formulas are
// recorded in docs/COMPATIBILITY.md (BEHAVIOR.md §11 has the evidence).
import type { Database } from '../db/connect.ts';
import type { Tx } from './upsert.ts';

type Row = Record<string, unknown>;

interface Flight {
  id: number;
  spacecraftId: number;
  launchAt: number | null;
  missionEnd: number | null;
  outcome: LaunchOutcome;
  landing: { attempt: boolean; success: boolean | null } | null;
}

type LaunchOutcome = 'success' | 'failure' | 'pending';

// LL2's launch statuses, by abbreviation: anything not final counts as pending.
const OUTCOME_BY_STATUS: Record<string, LaunchOutcome> = {
  Success: 'success',
  Failure: 'failure',
  'Partial Failure': 'failure',
};

/** Seconds since the epoch of a stored `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
export function epochSeconds(stored: unknown): number | null {
  if (typeof stored !== 'string') return null;
  const whole = Date.parse(`${stored.slice(0, 19)}Z`);
  if (Number.isNaN(whole)) return null;
  const fraction = /\.(\d+)Z$/.exec(stored)?.[1] ?? '0';
  return whole / 1000 + Number(`0.${fraction}`);
}

export async function recomputeStatistics(database: Database, now: Date = new Date()): Promise<void> {
  await database.db.transaction().execute((tx) => recomputeInTransaction(tx, database, now.getTime() / 1000));
}

async function recomputeInTransaction(tx: Tx, database: Database, now: number): Promise<void> {
  const all = (table: string) => tx.selectFrom(table).selectAll().execute() as Promise<Row[]>;
  const [launches, statuses, flightRows, landings, dockings, spacecraft, configs, families, members, agencies] =
    await Promise.all([
      all('launches'),
      all('launch_statuses'),
      all('spacecraft_flights'),
      all('landings'),
      all('docking_events'),
      all('spacecraft'),
      all('spacecraft_configurations'),
      all('spacecraft_configuration_families'),
      all('spacecraft_configuration_family_members'),
      all('agencies'),
    ]);
  const statusAbbrev = new Map(statuses.map((status) => [status.id, String(status.abbrev)]));
  const launchById = new Map(launches.map((launch) => [launch.id, launch]));
  const landingById = new Map(landings.map((landing) => [landing.id, landing]));
  const outcomeOf = (launch: Row | undefined): LaunchOutcome =>
    OUTCOME_BY_STATUS[statusAbbrev.get(launch?.status_id) ?? ''] ?? 'pending';

  const flights: Flight[] = flightRows.map((row) => {
    const launch = launchById.get(row.launch_id);
    const landing = landingById.get(row.landing_id);
    return {
      id: Number(row.id),
      spacecraftId: Number(row.spacecraft_id),
      launchAt: epochSeconds(launch?.net),
      missionEnd: epochSeconds(row.mission_end),
      outcome: outcomeOf(launch),
      landing: landing ? { attempt: Boolean(landing.attempt), success: landing.success === null ? null : Boolean(landing.success) } : null,
    };
  });

  const update = (table: string, id: unknown, values: Row) => tx.updateTable(table).set(values).where('id', '=', id).execute();

  // Flights: duration, and turnaround since the same spacecraft's previous mission ended.
  const flightsBySpacecraft = groupBy(flights, (flight) => flight.spacecraftId);
  const turnaround = new Map<number, number | null>();
  for (const list of flightsBySpacecraft.values()) {
    list.sort((a, b) => (a.launchAt ?? Number.POSITIVE_INFINITY) - (b.launchAt ?? Number.POSITIVE_INFINITY));
    list.forEach((flight, index) => {
      const previous = list[index - 1];
      turnaround.set(
        flight.id,
        previous?.missionEnd != null && flight.launchAt != null ? flight.launchAt - previous.missionEnd : null,
      );
    });
  }
  for (const flight of flights) {
    await update('spacecraft_flights', flight.id, {
      duration: flight.missionEnd != null && flight.launchAt != null ? flight.missionEnd - flight.launchAt : null,
      turn_around_time: turnaround.get(flight.id) ?? null,
    });
  }

  // Spacecraft.
  const dockedByFlight = new Map<number, number>();
  for (const docking of dockings) {
    const start = epochSeconds(docking.docking);
    const end = epochSeconds(docking.departure);
    if (docking.flight_vehicle_chaser_id == null || start === null || end === null) continue;
    const flightId = Number(docking.flight_vehicle_chaser_id);
    dockedByFlight.set(flightId, (dockedByFlight.get(flightId) ?? 0) + (end - start));
  }
  const fastestBySpacecraft = new Map<number, number | null>();
  for (const craft of spacecraft) {
    const list = flightsBySpacecraft.get(Number(craft.id)) ?? [];
    const launched = list.filter((flight) => flight.launchAt !== null && flight.launchAt <= now);
    const fastest = minimum(list.map((flight) => turnaround.get(flight.id) ?? null));
    fastestBySpacecraft.set(Number(craft.id), fastest);
    await update('spacecraft', craft.id, {
      flights_count: list.length,
      mission_ends_count: list.filter((flight) => flight.missionEnd !== null).length,
      time_in_space: sum(list.map((flight) => (flight.missionEnd !== null && flight.launchAt !== null ? flight.missionEnd - flight.launchAt : 0))),
      time_docked: sum(list.map((flight) => dockedByFlight.get(flight.id) ?? 0)),
      in_space: database.dialect.bool(launched.some((flight) => flight.missionEnd === null && flight.outcome !== 'failure')),
      fastest_turnaround: fastest,
    });
  }

  // Configurations and families: over the flights of their spacecraft.
  const spacecraftByConfig = groupBy(spacecraft, (craft) => Number(craft.spacecraft_config_id));
  const configFacts = (configIds: number[]) => {
    const crafts = configIds.flatMap((id) => spacecraftByConfig.get(id) ?? []);
    const list = crafts.flatMap((craft) => flightsBySpacecraft.get(Number(craft.id)) ?? []);
    return {
      spacecraft_flown: crafts.filter((craft) => (flightsBySpacecraft.get(Number(craft.id)) ?? []).length > 0).length,
      ...launchAndLandingCounts(list),
      fastest: minimum(crafts.map((craft) => fastestBySpacecraft.get(Number(craft.id)) ?? null)),
    };
  };
  for (const config of configs) {
    const { fastest, ...counts } = configFacts([Number(config.id)]);
    await update('spacecraft_configurations', config.id, { ...counts, fastest_turnaround: fastest });
  }
  const configsByFamily = groupBy(members, (member) => Number(member.family_id));
  for (const family of families) {
    const configIds = (configsByFamily.get(Number(family.id)) ?? []).map((member) => Number(member.configuration_id));
    const { fastest: _fastest, ...counts } = configFacts(configIds);
    await update('spacecraft_configuration_families', family.id, counts);
  }

  // Agencies: their launches as provider, and the spacecraft landings of those launches.
  const launchesByAgency = groupBy(launches, (launch) => Number(launch.launch_service_provider_id));
  const flightsByLaunch = groupBy(flightRows, (row) => String(row.launch_id));
  const flightById = new Map(flights.map((flight) => [flight.id, flight]));
  for (const agency of agencies) {
    const own = (launchesByAgency.get(Number(agency.id)) ?? [])
      .map((launch) => ({ at: epochSeconds(launch.net) ?? 0, outcome: outcomeOf(launch), id: String(launch.id) }))
      .sort((a, b) => a.at - b.at);
    const attempted = own.filter((launch) => launch.outcome !== 'pending');
    const landed = own
      .flatMap((launch) => (flightsByLaunch.get(launch.id) ?? []).map((row) => flightById.get(Number(row.id))))
      .filter((flight): flight is Flight => flight?.landing?.attempt === true);
    const landingOutcomes = landed.map((flight) => flight.landing?.success ?? null);
    const successfulLandings = landingOutcomes.filter((success) => success === true).length;
    const failedLandings = landingOutcomes.filter((success) => success === false).length;
    await update('agencies', agency.id, {
      total_launch_count: attempted.length,
      consecutive_successful_launches: trailingRun(attempted.map((launch) => launch.outcome === 'success')),
      successful_launches: attempted.filter((launch) => launch.outcome === 'success').length,
      failed_launches: attempted.filter((launch) => launch.outcome === 'failure').length,
      pending_launches: own.length - attempted.length,
      consecutive_successful_landings: trailingRun(landingOutcomes.filter((success) => success !== null)),
      successful_landings: successfulLandings,
      failed_landings: failedLandings,
      attempted_landings: landed.length,
      successful_landings_spacecraft: successfulLandings,
      failed_landings_spacecraft: failedLandings,
      attempted_landings_spacecraft: landed.length,
      successful_landings_payload: 0,
      failed_landings_payload: 0,
      attempted_landings_payload: 0,
    });
  }
}

function launchAndLandingCounts(flights: Flight[]) {
  const landed = flights.filter((flight) => flight.landing?.attempt);
  return {
    total_launch_count: flights.filter((flight) => flight.outcome !== 'pending').length,
    successful_launches: flights.filter((flight) => flight.outcome === 'success').length,
    failed_launches: flights.filter((flight) => flight.outcome === 'failure').length,
    attempted_landings: landed.length,
    successful_landings: landed.filter((flight) => flight.landing?.success === true).length,
    failed_landings: landed.filter((flight) => flight.landing?.success === false).length,
  };
}

/** How many of the most recent outcomes in a row were successes. */
function trailingRun(successes: boolean[]): number {
  let run = 0;
  for (let index = successes.length - 1; index >= 0 && successes[index]; index--) run++;
  return run;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function minimum(values: Array<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? Math.min(...present) : null;
}
