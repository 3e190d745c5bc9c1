import {
  containsFilter,
  dateFilter,
  defineResource,
  exactFilter,
  numberFilter,
  numberFilters,
} from '../engine/spec.ts';
import { launcherConfigFamily } from '../models/launcher-configurations.ts';

export default defineResource({
  path: 'launcher_configuration_families',
  model: launcherConfigFamily,
  modes: { normal: 'LauncherConfigFamilyNormal', list: 'LauncherConfigFamilyMini', detailed: 'LauncherConfigFamilyDetailed' },
  retrieve: 'LauncherConfigFamilyDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body. A family
  // may have several manufacturers: a `manufacturer__*` filter matches if any of them does.
  filters: {
    ...numberFilters('attempted_landings'),
    ...numberFilters('consecutive_successful_landings'),
    ...numberFilters('consecutive_successful_launches'),
    ...numberFilters('failed_landings'),
    ...numberFilters('failed_launches'),
    maiden_flight: dateFilter('maiden_flight'),
    maiden_flight__gt: dateFilter('maiden_flight', 'gt'),
    maiden_flight__gte: dateFilter('maiden_flight', 'gte'),
    maiden_flight__lt: dateFilter('maiden_flight', 'lt'),
    maiden_flight__lte: dateFilter('maiden_flight', 'lte'),
    manufacturer__abbrev: exactFilter('manufacturer__abbrev'),
    manufacturer__abbrev__contains: containsFilter('manufacturer__abbrev'),
    // LL2's agencies kept their countries as one code string; Apogee's have country rows, so
    // the code matches any country of any manufacturer (exact, case-sensitive).
    manufacturer__country_code: exactFilter('manufacturer__country__alpha_3_code'),
    manufacturer__id: numberFilter('manufacturer__id'),
    // A number filter with Django's `contains` lookup on the integer id (BEHAVIOR.md §5.3 quirk):
    // the manufacturer id's digits contain the value's.
    manufacturer__id__contains: numberFilter('manufacturer__id', 'contains'),
    manufacturer__name: exactFilter('manufacturer__name'),
    manufacturer__name__contains: containsFilter('manufacturer__name'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
    ...numberFilters('pending_launches'),
    ...numberFilters('successful_landings'),
    ...numberFilters('successful_launches'),
    ...numberFilters('total_launch_count'),
  },
  search: ['manufacturer__abbrev', 'manufacturer__name', 'name'],
  ordering: [
    'attempted_landings',
    'consecutive_successful_landings',
    'consecutive_successful_launches',
    'failed_landings',
    'failed_launches',
    'name',
    'pending_launches',
    'successful_landings',
    'successful_launches',
    'total_launch_count',
  ],
  examples: { mode: 'list', filter: 'manufacturer__name=SpaceX', search: 'Ariane', ordering: '-total_launch_count' },
});
