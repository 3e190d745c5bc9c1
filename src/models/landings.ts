import { bool, defineModel, float, int, one, selfUrl, text, view } from '../engine/spec.ts';
import { celestialBody } from './celestial-bodies.ts';
import { image } from './images.ts';
import { location } from './locations.ts';

export const landingType = defineModel({
  name: 'LandingType',
  table: 'landing_types',
  fields: { id: int(), name: text(), abbrev: text(), description: text({ nullable: true }) },
  views: { LandingType: view(null, 'id name abbrev description') },
});

export const landingLocation = defineModel({
  name: 'LandingLocation',
  table: 'landing_locations',
  fields: {
    id: int(),
    name: text(),
    active: bool(),
    abbrev: text(),
    description: text({ nullable: true }),
    location: one(() => location),
    longitude: float({ nullable: true }),
    latitude: float({ nullable: true }),
    image: one(() => image, { nullable: true }),
    successful_landings: int({ nullable: true }),
    attempted_landings: int({ nullable: true }),
    failed_landings: int({ nullable: true }),
    celestial_body: one(() => celestialBody),
  },
  views: {
    LandingLocation: view(
      null,
      'id name active abbrev description location:LocationSerializerNoCelestialBody longitude latitude image:Image successful_landings attempted_landings failed_landings celestial_body:CelestialBodyNormal',
    ),
  },
});

export const landing = defineModel({
  name: 'Landing',
  table: 'landings',
  fields: {
    id: int(),
    url: selfUrl('landings'),
    attempt: bool(),
    success: bool({ nullable: true }),
    description: text(),
    downrange_distance: float({ nullable: true }),
    landing_location: one(() => landingLocation),
    type: one(() => landingType),
  },
  views: {
    Landing: view(
      null,
      'id url attempt success description downrange_distance landing_location:LandingLocation type:LandingType',
    ),
  },
});
