// The bundled dataset is real and consistent: big enough (issue: 400+ spacecraft, several
// hundred launches), every reference resolved, and every computed field equal to what its
// facts give.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { importRecords } from '../../src/ingest/import-records.ts';
import { epochSeconds } from '../../src/ingest/statistics-helpers.ts';
import { expedition as expeditionModel } from '../../src/models/expeditions.ts';
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
      'Crew Dragon In-Flight Abort Test', 'Artemis I', 'Shenzhou 22',
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
    // Everyone came home (their landing is recorded) except the crews still up: Crew-12's and
    // Soyuz MS-28's, Expedition 74, and Shenzhou 21's on Tiangong.
    const inSpace = astronauts.filter((person) => Boolean(person.in_space)).map((person) => person.name);
    assert.deepEqual(inSpace.sort(), [
      'Andrey Fedyaev', 'Christopher Williams', 'Jack Hathaway', 'Jessica Meir', 'Sergey Kud-Sverchkov', 'Sergey Mikayev', 'Sophie Adenot',
      'Wu Fei', 'Zhang Hongzhang', 'Zhang Lu',
    ]);
  });

  const STATIONS = [
    'International Space Station', 'Tiangong', 'Mir', 'Skylab', 'Salyut 1', 'Salyut 3', 'Salyut 4', 'Salyut 5', 'Salyut 6',
    'Salyut 7', 'Tiangong-1', 'Tiangong-2',
  ];
  const at = (value: unknown) => epochSeconds(value) as number;
  const DAY = 86400;

  test('every station has its expeditions, one after another within its life', async () => {
    const stations = await all('space_stations');
    const expeditions = await all('expeditions');
    assert.equal(new Set(expeditions.map((expedition) => expedition.name)).size, expeditions.length, 'expedition names are unique');
    for (const name of STATIONS) {
      const station = stations.find((row) => row.name === name);
      assert.ok(station, `${name} is in the dataset`);
      const own = expeditions.filter((expedition) => expedition.spacestation_id === station.id).sort((a, b) => at(a.start) - at(b.start));
      assert.ok(own.length > 0, `${name} has expeditions`);
      const founded = at(`${station.founded}T00:00:00Z`);
      const deorbited = station.deorbited === null ? Number.POSITIVE_INFINITY : at(`${station.deorbited}T00:00:00Z`) + DAY;
      for (const [index, expedition] of own.entries()) {
        const [start, end] = [at(expedition.start), expedition.end === null ? null : at(expedition.end)];
        assert.ok(start >= founded && (end ?? start) <= deorbited, `${expedition.name} lies within ${name}'s life`);
        assert.ok(end === null || end > start, `${expedition.name} ends after it starts`);
        const next = own[index + 1];
        if (next) assert.ok(end !== null && end <= at(next.start), `${expedition.name} ends before ${next.name} starts`);
      }
    }
  });

  test('the ISS has Expedition 1 to the one under way, each starting when the last ended', async () => {
    const [iss] = (await all('space_stations')).filter((station) => station.name === 'International Space Station');
    const own = (await all('expeditions')).filter((expedition) => expedition.spacestation_id === iss.id).sort((a, b) => at(a.start) - at(b.start));
    assert.deepEqual(own.map((expedition) => expedition.name), Array.from({ length: 74 }, (_, i) => `Expedition ${i + 1}`));
    for (let index = 1; index < own.length; index++) assert.equal(at(own[index].start), at(own[index - 1].end), `${own[index].name} starts at the handover`);
    assert.deepEqual(own.filter((expedition) => expedition.end === null).map((expedition) => expedition.name), ['Expedition 74']);
    // Under way: the only expeditions a station lists as active.
    const [tiangong] = (await all('space_stations')).filter((station) => station.name === 'Tiangong');
    const active = (await all('expeditions')).filter((expedition) => expedition.active_spacestation_id !== null);
    assert.deepEqual(
      active.map((expedition) => [expedition.name, expedition.active_spacestation_id]).sort(),
      [['Expedition 74', iss.id], ['Shenzhou 21', tiangong.id]],
    );
  });

  test('every expedition starts and ends at a docking or an undocking at its station', async () => {
    const dockings = await all('docking_events');
    const moments = new Map<unknown, Set<number>>();
    for (const docking of dockings) {
      const station = moments.get(docking.space_station_target_id) ?? new Set<number>();
      station.add(at(docking.docking));
      if (docking.departure !== null) station.add(at(docking.departure));
      moments.set(docking.space_station_target_id, station);
    }
    const loose = (await all('expeditions'))
      .flatMap((expedition) => [['start', expedition.start], ['end', expedition.end]].map(([bound, value]) => ({ expedition, bound, value })))
      .filter(({ expedition, value }) => value !== null && !moments.get(expedition.spacestation_id)?.has(at(value)))
      .map(({ expedition, bound, value }) => `${expedition.name} ${bound} ${value}`);
    assert.deepEqual(loose, []);
  });

  test('a de-orbited station has nothing docked, nobody aboard and no expedition under way', async () => {
    const stations = await all('space_stations');
    const dockings = await all('docking_events');
    const expeditions = await all('expeditions');
    const deorbited = stations.filter((station) => station.deorbited !== null);
    assert.deepEqual(deorbited.map((station) => station.name).sort(), STATIONS.filter((name) => !['International Space Station', 'Tiangong'].includes(name)).sort());
    for (const station of deorbited) {
      const end = at(`${station.deorbited}T00:00:00Z`) + DAY;
      assert.equal(Number(station.docked_vehicles), 0, `${station.name}: docked_vehicles`);
      assert.equal(Number(station.onboard_crew), 0, `${station.name}: onboard_crew`);
      const lingering = dockings
        .filter((docking) => docking.space_station_target_id === station.id)
        .filter((docking) => docking.departure === null || at(docking.departure) > end)
        .map((docking) => `${docking.id}: docked ${docking.docking}, left ${docking.departure}`);
      assert.deepEqual(lingering, [], `${station.name}: every vehicle left before the station came down`);
      assert.deepEqual(
        expeditions.filter((expedition) => expedition.spacestation_id === station.id && (expedition.end === null || expedition.active_spacestation_id !== null)).map((e) => e.name),
        [],
        `${station.name}: no expedition under way`,
      );
    }
    const locations = await all('docking_locations');
    const busy = locations
      .filter((location) => deorbited.some((station) => station.id === location.spacestation_id) && location.currently_docked_id !== null)
      .map((location) => location.name);
    assert.deepEqual(busy, [], 'no port of a de-orbited station holds a vehicle');
  });

  test('expedition crews are the long-duration crews aboard during them, not visitors or the next crew', async () => {
    const seats = new Map((await all('astronaut_flights')).map((seat) => [seat.id, seat.astronaut_id]));
    const names = new Map((await all('astronauts')).map((person) => [person.id, person.name]));
    const missions = new Map((await all('missions')).map((row) => [row.id, row.name]));
    const launches = new Map((await all('launches')).map((row) => [row.id, missions.get(row.mission_id)]));
    const flights = new Map((await all('spacecraft_flights')).map((flight) => [flight.id, flight]));
    // The flights each seat launched in or came aboard.
    const flightsOfSeat = new Map<unknown, unknown[]>();
    for (const table of ['spacecraft_flight_launch_crew', 'spacecraft_flight_onboard_crew']) {
      for (const link of await all(table)) flightsOfSeat.set(link.astronaut_flight_id, [...(flightsOfSeat.get(link.astronaut_flight_id) ?? []), link.spacecraft_flight_id]);
    }
    const dockings = await all('docking_events');
    const links = await all('expedition_crew');
    const stationNames = new Map((await all('space_stations')).map((station) => [station.id, station.name]));
    const crews = new Map<string, string[]>();
    const arrivedIn = new Map<string, string>();
    for (const expedition of await all('expeditions')) {
      const [start, end] = [at(expedition.start), expedition.end === null ? Number.POSITIVE_INFINITY : at(expedition.end)];
      const own = links.filter((link) => link.expedition_id === expedition.id);
      const people = own.map((link) => seats.get(link.astronaut_flight_id));
      assert.equal(people.length, new Set(people).size, `${expedition.name}: one seat per person`);
      assert.ok(people.length > 0, `${expedition.name} (${stationNames.get(expedition.spacestation_id)}) has a crew`);
      for (const link of own) {
        // The seat is on a flight that docked at the station before the expedition ended.
        const docked = (flightsOfSeat.get(link.astronaut_flight_id) ?? []).some((flight) =>
          dockings.some((docking) => docking.flight_vehicle_chaser_id === flight && docking.space_station_target_id === expedition.spacestation_id && at(docking.docking) < end),
        );
        assert.ok(docked, `${expedition.name}: ${names.get(seats.get(link.astronaut_flight_id))} arrived in a vehicle docked at the station`);
        const flight = flights.get(flightsOfSeat.get(link.astronaut_flight_id)?.[0]);
        arrivedIn.set(`${expedition.name}|${names.get(seats.get(link.astronaut_flight_id))}`, String(launches.get(flight?.launch_id)));
      }
      assert.ok(start < end, `${expedition.name} has a length`);
      crews.set(String(expedition.name), people.map((id) => String(names.get(id))));
    }
    const exactly = (expedition: string, people: string[]) => assert.deepEqual([...(crews.get(expedition) ?? [])].sort(), [...people].sort(), expedition);
    // The first crews; the Expedition 2 crew came on the Shuttle that took Expedition 1 home,
    // and Soyuz TM-31 stayed docked after Expedition 1 left in STS-102. No visitor (STS-97,
    // STS-98, Soyuz TM-32 with Dennis Tito, STS-100, STS-104) counts.
    exactly('Expedition 1', ['William Shepherd', 'Yuri Gidzenko', 'Sergei Krikalev']);
    exactly('Expedition 2', ['Yury Usachov', 'James S. Voss', 'Susan Helms']);
    exactly('Expedition 7', ['Yuri Malenchenko', 'Ed Lu']);
    // A Soyuz handover in the three-person era: the TMA-16 crew arrived nine days before
    // Expedition 20 ended and belongs to Expedition 21; Kopra and Stott rode Shuttles.
    exactly('Expedition 20', [
      'Gennady Padalka', 'Michael Barratt', 'Koichi Wakata', 'Roman Romanenko', 'Frank De Winne', 'Robert Thirsk', 'Timothy Kopra', 'Nicole Stott',
    ]);
    exactly('Expedition 21', ['Roman Romanenko', 'Frank De Winne', 'Robert Thirsk', 'Nicole Stott', 'Maksim Surayev', 'Jeffrey Williams']);
    exactly('Expedition 63', ['Christopher Cassidy', 'Anatoli Ivanishin', 'Ivan Vagner', 'Doug Hurley', 'Bob Behnken']);
    // Crew-1 stayed into Expedition 65; the Soyuz MS-19 crew came twelve days before it ended
    // (and Peresild and Shipenko were visitors).
    exactly('Expedition 65', [
      'Michael S. Hopkins', 'Victor J. Glover', 'Shannon Walker', 'Soichi Noguchi', 'Oleg Novitskiy', 'Pyotr Dubrov', 'Mark T. Vande Hei',
      'Shane Kimbrough', 'K. Megan McArthur', 'Akihiko Hoshide', 'Thomas Pesquet',
    ]);
    // Wilmore and Williams arrived in Starliner and left in Crew-9; Crew-8 stayed into it; Crew-10
    // arrived 34 days before its end, the Soyuz MS-27 crew 11 days before.
    exactly('Expedition 72', [
      'Matthew Dominick', 'Michael Barratt', 'Jeanette Epps', 'Alexander Grebenkin', 'Butch Wilmore', 'Sunita Williams',
      'Aleksey Ovchinin', 'Ivan Vagner', 'Donald Pettit', 'Nick Hague', 'Aleksandr Gorbunov',
      'Anne McClain', 'Nichole Ayers', 'Takuya Onishi', 'Kirill Peskov',
    ]);
    assert.equal(arrivedIn.get('Expedition 72|Butch Wilmore'), 'Starliner CFT', 'Wilmore is listed with his Starliner seat');
    exactly('Expedition 74', [
      'Zena Cardman', 'Michael Fincke', 'Kimiya Yui', 'Oleg Platonov', 'Sergey Kud-Sverchkov', 'Sergey Mikayev', 'Christopher Williams',
      'Jessica Meir', 'Jack Hathaway', 'Sophie Adenot', 'Andrey Fedyaev',
    ]);
    exactly('Mir EO-2', ['Yuri Romanenko', 'Aleksandr Laveykin', 'Aleksandr Pavlovich Aleksandrov']);
    exactly('Mir EO-18', ['Vladimir Dezhurov', 'Gennady Strekalov', 'Norman Thagard']);
    exactly('Mir EO-28', ['Sergei Zalyotin', 'Aleksandr Kaleri']);
    // Two long-duration crews and four visiting crews (Soyuz 36, 37, T-2 and 38).
    exactly('Salyut 6 EO-4', ['Leonid Popov', 'Valery Ryumin']);
    exactly('Salyut 1 EO-1', ['Georgy Dobrovolsky', 'Vladislav Volkov', 'Viktor Patsayev']);
    exactly('Skylab 3', ['Alan Bean', 'Owen K. Garriott', 'Jack R. Lousma']);
    exactly('Shenzhou 13', ['Zhai Zhigang', 'Wang Yaping', 'Ye Guangfu']);
    // The Shenzhou 21 crew arrived two weeks before the Shenzhou 20 crew left in their ship.
    exactly('Shenzhou 20', ['Chen Dong', 'Chen Zhongrui', 'Wang Jie']);
    exactly('Shenzhou 21', ['Zhang Lu', 'Wu Fei', 'Zhang Hongzhang']);
  });

  test('spacewalkers were in space at the time, and their EVA time adds up', async () => {
    const walks = await all('spacewalks');
    for (const name of ['Voskhod 2 EVA', 'Gemini 4 EVA', 'STS-41-B EVA 1', 'Dzhanibekov and Savitskaya spacewalk, 25 July 1984', 'STS-41-G EVA',
      'Shenzhou 7 EVA', 'STS-88 EVA 1', 'Koch and Meir spacewalk, 18 October 2019']) {
      assert.ok(walks.some((walk) => walk.name === name), `${name} is in the dataset`);
    }
    const seats = new Map((await all('astronaut_flights')).map((seat) => [seat.id, seat.astronaut_id]));
    const flights = new Map((await all('spacecraft_flights')).map((flight) => [flight.id, flight]));
    const nets = new Map((await all('launches')).map((launch) => [launch.id, at(launch.net)]));
    const flightsOf = async (table: string) => {
      const byPerson = new Map<unknown, Row[]>();
      for (const link of await all(table)) {
        const person = seats.get(link.astronaut_flight_id);
        byPerson.set(person, [...(byPerson.get(person) ?? []), flights.get(link.spacecraft_flight_id) as Row]);
      }
      return byPerson;
    };
    const [launched, landed] = [await flightsOf('spacecraft_flight_launch_crew'), await flightsOf('spacecraft_flight_landing_crew')];
    const inSpaceAt = (person: unknown, t: number) => {
      const lastLaunch = Math.max(...(launched.get(person) ?? []).map((flight) => nets.get(flight.launch_id) as number).filter((net) => net <= t));
      return Number.isFinite(lastLaunch) && !(landed.get(person) ?? []).some((flight) => flight.mission_end !== null && at(flight.mission_end) >= lastLaunch && at(flight.mission_end) <= t);
    };
    const flightOfSeat = new Map<unknown, unknown>();
    for (const table of ['spacecraft_flight_launch_crew', 'spacecraft_flight_onboard_crew']) {
      for (const link of await all(table)) if (!flightOfSeat.has(link.astronaut_flight_id)) flightOfSeat.set(link.astronaut_flight_id, link.spacecraft_flight_id);
    }
    const crewLinks = await all('spacewalk_crew');
    const expeditions = new Map((await all('expeditions')).map((expedition) => [expedition.id, expedition]));
    const walksOf = new Map<unknown, Row[]>();
    for (const walk of walks) {
      const crew = crewLinks.filter((link) => link.spacewalk_id === walk.id);
      const duration = walk.start !== null && walk.end !== null ? at(walk.end) - at(walk.start) : null;
      assert.equal(walk.duration === null ? null : Number(walk.duration), duration, `${walk.name}: duration`);
      assert.ok(duration === null || duration > 0, `${walk.name}: ends after it starts`);
      for (const link of crew) {
        const person = seats.get(link.astronaut_flight_id);
        walksOf.set(person, [...(walksOf.get(person) ?? []), walk]);
        const seatFlight = flights.get(flightOfSeat.get(link.astronaut_flight_id)) as Row;
        assert.ok(seatFlight, `${walk.name}: a crew seat of a flight`);
        if (walk.start !== null) {
          assert.ok(inSpaceAt(person, at(walk.start)), `${walk.name}: crew member ${person} is in space`);
          assert.ok((nets.get(seatFlight.launch_id) as number) <= at(walk.start), `${walk.name}: the seat's flight had launched`);
        } else if (walk.spacecraft_flight_id !== null) {
          assert.equal(seatFlight.id, walk.spacecraft_flight_id, `${walk.name}: a seat on the flight it was made from`);
        }
      }
      if (walk.expedition_id !== null) {
        const expedition = expeditions.get(walk.expedition_id) as Row;
        assert.equal(expedition.spacestation_id, walk.spacestation_id, `${walk.name}: at its expedition's station`);
        if (walk.start !== null) {
          assert.ok(at(walk.start) >= at(expedition.start) && (expedition.end === null || at(walk.start) < at(expedition.end)), `${walk.name}: during ${expedition.name}`);
        }
      }
    }
    for (const person of await all('astronauts')) {
      const own = walksOf.get(person.id) ?? [];
      assert.equal(person.spacewalks_count, own.length, `${person.name}: spacewalks_count`);
      assert.equal(Number(person.eva_time), own.reduce((total, walk) => total + (walk.duration === null ? 0 : Number(walk.duration)), 0), `${person.name}: eva_time`);
    }
  });
});

