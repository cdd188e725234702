import type { ContentIssue } from "../errors/issue.ts";
import type { BuildWarning } from "../pack/assemble-kits.ts";
import type { DistManifest } from "../pack/manifest-types.ts";
import type { Plan } from "../plan/types.ts";

/** `dist/report.json`: per market × channel, what was built, what was skipped and why. */
export interface BuildReport {
  schemaVersion: 1;
  summary: {
    packs: number;
    files: number;
    included: number;
    skipped: number;
    warnings: number;
    contentErrors: number;
  };
  markets: MarketReport[];
  issues: readonly ContentIssue[];
  /** The links of unlisted kits (ambassadors…), to send to the people they are for. */
  unlistedKits: readonly UnlistedKit[];
}

export interface UnlistedKit {
  market: string;
  audience: string;
  /** type/slug of the kit's launch. */
  launch: string;
  url: string;
}

export interface MarketReport {
  market: string;
  channels: ChannelReport[];
}

export interface ChannelReport {
  channel: string;
  packs: {
    audience: string;
    path: string;
    zip: string;
    zipBytes: number;
    images: number;
    entries: string[];
  }[];
  skipped: { audience: string; entry: string; reasons: string[] }[];
  /** Images left out of an entry that was published (licence, territory, expiry). */
  imagesLeftOut: { audience: string; entry: string; asset: string; reasons: string[] }[];
  /** Entries published in a fallback locale: a translation the editors may want to add. */
  fallbacks: { audience: string; entry: string; locale: string; missing: string }[];
  warnings: BuildWarning[];
}

export function buildReport(
  plan: Plan,
  manifest: DistManifest,
  warnings: readonly BuildWarning[],
  issues: readonly ContentIssue[],
  unlistedKits: readonly UnlistedKit[] = [],
): BuildReport {
  const channels = new Map<string, ChannelReport & { market: string }>();
  const slot = (market: string, channel: string) => {
    const key = `${market} ${channel}`;
    let report = channels.get(key);
    if (!report) {
      report = {
        market,
        channel,
        packs: [],
        skipped: [],
        imagesLeftOut: [],
        fallbacks: [],
        warnings: [],
      };
      channels.set(key, report);
    }
    return report;
  };
  for (const decision of plan.decisions) {
    const report = slot(decision.market, decision.channel);
    const entry = `${decision.entry.type}/${decision.entry.slug}`;
    if (!decision.included) {
      // "Not for this audience" or "not for this channel" is the design, not news: leave it out.
      const reasons = decision.reasons.filter(
        (r) => r.code !== "not-for-audience" && r.code !== "channel-excludes-type",
      );
      if (reasons.length > 0)
        report.skipped.push({
          audience: decision.audience,
          entry,
          reasons: reasons.map((r) => r.message),
        });
      continue;
    }
    if (decision.locale?.fallback) {
      report.fallbacks.push({
        audience: decision.audience,
        entry,
        locale: decision.locale.locale,
        missing: decision.locale.chain[0] ?? "",
      });
    }
    for (const asset of decision.assets) {
      if (!asset.included) {
        report.imagesLeftOut.push({
          audience: decision.audience,
          entry,
          asset: asset.asset,
          reasons: asset.reasons.map((r) => r.message),
        });
      }
    }
  }
  for (const kit of manifest.kits) {
    for (const [channel, files] of Map.groupBy(kit.files, (f) => f.channel ?? "")) {
      if (!channel) continue;
      const images = files.filter((f) => f.kind === "image");
      slot(kit.market, channel).packs.push({
        audience: kit.audience,
        path: kit.id,
        zip: kit.name,
        zipBytes: images.reduce((sum, f) => sum + f.bytes, 0),
        images: images.length,
        entries: [...new Set(images.map((f) => f.entry ?? ""))],
      });
    }
  }
  for (const warning of warnings) slot(warning.market, warning.channel).warnings.push(warning);

  const byMarket = Map.groupBy([...channels.values()], (report) => report.market);
  const markets = [...byMarket.keys()].sort().map((market) => ({
    market,
    channels: (byMarket.get(market) ?? [])
      .sort((a, b) => (a.channel < b.channel ? -1 : 1))
      .map(({ market: _market, ...report }) => report),
  }));
  return {
    schemaVersion: 1,
    summary: {
      packs: manifest.kits.length,
      files: manifest.kits.reduce((sum, kit) => sum + kit.files.length, 0),
      included: plan.summary.included,
      skipped: plan.summary.skipped,
      warnings: warnings.length,
      contentErrors: issues.filter((issue) => issue.severity === "error").length,
    },
    markets,
    issues,
    unlistedKits,
  };
}
