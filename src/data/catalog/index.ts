// The parts of the catalog, in the order their definitions are read (the first part to
// define a name wins). See types.ts for the format and docs/DATA.md for the sources.
import { part as china } from './china.ts';
import { part as crewsReference } from './crews-reference.ts';
import { part as crewsUsEarly } from './crews-us-early.ts';
import { part as crewsSoviet } from './crews-soviet.ts';
import { part as crewsShuttle1 } from './crews-shuttle-1.ts';
import { part as crewsShuttle2 } from './crews-shuttle-2.ts';
import { part as crewsSoyuzIss } from './crews-soyuz-iss.ts';
import { part as crewsChinaCommercial } from './crews-china-commercial.ts';
import { part as expeditions } from './expeditions.ts';
import { part as progress } from './progress.ts';
import { reference } from './reference.ts';
import { part as shuttle } from './shuttle.ts';
import { part as spacewalks } from './spacewalks.ts';
import { part as sovietCrewed } from './soviet-crewed.ts';
import type { CatalogPart } from './types.ts';
import { part as usEarly } from './us-early.ts';
import { part as visitingVehicles } from './visiting-vehicles.ts';

export const catalogParts: Array<[string, CatalogPart]> = [
  ['reference.ts', reference],
  ['us-early.ts', usEarly],
  ['soviet-crewed.ts', sovietCrewed],
  ['progress.ts', progress],
  ['shuttle.ts', shuttle],
  ['china.ts', china],
  ['visiting-vehicles.ts', visitingVehicles],
  ['crews-reference.ts', crewsReference],
  ['crews-us-early.ts', crewsUsEarly],
  ['crews-soviet.ts', crewsSoviet],
  ['crews-shuttle-1.ts', crewsShuttle1],
  ['crews-shuttle-2.ts', crewsShuttle2],
  ['crews-soyuz-iss.ts', crewsSoyuzIss],
  ['crews-china-commercial.ts', crewsChinaCommercial],
  ['expeditions.ts', expeditions],
  ['spacewalks.ts', spacewalks],
];
