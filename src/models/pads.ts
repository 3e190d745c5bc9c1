import { bool, defineModel, duration, float, int, manyToMany, one, selfUrl, text, view } from '../engine/spec.ts';
import { agency, country } from './agencies.ts';
import { image } from './images.ts';
import { location } from './locations.ts';

const padTail =
  'name image:Image description info_url wiki_url map_url latitude longitude country:Country map_image total_launch_count orbital_launch_attempt_count fastest_turnaround';

export const pad = defineModel({
  name: 'Pad',
  table: 'pads',
  fields: {
    id: int(),
    url: selfUrl('pads'),
    active: bool(),
    agencies: manyToMany(() => agency, 'pad_agencies', 'pad_id', 'agency_id'),
    name: text(),
    image: one(() => image, { nullable: true }),
    description: text({ nullable: true }),
    info_url: text({ nullable: true }),
    wiki_url: text({ nullable: true }),
    map_url: text({ nullable: true }),
    latitude: float({ nullable: true }),
    longitude: float({ nullable: true }),
    country: one(() => country, { nullable: true }),
    map_image: text({ nullable: true }),
    total_launch_count: int({ nullable: true }),
    orbital_launch_attempt_count: int({ nullable: true }),
    fastest_turnaround: duration({ nullable: true }),
    location: one(() => location, { nullable: true }),
  },
  views: {
    Pad: view(null, `id url active agencies:AgencyNormal ${padTail} location:Location`),
    // Nested in a location's `pads` (LocationSerializerWithPads): agencies shrink to AgencyMini.
    PadSerializerNoLocation: view(null, `id url active agencies:AgencyMini ${padTail}`),
  },
});
