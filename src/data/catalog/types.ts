// The compact form of the bundled spaceflight history (see docs/DATA.md). Each file in this
// folder is one part: the spacecraft of a family and every dated flight they made, plus any
// configuration, rocket, pad, landing site, station or docking port it needs that no other
// part defines. `expand.ts` turns the parts into LL2-shaped records, which load through the
// importer's code path like any other LL2 JSON.
//
// References are by name: an agency, configuration, rocket, pad, landing site, station or
// port named here must be defined in some part or in the JSON files of `src/data/bundled/`.
// Dates are UTC: "1961-04-12T06:07:00Z" when the time is known, "1961-04-12" when only the
// day is, null when even that is not.

export type Instant = string;

export type SpacecraftStatusName = 'Active' | 'Retired' | 'Destroyed' | 'Single Use' | 'Under construction';

export interface SpacecraftEntry {
  /** Unique across the catalog; flights refer to it. Defaults to `name`. */
  key?: string;
  name: string;
  serial: string | null;
  /** A configuration name, e.g. "Soyuz TMA". */
  config: string;
  status: SpacecraftStatusName;
  placeholder?: boolean;
  /** One or two sentences in our own words. */
  description: string;
}

export type LaunchOutcome = 'success' | 'failure' | 'partial';

export type MissionTypeName =
  | 'Human Exploration'
  | 'Test Flight'
  | 'Resupply'
  | 'Tourism'
  | 'Government/Top Secret'
  | 'Astrophysics'
  | 'Planetary Science';

export interface LaunchEntry {
  /** The mission's name, e.g. "Soyuz TMA-1", "STS-41-B", "Apollo 11". Unique across the catalog. */
  mission: string;
  net: Instant;
  /** A rocket (launcher configuration) name, e.g. "Soyuz-FG". */
  rocket: string;
  pad: string;
  outcome: LaunchOutcome;
  /** The launch service provider; defaults to the rocket's manufacturer. */
  provider?: string;
  type: MissionTypeName;
  /** Default "Low Earth Orbit". */
  orbit?: string;
  /** A sentence about the mission, in our own words. */
  description: string;
  /** Why the launch failed, for failures. */
  failreason?: string;
  /** Agencies the mission flew for; default: the provider. */
  agencies?: string[];
  /** Programs (names of the bundled programs, e.g. "International Space Station"). */
  programs?: string[];
}

export type LandingTypeName = 'Splashdown' | 'Parachute landing on land' | 'Runway landing';

export interface LandingEntry {
  type: LandingTypeName | null;
  /** A landing location name, or null when unknown (shown as the "Unspecified landing site"). */
  site: string | null;
  success: boolean | null;
  description?: string;
}

export interface DockingEntry {
  station: string;
  /** A docking location name of that station, or null when unknown. */
  port: string | null;
  docked: Instant;
  /** Null while still docked. */
  undocked: Instant | null;
}

export interface FlightEntry {
  /** The spacecraft's key. */
  spacecraft: string;
  /** The launch, or the mission name of another flight's launch that carried it too (Apollo's LM). */
  launch: LaunchEntry | { sameAs: string };
  /** Where it went: "Low Earth Orbit", "International Space Station", "Mir", "Moon", … */
  destination: string;
  /** When the flight ended (landing, or burn-up for freighters); null if unknown or still flying. */
  end: Instant | null;
  /** Null for a freighter that burns up, or a flight not back yet. */
  landing: LandingEntry | null;
  dockings?: DockingEntry[];
}

export interface FamilyEntry {
  name: string;
  description: string;
  manufacturer: string;
  parent: string | null;
  maidenFlight: string | null;
}

export interface ConfigurationEntry {
  name: string;
  family: string | null;
  agency: string;
  type: 'Capsule' | 'Spaceplane' | 'Cargo Resupply' | 'Unknown';
  inUse: boolean;
  capability: string;
  history: string;
  details: string;
  maidenFlight: string | null;
  height: number | null;
  diameter: number | null;
  humanRated: boolean;
  crewCapacity: number | null;
  payloadCapacity: number | null;
  payloadReturnCapacity: number | null;
  flightLife: string | null;
  wikiLink: string;
}

export interface RocketEntry {
  name: string;
  family: string | null;
  fullName: string;
  variant: string;
  active: boolean;
  manufacturer: string | null;
  description: string;
  maidenFlight: string | null;
  wikiUrl: string | null;
}

export interface LocationEntry {
  name: string;
  /** ISO 3166 alpha-3 country code of a bundled country; null for the open sea. */
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  timezone: string;
  description: string;
}

export interface PadEntry {
  name: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  active: boolean;
  description: string;
  wikiUrl: string | null;
}

export interface LandingSiteEntry {
  name: string;
  abbrev: string;
  location: string | null;
  description: string;
}

export interface StationEntry {
  name: string;
  status: 'Active' | 'De-Orbited';
  type: 'Government' | 'Commercial';
  founded: string;
  deorbited: string | null;
  description: string;
  owners: string[];
  mass: number | null;
  volume: number | null;
}

export interface PortEntry {
  name: string;
  station: string;
}

export interface CountryEntry {
  name: string;
  /** ISO 3166 codes, e.g. "CA" and "CAN". */
  alpha2: string;
  alpha3: string;
  /** The demonym, e.g. "Canadian". */
  nationality: string;
}

