// The three launch lists: every launch, the upcoming ones and the previous ones. They share
// modes, filters, search and ordering; they differ in the rows they show (`scope`), their
// default order and one filter of the upcoming list.
import {
  booleanFilter,
  choiceFilter,
  csvFilter,
  datePartFilter,
  datetimeFilter,
  defineResource,
  exactFilter,
  excludeWhenFalseFilter,
  type Filter,
  icontainsFilter,
  multipleChoiceFilter,
  notPastWhenTrueFilter,
  withFilter,
  numberFilter,
  numberFilters,
  type Resource,
  type ResourceExamples,
  type Scope,
} from '../engine/spec.ts';
import { launch } from '../models/launches.ts';

/** `net__gt`, `net__gte`, `net__lt`, `net__lte`: LL2 documents no exact match on these date-times. */
function datetimeComparisons(name: string): Record<string, Filter> {
  return {
    [`${name}__gt`]: datetimeFilter(name, 'gt'),
    [`${name}__gte`]: datetimeFilter(name, 'gte'),
    [`${name}__lt`]: datetimeFilter(name, 'lt'),
    [`${name}__lte`]: datetimeFilter(name, 'lte'),
  };
}

// LL2 spells the spacecraft flights of a launch's rocket `rocket__spacecraftflight`; Apogee's
// rocket lists them as `spacecraft_stage`, the field RocketDetailed shows.
const FLIGHTS = 'rocket__spacecraft_stage';
const SPACECRAFT = `${FLIGHTS}__spacecraft`;

// LL2's documented (alphabetical) order, which is also the key order of a 400 body.
const launchFilters: Record<string, Filter> = {
  ...numberFilters('agency_launch_attempt_count'),
  ...numberFilters('agency_launch_attempt_count_year'),
  day: datePartFilter('net', 'day'),
  // Comma-separated launch UUIDs, any of them.
  id: csvFilter('id'),
  // false leaves out launches whose mission goes to the "Suborbital" orbit (abbrev `Sub`).
  include_suborbital: excludeWhenFalseFilter('mission__orbit__abbrev', 'Sub'),
  // true: a launch that carries crew (any spacecraft flown on it with a launch crew); false: none.
  is_crewed: booleanFilter(`${FLIGHTS}__launch_crew`),
  last_updated__gte: datetimeFilter('last_updated', 'gte'),
  last_updated__lte: datetimeFilter('last_updated', 'lte'),
  // Comma-separated COSPAR designators, exact and case-sensitive, any of them.
  launch_designator: csvFilter('launch_designator'),
  // Comma-separated launcher configuration ids, any of them (the plain `__id` lookup of
  // LL2's name, made comma-separated by its CSV filter).
  launcher_config__id: csvFilter('rocket__configuration__id', 'integer'),
  // Comma-separated location ids: launches from any pad of any of these locations.
  location__ids: csvFilter('pad__location__id', 'integer'),
  ...numberFilters('location_launch_attempt_count'),
  ...numberFilters('location_launch_attempt_count_year'),
  // Comma-separated agency ids: the launch service provider is one of them.
  lsp__id: csvFilter('launch_service_provider__id', 'integer'),
  // Comma-separated agency names, exact and case-sensitive: the provider's name is one of them.
  lsp__name: csvFilter('launch_service_provider__name'),
  // Walks to the body's primary key: a NumberFilter, as agencies' `type__id` (BEHAVIOR.md §5.2).
  mission__orbit__celestial_body__id: numberFilter('mission__orbit__celestial_body__id'),
  mission__orbit__name: exactFilter('mission__orbit__name'),
  mission__orbit__name__icontains: icontainsFilter('mission__orbit__name'),
  month: datePartFilter('net', 'month'),
  name: exactFilter('name'),
  ...datetimeComparisons('net'),
  ...numberFilters('orbital_launch_attempt_count'),
  ...numberFilters('orbital_launch_attempt_count_year'),
  // Foreign keys named without `__id`: django-filter ModelChoiceFilters (an unknown id is a 400).
  pad: choiceFilter('pad'),
  pad__location: choiceFilter('pad__location'),
  pad__location__celestial_body__id: numberFilter('pad__location__celestial_body__id'),
  ...numberFilters('pad_launch_attempt_count'),
  ...numberFilters('pad_launch_attempt_count_year'),
  // The key repeated (`program=1&program=2`): launches of any of these programs.
  program: multipleChoiceFilter('program'),
  // Agencies "related to" the provider: launches whose provider's parent agency is one of
  // these (`related_lsp__id=<Roscosmos>` lists the launches of its subsidiaries).
  related_lsp__id: csvFilter('launch_service_provider__parent__id', 'integer'),
  related_lsp__name: csvFilter('launch_service_provider__parent__name'),
  rocket__configuration__full_name: exactFilter('rocket__configuration__full_name'),
  rocket__configuration__full_name__icontains: icontainsFilter('rocket__configuration__full_name'),
  rocket__configuration__id: numberFilter('rocket__configuration__id'),
  rocket__configuration__manufacturer__name: exactFilter('rocket__configuration__manufacturer__name'),
  rocket__configuration__manufacturer__name__icontains: icontainsFilter('rocket__configuration__manufacturer__name'),
  rocket__configuration__name: exactFilter('rocket__configuration__name'),
  rocket__spacecraftflight__spacecraft__id: numberFilter(`${SPACECRAFT}__id`),
  rocket__spacecraftflight__spacecraft__name: exactFilter(`${SPACECRAFT}__name`),
  rocket__spacecraftflight__spacecraft__name__icontains: icontainsFilter(`${SPACECRAFT}__name`),
  // Comma-separated first stage serial numbers, exact: launches that flew any of these boosters.
  serial_number: csvFilter('rocket__launcher_stage__launcher__serial_number'),
  slug: exactFilter('slug'),
  // Comma-separated spacecraft configuration ids: launches that flew a spacecraft of any of them.
  spacecraft_config__ids: csvFilter(`${SPACECRAFT}__spacecraft_config__id`, 'integer'),
  status: choiceFilter('status'),
  // Comma-separated launch status ids, any of them.
  status__ids: csvFilter('status__id', 'integer'),
  // Comma-separated video URLs, exact: launches with a video link to any of them.
  video_url: csvFilter('vid_urls__url'),
  ...datetimeComparisons('window_end'),
  ...datetimeComparisons('window_start'),
  year: datePartFilter('net', 'year'),
};

