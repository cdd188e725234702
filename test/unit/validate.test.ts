import { describe, expect, it } from "vitest";
import { markdown, minimalHouse, withFiles } from "../support/house.ts";
import { loadHouse } from "../support/load.ts";

const house = minimalHouse();
const story = (changes: Record<string, unknown>) =>
  markdown(
    { title: "La Maison", year: 1854, hero: "hero", gallery: ["detail"], ...changes },
    "Il était une fois.",
  );

/** The issues of one name, as `origin path` pairs. */
function where(issues: { name: string; origin: string; path: string }[], name: string) {
  return issues
    .filter((issue) => issue.name === name)
    .map((issue) => `${issue.origin} ${issue.path}`);
}

describe("validation of the Markdown source", () => {
  it("accepts the minimal house without any issue", async () => {
    const { catalog, issues } = await loadHouse(house);
    expect(issues).toEqual([]);
    expect(catalog?.entries.map((e) => `${e.type}/${e.slug}`)).toEqual([
      "capsule/nuit",
      "product/sac-nuit",
      "story/la-maison",
    ]);
    expect(catalog?.assets.map((a) => a.id)).toEqual(["detail", "hero"]);
  });

  it("reports malformed frontmatter with its line and keeps the other entries", async () => {
    const { catalog, issues } = await loadHouse(
      withFiles({
        "stories/la-maison/index.md": "---\ntitle: La Maison\nhero: [hero\n---\nbody\n",
      }),
    );
    const [issue] = issues;
    expect(issue).toMatchObject({
      name: "ContentSyntaxError",
      origin: "stories/la-maison/index.md",
      severity: "error",
    });
    expect(issue?.line).toBe(3);
    expect(catalog?.entries.map((e) => e.slug)).toEqual(["nuit", "sac-nuit"]);
  });

  it("reports malformed YAML in a market file", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "markets/jp.yaml": "name: Japan\nlocales: [ja\n" }),
    );
    expect(where(issues, "ContentSyntaxError")).toEqual(["markets/jp.yaml "]);
    expect(catalog?.markets.map((m) => m.id)).toEqual(["fr"]);
  });

  it("reports frontmatter that is not a mapping", async () => {
    const { issues } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": "---\n- a\n- b\n---\nbody\n" }),
    );
    expect(issues[0]).toMatchObject({
      name: "ContentSyntaxError",
      origin: "stories/la-maison/index.md",
      line: 2,
    });
  });

  it("names a wrong type with the field path, what was expected and what was found", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": story({ year: "eighteen" }) }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      name: "InvalidFieldType",
      origin: "stories/la-maison/index.md",
      path: "year",
      expected: "a number",
      found: '"eighteen"',
    });
    expect(issues[0]?.hint).toMatch(/quote|type/);
    expect(catalog?.entries.some((e) => e.slug === "la-maison")).toBe(false);
  });

  it("names a missing required field", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "stories/la-maison/index.md": markdown({ title: "La Maison", gallery: [] }, "x"),
      }),
    );
    expect(where(issues, "MissingRequiredField")).toEqual(["stories/la-maison/index.md hero"]);
  });

  it("rejects an unknown field, names the nearest known one, and leaves the entry out", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": story({ embrago: { publishAt: "2099-01-01" } }) }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        name: "UnknownField",
        severity: "error",
        path: "embrago",
        expected: "a field of this document type (did you mean `embargo`?)",
      }),
    ]);
    expect(catalog?.entries.some((e) => e.slug === "la-maison")).toBe(false);
  });

  it("lists the known fields when no field is near the unknown one", async () => {
    const asset = house["assets/detail.yaml"] as Record<string, { [key: string]: unknown }>;
    const { issues } = await loadHouse(
      withFiles({
        "assets/detail.yaml": { ...asset, licence: { ...asset.licence, zzzzzzzz: 1 } },
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        name: "UnknownField",
        path: "licence.zzzzzzzz",
        expected: "one of the fields `name`, `url`, `territories`, `usage`, `expires`",
      }),
    ]);
  });

  it("requires alt text in the brand's default locale", async () => {
    const asset = house["assets/detail.yaml"] as Record<string, unknown>;
    const { issues, catalog } = await loadHouse(
      withFiles({ "assets/detail.yaml": { ...asset, alt: { en: "A seam" } } }),
    );
    expect(where(issues, "MissingAltText")).toEqual(["assets/detail.yaml alt.fr"]);
    expect(catalog?.assets.map((a) => a.id)).toEqual(["hero"]);
  });

  it("reports blank alt text in another locale", async () => {
    const asset = house["assets/detail.yaml"] as Record<string, unknown>;
    const { issues } = await loadHouse(
      withFiles({ "assets/detail.yaml": { ...asset, alt: { fr: "Une couture", en: "  " } } }),
    );
    expect(where(issues, "MissingAltText")).toEqual(["assets/detail.yaml alt.en"]);
  });

  it("reports a reference to an asset that does not exist, with its index", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": story({ gallery: ["detail", "nope"] }) }),
    );
    expect(where(issues, "UnknownAssetReference")).toEqual([
      "stories/la-maison/index.md gallery[1]",
    ]);
    expect(issues[0]?.found).toBe('"nope"');
    expect(catalog?.entries.some((e) => e.slug === "la-maison")).toBe(false);
  });

  it("reports a reference to a product and to a capsule that do not exist", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "capsules/nuit/index.md": markdown(
          { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit", "ghost"] },
          "x",
        ),
        "products/sac-nuit/index.md": markdown(
          { name: "Sac", sku: "MT-FW26-001", capsule: "jour", images: ["hero"], soldIn: ["fr"] },
          "x",
        ),
      }),
    );
    expect(where(issues, "UnknownProductReference")).toEqual([
      "capsules/nuit/index.md products[1]",
    ]);
    expect(where(issues, "UnknownCapsuleReference")).toEqual([
      "products/sac-nuit/index.md capsule",
    ]);
  });

  it("reports a reference to a market that does not exist, in the embargo too", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "stories/la-maison/index.md": story({
          markets: { include: ["fr", "cnn"] },
          embargo: { markets: { usa: "2026-01-01" } },
        }),
      }),
    );
    expect(where(issues, "UnknownMarketReference")).toEqual([
      "stories/la-maison/index.md embargo.markets.usa",
      "stories/la-maison/index.md markets.include[1]",
    ]);
  });

  it("reports duplicate slugs from a source that can hold them, and leaves both out", async () => {
    const { createMarkdownSource } = await import("../../src/sources/markdown/markdown-source.ts");
    const { validateCatalog } = await import("../../src/validate/validate-catalog.ts");
    const { writeHouse } = await import("../support/house.ts");
    const snapshot = await createMarkdownSource({ root: await writeHouse(house) }).load();
    const original = snapshot.documents.find((doc) => doc.kind === "story");
    if (!original) throw new Error("fixture has a story");
    snapshot.documents.push({ ...original, origin: "story-duplicate" });
    const { issues, catalog } = validateCatalog(snapshot);
    expect(where(issues, "DuplicateSlug")).toEqual([
      "stories/la-maison/index.md slug",
      "story-duplicate slug",
    ]);
    expect(catalog?.entries.some((e) => e.type === "story")).toBe(false);
  });

  it("reports two markets or two assets with one id from a source that can hold them, and leaves both out", async () => {
    const { createMarkdownSource } = await import("../../src/sources/markdown/markdown-source.ts");
    const { validateCatalog } = await import("../../src/validate/validate-catalog.ts");
    const { writeHouse } = await import("../support/house.ts");
    const snapshot = await createMarkdownSource({ root: await writeHouse(house) }).load();
    for (const id of ["fr", "hero"]) {
      const original = snapshot.documents.find((doc) => doc.id === id);
      if (!original) throw new Error(`fixture has ${id}`);
      snapshot.documents.push({ ...original, origin: `${id}-duplicate` });
    }
    const { issues, catalog } = validateCatalog(snapshot);
    expect(where(issues, "DuplicateSlug")).toEqual([
      "assets/hero.yaml slug",
      "fr-duplicate slug",
      "hero-duplicate slug",
      "markets/fr.yaml slug",
    ]);
    expect(catalog?.markets.map((market) => market.id)).toEqual(["jp"]);
    expect(catalog?.assets.map((asset) => asset.id)).toEqual(["detail"]);
  });

  it("reports duplicate SKUs", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "products/sac-jour/index.md": markdown(
          { name: "Sac Jour", sku: "MT-FW26-001", images: ["hero"], soldIn: ["fr"] },
          "x",
        ),
      }),
    );
    expect(where(issues, "DuplicateSku")).toEqual([
      "products/sac-jour/index.md sku",
      "products/sac-nuit/index.md sku",
    ]);
  });

  it.each([
    ["La Maison", "a space and capitals"],
    ["a.b", "a dot"],
    ["con", "a reserved device name"],
    ["a--b", "a double hyphen"],
  ])("rejects the unsafe folder slug %j (%s)", async (slug) => {
    const { issues } = await loadHouse(withFiles({ [`stories/${slug}/index.md`]: story({}) }));
    expect(issues.filter((i) => i.name === "UnsafeSlug").map((i) => i.path)).toEqual(["slug"]);
  });

  it.each([["../x"], ["a/b"], ["/etc/passwd"], ["nul\u0000"], ["NUL"]])(
    "rejects the unsafe slug %j from any source",
    async (slug) => {
      const { validateCatalog } = await import("../../src/validate/validate-catalog.ts");
      const { createMarkdownSource } = await import(
        "../../src/sources/markdown/markdown-source.ts"
      );
      const { writeHouse } = await import("../support/house.ts");
      const snapshot = await createMarkdownSource({ root: await writeHouse(house) }).load();
      const original = snapshot.documents.find((doc) => doc.kind === "story");
      if (!original) throw new Error("fixture has a story");
      original.id = slug;
      const { issues } = validateCatalog(snapshot);
      expect(where(issues, "UnsafeSlug")).toEqual(["stories/la-maison/index.md slug"]);
    },
  );

  it("rejects an unsafe id in a reference field", async () => {
    const { issues } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": story({ hero: "../../etc/passwd" }) }),
    );
    expect(where(issues, "UnsafeSlug")).toEqual(["stories/la-maison/index.md hero"]);
  });

  it.each([
    ["2026-02-30", "a day that does not exist"],
    ["2026-13-01T10:00", "a month that does not exist"],
    ["tomorrow", "words"],
    ["2026-12-01 10:00", "a space instead of T"],
    ["2099-03-01T09:59:60", "a leap second, local time"],
    ["2099-03-01T09:59:60Z", "a leap second, one instant"],
  ])("rejects the invalid date %j (%s)", async (value) => {
    const { issues } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": story({ embargo: { publishAt: value } }) }),
    );
    expect(where(issues, "InvalidDate")).toEqual(["stories/la-maison/index.md embargo.publishAt"]);
  });

  it("rejects an invalid licence expiry date", async () => {
    const asset = house["assets/hero.yaml"] as { licence: Record<string, unknown> };
    const { issues } = await loadHouse(
      withFiles({
        "assets/hero.yaml": { ...asset, licence: { ...asset.licence, expires: "31/12/2026" } },
      }),
    );
    expect(where(issues, "InvalidDate")).toEqual(["assets/hero.yaml licence.expires"]);
  });

  it("rejects an invalid time zone", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "markets/jp.yaml": { name: "Japan", locales: ["ja"], timeZone: "Asia/Tokio" } }),
    );
    expect(where(issues, "InvalidTimeZone")).toEqual(["markets/jp.yaml timeZone"]);
    expect(catalog?.markets.map((m) => m.id)).toEqual(["fr"]);
  });

  it("rejects a locale that is not canonical BCP 47", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "markets/jp.yaml": { name: "Japan", locales: ["ja", "zh-hans"], timeZone: "Asia/Tokyo" },
      }),
    );
    expect(where(issues, "InvalidLocale")).toEqual(["markets/jp.yaml locales[1]"]);
  });

  it("rejects a translation in a locale no market declares, and keeps the entry", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "stories/la-maison/index.ko.md": markdown({ title: "메종" }, "x") }),
    );
    expect(where(issues, "UndeclaredLocale")).toEqual(["stories/la-maison/index.ko.md "]);
    const entry = catalog?.entries.find((e) => e.slug === "la-maison");
    expect(Object.keys(entry?.text ?? {}).sort()).toEqual(["en", "fr", "ja"]);
  });

  it("rejects a market legal line in a locale the market does not declare", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "markets/jp.yaml": {
          name: "Japan",
          locales: ["ja", "en"],
          timeZone: "Asia/Tokyo",
          legalLines: { ko: ["x"] },
        },
      }),
    );
    expect(where(issues, "UndeclaredLocale")).toEqual(["markets/jp.yaml legalLines.ko"]);
  });

  it("rejects alt text in a locale no market declares", async () => {
    const asset = house["assets/detail.yaml"] as Record<string, unknown>;
    const { issues } = await loadHouse(
      withFiles({ "assets/detail.yaml": { ...asset, alt: { fr: "Une couture", jp: "縫い目" } } }),
    );
    expect(where(issues, "UndeclaredLocale")).toEqual(["assets/detail.yaml alt.jp"]);
  });

  it("reports an asset whose image file is missing", async () => {
    const { issues, catalog } = await loadHouse(withFiles({ "assets/detail.jpg": undefined }));
    expect(where(issues, "AssetFileMissing")).toEqual(["assets/detail.yaml file"]);
    expect(catalog?.assets.map((a) => a.id)).toEqual(["hero"]);
  });

  it("reports hotspot values outside 0..1 at their path", async () => {
    const asset = house["assets/hero.yaml"] as Record<string, unknown>;
    const { issues } = await loadHouse(
      withFiles({ "assets/hero.yaml": { ...asset, hotspot: { x: 1.5, y: 0.5 } } }),
    );
    expect(where(issues, "InvalidValue")).toEqual(["assets/hero.yaml hotspot.x"]);
  });

  it("drops a broken translation alone and keeps the entry", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({ "stories/la-maison/index.en.md": markdown({ dek: "no title" }, "x") }),
    );
    expect(where(issues, "MissingRequiredField")).toEqual(["stories/la-maison/index.en.md title"]);
    const entry = catalog?.entries.find((e) => e.slug === "la-maison");
    expect(Object.keys(entry?.text ?? {}).sort()).toEqual(["fr", "ja"]);
  });

  it("without brand.yaml reports it and builds nothing", async () => {
    const { issues, catalog } = await loadHouse(withFiles({ "brand.yaml": undefined }));
    expect(where(issues, "MissingFile")).toEqual(["brand.yaml "]);
    expect(catalog).toBeUndefined();
  });

  it("reports as an error a capsule that lists a product of no capsule, and keeps both", async () => {
    const { issues, catalog } = await loadHouse(
      withFiles({
        "products/sac-nuit/index.md": markdown(
          { name: "Sac", sku: "MT-FW26-001", images: ["hero"], soldIn: ["fr"] },
          "x",
        ),
      }),
    );
    expect(where(issues, "CapsuleProductMismatch")).toEqual(["capsules/nuit/index.md products[0]"]);
    expect(issues.find((i) => i.name === "CapsuleProductMismatch")?.severity).toBe("error");
    // The planner holds the product by the capsule that lists it (test/unit/plan.test.ts).
    expect(catalog?.entries.map((e) => `${e.type}/${e.slug}`)).toEqual([
      "capsule/nuit",
      "product/sac-nuit",
      "story/la-maison",
    ]);
  });

  it("never prints a stack trace: every issue has a hint and no 'at ' frames", async () => {
    const { issues } = await loadHouse(
      withFiles({ "stories/la-maison/index.md": "---\n: : :\n---\n" }),
    );
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.hint.length).toBeGreaterThan(10);
      expect(`${issue.expected} ${issue.found}`).not.toMatch(/\n\s+at /);
    }
  });
});

describe("issue lines", () => {
  it("points at the line of the field in the file, or of its nearest enclosing field", async () => {
    const { issues } = await loadHouse(
      withFiles({
        "stories/la-maison/index.md":
          "---\ntitle: La Maison\nhero: hero\ngallery:\n  - detail\n  - nope\nembargo:\n  publishAt: 2026-02-30\n---\nbody\n",
        "assets/detail.yaml":
          "file: detail.jpg\nalt:\n  en: A seam\ncredit:\n  creator: John Roe\nlicence:\n  name: GPL-2.0-or-later\n  usage: [social]\n",
      }),
    );
    const lineOf = (name: string) => issues.find((issue) => issue.name === name)?.line;
    expect(lineOf("InvalidDate")).toBe(8);
    // alt.fr is missing: the issue points at its parent, alt.
    expect(lineOf("MissingAltText")).toBe(2);
  });
});
