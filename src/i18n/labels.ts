/**
 * Every label Relais shows a reader, in the reader's language: market, audience, platform and
 * placement names and a story's era. Pure and framework-free: the pipeline (pack READMEs) and
 * the site's data use the same functions. Each returns the text, or with `…Label` the text and
 * the locale it is really in (a label falls back when a translation is missing).
 */
export {
  audienceDescription,
  audienceDescriptionLabel,
  audienceLabel,
  audienceName,
  type NamedAudience,
} from "./audience-names.ts";
export {
  placementLabel,
  placementName,
  platformLabel,
  platformName,
} from "./channel-names.ts";
export { type EraEntry, eraLabel, eraName } from "./era-names.ts";
export { LABEL_LOCALES, type LabelLocale } from "./label-locales.ts";
export { type Label, localeChain, pickLocalized } from "./locale-chain.ts";
export {
  isRegionCode,
  type MarketNameOptions,
  marketLabel,
  marketName,
  marketRegion,
  type NamedMarket,
} from "./market-names.ts";
export { localeDirection } from "./text-direction.ts";
