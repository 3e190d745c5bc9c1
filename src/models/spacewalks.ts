// Spacewalks (EVAs), modelled as far as the astronaut views need them
// (AstronautEndpointDetailed.spacewalks shows SpacewalkNormal); the `/spacewalks/` endpoint
// and its richer views build on this model.
import { datetime, defineModel, duration, int, manyToMany, selfUrl, text, view } from '../engine/spec.ts';
import { astronautFlight } from './astronauts.ts';

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
  },
  // The expedition the spacewalk was made from, if any.
  extraColumns: { expedition_id: 'int' },
  views: {
    // LL2 names it "normal" yet emits response_mode "list".
    SpacewalkNormal: view('list', 'response_mode id url name start end duration location crew:AstronautFlight'),
    SpacewalkList: view('list', 'response_mode id url name start end duration location'),
  },
});
