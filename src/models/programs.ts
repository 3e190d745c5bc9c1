import {
  datetime,
  defineModel,
  int,
  manyToMany,
  nameList,
  one,
  selfUrl,
  text,
  view,
} from '../engine/spec.ts';
import { expedition } from './expeditions.ts';
import { agency } from './agencies.ts';
import { image } from './images.ts';
import { launch } from './launches.ts';

export const programType = nameList('ProgramType', 'program_types');

const patchFields = 'id name priority image_url';

export const missionPatch = defineModel({
  name: 'MissionPatch',
  table: 'mission_patches',
  fields: {
    id: int(),
    name: text(),
    priority: int(),
    image_url: text(),
    agency: one(() => agency, { nullable: true }),
    // The other sides of the links launches, expeditions and programs make to their patches.
    launches: manyToMany(() => launch, 'launch_mission_patches', 'mission_patch_id', 'launch_id'),
    expeditions: manyToMany(() => expedition, 'expedition_mission_patches', 'mission_patch_id', 'expedition_id'),
    program: manyToMany(() => program, 'program_mission_patches', 'mission_patch_id', 'program_id'),
  },
  // LL2 puts response_mode after the patch's own fields here.
  views: {
    MissionPatch: view('normal', `${patchFields} agency:AgencyMini response_mode`),
    MissionPatchDetailed: view(
      'detailed',
      `${patchFields} agency:AgencyDetailed response_mode launches:LaunchNormal expeditions:ExpeditionNormal program:ProgramNormal`,
    ),
  },
});

const programMiniFields = 'id url name image:Image info_url wiki_url';

export const program = defineModel({
  name: 'Program',
  table: 'programs',
  fields: {
    id: int(),
    url: selfUrl('programs'),
    name: text(),
    image: one(() => image, { nullable: true }),
    info_url: text({ nullable: true }),
    wiki_url: text({ nullable: true }),
    description: text({ nullable: true }),
    agencies: manyToMany(() => agency, 'program_agencies', 'program_id', 'agency_id'),
    start_date: datetime({ nullable: true }),
    end_date: datetime({ nullable: true }),
    mission_patches: manyToMany(() => missionPatch, 'program_mission_patches', 'program_id', 'mission_patch_id'),
    type: one(() => programType),
  },
  views: {
    ProgramMini: view('list', `response_mode ${programMiniFields}`),
    ProgramNormal: view(
      'normal',
      `response_mode ${programMiniFields} description agencies:AgencyMini start_date end_date mission_patches:MissionPatch type:ProgramType`,
    ),
  },
});
