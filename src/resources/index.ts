// The explicit registry of served endpoints (no filesystem autoload): adding an LL2
// endpoint means adding its spec file and one line here.
import type { Resource } from '../engine/spec.ts';
import agencies from './agencies.ts';
import astronauts from './astronauts.ts';
import celestialBodies from './celestial-bodies.ts';
import { configLists } from './config-lists.ts';
import dockingEvents from './docking-events.ts';
import expeditions from './expeditions.ts';
import { events, previousEvents, upcomingEvents } from './events.ts';
import landings from './landings.ts';
import launcherConfigurationFamilies from './launcher-configuration-families.ts';
import launcherConfigurations from './launcher-configurations.ts';
import launchers from './launchers.ts';
import { launches, previousLaunches, upcomingLaunches } from './launches.ts';
import locations from './locations.ts';
import missionPatches from './mission-patches.ts';
import pads from './pads.ts';
import payloadFlights from './payload-flights.ts';
import payloads from './payloads.ts';
import programs from './programs.ts';
import spaceStations from './space-stations.ts';
import spacecraft from './spacecraft.ts';
import spacecraftConfigurationFamilies from './spacecraft-configuration-families.ts';
import spacecraftConfigurations from './spacecraft-configurations.ts';
import spacecraftFlights from './spacecraft-flights.ts';
import spacewalks from './spacewalks.ts';
import updates from './updates.ts';

export const resources: Resource[] = [
  agencies,
  spacecraft,
  spacecraftConfigurations,
  spacecraftConfigurationFamilies,
  spacecraftFlights,
  launcherConfigurations,
  launcherConfigurationFamilies,
  launchers,
  landings,
  pads,
  locations,
  programs,
  missionPatches,
  celestialBodies,
  launches,
  upcomingLaunches,
  previousLaunches,
  updates,
  astronauts,
  spaceStations,
  dockingEvents,
  payloadFlights,
  payloads,
  expeditions,
  spacewalks,
  events,
  upcomingEvents,
  previousEvents,
  ...configLists,
];
