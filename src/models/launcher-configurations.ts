import {
  bool,
  date,
  defineModel,
  duration,
  float,
  int,
  manyToMany,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { image } from './images.ts';
import { program } from './programs.ts';

const statistic = () => int({ nullable: true });
const launchStatistics =
  'total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches attempted_landings successful_landings failed_landings consecutive_successful_landings';

export const launcherConfigFamily = defineModel({
  name: 'LauncherConfigFamily',
  table: 'launcher_configuration_families',
  fields: {
    id: int(),
    name: text(),
    // Unlike spacecraft families, a launcher family may have several manufacturers.
    manufacturer: manyToMany(() => agency, 'launcher_configuration_family_manufacturers', 'family_id', 'agency_id'),
    parent: one(() => launcherConfigFamily, { nullable: true }),
    description: text(),
    active: bool(),
    maiden_flight: date({ nullable: true }),
    total_launch_count: statistic(),
    consecutive_successful_launches: statistic(),
    successful_launches: statistic(),
    failed_launches: statistic(),
    pending_launches: statistic(),
    attempted_landings: statistic(),
    successful_landings: statistic(),
    failed_landings: statistic(),
    consecutive_successful_landings: statistic(),
  },
  views: {
    LauncherConfigFamilyMini: view('list', 'response_mode id name'),
    LauncherConfigFamilyNormal: view(
      'normal',
      'response_mode id name manufacturer:AgencyNormal parent:LauncherConfigFamilyMini',
    ),
    LauncherConfigFamilyDetailed: view(
      'detailed',
      `response_mode id name manufacturer:AgencyDetailed parent:LauncherConfigFamilyNormal description active maiden_flight ${launchStatistics}`,
    ),
  },
});

const configurationDetails = `description alias min_stage max_stage length diameter maiden_flight launch_cost launch_mass leo_capacity gto_capacity geo_capacity sso_capacity to_thrust apogee ${launchStatistics} fastest_turnaround`;

export const launcherConfiguration = defineModel({
  name: 'LauncherConfig',
  table: 'launcher_configurations',
  fields: {
    id: int(),
    url: selfUrl('launcher_configurations'),
    name: text(),
    families: manyToMany(() => launcherConfigFamily, 'launcher_configuration_family_members', 'configuration_id', 'family_id'),
    full_name: text(),
    variant: text(),
    active: bool(),
    is_placeholder: bool(),
    // Shown by the launcher endpoint's own views; the agency's `launcher_list` is its reverse.
    manufacturer: one(() => agency, { nullable: true }),
    program: manyToMany(() => program, 'launcher_configuration_programs', 'configuration_id', 'program_id'),
    reusable: bool(),
    image: one(() => image, { nullable: true }),
    info_url: text({ nullable: true }),
    wiki_url: text({ nullable: true }),
    description: text(),
    alias: text(),
    min_stage: int({ nullable: true }),
    max_stage: int({ nullable: true }),
    length: float({ nullable: true }),
    diameter: float({ nullable: true }),
    maiden_flight: date({ nullable: true }),
    launch_cost: int({ nullable: true }),
    launch_mass: float({ nullable: true }),
    leo_capacity: float({ nullable: true }),
    gto_capacity: float({ nullable: true }),
    geo_capacity: float({ nullable: true }),
    sso_capacity: float({ nullable: true }),
    to_thrust: float({ nullable: true }),
    apogee: float({ nullable: true }),
    total_launch_count: statistic(),
    consecutive_successful_launches: statistic(),
    successful_launches: statistic(),
    failed_launches: statistic(),
    pending_launches: statistic(),
    attempted_landings: statistic(),
    successful_landings: statistic(),
    failed_landings: statistic(),
    consecutive_successful_landings: statistic(),
    fastest_turnaround: duration({ nullable: true }),
  },
  views: {
    LauncherConfigList: view('list', 'response_mode id url name families:LauncherConfigFamilyMini full_name variant'),
    LauncherConfigNormal: view(
      'normal',
      'response_mode id url name families:LauncherConfigFamilyNormal full_name variant active is_placeholder manufacturer:AgencyNormal program:ProgramNormal reusable image:Image info_url wiki_url',
    ),
    LauncherConfigDetailed: view(
      'detailed',
      `response_mode id url name families:LauncherConfigFamilyDetailed full_name variant active is_placeholder manufacturer:AgencyDetailed program:ProgramNormal reusable image:Image info_url wiki_url ${configurationDetails}`,
    ),
    // Nested inside an agency, which already is the manufacturer.
    LauncherConfigDetailedSerializerNoManufacturer: view(
      'detailed',
      `response_mode id url name families:LauncherConfigFamilyDetailed full_name variant active is_placeholder program:ProgramNormal reusable image:Image info_url wiki_url ${configurationDetails}`,
    ),
  },
});
