import { datetimeFilter, defineResource, exactFilter, numberFilter } from '../engine/spec.ts';
import { expedition } from '../models/expeditions.ts';

export default defineResource({
  path: 'expeditions',
  model: expedition,
  modes: { normal: 'ExpeditionNormal', detailed: 'ExpeditionDetailed' },
  retrieve: 'ExpeditionDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    // Expeditions with this astronaut (or someone of this agency) in the crew.
    crew__astronaut: numberFilter('crew__astronaut__id'),
    crew__astronaut__agency: numberFilter('crew__astronaut__agency__id'),
    end__gt: datetimeFilter('end', 'gt'),
    end__gte: datetimeFilter('end', 'gte'),
    end__lt: datetimeFilter('end', 'lt'),
    end__lte: datetimeFilter('end', 'lte'),
    name: exactFilter('name'),
    space_station: numberFilter('spacestation__id'),
    start__gt: datetimeFilter('start', 'gt'),
    start__gte: datetimeFilter('start', 'gte'),
    start__lt: datetimeFilter('start', 'lt'),
    start__lte: datetimeFilter('start', 'lte'),
  },
  search: [
    'crew__astronaut__agency__abbrev',
    'crew__astronaut__agency__name',
    'crew__astronaut__name',
    'crew__astronaut__nationality__nationality_name',
    'name',
  ],
  ordering: ['end', 'id', 'start'],
  examples: { mode: 'detailed', filter: 'space_station=1', search: 'Williams', ordering: '-start' },
});
