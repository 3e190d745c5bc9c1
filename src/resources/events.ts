// The three event lists: every event, the upcoming ones and the previous ones, shaped like
// the launch lists (src/resources/launches.ts): the same modes, filters, search and
// ordering, different rows (`scope`) and default order.
import {
  csvFilter,
  datePartFilter,
  datetimeFilter,
  defineResource,
  exactFilter,
  type Filter,
  choiceFilter,
  multipleChoiceFilter,
  notPastWhenTrueFilter,
  withFilter,
  type Resource,
  type ResourceExamples,
  type Scope,
} from '../engine/spec.ts';
import { event } from '../models/events.ts';

// LL2's documented (alphabetical) order, which is also the key order of a 400 body.
const eventFilters: Record<string, Filter> = {
  // Comma-separated agency ids: events concerning any of these agencies.
  agency__ids: csvFilter('agencies__id', 'integer'),
  date__gt: datetimeFilter('date', 'gt'),
  // LL2 declares this odd name and describes it "Date is less than" (BEHAVIOR.md §5.3):
  // Apogee keeps the name and gives it that meaning (docs/COMPATIBILITY.md).
  date__gt__lt: datetimeFilter('date', 'lt'),
  date__gte: datetimeFilter('date', 'gte'),
  date__lte: datetimeFilter('date', 'lte'),
  day: datePartFilter('date', 'day'),
  // Comma-separated event ids, any of them.
  id: csvFilter('id', 'integer'),
  last_updated__gte: datetimeFilter('last_updated', 'gte'),
  last_updated__lte: datetimeFilter('last_updated', 'lte'),
  month: datePartFilter('date', 'month'),
  // The key repeated (`program=1&program=2`): events of any of these programs.
  program: multipleChoiceFilter('program'),
  slug: exactFilter('slug'),
  // A ModelChoiceFilter on the event type (an unknown id is a 400).
  type: choiceFilter('type'),
  // Comma-separated event type ids, any of them.
  type__ids: csvFilter('type__id', 'integer'),
  // Comma-separated video URLs, exact: events with a video link to any of them.
  video_url: csvFilter('vid_urls__url'),
  year: datePartFilter('date', 'year'),
};

interface EventListOptions {
  path: string;
  filters: Record<string, Filter>;
  scope?: Scope;
  defaultOrdering: string[];
  examples: ResourceExamples;
}

function eventList(options: EventListOptions): Resource {
  return defineResource({
    path: options.path,
    model: event,
    modes: { normal: 'EventEndpointNormal', list: 'EventEndpointList', detailed: 'EventEndpointDetailed' },
    retrieve: 'EventEndpointDetailed',
    filters: options.filters,
    search: ['name'],
    ordering: ['date', 'last_updated'],
    scope: options.scope,
    defaultOrdering: options.defaultOrdering,
    examples: options.examples,
  });
}

// As the launch lists: all events and the upcoming ones soonest first, the previous ones
// most recent first.
export const events = eventList({
  path: 'events',
  filters: eventFilters,
  defaultOrdering: ['date'],
  examples: { mode: 'list', filter: 'type__ids=1,2', search: 'Dragon', ordering: '-last_updated' },
});

export const upcomingEvents = eventList({
  path: 'events/upcoming',
  // `hide_recent_previous=true` leaves out the events whose date has passed (shown for a day
  // by default); declared in LL2's alphabetical order with the others.
  filters: withFilter(eventFilters, 'hide_recent_previous', notPastWhenTrueFilter('date')),
  // An event stays upcoming for a day after its date, as a launch does (docs/COMPATIBILITY.md);
  // events have no status that keeps them upcoming longer.
  scope: { kind: 'upcoming', path: 'date', graceHours: 24 },
  defaultOrdering: ['date'],
  examples: { mode: 'list', filter: 'type__ids=1', search: 'Starship', ordering: '-last_updated' },
});

export const previousEvents = eventList({
  path: 'events/previous',
  filters: eventFilters,
  scope: { kind: 'previous', path: 'date' },
  defaultOrdering: ['-date'],
  examples: { mode: 'list', filter: 'year=2020', search: 'Spacewalk', ordering: 'date' },
});
