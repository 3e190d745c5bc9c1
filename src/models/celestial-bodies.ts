import { bool, defineModel, float, int, many, nameList, one, text, view } from '../engine/spec.ts';
import { image } from './images.ts';
import { location } from './locations.ts';

export const celestialBodyType = nameList('CelestialBodyType', 'celestial_body_types');

const bodyNormalFields = 'id name type:CelestialBodyType diameter mass gravity length_of_day atmosphere image:Image description wiki_url';

const bodyStatistics =
  'total_attempted_launches successful_launches failed_launches total_attempted_landings successful_landings failed_landings';

export const celestialBody = defineModel({
  name: 'CelestialBody',
  table: 'celestial_bodies',
  fields: {
    id: int(),
    name: text(),
    type: one(() => celestialBodyType),
    diameter: float({ nullable: true }),
    mass: float({ nullable: true }),
    gravity: float({ nullable: true }),
    // LL2 prints this one in Django's "1 00:00:00" form, not ISO 8601, so it is kept as the text LL2 shows.
    length_of_day: text({ nullable: true }),
    atmosphere: bool(),
    image: one(() => image),
    description: text({ nullable: true }),
    wiki_url: text({ nullable: true }),
    // Unlike the other models' statistics these are never null in LL2 (counted, not stored).
    total_attempted_launches: int(),
    successful_launches: int(),
    failed_launches: int(),
    total_attempted_landings: int(),
    successful_landings: int(),
    failed_landings: int(),
    locations: many(() => location, 'celestial_body_id'),
  },
  views: {
    CelestialBodyMini: view('list', 'response_mode id name'),
    CelestialBodyNormal: view('normal', `response_mode ${bodyNormalFields}`),
    // LL2 gives the detailed form the response_mode "normal".
    CelestialBodyDetailed: view('normal', `response_mode ${bodyNormalFields} ${bodyStatistics}`),
    // `mode=detailed` and `{id}/` of /celestial_bodies/: the body with its locations.
    CelestialBodyEndpointDetailed: view(
      'detailed',
      `response_mode ${bodyNormalFields} ${bodyStatistics} locations:LocationSerializerNoCelestialBody`,
    ),
  },
});
