import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import type { Catalog } from "../../src/model/catalog.ts";
import type { Entry } from "../../src/model/entries.ts";
import { writeCaptions } from "../../src/pack/caption-writer.ts";
import { checkPlan } from "../../src/plan/check-plan.ts";
import { planBuild } from "../../src/plan/plan-build.ts";
import type { PlanDecision } from "../../src/plan/types.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { countText } from "../../src/text/count-text.ts";
import { legalLines } from "../../src/text/legal-lines.ts";
import { parseInstant } from "../../src/time/moment.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";

/**
 * The disclosure lines of the sample house (content/markets/*.yaml), read by the real Markdown
 * source and planned and captioned by the real engine: the line each market's law asks of a paid
 * post, on every placement that takes a caption, within the platform's own count.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const NOW = parseInstant("2026-12-01T00:00:00Z");
const { specs } = resolveChannelSpecs();

/** The line a paid post carries in each sample market, by caption locale (as docs/disclosure.md). */
const PAID: Record<string, Record<string, string>> = {
  fr: { fr: "Publicité", en: "Publicité (advertisement)" },
  us: { en: "#ad" },
  cn: { "zh-Hans": "广告", en: "广告 (Advertisement)" },
  jp: { ja: "広告", en: "広告 (Advertisement)" },
  kr: { ko: "광고", en: "광고 (Advertisement)" },
  ae: { ar: "إعلان", en: "#ad" },
};

let sample: Catalog;

beforeAll(async () => {
  const snapshot = await createMarkdownSource({ root: path.join(repo, "content") }).load();
  const { catalog, issues } = validateCatalog(snapshot);
  expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
  if (!catalog) throw new Error("the sample house must be valid");
  sample = catalog;
});

