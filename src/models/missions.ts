import {
  bool,
  datetime,
  defineModel,
  int,
  many,
  manyToMany,
  nameList,
  one,
  text,
  view,
} from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { celestialBody } from './celestial-bodies.ts';
import { image } from './images.ts';

export const orbit = defineModel({
  name: 'Orbit',
  table: 'orbits',
  fields: { id: int(), name: text(), abbrev: text(), celestial_body: one(() => celestialBody) },
  views: { Orbit: view(null, 'id name abbrev celestial_body:CelestialBodyMini') },
});

export const language = defineModel({
  name: 'Language',
  table: 'languages',
  fields: { id: int(), name: text(), code: text() },
  views: { Language: view(null, 'id name code') },
});

export const infoUrlType = nameList('InfoURLType', 'info_url_types');

export const vidUrlType = nameList('VidURLType', 'vid_url_types');

// LL2 hides the key of a link; Apogee still needs one to store and order the rows.
export const infoUrl = defineModel({
  name: 'InfoURLs',
  table: 'info_urls',
  fields: {
    id: int(),
    priority: int(),
    source: text({ nullable: true }),
    title: text({ nullable: true }),
    description: text({ nullable: true }),
    feature_image: text({ nullable: true }),
    url: text(),
    type: one(() => infoUrlType, { nullable: true }),
    language: one(() => language, { nullable: true }),
  },
  // A link belongs to a mission or to a launch (`LaunchDetailed.info_urls`/`vid_urls`).
  extraColumns: { mission_id: 'int', launch_id: 'uuid' },
  views: { InfoURL: view(null, 'priority source title description feature_image url type:InfoURLType language:Language') },
});

export const vidUrl = defineModel({
  name: 'VidURLs',
  table: 'vid_urls',
  fields: {
    id: int(),
    priority: int(),
    source: text({ nullable: true }),
    publisher: text({ nullable: true }),
    title: text({ nullable: true }),
    description: text({ nullable: true }),
    feature_image: text({ nullable: true }),
    url: text(),
    type: one(() => vidUrlType, { nullable: true }),
    language: one(() => language, { nullable: true }),
    start_time: datetime({ nullable: true }),
    end_time: datetime({ nullable: true }),
    live: bool(),
  },
  // A link belongs to a mission or to a launch (`LaunchDetailed.info_urls`/`vid_urls`).
  extraColumns: { mission_id: 'int', launch_id: 'uuid' },
  views: {
    VidURL: view(
      null,
      'priority source publisher title description feature_image url type:VidURLType language:Language start_time end_time live',
    ),
  },
});

export const mission = defineModel({
  name: 'Mission',
  table: 'missions',
  fields: {
    id: int(),
    name: text(),
    // LL2 shows the mission type by name only ("Communications"); there is no type object.
    type: text(),
    description: text(),
    image: one(() => image, { nullable: true }),
    orbit: one(() => orbit),
    agencies: manyToMany(() => agency, 'mission_agencies', 'mission_id', 'agency_id'),
    info_urls: many(() => infoUrl, 'mission_id'),
    vid_urls: many(() => vidUrl, 'mission_id'),
  },
  views: {
    Mission: view(
      null,
      'id name type description image:Image orbit:Orbit agencies:AgencyDetailed info_urls:InfoURL vid_urls:VidURL',
    ),
  },
});
