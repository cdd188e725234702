import type { ChannelSpec } from "../channels/channel-spec.ts";
import { resolveChannelSpecs } from "../channels/resolve-channels.ts";
import { isLocaleTag } from "../model/primitives.ts";

/** What a house passes to `relais()` in its `sanity.config.ts`. */
export interface RelaisStudioOptions {
  /**
   * The locales editors write in, as canonical BCP 47 tags (`fr`, `zh-Hans`). Every localized
   * field offers one item per locale, in this order.
   */
  locales: readonly string[];
  /** The brand's default locale: alt text, titles and the credit line are required in it. */
  defaultLocale: string;
  /**
   * The same channel overrides as `channels` in `relais.config.ts`, so that the Studio checks
   * captions against the limits the build uses. @default none: the built-in library only
   */
  channels?: readonly unknown[];
  /**
   * A licence that ends within this many days is flagged, so that a replacement can be found in
   * time. @default 30
   */
  licenceWarningDays?: number;
  /**
   * The clock validation reads. In the Studio it is the time of each check; tests and previews
   * of a future date pass their own. @default () => new Date()
   */
  now?: () => Date;
}

/** What a message about missing options tells the house to write. */
const USAGE = 'relais({ locales: ["fr", "en"], defaultLocale: "fr" })';

/** The options checked and completed, as every schema type and rule reads them. */
export interface StudioSettings {
  locales: readonly string[];
  defaultLocale: string;
  /** Every valid channel record by id: the library's, with the house's overrides. */
  channels: ReadonlyMap<string, ChannelSpec>;
  licenceWarningDays: number;
  now: () => Date;
}

/**
 * Checks the options once, when the Studio loads its configuration: a wrong locale or channel
 * record is a mistake in `sanity.config.ts`, so it stops the Studio with a message rather than
 * letting every document fail for it.
 */
export function resolveStudioOptions(options: RelaisStudioOptions | undefined): StudioSettings {
  // `relais()` in a sanity.config.ts: Sanity calls the plugin with no options at all.
  if (typeof options !== "object" || options === null) {
    throw new Error(
      `[relais] The Studio plugin needs the house's locales: pass ${USAGE} in the \`plugins\` of sanity.config.ts`,
    );
  }
  const problems: string[] = [];
  if (!Array.isArray(options.locales))
    problems.push(`\`locales\` is missing: pass ${USAGE}, with the house's own locales`);
  const locales = Array.isArray(options.locales) ? [...options.locales] : [];
  if (Array.isArray(options.locales) && locales.length === 0)
    problems.push("`locales` must list at least one locale");
  for (const locale of locales) {
    if (!isLocaleTag(locale))
      problems.push(`"${locale}" in \`locales\` is not a canonical BCP 47 tag (e.g. fr, zh-Hans)`);
  }
  if (new Set(locales).size !== locales.length) problems.push("`locales` lists a locale twice");
  if (options.defaultLocale === undefined)
    problems.push(
      `\`defaultLocale\` is missing: name the brand's default locale, one of \`locales\`, as in ${USAGE}`,
    );
  else if (!locales.includes(options.defaultLocale))
    problems.push(`\`defaultLocale\` "${options.defaultLocale}" must be one of \`locales\``);

  const resolved = resolveChannelSpecs(options.channels ?? []);
  problems.push(...resolved.errors.map((error) => error.message));

  const days = options.licenceWarningDays ?? 30;
  if (!Number.isInteger(days) || days < 0)
    problems.push("`licenceWarningDays` must be a whole number of days, 0 or more");

  if (problems.length > 0) {
    throw new Error(`[relais] Invalid Studio plugin options:\n- ${problems.join("\n- ")}`);
  }
  return {
    locales,
    defaultLocale: options.defaultLocale,
    channels: resolved.specs,
    licenceWarningDays: days,
    now: options.now ?? (() => new Date()),
  };
}
