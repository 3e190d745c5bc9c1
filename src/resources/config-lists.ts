// The small lookup lists under /2.3.0/config/: no modes, filters or search.
import { defineResource } from '../engine/spec.ts';
import { agencyType, country } from '../models/agencies.ts';
import { astronautRole, astronautStatus, astronautType } from '../models/astronauts.ts';
import { celestialBodyType } from '../models/celestial-bodies.ts';
import { imageLicense, imageVariantType } from '../models/images.ts';
import { dockingLocation } from '../models/docking-events.ts';
import { eventType } from '../models/events.ts';
import { landingLocation, landingType } from '../models/landings.ts';
import { firstStageType, launcherStatus } from '../models/launchers.ts';
import { launchStatus, netPrecision } from '../models/launches.ts';
import { missionType } from '../models/mission-types.ts';
import { infoUrlType, language, orbit, vidUrlType } from '../models/missions.ts';
import { payloadType } from '../models/payloads.ts';
import { programType } from '../models/programs.ts';
import { spaceStationStatus } from '../models/space-stations.ts';
import { noticeType, roadClosureStatus } from '../models/starship.ts';
import { spacecraftStatus } from '../models/spacecraft.ts';
import { spacecraftConfigType } from '../models/spacecraft-configurations.ts';
import { timelineEventType } from '../models/timeline-events.ts';

export const spacecraftStatuses = defineResource({
  path: 'config/spacecraft_statuses',
  model: spacecraftStatus,
  view: 'SpacecraftStatus',
  retrieve: 'SpacecraftStatus',
});

export const spacecraftConfigurationTypes = defineResource({
  path: 'config/spacecraft_configuration_types',
  model: spacecraftConfigType,
  view: 'SpacecraftConfigType',
  retrieve: 'SpacecraftConfigType',
});

export const agencyTypes = defineResource({
  path: 'config/agency_types',
  model: agencyType,
  view: 'AgencyType',
  retrieve: 'AgencyType',
});

export const imageLicenses = defineResource({
  path: 'config/image_licenses',
  model: imageLicense,
  view: 'ImageLicense',
  retrieve: 'ImageLicense',
});

export const imageVariantTypes = defineResource({
  path: 'config/image_variant_types',
  model: imageVariantType,
  view: 'ImageVariantType',
  retrieve: 'ImageVariantType',
});

export const countries = defineResource({
  path: 'config/countries',
  model: country,
  view: 'Country',
  retrieve: 'Country',
});

export const programTypes = defineResource({
  path: 'config/program_types',
  model: programType,
  view: 'ProgramType',
  retrieve: 'ProgramType',
});

export const celestialBodyTypes = defineResource({
  path: 'config/celestial_body_types',
  model: celestialBodyType,
  view: 'CelestialBodyType',
  retrieve: 'CelestialBodyType',
});

export const launchStatuses = defineResource({
  path: 'config/launch_statuses',
  model: launchStatus,
  view: 'LaunchStatus',
  retrieve: 'LaunchStatus',
});

export const netPrecisions = defineResource({
  path: 'config/net_precisions',
  model: netPrecision,
  view: 'NetPrecision',
  retrieve: 'NetPrecision',
});

export const missionTypes = defineResource({
  path: 'config/mission_types',
  model: missionType,
  view: 'MissionType',
  retrieve: 'MissionType',
});

export const orbits = defineResource({
  path: 'config/orbits',
  model: orbit,
  view: 'Orbit',
  retrieve: 'Orbit',
});

export const infoUrlTypes = defineResource({
  path: 'config/infourl_types',
  model: infoUrlType,
  view: 'InfoURLType',
  retrieve: 'InfoURLType',
});

export const vidUrlTypes = defineResource({
  path: 'config/vidurl_types',
  model: vidUrlType,
  view: 'VidURLType',
  retrieve: 'VidURLType',
});

export const languages = defineResource({
  path: 'config/languages',
  model: language,
  view: 'Language',
  retrieve: 'Language',
});

export const timelineEventTypes = defineResource({
  path: 'config/timeline_event_types',
  model: timelineEventType,
  view: 'TimelineEventType',
  retrieve: 'TimelineEventType',
});

export const eventTypes = defineResource({
  path: 'config/event_types',
  model: eventType,
  view: 'EventType',
  retrieve: 'EventType',
});

export const noticeTypes = defineResource({
  path: 'config/notice_types',
  model: noticeType,
  view: 'NoticeType',
  retrieve: 'NoticeType',
});

export const roadClosureStatuses = defineResource({
  path: 'config/road_closure_statuses',
  model: roadClosureStatus,
  view: 'RoadClosureStatus',
  retrieve: 'RoadClosureStatus',
});

export const landingTypes = defineResource({
  path: 'config/landing_types',
  model: landingType,
  view: 'LandingType',
  retrieve: 'LandingType',
});

export const landingLocations = defineResource({
  path: 'config/landing_locations',
  model: landingLocation,
  view: 'LandingLocation',
  retrieve: 'LandingLocation',
});

export const launcherStatuses = defineResource({
  path: 'config/launcher_statuses',
  model: launcherStatus,
  view: 'LauncherStatus',
  retrieve: 'LauncherStatus',
});

export const firstStageTypes = defineResource({
  path: 'config/first_stage_types',
  model: firstStageType,
  view: 'FirstStageType',
  retrieve: 'FirstStageType',
});

export const astronautRoles = defineResource({
  path: 'config/astronaut_roles',
  model: astronautRole,
  view: 'AstronautRole',
  retrieve: 'AstronautRole',
});

export const astronautStatuses = defineResource({
  path: 'config/astronaut_statuses',
  model: astronautStatus,
  view: 'AstronautStatus',
  retrieve: 'AstronautStatus',
});

export const astronautTypes = defineResource({
  path: 'config/astronaut_types',
  model: astronautType,
  view: 'AstronautType',
  retrieve: 'AstronautType',
});

export const dockingLocations = defineResource({
  path: 'config/docking_locations',
  model: dockingLocation,
  view: 'DockingLocation',
  retrieve: 'DockingLocation',
});

export const spaceStationStatuses = defineResource({
  path: 'config/space_station_statuses',
  model: spaceStationStatus,
  view: 'SpaceStationStatus',
  retrieve: 'SpaceStationStatus',
});

export const payloadTypes = defineResource({
  path: 'config/payload_types',
  model: payloadType,
  view: 'PayloadType',
  retrieve: 'PayloadType',
});
