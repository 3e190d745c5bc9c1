// Notable spacewalks of people and flights already in the dataset: the first ones of each
// country, the first by women, the first untethered one, the first of the ISS's assembly and
// some records. Each spacewalker is linked to their seat on the flight they were in space with.
//
// Times are UTC and come from the agencies' mission reports and status reports as the press
// carried them (NASA gives its times in US Eastern or Central time, CMSA in Beijing time; they
// are converted here). A spacewalk's duration is derived from its start and end; where sources
// disagree on the times or give only a duration, both are null, so the duration is null too.
// Such is the case for Ed White's (20 to 36 minutes, depending on what is counted), the first
// Shuttle ones of 1984, Savitskaya's (3 h 35 min by the Soviet account, time of day not found)
// and Zhai Zhigang's (reported as 19 to 22 minutes).
import type { CatalogPart, SpacewalkEntry } from './types.ts';

const ISS = 'International Space Station';
const CMSP = 'China Manned Space Program';

const spacewalks: SpacewalkEntry[] = [
  {
    // Leonov left the inflatable airlock at 08:34:51 and was back in it at 08:47:00.
    name: 'Voskhod 2 EVA', start: '1965-03-18T08:34:51Z', end: '1965-03-18T08:47:00Z',
    location: 'Earth orbit, outside Voskhod 2', crew: ['Alexei Leonov'], flight: 'Voskhod 2',
  },
  {
    name: 'Gemini 4 EVA', start: null, end: null,
    location: 'Earth orbit, outside Gemini 4', crew: ['Ed White'], flight: 'Gemini 4',
  },
  {
    // Hatch open at 11:15 a.m. EDT, closed at 2:40 p.m.: they freed Skylab's jammed solar wing.
    name: 'Conrad and Kerwin spacewalk, 7 June 1973', start: '1973-06-07T15:15Z', end: '1973-06-07T18:40Z',
    location: 'Skylab', crew: ['Pete Conrad', 'Joseph P. Kerwin'], station: 'Skylab', expedition: 'Skylab 2',
  },
  {
    // The first untethered spacewalk, on the Manned Maneuvering Unit (5 h 55 min by NASA's count).
    name: 'STS-41-B EVA 1', start: null, end: null,
    location: 'Earth orbit, outside Challenger', crew: ['Bruce McCandless II', 'Robert L. Stewart'], flight: 'STS-41-B',
    programs: ['Space Shuttle'],
  },
  {
    // The first spacewalk by a woman, made by the visiting Soyuz T-12 crew from Salyut 7.
    name: 'Dzhanibekov and Savitskaya spacewalk, 25 July 1984', start: null, end: null,
    location: 'Salyut 7', crew: [['Vladimir Dzhanibekov', 'Soyuz T-12'], ['Svetlana Savitskaya', 'Soyuz T-12']],
    station: 'Salyut 7', expedition: 'Salyut 7 EO-3',
  },
  {
    // The first American woman's spacewalk, a satellite refuelling demonstration (3 h 29 min).
    name: 'STS-41-G EVA', start: null, end: null,
    location: 'Earth orbit, outside Challenger', crew: ['Kathryn D. Sullivan', 'David C. Leestma'], flight: 'STS-41-G',
    programs: ['Space Shuttle'],
  },
  {
    // The first spacewalk of the ISS's assembly: from 4:10 p.m. CST, 7 h 21 min, wiring Unity to Zarya.
    name: 'STS-88 EVA 1', start: '1998-12-07T22:10Z', end: '1998-12-08T05:31Z',
    location: ISS, crew: ['Jerry L. Ross', 'James H. Newman'], station: ISS, flight: 'STS-88',
    programs: ['Space Shuttle', ISS],
  },
  {
    // From 11:12 p.m. CST on 10 March, 8 h 56 min: the longest spacewalk until 2024.
    name: 'STS-102 EVA 1', start: '2001-03-11T05:12Z', end: '2001-03-11T14:08Z',
    location: ISS, crew: ['James S. Voss', 'Susan Helms'], station: ISS, flight: 'STS-102',
    programs: ['Space Shuttle', ISS],
  },
  {
    name: 'Shenzhou 7 EVA', start: null, end: null,
    location: 'Earth orbit, outside Shenzhou 7', crew: ['Zhai Zhigang'], flight: 'Shenzhou 7', programs: [CMSP],
  },
  {
    // The first spacewalk by two women, from 7:38 a.m. to 2:55 p.m. EDT.
    name: 'Koch and Meir spacewalk, 18 October 2019', start: '2019-10-18T11:38Z', end: '2019-10-18T18:55Z',
    location: ISS, crew: ['Christina Koch', 'Jessica Meir'], station: ISS, expedition: 'Expedition 61', programs: [ISS],
  },
  {
    // China's first spacewalk by a woman, from 18:51 to 01:16 Beijing time.
    name: 'Shenzhou 13 EVA 1', start: '2021-11-07T10:51Z', end: '2021-11-07T17:16Z',
    location: 'Tiangong', crew: ['Zhai Zhigang', 'Wang Yaping'], station: 'Tiangong', expedition: 'Shenzhou 13', programs: [CMSP],
  },
  {
    // 9 h 6 min, the longest spacewalk so far; it ended at 21:57 Beijing time.
    name: 'Shenzhou 19 EVA 1', start: '2024-12-17T04:51Z', end: '2024-12-17T13:57Z',
    location: 'Tiangong', crew: ['Cai Xuzhe', 'Song Lingdong'], station: 'Tiangong', expedition: 'Shenzhou 19', programs: [CMSP],
  },
];

export const part: CatalogPart = { spacewalks };
