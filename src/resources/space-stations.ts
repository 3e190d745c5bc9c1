import {
  choiceFilter,
  containsFilter,
  csvFilter,
  defineResource,
  exactFilter,
  multipleChoiceFilter,
  numberFilter,
  numberFilters,
} from '../engine/spec.ts';
import { spaceStation } from '../models/space-stations.ts';

export default defineResource({
  path: 'space_stations',
  model: spaceStation,
  modes: { normal: 'SpaceStationEndpoint', detailed: 'SpaceStationDetailedEndpoint' },
  retrieve: 'SpaceStationDetailedEndpoint',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  // `orbit`, `status` and `type` are foreign keys (ModelChoiceFilter: an unknown id is a 400);
  // `owners` is the many-to-many (ModelMultipleChoiceFilter, the key repeated, any of them).
  filters: {
    ...numberFilters('docked_vehicles'),
    id: numberFilter('id'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
    ...numberFilters('onboard_crew'),
    orbit: choiceFilter('orbit'),
    owner__ids: csvFilter('owners', 'integer'),
    owners: multipleChoiceFilter('owners'),
    status: choiceFilter('status'),
    status__ids: csvFilter('status', 'integer'),
    type: choiceFilter('type'),
  },
  search: ['name', 'owners__abbrev', 'owners__name'],
  ordering: ['docked_vehicles', 'founded', 'id', 'name', 'onboard_crew', 'status', 'type', 'volume'],
  examples: { mode: 'detailed', filter: 'onboard_crew__gte=1', search: 'Tiangong', ordering: 'founded' },
});
