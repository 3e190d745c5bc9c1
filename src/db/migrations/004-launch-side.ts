// The tables and columns the launch-side endpoints need beyond the first schema. Generated
// with scripts/draft-migration.ts (regenerate this file's two literals while this migration
// is unreleased; once released, later changes go into a new migration).
import type { Migration } from 'kysely';
import type { ScalarType } from '../../engine/spec.ts';
import type { SqlDialect } from '../dialect.ts';
import { type SchemaShape, schemaChange } from '../schema.ts';

// New tables
const tables: SchemaShape = {
  launch_mission_patches: {
    columns: {
      launch_id: 'uuid',
      mission_patch_id: 'int'
    },
    link: true,
    indexes: [
      'launch_id',
      'mission_patch_id'
    ]
  },
  updates: {
    columns: {
      id: 'int',
      profile_image: 'text',
      comment: 'text',
      info_url: 'text',
      created_by: 'text',
      created_on: 'datetime',
      launch_id: 'uuid',
      program_id: 'int'
    },
    indexes: [
      'launch_id',
      'program_id'
    ]
  },
  timeline_event_types: {
    columns: {
      id: 'int',
      abbrev: 'text',
      description: 'text'
    },
    indexes: []
  },
  timeline_events: {
    columns: {
      id: 'int',
      type_id: 'int',
      relative_time: 'duration',
      launch_id: 'uuid'
    },
    indexes: [
      'type_id',
      'launch_id'
    ]
  },
  mission_types: {
    columns: {
      id: 'int',
      name: 'text'
    },
    indexes: []
  },
  rocket_spacecraft_stages: {
    columns: {
      rocket_id: 'int',
      spacecraft_flight_id: 'int'
    },
    link: true,
    indexes: [
      'rocket_id',
      'spacecraft_flight_id'
    ]
  },
  rocket_payload_flights: {
    columns: {
      rocket_id: 'int',
      payload_flight_id: 'int'
    },
    link: true,
    indexes: [
      'rocket_id',
      'payload_flight_id'
    ]
  },
  expedition_mission_patches: {
    columns: {
      mission_patch_id: 'int',
      expedition_id: 'int'
    },
    link: true,
    indexes: [
      'mission_patch_id',
      'expedition_id'
    ]
  },
  launcher_statuses: {
    columns: {
      id: 'int',
      name: 'text'
    },
    indexes: []
  },
  first_stage_types: {
    columns: {
      id: 'int',
      name: 'text'
    },
    indexes: []
  },
  launchers: {
    columns: {
      id: 'int',
      flight_proven: 'bool',
      serial_number: 'text',
      is_placeholder: 'bool',
      status_id: 'int',
      image_id: 'int',
      details: 'text',
      successful_landings: 'int',
      attempted_landings: 'int',
      flights: 'int',
      last_launch_date: 'datetime',
      first_launch_date: 'datetime',
      fastest_turnaround: 'duration',
      launcher_config_id: 'int'
    },
    indexes: [
      'status_id',
      'image_id',
      'launcher_config_id'
    ]
  },
  first_stages: {
    columns: {
      id: 'int',
      type_id: 'int',
      type_name: 'text',
      reused: 'bool',
      launcher_flight_number: 'int',
      launcher_id: 'int',
      previous_flight_date: 'datetime',
      turn_around_time: 'duration',
      landing_id: 'int',
      previous_flight_id: 'uuid',
      rocket_id: 'int'
    },
    indexes: [
      'type_id',
      'launcher_id',
      'landing_id',
      'previous_flight_id',
      'rocket_id'
    ]
  },
  astronaut_launches: {
    columns: {
      astronaut_id: 'int',
      launch_id: 'uuid'
    },
    link: true,
    indexes: [
      'astronaut_id',
      'launch_id'
    ]
  },
  astronaut_landings: {
    columns: {
      astronaut_id: 'int',
      spacecraft_flight_id: 'int'
    },
    link: true,
    indexes: [
      'astronaut_id',
      'spacecraft_flight_id'
    ]
  },
  astronaut_spacewalks: {
    columns: {
      astronaut_id: 'int',
      spacewalk_id: 'int'
    },
    link: true,
    indexes: [
      'astronaut_id',
      'spacewalk_id'
    ]
  },
  space_station_owners: {
    columns: {
      space_station_id: 'int',
      agency_id: 'int'
    },
    link: true,
    indexes: [
      'space_station_id',
      'agency_id'
    ]
  },
  expeditions: {
    columns: {
      id: 'int',
      name: 'text',
      start: 'datetime',
      end: 'datetime',
      spacestation_id: 'int',
      active_spacestation_id: 'int'
    },
    indexes: [
      'spacestation_id',
      'active_spacestation_id'
    ]
  },
  expedition_crew: {
    columns: {
      expedition_id: 'int',
      astronaut_flight_id: 'int'
    },
    link: true,
    indexes: [
      'expedition_id',
      'astronaut_flight_id'
    ]
  },
  spacewalks: {
    columns: {
      id: 'int',
      name: 'text',
      start: 'datetime',
      end: 'datetime',
      duration: 'duration',
      location: 'text',
      spacestation_id: 'int',
      expedition_id: 'int',
      spacecraft_flight_id: 'int',
      event_id: 'int'
    },
    indexes: [
      'spacestation_id',
      'expedition_id',
      'spacecraft_flight_id',
      'event_id'
    ]
  },
  spacewalk_crew: {
    columns: {
      spacewalk_id: 'int',
      astronaut_flight_id: 'int'
    },
    link: true,
    indexes: [
      'spacewalk_id',
      'astronaut_flight_id'
    ]
  },
  spacewalk_programs: {
    columns: {
      spacewalk_id: 'int',
      program_id: 'int'
    },
    link: true,
    indexes: [
      'spacewalk_id',
      'program_id'
    ]
  },
  event_types: {
    columns: {
      id: 'int',
      name: 'text'
    },
    indexes: []
  },
  events: {
    columns: {
      id: 'int',
      name: 'text',
      image_id: 'int',
      date: 'datetime',
      slug: 'text',
      type_id: 'int',
      description: 'text',
      webcast_live: 'bool',
      location: 'text',
      date_precision_id: 'int',
      duration: 'duration',
      last_updated: 'datetime'
    },
    indexes: [
      'image_id',
      'type_id',
      'date_precision_id'
    ]
  },
  event_info_urls: {
    columns: {
      event_id: 'int',
      info_url_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'info_url_id'
    ]
  },
  event_vid_urls: {
    columns: {
      event_id: 'int',
      vid_url_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'vid_url_id'
    ]
  },
  event_updates: {
    columns: {
      event_id: 'int',
      update_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'update_id'
    ]
  },
  event_agencies: {
    columns: {
      event_id: 'int',
      agency_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'agency_id'
    ]
  },
  event_launches: {
    columns: {
      event_id: 'int',
      launch_id: 'uuid'
    },
    link: true,
    indexes: [
      'event_id',
      'launch_id'
    ]
  },
  event_expeditions: {
    columns: {
      event_id: 'int',
      expedition_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'expedition_id'
    ]
  },
  event_space_stations: {
    columns: {
      event_id: 'int',
      space_station_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'space_station_id'
    ]
  },
  event_programs: {
    columns: {
      event_id: 'int',
      program_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'program_id'
    ]
  },
  event_astronauts: {
    columns: {
      event_id: 'int',
      astronaut_id: 'int'
    },
    link: true,
    indexes: [
      'event_id',
      'astronaut_id'
    ]
  },
  road_closure_statuses: {
    columns: {
      id: 'int',
      name: 'text'
    },
    indexes: []
  },
  road_closures: {
    columns: {
      id: 'int',
      title: 'text',
      status_id: 'int',
      window_start: 'datetime',
      window_end: 'datetime'
    },
    indexes: [
      'status_id'
    ]
  },
  notice_types: {
    columns: {
      id: 'int',
      name: 'text'
    },
    indexes: []
  },
  notices: {
    columns: {
      id: 'int',
      type_id: 'int',
      date: 'datetime',
      url: 'text'
    },
    indexes: [
      'type_id'
    ]
  },
  live_streams: {
    columns: {
      id: 'int',
      title: 'text',
      description: 'text',
      image: 'text',
      url: 'text'
    },
    indexes: []
  }
};

// New columns of existing tables
const columns: Record<string, Record<string, ScalarType>> = {
  launches: {
    flightclub_url: 'text',
    pad_turnaround: 'duration'
  },
  info_urls: {
    launch_id: 'uuid'
  },
  vid_urls: {
    launch_id: 'uuid'
  },
  landings: {
    firststage_id: 'int',
    spacecraftflight_id: 'int',
    payloadflight_id: 'int'
  },
  astronauts: {
    flights_count: 'int',
    landings_count: 'int',
    spacewalks_count: 'int',
    is_human: 'bool'
  },
  space_stations: {
    height: 'float',
    width: 'float',
    mass: 'float',
    volume: 'int',
    onboard_crew: 'int',
    docked_vehicles: 'int'
  },
  docking_locations: {
    currently_docked_id: 'int'
  },
  docking_events: {
    active_chaser_station_id: 'int'
  }
};

export function launchSideSchema(dialect: SqlDialect): Migration {
  return schemaChange(dialect, tables, columns);
}
