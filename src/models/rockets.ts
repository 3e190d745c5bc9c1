import { defineModel, int, one, view } from '../engine/spec.ts';
import { launcherConfiguration } from './launcher-configurations.ts';

/** One physical vehicle flown on one launch, as opposed to its configuration (the rocket type). */
export const rocket = defineModel({
  name: 'Rocket',
  table: 'rockets',
  fields: { id: int(), configuration: one(() => launcherConfiguration) },
  views: { RocketNormal: view(null, 'id configuration:LauncherConfigList') },
});