const searchFields = [
  'launch_service_provider__name',
  'mission__name',
  'name',
  'pad__location__name',
  'pad__name',
  'rocket__configuration__manufacturer__abbrev',
  'rocket__configuration__manufacturer__name',
  'rocket__configuration__name',
  `${SPACECRAFT}__name`,
];

interface LaunchListOptions {
  path: string;
  filters: Record<string, Filter>;
  search: string[];
  scope?: Scope;
  defaultOrdering: string[];
  examples: ResourceExamples;
}

function launchList(options: LaunchListOptions): Resource {
  return defineResource({
    path: options.path,
    model: launch,
    modes: { normal: 'LaunchNormal', list: 'LaunchBasic', detailed: 'LaunchDetailed' },
    retrieve: 'LaunchDetailed',
    filters: options.filters,
    search: options.search,
    ordering: ['id', 'last_updated', 'name', 'net'],
    scope: options.scope,
    defaultOrdering: options.defaultOrdering,
    examples: options.examples,
  });
}

// Without `ordering`, every list runs in launch order: all launches and the upcoming ones
// oldest (soonest) first, so a client paging through them reads a timeline; the previous
// ones newest first, so the first page holds what just happened.
export const launches = launchList({
  path: 'launches',
  filters: launchFilters,
  search: ['launch_designator', ...searchFields],
  defaultOrdering: ['net'],
  examples: { mode: 'list', filter: 'is_crewed=true', search: 'Apollo', ordering: '-net' },
});

export const upcomingLaunches = launchList({
  path: 'launches/upcoming',
  // `hide_recent_previous=true` leaves out the launches whose NET has passed (shown for a day
  // by default); declared in LL2's alphabetical order with the others.
  filters: withFilter(launchFilters, 'hide_recent_previous', notPastWhenTrueFilter('net')),
  // LL2's upcoming list does not search the designator (COSPAR assigns one only after launch).
  search: searchFields,
  // A launch stays upcoming for a day after its NET, and while it is in flight or on hold.
  scope: { kind: 'upcoming', path: 'net', graceHours: 24, statusPath: 'status__abbrev', stillUpcoming: ['In Flight', 'Hold'] },
  defaultOrdering: ['net'],
  examples: { mode: 'list', filter: 'lsp__id=1', search: 'Artemis', ordering: '-last_updated' },
});

export const previousLaunches = launchList({
  path: 'launches/previous',
  filters: launchFilters,
  search: ['launch_designator', ...searchFields],
  scope: { kind: 'previous', path: 'net' },
  defaultOrdering: ['-net'],
  examples: { mode: 'list', filter: 'status__ids=4,7', search: 'Shuttle', ordering: 'net' },
});
