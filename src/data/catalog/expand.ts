// Turns the compact catalog (types.ts) into LL2-shaped records, in the order they must be
// written, so that the catalog loads through the importer like any LL2 JSON. Names are
// resolved against the bundled JSON files first (they win when both define a name), then
// against the catalog's own definitions (the first part to define a name wins).
import type { Model } from '../../engine/spec.ts';
import { modelNamed } from '../../models/index.ts';
import { slugOf, stableUuid } from '../identifiers.ts';
import type {
  AgencyEntry,
  CatalogPart,
  ConfigurationEntry,
  CrewEntry,
  CrewMember,
  DockingEntry,
  ExpeditionEntry,
  FlightDockingEntry,
  FlightEntry,
  Instant,
  LandingEntry,
  LaunchEntry,
  PersonEntry,
  RocketEntry,
  SpacecraftEntry,
  SpacewalkEntry,
  StationMoment,
} from './types.ts';

export interface RecordSet {
  model: string;
  records: Array<Record<string, unknown>>;
}

export class CatalogError extends Error {}

/** The instant of the catalog's snapshot: every launch record says it was last updated then. */
const LAST_UPDATED = '2026-11-25T00:00:00Z';
/** Generated ids start here, clear of the hand-numbered JSON files. */
const FIRST_GENERATED_ID = 1000;

/** Where a landing whose place is not known is shown (LL2 requires one); see reference.ts. */
const UNSPECIFIED_LANDING_SITE = 'Unspecified landing site';
const LAUNCH_STATUS = { success: 3, failure: 4, partial: 7 } as const;
const NET_PRECISION = { second: 1, minute: 2, day: 4 } as const;

type Key = number | string;

/** Ids by name, per model, of everything the JSON files define (nested objects included). */
class NameIndex {
  private readonly ids = new Map<string, Map<string, Key>>();
  private readonly maxIds = new Map<string, number>();
  private readonly records = new Map<string, Record<string, unknown>>();

  /** Keeps a JSON-file record found by name, for values a catalog entry inherits from it. */
  keep(model: string, name: string, record: Record<string, unknown>): void {
    if (!this.records.has(`${model}:${name}`)) this.records.set(`${model}:${name}`, record);
  }

  record(model: string, name: string): Record<string, unknown> | undefined {
    return this.records.get(`${model}:${name}`);
  }

  add(model: string, name: string, id: Key): void {
    const names = this.ids.get(model) ?? new Map<string, Key>();
    this.ids.set(model, names);
    if (!names.has(name)) names.set(name, id);
    if (typeof id === 'number') this.maxIds.set(model, Math.max(this.maxIds.get(model) ?? 0, id));
  }

  find(model: string, name: string): Key | undefined {
    return this.ids.get(model)?.get(name);
  }

  entries(model: string): Array<[string, Key]> {
    return [...(this.ids.get(model)?.entries() ?? [])];
  }

  private readonly flights = new Map<string, { id: number; record: Record<string, unknown> }>();

  /** A spacecraft flight, findable by its launch (the first flight of it) or its launch and spacecraft. */
  addFlight(launch: Key, spacecraft: Key, id: number, record: Record<string, unknown>): void {
    for (const key of [`${launch}`, `${launch}|${spacecraft}`]) if (!this.flights.has(key)) this.flights.set(key, { id, record });
  }

  flight(launch: Key, spacecraft?: Key): { id: number; record: Record<string, unknown> } | undefined {
    return this.flights.get(spacecraft === undefined ? `${launch}` : `${launch}|${spacecraft}`);
  }

  nextId(model: string): number {
    const next = Math.max(FIRST_GENERATED_ID, (this.maxIds.get(model) ?? 0) + 1);
    this.maxIds.set(model, next);
    return next;
  }
}

