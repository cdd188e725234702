import { localeValueTypes } from "./localized/locale-value-types.ts";
import { type RelaisStudioOptions, resolveStudioOptions, type StudioSettings } from "./options.ts";
import { ambassadorPlatformType, ambassadorType } from "./schema/ambassador-type.ts";
import { assetType } from "./schema/asset-type.ts";
import { audienceType } from "./schema/audience-type.ts";
import { brandType } from "./schema/brand-type.ts";
import { capsuleType } from "./schema/capsule-type.ts";
import { cropType } from "./schema/crop-type.ts";
import { marketMomentType } from "./schema/market-moment-type.ts";
import { marketPriceType } from "./schema/market-price-type.ts";
import { marketType } from "./schema/market-type.ts";
import { momentType } from "./schema/moment-type.ts";
import { productType } from "./schema/product-type.ts";
import { storyType } from "./schema/story-type.ts";

/**
 * Every schema type of the Relais Studio plugin, for the house's locales and channels: the
 * documents of docs/sanity.md and the object types their fields use.
 */
export function relaisSchemaTypes(options: RelaisStudioOptions) {
  return schemaTypesFor(resolveStudioOptions(options));
}

/** The schema types for options already checked (the plugin checks them once for all its parts). */
export function schemaTypesFor(settings: StudioSettings) {
  return [
    brandType(settings),
    audienceType(settings),
    marketType(settings),
    assetType(settings),
    storyType(settings),
    capsuleType(settings),
    productType(settings),
    momentType(settings),
    ambassadorType(settings),
    ...localeValueTypes,
    cropType,
    marketMomentType,
    marketPriceType,
    ambassadorPlatformType(settings),
  ];
}
