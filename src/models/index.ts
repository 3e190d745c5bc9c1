// Every model, for the schema snapshot, the importer (records name their model) and tests.
import type { Model } from '../engine/spec.ts';
import { agency, agencyType, country, socialMedia, socialMediaLink } from './agencies.ts';
import { astronaut, astronautFlight, astronautRole, astronautStatus, astronautType } from './astronauts.ts';
import { celestialBody, celestialBodyType } from './celestial-bodies.ts';
import { dockingEvent, dockingLocation } from './docking-events.ts';
import { event, eventType } from './events.ts';
import { expedition } from './expeditions.ts';
import { image, imageLicense, imageVariant, imageVariantType } from './images.ts';
import { landing, landingLocation, landingType } from './landings.ts';
import { launcherConfigFamily, launcherConfiguration } from './launcher-configurations.ts';
import { firstStage, firstStageType, launcher, launcherStatus } from './launchers.ts';
import { launch, launchStatus, netPrecision } from './launches.ts';
import { location } from './locations.ts';
import { missionType } from './mission-types.ts';
import { infoUrl, infoUrlType, language, mission, orbit, vidUrl, vidUrlType } from './missions.ts';
import { pad } from './pads.ts';
import { payload, payloadFlight, payloadType } from './payloads.ts';
import { missionPatch, program, programType } from './programs.ts';
import { rocket } from './rockets.ts';
import { spaceStation, spaceStationStatus, spaceStationType } from './space-stations.ts';
import { spacecraft, spacecraftFlight, spacecraftStatus } from './spacecraft.ts';
import { spacecraftConfigFamily, spacecraftConfigType, spacecraftConfiguration } from './spacecraft-configurations.ts';
import { spacewalk } from './spacewalks.ts';
import { liveStream, notice, noticeType, roadClosure, roadClosureStatus } from './starship.ts';
import { timelineEvent, timelineEventType } from './timeline-events.ts';
import { update } from './updates.ts';

export const models: Model[] = [
  country, agencyType, socialMedia, socialMediaLink, agency,
  imageLicense, imageVariantType, image, imageVariant,
  spacecraftStatus, spacecraftConfigType, spacecraftConfigFamily, spacecraftConfiguration, spacecraft, spacecraftFlight,
  launchStatus, netPrecision, launch, update, timelineEventType, timelineEvent, missionType, rocket, launcherConfiguration, launcherConfigFamily,
  celestialBodyType, celestialBody, location, pad, orbit, mission, infoUrlType, infoUrl, vidUrlType, vidUrl, language,
  programType, program, missionPatch,
  landingType, landingLocation, landing,
  launcherStatus, firstStageType, launcher, firstStage,
  astronautStatus, astronautType, astronautRole, astronaut, astronautFlight,
  spaceStationStatus, spaceStationType, spaceStation, dockingLocation, dockingEvent, expedition, spacewalk,
  payloadType, payload, payloadFlight,
  eventType, event,
  roadClosureStatus, roadClosure, noticeType, notice, liveStream,
];

const byName = new Map(models.map((model) => [model.name, model]));

export function modelNamed(name: string): Model | undefined {
  return byName.get(name);
}
