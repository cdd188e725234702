import { type ContentIssue, createIssue } from "../errors/issue.ts";
import { type Ambassador, ambassadorSchema } from "../model/ambassador.ts";
import type { Audience } from "../model/audience.ts";
import { nearestKey } from "../model/known-keys.ts";
import type { Market } from "../model/market.ts";
import { parseWithSchema } from "../model/parse-with-schema.ts";
import { isSafeSlug } from "../model/primitives.ts";
import type { RawDocument } from "../sources/contract.ts";

export interface AmbassadorContext {
  /** Ids of every market document, valid or not: a reference to a broken market is not reported twice. */
  marketIds: ReadonlySet<string>;
  /** The valid markets, for which platforms each uses. */
  markets: readonly Market[];
  /** Ids of every audience the source holds, valid or not. */
  audienceIds: ReadonlySet<string>;
  audiences: readonly Audience[];
  /** Channel ids the build knows (library and config); undefined skips the platform check. */
  channelIds?: ReadonlySet<string> | undefined;
}

/**
 * One ambassador: its fields, then what it names. An unknown market, platform or audience is an
 * error that leaves the ambassador out (their links and pages would go to the wrong place); the
 * message names the nearest known one. A platform none of their markets uses is a warning.
 */
export function validateAmbassador(
  doc: RawDocument,
  issues: ContentIssue[],
  context: AmbassadorContext,
): Ambassador | undefined {
  if (!isSafeSlug(doc.id)) {
    issues.push(
      createIssue("UnsafeSlug", {
        origin: doc.origin,
        path: "id",
        expected: "a safe path segment: lower-case letters, digits and single hyphens",
        found: JSON.stringify(doc.id),
      }),
    );
    return undefined;
  }
  const result = parseWithSchema(ambassadorSchema, doc.data, doc.origin);
  issues.push(...result.issues);
  const data = result.value;
  if (!data) return undefined;
  const own: ContentIssue[] = [];
  const knownMarkets = [...context.marketIds].sort();
  data.markets.forEach((market, index) => {
    if (context.marketIds.has(market)) return;
    own.push(
      unknown(
        "UnknownMarketReference",
        doc,
        ["markets", index],
        market,
        knownMarkets,
        "a market id",
      ),
    );
  });
  if (context.channelIds) {
    const platforms = [...new Set([...context.channelIds].map((id) => id.split("/")[0] ?? id))];
    for (const platform of Object.keys(data.platforms)) {
      if (platforms.includes(platform)) continue;
      own.push(
        unknown(
          "UnknownPlatform",
          doc,
          ["platforms", platform],
          platform,
          platforms,
          "a known platform",
        ),
      );
    }
  }
  if (context.audienceIds.size > 0 && !context.audienceIds.has(data.audience)) {
    own.push(
      unknown(
        "UnknownAudienceReference",
        doc,
        ["audience"],
        data.audience,
        [...context.audienceIds],
        "an audience id",
      ),
    );
  }
  issues.push(...own);
  if (own.length > 0) return undefined;

  const audience = context.audiences.find((a) => a.id === data.audience);
  const used = new Set(
    context.markets
      .filter((market) => data.markets.includes(market.id))
      .flatMap((market) => market.channels)
      .filter((channel) => isForAudience(channel, audience))
      .map((channel) => channel.split("/")[0]),
  );
  for (const platform of Object.keys(data.platforms)) {
    if (used.has(platform)) continue;
    issues.push(
      createIssue("AmbassadorPlatformUnused", {
        origin: doc.origin,
        path: ["platforms", platform],
        expected: `a platform one of the ambassador's markets (${data.markets.join(", ")}) uses`,
        found: JSON.stringify(platform),
      }),
    );
  }
  return { id: doc.id, origin: doc.origin, ...data };
}

function isForAudience(channel: string, audience: Audience | undefined): boolean {
  const listed = audience?.channels;
  if (!listed) return true;
  return listed.some((own) => own === channel || own === channel.split("/")[0]);
}

function unknown(
  name: "UnknownMarketReference" | "UnknownPlatform" | "UnknownAudienceReference",
  doc: RawDocument,
  path: PropertyKey[],
  found: string,
  known: readonly string[],
  what: string,
): ContentIssue {
  const nearest = nearestKey(found, known);
  return createIssue(name, {
    origin: doc.origin,
    path,
    expected: nearest
      ? `${what} that exists (did you mean \`${nearest}\`?)`
      : `${what} that exists: ${known.join(", ")}`,
    found: JSON.stringify(found),
  });
}
