import type { EntryType } from "../model/audience.ts";
import type { TextDirection } from "../model/market.ts";

/** Why an entry or an asset is left out of a pack. Codes are stable: reports and tests use them. */
export type SkipReason =
  | { code: "not-for-audience"; message: string }
  | { code: "channel-unknown"; message: string }
  | { code: "channel-excludes-type"; message: string }
  | { code: "market-not-targeted"; message: string }
  | { code: "embargoed"; message: string; until: string; untilInstant: string }
  | { code: "unpublished"; message: string; since: string; sinceInstant: string }
  | { code: "not-sold-in-market"; message: string }
  | { code: "capsule-not-live"; message: string; capsule: string }
  | { code: "no-text-in-chain"; message: string; chain: string[] }
  | { code: "no-usable-asset"; message: string }
  | {
      code: "legal-lines-over-limit";
      message: string;
      locale: string;
      length: number;
      limit: number;
    }
  | {
      code: "disclosure-over-limit";
      message: string;
      locale: string;
      length: number;
      limit: number;
    }
  | {
      code: "tracked-link-over-limit";
      message: string;
      locale: string;
      length: number;
      limit: number;
    }
  | {
      code: "disclosure-missing";
      message: string;
      locale: string;
      kinds: Array<"paid" | "gifted" | "retouched">;
    }
  | AssetSkipReason;

export type AssetSkipReason =
  | { code: "asset-unavailable"; message: string }
  | { code: "licence-territory-excluded"; message: string }
  | { code: "licence-territory-not-allowed"; message: string }
  | { code: "licence-expired"; message: string; since: string; sinceInstant: string }
  | { code: "licence-usage-not-allowed"; message: string; usage: string };

export type SkipCode = SkipReason["code"];

export interface ResolvedLocale {
  /** The locale whose text is used. */
  locale: string;
  /** The market's chain, most wanted first. */
  chain: string[];
  /** True when the text is not in the chain's first locale. */
  fallback: boolean;
  direction: TextDirection;
}

export interface AssetDecision {
  asset: string;
  included: boolean;
  reasons: AssetSkipReason[];
  /** The locale of the alt text used, by the same chain as the entry's text. */
  altLocale?: string;
  altFallback?: boolean;
}

/** One audience × market × channel × entry: published or not, and why. */
export interface PlanDecision {
  audience: string;
  market: string;
  channel: string;
  entry: { type: EntryType; slug: string };
  included: boolean;
  /** Empty when included. */
  reasons: SkipReason[];
  locale?: ResolvedLocale;
  assets: AssetDecision[];
}

export interface Plan {
  /** Bumped when a field changes meaning or goes away. */
  schemaVersion: 1;
  /** The build's clock, as given. */
  now: string;
  decisions: PlanDecision[];
  summary: PlanSummary;
}

export interface PlanSummary {
  decisions: number;
  included: number;
  skipped: number;
  /** How often each reason left an entry out. */
  skippedBy: Partial<Record<SkipCode, number>>;
  /** Included decisions whose text came from a fallback locale. */
  fallbacks: number;
}