/** Indexes every named record of the JSON files, walking nested objects through the models. */
function indexBundled(files: RecordSet[]): NameIndex {
  const index = new NameIndex();
  const spacecraftNames = new Map<string, number>();
  const visit = (model: Model, record: unknown): void => {
    if (typeof record !== 'object' || record === null) return;
    const row = record as Record<string, unknown>;
    const id = row.id as Key;
    if (typeof row.name === 'string') {
      index.add(model.name, row.name, id);
      index.keep(model.name, row.name, row);
    }
    if (model.name === 'Spacecraft' && typeof row.name === 'string') {
      spacecraftNames.set(row.name, (spacecraftNames.get(row.name) ?? 0) + 1);
      if (typeof row.serial_number === 'string') index.add('Spacecraft', `${row.name} (${row.serial_number})`, id);
    }
    if (model.name === 'Country' && typeof row.alpha_3_code === 'string') index.add('Country', row.alpha_3_code, id);
    if (model.name === 'Agency' && typeof row.abbrev === 'string') index.add('Agency', row.abbrev, id);
    if (model.name === 'AstronautRole' && typeof row.role === 'string') index.add('AstronautRole', row.role, id);
    if (model.name === 'SpacecraftFlight' && isReference(row.launch) && isReference(row.spacecraft)) {
      index.addFlight(row.launch.id, row.spacecraft.id, id as number, row);
    }
    if (model.name === 'Launch' && typeof row.mission === 'object' && row.mission !== null) {
      const missionId = (row.mission as { id: Key }).id;
      index.add('LaunchOfMission', String(missionId), id);
    }
    for (const [name, field] of Object.entries(model.fields)) {
      const value = row[name];
      if (field.kind === 'one') visit(field.target(), value);
      if ((field.kind === 'many' || field.kind === 'manyToMany') && Array.isArray(value)) {
        for (const child of value) visit(field.target(), child);
      }
    }
  };
  for (const file of files) {
    const model = modelNamed(file.model);
    if (!model) continue;
    for (const record of file.records) visit(model, record);
  }
  // A spacecraft name two records share is ambiguous: only "Name (serial)" finds them.
  for (const [name, count] of spacecraftNames) if (count > 1) index.add('AmbiguousSpacecraft', name, 0);
  // Launches by their mission's name.
  for (const [missionName, missionId] of index.entries('Mission')) {
    const launchId = index.find('LaunchOfMission', String(missionId));
    if (launchId !== undefined) index.add('LaunchByMission', missionName, launchId);
  }
  return index;
}

/** An instant as LL2 writes it, and how precisely it is known. */
function parseInstant(value: Instant, where: string): { text: string; precision: number } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const full = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/.exec(value);
  if (day) return { text: `${value}T00:00:00Z`, precision: NET_PRECISION.day };
  if (!full) throw new CatalogError(`${where}: "${value}" is not a date or a UTC date-time`);
  const seconds = full[4] ?? '00';
  const text = `${full[1]}T${full[2]}:${full[3]}:${seconds}Z`;
  if (Number.isNaN(Date.parse(text))) throw new CatalogError(`${where}: "${value}" is not a real date`);
  return { text, precision: full[4] && full[4] !== '00' ? NET_PRECISION.second : NET_PRECISION.minute };
}

const ref = (id: Key | null) => (id === null ? null : { id });
const isReference = (value: unknown): value is { id: Key } => typeof value === 'object' && value !== null && 'id' in value;

