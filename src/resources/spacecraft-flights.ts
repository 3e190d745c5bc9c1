import { choiceFilter, defineResource } from '../engine/spec.ts';
import { spacecraftFlight } from '../models/spacecraft.ts';

// LL2 documents no search or ordering fields here: `search` is ignored and `ordering`
// accepts the fields the list shows, as DRF does by default (docs/COMPATIBILITY.md).
export default defineResource({
  path: 'spacecraft_flights',
  model: spacecraftFlight,
  modes: { normal: 'SpacecraftFlightNormal', detailed: 'SpacecraftFlightDetailed' },
  retrieve: 'SpacecraftFlightDetailed',
  filters: { spacecraft: choiceFilter('spacecraft') },
  examples: { mode: 'detailed', filter: 'spacecraft=289' },
});
