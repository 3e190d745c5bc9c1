import { containsFilter, csvFilter, datePartFilter, datetimeFilter, defineResource, exactFilter, numberFilter } from '../engine/spec.ts';
import { spacewalk } from '../models/spacewalks.ts';

export default defineResource({
  path: 'spacewalks',
  model: spacewalk,
  modes: { normal: 'SpacewalkEndpointNormal', list: 'SpacewalkList', detailed: 'SpacewalkEndpointDetailed' },
  retrieve: 'SpacewalkEndpointDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body. The
  // `*__ids` lists are comma-separated, any of them; year/month/day are of `start`.
  filters: {
    astronaut__ids: csvFilter('crew__astronaut', 'integer'),
    day: datePartFilter('start', 'day'),
    end: datetimeFilter('end'),
    end__gt: datetimeFilter('end', 'gt'),
    end__gte: datetimeFilter('end', 'gte'),
    end__lt: datetimeFilter('end', 'lt'),
    end__lte: datetimeFilter('end', 'lte'),
    event__ids: csvFilter('event', 'integer'),
    id: numberFilter('id'),
    ids: csvFilter('id', 'integer'),
    // Spacewalks made from the spacecraft flown on these launches.
    launch__ids: csvFilter('spacecraft_flight__launch'),
    month: datePartFilter('start', 'month'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
    // LL2 does not say whose agency "owner" is; Apogee takes the spacewalkers' agencies.
    owner__ids: csvFilter('crew__astronaut__agency', 'number'),
    program__ids: csvFilter('program', 'integer'),
    program__name: exactFilter('program__name'),
    program__name__contains: containsFilter('program__name'),
    spacestation__ids: csvFilter('spacestation', 'integer'),
    start__gt: datetimeFilter('start', 'gt'),
    start__gte: datetimeFilter('start', 'gte'),
    start__lt: datetimeFilter('start', 'lt'),
    start__lte: datetimeFilter('start', 'lte'),
    year: datePartFilter('start', 'year'),
  },
  search: ['crew__astronaut__name', 'location', 'name', 'program__name'],
  ordering: ['duration', 'end', 'id', 'name', 'start'],
  examples: { mode: 'list', filter: 'program__name=Apollo', search: 'Williams', ordering: '-duration' },
});
