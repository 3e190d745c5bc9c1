// Expeditions: a crew's stay on a space station. Modelled as far as the station views need
// them (SpaceStationEndpoint.active_expeditions shows ExpeditionMini); the `/expeditions/`
// endpoint and its richer views build on this model.
import { datetime, defineModel, int, many, manyToMany, one, selfUrl, text, view } from '../engine/spec.ts';
import { astronautFlight } from './astronauts.ts';
import { missionPatch } from './programs.ts';
import { spaceStation } from './space-stations.ts';
import { spacewalk } from './spacewalks.ts';

export const expedition = defineModel({
  name: 'Expedition',
  table: 'expeditions',
  fields: {
    id: int(),
    url: selfUrl('expeditions'),
    name: text(),
    start: datetime(),
    end: datetime({ nullable: true }),
    spacestation: one(() => spaceStation),
    mission_patches: manyToMany(() => missionPatch, 'expedition_mission_patches', 'expedition_id', 'mission_patch_id'),
    spacewalks: many(() => spacewalk, 'expedition_id'),
    // The seats of the people aboard the station during the expedition, derived when data is
    // written from each person's stay (src/ingest/people-statistics.ts, docs/COMPATIBILITY.md).
    crew: manyToMany(() => astronautFlight, 'expedition_crew', 'expedition_id', 'astronaut_flight_id'),
  },
  // The station whose `active_expeditions` lists this expedition: its `spacestation` while
  // the expedition is under way, else null. Derived when data is written
  // (src/ingest/people-statistics.ts); an LL2 import sets it from the station's list.
  extraColumns: { active_spacestation_id: 'int' },
  views: {
    ExpeditionMini: view(null, 'id url name start end'),
    ExpeditionNormal: view(
      'normal',
      'id url name start end response_mode spacestation:SpaceStationNormal mission_patches:MissionPatch spacewalks:SpacewalkList',
    ),
    ExpeditionNormalSerializerForSpacewalk: view(null, 'id url name start end spacestation:SpaceStationNormal mission_patches:MissionPatch'),
    ExpeditionDetailed: view(
      'detailed',
      'id url name start end response_mode spacestation:SpaceStationDetailed mission_patches:MissionPatch spacewalks:SpacewalkList crew:AstronautFlight',
    ),
  },
});
