import { choiceFilter, datetimeFilter, defineResource } from '../engine/spec.ts';
import { update } from '../models/updates.ts';

export default defineResource({
  path: 'updates',
  model: update,
  view: 'Update',
  retrieve: 'Update',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body. The
  // relations are named without `__id`: django-filter ModelChoiceFilters (an unknown id is a 400).
  filters: {
    created_on: datetimeFilter('created_on'),
    launch: choiceFilter('launch'),
    launch__launch_service_provider: choiceFilter('launch__launch_service_provider'),
    program: choiceFilter('program'),
  },
  // LL2 documents no search fields for updates.
  ordering: ['created_on'],
  // Newest first, as a news feed reads.
  defaultOrdering: ['-created_on'],
  examples: { filter: 'launch__launch_service_provider=5', ordering: '-created_on' },
});