describe('an imported expedition the data has no stays for', () => {
  let test_db: TestDatabase;
  after(() => test_db?.drop());

  test('keeps the crew its record gives; one the stays cover is derived', async () => {
    test_db = await freshDatabase('sqlite');
    await loadBundledData(test_db.database);
    const { db } = test_db.database;
    const station = async (name: string) => (await db.selectFrom('space_stations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const seats = (await db.selectFrom('astronaut_flights').select('id').orderBy('id').limit(2).execute()).map((seat) => seat.id);
    const record = (id: number, name: string, spacestation: unknown, start: string, end: string) => ({
      id, name, start, end, spacestation: { id: spacestation }, mission_patches: [], crew: seats.map((seat) => ({ id: seat })),
    });
    await importRecords(test_db.database, expeditionModel, [
      // Salyut 1 after Soyuz 11: nobody of the dataset was aboard.
      record(90_001, 'Imported, no facts', await station('Salyut 1'), '1971-09-01T00:00:00Z', '1971-09-20T00:00:00Z'),
      // Expedition 1's time on the ISS: the dataset's stays give its crew.
      record(90_002, 'Imported, with facts', await station('International Space Station'), '2000-12-01T00:00:00Z', '2001-01-01T00:00:00Z'),
    ]);
    const crew = async (id: number) =>
      (await db.selectFrom('expedition_crew').select('astronaut_flight_id').where('expedition_id', '=', id).orderBy('id').execute()).map((link) => link.astronaut_flight_id);
    assert.deepEqual(await crew(90_001), seats);
    const names = await db
      .selectFrom('expedition_crew')
      .innerJoin('astronaut_flights', 'astronaut_flights.id', 'expedition_crew.astronaut_flight_id')
      .innerJoin('astronauts', 'astronauts.id', 'astronaut_flights.astronaut_id')
      .select('astronauts.name')
      .where('expedition_crew.expedition_id', '=', 90_002)
      .execute();
    assert.deepEqual(names.map((row) => row.name).sort(), ['Sergei Krikalev', 'William Shepherd', 'Yuri Gidzenko']);
  });
});
