import { booleanFilter, csvFilter, defineResource } from '../engine/spec.ts';
import { landing } from '../models/landings.ts';

export default defineResource({
  path: 'landings',
  model: landing,
  modes: { normal: 'LandingEndpointNormal', list: 'LandingEndpointList', detailed: 'LandingEndpointDetailed' },
  retrieve: 'LandingEndpointDetailed',
  // LL2's documented (alphabetical) order, which is also the key order of a 400 body. The
  // `*__ids` lists are comma-separated, any of them (BaseCSVFilter with `in`).
  filters: {
    attempt: booleanFilter('attempt'),
    // Landings of the first stages of these launches.
    firststage_launch__ids: csvFilter('firststage__rocket__launch'),
    landing_location__ids: csvFilter('landing_location', 'integer'),
    landing_type__ids: csvFilter('type', 'integer'),
    launcher__ids: csvFilter('firststage__launcher', 'integer'),
    launcher_config__ids: csvFilter('firststage__launcher__launcher_config', 'integer'),
    launcher_serial_numbers: csvFilter('firststage__launcher__serial_number'),
    spacecraft__ids: csvFilter('spacecraftflight__spacecraft', 'integer'),
    spacecraft_config__ids: csvFilter('spacecraftflight__spacecraft__spacecraft_config', 'integer'),
    // Landings of the spacecraft flown on these launches.
    spacecraft_launch__ids: csvFilter('spacecraftflight__launch'),
    success: booleanFilter('success'),
  },
  // LL2 reaches a spacecraft flight's launch through its rocket; Apogee's flights name the launch.
  search: [
    'firststage__launcher__launcher_config__name',
    'firststage__launcher__serial_number',
    'firststage__rocket__launch__name',
    'landing_location__abbrev',
    'landing_location__name',
    'spacecraftflight__launch__name',
    'spacecraftflight__spacecraft__name',
    'spacecraftflight__spacecraft__serial_number',
    'spacecraftflight__spacecraft__spacecraft_config__name',
  ],
  ordering: ['downrange_distance', 'id'],
  examples: { mode: 'list', filter: 'spacecraft__ids=1,2', search: 'B1058', ordering: 'downrange_distance' },
});
