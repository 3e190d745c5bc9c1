import { choiceFilter, defineResource, exactFilter, numberFilter } from '../engine/spec.ts';
import { payload } from '../models/payloads.ts';

export default defineResource({
  path: 'payloads',
  model: payload,
  modes: { normal: 'PayloadNormal', list: 'PayloadMini', detailed: 'PayloadDetailed' },
  retrieve: 'PayloadDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body.
  filters: {
    manufacturer__id: numberFilter('manufacturer__id'),
    manufacturer__name: exactFilter('manufacturer__name'),
    name: exactFilter('name'),
    // A foreign key: an unknown agency id is a 400 (ModelChoiceFilter).
    operator: choiceFilter('operator'),
    operator__id: numberFilter('operator__id'),
    operator__name: exactFilter('operator__name'),
    program__id: numberFilter('program__id'),
  },
  // LL2 reaches a payload flight's launch through its rocket; Apogee's flights name the launch.
  search: ['manufacturer__name', 'name', 'operator__name', 'payloadflight__destination', 'payloadflight__launch__name'],
  // LL2 also documents `payloadflight__rocket__launch__net`, an order through a to-many
  // relation (a payload flown several times would be listed once per flight); Apogee orders
  // through to-one paths only, so that field is ignored as an unknown one (docs/COMPATIBILITY.md).
  ordering: ['id', 'name'],
  examples: { mode: 'list', filter: 'program__id=8', search: 'Scout', ordering: 'name' },
});
