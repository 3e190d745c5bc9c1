import {
  bool,
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
import { astronautFlight } from './astronauts.ts';
import { dockingEvent } from './docking-events.ts';
import { image } from './images.ts';
import { landing } from './landings.ts';
import { launch } from './launches.ts';
import { spacecraftConfiguration } from './spacecraft-configurations.ts';

export const spacecraftStatus = nameList('SpacecraftStatus', 'spacecraft_statuses');

const spacecraftFields =
  'id url name serial_number is_placeholder image:Image in_space time_in_space time_docked flights_count mission_ends_count status:SpacecraftStatus description';

export const spacecraft = defineModel({
  name: 'Spacecraft',
  table: 'spacecraft',
  fields: {
    id: int(),
    url: selfUrl('spacecraft'),
    name: text(),
    serial_number: text({ nullable: true }),
    is_placeholder: bool(),
    image: one(() => image, { nullable: true }),
    in_space: bool(),
    time_in_space: duration({ nullable: true }),
    time_docked: duration({ nullable: true }),
    flights_count: int({ nullable: true }),
    mission_ends_count: int({ nullable: true }),
    status: one(() => spacecraftStatus),
    description: text(),
    spacecraft_config: one(() => spacecraftConfiguration),
    fastest_turnaround: duration({ nullable: true }),
    flights: many(() => spacecraftFlight, 'spacecraft_id'),
  },
  views: {
    SpacecraftNormal: view(
      'normal',
      `response_mode ${spacecraftFields} spacecraft_config:SpacecraftConfigNormal fastest_turnaround`,
    ),
    // LL2 names the nested form "detailed" but gives it the response_mode "normal".
    SpacecraftDetailed: view(
      'normal',
      `response_mode ${spacecraftFields} spacecraft_config:SpacecraftConfigDetailed fastest_turnaround`,
    ),
    SpacecraftEndpointDetailed: view(
      'detailed',
      `response_mode ${spacecraftFields} spacecraft_config:SpacecraftConfigDetailed fastest_turnaround flights:SpacecraftFlightNormal`,
    ),
  },
});

const flightFields = 'id url destination mission_end';
const flightTail = 'launch:LaunchNormal landing:Landing duration turn_around_time response_mode';
const flightCrews =
  'launch_crew:AstronautFlight onboard_crew:AstronautFlight landing_crew:AstronautFlight docking_events:DockingEventForChaserNormal';

export const spacecraftFlight = defineModel({
  name: 'SpacecraftFlight',
  table: 'spacecraft_flights',
  fields: {
    id: int(),
    url: selfUrl('spacecraft_flights'),
    destination: text({ nullable: true }),
    mission_end: datetime({ nullable: true }),
    spacecraft: one(() => spacecraft),
    launch: one(() => launch),
    landing: one(() => landing, { nullable: true }),
    duration: duration({ nullable: true }),
    turn_around_time: duration({ nullable: true }),
    launch_crew: manyToMany(() => astronautFlight, 'spacecraft_flight_launch_crew', 'spacecraft_flight_id', 'astronaut_flight_id'),
    onboard_crew: manyToMany(() => astronautFlight, 'spacecraft_flight_onboard_crew', 'spacecraft_flight_id', 'astronaut_flight_id'),
    landing_crew: manyToMany(() => astronautFlight, 'spacecraft_flight_landing_crew', 'spacecraft_flight_id', 'astronaut_flight_id'),
    docking_events: many(() => dockingEvent, 'flight_vehicle_chaser_id', { orderBy: 'docking' }),
  },
  views: {
    SpacecraftFlightNormal: view('normal', `${flightFields} spacecraft:SpacecraftNormal ${flightTail}`),
    // Docking events' chasers and targets (DockingEventEndpoint*) and a station's docked vehicles.
    SpacecraftFlightMini: view(null, `${flightFields} spacecraft:SpacecraftNormal launch:LaunchMini landing:Landing duration turn_around_time`),
    SpacecraftFlightForDockingEvent: view(null, 'id url spacecraft:SpacecraftDetailed launch:LaunchNormal'),
    SpacecraftFlightDetailed: view(
      'detailed',
      `${flightFields} spacecraft:SpacecraftDetailed ${flightTail} launch_crew:AstronautFlight onboard_crew:AstronautFlight landing_crew:AstronautFlight docking_events:DockingEventForChaserNormal`,
    ),
    // Nested in a rocket (RocketDetailed.spacecraft_stage), which already is the launch's.
    SpacecraftFlightDetailedSerializerNoLaunch: view(
      'detailed',
      `${flightFields} spacecraft:SpacecraftDetailed landing:Landing duration turn_around_time response_mode ${flightCrews}`,
    ),
    // Nested in a landing (LandingEndpoint*), which already is the flight's landing.
    SpacecraftFlightMiniSerializerNoLanding: view(null, `${flightFields} spacecraft:SpacecraftNormal launch:LaunchMini duration turn_around_time`),
    SpacecraftFlightNormalSerializerNoLanding: view(
      'normal',
      `${flightFields} spacecraft:SpacecraftNormal launch:LaunchNormal duration turn_around_time response_mode`,
    ),
    SpacecraftFlightDetailedSerializerNoLanding: view(
      'detailed',
      `${flightFields} spacecraft:SpacecraftDetailed launch:LaunchNormal duration turn_around_time response_mode ${flightCrews}`,
    ),
  },
});
