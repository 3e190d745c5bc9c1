import { booleanFilter, choiceFilter, defineResource, exactFilter } from '../engine/spec.ts';
import { spacecraftConfiguration } from '../models/spacecraft-configurations.ts';

export default defineResource({
  path: 'spacecraft_configurations',
  model: spacecraftConfiguration,
  modes: { normal: 'SpacecraftConfigNormal', detailed: 'SpacecraftConfigDetailed' },
  retrieve: 'SpacecraftConfigDetailed',
  filters: {
    agency: choiceFilter('agency'),
    human_rated: booleanFilter('human_rated'),
    in_use: booleanFilter('in_use'),
    name: exactFilter('name'),
  },
  search: ['agency__abbrev', 'agency__name', 'name'],
  ordering: ['name'],
  examples: { mode: 'detailed', filter: 'human_rated=True', search: 'Dragon', ordering: 'name' },
});
