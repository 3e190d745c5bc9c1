import { choiceFilter, defineResource } from '../engine/spec.ts';
import { payloadFlight } from '../models/payloads.ts';

// LL2 documents no search or ordering fields here: `search` is ignored and `ordering`
// accepts the fields the list shows, as DRF does by default (docs/COMPATIBILITY.md).
export default defineResource({
  path: 'payload_flights',
  model: payloadFlight,
  modes: { normal: 'PayloadFlightNormal', list: 'PayloadFlightMini', detailed: 'PayloadFlightDetailed' },
  retrieve: 'PayloadFlightDetailed',
  // A foreign key: an unknown payload id is a 400 (ModelChoiceFilter).
  filters: { payload: choiceFilter('payload') },
  examples: { mode: 'list', filter: 'payload=1' },
});
