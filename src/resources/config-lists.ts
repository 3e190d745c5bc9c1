// The small lookup lists under /2.3.0/config/: no modes, filters or search.
import { defineResource } from '../engine/spec.ts';
import { agencyType, country } from '../models/agencies.ts';
import { imageLicense, imageVariantType } from '../models/images.ts';
import { spacecraftStatus } from '../models/spacecraft.ts';
import { spacecraftConfigType } from '../models/spacecraft-configurations.ts';

export const spacecraftStatuses = defineResource({
  path: 'config/spacecraft_statuses',
  model: spacecraftStatus,
  view: 'SpacecraftStatus',
  retrieve: 'SpacecraftStatus',
});

export const spacecraftConfigurationTypes = defineResource({
  path: 'config/spacecraft_configuration_types',
  model: spacecraftConfigType,
  view: 'SpacecraftConfigType',
  retrieve: 'SpacecraftConfigType',
});

export const agencyTypes = defineResource({
  path: 'config/agency_types',
  model: agencyType,
  view: 'AgencyType',
  retrieve: 'AgencyType',
});

export const imageLicenses = defineResource({
  path: 'config/image_licenses',
  model: imageLicense,
  view: 'ImageLicense',
  retrieve: 'ImageLicense',
});

export const imageVariantTypes = defineResource({
  path: 'config/image_variant_types',
  model: imageVariantType,
  view: 'ImageVariantType',
  retrieve: 'ImageVariantType',
});

export const countries = defineResource({
  path: 'config/countries',
  model: country,
  view: 'Country',
  retrieve: 'Country',
});
