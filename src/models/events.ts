// Events that are not launches: dockings, spacewalks, landings, tests, press conferences
// (LL2's `Event`, EventEndpointList/Normal/Detailed). An event's links, updates and the
// objects it concerns are kept in link tables: the linked rows belong to other models too.
import {
  bool,
  datetime,
  defineModel,
  duration,
  int,
  manyToMany,
  nameList,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { astronaut } from './astronauts.ts';
import { expedition } from './expeditions.ts';
import { image } from './images.ts';
import { launch, netPrecision } from './launches.ts';
import { infoUrl, vidUrl } from './missions.ts';
import { program } from './programs.ts';
import { spaceStation } from './space-stations.ts';
import { update } from './updates.ts';

export const eventType = nameList('EventType', 'event_types');

const eventListFields =
  'id url name info_urls:InfoURL vid_urls:VidURL image:Image date slug type:EventType description webcast_live location date_precision:NetPrecision response_mode duration';

export const event = defineModel({
  name: 'Event',
  table: 'events',
  fields: {
    id: int(),
    url: selfUrl('events'),
    name: text(),
    info_urls: manyToMany(() => infoUrl, 'event_info_urls', 'event_id', 'info_url_id'),
    vid_urls: manyToMany(() => vidUrl, 'event_vid_urls', 'event_id', 'vid_url_id'),
    image: one(() => image, { nullable: true }),
    date: datetime({ nullable: true }),
    slug: text(),
    type: one(() => eventType),
    description: text(),
    webcast_live: bool(),
    location: text({ nullable: true }),
    date_precision: one(() => netPrecision, { nullable: true }),
    // How long the event lasts, when known (a spacewalk's hours); null for an instant.
    duration: duration({ nullable: true }),
    updates: manyToMany(() => update, 'event_updates', 'event_id', 'update_id'),
    last_updated: datetime(),
    agencies: manyToMany(() => agency, 'event_agencies', 'event_id', 'agency_id'),
    launches: manyToMany(() => launch, 'event_launches', 'event_id', 'launch_id'),
    expeditions: manyToMany(() => expedition, 'event_expeditions', 'event_id', 'expedition_id'),
    spacestations: manyToMany(() => spaceStation, 'event_space_stations', 'event_id', 'space_station_id'),
    program: manyToMany(() => program, 'event_programs', 'event_id', 'program_id'),
    astronauts: manyToMany(() => astronaut, 'event_astronauts', 'event_id', 'astronaut_id'),
  },
  views: {
    // Nested in SpacewalkEndpointNormal / SpacewalkEndpointDetailed.
    EventMini: view(null, 'id url name info_urls:InfoURL vid_urls:VidURL image:Image date'),
    EventNormal: view(null, 'id url name info_urls:InfoURL vid_urls:VidURL image:Image date slug type:EventType description webcast_live location date_precision:NetPrecision'),
    EventEndpointList: view('list', eventListFields),
    EventEndpointNormal: view('normal', `${eventListFields} updates:Update last_updated`),
    EventEndpointDetailed: view(
      'detailed',
      `${eventListFields} updates:Update last_updated agencies:AgencyMini launches:LaunchBasic expeditions:ExpeditionNormal spacestations:SpaceStationNormal program:ProgramNormal astronauts:AstronautNormal`,
    ),
  },
});
