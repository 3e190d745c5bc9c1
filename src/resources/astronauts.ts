import {
  booleanFilter,
  type ComparisonOperator,
  csvFilter,
  dateFilter,
  datetimeFilter,
  defineResource,
  exactFilter,
  type Filter,
  numberFilter,
  numberFilters,
} from '../engine/spec.ts';
import { astronaut } from '../models/astronauts.ts';

/** `name`, `name__gt`, `name__gte`, `name__lt`, `name__lte` with a date or date-time filter. */
function comparisons(name: string, make: (path: string, op: ComparisonOperator) => Filter): Record<string, Filter> {
  return {
    [name]: make(name, 'exact'),
    [`${name}__gt`]: make(name, 'gt'),
    [`${name}__gte`]: make(name, 'gte'),
    [`${name}__lt`]: make(name, 'lt'),
    [`${name}__lte`]: make(name, 'lte'),
  };
}

export default defineResource({
  path: 'astronauts',
  model: astronaut,
  // `list` shows AstronautDetailed: LL2's Polymorphic mapping for this endpoint says so.
  modes: { normal: 'AstronautEndpointNormal', list: 'AstronautDetailed', detailed: 'AstronautEndpointDetailed' },
  retrieve: 'AstronautEndpointDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    ...numberFilters('age'),
    agency_ids: csvFilter('agency', 'number'),
    ...comparisons('date_of_birth', dateFilter),
    ...comparisons('date_of_death', dateFilter),
    ...comparisons('first_flight', datetimeFilter),
    ...numberFilters('flights_count'),
    // Astronauts with at least one flight (true) or none (false), as the API's ancestor
    // (SpaceLaunchNow's `has_flown`: any crew seat) did.
    has_flown: booleanFilter('flights'),
    in_space: booleanFilter('in_space'),
    is_human: booleanFilter('is_human'),
    ...numberFilters('landings_count'),
    ...comparisons('last_flight', datetimeFilter),
    // The nationality's adjective ("American"), matched exactly as the ancestor's
    // `?nationality=American` was; an astronaut with several nationalities matches any of them.
    nationality: exactFilter('nationality__nationality_name'),
    status_ids: csvFilter('status', 'number'),
    type__id: numberFilter('type__id'),
  },
  search: ['agency__abbrev', 'agency__name', 'name', 'nationality__nationality_name'],
  ordering: [
    'age',
    'date_of_birth',
    'eva_time',
    'flights_count',
    'id',
    'landings_count',
    'last_flight',
    'name',
    'spacewalks_count',
    'status',
    'time_in_space',
  ],
  examples: { mode: 'list', filter: 'has_flown=true', search: 'Williams', ordering: '-time_in_space' },
});
