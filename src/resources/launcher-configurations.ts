import {
  booleanFilter,
  containsFilter,
  dateFilter,
  defineResource,
  exactFilter,
  type Filter,
  multipleChoiceFilter,
  numberFilters,
} from '../engine/spec.ts';
import { launcherConfiguration } from '../models/launcher-configurations.ts';

/** `maiden_flight` and its comparisons: django-filter DateFilters on the date column. */
function dateFilters(name: string): Record<string, Filter> {
  return {
    [name]: dateFilter(name),
    [`${name}__gt`]: dateFilter(name, 'gt'),
    [`${name}__gte`]: dateFilter(name, 'gte'),
    [`${name}__lt`]: dateFilter(name, 'lt'),
    [`${name}__lte`]: dateFilter(name, 'lte'),
  };
}

export default defineResource({
  path: 'launcher_configurations',
  model: launcherConfiguration,
  modes: { normal: 'LauncherConfigNormal', list: 'LauncherConfigList', detailed: 'LauncherConfigDetailed' },
  retrieve: 'LauncherConfigDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    active: booleanFilter('active'),
    ...numberFilters('attempted_landings'),
    ...numberFilters('consecutive_successful_landings'),
    ...numberFilters('consecutive_successful_launches'),
    ...numberFilters('failed_landings'),
    ...numberFilters('failed_launches'),
    // Repeat-key ids (`families=1&families=2`), any of them (ModelMultipleChoiceFilter).
    families: multipleChoiceFilter('families'),
    // Django has no `contains` lookup on a relation; Apogee reads it as `families` (any of the ids).
    families__contains: multipleChoiceFilter('families'),
    full_name: exactFilter('full_name'),
    full_name__contains: containsFilter('full_name'),
    is_placeholder: booleanFilter('is_placeholder'),
    ...dateFilters('maiden_flight'),
    manufacturer__name: exactFilter('manufacturer__name'),
    manufacturer__name__contains: containsFilter('manufacturer__name'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
    ...numberFilters('pending_launches'),
    program: multipleChoiceFilter('program'),
    // As `families__contains`: the same ids as `program`.
    program__contains: multipleChoiceFilter('program'),
    ...numberFilters('successful_landings'),
    ...numberFilters('successful_launches'),
    ...numberFilters('total_launch_count'),
  },
  search: ['full_name', 'manufacturer__abbrev', 'manufacturer__name', 'name'],
  ordering: [
    'attempted_landings',
    'consecutive_successful_landings',
    'consecutive_successful_launches',
    'failed_landings',
    'failed_launches',
    'gto_capacity',
    'launch_cost',
    'launch_mass',
    'leo_capacity',
    'maiden_flight',
    'name',
    'pending_launches',
    'successful_landings',
    'successful_launches',
    'total_launch_count',
  ],
  examples: { mode: 'list', filter: 'manufacturer__name=SpaceX', search: 'Soyuz', ordering: '-total_launch_count' },
});