export interface AgencyEntry {
  name: string;
  /** Unique; people may name their agency by it. */
  abbrev: string;
  type: 'Government' | 'Multinational' | 'Commercial' | 'Private';
  /** ISO alpha-3 codes of bundled or catalog countries. */
  countries: string[];
  foundingYear: number | null;
  description: string;
  wikiUrl: string | null;
}

export interface PersonEntry {
  /** As the person's English Wikipedia article is titled, without any "(astronaut)" suffix. Unique. */
  name: string;
  /** The agency (name or abbreviation) the person flew for; a private flyer's company, or null. */
  agency: string | null;
  /** ISO alpha-3 codes; the Soviet Union is "SUN". */
  nationality: string[];
  /** "YYYY-MM-DD", or null when not known for certain. */
  born: string | null;
  died: string | null;
  /** Default "Government"; "Private" for paying or company-sponsored flyers. */
  type?: 'Government' | 'Private';
  /**
   * Default "Retired" (or "Deceased" when `died` is set); "Active" for serving astronauts;
   * "Deceased" when the day of death is uncertain (`died` null).
   */
  status?: 'Active' | 'Retired' | 'Deceased';
  /** One or two sentences in our own words. */
  bio: string;
  wiki: string | null;
}

export type CrewRoleName =
  | 'Commander'
  | 'Pilot'
  | 'Command Module Pilot'
  | 'Lunar Module Pilot'
  | 'Science Pilot'
  | 'Mission Specialist'
  | 'Payload Specialist'
  | 'Flight Engineer'
  | 'Spaceflight Participant'
  | 'Crew Member';

/** A person (by name) and their role on this flight. */
export type CrewMember = [person: string, role: CrewRoleName];

/** Who flew on one spacecraft flight. */
export interface CrewEntry {
  /** The mission name of the flight's launch (as the catalog or the JSON files name it). */
  mission: string;
  /** The spacecraft's key, needed only when the launch carried several (Apollo's CSM and LM). */
  spacecraft?: string;
  /** Who launched in it. */
  launch: CrewMember[];
  /** Who came aboard in space without having launched in it (LM crews, Soyuz relocations, swaps). */
  onboard?: CrewMember[];
  /** Who landed in it. Omitted: the launch crew, when the flight has a landing; else nobody. */
  landing?: CrewMember[];
}

/**
 * A docking event of a flight that another part or the JSON files define without it (for
 * instance the JSON files' Crew Dragon flights): the flight is found by its mission name.
 */
export interface FlightDockingEntry extends DockingEntry {
  /** The mission name of the flight's launch. */
  mission: string;
  /** The spacecraft's key, needed only when the launch carried several. */
  spacecraft?: string;
}

/**
 * A moment of an expedition, taken from the dataset's own docking events at the expedition's
 * station so that the two always agree: when a flight (by mission name) first docked there,
 * or when it last left. A plain instant only where no docking marks the moment.
 */
export type StationMoment = Instant | { docked: string } | { undocked: string };

/** A crew's stay on a station (LL2's Expedition). Its crew is derived, never written. */
export interface ExpeditionEntry {
  /** As LL2 names it: "Expedition 1", "Mir EO-2", "Shenzhou 13". Unique. */
  name: string;
  station: string;
  /**
   * Omitted: when the station's previous expedition in the list ended (a handover). An
   * expedition the JSON files define is kept as they give it, and the next one follows it.
   */
  start?: StationMoment;
  /** Null while under way. */
  end: StationMoment | null;
}

/** A spacewalk (LL2's Spacewalk). Its duration is derived from `start` and `end`. */
export interface SpacewalkEntry {
  /** Unique across the catalog and the JSON files. */
  name: string;
  /** Date-times to the minute or second; null when not known that well (then so is the duration). */
  start: Instant | null;
  end: Instant | null;
  /** Where it happened, as free text ("International Space Station", "Earth orbit, outside Gemini 4"). */
  location: string;
  /**
   * Who went out, by name. Each is linked to their seat on the flight they were in space with:
   * the one named with them (`[person, mission]`), else the one named by `flight`, else the
   * latest flight they launched on before `start`.
   */
  crew: Array<string | [person: string, mission: string]>;
  station?: string;
  /** The expedition it was made from (by name). */
  expedition?: string;
  /**
   * The mission name of the flight the spacewalkers went out from (a capsule, a Shuttle's
   * airlock), when they did not go out from the station itself.
   */
  flight?: string;
  programs?: string[];
}

/** One file of the catalog. */
export interface CatalogPart {
  countries?: CountryEntry[];
  agencies?: AgencyEntry[];
  people?: PersonEntry[];
  crews?: CrewEntry[];
  families?: FamilyEntry[];
  configurations?: ConfigurationEntry[];
  rockets?: RocketEntry[];
  locations?: LocationEntry[];
  pads?: PadEntry[];
  landingSites?: LandingSiteEntry[];
  stations?: StationEntry[];
  ports?: PortEntry[];
  spacecraft?: SpacecraftEntry[];
  flights?: FlightEntry[];
  /** Docking events of flights defined elsewhere. */
  dockings?: FlightDockingEntry[];
  expeditions?: ExpeditionEntry[];
  spacewalks?: SpacewalkEntry[];
}
