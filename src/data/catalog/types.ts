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

/** One file of the catalog. */
export interface CatalogPart {
  families?: FamilyEntry[];
  configurations?: ConfigurationEntry[];
  rockets?: RocketEntry[];
  locations?: LocationEntry[];
  pads?: PadEntry[];
  landingSites?: LandingSiteEntry[];
  stations?: StationEntry[];
  ports?: PortEntry[];
  spacecraft: SpacecraftEntry[];
  flights: FlightEntry[];
}
