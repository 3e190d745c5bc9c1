// Expeditions: the crews' stays on the stations of the dataset, from Salyut 1 to Tiangong, and
// the docking events of the JSON files' crewed flights that bound or fill them.
//
// An expedition's start and end are taken from the dataset's own docking events wherever one
// marks them ({ docked: mission } is a flight's first docking at the station, { undocked:
// mission } its last undocking), so the two cannot disagree: an expedition's crew is derived
// from the people's stays aboard its station (src/ingest/people-statistics.ts), and a crew that
// leaves at the instant an expedition ends belongs to that expedition only. Where the dataset
// knows a docking only to the day, the expedition's boundary is that day's 00:00 UTC, like the
// docking's.
//
// Handovers: on stations crewed without a break (Mir from 1987, the ISS, Tiangong from
// Shenzhou 15), an expedition starts when the previous crew left, and an entry without a
// `start` follows the one before it. Expeditions that 85-expeditions.json already defines
// (Expeditions 63, 68, 69 and 72, Shenzhou 12) are listed here so that their neighbours follow
// them; the JSON records win. Their bounds are the undockings of Soyuz MS-15, MS-16, MS-21,
// MS-22, MS-23, MS-25 and MS-26 and Shenzhou 12's stay, to the minute, and the catalog gives
// those dockings to the minute too, so that the two agree (the dataset test checks that every
// expedition starts and ends at a docking or undocking of its station).
//
// Names are the ones LL2 uses: "Expedition N" on the ISS, the Shenzhou flight's name on the
// Chinese stations, the crew's own mission on Skylab, and the Soviet principal-expedition
// numbering ("EO", osnovnaya ekspeditsiya) on Salyut and Mir.
import type { CatalogPart, ExpeditionEntry, FlightDockingEntry } from './types.ts';

const ISS = 'International Space Station';
const TIANGONG = 'Tiangong';

// The JSON files' crewed Dragon flights, STS-133 and CRS-21 flew to the ISS without a docking
// event there; these are the capture, relocation and undocking times NASA announced (UTC).
const dockings: FlightDockingEntry[] = [
  { mission: 'STS-133', station: ISS, port: 'Harmony forward', docked: '2011-02-26T19:14Z', undocked: '2011-03-07T12:00Z' },
  { mission: 'CRS-21', station: ISS, port: 'Harmony zenith', docked: '2020-12-07T18:40Z', undocked: '2021-01-12T14:05Z' },
  { mission: 'Crew-2', station: ISS, port: 'Harmony forward', docked: '2021-04-24T09:08Z', undocked: '2021-07-21T10:45Z' },
  { mission: 'Crew-2', station: ISS, port: 'Harmony zenith', docked: '2021-07-21T11:35Z', undocked: '2021-11-08T19:05Z' },
  { mission: 'Ax-1', station: ISS, port: 'Harmony zenith', docked: '2022-04-09T12:29Z', undocked: '2022-04-25T01:10Z' },
  { mission: 'Crew-6', station: ISS, port: 'Harmony zenith', docked: '2023-03-03T06:40Z', undocked: '2023-05-06T11:10Z' },
  { mission: 'Crew-6', station: ISS, port: 'Harmony forward', docked: '2023-05-06T12:01Z', undocked: '2023-09-03T11:05Z' },
  // Crew-8's first capture is known here only to the day.
  { mission: 'Crew-8', station: ISS, port: 'Harmony forward', docked: '2024-03-05', undocked: '2024-05-02T11:45Z' },
  { mission: 'Crew-8', station: ISS, port: 'Harmony zenith', docked: '2024-05-02T12:28Z', undocked: '2024-10-23T21:05Z' },
];

const handover = (name: string, station: string, endedBy: string): ExpeditionEntry => ({ name, station, end: { undocked: endedBy } });
const stay = (name: string, station: string, arrival: string, departure: string = arrival): ExpeditionEntry =>
  ({ name, station, start: { docked: arrival }, end: { undocked: departure } });

