import { defineModel, duration, int, one, text, view } from '../engine/spec.ts';

export const timelineEventType = defineModel({
  name: 'TimelineEventType',
  table: 'timeline_event_types',
  fields: { id: int(), abbrev: text(), description: text() },
  views: { TimelineEventType: view(null, 'id abbrev description') },
});

/**
 * One step of a launch's timeline (engine ignition, stage separation…), at a time relative to
 * liftoff: negative before T-0. LL2 shows neither a key nor the launch; Apogee keeps both to
 * store and order the rows (`launch_id`).
 */
export const timelineEvent = defineModel({
  name: 'TimelineEvent',
  table: 'timeline_events',
  fields: {
    id: int(),
    type: one(() => timelineEventType, { nullable: true }),
    relative_time: duration({ nullable: true }),
  },
  extraColumns: { launch_id: 'uuid' },
  views: { TimelineEvent: view(null, 'type:TimelineEventType relative_time') },
});
