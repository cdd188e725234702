/**
 * The names of the Relais schema types, as docs/sanity.md lists them. Documents carry them in
 * `_type`, so they are a contract with every dataset and with the Sanity sources: never rename.
 */
export const documentTypeNames = {
  brand: "relaisBrand",
  audience: "relaisAudience",
  market: "relaisMarket",
  asset: "relaisAsset",
  story: "relaisStory",
  capsule: "relaisCapsule",
  product: "relaisProduct",
  /** A live-shopping moment (`content/moments/<id>.yaml`). */
  moment: "relaisLiveMoment",
  ambassador: "relaisAmbassador",
} as const;

/** Items of localized fields: `{ _key: locale, _type, value }`. */
export const localeValueTypeNames = {
  string: "relaisLocaleString",
  text: "relaisLocaleText",
  stringList: "relaisLocaleStringList",
  direction: "relaisLocaleDirection",
} as const;

/** Items of lists that the Markdown model keeps as maps keyed by aspect ratio or market. */
export const itemTypeNames = {
  /** `crops[]`: a crop for one aspect ratio. */
  crop: "relaisCrop",
  /** `embargo.markets[]`: the publish moment of one market. */
  marketMoment: "relaisMarketMoment",
  /** `prices[]`: a product's price and availability in one market. */
  marketPrice: "relaisMarketPrice",
  /** `platforms[]` of an ambassador: a platform and their account name there. */
  ambassadorPlatform: "relaisAmbassadorPlatform",
} as const;

/** The brand is a singleton with this fixed id. */
export const BRAND_DOCUMENT_ID = "relaisBrand";

export type DocumentTypeName = (typeof documentTypeNames)[keyof typeof documentTypeNames];
export type LocaleValueTypeName = (typeof localeValueTypeNames)[keyof typeof localeValueTypeNames];
