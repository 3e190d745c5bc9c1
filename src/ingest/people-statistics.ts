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
//   station whose `active_expeditions` lists them, and their `crew` (links), from each
//   person's stays aboard the stations (`stationStays`).
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
    expeditionCrew,
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
      'expedition_crew',
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
  // The seat an astronaut had on a flight they launched in or came aboard (the first listed).
  const seatOn = new Map<string, { seat: unknown; rank: number }>();
  for (const [rank, link] of [...launchCrewLinks, ...onboardCrewLinks].entries()) {
    const key = `${link.spacecraft_flight_id}|${astronautOfSeat.get(link.astronaut_flight_id)}`;
    if (!seatOn.has(key)) seatOn.set(key, { seat: link.astronaut_flight_id, rank });
  }
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

  // Stays aboard the stations, from which both who is on board now and the expeditions' crews follow.
  const flightById = new Map(flights.map((flight) => [flight.id, flight]));
  const onboardOn = byAstronaut(flights.flatMap((flight) => flight.onboardCrew.map((a): [unknown, FlightFact] => [a, flight])));
  const visitsOfFlight = groupBy(
    dockings.filter((docking) => epochSeconds(docking.docking) !== null),
    (docking) => docking.flight_vehicle_chaser_id,
  );
  const stays = astronauts.flatMap((astronaut) =>
    stationStays(
      astronaut.id,
      launchedOn.get(astronaut.id) ?? [],
      landedOn.get(astronaut.id) ?? [],
      onboardOn.get(astronaut.id) ?? [],
      inSpace.has(astronaut.id),
      (flight) => visitsOfFlight.get(flight.id) ?? [],
      (flight) => seatOn.get(`${flight.id}|${astronaut.id}`),
    ),
  );
  const staysByStation = groupBy(stays, (stay) => stay.station);

  // Stations: what is docked now, and who is on board (the people in space whose stay is open).
  const active = dockings.filter((docking) => {
    const start = epochSeconds(docking.docking);
    const end = epochSeconds(docking.departure);
    return hasHappened(start) && (end === null || end > nowSeconds);
  });
  const activeIds = new Set(active.map((docking) => docking.id));
  const activeByTarget = groupBy(active, (docking) => docking.space_station_target_id);
  const dockingsByTarget = groupBy(dockings, (docking) => docking.space_station_target_id);
  const dockingsByLocation = groupBy(dockings, (docking) => docking.docking_location_id);
  for (const station of stations) {
    const docked = activeByTarget.get(station.id) ?? [];
    const aboard = new Set<unknown>();
    for (const stay of staysByStation.get(station.id) ?? []) {
      if (stay.arrived <= nowSeconds && stay.left > nowSeconds && inSpace.has(stay.astronaut)) aboard.add(stay.astronaut);
    }
    // The crews are facts here when a docked vehicle names one, or someone is aboard.
    const crewsKnown =
      aboard.size > 0 ||
      docked.some((docking) => {
        const flight = flightById.get(docking.flight_vehicle_chaser_id);
        return flight !== undefined && flight.launchCrew.length + flight.onboardCrew.length + flight.landingCrew.length > 0;
      });
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
  await replaceLinks(tx, 'expedition_crew', expeditionCrewLinks(expeditions, staysByStation, expeditionCrew));
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

/** A person's time aboard one station, from the vehicle they arrived in to the one they left in. */
interface StationStay {
  astronaut: unknown;
  station: unknown;
  /** Their seat on the vehicle they arrived in (the one an expedition's crew lists). */
  seat: unknown;
  /** That seat's place in the crew lists, to keep a crew in its listed order. */
  rank: number;
  arrived: number;
  /** Infinity while they are still aboard. */
  left: number;
}

/**
 * Where an astronaut stayed aboard a station, flight by flight. Each launch opens a trip that the
 * next landing the astronaut is on closes (as `stayOf` counts time in space). On a trip, the
 * astronaut is aboard a station from the first docking there of a vehicle they were in (launched
 * in, or came aboard: Soyuz MS-23's crew, who launched in MS-22) until the last undocking there of
 * the vehicle they landed in (Wilmore and Williams: from Starliner CFT's docking to Crew-9's final
 * undocking). Without a landing: until the undocking of the vehicles they were in, at the latest
 * when their flight ended, or, for an astronaut still in space, for as long as the data goes (the
 * Shenzhou 21 crew, whose own capsule took the Shenzhou 20 crew home).
 */
function stationStays(
  astronaut: unknown,
  launched: FlightFact[],
  landed: FlightFact[],
  onboard: FlightFact[],
  inSpace: boolean,
  visitsOf: (flight: FlightFact) => Row[],
  seatOf: (flight: FlightFact) => { seat: unknown; rank: number } | undefined,
): StationStay[] {
  const stays: StationStay[] = [];
  const launches = byLaunchTime(launched);
  for (const [index, launch] of launches.entries()) {
    if (launch.failed) continue;
    const from = launch.launchAt as number;
    const next = launches[index + 1]?.launchAt ?? Number.POSITIVE_INFINITY;
    const landing = landed
      .filter((flight) => (flight.missionEnd as number) >= from && (flight.missionEnd as number) <= next)
      .sort((a, b) => (a.missionEnd as number) - (b.missionEnd as number))[0];
    // Without a landing, as `stayOf` has it: still aboard for someone in space on their last
    // trip; otherwise until their flight ended (or their next launch).
    const open = !landing && inSpace && index === launches.length - 1;
    const ended = launch.missionEnd !== null && launch.missionEnd <= next ? launch.missionEnd : next;
    const until = landing ? (landing.missionEnd as number) : open ? Number.POSITIVE_INFINITY : ended;
    const rode = [launch, ...onboard.filter((flight) => flight !== launch && flight.launchAt !== null && (flight.launchAt as number) <= until)];
    const visits = (flight: FlightFact) =>
      visitsOf(flight)
        .map((visit) => ({
          station: visit.space_station_target_id,
          docked: epochSeconds(visit.docking) as number,
          left: epochSeconds(visit.departure) ?? Number.POSITIVE_INFINITY,
        }))
        // While the trip lasted (the vehicle they came home in may have docked before they launched).
        .filter((visit) => visit.left > from && visit.docked < until);
    // Arrivals: the first docking at each station of a vehicle they were in, after their launch.
    const arrivals = new Map<unknown, { at: number; flight: FlightFact }>();
    for (const flight of rode) {
      for (const visit of visits(flight).filter((visit) => visit.docked >= from)) {
        const known = arrivals.get(visit.station);
        if (!known || visit.docked < known.at) arrivals.set(visit.station, { at: visit.docked, flight });
      }
    }
    for (const [station, arrival] of arrivals) {
      const lastUndocking = (flights: FlightFact[]) => {
        const here = flights.flatMap(visits).filter((visit) => visit.station === station);
        return here.length ? Math.max(...here.map((visit) => visit.left)) : null;
      };
      let left: number;
      const leftIn = landing ? lastUndocking([landing]) : null;
      if (leftIn !== null) left = leftIn;
      else if (open) left = Number.POSITIVE_INFINITY;
      else left = Math.min(lastUndocking(rode) ?? arrival.at, until);
      const seat = seatOf(arrival.flight);
      if (seat && left > arrival.at) stays.push({ astronaut, station, ...seat, arrived: arrival.at, left });
    }
  }
  return stays;
}

// NASA's line between short and long-duration missions.
const LONG_STAY = 30 * 86400;

/**
 * An expedition's crew: the people whose stay aboard its station overlaps it (a crew that left
 * at the instant it began, or arrived at the instant it ended, does not) and who were part of it
 * rather than passing through:
 * - their arrival opened it (Expedition 1, the Skylab and Salyut crews, Shenzhou 9), or
 * - they were aboard when it began and stayed more than 30 days in all (the crew carried over
 *   from the previous expedition), or
 * - they were aboard more than 30 days of it (a crew that arrived while it was under way).
 * So visitors (Shuttle crews, Soyuz taxi crews, Axiom) are left out, and so is a crew that
 * arrived in an expedition's last 30 days to take over from it (Expedition 2's, who came on the
 * Shuttle that took Expedition 1 home, or a Soyuz crew in a handover week). One seat per person:
 * the one they arrived in. Listed by arrival, each crew in its listed order.
 *
 * An expedition nobody's known stay overlaps keeps the crew it has (an imported record's): the
 * data has no facts to derive it from.
 */
function expeditionCrewLinks(expeditions: Row[], staysByStation: Map<unknown, StationStay[]>, stored: Row[]): Row[] {
  const links: Row[] = [];
  const storedCrews = groupBy(
    [...stored].sort((a, b) => Number(a.id) - Number(b.id)),
    (link) => link.expedition_id,
  );
  for (const expedition of expeditions) {
    const start = epochSeconds(expedition.start);
    const end = epochSeconds(expedition.end) ?? Number.POSITIVE_INFINITY;
    const during =
      start === null
        ? []
        : (staysByStation.get(expedition.spacestation_id) ?? [])
            .map((stay) => ({ stay, overlap: Math.min(stay.left, end) - Math.max(stay.arrived, start) }))
            .filter(({ overlap }) => overlap > 0);
    if (during.length === 0) {
      for (const link of storedCrews.get(expedition.id) ?? []) links.push({ expedition_id: expedition.id, astronaut_flight_id: link.astronaut_flight_id });
      continue;
    }
    const seen = new Set<unknown>();
    const crew = during
      .filter(({ stay, overlap }) => stay.arrived === start || (stay.arrived < (start as number) && stay.left - stay.arrived > LONG_STAY) || overlap > LONG_STAY)
      .map(({ stay }) => stay)
      .sort((a, b) => a.arrived - b.arrived || a.rank - b.rank);
    for (const stay of crew) {
      if (seen.has(stay.astronaut)) continue;
      seen.add(stay.astronaut);
      links.push({ expedition_id: expedition.id, astronaut_flight_id: stay.seat });
    }
  }
  return links;
}

/** Rewrites a derived link table; rows are inserted in the order given, which is the order shown. */
async function replaceLinks(tx: Tx, table: string, rows: Row[]): Promise<void> {
  await tx.deleteFrom(table).execute();
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insertInto(table).values(rows.slice(start, start + 500)).execute();
  }
}