// The ISS, crewed without a break since Soyuz TM-31 docked in November 2000. Expeditions 1 to 6
// ended when their crew left on a Shuttle, Expedition 6 on Soyuz TMA-1 after the loss of
// Columbia; from Expedition 7 each ended when a Soyuz took its crew home, except Expeditions 19
// and 58, which ended when a Soyuz brought the next crew (the start of a six-person crew, and
// the schedule after the Soyuz MS-10 abort). Expedition 74 is the one under way at the
// dataset's cut-off.
const iss: ExpeditionEntry[] = [
  stay('Expedition 1', ISS, 'Soyuz TM-31', 'STS-102'),
  handover('Expedition 2', ISS, 'STS-105'),
  handover('Expedition 3', ISS, 'STS-108'),
  handover('Expedition 4', ISS, 'STS-111'),
  handover('Expedition 5', ISS, 'STS-113'),
  handover('Expedition 6', ISS, 'Soyuz TMA-1'),
  ...Array.from({ length: 12 }, (_, i) => handover(`Expedition ${i + 7}`, ISS, `Soyuz TMA-${i + 2}`)),
  { name: 'Expedition 19', station: ISS, end: { docked: 'Soyuz TMA-15' } },
  handover('Expedition 20', ISS, 'Soyuz TMA-14'),
  handover('Expedition 21', ISS, 'Soyuz TMA-15'),
  handover('Expedition 22', ISS, 'Soyuz TMA-16'),
  handover('Expedition 23', ISS, 'Soyuz TMA-17'),
  handover('Expedition 24', ISS, 'Soyuz TMA-18'),
  handover('Expedition 25', ISS, 'Soyuz TMA-19'),
  handover('Expedition 26', ISS, 'Soyuz TMA-01M'),
  handover('Expedition 27', ISS, 'Soyuz TMA-20'),
  handover('Expedition 28', ISS, 'Soyuz TMA-21'),
  handover('Expedition 29', ISS, 'Soyuz TMA-02M'),
  handover('Expedition 30', ISS, 'Soyuz TMA-22'),
  ...Array.from({ length: 18 }, (_, i) => handover(`Expedition ${i + 31}`, ISS, `Soyuz TMA-${String(i + 3).padStart(2, '0')}M`)),
  ...Array.from({ length: 9 }, (_, i) => handover(`Expedition ${i + 49}`, ISS, `Soyuz MS-${String(i + 1).padStart(2, '0')}`)),
  { name: 'Expedition 58', station: ISS, end: { docked: 'Soyuz MS-12' } },
  handover('Expedition 59', ISS, 'Soyuz MS-11'),
  handover('Expedition 60', ISS, 'Soyuz MS-12'),
  handover('Expedition 61', ISS, 'Soyuz MS-13'),
  handover('Expedition 62', ISS, 'Soyuz MS-15'),
  handover('Expedition 63', ISS, 'Soyuz MS-16'),
  handover('Expedition 64', ISS, 'Soyuz MS-17'),
  handover('Expedition 65', ISS, 'Soyuz MS-18'),
  handover('Expedition 66', ISS, 'Soyuz MS-19'),
  handover('Expedition 67', ISS, 'Soyuz MS-21'),
  handover('Expedition 68', ISS, 'Soyuz MS-22'),
  handover('Expedition 69', ISS, 'Soyuz MS-23'),
  handover('Expedition 70', ISS, 'Soyuz MS-24'),
  handover('Expedition 71', ISS, 'Soyuz MS-25'),
  handover('Expedition 72', ISS, 'Soyuz MS-26'),
  handover('Expedition 73', ISS, 'Soyuz MS-27'),
  { name: 'Expedition 74', station: ISS, end: null },
];

// Mir's principal expeditions. The station was empty before EO-2, between EO-4 and EO-5 (1989)
// and between EO-27 and EO-28 (1999-2000); otherwise each crew handed over to the next.
// EO-18 went home on STS-71, which brought EO-19.
const mir: ExpeditionEntry[] = [
  stay('Mir EO-1', 'Mir', 'Soyuz T-15'),
  stay('Mir EO-2', 'Mir', 'Soyuz TM-2', 'Soyuz TM-3'),
  handover('Mir EO-3', 'Mir', 'Soyuz TM-6'),
  handover('Mir EO-4', 'Mir', 'Soyuz TM-7'),
  stay('Mir EO-5', 'Mir', 'Soyuz TM-8'),
  ...Array.from({ length: 12 }, (_, i) => handover(`Mir EO-${i + 6}`, 'Mir', `Soyuz TM-${i + 9}`)),
  handover('Mir EO-18', 'Mir', 'STS-71'),
  ...Array.from({ length: 9 }, (_, i) => handover(`Mir EO-${i + 19}`, 'Mir', `Soyuz TM-${i + 21}`)),
  stay('Mir EO-28', 'Mir', 'Soyuz TM-30'),
];

