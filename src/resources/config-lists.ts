// The small lookup lists under /2.3.0/config/: no modes, filters or search; the list and
// `{id}/` show the same bare object.
import { defineResource, type Model, type Resource } from '../engine/spec.ts';
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

function configList(name: string, model: Model, view: string): Resource {
  return defineResource({ path: `config/${name}`, model, view, retrieve: view });
}

export const configLists: Resource[] = [
  configList('spacecraft_statuses', spacecraftStatus, 'SpacecraftStatus'),
  configList('spacecraft_configuration_types', spacecraftConfigType, 'SpacecraftConfigType'),
  configList('agency_types', agencyType, 'AgencyType'),
  configList('image_licenses', imageLicense, 'ImageLicense'),
  configList('image_variant_types', imageVariantType, 'ImageVariantType'),
  configList('countries', country, 'Country'),
  configList('program_types', programType, 'ProgramType'),
  configList('celestial_body_types', celestialBodyType, 'CelestialBodyType'),
  configList('launch_statuses', launchStatus, 'LaunchStatus'),
  configList('net_precisions', netPrecision, 'NetPrecision'),
  configList('mission_types', missionType, 'MissionType'),
  configList('orbits', orbit, 'Orbit'),
  configList('infourl_types', infoUrlType, 'InfoURLType'),
  configList('vidurl_types', vidUrlType, 'VidURLType'),
  configList('languages', language, 'Language'),
  configList('timeline_event_types', timelineEventType, 'TimelineEventType'),
  configList('event_types', eventType, 'EventType'),
  configList('notice_types', noticeType, 'NoticeType'),
  configList('road_closure_statuses', roadClosureStatus, 'RoadClosureStatus'),
  configList('landing_types', landingType, 'LandingType'),
  configList('landing_locations', landingLocation, 'LandingLocation'),
  configList('launcher_statuses', launcherStatus, 'LauncherStatus'),
  configList('first_stage_types', firstStageType, 'FirstStageType'),
  configList('astronaut_roles', astronautRole, 'AstronautRole'),
  configList('astronaut_statuses', astronautStatus, 'AstronautStatus'),
  configList('astronaut_types', astronautType, 'AstronautType'),
  configList('docking_locations', dockingLocation, 'DockingLocation'),
  configList('space_station_statuses', spaceStationStatus, 'SpaceStationStatus'),
  configList('payload_types', payloadType, 'PayloadType'),
];
