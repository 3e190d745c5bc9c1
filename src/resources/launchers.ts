import {
  booleanFilter,
  choiceFilter,
  containsFilter,
  csvFilter,
  datetimeFilter,
  defineResource,
  exactFilter,
  numberFilter,
  numberFilters,
} from '../engine/spec.ts';
import { launcher } from '../models/launchers.ts';

export default defineResource({
  path: 'launchers',
  model: launcher,
  modes: { normal: 'LauncherNormal', list: 'LauncherMini', detailed: 'LauncherDetailed' },
  retrieve: 'LauncherDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    ...numberFilters('attempted_landings'),
    first_launch_date: datetimeFilter('first_launch_date'),
    flight_proven: booleanFilter('flight_proven'),
    ...numberFilters('flights'),
    id: numberFilter('id'),
    // A number filter with Django's `contains` lookup on the integer id (BEHAVIOR.md §5.3 quirk):
    // the id's digits contain the value's.
    id__contains: numberFilter('id', 'contains'),
    is_placeholder: booleanFilter('is_placeholder'),
    last_launch_date: datetimeFilter('last_launch_date'),
    launcher_config__ids: csvFilter('launcher_config', 'integer'),
    launcher_config__manufacturer__name: exactFilter('launcher_config__manufacturer__name'),
    launcher_config__manufacturer__name__contains: containsFilter('launcher_config__manufacturer__name'),
    serial_number: exactFilter('serial_number'),
    serial_number__contains: containsFilter('serial_number'),
    status: choiceFilter('status'),
    ...numberFilters('successful_landings'),
  },
  search: ['serial_number', 'status__name'],
  ordering: ['attempted_landings', 'flight_proven', 'flights', 'id', 'successful_landings'],
  examples: { mode: 'list', filter: 'is_placeholder=True', search: 'B1058', ordering: '-flights' },
});
