import { datetime, defineModel, int, one, selfUrl, text, view } from '../engine/spec.ts';
import { payload, payloadFlight } from './payloads.ts';
import { spaceStation } from './space-stations.ts';
import { spacecraftConfiguration } from './spacecraft-configurations.ts';
import { spacecraftFlight } from './spacecraft.ts';

// A port belongs to exactly one of a station, a spacecraft type or a payload, so the other two
// are null although the schema marks none of them nullable (nested serializers are never
// marked nullable there; LL2 does emit null for them, e.g. `space_station_chaser`).
export const dockingLocation = defineModel({
  name: 'DockingLocation',
  table: 'docking_locations',
  fields: {
    id: int(),
    name: text(),
    spacestation: one(() => spaceStation, { nullable: true }),
    spacecraft: one(() => spacecraftConfiguration, { nullable: true }),
    payload: one(() => payload, { nullable: true }),
  },
  views: {
    DockingLocation: view(
      null,
      'id name spacestation:SpaceStationMini spacecraft:SpacecraftConfigNormal payload:PayloadMini',
    ),
  },
});

// Likewise one chaser and one target each, out of a spacecraft flight, a station or a payload flight.
export const dockingEvent = defineModel({
  name: 'DockingEvent',
  table: 'docking_events',
  fields: {
    id: int(),
    url: selfUrl('docking_events'),
    docking: datetime(),
    departure: datetime({ nullable: true }),
    docking_location: one(() => dockingLocation),
    space_station_target: one(() => spaceStation, { nullable: true }),
    flight_vehicle_target: one(() => spacecraftFlight, { nullable: true }),
    payload_flight_target: one(() => payloadFlight, { nullable: true }),
    flight_vehicle_chaser: one(() => spacecraftFlight, { nullable: true }),
    space_station_chaser: one(() => spaceStation, { nullable: true }),
    payload_flight_chaser: one(() => payloadFlight, { nullable: true }),
  },
  views: {
    // Listed under the chasing flight, so the chaser itself is left out.
    DockingEventForChaserNormal: view(
      null,
      'id url docking departure docking_location:DockingLocation space_station_target:SpaceStationNormal flight_vehicle_target:SpacecraftFlightNormal payload_flight_target:PayloadFlightNormal',
    ),
  },
});
