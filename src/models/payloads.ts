import {
  defineModel,
  float,
  int,
  many,
  manyToMany,
  nameList,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { dockingEvent } from './docking-events.ts';
import { image } from './images.ts';
import { landing } from './landings.ts';
import { launch } from './launches.ts';
import { program } from './programs.ts';

export const payloadType = nameList('PayloadType', 'payload_types');

export const payload = defineModel({
  name: 'Payload',
  table: 'payloads',
  fields: {
    id: int(),
    name: text(),
    type: one(() => payloadType),
    manufacturer: one(() => agency),
    operator: one(() => agency),
    image: one(() => image, { nullable: true }),
    wiki_link: text(),
    info_link: text(),
    program: manyToMany(() => program, 'payload_programs', 'payload_id', 'program_id'),
    cost: int({ nullable: true }),
    mass: float({ nullable: true }),
    description: text(),
    // The flights that carried it: LL2 searches their destination and launch name
    // (`payloadflight__…`); no view shows it.
    payloadflight: many(() => payloadFlight, 'payload_id'),
  },
  views: {
    PayloadMini: view('list', 'response_mode id name type:PayloadType manufacturer:AgencyMini operator:AgencyMini image:Image'),
    PayloadNormal: view(
      'normal',
      'response_mode id name type:PayloadType manufacturer:AgencyNormal operator:AgencyNormal image:Image wiki_link info_link program:ProgramMini cost mass description',
    ),
    PayloadDetailed: view(
      'detailed',
      'response_mode id name type:PayloadType manufacturer:AgencyDetailed operator:AgencyDetailed image:Image wiki_link info_link program:ProgramNormal cost mass description',
    ),
  },
});

/** One payload carried on one launch. */
export const payloadFlight = defineModel({
  name: 'PayloadFlight',
  table: 'payload_flights',
  fields: {
    id: int(),
    url: selfUrl('payload_flights'),
    destination: text({ nullable: true }),
    amount: int(),
    payload: one(() => payload),
    launch: one(() => launch),
    // The schema says non-null, but a payload that stays in space has no landing; as SpacecraftFlight.landing.
    landing: one(() => landing, { nullable: true }),
    docking_events: many(() => dockingEvent, 'payload_flight_chaser_id', { orderBy: 'docking' }),
  },
  views: {
    PayloadFlightMini: view('list', 'response_mode id url destination amount payload:PayloadMini launch:LaunchMini landing:Landing'),
    PayloadFlightNormal: view(
      'normal',
      'response_mode id url destination amount payload:PayloadNormal launch:LaunchNormal landing:Landing',
    ),
    PayloadFlightDetailed: view(
      'detailed',
      'response_mode id url destination amount payload:PayloadDetailed launch:LaunchNormal landing:Landing docking_events:DockingEventForChaserNormal',
    ),
    // Nested in a rocket (RocketDetailed.payloads), which already is the launch's.
    PayloadFlightSerializerNoLaunch: view(
      'detailed',
      'response_mode id url destination amount payload:PayloadDetailed landing:Landing docking_events:DockingEventForChaserNormal',
    ),
    // Nested in a landing (LandingEndpoint*), which already is the flight's landing.
    PayloadFlightMiniSerializerNoLanding: view('list', 'response_mode id url destination amount payload:PayloadMini launch:LaunchMini'),
    PayloadFlightNormalSerializerNoLanding: view(
      'normal',
      'response_mode id url destination amount payload:PayloadNormal launch:LaunchNormal',
    ),
    PayloadFlightDetailedSerializerNoLanding: view(
      'detailed',
      'response_mode id url destination amount payload:PayloadDetailed launch:LaunchNormal docking_events:DockingEventForChaserNormal',
    ),
  },
});
