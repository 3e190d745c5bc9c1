import { bool, datetime, defineModel, duration, int, many, manyToMany, one, selfUrl, text, uuid, view } from '../engine/spec.ts';
import { agency } from './agencies.ts';
import { image } from './images.ts';
import { infoUrl, mission, vidUrl } from './missions.ts';
import { pad } from './pads.ts';
import { missionPatch, program } from './programs.ts';
import { rocket } from './rockets.ts';
import { timelineEvent } from './timeline-events.ts';
import { update } from './updates.ts';

export const launchStatus = defineModel({
  name: 'LaunchStatus',
  table: 'launch_statuses',
  fields: { id: int(), name: text(), abbrev: text(), description: text() },
  views: { LaunchStatus: view(null, 'id name abbrev description') },
});

export const netPrecision = defineModel({
  name: 'NetPrecision',
  table: 'net_precisions',
  fields: { id: int(), name: text(), abbrev: text(), description: text() },
  views: { NetPrecision: view(null, 'id name abbrev description') },
});

const attemptCount = () => int({ nullable: true });

const launchBasicFields =
  'id url name response_mode slug launch_designator status:LaunchStatus last_updated net net_precision:NetPrecision window_end window_start image:Image infographic';
const launchTail =
  'mission:Mission pad:Pad webcast_live program:ProgramNormal orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count agency_launch_attempt_count orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year agency_launch_attempt_count_year';

export const launch = defineModel({
  name: 'Launch',
  table: 'launches',
  idType: 'uuid',
  fields: {
    id: uuid(),
    url: selfUrl('launches'),
    name: text(),
    slug: text(),
    launch_designator: text({ nullable: true }),
    status: one(() => launchStatus, { nullable: true }),
    last_updated: datetime(),
    net: datetime(),
    net_precision: one(() => netPrecision, { nullable: true }),
    window_end: datetime(),
    window_start: datetime(),
    image: one(() => image, { nullable: true }),
    infographic: text({ nullable: true }),
    probability: int({ nullable: true }),
    weather_concerns: text({ nullable: true }),
    failreason: text({ nullable: true }),
    hashtag: text({ nullable: true }),
    launch_service_provider: one(() => agency),
    rocket: one(() => rocket, { nullable: true }),
    mission: one(() => mission, { nullable: true }),
    pad: one(() => pad, { nullable: true }),
    webcast_live: bool(),
    program: manyToMany(() => program, 'launch_programs', 'launch_id', 'program_id'),
    // LL2 computes these per launch ("nth attempt from this pad"); Apogee stores the published values.
    orbital_launch_attempt_count: attemptCount(),
    location_launch_attempt_count: attemptCount(),
    pad_launch_attempt_count: attemptCount(),
    agency_launch_attempt_count: attemptCount(),
    orbital_launch_attempt_count_year: attemptCount(),
    location_launch_attempt_count_year: attemptCount(),
    pad_launch_attempt_count_year: attemptCount(),
    agency_launch_attempt_count_year: attemptCount(),
    flightclub_url: text({ nullable: true }),
    updates: many(() => update, 'launch_id', { orderBy: 'created_on' }),
    // The launch's own links; a mission's links are kept apart (`mission_id`).
    info_urls: many(() => infoUrl, 'launch_id', { orderBy: 'priority' }),
    vid_urls: many(() => vidUrl, 'launch_id', { orderBy: 'priority' }),
    timeline: many(() => timelineEvent, 'launch_id', { orderBy: 'relative_time' }),
    // Time since the previous launch from the same pad, derived when data is written; null for
    // a pad's first launch, which has no previous one.
    pad_turnaround: duration({ nullable: true }),
    mission_patches: manyToMany(() => missionPatch, 'launch_mission_patches', 'launch_id', 'mission_patch_id'),
  },
  views: {
    // Nested in first stages and in spacecraft and payload flights (`previous_flight`, `launch`).
    LaunchMini: view(null, 'id url name'),
    LaunchBasic: view('list', launchBasicFields),
    LaunchNormal: view(
      'normal',
      'id url name response_mode slug launch_designator status:LaunchStatus last_updated net net_precision:NetPrecision window_end window_start image:Image infographic probability weather_concerns failreason hashtag launch_service_provider:AgencyMini rocket:RocketNormal mission:Mission pad:Pad webcast_live program:ProgramNormal orbital_launch_attempt_count location_launch_attempt_count pad_launch_attempt_count agency_launch_attempt_count orbital_launch_attempt_count_year location_launch_attempt_count_year pad_launch_attempt_count_year agency_launch_attempt_count_year',
    ),
    LaunchDetailed: view(
      'detailed',
      `${launchBasicFields} probability weather_concerns failreason hashtag launch_service_provider:AgencyDetailed rocket:RocketDetailed ${launchTail} flightclub_url updates:Update info_urls:InfoURL vid_urls:VidURL timeline:TimelineEvent pad_turnaround mission_patches:MissionPatch`,
    ),
  },
});
