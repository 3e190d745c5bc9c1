import { bool, defineModel, float, int, one, selfUrl, text, view } from '../engine/spec.ts';
import { celestialBody } from './celestial-bodies.ts';
import { image } from './images.ts';
import { firstStage } from './launchers.ts';
import { location } from './locations.ts';
import { payloadFlight } from './payloads.ts';
import { spacecraftFlight } from './spacecraft.ts';

export const landingType = defineModel({
  name: 'LandingType',
  table: 'landing_types',
  fields: { id: int(), name: text(), abbrev: text(), description: text({ nullable: true }) },
  views: { LandingType: view(null, 'id name abbrev description') },
});

export const landingLocation = defineModel({
  name: 'LandingLocation',
  table: 'landing_locations',
  fields: {
    id: int(),
    name: text(),
    active: bool(),
    abbrev: text(),
    description: text({ nullable: true }),
    location: one(() => location),
    longitude: float({ nullable: true }),
    latitude: float({ nullable: true }),
    image: one(() => image, { nullable: true }),
    successful_landings: int({ nullable: true }),
    attempted_landings: int({ nullable: true }),
    failed_landings: int({ nullable: true }),
    celestial_body: one(() => celestialBody),
  },
  views: {
    LandingLocation: view(
      null,
      'id name active abbrev description location:LocationSerializerNoCelestialBody longitude latitude image:Image successful_landings attempted_landings failed_landings celestial_body:CelestialBodyNormal',
    ),
  },
});

const landingFields = 'id url attempt success description downrange_distance landing_location:LandingLocation type:LandingType';

export const landing = defineModel({
  name: 'Landing',
  table: 'landings',
  fields: {
    id: int(),
    url: selfUrl('landings'),
    attempt: bool(),
    success: bool({ nullable: true }),
    description: text(),
    downrange_distance: float({ nullable: true }),
    landing_location: one(() => landingLocation),
    type: one(() => landingType),
    // What landed: LL2 keys these one-to-one relations on the stage or flight side
    // (`first_stages.landing_id`, `spacecraft_flights.landing_id`). The landing endpoint shows
    // them from the landing's side, so the landing also keeps the link (set with the data).
    firststage: one(() => firstStage, { nullable: true }),
    spacecraftflight: one(() => spacecraftFlight, { nullable: true }),
    payloadflight: one(() => payloadFlight, { nullable: true }),
  },
  views: {
    Landing: view(null, landingFields),
    LandingEndpointList: view(
      'list',
      `${landingFields} response_mode firststage:FirstStageMini spacecraftflight:SpacecraftFlightMiniSerializerNoLanding payloadflight:PayloadFlightMiniSerializerNoLanding`,
    ),
    LandingEndpointNormal: view(
      'normal',
      `${landingFields} response_mode firststage:FirstStageNormalSerializerNoLanding spacecraftflight:SpacecraftFlightNormalSerializerNoLanding payloadflight:PayloadFlightNormalSerializerNoLanding`,
    ),
    LandingEndpointDetailed: view(
      'detailed',
      `${landingFields} response_mode firststage:FirstStageDetailedSerializerNoLanding spacecraftflight:SpacecraftFlightDetailedSerializerNoLanding payloadflight:PayloadFlightDetailedSerializerNoLanding`,
    ),
  },
});
