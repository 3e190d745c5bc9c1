import { defineResource } from '../engine/spec.ts';
import { celestialBody } from '../models/celestial-bodies.ts';

// LL2 documents no filters here, only search and ordering.
export default defineResource({
  path: 'celestial_bodies',
  model: celestialBody,
  modes: { normal: 'CelestialBodyNormal', list: 'CelestialBodyMini', detailed: 'CelestialBodyEndpointDetailed' },
  retrieve: 'CelestialBodyEndpointDetailed',
  search: ['name', 'type__name'],
  ordering: ['id', 'name'],
  examples: { mode: 'list', search: 'Moon', ordering: '-name' },
});
