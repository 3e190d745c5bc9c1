import { booleanFilter, choiceFilter, defineResource, exactFilter } from '../engine/spec.ts';
import { spacecraft } from '../models/spacecraft.ts';

export default defineResource({
  path: 'spacecraft',
  model: spacecraft,
  modes: { normal: 'SpacecraftNormal', detailed: 'SpacecraftEndpointDetailed' },
  retrieve: 'SpacecraftEndpointDetailed',
  filters: {
    in_space: booleanFilter('in_space'),
    is_placeholder: booleanFilter('is_placeholder'),
    name: exactFilter('name'),
    spacecraft_config: choiceFilter('spacecraft_config'),
    status: choiceFilter('status'),
  },
  search: ['name', 'spacecraft_config__name'],
  ordering: ['flights_count', 'id', 'mission_ends_count', 'time_docked', 'time_in_space'],
  examples: { mode: 'detailed', filter: 'is_placeholder=True', search: 'Endeavour', ordering: '-flights_count' },
});
