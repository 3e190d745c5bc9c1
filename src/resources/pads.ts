import {
  containsFilter,
  csvFilter,
  defineResource,
  exactFilter,
  type Filter,
  numberFilter,
  numberFilters,
} from '../engine/spec.ts';
import { pad } from '../models/pads.ts';

/** LL2 documents only the strict comparisons of a pad's coordinates, not the exact value. */
function coordinateFilters(name: string): Record<string, Filter> {
  const { [name]: _exact, ...comparisons } = numberFilters(name);
  return comparisons;
}

export default defineResource({
  path: 'pads',
  model: pad,
  view: 'Pad',
  retrieve: 'Pad',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    // The ids of any of the pad's agencies.
    agencies_ids: csvFilter('agencies', 'integer'),
    id: numberFilter('id'),
    // A number filter with Django's `contains` lookup on the integer id (BEHAVIOR.md §5.3 quirk):
    // the id's digits contain the value's.
    id__contains: numberFilter('id', 'contains'),
    ...coordinateFilters('latitude'),
    // `location__id` walks to the location's primary key, so django-filter makes it a
    // NumberFilter (an unknown id lists nothing), like agencies' `type__id` (BEHAVIOR.md §5.2).
    location__id: numberFilter('location__id'),
    location__name: exactFilter('location__name'),
    location__name__contains: containsFilter('location__name'),
    ...coordinateFilters('longitude'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
    ...numberFilters('orbital_launch_attempt_count'),
    ...numberFilters('total_launch_count'),
  },
  search: ['location__name', 'name', 'orbital_launch_attempt_count', 'total_launch_count'],
  ordering: ['id', 'location__id', 'location__name', 'name', 'orbital_launch_attempt_count', 'total_launch_count'],
  examples: { filter: 'location__id=1', search: '39A', ordering: '-orbital_launch_attempt_count' },
});
