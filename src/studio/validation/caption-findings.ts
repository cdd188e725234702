import type { EntryType } from "../../model/audience.ts";
import { entrySchemas, localizedFields } from "../../model/entries.ts";
import { buildCaption } from "../../render/captions/build-caption.ts";
import type { CaptionWarningCode } from "../../render/captions/caption-warnings.ts";
import { Temporal } from "../../time/moment.ts";
import { assetUsableIn, entryAssetIds, targetedMarkets } from "../data/entry-markets.ts";
import type { RelatedDocuments } from "../data/fetch-context.ts";
import {
  assetOf,
  brandOf,
  type CaptionCapsule,
  capsuleOf,
  type EntryText,
  entryTextsOf,
  marketOf,
} from "../data/model-values.ts";
import type { StudioSettings } from "../options.ts";

/** One thing to tell the editor about the captions of an entry. */
export interface CaptionFinding {
  severity: "error" | "warning";
  code: CaptionWarningCode | "NoTextForMarket" | "BrandNotPublished";
  message: string;
}

/**
 * The caption warnings that are the entry's to fix. Missing credit templates and legal lines
 * are the brand's and the market's: their own documents report them.
 */
const ENTRY_CAPTION_WARNINGS = new Set<CaptionWarningCode>([
  "CaptionOverLimit",
  "TitleTruncated",
  "HashtagsDropped",
  "LinksNotClickable",
]);

/**
 * The captions the build will write for this entry, made by the pipeline's own caption engine:
 * for every market the entry targets, in the locale the market's chain resolves to, for every
 * channel of the market that takes a caption and carries this entry type, with the credits of
 * the images the licence lets the market show now. Findings that several markets share are
 * reported once, naming the markets.
 */
export function captionFindings(
  document: Record<string, unknown>,
  type: EntryType,
  related: RelatedDocuments,
  settings: StudioSettings,
): CaptionFinding[] {
  const assetIds = entryAssetIds(document, type);
  if (!related.brand) {
    return [
      {
        severity: "warning",
        code: "BrandNotPublished",
        message:
          "Captions are checked once the brand document (relaisBrand) is published: it holds the credit line, hashtags and legal lines every caption carries",
      },
    ];
  }

  const brand = brandOf(related.brand, settings.defaultLocale);
  const capsule: CaptionCapsule | undefined =
    type === "capsule"
      ? capsuleOf(document)
      : type === "product"
        ? capsuleOf(related.capsule)
        : undefined;
  const texts = validTexts(document, type);
  const assetsById = new Map(related.assets.map((asset) => [asset._id as string, asset]));
  const assets = assetIds.flatMap((id) => {
    const asset = assetsById.get(id);
    return asset ? [assetOf(asset as Record<string, unknown> & { _id: string })] : [];
  });
  const now = Temporal.Instant.fromEpochMilliseconds(settings.now().getTime());

  const grouped = new Map<
    string,
    { finding: Omit<CaptionFinding, "message">; head: string; tail: string; markets: string[] }
  >();
  const report = (finding: CaptionFinding & { head: string }, market: string) => {
    const key = `${finding.severity}|${finding.code}|${finding.head}|${finding.message}`;
    const group = grouped.get(key) ?? {
      finding: { severity: finding.severity, code: finding.code },
      head: finding.head,
      tail: finding.message,
      markets: [],
    };
    group.markets.push(market);
    grouped.set(key, group);
  };

  for (const market of targetedMarkets(document, type, related.markets.map(marketOf))) {
    const locale = market.locales.find((candidate) => texts[candidate] !== undefined);
    if (locale === undefined) {
      report(
        {
          severity: "warning",
          code: "NoTextForMarket",
          head: `No text in ${market.locales.join(", ") || "any locale"}`,
          message:
            "the entry is left out of these markets until it has text in one of their locales",
        },
        market.name,
      );
      continue;
    }
    const images = assets.filter((asset) => assetUsableIn(asset, market, now));
    for (const channelId of market.channels) {
      const spec = settings.channels.get(channelId);
      if (!spec?.text.caption || !spec.entryTypes.includes(type)) continue;
      const caption = buildCaption({
        text: texts[locale] as EntryText,
        locale: { locale, direction: market.directionOf(locale) },
        brand,
        market,
        capsule,
        images,
        rules: spec.text,
      });
      for (const warning of caption?.warnings ?? []) {
        if (!ENTRY_CAPTION_WARNINGS.has(warning.code)) continue;
        report(
          {
            severity: warning.severity,
            code: warning.code,
            head: `Caption for ${spec.id} in ${locale}`,
            message: warning.message,
          },
          market.name,
        );
      }
    }
  }

  return [...grouped.values()].map(({ finding, head, tail, markets }) => ({
    ...finding,
    message: `${head} (${markets.join(", ")}): ${tail}`,
  }));
}

/** The entry's text per locale, for the locales whose text the build accepts. */
function validTexts(document: Record<string, unknown>, type: EntryType): Record<string, EntryText> {
  const schema = entrySchemas[type].text;
  const texts: Record<string, EntryText> = {};
  for (const [locale, text] of Object.entries(entryTextsOf(document, localizedFields[type]))) {
    const parsed = schema.safeParse(text);
    if (parsed.success) texts[locale] = parsed.data;
  }
  return texts;
}
