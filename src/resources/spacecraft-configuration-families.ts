import { choiceFilter, defineResource, exactFilter } from '../engine/spec.ts';
import { spacecraftConfigFamily } from '../models/spacecraft-configurations.ts';

export default defineResource({
  path: 'spacecraft_configuration_families',
  model: spacecraftConfigFamily,
  modes: {
    normal: 'SpacecraftConfigFamilyNormal',
    list: 'SpacecraftConfigFamilyMini',
    detailed: 'SpacecraftConfigFamilyEndpointDetailed',
  },
  retrieve: 'SpacecraftConfigFamilyEndpointDetailed',
  filters: { manufacturer: choiceFilter('manufacturer'), name: exactFilter('name') },
  search: ['manufacturer__abbrev', 'manufacturer__name', 'name'],
  ordering: ['name'],
  examples: { mode: 'list', filter: 'manufacturer=121', search: 'Northrop', ordering: 'name' },
});
