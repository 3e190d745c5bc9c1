// Derives the computed fields from the facts (launches, spacecraft flights, landings and
// docking events) and stores them, so that reads never aggregate. The formulas are
// recorded in docs/COMPATIBILITY.md (BEHAVIOR.md §11 has the evidence).
import type { Database } from '../db/connect.ts';
import type { SqlDialect } from '../db/dialect.ts';
import { recomputeLaunchStatistics } from './launch-statistics.ts';
import { recomputePeopleStatistics } from './people-statistics.ts';
import { type Carried, DerivedWriter, epochSeconds, groupBy, type LaunchOutcome, minimum, outcomeOfStatus, sum } from './statistics-helpers.ts';
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


export async function recomputeStatistics(database: Database, now: Date = new Date()): Promise<void> {
  await database.db.transaction().execute((tx) => recomputeStatisticsIn(tx, database.dialect, now));
}

/** The same inside a transaction the caller holds (an import derives in its own). */
export async function recomputeStatisticsIn(tx: Tx, dialect: SqlDialect, now: Date = new Date(), carried?: Carried): Promise<void> {
  const writer = new DerivedWriter(tx, carried);
  await recomputeSpacecraftStatistics(writer, dialect, now.getTime() / 1000);
  await recomputeLaunchStatistics(tx, writer);
  await recomputePeopleStatistics(tx, writer, now);
}

async function recomputeSpacecraftStatistics(writer: DerivedWriter, dialect: SqlDialect, now: number): Promise<void> {
  const all = (table: string) => writer.rows(table);
  const [launches, statuses, flightRows, landings, dockings, spacecraft, configs, families, members] = await Promise.all([
    all('launches'),
    all('launch_statuses'),
    all('spacecraft_flights'),
    all('landings'),
    all('docking_events'),
    all('spacecraft'),
    all('spacecraft_configurations'),
    all('spacecraft_configuration_families'),
    all('spacecraft_configuration_family_members'),
  ]);
  const statusAbbrev = new Map(statuses.map((status) => [status.id, String(status.abbrev)]));
  const launchById = new Map(launches.map((launch) => [launch.id, launch]));
  const landingById = new Map(landings.map((landing) => [landing.id, landing]));
  const outcomeOf = (launch: Row | undefined): LaunchOutcome => outcomeOfStatus(statusAbbrev.get(launch?.status_id));

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

  const update = (table: string, id: unknown, values: Row, hasFacts?: boolean) => writer.write(table, id, values, hasFacts);

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
      in_space: dialect.bool(launched.some((flight) => flight.missionEnd === null && flight.outcome !== 'failure')),
      fastest_turnaround: fastest,
    }, list.length > 0);
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
    await update('spacecraft_configurations', config.id, { ...counts, fastest_turnaround: fastest }, counts.spacecraft_flown > 0);
  }
  const configsByFamily = groupBy(members, (member) => Number(member.family_id));
  for (const family of families) {
    const configIds = (configsByFamily.get(Number(family.id)) ?? []).map((member) => Number(member.configuration_id));
    const { fastest: _fastest, ...counts } = configFacts(configIds);
    await update('spacecraft_configuration_families', family.id, counts, counts.spacecraft_flown > 0);
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

