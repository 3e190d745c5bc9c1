// The people side's computed fields, derived from the facts when data is written: the crews
// of spacecraft flights (launch, onboard and landing crews), launch dates and outcomes,
// mission ends, spacewalks, docking events and expeditions. Written here:
//
// - astronauts: `flights` and `landings` (links), `flights_count`, `landings_count`,
//   `first_flight`, `last_flight`, `time_in_space`, `in_space`, `spacewalks` (links),
//   `spacewalks_count`, `eva_time`, `age`, `is_human`;
// - spacewalks: `duration`;
// - space stations: `docked_vehicles`, `onboard_crew`; docking locations: `currently_docked`;
//   docking events: the station whose `active_docking_events` lists them; expeditions: the
//   station whose `active_expeditions` lists them.
//
// Fields that depend on the clock (`age`, `in_space`, `time_in_space` of someone in space,
// whatever is docked or under way) are derived for the moment of the write, `now`, and stay
// as they are until the next write (docs/COMPATIBILITY.md).
import { sql } from 'kysely';
import { type DerivedWriter, epochSeconds, groupBy, sum } from './statistics-helpers.ts';
import type { Tx } from './upsert.ts';

type Row = Record<string, unknown>;

interface FlightFact {
  id: unknown;
  launchId: unknown;
  /** The launch's stored `net`, shown as `first_flight`/`last_flight`. */
  net: unknown;
  launchAt: number | null;
  missionEnd: number | null;
  /** The launch failed outright: the crew did not reach space, or not for long. */
  failed: boolean;
  /** Astronaut ids of each crew. */
  launchCrew: unknown[];
  onboardCrew: unknown[];
  landingCrew: unknown[];
}

interface Stay {
  /** Seconds in space over all the astronaut's stays, the current one up to `now`. */
  seconds: number;
  inSpace: boolean;
}

// LL2's astronaut type for the animals it lists ("Non-Human"); everyone else is human.
const NON_HUMAN_TYPE = 'nonhuman';

