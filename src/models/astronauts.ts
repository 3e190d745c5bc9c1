import {
  bool,
  date,
  datetime,
  defineModel,
  duration,
  int,
  many,
  manyToMany,
  nameList,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency, country, socialMediaLink } from './agencies.ts';
import { image } from './images.ts';
import { launch } from './launches.ts';
import { spacecraftFlight } from './spacecraft.ts';
import { spacewalk } from './spacewalks.ts';

export const astronautStatus = nameList('AstronautStatus', 'astronaut_statuses');

export const astronautType = nameList('AstronautType', 'astronaut_types');

export const astronautRole = defineModel({
  name: 'AstronautRole',
  table: 'astronaut_roles',
  fields: { id: int(), role: text(), priority: int() },
  views: { AstronautRole: view(null, 'id role priority') },
});

// The fields every astronaut view starts with; `response_mode` sits in the middle of them.
const astronautFields =
  'id url name status:AstronautStatus agency:AgencyMini image:Image response_mode type:AstronautType in_space time_in_space eva_time age date_of_birth date_of_death nationality:Country bio wiki last_flight first_flight social_media_links:SocialMediaLink';
const astronautCounts = 'flights_count landings_count spacewalks_count';

export const astronaut = defineModel({
  name: 'Astronaut',
  table: 'astronauts',
  fields: {
    id: int(),
    url: selfUrl('astronauts'),
    name: text(),
    status: one(() => astronautStatus),
    agency: one(() => agency, { nullable: true }),
    image: one(() => image, { nullable: true }),
    type: one(() => astronautType),
    in_space: bool(),
    time_in_space: duration({ nullable: true }),
    eva_time: duration(),
    // LL2 derives the age from the birth date at request time; Apogee when data is written.
    age: int({ nullable: true }),
    date_of_birth: date({ nullable: true }),
    date_of_death: date({ nullable: true }),
    nationality: manyToMany(() => country, 'astronaut_nationalities', 'astronaut_id', 'country_id'),
    bio: text(),
    wiki: text({ nullable: true }),
    last_flight: datetime({ nullable: true }),
    first_flight: datetime({ nullable: true }),
    social_media_links: many(() => socialMediaLink, 'astronaut_id'),
    // Computed when data is written (src/ingest/people-statistics.ts), as the fields above
    // from `in_space` to `first_flight`.
    flights_count: int({ nullable: true }),
    landings_count: int({ nullable: true }),
    spacewalks_count: int({ nullable: true }),
    // The launches the astronaut flew on (launch crew), the spacecraft flights they came home
    // on (landing crew) and their spacewalks: links derived from the crews when data is written.
    flights: manyToMany(() => launch, 'astronaut_launches', 'astronaut_id', 'launch_id'),
    landings: manyToMany(() => spacecraftFlight, 'astronaut_landings', 'astronaut_id', 'spacecraft_flight_id'),
    spacewalks: manyToMany(() => spacewalk, 'astronaut_spacewalks', 'astronaut_id', 'spacewalk_id'),
    // No view shows it; the `is_human` filter reads it. Derived from the type when data is written.
    is_human: bool(),
  },
  views: {
    // Nested in events (EventEndpointDetailed.astronauts): the head of the object, no mode.
    AstronautNormal: view(null, 'id url name status:AstronautStatus agency:AgencyMini image:Image'),
    // LL2 names it "detailed" yet emits response_mode "list", in the middle of the object.
    AstronautDetailed: view('list', astronautFields),
    AstronautEndpointNormal: view('normal', `${astronautFields} ${astronautCounts}`),
    AstronautEndpointDetailed: view(
      'detailed',
      `${astronautFields} ${astronautCounts} flights:LaunchNormal landings:SpacecraftFlightNormal spacewalks:SpacewalkNormal`,
    ),
  },
});

/** One astronaut's seat on one spacecraft flight, with the role held there. */
export const astronautFlight = defineModel({
  name: 'AstronautFlight',
  table: 'astronaut_flights',
  fields: { id: int(), role: one(() => astronautRole), astronaut: one(() => astronaut) },
  views: { AstronautFlight: view(null, 'id role:AstronautRole astronaut:AstronautDetailed') },
});
