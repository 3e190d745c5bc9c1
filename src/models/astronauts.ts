import {
  bool,
  date,
  datetime,
  defineModel,
  duration,
  int,
  many,
  manyToMany,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency, country, socialMediaLink } from './agencies.ts';
import { image } from './images.ts';

export const astronautStatus = defineModel({
  name: 'AstronautStatus',
  table: 'astronaut_statuses',
  fields: { id: int(), name: text() },
  views: { AstronautStatus: view(null, 'id name') },
});

export const astronautType = defineModel({
  name: 'AstronautType',
  table: 'astronaut_types',
  fields: { id: int(), name: text() },
  views: { AstronautType: view(null, 'id name') },
});

export const astronautRole = defineModel({
  name: 'AstronautRole',
  table: 'astronaut_roles',
  fields: { id: int(), role: text(), priority: int() },
  views: { AstronautRole: view(null, 'id role priority') },
});

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
    // LL2 derives the age from the birth date at request time; Apogee serves the stored value.
    age: int({ nullable: true }),
    date_of_birth: date({ nullable: true }),
    date_of_death: date({ nullable: true }),
    nationality: manyToMany(() => country, 'astronaut_nationalities', 'astronaut_id', 'country_id'),
    bio: text(),
    wiki: text({ nullable: true }),
    last_flight: datetime({ nullable: true }),
    first_flight: datetime({ nullable: true }),
    social_media_links: many(() => socialMediaLink, 'astronaut_id'),
  },
  views: {
    // LL2 names it "detailed" yet emits response_mode "list", in the middle of the object.
    AstronautDetailed: view(
      'list',
      'id url name status:AstronautStatus agency:AgencyMini image:Image response_mode type:AstronautType in_space time_in_space eva_time age date_of_birth date_of_death nationality:Country bio wiki last_flight first_flight social_media_links:SocialMediaLink',
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
