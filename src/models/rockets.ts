import { defineModel, int, many, manyToMany, one, view } from '../engine/spec.ts';
import { launcherConfiguration } from './launcher-configurations.ts';
import { firstStage } from './launchers.ts';
import { launch } from './launches.ts';
import { payloadFlight } from './payloads.ts';
import { spacecraftFlight } from './spacecraft.ts';

/** One physical vehicle flown on one launch, as opposed to its configuration (the rocket type). */
export const rocket = defineModel({
  name: 'Rocket',
  table: 'rockets',
  fields: {
    id: int(),
    configuration: one(() => launcherConfiguration),
    launcher_stage: many(() => firstStage, 'rocket_id'),
    // LL2 keys spacecraft and payload flights by rocket; Apogee's flights name their launch,
    // so the rocket lists its stages through link tables (RocketDetailed).
    spacecraft_stage: manyToMany(() => spacecraftFlight, 'rocket_spacecraft_stages', 'rocket_id', 'spacecraft_flight_id'),
    payloads: manyToMany(() => payloadFlight, 'rocket_payload_flights', 'rocket_id', 'payload_flight_id'),
    // Not shown: the launch that flew this rocket (`launches.rocket_id`), for filter and search paths.
    launch: many(() => launch, 'rocket_id'),
  },
  views: {
    RocketNormal: view(null, 'id configuration:LauncherConfigList'),
    RocketDetailed: view(
      null,
      'id configuration:LauncherConfigDetailed launcher_stage:FirstStageNormal spacecraft_stage:SpacecraftFlightDetailedSerializerNoLaunch payloads:PayloadFlightSerializerNoLaunch',
    ),
  },
});
