import {
  bool,
  datetime,
  defineModel,
  duration,
  int,
  nameList,
  nameOf,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { image } from './images.ts';
import { landing } from './landings.ts';
import { launcherConfiguration } from './launcher-configurations.ts';
import { launch } from './launches.ts';
import { rocket } from './rockets.ts';

export const launcherStatus = nameList('LauncherStatus', 'launcher_statuses');

export const firstStageType = nameList('FirstStageType', 'first_stage_types');

const launcherFields = 'response_mode id url flight_proven serial_number is_placeholder status:LauncherStatus image:Image';
const launcherStatistics = 'details successful_landings attempted_landings flights last_launch_date first_launch_date fastest_turnaround';

/** One physical first stage or booster (a Falcon 9 core by its serial number), flown on one or more launches. */
export const launcher = defineModel({
  // LL2's 404 names the model "Launcher" (its verbose name is "Launch Vehicle").
  name: 'Launcher',
  table: 'launchers',
  fields: {
    id: int(),
    url: selfUrl('launchers'),
    flight_proven: bool(),
    serial_number: text({ nullable: true }),
    is_placeholder: bool(),
    status: one(() => launcherStatus, { nullable: true }),
    image: one(() => image, { nullable: true }),
    details: text(),
    // Derived from its first stages and their landings (src/ingest/statistics.ts).
    successful_landings: int({ nullable: true }),
    attempted_landings: int({ nullable: true }),
    flights: int({ nullable: true }),
    last_launch_date: datetime({ nullable: true }),
    first_launch_date: datetime({ nullable: true }),
    fastest_turnaround: duration({ nullable: true }),
    launcher_config: one(() => launcherConfiguration, { nullable: true }),
  },
  views: {
    LauncherMini: view('list', launcherFields),
    LauncherNormal: view('normal', `${launcherFields} ${launcherStatistics}`),
    LauncherDetailed: view('detailed', `${launcherFields} ${launcherStatistics} launcher_config:LauncherConfigList`),
  },
});

const stageFields = 'id type reused launcher_flight_number';
const stageTiming = 'previous_flight_date turn_around_time';

/**
 * One launcher flying as the first stage (or a booster) of one rocket. LL2 links it to the
 * rocket; the launch is the rocket's. `previous_flight`, `previous_flight_date` and
 * `turn_around_time` are derived from the same launcher's earlier first stages.
 */
export const firstStage = defineModel({
  name: 'FirstStage',
  table: 'first_stages',
  fields: {
    id: int(),
    // The wire shows the type's name only (a string), as LL2 does.
    type: nameOf(() => firstStageType, 'type_id', 'type_name'),
    reused: bool({ nullable: true }),
    launcher_flight_number: int({ nullable: true }),
    launcher: one(() => launcher),
    previous_flight_date: datetime({ nullable: true }),
    turn_around_time: duration({ nullable: true }),
    landing: one(() => landing, { nullable: true }),
    previous_flight: one(() => launch, { nullable: true }),
    rocket: one(() => rocket),
  },
  views: {
    FirstStageMini: view(null, `${stageFields} launcher:LauncherMini ${stageTiming}`),
    FirstStageNormal: view(
      null,
      `${stageFields} launcher:LauncherNormal ${stageTiming} landing:Landing previous_flight:LaunchMini`,
    ),
    // Nested in a landing, which already is the stage's landing.
    FirstStageNormalSerializerNoLanding: view(null, `${stageFields} launcher:LauncherNormal ${stageTiming} previous_flight:LaunchMini`),
    FirstStageDetailedSerializerNoLanding: view(
      null,
      `${stageFields} launcher:LauncherNormal ${stageTiming} previous_flight:LaunchNormal`,
    ),
  },
});