export async function recomputePeopleStatistics(tx: Tx, derived: DerivedWriter, now: Date = new Date()): Promise<void> {
  const write = (table: string, id: unknown, values: Row, hasFacts?: boolean) => derived.write(table, id, values, hasFacts);
  const all = (table: string) => derived.rows(table);
  const [
    astronauts,
    astronautTypes,
    seats,
    flightRows,
    launchCrewLinks,
    onboardCrewLinks,
    landingCrewLinks,
    launches,
    launchStatuses,
    spacewalks,
    spacewalkCrewLinks,
    stations,
    dockings,
    dockingLocations,
    expeditions,
  ] = await Promise.all(
    [
      'astronauts',
      'astronaut_types',
      'astronaut_flights',
      'spacecraft_flights',
      'spacecraft_flight_launch_crew',
      'spacecraft_flight_onboard_crew',
      'spacecraft_flight_landing_crew',
      'launches',
      'launch_statuses',
      'spacewalks',
      'spacewalk_crew',
      'space_stations',
      'docking_events',
      'docking_locations',
      'expeditions',
    ].map(all),
  );
  // Whole seconds, as the stored durations of ended flights.
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const astronautOfSeat = new Map(seats.map((seat) => [seat.id, seat.astronaut_id]));
  const crewOf = (links: Row[], from: string) => {
    const crews = groupBy(links, (link) => link[from]);
    return (id: unknown) => (crews.get(id) ?? []).map((link) => astronautOfSeat.get(link.astronaut_flight_id)).filter((a) => a != null);
  };
  const launchCrew = crewOf(launchCrewLinks, 'spacecraft_flight_id');
  const onboardCrew = crewOf(onboardCrewLinks, 'spacecraft_flight_id');
  const landingCrew = crewOf(landingCrewLinks, 'spacecraft_flight_id');
  const spacewalkCrew = crewOf(spacewalkCrewLinks, 'spacewalk_id');
  const seatLinksOf = (links: Row[]) => groupBy(links, (link) => link.spacecraft_flight_id);
  const launchSeats = seatLinksOf(launchCrewLinks);
  const onboardSeats = seatLinksOf(onboardCrewLinks);
  const seatsOfFlight = (id: unknown): unknown[] =>
    [...(launchSeats.get(id) ?? []), ...(onboardSeats.get(id) ?? [])].map((link) => link.astronaut_flight_id);
  const launchById = new Map(launches.map((launch) => [launch.id, launch]));
  const statusAbbrev = new Map(launchStatuses.map((status) => [status.id, String(status.abbrev)]));

  const flights: FlightFact[] = flightRows.map((row) => {
    const launch = launchById.get(row.launch_id);
    return {
      id: row.id,
      launchId: row.launch_id,
      net: launch?.net ?? null,
      launchAt: epochSeconds(launch?.net),
      missionEnd: epochSeconds(row.mission_end),
      // "Partial Failure" reached space (a wrong orbit); only an outright failure did not.
      failed: statusAbbrev.get(launch?.status_id) === 'Failure',
      launchCrew: launchCrew(row.id),
      onboardCrew: onboardCrew(row.id),
      landingCrew: landingCrew(row.id),
    };
  });
  const byAstronaut = <T>(pairs: Array<[unknown, T]>) => {
    const map = new Map<unknown, T[]>();
    for (const [astronautId, item] of pairs) {
      const list = map.get(astronautId);
      if (list) list.push(item);
      else map.set(astronautId, [item]);
    }
    return map;
  };
  const hasHappened = (at: number | null): at is number => at !== null && at <= nowSeconds;
  // Launched: the launch's net has passed. Landed: the flight's mission ended, with them on board.
  const launchedOn = byAstronaut(
    flights.filter((flight) => hasHappened(flight.launchAt)).flatMap((flight) => flight.launchCrew.map((a): [unknown, FlightFact] => [a, flight])),
  );
  const landedOn = byAstronaut(
    flights.filter((flight) => hasHappened(flight.missionEnd)).flatMap((flight) => flight.landingCrew.map((a): [unknown, FlightFact] => [a, flight])),
  );
  const spacewalkDuration = new Map(
    spacewalks.map((walk) => {
      const start = epochSeconds(walk.start);
      const end = epochSeconds(walk.end);
      return [walk.id, start !== null && end !== null ? end - start : null];
    }),
  );
  const walkedOn = byAstronaut(
    [...spacewalks]
      .sort((a, b) => (epochSeconds(a.start) ?? Number.POSITIVE_INFINITY) - (epochSeconds(b.start) ?? Number.POSITIVE_INFINITY))
      .flatMap((walk) => [...new Set(spacewalkCrew(walk.id))].map((a): [unknown, Row] => [a, walk])),
  );
  const typeName = new Map(astronautTypes.map((type) => [type.id, String(type.name ?? '')]));
  const today = now.toISOString().slice(0, 10);

  for (const walk of spacewalks) {
    await write('spacewalks', walk.id, { duration: spacewalkDuration.get(walk.id) ?? null });
  }

  const launchLinks: Row[] = [];
  const landingLinks: Row[] = [];
  const spacewalkLinks: Row[] = [];
  const inSpace = new Set<unknown>();
  for (const astronaut of astronauts) {
    const launched = distinctBy(byLaunchTime(launchedOn.get(astronaut.id) ?? []), (flight) => flight.launchId);
    const landed = distinctBy(
      [...(landedOn.get(astronaut.id) ?? [])].sort((a, b) => (a.missionEnd as number) - (b.missionEnd as number)),
      (flight) => flight.id,
    );
    const walks = distinctBy(walkedOn.get(astronaut.id) ?? [], (walk) => walk.id);
    const stay = stayOf(launched, landed, nowSeconds);
    if (stay.inSpace) inSpace.add(astronaut.id);
    for (const flight of launched) launchLinks.push({ astronaut_id: astronaut.id, launch_id: flight.launchId });
    for (const flight of landed) landingLinks.push({ astronaut_id: astronaut.id, spacecraft_flight_id: flight.id });
    for (const walk of walks) spacewalkLinks.push({ astronaut_id: astronaut.id, spacewalk_id: walk.id });
    const kind = typeName.get(astronaut.type_id)?.toLowerCase().replace(/[^a-z]/g, '');
    await write('astronauts', astronaut.id, {
        flights_count: launched.length,
        landings_count: landed.length,
        spacewalks_count: walks.length,
        first_flight: launched[0]?.net ?? null,
        last_flight: launched.at(-1)?.net ?? null,
        time_in_space: stay.seconds,
        in_space: storedBool(stay.inSpace),
        eva_time: sum(walks.map((walk) => spacewalkDuration.get(walk.id) ?? 0)),
        age: ageOf(astronaut.date_of_birth, astronaut.date_of_death ?? today),
        is_human: storedBool(kind !== NON_HUMAN_TYPE),
      }, launched.length + landed.length + walks.length > 0);
  }
  await replaceLinks(tx, 'astronaut_launches', launchLinks);
  await replaceLinks(tx, 'astronaut_landings', landingLinks);
  await replaceLinks(tx, 'astronaut_spacewalks', spacewalkLinks);

  // Stations: what is docked now, and who is on board (the people in space whose vehicles are).
  const active = dockings.filter((docking) => {
    const start = epochSeconds(docking.docking);
    const end = epochSeconds(docking.departure);
    return hasHappened(start) && (end === null || end > nowSeconds);
  });
  const activeIds = new Set(active.map((docking) => docking.id));
  const flightById = new Map(flights.map((flight) => [flight.id, flight]));
  const activeByTarget = groupBy(active, (docking) => docking.space_station_target_id);
  const dockingsByTarget = groupBy(dockings, (docking) => docking.space_station_target_id);
  const dockingsByLocation = groupBy(dockings, (docking) => docking.docking_location_id);
  for (const station of stations) {
    const docked = activeByTarget.get(station.id) ?? [];
    const aboard = new Set<unknown>();
    let crewsKnown = false;
    for (const docking of docked) {
      const flight = flightById.get(docking.flight_vehicle_chaser_id);
      if (!flight) continue;
      const crew = [...flight.launchCrew, ...flight.onboardCrew, ...flight.landingCrew];
      crewsKnown ||= crew.length > 0;
      for (const a of crew) if (inSpace.has(a)) aboard.add(a);
    }
    await write('space_stations', station.id, { docked_vehicles: docked.length }, (dockingsByTarget.get(station.id) ?? []).length > 0);
    await write('space_stations', station.id, { onboard_crew: aboard.size }, crewsKnown);
  }
  const activeByLocation = groupBy(active, (docking) => docking.docking_location_id);
  for (const location of dockingLocations) {
    // If the data has two vehicles at one port, the one that docked last is there.
    const latest = [...(activeByLocation.get(location.id) ?? [])].sort(
      (a, b) => (epochSeconds(b.docking) ?? 0) - (epochSeconds(a.docking) ?? 0),
    )[0];
    await write('docking_locations', location.id, { currently_docked_id: latest?.id ?? null }, dockingsByLocation.has(location.id));
  }
  for (const docking of dockings) {
    const chaser = activeIds.has(docking.id) ? (docking.space_station_chaser_id ?? null) : null;
    await tx.updateTable('docking_events').set({ active_chaser_station_id: chaser }).where('id', '=', docking.id).execute();
  }
  await replaceLinks(tx, 'expedition_crew', expeditionCrewLinks(expeditions, dockings, seatsOfFlight, (seat) => astronautOfSeat.get(seat)));
  for (const expedition of expeditions) {
    const start = epochSeconds(expedition.start);
    const end = epochSeconds(expedition.end);
    const underway = hasHappened(start) && (end === null || end > nowSeconds);
    await write('expeditions', expedition.id, { active_spacestation_id: underway ? expedition.spacestation_id : null }, start !== null);
  }
}

