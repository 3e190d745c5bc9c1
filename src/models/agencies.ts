import {
  bool,
  defineModel,
  int,
  many,
  manyToMany,
  nameList,
  nameOf,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { image } from './images.ts';
import { launcherConfiguration } from './launcher-configurations.ts';
import { spacecraftConfiguration } from './spacecraft-configurations.ts';

export const country = defineModel({
  name: 'Country',
  table: 'countries',
  fields: {
    id: int(),
    name: text(),
    alpha_2_code: text(),
    alpha_3_code: text(),
    nationality_name: text(),
    nationality_name_composed: text(),
  },
  views: { Country: view(null, 'id name alpha_2_code alpha_3_code nationality_name nationality_name_composed') },
});

export const agencyType = nameList('AgencyType', 'agency_types');

export const socialMedia = defineModel({
  name: 'SocialMedia',
  table: 'social_media',
  fields: { id: int(), name: text(), url: text({ nullable: true }), logo: one(() => image, { nullable: true }) },
  views: { SocialMedia: view(null, 'id name url logo:Image') },
});

/** A profile of an agency or an astronaut on a social network. */
export const socialMediaLink = defineModel({
  name: 'SocialMediaLink',
  table: 'social_media_links',
  fields: { id: int(), social_media: one(() => socialMedia), url: text({ nullable: true }) },
  extraColumns: { agency_id: 'int', astronaut_id: 'int' },
  views: { SocialMediaLink: view(null, 'id social_media:SocialMedia url') },
});

const agencyNormalFields =
  'id url name abbrev type:AgencyType featured country:Country description administrator founding_year launchers spacecraft parent image:Image logo:Image social_logo:Image';
const agencyStatistics =
  'total_launch_count consecutive_successful_launches successful_launches failed_launches pending_launches consecutive_successful_landings successful_landings failed_landings attempted_landings successful_landings_spacecraft failed_landings_spacecraft attempted_landings_spacecraft successful_landings_payload failed_landings_payload attempted_landings_payload';
const statistic = () => int({ nullable: true });

export const agency = defineModel({
  name: 'Agency',
  table: 'agencies',
  fields: {
    id: int(),
    url: selfUrl('agencies'),
    name: text(),
    abbrev: text(),
    type: one(() => agencyType),
    featured: bool(),
    country: manyToMany(() => country, 'agency_countries', 'agency_id', 'country_id'),
    description: text({ nullable: true }),
    administrator: text({ nullable: true }),
    founding_year: int({ nullable: true }),
    launchers: text(),
    spacecraft: text(),
    // LL2 shows the parent agency by name; the filter `parent__id` reads the key behind it.
    parent: nameOf(() => agency, 'parent_id', 'parent_name'),
    image: one(() => image, { nullable: true }),
    logo: one(() => image, { nullable: true }),
    social_logo: one(() => image, { nullable: true }),
    total_launch_count: statistic(),
    consecutive_successful_launches: statistic(),
    successful_launches: statistic(),
    failed_launches: statistic(),
    pending_launches: statistic(),
    consecutive_successful_landings: statistic(),
    successful_landings: statistic(),
    failed_landings: statistic(),
    attempted_landings: statistic(),
    successful_landings_spacecraft: statistic(),
    failed_landings_spacecraft: statistic(),
    attempted_landings_spacecraft: statistic(),
    successful_landings_payload: statistic(),
    failed_landings_payload: statistic(),
    attempted_landings_payload: statistic(),
    info_url: text({ nullable: true }),
    wiki_url: text({ nullable: true }),
    social_media_links: many(() => socialMediaLink, 'agency_id'),
    launcher_list: many(() => launcherConfiguration, 'manufacturer_id'),
    spacecraft_list: many(() => spacecraftConfiguration, 'agency_id'),
  },
  views: {
    AgencyMini: view('list', 'response_mode id url name abbrev type:AgencyType'),
    AgencyNormal: view('normal', `response_mode ${agencyNormalFields}`),
    AgencyDetailed: view(
      'normal',
      `response_mode ${agencyNormalFields} ${agencyStatistics} info_url wiki_url social_media_links:SocialMediaLink`,
    ),
    AgencyEndpointDetailed: view(
      'detailed',
      `response_mode ${agencyNormalFields} ${agencyStatistics} info_url wiki_url social_media_links:SocialMediaLink launcher_list:LauncherConfigDetailedSerializerNoManufacturer spacecraft_list:SpacecraftConfigDetailed`,
    ),
  },
});
