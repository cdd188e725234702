import type { ValidationContext } from "@sanity/types";
import { fetchRelatedDocuments } from "../data/fetch-context.ts";
import { assetOf, marketOf } from "../data/model-values.ts";
import type { StudioSettings } from "../options.ts";
import { instantOf, licenceExpiryWarnings } from "./licence-findings.ts";

/**
 * The rule on `licence.expires`: warnings when the licence has ended, or ends soon, in the
 * markets it covers, each read in the market's time zone, against the clock at validation time.
 */
export function licenceExpiryRule(settings: StudioSettings) {
  return async (value: unknown, context: ValidationContext) => {
    const document = context.document as (Record<string, unknown> & { _id: string }) | undefined;
    if (typeof value !== "string" || !document) return true;
    const { markets } = await fetchRelatedDocuments(context);
    const warnings = licenceExpiryWarnings(
      assetOf(document),
      markets.map(marketOf),
      instantOf(settings.now()),
      settings.licenceWarningDays,
    );
    return warnings.length === 0 ? true : warnings.map((message) => ({ message }));
  };
}
