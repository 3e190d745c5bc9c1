import {
  bool,
  date,
  defineModel,
  duration,
  float,
  int,
  manyToMany,
  nameList,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { image } from './images.ts';

export const spacecraftConfigType = nameList('SpacecraftConfigurationType', 'spacecraft_configuration_types', 'SpacecraftConfigType');

const statistic = () => int({ nullable: true });
const familyStatistics =
  'spacecraft_flown total_launch_count successful_launches failed_launches attempted_landings successful_landings failed_landings';

export const spacecraftConfigFamily = defineModel({
  name: 'SpacecraftConfigurationFamily',
  table: 'spacecraft_configuration_families',
  fields: {
    id: int(),
    name: text(),
    description: text(),
    manufacturer: one(() => agency, { nullable: true }),
    parent: one(() => spacecraftConfigFamily, { nullable: true }),
    maiden_flight: date({ nullable: true }),
    spacecraft_flown: statistic(),
    total_launch_count: statistic(),
    successful_launches: statistic(),
    failed_launches: statistic(),
    attempted_landings: statistic(),
    successful_landings: statistic(),
    failed_landings: statistic(),
    spacecraft: manyToMany(() => spacecraftConfiguration, 'spacecraft_configuration_family_members', 'family_id', 'configuration_id'),
  },
  views: {
    SpacecraftConfigFamilyMini: view('list', 'response_mode id name'),
    SpacecraftConfigFamilyNormal: view(
      'normal',
      'response_mode id name description manufacturer:AgencyMini parent:SpacecraftConfigFamilyMini maiden_flight',
    ),
    SpacecraftConfigFamilyDetailed: view(
      'normal',
      `response_mode id name description manufacturer:AgencyNormal parent:SpacecraftConfigFamilyNormal maiden_flight ${familyStatistics}`,
    ),
    SpacecraftConfigFamilyEndpointDetailed: view(
      'detailed',
      `response_mode id name description manufacturer:AgencyNormal parent:SpacecraftConfigFamilyNormal maiden_flight ${familyStatistics} spacecraft:SpacecraftConfigNormal`,
    ),
  },
});

export const spacecraftConfiguration = defineModel({
  name: 'SpacecraftConfiguration',
  table: 'spacecraft_configurations',
  fields: {
    id: int(),
    url: selfUrl('spacecraft_configurations'),
    name: text(),
    type: one(() => spacecraftConfigType),
    agency: one(() => agency),
    family: manyToMany(() => spacecraftConfigFamily, 'spacecraft_configuration_family_members', 'configuration_id', 'family_id'),
    in_use: bool(),
    image: one(() => image, { nullable: true }),
    capability: text(),
    history: text(),
    details: text(),
    maiden_flight: date({ nullable: true }),
    height: float({ nullable: true }),
    diameter: float({ nullable: true }),
    human_rated: bool(),
    crew_capacity: int({ nullable: true }),
    payload_capacity: int({ nullable: true }),
    payload_return_capacity: int({ nullable: true }),
    flight_life: text({ nullable: true }),
    wiki_link: text(),
    info_link: text(),
    spacecraft_flown: statistic(),
    total_launch_count: statistic(),
    successful_launches: statistic(),
    failed_launches: statistic(),
    attempted_landings: statistic(),
    successful_landings: statistic(),
    failed_landings: statistic(),
    fastest_turnaround: duration({ nullable: true }),
  },
  views: {
    SpacecraftConfigNormal: view(
      'normal',
      'response_mode id url name type:SpacecraftConfigType agency:AgencyMini family:SpacecraftConfigFamilyNormal in_use image:Image',
    ),
    SpacecraftConfigDetailed: view(
      'detailed',
      'response_mode id url name type:SpacecraftConfigType agency:AgencyNormal family:SpacecraftConfigFamilyDetailed in_use image:Image capability history details maiden_flight height diameter human_rated crew_capacity payload_capacity payload_return_capacity flight_life wiki_link info_link spacecraft_flown total_launch_count successful_launches failed_launches attempted_landings successful_landings failed_landings fastest_turnaround',
    ),
  },
});
