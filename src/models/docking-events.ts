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
    // The docking event occupying the port now, or null: derived when data is written
    // (src/ingest/people-statistics.ts).
    currently_docked: one(() => dockingEvent, { nullable: true }),
  },
  // The port's place in its station's list as last imported (LL2's order is not by id).
  extraColumns: { position: 'int' },
  views: {
    DockingLocation: view(
      null,
      'id name spacestation:SpaceStationMini spacecraft:SpacecraftConfigNormal payload:PayloadMini',
    ),
    // Listed under its station (SpaceStationDetailedEndpoint.docking_location).
    DockingLocationSerializerForSpacestation: view(null, 'id name currently_docked:DockingEventDetailedSerializerForSpacestation'),
  },
});

const dockingEventHead = 'id url docking departure docking_location:DockingLocation';

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
  // The station whose `active_docking_events` lists this event: its `space_station_chaser`
  // while the docking lasts, else null. Derived when data is written
  // (src/ingest/people-statistics.ts); an LL2 import sets it from the station's list.
  extraColumns: { active_chaser_station_id: 'int' },
  views: {
    // Listed under the chasing flight, so the chaser itself is left out.
    DockingEventForChaserNormal: view(
      null,
      'id url docking departure docking_location:DockingLocation space_station_target:SpaceStationNormal flight_vehicle_target:SpacecraftFlightNormal payload_flight_target:PayloadFlightNormal',
    ),
    DockingEventEndpointNormal: view(
      'normal',
      `${dockingEventHead} space_station_target:SpaceStationMini flight_vehicle_target:SpacecraftFlightMini payload_flight_target:PayloadFlightMini response_mode flight_vehicle_chaser:SpacecraftFlightMini space_station_chaser:SpaceStationMini payload_flight_chaser:PayloadFlightMini`,
    ),
    DockingEventEndpointDetailed: view(
      'detailed',
      `${dockingEventHead} space_station_target:SpaceStationMini flight_vehicle_target:SpacecraftFlightMini payload_flight_target:PayloadFlightMini response_mode flight_vehicle_chaser:SpacecraftFlightNormal space_station_chaser:SpaceStationNormal payload_flight_chaser:PayloadFlightNormal`,
    ),
    // Shown as the port's current occupant (DockingLocationSerializerForSpacestation), so the
    // port and the target (the station itself) are left out.
    DockingEventDetailedSerializerForSpacestation: view(
      null,
      'id url docking departure flight_vehicle_chaser:SpacecraftFlightForDockingEvent space_station_chaser:SpaceStationNormal payload_flight_chaser:PayloadFlightNormal',
    ),
  },
});
