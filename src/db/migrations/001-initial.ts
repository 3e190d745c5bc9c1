// The first schema: every table the models of the spacecraft family (and what their
// detailed views embed) need. Generated with scripts/print-schema.ts, then frozen: later
// changes go into new migrations.
import type { Migration } from 'kysely';
import type { SqlDialect } from '../dialect.ts';
import { createTables, type SchemaShape } from '../schema.ts';

const tables: SchemaShape = {
  countries: { columns: { id: 'int', name: 'text', alpha_2_code: 'text', alpha_3_code: 'text', nationality_name: 'text', nationality_name_composed: 'text' } },
  agency_types: { columns: { id: 'int', name: 'text' } },
  social_media: { columns: { id: 'int', name: 'text', url: 'text', logo_id: 'int' }, indexes: ['logo_id'] },
  social_media_links: { columns: { id: 'int', social_media_id: 'int', url: 'text', agency_id: 'int', astronaut_id: 'int' }, indexes: ['social_media_id', 'agency_id', 'astronaut_id'] },
  agencies: { columns: { id: 'int', name: 'text', abbrev: 'text', type_id: 'int', featured: 'bool', description: 'text', administrator: 'text', founding_year: 'int', launchers: 'text', spacecraft: 'text', parent_id: 'int', parent_name: 'text', image_id: 'int', logo_id: 'int', social_logo_id: 'int', total_launch_count: 'int', consecutive_successful_launches: 'int', successful_launches: 'int', failed_launches: 'int', pending_launches: 'int', consecutive_successful_landings: 'int', successful_landings: 'int', failed_landings: 'int', attempted_landings: 'int', successful_landings_spacecraft: 'int', failed_landings_spacecraft: 'int', attempted_landings_spacecraft: 'int', successful_landings_payload: 'int', failed_landings_payload: 'int', attempted_landings_payload: 'int', info_url: 'text', wiki_url: 'text' }, indexes: ['type_id', 'parent_id', 'image_id', 'logo_id', 'social_logo_id'] },
  agency_countries: { columns: { agency_id: 'int', country_id: 'int' }, link: true, indexes: ['agency_id', 'country_id'] },
  image_licenses: { columns: { id: 'int', name: 'text', priority: 'int', link: 'text' } },
  image_variant_types: { columns: { id: 'int', name: 'text' } },
  images: { columns: { id: 'int', name: 'text', image_url: 'text', thumbnail_url: 'text', credit: 'text', license_id: 'int', single_use: 'bool' }, indexes: ['license_id'] },
  image_variants: { columns: { id: 'int', type_id: 'int', image_url: 'text', image_id: 'int' }, indexes: ['type_id', 'image_id'] },
  spacecraft_statuses: { columns: { id: 'int', name: 'text' } },
  spacecraft_configuration_types: { columns: { id: 'int', name: 'text' } },
  spacecraft_configuration_families: { columns: { id: 'int', name: 'text', description: 'text', manufacturer_id: 'int', parent_id: 'int', maiden_flight: 'date', spacecraft_flown: 'int', total_launch_count: 'int', successful_launches: 'int', failed_launches: 'int', attempted_landings: 'int', successful_landings: 'int', failed_landings: 'int' }, indexes: ['manufacturer_id', 'parent_id'] },
  spacecraft_configuration_family_members: { columns: { family_id: 'int', configuration_id: 'int' }, link: true, indexes: ['family_id', 'configuration_id'] },
  spacecraft_configurations: { columns: { id: 'int', name: 'text', type_id: 'int', agency_id: 'int', in_use: 'bool', image_id: 'int', capability: 'text', history: 'text', details: 'text', maiden_flight: 'date', height: 'float', diameter: 'float', human_rated: 'bool', crew_capacity: 'int', payload_capacity: 'int', payload_return_capacity: 'int', flight_life: 'text', wiki_link: 'text', info_link: 'text', spacecraft_flown: 'int', total_launch_count: 'int', successful_launches: 'int', failed_launches: 'int', attempted_landings: 'int', successful_landings: 'int', failed_landings: 'int', fastest_turnaround: 'duration' }, indexes: ['type_id', 'agency_id', 'image_id'] },
  spacecraft: { columns: { id: 'int', name: 'text', serial_number: 'text', is_placeholder: 'bool', image_id: 'int', in_space: 'bool', time_in_space: 'duration', time_docked: 'duration', flights_count: 'int', mission_ends_count: 'int', status_id: 'int', description: 'text', spacecraft_config_id: 'int', fastest_turnaround: 'duration' }, indexes: ['image_id', 'status_id', 'spacecraft_config_id'] },
  spacecraft_flights: { columns: { id: 'int', destination: 'text', mission_end: 'datetime', spacecraft_id: 'int', launch_id: 'uuid', landing_id: 'int', duration: 'duration', turn_around_time: 'duration' }, indexes: ['spacecraft_id', 'launch_id', 'landing_id'] },
  spacecraft_flight_launch_crew: { columns: { spacecraft_flight_id: 'int', astronaut_flight_id: 'int' }, link: true, indexes: ['spacecraft_flight_id', 'astronaut_flight_id'] },
  spacecraft_flight_onboard_crew: { columns: { spacecraft_flight_id: 'int', astronaut_flight_id: 'int' }, link: true, indexes: ['spacecraft_flight_id', 'astronaut_flight_id'] },
  spacecraft_flight_landing_crew: { columns: { spacecraft_flight_id: 'int', astronaut_flight_id: 'int' }, link: true, indexes: ['spacecraft_flight_id', 'astronaut_flight_id'] },
  launch_statuses: { columns: { id: 'int', name: 'text', abbrev: 'text', description: 'text' } },
  net_precisions: { columns: { id: 'int', name: 'text', abbrev: 'text', description: 'text' } },
  launches: { columns: { id: 'uuid', name: 'text', slug: 'text', launch_designator: 'text', status_id: 'int', last_updated: 'datetime', net: 'datetime', net_precision_id: 'int', window_end: 'datetime', window_start: 'datetime', image_id: 'int', infographic: 'text', probability: 'int', weather_concerns: 'text', failreason: 'text', hashtag: 'text', launch_service_provider_id: 'int', rocket_id: 'int', mission_id: 'int', pad_id: 'int', webcast_live: 'bool', orbital_launch_attempt_count: 'int', location_launch_attempt_count: 'int', pad_launch_attempt_count: 'int', agency_launch_attempt_count: 'int', orbital_launch_attempt_count_year: 'int', location_launch_attempt_count_year: 'int', pad_launch_attempt_count_year: 'int', agency_launch_attempt_count_year: 'int' }, indexes: ['status_id', 'net_precision_id', 'image_id', 'launch_service_provider_id', 'rocket_id', 'mission_id', 'pad_id'] },
  launch_programs: { columns: { launch_id: 'uuid', program_id: 'int' }, link: true, indexes: ['launch_id', 'program_id'] },
  rockets: { columns: { id: 'int', configuration_id: 'int' }, indexes: ['configuration_id'] },
  launcher_configurations: { columns: { id: 'int', name: 'text', full_name: 'text', variant: 'text', active: 'bool', is_placeholder: 'bool', manufacturer_id: 'int', reusable: 'bool', image_id: 'int', info_url: 'text', wiki_url: 'text', description: 'text', alias: 'text', min_stage: 'int', max_stage: 'int', length: 'float', diameter: 'float', maiden_flight: 'date', launch_cost: 'int', launch_mass: 'float', leo_capacity: 'float', gto_capacity: 'float', geo_capacity: 'float', sso_capacity: 'float', to_thrust: 'float', apogee: 'float', total_launch_count: 'int', consecutive_successful_launches: 'int', successful_launches: 'int', failed_launches: 'int', pending_launches: 'int', attempted_landings: 'int', successful_landings: 'int', failed_landings: 'int', consecutive_successful_landings: 'int', fastest_turnaround: 'duration' }, indexes: ['manufacturer_id', 'image_id'] },
  launcher_configuration_family_members: { columns: { configuration_id: 'int', family_id: 'int' }, link: true, indexes: ['configuration_id', 'family_id'] },
  launcher_configuration_programs: { columns: { configuration_id: 'int', program_id: 'int' }, link: true, indexes: ['configuration_id', 'program_id'] },
  launcher_configuration_families: { columns: { id: 'int', name: 'text', parent_id: 'int', description: 'text', active: 'bool', maiden_flight: 'date', total_launch_count: 'int', consecutive_successful_launches: 'int', successful_launches: 'int', failed_launches: 'int', pending_launches: 'int', attempted_landings: 'int', successful_landings: 'int', failed_landings: 'int', consecutive_successful_landings: 'int' }, indexes: ['parent_id'] },
  launcher_configuration_family_manufacturers: { columns: { family_id: 'int', agency_id: 'int' }, link: true, indexes: ['family_id', 'agency_id'] },
  celestial_body_types: { columns: { id: 'int', name: 'text' } },
  celestial_bodies: { columns: { id: 'int', name: 'text', type_id: 'int', diameter: 'float', mass: 'float', gravity: 'float', length_of_day: 'text', atmosphere: 'bool', image_id: 'int', description: 'text', wiki_url: 'text', total_attempted_launches: 'int', successful_launches: 'int', failed_launches: 'int', total_attempted_landings: 'int', successful_landings: 'int', failed_landings: 'int' }, indexes: ['type_id', 'image_id'] },
  locations: { columns: { id: 'int', name: 'text', celestial_body_id: 'int', active: 'bool', country_id: 'int', description: 'text', image_id: 'int', map_image: 'text', longitude: 'float', latitude: 'float', timezone_name: 'text', total_launch_count: 'int', total_landing_count: 'int' }, indexes: ['celestial_body_id', 'country_id', 'image_id'] },
  pads: { columns: { id: 'int', active: 'bool', name: 'text', image_id: 'int', description: 'text', info_url: 'text', wiki_url: 'text', map_url: 'text', latitude: 'float', longitude: 'float', country_id: 'int', map_image: 'text', total_launch_count: 'int', orbital_launch_attempt_count: 'int', fastest_turnaround: 'duration', location_id: 'int' }, indexes: ['image_id', 'country_id', 'location_id'] },
  pad_agencies: { columns: { pad_id: 'int', agency_id: 'int' }, link: true, indexes: ['pad_id', 'agency_id'] },
  orbits: { columns: { id: 'int', name: 'text', abbrev: 'text', celestial_body_id: 'int' }, indexes: ['celestial_body_id'] },
  missions: { columns: { id: 'int', name: 'text', type: 'text', description: 'text', image_id: 'int', orbit_id: 'int' }, indexes: ['image_id', 'orbit_id'] },
  mission_agencies: { columns: { mission_id: 'int', agency_id: 'int' }, link: true, indexes: ['mission_id', 'agency_id'] },
  info_url_types: { columns: { id: 'int', name: 'text' } },
  info_urls: { columns: { id: 'int', priority: 'int', source: 'text', title: 'text', description: 'text', feature_image: 'text', url: 'text', type_id: 'int', language_id: 'int', mission_id: 'int' }, indexes: ['type_id', 'language_id', 'mission_id'] },
  vid_url_types: { columns: { id: 'int', name: 'text' } },
  vid_urls: { columns: { id: 'int', priority: 'int', source: 'text', publisher: 'text', title: 'text', description: 'text', feature_image: 'text', url: 'text', type_id: 'int', language_id: 'int', start_time: 'datetime', end_time: 'datetime', live: 'bool', mission_id: 'int' }, indexes: ['type_id', 'language_id', 'mission_id'] },
  languages: { columns: { id: 'int', name: 'text', code: 'text' } },
  program_types: { columns: { id: 'int', name: 'text' } },
  programs: { columns: { id: 'int', name: 'text', image_id: 'int', info_url: 'text', wiki_url: 'text', description: 'text', start_date: 'datetime', end_date: 'datetime', type_id: 'int' }, indexes: ['image_id', 'type_id'] },
  program_agencies: { columns: { program_id: 'int', agency_id: 'int' }, link: true, indexes: ['program_id', 'agency_id'] },
  program_mission_patches: { columns: { program_id: 'int', mission_patch_id: 'int' }, link: true, indexes: ['program_id', 'mission_patch_id'] },
  mission_patches: { columns: { id: 'int', name: 'text', priority: 'int', image_url: 'text', agency_id: 'int' }, indexes: ['agency_id'] },
  landing_types: { columns: { id: 'int', name: 'text', abbrev: 'text', description: 'text' } },
  landing_locations: { columns: { id: 'int', name: 'text', active: 'bool', abbrev: 'text', description: 'text', location_id: 'int', longitude: 'float', latitude: 'float', image_id: 'int', successful_landings: 'int', attempted_landings: 'int', failed_landings: 'int', celestial_body_id: 'int' }, indexes: ['location_id', 'image_id', 'celestial_body_id'] },
  landings: { columns: { id: 'int', attempt: 'bool', success: 'bool', description: 'text', downrange_distance: 'float', landing_location_id: 'int', type_id: 'int' }, indexes: ['landing_location_id', 'type_id'] },
  astronaut_statuses: { columns: { id: 'int', name: 'text' } },
  astronaut_types: { columns: { id: 'int', name: 'text' } },
  astronaut_roles: { columns: { id: 'int', role: 'text', priority: 'int' } },
  astronauts: { columns: { id: 'int', name: 'text', status_id: 'int', agency_id: 'int', image_id: 'int', type_id: 'int', in_space: 'bool', time_in_space: 'duration', eva_time: 'duration', age: 'int', date_of_birth: 'date', date_of_death: 'date', bio: 'text', wiki: 'text', last_flight: 'datetime', first_flight: 'datetime' }, indexes: ['status_id', 'agency_id', 'image_id', 'type_id'] },
  astronaut_nationalities: { columns: { astronaut_id: 'int', country_id: 'int' }, link: true, indexes: ['astronaut_id', 'country_id'] },
  astronaut_flights: { columns: { id: 'int', role_id: 'int', astronaut_id: 'int' }, indexes: ['role_id', 'astronaut_id'] },
  space_station_statuses: { columns: { id: 'int', name: 'text' } },
  space_station_types: { columns: { id: 'int', name: 'text' } },
  space_stations: { columns: { id: 'int', name: 'text', image_id: 'int', status_id: 'int', founded: 'date', deorbited: 'date', description: 'text', orbit_id: 'int', orbit_name: 'text', type_id: 'int' }, indexes: ['image_id', 'status_id', 'orbit_id', 'type_id'] },
  docking_locations: { columns: { id: 'int', name: 'text', spacestation_id: 'int', spacecraft_id: 'int', payload_id: 'int' }, indexes: ['spacestation_id', 'spacecraft_id', 'payload_id'] },
  docking_events: { columns: { id: 'int', docking: 'datetime', departure: 'datetime', docking_location_id: 'int', space_station_target_id: 'int', flight_vehicle_target_id: 'int', payload_flight_target_id: 'int', flight_vehicle_chaser_id: 'int', space_station_chaser_id: 'int', payload_flight_chaser_id: 'int' }, indexes: ['docking_location_id', 'space_station_target_id', 'flight_vehicle_target_id', 'payload_flight_target_id', 'flight_vehicle_chaser_id', 'space_station_chaser_id', 'payload_flight_chaser_id'] },
  payload_types: { columns: { id: 'int', name: 'text' } },
  payloads: { columns: { id: 'int', name: 'text', type_id: 'int', manufacturer_id: 'int', operator_id: 'int', image_id: 'int', wiki_link: 'text', info_link: 'text', cost: 'int', mass: 'float', description: 'text' }, indexes: ['type_id', 'manufacturer_id', 'operator_id', 'image_id'] },
  payload_programs: { columns: { payload_id: 'int', program_id: 'int' }, link: true, indexes: ['payload_id', 'program_id'] },
  payload_flights: { columns: { id: 'int', destination: 'text', amount: 'int', payload_id: 'int', launch_id: 'uuid', landing_id: 'int' }, indexes: ['payload_id', 'launch_id', 'landing_id'] },
};

/** Columns that `ordering` sorts by, so that a sorted page never scans a whole table. */
const orderingIndexes: Record<string, string[]> = {
  spacecraft: ['flights_count', 'mission_ends_count', 'time_docked', 'time_in_space', 'name'],
  spacecraft_configurations: ['name'],
  spacecraft_configuration_families: ['name'],
  agencies: [
    'name',
    'featured',
    'total_launch_count',
    'successful_launches',
    'failed_launches',
    'pending_launches',
    'consecutive_successful_launches',
    'attempted_landings',
    'successful_landings',
    'failed_landings',
    'consecutive_successful_landings',
  ],
  launches: ['net'],
};

export function initialSchema(dialect: SqlDialect): Migration {
  return {
    async up(db) {
      await createTables(db, dialect, tables);
      for (const [table, columns] of Object.entries(orderingIndexes)) {
        for (const column of columns) {
          await db.schema.createIndex(`${table}_${column}_order_idx`).on(table).column(column).execute();
        }
      }
    },
  };
}
