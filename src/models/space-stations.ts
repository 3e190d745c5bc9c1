import {
  date,
  defineModel,
  float,
  int,
  many,
  manyToMany,
  nameList,
  nameOf,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { dockingEvent, dockingLocation } from './docking-events.ts';
import { expedition } from './expeditions.ts';
import { image } from './images.ts';
import { orbit } from './missions.ts';

export const spaceStationStatus = nameList('SpaceStationStatus', 'space_station_statuses');

export const spaceStationType = nameList('SpaceStationType', 'space_station_types');

const stationMiniFields = 'id url name image:Image';
const stationNormalFields = `${stationMiniFields} status:SpaceStationStatus founded deorbited description orbit type:SpaceStationType`;
const stationEndpointFields = `${stationNormalFields} owners:AgencyNormal response_mode active_expeditions:ExpeditionMini`;

export const spaceStation = defineModel({
  name: 'SpaceStation',
  table: 'space_stations',
  fields: {
    id: int(),
    url: selfUrl('space_stations'),
    name: text(),
    image: one(() => image, { nullable: true }),
    status: one(() => spaceStationStatus),
    founded: date(),
    deorbited: date({ nullable: true }),
    description: text(),
    // LL2 shows only the orbit's name ("Low Earth Orbit"); the key behind it serves filters.
    orbit: nameOf(() => orbit, 'orbit_id', 'orbit_name'),
    type: one(() => spaceStationType),
    owners: manyToMany(() => agency, 'space_station_owners', 'space_station_id', 'agency_id'),
    // Expeditions under way, by start (the link is derived when data is written).
    active_expeditions: many(() => expedition, 'active_spacestation_id', { orderBy: 'start' }),
    height: float({ nullable: true }),
    width: float({ nullable: true }),
    mass: float({ nullable: true }),
    volume: int({ nullable: true }),
    // Computed when data is written (src/ingest/people-statistics.ts): the people on board and
    // the vehicles docked at that moment.
    onboard_crew: int({ nullable: true }),
    docked_vehicles: int({ nullable: true }),
    docking_location: many(() => dockingLocation, 'spacestation_id', { orderBy: 'position' }),
    // Dockings this station makes as the chaser (it docks to something else) that have not
    // ended: listed with DockingEventForChaserNormal, which leaves the chaser out. Vehicles
    // docked *to* the station appear under `docking_location[].currently_docked` instead; the
    // reference fixture shows the ISS with six vehicles there and `active_docking_events: []`.
    active_docking_events: many(() => dockingEvent, 'active_chaser_station_id', { orderBy: 'docking' }),
  },
  views: {
    SpaceStationMini: view(null, stationMiniFields),
    SpaceStationNormal: view(null, stationNormalFields),
    // Nested in ExpeditionDetailed and SpacewalkEndpointDetailed.
    SpaceStationDetailed: view(null, `${stationNormalFields} owners:AgencyNormal`),
    SpaceStationEndpoint: view('normal', stationEndpointFields),
    SpaceStationDetailedEndpoint: view(
      'detailed',
      `${stationEndpointFields} height width mass volume onboard_crew docked_vehicles docking_location:DockingLocationSerializerForSpacestation active_docking_events:DockingEventForChaserNormal`,
    ),
  },
});
