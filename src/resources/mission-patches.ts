import { containsFilter, csvFilter, defineResource, exactFilter, numberFilter } from '../engine/spec.ts';
import { missionPatch } from '../models/programs.ts';

export default defineResource({
  path: 'mission_patches',
  model: missionPatch,
  modes: { normal: 'MissionPatch', detailed: 'MissionPatchDetailed' },
  retrieve: 'MissionPatchDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    // Walks to the agency's primary key: a NumberFilter, as agencies' `type__id` (BEHAVIOR.md §5.2).
    agency__id: numberFilter('agency__id'),
    agency__name: exactFilter('agency__name'),
    agency__name__contains: containsFilter('agency__name'),
    id: numberFilter('id'),
    ids: csvFilter('id', 'integer'),
    name: exactFilter('name'),
    name__contains: containsFilter('name'),
  },
  search: ['agency__name', 'name'],
  ordering: ['agency__name', 'id', 'name', 'priority'],
  examples: { mode: 'detailed', filter: 'agency__id=1', search: 'Apollo', ordering: 'priority' },
});
