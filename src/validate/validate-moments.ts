import { type ContentIssue, createIssue } from "../errors/issue.ts";
import type { Asset } from "../model/asset.ts";
import type { Audience } from "../model/audience.ts";
import type { Entry } from "../model/entries.ts";
import { type LiveMoment, liveMomentSchema } from "../model/live-moment.ts";
import type { Market } from "../model/market.ts";
import { parseWithSchema } from "../model/parse-with-schema.ts";
import { amountFractionDigits, currencyFractionDigits } from "../model/price.ts";
import type { RawDocument } from "../sources/contract.ts";
import { formatLocal, resolveMoment } from "../time/moment.ts";

export interface MomentContext {
  markets: readonly Market[];
  audiences: readonly Audience[];
  /** The entries kept by validation: a moment showing a left-out product is left out too. */
  entries: readonly Entry[];
  assets: readonly Asset[];
  channelIds?: ReadonlySet<string> | undefined;
}

/**
 * The live-shopping moments whose fields and references hold; each other one is left out with
 * its issues. A moment that would show a product or capsule before it is public in its market,
 * or a product without a price there, is an error: its kit could leak the launch or show a
 * price nobody set.
 */
export function validateMoments(
  docs: readonly RawDocument[],
  context: MomentContext,
  issues: ContentIssue[],
): LiveMoment[] {
  const moments: LiveMoment[] = [];
  for (const doc of docs) {
    if (doc.unreadable) continue;
    const parsed = parseWithSchema(liveMomentSchema, doc.data, doc.origin);
    issues.push(...parsed.issues);
    if (!parsed.value) continue;
    const moment: LiveMoment = { ...parsed.value, id: doc.id, origin: doc.origin };
    const found = checkMoment(moment, context);
    issues.push(...found);
    if (!found.some((issue) => issue.severity === "error")) moments.push(moment);
  }
  return moments;
}

function checkMoment(moment: LiveMoment, context: MomentContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const origin = moment.origin;
  const invalid = (path: (string | number)[], expected: string, found: string) =>
    issues.push(createIssue("InvalidValue", { origin, path, expected, found }));

  const market = context.markets.find((m) => m.id === moment.market);
  if (!market) {
    issues.push(
      createIssue("UnknownMarketReference", {
        origin,
        path: "market",
        expected: "a market id that exists",
        found: JSON.stringify(moment.market),
      }),
    );
    return issues;
  }
  if (!context.audiences.some((a) => a.id === moment.audience))
    invalid(["audience"], "an audience id from audiences.yaml", JSON.stringify(moment.audience));
  moment.platforms.forEach((channel, index) => {
    if (context.channelIds && !context.channelIds.has(channel))
      issues.push(
        createIssue("UnknownChannel", {
          origin,
          path: ["platforms", index],
          expected: "a known live cover placement, e.g. douyin/live-cover (docs/channels.md)",
          found: JSON.stringify(channel),
        }),
      );
  });
  moment.images.forEach((id, index) => {
    if (!context.assets.some((asset) => asset.id === id))
      issues.push(
        createIssue("UnknownAssetReference", {
          origin,
          path: ["images", index],
          expected: "an asset id that exists",
          found: JSON.stringify(id),
        }),
      );
  });
  for (const field of ["title", "talkingPoints"] as const) {
    if (!market.locales.some((locale) => moment[field][locale] !== undefined))
      invalid(
        [field],
        `a text in a locale of ${market.id}'s chain (${market.locales.join(", ")})`,
        `texts in ${Object.keys(moment[field]).join(", ") || "no locale"} only`,
      );
  }

  const start = resolveMoment(moment.startsAt, market.timeZone);
  const byKey = new Map(context.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const notBefore = (entry: Entry, path: (string | number)[]) => {
    const publish = entry.data.embargo.markets[market.id] ?? entry.data.embargo.publishAt;
    if (!publish) return;
    const launch = resolveMoment(publish, market.timeZone);
    if (start.epochNanoseconds < launch.epochNanoseconds)
      issues.push(
        createIssue("MomentBeforeLaunch", {
          origin,
          path: ["startsAt"],
          expected: `a start at or after ${formatLocal(launch)}, when ${entry.type} ${entry.slug} is public in ${market.id}`,
          found: `${JSON.stringify(moment.startsAt)} (${path.join(".")})`,
        }),
      );
  };

  if (moment.capsule) {
    const capsule = byKey.get(`capsule/${moment.capsule}`);
    if (!capsule)
      issues.push(
        createIssue("UnknownCapsuleReference", {
          origin,
          path: "capsule",
          expected: "a capsule slug that exists (and is valid)",
          found: JSON.stringify(moment.capsule),
        }),
      );
    else notBefore(capsule, ["capsule"]);
  }

  const digits = market.currency ? currencyFractionDigits(market.currency) : undefined;
  moment.products.forEach((slug, index) => {
    const path = ["products", index];
    const product = byKey.get(`product/${slug}`);
    if (product?.type !== "product") {
      issues.push(
        createIssue("UnknownProductReference", {
          origin,
          path,
          expected: "a product slug that exists (and is valid)",
          found: JSON.stringify(slug),
        }),
      );
      return;
    }
    if (!product.data.soldIn.includes(market.id))
      invalid(
        path,
        `a product sold in ${market.id}`,
        `${slug}, sold in ${product.data.soldIn.join(", ")}`,
      );
    if (moment.capsule && product.data.capsule !== moment.capsule)
      invalid(
        path,
        `a product of capsule ${moment.capsule}`,
        `${slug}, of ${product.data.capsule ?? "no capsule"}`,
      );
    const price = product.data.prices[market.id];
    if (!price || !market.currency) {
      issues.push(
        createIssue("MomentPriceMissing", {
          origin,
          path,
          expected: market.currency
            ? `a product with prices.${market.id} (amount in ${market.currency})`
            : `a currency in markets/${market.id}.yaml and prices.${market.id} on the product`,
          found: `${slug} (${product.origin}), ${price ? `but ${market.id} has no currency` : `without prices.${market.id}`}`,
        }),
      );
    } else if (digits !== undefined && amountFractionDigits(price.amount) > digits) {
      invalid(
        path,
        `prices.${market.id}.amount with at most ${digits} decimals (${market.currency})`,
        `${JSON.stringify(price.amount)} on ${slug} (${product.origin})`,
      );
    }
    notBefore(product, path);
    const capsule = product.data.capsule && byKey.get(`capsule/${product.data.capsule}`);
    if (capsule && capsule.slug !== moment.capsule) notBefore(capsule, path);
  });
  return issues;
}
