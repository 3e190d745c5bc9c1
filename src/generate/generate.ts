// `apogee generate`: synthetic spaceflight data at scale, for benchmarks and scale tests.
// Deterministic from a seed. It starts from the bundled dataset (the real vocabulary:
// configurations, rockets, pads, agencies, stations), then writes spacecraft with their
// flights, landings and dockings, and launches in time order with their rockets and
// missions, in large multi-row inserts inside one transaction. It derives the computed
// fields as it goes (it knows the facts it invents), so it never reads a table back whole;
// per-row aggregates of the small tables are summed in SQL at the end.
import { sql } from 'kysely';
import { slugOf, stableUuid } from '../data/identifiers.ts';
import type { Database } from '../db/connect.ts';
import { recordDataChange } from '../db/data-status.ts';
import { storedDateTime } from '../engine/render.ts';
import { isEmpty, loadBundledData } from '../ingest/bundled-data.ts';
import { Progress } from '../ingest/progress.ts';
import type { Tx } from '../ingest/upsert.ts';
import { Random } from './random.ts';

export interface GenerateOptions {
  spacecraft: number;
  launches: number;
  seed: number;
  progress?: boolean;
}

export interface GenerateSummary {
  spacecraft: number;
  flights: number;
  launches: number;
  seconds: number;
}

export class GenerateError extends Error {}

type Row = Record<string, unknown>;

const DAY = 86_400;
const FIRST_LAUNCH = Date.UTC(1957, 9, 4) / 1000;
const LAST_LAUNCH = Date.UTC(2031, 0, 1) / 1000;
/** Launches after this instant are upcoming (fixed, so that a seed always gives the same data). */
const GENERATED_AT = Date.UTC(2026, 10, 25) / 1000;
const LAST_UPDATED = '2026-11-25T00:00:00.000000Z';
const STATUS = { go: 1, tbd: 2, success: 3, failure: 4, partial: 7 } as const;
const MISSION_TYPES = ['Communications', 'Earth Science', 'Government/Top Secret', 'Navigation', 'Resupply', 'Human Exploration', 'Test Flight', 'Astrophysics'];
const MISSION_NAMES = ['Starlink Group', 'OneWeb', 'GPS III', 'Kosmos', 'Yaogan', 'Sentinel', 'Iridium NEXT', 'Tracking and Data Relay', 'Galileo', 'BeiDou', 'Transporter', 'Gaofen', 'Meteor-M', 'NROL', 'SES', 'Intelsat'];
const SPACECRAFT_STATUS = [[1, 15], [2, 40], [3, 5], [4, 38], [5, 2]] as const;

const at = (seconds: number) => storedDateTime(new Date(Math.round(seconds) * 1000).toISOString()) as string;

/** Rows per INSERT: within SQLite's 32,766 bound parameters and PostgreSQL's 65,535. */
async function insertAll(tx: Tx, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    await tx.insertInto(table).values(rows.slice(start, start + perStatement)).execute();
  }
}

/** Buffers rows per table and writes them in large inserts. */
class Writer {
  private readonly buffers = new Map<string, Row[]>();
  private readonly tx: Tx;

  constructor(tx: Tx) {
    this.tx = tx;
  }

  async add(table: string, row: Row): Promise<void> {
    const buffer = this.buffers.get(table) ?? [];
    this.buffers.set(table, buffer);
    buffer.push(row);
    if (buffer.length >= 5000) await this.flush(table);
  }

  async flush(table?: string): Promise<void> {
    for (const name of table ? [table] : [...this.buffers.keys()]) {
      const rows = this.buffers.get(name) ?? [];
      this.buffers.set(name, []);
      await insertAll(this.tx, name, rows);
    }
  }
}

