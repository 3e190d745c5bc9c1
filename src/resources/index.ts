// The explicit registry of served endpoints (no filesystem autoload): adding an LL2
// endpoint means adding its spec file and one line here.
import type { Resource } from '../engine/spec.ts';
import agencies from './agencies.ts';
import {
  agencyTypes,
  countries,
  imageLicenses,
  imageVariantTypes,
  spacecraftConfigurationTypes,
  spacecraftStatuses,
} from './config-lists.ts';
import spacecraft from './spacecraft.ts';
import spacecraftConfigurationFamilies from './spacecraft-configuration-families.ts';
import spacecraftConfigurations from './spacecraft-configurations.ts';
import spacecraftFlights from './spacecraft-flights.ts';

export const resources: Resource[] = [
  agencies,
  spacecraft,
  spacecraftConfigurations,
  spacecraftConfigurationFamilies,
  spacecraftFlights,
  agencyTypes,
  countries,
  imageLicenses,
  imageVariantTypes,
  spacecraftConfigurationTypes,
  spacecraftStatuses,
];
