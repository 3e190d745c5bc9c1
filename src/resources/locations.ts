import { containsFilter, defineResource, exactFilter, numberFilter, numberFilters } from '../engine/spec.ts';
import { location } from '../models/locations.ts';

export default defineResource({
  path: 'locations',
  model: location,
  modes: { normal: 'Location', detailed: 'LocationSerializerWithPads' },
  retrieve: 'LocationSerializerWithPads',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    // Unlike agencies' comma-separated `country_code`, LL2 types this one as a plain string
    // ("Country Code"): one ISO alpha-3 code, matched exactly.
    country_code: exactFilter('country__alpha_3_code'),
    id: numberFilter('id'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
    ...numberFilters('total_landing_count'),
    ...numberFilters('total_launch_count'),
  },
  search: ['country__alpha_3_code', 'name'],
  ordering: ['total_landing_count', 'total_launch_count'],
  examples: { mode: 'detailed', filter: 'country_code=CHN', search: 'Baikonur', ordering: '-total_launch_count' },
});
