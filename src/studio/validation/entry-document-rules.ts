import type { DocumentRule, ValidationContext, ValidationError } from "@sanity/types";
import type { EntryType } from "../../model/audience.ts";
import { entryAssetIds, targetedMarkets } from "../data/entry-markets.ts";
import { fetchRelatedDocuments, refOf } from "../data/fetch-context.ts";
import { marketOf } from "../data/model-values.ts";
import { oncePerValidation } from "../data/once-per-validation.ts";
import type { StudioSettings } from "../options.ts";
import { captionFindings } from "./caption-findings.ts";
import { incompleteTranslations } from "./entry-text-findings.ts";
import { momentFindings } from "./moment-findings.ts";

type Level = "error" | "warning" | "info";
type Findings = Record<Level, ValidationError[]>;

/**
 * The rules of a story, capsule or product that need other documents: its captions for every
 * market and channel, and its moments in every market's time zone. One fetch serves them all.
 */
export function entryDocumentRules(type: EntryType, settings: StudioSettings) {
  const findingsOf = oncePerValidation(
    async (document, context: ValidationContext): Promise<Findings> => {
      const related = await fetchRelatedDocuments(context, {
        assetIds: entryAssetIds(document, type),
        capsuleId: type === "product" ? refOf(document.capsule) : undefined,
      });
      const markets = related.markets.map(marketOf);
      const findings: Findings = {
        error: incompleteTranslations(document, type, settings.defaultLocale),
        warning: [],
        info: [],
      };
      for (const finding of captionFindings(document, type, related, settings)) {
        findings[finding.severity].push({
          message: finding.message,
          code: `relais.${finding.code}`,
        });
      }
      const targeted = targetedMarkets(document, type, markets);
      for (const finding of momentFindings(document, targeted, markets)) {
        findings[finding.severity].push({ message: finding.message, path: finding.path });
      }
      return findings;
    },
  );

  const at = (level: Level) => async (document: unknown, context: ValidationContext) => {
    if (typeof document !== "object" || document === null) return true;
    const found = (await findingsOf(document as Record<string, unknown>, context))[level];
    return found.length === 0 ? true : found;
  };
  return (rule: DocumentRule) => [
    rule.custom(at("error")).error(),
    rule.custom(at("warning")).warning(),
    rule.custom(at("info")).info(),
  ];
}
