import { datetimeFilter, defineResource, numberFilter } from '../engine/spec.ts';
import { dockingEvent } from '../models/docking-events.ts';

export default defineResource({
  path: 'docking_events',
  model: dockingEvent,
  modes: { normal: 'DockingEventEndpointNormal', detailed: 'DockingEventEndpointDetailed' },
  retrieve: 'DockingEventEndpointDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body. The
  // `…__id` filters are NumberFilters (an unknown id is an empty list, not a 400).
  filters: {
    docking__gt: datetimeFilter('docking', 'gt'),
    docking__gte: datetimeFilter('docking', 'gte'),
    docking__lt: datetimeFilter('docking', 'lt'),
    docking__lte: datetimeFilter('docking', 'lte'),
    docking_location__id: numberFilter('docking_location__id'),
    flight_vehicle_chaser__id: numberFilter('flight_vehicle_chaser__id'),
    space_station_target__id: numberFilter('space_station_target__id'),
  },
  search: [
    'docking_location__name',
    'flight_vehicle_chaser__spacecraft__name',
    'flight_vehicle_target__spacecraft__name',
    'payload_flight_chaser__payload__name',
    'payload_flight_target__payload__name',
    'space_station_chaser__name',
    'space_station_target__name',
  ],
  ordering: ['departure', 'docking'],
  examples: { mode: 'detailed', filter: 'space_station_target__id=1', search: 'Dragon', ordering: '-docking' },
});