// The Salyut stations' principal expeditions: from the crew's arrival to the departure of the
// Soyuz that brought them home (often the visitors' newer ship). Salyut 7 EO-4 runs from the
// Soyuz T-13 repair crew's arrival to Soyuz T-14's return with Savinykh, who stayed on with the
// T-14 crew; EO-5 is the Mir crew's visit in Soyuz T-15.
const salyut: ExpeditionEntry[] = [
  stay('Salyut 1 EO-1', 'Salyut 1', 'Soyuz 11'),
  stay('Salyut 3 EO-1', 'Salyut 3', 'Soyuz 14'),
  stay('Salyut 4 EO-1', 'Salyut 4', 'Soyuz 17'),
  stay('Salyut 4 EO-2', 'Salyut 4', 'Soyuz 18'),
  stay('Salyut 5 EO-1', 'Salyut 5', 'Soyuz 21'),
  stay('Salyut 5 EO-2', 'Salyut 5', 'Soyuz 24'),
  stay('Salyut 6 EO-1', 'Salyut 6', 'Soyuz 26', 'Soyuz 27'),
  stay('Salyut 6 EO-2', 'Salyut 6', 'Soyuz 29', 'Soyuz 31'),
  stay('Salyut 6 EO-3', 'Salyut 6', 'Soyuz 32', 'Soyuz 34'),
  stay('Salyut 6 EO-4', 'Salyut 6', 'Soyuz 35', 'Soyuz 37'),
  stay('Salyut 6 EO-5', 'Salyut 6', 'Soyuz T-3'),
  stay('Salyut 6 EO-6', 'Salyut 6', 'Soyuz T-4'),
  stay('Salyut 7 EO-1', 'Salyut 7', 'Soyuz T-5', 'Soyuz T-7'),
  stay('Salyut 7 EO-2', 'Salyut 7', 'Soyuz T-9'),
  stay('Salyut 7 EO-3', 'Salyut 7', 'Soyuz T-10', 'Soyuz T-11'),
  stay('Salyut 7 EO-4', 'Salyut 7', 'Soyuz T-13', 'Soyuz T-14'),
  stay('Salyut 7 EO-5', 'Salyut 7', 'Soyuz T-15'),
];

// Skylab's three crews and the Chinese laboratories' visits, each the stay of one ship.
const visits: ExpeditionEntry[] = [
  stay('Skylab 2', 'Skylab', 'Skylab 2'),
  stay('Skylab 3', 'Skylab', 'Skylab 3'),
  stay('Skylab 4', 'Skylab', 'Skylab 4'),
  stay('Shenzhou 9', 'Tiangong-1', 'Shenzhou 9'),
  stay('Shenzhou 10', 'Tiangong-1', 'Shenzhou 10'),
  stay('Shenzhou 11', 'Tiangong-2', 'Shenzhou 11'),
];

// Tiangong: Shenzhou 12 (in the JSON files), 13 and 14 found the station empty; from Shenzhou
// 15 each crew took over from the last. The Shenzhou 20 crew left in Shenzhou 21 after debris
// damaged their own ship, and the Shenzhou 21 crew, who stayed without a ship of their own until
// the uncrewed Shenzhou 22 came up, were under way at the dataset's snapshot.
const tiangong: ExpeditionEntry[] = [
  stay('Shenzhou 12', TIANGONG, 'Shenzhou 12'),
  stay('Shenzhou 13', TIANGONG, 'Shenzhou 13'),
  stay('Shenzhou 14', TIANGONG, 'Shenzhou 14'),
  handover('Shenzhou 15', TIANGONG, 'Shenzhou 15'),
  handover('Shenzhou 16', TIANGONG, 'Shenzhou 16'),
  handover('Shenzhou 17', TIANGONG, 'Shenzhou 17'),
  handover('Shenzhou 18', TIANGONG, 'Shenzhou 18'),
  handover('Shenzhou 19', TIANGONG, 'Shenzhou 19'),
  handover('Shenzhou 20', TIANGONG, 'Shenzhou 21'),
  { name: 'Shenzhou 21', station: TIANGONG, end: null },
];

export const part: CatalogPart = {
  dockings,
  expeditions: [...salyut, ...visits, ...mir, ...iss, ...tiangong],
};
