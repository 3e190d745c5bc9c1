// Spacewalks (EVAs), modelled as far as the astronaut views need them
// (AstronautEndpointDetailed.spacewalks shows SpacewalkNormal); the `/spacewalks/` endpoint
// and its richer views build on this model.
import { datetime, defineModel, duration, int, manyToMany, one, selfUrl, text, view } from '../engine/spec.ts';
import { astronautFlight } from './astronauts.ts';
import { event } from './events.ts';
import { expedition } from './expeditions.ts';
import { program } from './programs.ts';
import { spaceStation } from './space-stations.ts';
import { spacecraftFlight } from './spacecraft.ts';

export const spacewalk = defineModel({
  name: 'Spacewalk',
  table: 'spacewalks',
  fields: {
    id: int(),
    url: selfUrl('spacewalks'),
    name: text(),
    start: datetime({ nullable: true }),
    end: datetime({ nullable: true }),
    // `end − start`, derived when data is written; null until both are known.
    duration: duration({ nullable: true }),
    location: text({ nullable: true }),
    crew: manyToMany(() => astronautFlight, 'spacewalk_crew', 'spacewalk_id', 'astronaut_flight_id'),
    spacestation: one(() => spaceStation, { nullable: true }),
    // The expedition the spacewalk was made from, if any (its `spacewalks` list).
    expedition: one(() => expedition, { nullable: true }),
    // The flight the spacewalkers went out from when no station was involved (Apollo 11).
    spacecraft_flight: one(() => spacecraftFlight, { nullable: true }),
    event: one(() => event, { nullable: true }),
    program: manyToMany(() => program, 'spacewalk_programs', 'spacewalk_id', 'program_id'),
  },
  views: {
    SpacewalkEndpointNormal: view(
      'normal',
      'response_mode id url name start end duration location crew:AstronautFlight spacestation:SpaceStationMini expedition:ExpeditionMini spacecraft_flight:SpacecraftFlightNormal event:EventMini program:ProgramMini',
    ),
    SpacewalkEndpointDetailed: view(
      'detailed',
      'response_mode id url name start end duration location crew:AstronautFlight spacestation:SpaceStationNormal expedition:ExpeditionNormalSerializerForSpacewalk spacecraft_flight:SpacecraftFlightDetailed event:EventNormal program:ProgramNormal',
    ),
    // LL2 names it "normal" yet emits response_mode "list".
    SpacewalkNormal: view('list', 'response_mode id url name start end duration location crew:AstronautFlight'),
    SpacewalkList: view('list', 'response_mode id url name start end duration location'),
  },
});
