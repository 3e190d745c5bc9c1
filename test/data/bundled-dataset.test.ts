// The bundled dataset is real and consistent: big enough (issue: 400+ spacecraft, several
// hundred launches), every reference resolved, and every computed field equal to what its
// facts give.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { epochSeconds } from '../../src/ingest/statistics-helpers.ts';
import { freshDatabase, type TestDatabase } from '../support/databases.ts';

type Row = Record<string, unknown>;

describe('the bundled dataset', () => {
  let test_db: TestDatabase;
  const all = (table: string) => test_db.database.db.selectFrom(table).selectAll().execute() as Promise<Row[]>;

  before(async () => {
    test_db = await freshDatabase('sqlite');
    await loadBundledData(test_db.database);
  });
  after(() => test_db?.drop());

  test('holds the history the issue asks for', async () => {
    const spacecraft = await all('spacecraft');
    const launches = await all('launches');
    const flights = await all('spacecraft_flights');
    assert.ok(spacecraft.length >= 400, `${spacecraft.length} spacecraft`);
    assert.ok(launches.length >= 500, `${launches.length} launches`);
    assert.ok(flights.length >= 500, `${flights.length} flights`);
    const names = new Set(spacecraft.map((craft) => craft.name));
    for (const expected of ['Discovery', 'Soyuz TMA-1', 'Progress M-27M', 'Shenzhou 9', 'Jules Verne', 'HTV-1', 'Eagle', 'Friendship 7', 'Gemini 4', 'Buran', 'Resilience', 'Tenacity']) {
      assert.ok(names.has(expected), `${expected} is in the dataset`);
    }
    const shuttleFlights = flights.filter((flight) => [7, 8, 9, 10, 11].includes(Number(flight.spacecraft_id)));
    assert.equal(shuttleFlights.length, 135, 'every Space Shuttle mission');
  });

  test('every spacecraft has a configuration and a status; every flight a spacecraft and a launch', async () => {
    const configs = new Set((await all('spacecraft_configurations')).map((row) => row.id));
    const spacecraft = await all('spacecraft');
    const spacecraftIds = new Set(spacecraft.map((row) => row.id));
    const launches = new Set((await all('launches')).map((row) => row.id));
    for (const craft of spacecraft) {
      assert.ok(configs.has(craft.spacecraft_config_id), `${craft.name} has a configuration`);
      assert.notEqual(craft.status_id, null, `${craft.name} has a status`);
    }
    for (const flight of await all('spacecraft_flights')) {
      assert.ok(spacecraftIds.has(flight.spacecraft_id), `flight ${flight.id} has a spacecraft`);
      assert.ok(launches.has(flight.launch_id), `flight ${flight.id} has a launch`);
    }
    for (const launch of await all('launches')) {
      for (const column of ['pad_id', 'rocket_id', 'mission_id', 'status_id', 'launch_service_provider_id']) {
        assert.notEqual(launch[column], null, `${launch.name}: ${column}`);
      }
    }
  });

  test('no two spacecraft or launches share a name, except where the real names repeat', async () => {
    const repeats = (rows: Row[]) => {
      const seen = new Map<unknown, number>();
      for (const row of rows) seen.set(row.name, (seen.get(row.name) ?? 0) + 1);
      return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
    };
    // Apollo 11's command module and the orbiter are both Columbia; the orbiter, Apollo 15's CSM
    // and Crew Dragon C206 are all Endeavour; Apollo 17's LM and the orbiter are Challenger…
    const realRepeats = ['Columbia', 'Endeavour', 'Challenger', 'Orion', 'Antares', 'Falcon', 'Freedom'];
    assert.deepEqual(repeats(await all('spacecraft')).filter((name) => !realRepeats.includes(String(name))), []);
    assert.deepEqual(repeats(await all('launches')), []);
  });

  test('computed fields equal what their facts give', async () => {
    const launches = new Map((await all('launches')).map((row) => [row.id, row]));
    const flights = await all('spacecraft_flights');
    const dockings = await all('docking_events');
    for (const craft of await all('spacecraft')) {
      const own = flights.filter((flight) => flight.spacecraft_id === craft.id);
      const ended = own.filter((flight) => flight.mission_end !== null);
      const inSpace = ended.reduce((total, flight) => total + (epochSeconds(flight.mission_end) as number) - (epochSeconds(launches.get(flight.launch_id)?.net) as number), 0);
      const ownIds = new Set(own.map((flight) => flight.id));
      const docked = dockings
        .filter((docking) => ownIds.has(docking.flight_vehicle_chaser_id) && docking.departure !== null)
        .reduce((total, docking) => total + (epochSeconds(docking.departure) as number) - (epochSeconds(docking.docking) as number), 0);
      assert.equal(craft.flights_count, own.length, `${craft.name}: flights_count`);
      assert.equal(craft.mission_ends_count, ended.length, `${craft.name}: mission_ends_count`);
      assert.ok(Math.abs(Number(craft.time_in_space) - inSpace) < 1, `${craft.name}: time_in_space`);
      assert.ok(Math.abs(Number(craft.time_docked) - docked) < 1, `${craft.name}: time_docked`);
    }
    const launchName = (flight: Row) => launches.get(flight.launch_id)?.name;
    const backwards = flights
      .filter((flight) => flight.mission_end !== null && (epochSeconds(flight.mission_end) as number) < (epochSeconds(launches.get(flight.launch_id)?.net) as number))
      .map((flight) => `${launchName(flight)}: ends ${flight.mission_end}`);
    assert.deepEqual(backwards, [], 'every flight ends after its launch');
    const flightById = new Map(flights.map((flight) => [flight.id, flight]));
    const misplaced = dockings
      .filter((docking) => {
        const flight = flightById.get(docking.flight_vehicle_chaser_id);
        const start = epochSeconds(docking.docking) as number;
        const launched = epochSeconds(launches.get(flight?.launch_id)?.net) as number;
        const end = flight?.mission_end === null ? null : (epochSeconds(flight?.mission_end) as number);
        return (docking.departure !== null && (epochSeconds(docking.departure) as number) < start) || start < launched || (end !== null && start > end);
      })
      .map((docking) => `${launchName(flightById.get(docking.flight_vehicle_chaser_id) ?? {})}: docked ${docking.docking}, left ${docking.departure}`);
    assert.deepEqual(misplaced, [], 'every docking lies within its flight');
  });

  test('every crewed flight has its crew; every person flew and counts their flights', async () => {
    const launches = new Map((await all('launches')).map((row) => [row.id, row]));
    const missions = new Map((await all('missions')).map((row) => [row.id, row.name]));
    const humanRated = new Set((await all('spacecraft_configurations')).filter((config) => Boolean(config.human_rated)).map((config) => config.id));
    const spacecraft = new Map((await all('spacecraft')).map((row) => [row.id, row]));
    const seats = new Map((await all('astronaut_flights')).map((seat) => [seat.id, seat]));
    const crewOf = async (table: string) => {
      const crews = new Map<unknown, unknown[]>();
      for (const link of await all(table)) crews.set(link.spacecraft_flight_id, [...(crews.get(link.spacecraft_flight_id) ?? []), seats.get(link.astronaut_flight_id)?.astronaut_id]);
      return crews;
    };
    const [launchCrews, onboardCrews] = [await crewOf('spacecraft_flight_launch_crew'), await crewOf('spacecraft_flight_onboard_crew')];
    // Flights of human-rated spacecraft that flew empty: tests, chimpanzees, cargo-only runs.
    const uncrewed = [
      'Mercury-Redstone 2', 'Mercury-Atlas 5', 'AS-201', 'AS-202', 'Apollo 4', 'Apollo 6', 'Soyuz 2', 'Soyuz 20', 'Soyuz TM-1',
      'Shenzhou 1', 'Shenzhou 2', 'Shenzhou 3', 'Shenzhou 4', 'Shenzhou 8', 'Demo-1', 'Soyuz MS-14', 'Starliner OFT',
      'Crew Dragon In-Flight Abort Test', 'Artemis I',
    ];
    const flights = await all('spacecraft_flights');
    const crewless = flights
      .filter((flight) => humanRated.has(spacecraft.get(flight.spacecraft_id)?.spacecraft_config_id))
      .filter((flight) => !launchCrews.has(flight.id) && !onboardCrews.has(flight.id))
      .map((flight) => missions.get(launches.get(flight.launch_id)?.mission_id));
    assert.deepEqual(crewless.sort(), [...uncrewed].sort());
    const crewedFlights = flights.filter((flight) => launchCrews.has(flight.id)).length;
    assert.ok(crewedFlights >= 350, `${crewedFlights} flights with a launch crew`);

    const astronauts = await all('astronauts');
    assert.ok(astronauts.length >= 600, `${astronauts.length} people`);
    const launchesOf = new Map<unknown, Set<unknown>>();
    for (const [flightId, crew] of launchCrews) {
      const launch = flights.find((flight) => flight.id === flightId)?.launch_id;
      for (const person of crew) launchesOf.set(person, new Set([...(launchesOf.get(person) ?? []), launch]));
    }
    for (const person of astronauts) {
      const flown = launchesOf.get(person.id)?.size ?? 0;
      assert.equal(person.flights_count, flown, `${person.name}: flights_count`);
      assert.ok(flown > 0 || [...onboardCrews.values()].some((crew) => crew.includes(person.id)), `${person.name} flew`);
    }
    // Everyone came home (their landing is recorded) except the crew still up: Crew-12's.
    const inSpace = astronauts.filter((person) => Boolean(person.in_space)).map((person) => person.name);
    assert.deepEqual(inSpace.sort(), ['Andrey Fedyaev', 'Jack Hathaway', 'Jessica Meir', 'Sophie Adenot']);
  });
});