/**
 * Time in space over the astronaut's stays: each stay opens at a launch and closes at the next
 * landing the astronaut is on, whichever vehicle that is (Wilmore and Williams launched on
 * Starliner and landed on Crew-9). Where the data has no such landing:
 * - an outright launch failure ends the stay when that flight ended (Challenger);
 * - a stay followed by another launch ends when its flight ended (or at that launch);
 * - a last stay whose flight has ended and names no landing crew at all ends with it (the
 *   data says nothing of who came home); otherwise the astronaut is still in space, and the
 *   stay counts up to `now`.
 */
function stayOf(launched: FlightFact[], landed: FlightFact[], now: number): Stay {
  type Event = { at: number; flight: FlightFact; kind: 'launch' | 'landing' };
  const events: Event[] = [
    ...launched.map((flight): Event => ({ at: flight.launchAt as number, flight, kind: 'launch' })),
    ...landed.map((flight): Event => ({ at: flight.missionEnd as number, flight, kind: 'landing' })),
  ].sort((a, b) => a.at - b.at || (a.kind === 'landing' ? -1 : 1));
  let seconds = 0;
  let open: Event | null = null;
  const close = (at: number) => {
    if (open) seconds += Math.max(0, at - open.at);
    open = null;
  };
  for (const event of events) {
    if (event.kind === 'landing') {
      close(event.at);
      continue;
    }
    if (open) {
      const previous: Event = open;
      const ended = previous.flight.missionEnd;
      close(ended !== null && ended <= event.at ? ended : event.at);
    }
    open = event;
    if (event.flight.failed) close(Math.min(event.flight.missionEnd ?? event.at, now));
  }
  if (!open) return { seconds, inSpace: false };
  const ended = (open as Event).flight.missionEnd;
  if (ended !== null && ended <= now && (open as Event).flight.landingCrew.length === 0) {
    close(ended);
    return { seconds, inSpace: false };
  }
  close(now);
  return { seconds, inSpace: true };
}