/** Every caption the kits would carry: each included decision on a placement with a caption. */
function captionsOf(catalog: Catalog) {
  const plan = planBuild(
    catalog,
    { markets: undefined, audiences: undefined, channels: specs },
    NOW,
  );
  const write = writeCaptions(catalog);
  const entries = new Map(catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const captions = plan.decisions.flatMap((decision) => {
    const spec = specs.get(decision.channel);
    if (!decision.included || !spec?.text.caption) return [];
    const entry = entries.get(`${decision.entry.type}/${decision.entry.slug}`) as Entry;
    const caption = write(entry, decision, spec);
    return caption ? [{ decision, spec, caption }] : [];
  });
  return { plan, captions };
}

function withEntryText(catalog: Catalog, slug: string, longer: (text: string) => string): Catalog {
  return {
    ...catalog,
    entries: catalog.entries.map((entry) =>
      entry.slug !== slug
        ? entry
        : ({
            ...entry,
            text: Object.fromEntries(
              Object.entries(entry.text).map(([locale, text]) => [
                locale,
                { ...text, body: longer(text.body) },
              ]),
            ),
          } as Entry),
    ),
  };
}

const where = (d: PlanDecision) => `${d.audience} ${d.market} ${d.channel} ${d.entry.slug}`;

describe("the sample house's disclosure lines", { timeout: 60_000 }, () => {
  it("puts each market's line first in every ambassador caption, on every placement, within the platform's own count", () => {
    const { captions } = captionsOf(sample);
    const ambassadors = captions.filter(({ decision }) => decision.audience === "ambassadors");
    const markets = new Set(ambassadors.map(({ decision }) => decision.market));
    expect([...markets].sort()).toEqual(["ae", "cn", "fr", "jp", "kr", "us"]);
    for (const { decision, spec, caption } of ambassadors) {
      const line = PAID[decision.market]?.[caption.locale];
      expect(line, where(decision)).toBeDefined();
      expect(caption.text.split("\n")[0], where(decision)).toBe(line);
      const limit = spec.text.caption;
      if (!limit) throw new Error("a caption without a limit");
      expect(countText(caption.text, limit.counting), where(decision)).toBeLessThanOrEqual(
        limit.max,
      );
    }
    // Every placement with a caption of every market, in the market's own locale at least.
    const placements = new Set(
      ambassadors.map(({ decision }) => `${decision.market} ${decision.channel}`),
    );
    for (const market of sample.markets) {
      for (const channel of market.channels) {
        if (specs.get(channel)?.text.caption)
          expect(placements).toContain(`${market.id} ${channel}`);
      }
    }
  });

  it("gives fans and the press no disclosure line", () => {
    const { captions } = captionsOf(sample);
    const unpaid = captions.filter(({ decision }) => decision.audience !== "ambassadors");
    expect(unpaid.length).toBeGreaterThan(50);
    const lines = new Set(Object.values(PAID).flatMap((byLocale) => Object.values(byLocale)));
    for (const { decision, caption } of unpaid) {
      for (const text of caption.text.split("\n"))
        expect(lines.has(text), where(decision)).toBe(false);
    }
  });

  it("lets a long text give way around the line: it stays first, the legal lines stay last", () => {
    const long = withEntryText(sample, "la-maison-1854", (body) => `${body}\n\n${body.repeat(10)}`);
    const { captions } = captionsOf(long);
    const story = captions.filter(
      ({ decision }) =>
        decision.audience === "ambassadors" && decision.entry.slug === "la-maison-1854",
    );
    expect(new Set(story.map(({ decision }) => decision.market)).size).toBe(6);
    for (const { decision, spec, caption } of story) {
      const limit = spec.text.caption;
      if (!limit) throw new Error("a caption without a limit");
      // A WeChat article takes 19,999 characters: the long story fits there whole.
      if (limit.max < 10_000) expect(caption.truncated, where(decision)).toBe(true);
      expect(caption.text.split("\n")[0], where(decision)).toBe(
        PAID[decision.market]?.[caption.locale],
      );
      const market = sample.markets.find((m) => m.id === decision.market);
      if (!market) throw new Error(`no market ${decision.market}`);
      const legal = legalLines(sample.brand, market, caption.locale).lines.join("\n");
      expect(caption.text.endsWith(`\n${legal}`), where(decision)).toBe(true);
      expect(caption.length).toBe(countText(caption.text, limit.counting));
      expect(caption.length, where(decision)).toBeLessThanOrEqual(limit.max);
    }
  });

  it("adds the French retouched-image line to any caption that publishes a retouched image of a person, in France only", () => {
    const entry = sample.entries.find((e) => e.slug === "la-maison-1854");
    const hero = entry?.type === "story" ? entry.data.hero : undefined;
    const retouched: Catalog = {
      ...sample,
      assets: sample.assets.map((a) => (a.id === hero ? { ...a, retouchedPerson: true } : a)),
    };
    const { captions } = captionsOf(retouched);
    const story = captions.filter(({ decision }) => decision.entry.slug === "la-maison-1854");
    const fr = story.filter(({ decision }) => decision.market === "fr");
    expect(fr.length).toBeGreaterThan(10);
    for (const { decision, caption } of fr) {
      const [first, second] = caption.text.split("\n");
      if (decision.audience === "ambassadors") {
        expect([first, second], where(decision)).toEqual(["Publicité", "Images retouchées"]);
      } else {
        // The line describes the image: it goes with it, whoever posts it.
        expect(first, where(decision)).toBe("Images retouchées");
      }
    }
    for (const { decision, caption } of story.filter(({ decision }) => decision.market !== "fr")) {
      expect(caption.text, where(decision)).not.toContain("retouch");
    }
  });

  it("does not offer a placement to a paid audience where the line cannot fit, and says why", () => {
    const kr = sample.markets.find((m) => m.id === "kr");
    if (!kr) throw new Error("no kr");
    const wordy = "광고 · 이 게시물은 메종 오렐로부터 경제적 대가를 받고 작성되었습니다";
    const catalog: Catalog = {
      ...sample,
      markets: sample.markets.map((m) =>
        m.id === "kr"
          ? { ...m, disclosure: { ...m.disclosure, paid: { ko: [wordy], en: [wordy] } } }
          : m,
      ),
    };
    const { plan, captions } = captionsOf(catalog);
    const wide = plan.decisions.filter(
      (d) => d.market === "kr" && d.channel === "kakao/brand-wide" && d.locale,
    );
    const ambassadors = wide.filter((d) => d.audience === "ambassadors");
    expect(ambassadors.length).toBeGreaterThan(0);
    for (const d of ambassadors) {
      expect(d.included).toBe(false);
      expect(d.reasons.map((r) => r.code)).toContain("disclosure-over-limit");
    }
    // Fans owe no line: the placement stays theirs.
    expect(wide.some((d) => d.audience === "public" && d.included)).toBe(true);
    // The wider Kakao placement still fits it, with the line first.
    const image = captions.find(
      ({ decision }) =>
        decision.audience === "ambassadors" && decision.channel === "kakao/brand-image",
    );
    expect(image?.caption.text.startsWith(`${wordy}\n\n`)).toBe(true);
    const issues = checkPlan(plan, catalog, { sourceName: "content", narrowed: false });
    const over = issues.filter((issue) => issue.name === "DisclosureOverLimit");
    expect(over.map((issue) => issue.origin)).toEqual(["market kr", "market kr"]);
    expect(over[0]?.found).toMatch(
      /so kakao\/brand-wide is not offered to ambassadors in kr in (ko|en)/,
    );
  });

  it("never writes a paid caption in a locale the disclosure has no line for", () => {
    // boucles-rosee has no Korean text: Korea shows its English one.
    const catalog: Catalog = {
      ...sample,
      markets: sample.markets.map((m) =>
        m.id === "kr" ? { ...m, disclosure: { ...m.disclosure, paid: { ko: ["광고"] } } } : m,
      ),
    };
    const { plan, captions } = captionsOf(catalog);
    const english = plan.decisions.filter(
      (d) =>
        d.audience === "ambassadors" &&
        d.market === "kr" &&
        d.locale?.locale === "en" &&
        specs.get(d.channel)?.text.caption,
    );
    expect(english.length).toBeGreaterThan(0);
    for (const d of english) expect(d.reasons.map((r) => r.code)).toContain("disclosure-missing");
    expect(
      captions.some(
        ({ decision, caption }) =>
          decision.audience === "ambassadors" &&
          decision.market === "kr" &&
          caption.locale === "en",
      ),
    ).toBe(false);
    // Korean captions are still written, with their line.
    expect(
      captions.some(
        ({ decision, caption }) =>
          decision.audience === "ambassadors" &&
          decision.market === "kr" &&
          caption.text.startsWith("광고\n"),
      ),
    ).toBe(true);
    const issue = checkPlan(plan, catalog, { sourceName: "content", narrowed: false }).find(
      (i) => i.name === "DisclosureMissing",
    );
    expect(issue?.path).toBe("disclosure.paid.en");
    expect(issue?.found).toMatch(/is not offered to ambassadors in kr in en/);
  });

  it("uses a platform's own words and place where the market gives them", () => {
    const catalog: Catalog = {
      ...sample,
      markets: sample.markets.map((m) =>
        m.id === "us"
          ? {
              ...m,
              disclosure: {
                ...m.disclosure,
                platforms: {
                  x: { paid: { en: ["#sponsored"] } },
                  "threads/post": { position: "end" as const },
                },
              },
            }
          : m,
      ),
    };
    const { captions } = captionsOf(catalog);
    const us = captions.filter(
      ({ decision }) => decision.audience === "ambassadors" && decision.market === "us",
    );
    const x = us.filter(({ decision }) => decision.channel === "x/post");
    const threads = us.filter(({ decision }) => decision.channel === "threads/post");
    const instagram = us.filter(({ decision }) => decision.channel.startsWith("instagram/"));
    expect(x.length * threads.length * instagram.length).toBeGreaterThan(0);
    for (const { caption } of x) expect(caption.text.split("\n")[0]).toBe("#sponsored");
    for (const { caption } of threads) {
      expect(caption.text.split("\n").at(-1)).toBe("#ad");
      expect(caption.text.startsWith("#ad")).toBe(false);
    }
    for (const { caption } of instagram) expect(caption.text.split("\n")[0]).toBe("#ad");
  });

  it("warns, caption by caption, where a paid audience posts in a market with no disclosure at all", () => {
    const catalog: Catalog = {
      ...sample,
      markets: sample.markets.map((m) =>
        m.id === "us" ? { ...m, disclosure: { position: "start" as const, platforms: {} } } : m,
      ),
    };
    const { captions } = captionsOf(catalog);
    const us = captions.filter(({ decision }) => decision.market === "us");
    for (const { decision, caption } of us) {
      const warned = caption.warnings.some((w) => w.startsWith("DisclosureNotConfigured:"));
      expect(warned, where(decision)).toBe(decision.audience === "ambassadors");
    }
  });
});
