// What LL2's Starship dashboard shows besides launches and events (StarshipDashboard*):
// road closures at Starbase, regulatory notices and live streams. LL2 serves none of them
// as an endpoint of its own; their vocabularies are config lists.
import { datetime, defineModel, int, nameList, one, text, view } from '../engine/spec.ts';

export const roadClosureStatus = nameList('RoadClosureStatus', 'road_closure_statuses');

export const roadClosure = defineModel({
  name: 'RoadClosure',
  table: 'road_closures',
  fields: {
    id: int(),
    title: text(),
    status: one(() => roadClosureStatus),
    window_start: datetime(),
    window_end: datetime(),
  },
  views: { RoadClosure: view(null, 'id title status:RoadClosureStatus window_start window_end') },
});

export const noticeType = nameList('NoticeType', 'notice_types');

export const notice = defineModel({
  name: 'Notice',
  table: 'notices',
  fields: {
    id: int(),
    type: one(() => noticeType),
    date: datetime(),
    url: text(),
  },
  views: { Notice: view(null, 'id type:NoticeType date url') },
});

// A stream the dashboard links to; LL2 names its schema `VidURLs` although it is not a
// launch's video link (VidURL): a title, a description, a thumbnail and the address.
export const liveStream = defineModel({
  name: 'LiveStream',
  table: 'live_streams',
  fields: {
    id: int(),
    title: text({ nullable: true }),
    description: text({ nullable: true }),
    image: text({ nullable: true }),
    url: text(),
  },
  views: { VidURLs: view(null, 'title description image url') },
});