async function nextId(tx: Tx, table: string): Promise<number> {
  const row = await tx.selectFrom(table).select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

async function ids(tx: Tx, table: string, columns: string[] = []): Promise<Row[]> {
  return (await tx.selectFrom(table).select(['id', ...columns]).orderBy('id').execute()) as Row[];
}

export async function generateData(database: Database, options: GenerateOptions): Promise<GenerateSummary> {
  if (!(await isEmpty(database))) throw new GenerateError('apogee generate writes into an empty database; point DATABASE_URL at a new one');
  const started = Date.now();
  await loadBundledData(database);
  const random = new Random(options.seed);
  const bool = (value: boolean) => database.dialect.bool(value);
  const progress = new Progress('generating', options.spacecraft + options.launches, process.stderr, !options.progress);
  let flightCount = 0;

  await database.db.transaction().execute(async (tx) => {
    const writer = new Writer(tx);
    const spacecraftConfigs = await ids(tx, 'spacecraft_configurations', ['name', 'human_rated']);
    const launcherConfigs = await ids(tx, 'launcher_configurations', ['full_name', 'manufacturer_id']);
    const pads = await ids(tx, 'pads', ['location_id']);
    const agencies = await ids(tx, 'agencies');
    const orbits = await ids(tx, 'orbits', ['abbrev']);
    const ports = await ids(tx, 'docking_locations', ['spacestation_id']);
    const landingSites = await ids(tx, 'landing_locations');
    if (!spacecraftConfigs.length || !launcherConfigs.length || !pads.length) throw new GenerateError('the bundled vocabulary is missing');

    // Every launch's time, in order: evenly spread with jitter inside its slot.
    const slot = (LAST_LAUNCH - FIRST_LAUNCH) / Math.max(1, options.launches);
    const nets = new Float64Array(options.launches);
    for (let index = 0; index < options.launches; index++) nets[index] = Math.round(FIRST_LAUNCH + (index + random.next() * 0.9) * slot);
    const pastLaunches = nets.findIndex((net) => net > GENERATED_AT);
    const launchedCount = pastLaunches === -1 ? options.launches : pastLaunches;
    // A launch's id depends on the seed and its place only, so flights can name it before it is written.
    const launchId = (index: number) => stableUuid(`apogee-generated-launch:${options.seed}:${index}`);

    // Spacecraft, each with its flights, landings and dockings, derived fields included.
    let spacecraftId = await nextId(tx, 'spacecraft');
    let flightId = await nextId(tx, 'spacecraft_flights');
    let landingId = await nextId(tx, 'landings');
    let dockingId = await nextId(tx, 'docking_events');
    for (let index = 0; index < options.spacecraft; index++) {
      const config = random.pick(spacecraftConfigs);
      const status = random.weighted(SPACECRAFT_STATUS);
      const placeholder = random.chance(0.01);
      const flies = !placeholder && status !== 5 && launchedCount > 0;
      const launchIndexes = flies ? pickSorted(random, launchedCount, random.geometric(0.45, 25)) : [];
      const crewed = Boolean(config.human_rated);
      let timeInSpace = 0;
      let timeDocked = 0;
      let missionEnds = 0;
      let inSpace = false;
      let fastest: number | null = null;
      let previousEnd: number | null = null;
      for (const [position, launchIndex] of launchIndexes.entries()) {
        const launchAt = nets[launchIndex];
        const nextLaunch = position + 1 < launchIndexes.length ? nets[launchIndexes[position + 1]] : null;
        const planned = random.int(crewed ? 2 : 20, crewed ? 200 : 400) * DAY + random.int(0, DAY);
        const room = nextLaunch === null ? planned : Math.max(3600, nextLaunch - launchAt - DAY);
        const end = launchAt + Math.min(planned, room);
        const ended = end <= GENERATED_AT;
        const turnaround = previousEnd === null ? null : launchAt - previousEnd;
        if (turnaround !== null) fastest = fastest === null ? turnaround : Math.min(fastest, turnaround);
        let landing: number | null = null;
        if (ended && (crewed || random.chance(0.2))) {
          landing = landingId++;
          await writer.add('landings', {
            id: landing, attempt: bool(true), success: bool(random.chance(0.97)), description: '', downrange_distance: null,
            landing_location_id: random.pick(landingSites)?.id ?? null, type_id: random.int(1, 3),
          });
        }
        const flight = flightId++;
        await writer.add('spacecraft_flights', {
          id: flight, destination: random.chance(0.5) ? 'Low Earth Orbit' : 'International Space Station', mission_end: ended ? at(end) : null,
          spacecraft_id: spacecraftId, launch_id: launchId(launchIndex), landing_id: landing, duration: ended ? end - launchAt : null,
          turn_around_time: turnaround,
        });
        if (ports.length && random.chance(0.5)) {
          const port = random.pick(ports);
          const docked = launchAt + Math.min(2 * DAY, (end - launchAt) / 4);
          const departed = ended ? end - Math.min(DAY, (end - launchAt) / 4) : null;
          if (departed !== null) timeDocked += departed - docked;
          await writer.add('docking_events', {
            id: dockingId++, docking: at(docked), departure: departed === null ? null : at(departed), docking_location_id: port.id,
            space_station_target_id: port.spacestation_id, flight_vehicle_chaser_id: flight,
          });
        }
        if (ended) {
          timeInSpace += end - launchAt;
          missionEnds++;
          previousEnd = end;
        } else inSpace = true;
        flightCount++;
      }
      await writer.add('spacecraft', {
        id: spacecraftId++, name: `${config.name} ${index + 1}`, serial_number: random.chance(0.7) ? `SN-${String(index + 1).padStart(6, '0')}` : null,
        is_placeholder: bool(placeholder), image_id: null, in_space: bool(inSpace), time_in_space: timeInSpace, time_docked: timeDocked,
        flights_count: launchIndexes.length, mission_ends_count: missionEnds, status_id: status,
        description: `A synthetic ${config.name} spacecraft generated for scale tests.`, spacecraft_config_id: config.id, fastest_turnaround: fastest,
      });
      progress.advance();
    }
    await writer.flush();

    // Launches in time order, with the attempt counters and pad turnarounds they imply.
    const providerOf = new Map(launcherConfigs.map((config) => [config.id, config.manufacturer_id ?? random.pick(agencies).id]));
    const suborbital = new Set(orbits.filter((orbit) => orbit.abbrev === 'Sub').map((orbit) => orbit.id));
    const counters = new Map<string, number>();
    const count = (key: string) => {
      const value = (counters.get(key) ?? 0) + 1;
      counters.set(key, value);
      return value;
    };
    const lastOnPad = new Map<unknown, number>();
    const missionNumbers = new Map<string, number>();
    let rocketId = await nextId(tx, 'rockets');
    let missionId = await nextId(tx, 'missions');
    for (let index = 0; index < options.launches; index++) {
      const net = nets[index];
      const config = random.pick(launcherConfigs);
      const pad = random.pick(pads);
      const provider = providerOf.get(config.id);
      const orbit = random.pick(orbits).id;
      const prefix = random.pick(MISSION_NAMES);
      const number = (missionNumbers.get(prefix) ?? 0) + 1;
      missionNumbers.set(prefix, number);
      const missionName = `${prefix} ${number}`;
      const name = `${config.full_name} | ${missionName}`;
      const future = net > GENERATED_AT;
      const status = future ? (random.chance(0.3) ? STATUS.go : STATUS.tbd) : random.weighted([[STATUS.success, 92], [STATUS.failure, 6], [STATUS.partial, 2]] as const);
      const year = new Date(net * 1000).getUTCFullYear();
      const counted = (group: string, key: unknown) => (key === null || key === undefined ? [null, null] : [count(`${group}:${key}`), count(`${group}:${key}:${year}`)]);
      const [orbital, orbitalYear] = suborbital.has(orbit) ? [null, null] : counted('orbital', 'all');
      const [location, locationYear] = counted('location', pad.location_id);
      const [padCount, padYear] = counted('pad', pad.id);
      const [agency, agencyYear] = counted('agency', provider);
      const previousOnPad = lastOnPad.get(pad.id);
      lastOnPad.set(pad.id, net);
      await writer.add('rockets', { id: rocketId, configuration_id: config.id });
      await writer.add('missions', { id: missionId, name: missionName, type: random.pick(MISSION_TYPES), description: `${missionName}, a synthetic mission.`, image_id: null, orbit_id: orbit });
      if (provider !== null && provider !== undefined) await writer.add('mission_agencies', { mission_id: missionId, agency_id: provider });
      await writer.add('launches', {
        id: launchId(index), name, slug: `${slugOf(name)}-${index + 1}`, launch_designator: null, status_id: status, last_updated: LAST_UPDATED,
        net: at(net), net_precision_id: future ? 4 : 1, window_end: at(net), window_start: at(net), image_id: null, infographic: null,
        probability: future ? random.int(40, 95) : null, weather_concerns: null, failreason: status === STATUS.failure ? 'A synthetic failure.' : '',
        hashtag: null, launch_service_provider_id: provider ?? null, rocket_id: rocketId++, mission_id: missionId++, pad_id: pad.id,
        webcast_live: bool(false), orbital_launch_attempt_count: orbital, location_launch_attempt_count: location, pad_launch_attempt_count: padCount,
        agency_launch_attempt_count: agency, orbital_launch_attempt_count_year: orbitalYear, location_launch_attempt_count_year: locationYear,
        pad_launch_attempt_count_year: padYear, agency_launch_attempt_count_year: agencyYear, flightclub_url: null,
        pad_turnaround: previousOnPad === undefined ? null : net - previousOnPad,
      });
      progress.advance();
    }
    await writer.flush();
    await sumAggregates(tx);
    await recordDataChange(tx, `generate seed ${options.seed}`);
  });
  progress.finish();
  return { spacecraft: options.spacecraft, flights: flightCount, launches: options.launches, seconds: (Date.now() - started) / 1000 };
}

/** `count` distinct indexes below `limit`, sorted. */
function pickSorted(random: Random, limit: number, count: number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, limit)) picked.add(random.int(0, limit - 1));
  return [...picked].sort((a, b) => a - b);
}