/** Expands the catalog parts into record sets, checking every reference. */
export function expandCatalog(parts: Array<[string, CatalogPart]>, bundled: RecordSet[]): RecordSet[] {
  const index = indexBundled(bundled);
  const out = new Map<string, Array<Record<string, unknown>>>();
  const emit = (model: string, record: Record<string, unknown>) => {
    const list = out.get(model) ?? [];
    out.set(model, list);
    list.push(record);
  };
  const problems: string[] = [];
  const need = (model: string, name: string, where: string): Key | null => {
    const id = model === 'Spacecraft' && index.find('AmbiguousSpacecraft', name) !== undefined ? undefined : index.find(model, name);
    if (id === undefined) {
      problems.push(`${where}: no ${model} named "${name}"`);
      return null;
    }
    return id;
  };
  /** Defines a named record unless the JSON files or an earlier part already did; returns its id. */
  const define = (model: string, name: string, build: (id: number) => Record<string, unknown>): void => {
    if (index.find(model, name) !== undefined) return;
    const id = index.nextId(model);
    index.add(model, name, id);
    emit(model, build(id));
  };

  const all = <T>(pick: (part: CatalogPart) => T[] | undefined) =>
    parts.flatMap(([file, part]) => (pick(part) ?? []).map((entry) => [file, entry] as const));

  const catalogRockets = new Map<string, RocketEntry>();
  for (const [, rocket] of all((p) => p.rockets)) if (!catalogRockets.has(rocket.name)) catalogRockets.set(rocket.name, rocket);

  for (const [file, country] of all((p) => p.countries)) {
    if (index.find('Country', country.alpha3) !== undefined) continue;
    define('Country', country.name, (id) => ({
      id, name: country.name, alpha_2_code: country.alpha2, alpha_3_code: country.alpha3,
      nationality_name: country.nationality, nationality_name_composed: country.nationality,
    }));
    const id = index.find('Country', country.name);
    if (id === undefined) problems.push(`${file} country ${country.alpha3}: the name "${country.name}" is taken`);
    else index.add('Country', country.alpha3, id);
  }
  for (const [file, agency] of all((p) => p.agencies)) defineAgency(agency, file);

  // Launcher families are implied by the rockets' `family` names.
  for (const [file, rocket] of all((p) => p.rockets)) {
    if (rocket.family) {
      const manufacturer = rocket.manufacturer ? need('Agency', rocket.manufacturer, `${file} rocket ${rocket.name}`) : null;
      define('LauncherConfigFamily', rocket.family, (id) => ({
        id, name: rocket.family, manufacturer: manufacturer === null ? [] : [ref(manufacturer)], parent: null,
        description: '', active: rocket.active, maiden_flight: null,
      }));
    }
  }
  for (const [file, family] of all((p) => p.families)) {
    const where = `${file} family ${family.name}`;
    const manufacturer = need('Agency', family.manufacturer, where);
    const parent = family.parent ? need('SpacecraftConfigurationFamily', family.parent, where) : null;
    define('SpacecraftConfigurationFamily', family.name, (id) => ({
      id, name: family.name, description: family.description, manufacturer: ref(manufacturer), parent: ref(parent),
      maiden_flight: family.maidenFlight,
    }));
  }
  for (const [file, config] of all((p) => p.configurations)) define('SpacecraftConfiguration', config.name, (id) => configurationRecord(id, config, `${file} configuration ${config.name}`));
  for (const [file, rocket] of all((p) => p.rockets)) define('LauncherConfig', rocket.name, (id) => rocketRecord(id, rocket, `${file} rocket ${rocket.name}`));
  for (const [file, location] of all((p) => p.locations)) {
    const country = location.country === null ? null : need('Country', location.country, `${file} location ${location.name}`);
    define('Location', location.name, (id) => ({
      id, name: location.name, celestial_body: { id: 1 }, active: true, country: ref(country), description: location.description,
      image: null, map_image: null, longitude: location.longitude, latitude: location.latitude, timezone_name: location.timezone,
    }));
  }
  for (const [file, pad] of all((p) => p.pads)) {
    const location = need('Location', pad.location, `${file} pad ${pad.name}`);
    const country = location === null ? null : countryOfLocation(location);
    define('Pad', pad.name, (id) => ({
      id, active: pad.active, agencies: [], name: pad.name, image: null, description: pad.description, info_url: null,
      wiki_url: pad.wikiUrl, map_url: null, latitude: pad.latitude, longitude: pad.longitude, country: ref(country), map_image: null,
      location: ref(location),
    }));
  }
  for (const [file, site] of all((p) => p.landingSites)) {
    const location = need('Location', site.location ?? 'Unspecified location', `${file} landing site ${site.name}`);
    define('LandingLocation', site.name, (id) => ({
      id, name: site.name, active: true, abbrev: site.abbrev, description: site.description, location: ref(location),
      longitude: null, latitude: null, image: null, celestial_body: { id: 1 },
    }));
  }
  for (const [file, station] of all((p) => p.stations)) {
    const where = `${file} station ${station.name}`;
    const owners = station.owners.map((owner) => need('Agency', owner, where));
    define('SpaceStation', station.name, (id) => ({
      id, name: station.name, image: null, status: { id: station.status === 'Active' ? 1 : 2 }, founded: station.founded,
      deorbited: station.deorbited, description: station.description, orbit: 'Low Earth Orbit',
      type: { id: station.type === 'Government' ? 1 : 2 }, owners: owners.map(ref), height: null, width: null,
      mass: station.mass, volume: station.volume,
    }));
  }
  for (const [file, port] of all((p) => p.ports)) {
    const station = need('SpaceStation', port.station, `${file} port ${port.name}`);
    define('DockingLocation', port.name, (id) => ({ id, name: port.name, spacestation: ref(station), spacecraft: null, payload: null }));
  }
  for (const [file, craft] of all((p) => p.spacecraft)) defineSpacecraft(craft, file);
  for (const [file, flight] of all((p) => p.flights)) if (!('sameAs' in flight.launch)) defineLaunch(flight.launch, file);
  for (const [file, flight] of all((p) => p.flights)) defineFlight(flight, file);
  for (const [file, person] of all((p) => p.people)) definePerson(person, file);
  for (const [file, crew] of all((p) => p.crews)) defineCrew(crew, file);
  for (const [file, docking] of all((p) => p.dockings)) defineFlightDocking(docking, file);
  const stationVisits = dockingsByFlightAndStation();
  const expeditionEnds = new Map<string, string | null>();
  for (const [file, expedition] of all((p) => p.expeditions)) defineExpedition(expedition, file);
  const seatsOfPerson = seatsByAstronaut();
  for (const [file, walk] of all((p) => p.spacewalks)) defineSpacewalk(walk, file);

  if (problems.length) throw new CatalogError(`the catalog has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const order = ['Country', 'Agency', 'LauncherConfigFamily', 'SpacecraftConfigurationFamily', 'SpacecraftConfiguration', 'LauncherConfig', 'Location', 'Pad',
    'LandingLocation', 'SpaceStation', 'DockingLocation', 'Spacecraft', 'Launch', 'Landing', 'Astronaut',
    'AstronautFlight', 'SpacecraftFlight', 'DockingEvent', 'Expedition', 'Spacewalk'];
  return order.filter((model) => out.has(model)).map((model) => ({ model, records: out.get(model) ?? [] }));

  /** The records of a model, the JSON files' and then those expanded so far. */
  function recordsOf(model: string): Array<Record<string, unknown>> {
    return [...bundled.flatMap((f) => (f.model === model ? f.records : [])), ...(out.get(model) ?? [])];
  }

  /** The spacecraft flight of a mission (and spacecraft, when the launch carried several), with its launch. */
  function flightOfMission(mission: string, spacecraftKey: string | undefined, where: string) {
    const launch = need('LaunchByMission', mission, where);
    const spacecraft = spacecraftKey === undefined ? undefined : need('Spacecraft', spacecraftKey, where);
    if (launch === null || spacecraft === null) return null;
    const flight = index.flight(launch, spacecraft);
    if (!flight) {
      problems.push(`${where}: no spacecraft flight of ${mission}${spacecraftKey ? ` and ${spacecraftKey}` : ''}`);
      return null;
    }
    return { launch, flight };
  }

  function countryOfLocation(location: Key): Key | null {
    const record = recordsOf('Location').find((r) => r.id === location);
    return ((record?.country as { id: Key } | null)?.id ?? null) as Key | null;
  }

  function configurationRecord(id: number, config: ConfigurationEntry, where: string): Record<string, unknown> {
    const types = { Unknown: 1, Capsule: 2, Spaceplane: 3, 'Cargo Resupply': 4 };
    const family = config.family ? need('SpacecraftConfigurationFamily', config.family, where) : null;
    return {
      id, name: config.name, type: { id: types[config.type] }, agency: ref(need('Agency', config.agency, where)),
      family: family === null ? [] : [ref(family)], in_use: config.inUse, image: null, capability: config.capability,
      history: config.history, details: config.details, maiden_flight: config.maidenFlight, height: config.height,
      diameter: config.diameter, human_rated: config.humanRated, crew_capacity: config.crewCapacity,
      payload_capacity: config.payloadCapacity, payload_return_capacity: config.payloadReturnCapacity,
      flight_life: config.flightLife, wiki_link: config.wikiLink, info_link: '',
    };
  }

  function rocketRecord(id: number, rocket: RocketEntry, where: string): Record<string, unknown> {
    const family = rocket.family ? need('LauncherConfigFamily', rocket.family, where) : null;
    const manufacturer = rocket.manufacturer ? need('Agency', rocket.manufacturer, where) : null;
    return {
      id, name: rocket.name, families: family === null ? [] : [ref(family)], full_name: rocket.fullName, variant: rocket.variant,
      active: rocket.active, is_placeholder: false, manufacturer: ref(manufacturer), program: [], reusable: false, image: null,
      info_url: null, wiki_url: rocket.wikiUrl, description: rocket.description, alias: '', maiden_flight: rocket.maidenFlight,
    };
  }

  function defineSpacecraft(craft: SpacecraftEntry, file: string): void {
    const key = craft.key ?? craft.name;
    const where = `${file} spacecraft ${key}`;
    if (index.find('Spacecraft', key) !== undefined) {
      problems.push(`${where}: the spacecraft "${key}" is defined twice`);
      return;
    }
    const statuses = { Active: 1, Retired: 2, Destroyed: 3, 'Single Use': 4, 'Under construction': 5 };
    const config = need('SpacecraftConfiguration', craft.config, where);
    const id = index.nextId('Spacecraft');
    index.add('Spacecraft', key, id);
    emit('Spacecraft', {
      id, name: craft.name, serial_number: craft.serial, is_placeholder: craft.placeholder ?? false, image: null,
      status: { id: statuses[craft.status] }, description: craft.description, spacecraft_config: ref(config),
    });
  }

  function defineLaunch(launch: LaunchEntry, file: string): void {
    const where = `${file} launch ${launch.mission}`;
    if (index.find('LaunchByMission', launch.mission) !== undefined) {
      problems.push(`${where}: a launch of the mission "${launch.mission}" already exists`);
      return;
    }
    const rocketConfig = need('LauncherConfig', launch.rocket, where);
    const fullName = rocketFullName(launch.rocket);
    const provider = need('Agency', launch.provider ?? rocketManufacturer(launch.rocket) ?? '', where);
    const net = parseInstant(launch.net, `${where} net`);
    const name = `${fullName} | ${launch.mission}`;
    const id = stableUuid(`apogee-bundled-launch:${launch.mission}`);
    index.add('LaunchByMission', launch.mission, id);
    const agencies = (launch.agencies ?? []).map((agency) => need('Agency', agency, where));
    emit('Launch', {
      id, name, slug: slugOf(name), launch_designator: null, status: { id: LAUNCH_STATUS[launch.outcome] }, last_updated: LAST_UPDATED,
      net: net.text, net_precision: { id: net.precision }, window_end: net.text, window_start: net.text, image: null,
      infographic: null, probability: null, weather_concerns: null, failreason: launch.failreason ?? '', hashtag: null,
      webcast_live: false, flightclub_url: null, launch_service_provider: ref(provider),
      rocket: { id: index.nextId('Rocket'), configuration: ref(rocketConfig) },
      mission: {
        id: index.nextId('Mission'), name: launch.mission, type: launch.type, description: launch.description, image: null,
        orbit: ref(need('Orbit', launch.orbit ?? 'Low Earth Orbit', where)),
        agencies: (agencies.length ? agencies : [provider]).map(ref), info_urls: [], vid_urls: [],
      },
      pad: ref(need('Pad', launch.pad, where)),
      program: (launch.programs ?? []).map((program) => ref(need('Program', program, where))),
      info_urls: [], vid_urls: [], timeline: [], mission_patches: [],
    });
  }

  // A rocket's name and maker come from the JSON files when they define it (they win), else
  // from the first part that does.
  function rocketFullName(name: string): string {
    return (index.record('LauncherConfig', name)?.full_name as string | undefined) ?? catalogRockets.get(name)?.fullName ?? name;
  }

  function rocketManufacturer(name: string): string | null {
    const record = index.record('LauncherConfig', name);
    if (!record) return catalogRockets.get(name)?.manufacturer ?? null;
    const manufacturer = record.manufacturer as { id: Key } | null | undefined;
    return manufacturer ? (index.entries('Agency').find(([, id]) => id === manufacturer.id)?.[0] ?? null) : null;
  }

  function defineFlight(flight: FlightEntry, file: string): void {
    const mission = 'sameAs' in flight.launch ? flight.launch.sameAs : flight.launch.mission;
    const where = `${file} flight of ${flight.spacecraft} on ${mission}`;
    const spacecraft = need('Spacecraft', flight.spacecraft, where);
    const launch = need('LaunchByMission', mission, where);
    const id = index.nextId('SpacecraftFlight');
    const landing = flight.landing ? defineLanding(flight.landing, where) : null;
    const record = {
      id, spacecraft: ref(spacecraft), launch: ref(launch), landing: ref(landing), destination: flight.destination,
      mission_end: flight.end === null ? null : endOf(flight.end, launch, `${where} end`),
      launch_crew: [], onboard_crew: [], landing_crew: [],
    };
    emit('SpacecraftFlight', record);
    if (launch !== null && spacecraft !== null) index.addFlight(launch, spacecraft, id, record);
    for (const docking of flight.dockings ?? []) defineDocking(docking, id, launch, where);
  }

  function defineAgency(agency: AgencyEntry, file: string): void {
    if (index.find('Agency', agency.abbrev) !== undefined) return;
    const where = `${file} agency ${agency.name}`;
    const types = { Government: 1, Multinational: 2, Commercial: 3, Private: 5 };
    const countries = agency.countries.map((code) => need('Country', code, where));
    define('Agency', agency.name, (id) => ({
      id, name: agency.name, abbrev: agency.abbrev, type: { id: types[agency.type] }, featured: false, country: countries.map(ref),
      description: agency.description, administrator: null, founding_year: agency.foundingYear, launchers: '', spacecraft: '',
      parent_id: null, image: null, logo: null, social_logo: null, info_url: null, wiki_url: agency.wikiUrl, social_media_links: [],
    }));
    const id = index.find('Agency', agency.name);
    if (id !== undefined) index.add('Agency', agency.abbrev, id);
  }

  /** People: the first part to define a name wins (people who flew several programmes recur). */
  function definePerson(person: PersonEntry, file: string): void {
    const where = `${file} person ${person.name}`;
    for (const [field, date] of [['born', person.born], ['died', person.died]] as const) {
      if (date !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) problems.push(`${where}: ${field} "${date}" is not a date`);
    }
    const agency = person.agency === null ? null : need('Agency', person.agency, where);
    const nationality = person.nationality.map((code) => need('Country', code, where));
    const status = person.died !== null || person.status === 'Deceased' ? 3 : person.status === 'Active' ? 1 : 2;
    define('Astronaut', person.name, (id) => ({
      id, name: person.name, status: { id: status }, agency: ref(agency), image: null, type: { id: person.type === 'Private' ? 2 : 1 },
      date_of_birth: person.born, date_of_death: person.died, nationality: nationality.map(ref), bio: person.bio, wiki: person.wiki,
      social_media_links: [],
    }));
  }

  /**
   * A flight's crews: one seat (AstronautFlight) per person and flight, shared by the lists the
   * person is in. Whoever landed in it without launching in it came aboard in space.
   */
  function defineCrew(crew: CrewEntry, file: string): void {
    const where = `${file} crew of ${crew.mission}${crew.spacecraft ? ` (${crew.spacecraft})` : ''}`;
    const found = flightOfMission(crew.mission, crew.spacecraft, where);
    if (!found) return;
    const { flight } = found;
    if (index.find('CrewedFlight', String(flight.id)) !== undefined) {
      problems.push(`${where}: the flight's crew is given twice`);
      return;
    }
    index.add('CrewedFlight', String(flight.id), flight.id);
    const seats = new Map<string, number>();
    const seatOf = ([person, role]: CrewMember) => {
      const known = seats.get(person);
      if (known !== undefined) return { id: known };
      const id = index.nextId('AstronautFlight');
      seats.set(person, id);
      emit('AstronautFlight', { id, role: ref(need('AstronautRole', role, where)), astronaut: ref(need('Astronaut', person, where)) });
      return { id };
    };
    const launched = crew.launch.map(seatOf);
    const hasLanding = flight.record.landing !== null && flight.record.landing !== undefined;
    const landers = crew.landing === undefined ? (hasLanding ? crew.launch : []) : (crew.landing ?? []);
    const launchedNames = new Set(crew.launch.map(([person]) => person));
    const cameAboard = [...(crew.onboard ?? []), ...landers.filter(([person]) => !launchedNames.has(person))];
    const onboard = [...new Map(cameAboard.map((member) => [member[0], member])).values()].map(seatOf);
    const landed = landers.map(seatOf);
    const record = { launch_crew: launched, onboard_crew: onboard, landing_crew: landed };
    // A catalog flight is completed in place; a JSON file's flight is written again, whole, with its crews.
    if ((out.get('SpacecraftFlight') ?? []).includes(flight.record)) Object.assign(flight.record, record);
    else emit('SpacecraftFlight', { ...flight.record, ...record });
  }

  /**
   * A flight's end or docking. One known only to the day, on the day of the launch (a suborbital
   * hop, a same-day rendezvous), is taken as the launch instant: never before it.
   */
  function endOf(end: Instant, launch: Key | null, where: string): string {
    const parsed = parseInstant(end, where);
    const launched = (out.get('Launch') ?? []).find((record) => record.id === launch)?.net as string | undefined;
    return parsed.precision === NET_PRECISION.day && launched && parsed.text < launched ? launched : parsed.text;
  }

  function defineLanding(landing: LandingEntry, where: string): number {
    const types = { Splashdown: 1, 'Parachute landing on land': 2, 'Runway landing': 3 };
    const id = index.nextId('Landing');
    emit('Landing', {
      id, attempt: true, success: landing.success, description: landing.description ?? '', downrange_distance: null,
      landing_location: ref(need('LandingLocation', landing.site ?? UNSPECIFIED_LANDING_SITE, where)),
      type: ref(landing.type === null ? null : types[landing.type]),
    });
    return id;
  }

  /** LL2 requires a docking's port: one whose port is not known is at the station's "port not recorded". */
  function unrecordedPort(stationName: string, station: Key | null): Key | null {
    const name = `${stationName}: port not recorded`;
    define('DockingLocation', name, (id) => ({ id, name, spacestation: ref(station), spacecraft: null, payload: null }));
    return index.find('DockingLocation', name) ?? null;
  }

  function defineDocking(docking: DockingEntry, chaser: number, launch: Key | null, where: string): void {
    const station = need('SpaceStation', docking.station, where);
    emit('DockingEvent', {
      id: index.nextId('DockingEvent'),
      docking: endOf(docking.docked, launch, `${where} docking`),
      departure: docking.undocked === null ? null : parseInstant(docking.undocked, `${where} undocking`).text,
      docking_location: ref(docking.port === null ? unrecordedPort(docking.station, station) : need('DockingLocation', docking.port, where)),
      space_station_target: ref(station), flight_vehicle_chaser: ref(chaser),
    });
  }

  /** A docking of a flight defined elsewhere (a JSON file's flight), found by its mission. */
  function defineFlightDocking(docking: FlightDockingEntry, file: string): void {
    const where = `${file} docking of ${docking.mission}${docking.spacecraft ? ` (${docking.spacecraft})` : ''}`;
    const found = flightOfMission(docking.mission, docking.spacecraft, where);
    if (found) defineDocking(docking, found.flight.id, found.launch, where);
  }

  /** Every docking event, JSON files' and catalog's, by `flight|station`. */
  function dockingsByFlightAndStation(): Map<string, Array<{ docking: string; departure: string | null }>> {
    const visits = new Map<string, Array<{ docking: string; departure: string | null }>>();
    for (const event of recordsOf('DockingEvent')) {
      const chaser = (event.flight_vehicle_chaser as { id: Key } | null)?.id;
      const station = (event.space_station_target as { id: Key } | null)?.id;
      if (chaser === undefined || station === undefined || typeof event.docking !== 'string') continue;
      const key = `${chaser}|${station}`;
      visits.set(key, [...(visits.get(key) ?? []), { docking: event.docking, departure: (event.departure as string | null) ?? null }]);
    }
    return visits;
  }

  /** An expedition's moment: an instant, or a flight's first docking or last undocking at the station. */
  function momentOf(moment: StationMoment, station: Key, where: string): string | null {
    if (typeof moment === 'string') return parseInstant(moment, where).text;
    const mission = 'docked' in moment ? moment.docked : moment.undocked;
    const found = flightOfMission(mission, undefined, where);
    if (!found) return null;
    const visits = stationVisits.get(`${found.flight.id}|${station}`) ?? [];
    if (visits.length === 0) {
      problems.push(`${where}: ${mission} has no docking event at this station`);
      return null;
    }
    if ('docked' in moment) return visits.map((visit) => visit.docking).sort()[0];
    if (visits.some((visit) => visit.departure === null)) {
      problems.push(`${where}: ${mission} has not left this station`);
      return null;
    }
    return visits.map((visit) => visit.departure as string).sort().at(-1) as string;
  }

  /**
   * An expedition, bounded by the docking events of its station. Without a start it begins when
   * the station's previous expedition in the list ended; one the JSON files define is kept as
   * they give it (they win), and the next one follows from its end.
   */
  function defineExpedition(expedition: ExpeditionEntry, file: string): void {
    const where = `${file} expedition ${expedition.name}`;
    const station = need('SpaceStation', expedition.station, where);
    if (station === null) return;
    const defined = index.record('Expedition', expedition.name);
    let start: string | null;
    let end: string | null;
    if (defined) {
      start = defined.start as string;
      end = (defined.end as string | null) ?? null;
    } else {
      if (expedition.start === undefined) {
        const previous = expeditionEnds.get(expedition.station);
        if (previous === undefined || previous === null) {
          problems.push(`${where}: no start, and no ended expedition of ${expedition.station} before it`);
          return;
        }
        start = previous;
      } else {
        start = momentOf(expedition.start, station, `${where} start`);
      }
      end = expedition.end === null ? null : momentOf(expedition.end, station, `${where} end`);
      if (start === null || (expedition.end !== null && end === null)) return;
      if (end !== null && end <= start) problems.push(`${where}: ends (${end}) before it starts (${start})`);
      define('Expedition', expedition.name, (id) => ({
        id, name: expedition.name, start, end, spacestation: ref(station), mission_patches: [],
      }));
    }
    expeditionEnds.set(expedition.station, end);
  }

  /**
   * Every seat (AstronautFlight) a person launched in or came aboard with, JSON files' and
   * catalog's, with the flight and its launch time, by astronaut id.
   */
  function seatsByAstronaut(): Map<Key, Array<{ seat: Key; flight: Key; net: string; launched: boolean }>> {
    const astronautOfSeat = new Map(recordsOf('AstronautFlight').map((seat) => [seat.id as Key, (seat.astronaut as { id: Key } | null)?.id]));
    const netOf = new Map<Key, string>();
    for (const launch of recordsOf('Launch')) if (typeof launch.net === 'string') netOf.set(launch.id as Key, launch.net);
    // The last record of a flight wins: the catalog writes a JSON file's flight again with its crews.
    const flights = new Map(recordsOf('SpacecraftFlight').map((flight) => [flight.id as Key, flight]));
    const seats = new Map<Key, Array<{ seat: Key; flight: Key; net: string; launched: boolean }>>();
    for (const [id, flight] of flights) {
      const net = netOf.get((flight.launch as { id: Key }).id);
      if (net === undefined) continue;
      for (const [list, launched] of [[flight.launch_crew, true], [flight.onboard_crew, false]] as const) {
        for (const seat of (list as Array<{ id: Key }> | undefined) ?? []) {
          const astronaut = astronautOfSeat.get(seat.id);
          if (astronaut === undefined) continue;
          seats.set(astronaut, [...(seats.get(astronaut) ?? []), { seat: seat.id, flight: id, net, launched }]);
        }
      }
    }
    return seats;
  }

  /**
   * A spacewalk. Each spacewalker is linked to their seat on the flight they were in space with:
   * the flight it was made from, when given, else the latest they launched on before it began.
   */
  function defineSpacewalk(walk: SpacewalkEntry, file: string): void {
    const where = `${file} spacewalk ${walk.name}`;
    const instant = (value: Instant | null, field: string) => {
      if (value === null) return null;
      if (!value.includes('T')) problems.push(`${where} ${field}: give a time, or null`);
      return parseInstant(value, `${where} ${field}`).text;
    };
    const start = instant(walk.start, 'start');
    const end = instant(walk.end, 'end');
    if (start !== null && end !== null && end <= start) problems.push(`${where}: ends before it starts`);
    const station = walk.station === undefined ? null : need('SpaceStation', walk.station, where);
    const expedition = walk.expedition === undefined ? null : need('Expedition', walk.expedition, where);
    const flightOf = (mission: string): Key | null => flightOfMission(mission, undefined, where)?.flight.id ?? null;
    const flight = walk.flight === undefined ? null : flightOf(walk.flight);
    const crew: Array<{ id: Key }> = [];
    for (const member of walk.crew) {
      const [person, mission] = typeof member === 'string' ? [member, walk.flight] : member;
      const astronaut = need('Astronaut', person, where);
      const from = mission === undefined ? null : mission === walk.flight ? flight : flightOf(mission);
      if (astronaut === null || (mission !== undefined && from === null)) continue;
      const own = seatsOfPerson.get(astronaut) ?? [];
      const seat = from !== null
        ? (own.find((s) => s.flight === from && s.launched) ?? own.find((s) => s.flight === from))
        : start !== null
          ? own.filter((s) => s.launched && s.net <= start).sort((a, b) => a.net.localeCompare(b.net)).at(-1)
          : undefined;
      if (!seat) {
        problems.push(`${where}: no seat of ${person} ${mission !== undefined ? `on ${mission}` : 'launched before the spacewalk'}`);
        continue;
      }
      if (start !== null && seat.net > start) problems.push(`${where}: ${person}'s flight launched after the spacewalk began`);
      crew.push({ id: seat.seat });
    }
    const programs = (walk.programs ?? []).map((program) => need('Program', program, where));
    define('Spacewalk', walk.name, (id) => ({
      id, name: walk.name, start, end, location: walk.location, crew, spacestation: ref(station), expedition: ref(expedition),
      spacecraft_flight: ref(flight), event: null, program: programs.map(ref),
    }));
  }
}
