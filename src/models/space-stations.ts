import { date, defineModel, int, nameOf, one, selfUrl, text, view } from '../engine/spec.ts';
import { image } from './images.ts';
import { orbit } from './missions.ts';

export const spaceStationStatus = defineModel({
  name: 'SpaceStationStatus',
  table: 'space_station_statuses',
  fields: { id: int(), name: text() },
  views: { SpaceStationStatus: view(null, 'id name') },
});

export const spaceStationType = defineModel({
  name: 'SpaceStationType',
  table: 'space_station_types',
  fields: { id: int(), name: text() },
  views: { SpaceStationType: view(null, 'id name') },
});

const stationMiniFields = 'id url name image:Image';

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
  },
  views: {
    SpaceStationMini: view(null, stationMiniFields),
    SpaceStationNormal: view(
      null,
      `${stationMiniFields} status:SpaceStationStatus founded deorbited description orbit type:SpaceStationType`,
    ),
  },
});