/** The launch totals of pads, locations, agencies and configurations, summed by the database. */
async function sumAggregates(tx: Tx): Promise<void> {
  const launchTotals = (column: string) => sql`(select count(*) from launches where launches.${sql.ref(column)} = t.id)`;
  await sql`update pads as t set total_launch_count = ${launchTotals('pad_id')}`.execute(tx);
  await sql`update agencies as t set total_launch_count = ${launchTotals('launch_service_provider_id')},
    successful_launches = (select count(*) from launches where launch_service_provider_id = t.id and status_id = 3),
    failed_launches = (select count(*) from launches where launch_service_provider_id = t.id and status_id = 4)`.execute(tx);
  await sql`update launcher_configurations as t set total_launch_count = (select count(*) from launches join rockets on rockets.id = launches.rocket_id where rockets.configuration_id = t.id),
    successful_launches = (select count(*) from launches join rockets on rockets.id = launches.rocket_id where rockets.configuration_id = t.id and launches.status_id = 3),
    failed_launches = (select count(*) from launches join rockets on rockets.id = launches.rocket_id where rockets.configuration_id = t.id and launches.status_id = 4)`.execute(tx);
  await sql`update locations as t set total_launch_count = (select count(*) from launches join pads on pads.id = launches.pad_id where pads.location_id = t.id)`.execute(tx);
  await sql`update spacecraft_configurations as t set spacecraft_flown = (select count(*) from spacecraft where spacecraft_config_id = t.id and flights_count > 0),
    total_launch_count = (select count(*) from spacecraft_flights join spacecraft on spacecraft.id = spacecraft_flights.spacecraft_id where spacecraft.spacecraft_config_id = t.id)`.execute(tx);
}
