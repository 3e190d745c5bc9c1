import { bool, defineModel, int, many, nameList, one, text, view } from '../engine/spec.ts';

export const imageLicense = defineModel({
  name: 'ImageLicense',
  table: 'image_licenses',
  fields: { id: int(), name: text(), priority: int(), link: text({ nullable: true }) },
  views: { ImageLicense: view(null, 'id name priority link') },
});

export const imageVariantType = nameList('ImageVariantType', 'image_variant_types');

export const imageVariant = defineModel({
  name: 'ImageVariant',
  table: 'image_variants',
  fields: { id: int(), type: one(() => imageVariantType), image_url: text() },
  extraColumns: { image_id: 'int' },
  views: { ImageVariant: view(null, 'id type:ImageVariantType image_url') },
});

export const image = defineModel({
  name: 'Image',
  table: 'images',
  fields: {
    id: int(),
    name: text(),
    image_url: text(),
    thumbnail_url: text(),
    credit: text({ nullable: true }),
    license: one(() => imageLicense),
    single_use: bool(),
    variants: many(() => imageVariant, 'image_id'),
  },
  views: {
    Image: view(null, 'id name image_url thumbnail_url credit license:ImageLicense single_use variants:ImageVariant'),
  },
});
