import { bool, defineModel, float, int, many, one, selfUrl, text, view } from '../engine/spec.ts';
import { country } from './agencies.ts';
import { celestialBody } from './celestial-bodies.ts';
import { image } from './images.ts';
import { pad } from './pads.ts';

const locationTail =
  'active country:Country description image:Image map_image longitude latitude timezone_name total_launch_count total_landing_count';

export const location = defineModel({
  name: 'Location',
  table: 'locations',
  fields: {
    id: int(),
    url: selfUrl('locations'),
    name: text(),
    celestial_body: one(() => celestialBody),
    active: bool(),
    country: one(() => country, { nullable: true }),
    description: text({ nullable: true }),
    image: one(() => image, { nullable: true }),
    map_image: text({ nullable: true }),
    longitude: float({ nullable: true }),
    latitude: float({ nullable: true }),
    timezone_name: text(),
    total_launch_count: int({ nullable: true }),
    total_landing_count: int({ nullable: true }),
    pads: many(() => pad, 'location_id'),
  },
  views: {
    Location: view('normal', `response_mode id url name celestial_body:CelestialBodyDetailed ${locationTail}`),
    // Nested in a landing location, which shows the celestial body itself.
    LocationSerializerNoCelestialBody: view('normal', `response_mode id url name ${locationTail}`),
    // `mode=detailed` and `{id}/` of /locations/.
    LocationSerializerWithPads: view(
      'detailed',
      `response_mode id url name celestial_body:CelestialBodyDetailed ${locationTail} pads:PadSerializerNoLocation`,
    ),
  },
});