/** Whole years from a `YYYY-MM-DD` birth date to another date; null without a birth date. */
function ageOf(birth: unknown, until: unknown): number | null {
  if (typeof birth !== 'string' || typeof until !== 'string') return null;
  const [by, bm, bd] = birth.split('-').map(Number);
  const [uy, um, ud] = until.split('-').map(Number);
  return uy - by - (um < bm || (um === bm && ud < bd) ? 1 : 0);
}

function byLaunchTime(flights: FlightFact[]): FlightFact[] {
  return [...flights].sort((a, b) => (a.launchAt as number) - (b.launchAt as number));
}

function distinctBy<T>(items: T[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A boolean both databases store (SQLite has no boolean binding, PostgreSQL a boolean column). */
function storedBool(value: boolean) {
  return sql<boolean>`(1 = ${sql.lit(value ? 1 : 0)})`;
}

/** Rewrites a derived link table; rows are inserted in the order given, which is the order shown. */
/**
 * An expedition's crew: the seats (launch or onboard crew) of the flights docked at its
 * station while it was under way, one seat per astronaut (the earliest docking's; a crew that
 * came up on one vehicle and went home on another has a seat on each).
 */
function expeditionCrewLinks(
  expeditions: Row[],
  dockings: Row[],
  seatsOfFlight: (id: unknown) => unknown[],
  astronautOf: (seat: unknown) => unknown,
): Row[] {
  const links: Row[] = [];
  const sorted = [...dockings].sort((a, b) => (epochSeconds(a.docking) ?? 0) - (epochSeconds(b.docking) ?? 0));
  for (const expedition of expeditions) {
    const start = epochSeconds(expedition.start);
    const end = epochSeconds(expedition.end) ?? Number.POSITIVE_INFINITY;
    if (start === null) continue;
    const seen = new Set<unknown>();
    for (const docking of sorted) {
      if (docking.space_station_target_id !== expedition.spacestation_id || docking.flight_vehicle_chaser_id == null) continue;
      const docked = epochSeconds(docking.docking);
      const departed = epochSeconds(docking.departure) ?? Number.POSITIVE_INFINITY;
      if (docked === null || docked >= end || departed <= start) continue;
      for (const seat of seatsOfFlight(docking.flight_vehicle_chaser_id)) {
        const person = astronautOf(seat) ?? seat;
        if (seen.has(person)) continue;
        seen.add(person);
        links.push({ expedition_id: expedition.id, astronaut_flight_id: seat });
      }
    }
  }
  return links;
}

async function replaceLinks(tx: Tx, table: string, rows: Row[]): Promise<void> {
  await tx.deleteFrom(table).execute();
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insertInto(table).values(rows.slice(start, start + 500)).execute();
  }
}
