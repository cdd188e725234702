import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { houseWithPhotos, markdown, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";
import { runCorpus, snapshotFolder } from "./harness.ts";

const capsule = (extra: Record<string, unknown>) =>
  markdown(
    { title: "Nuit", season: "FW26", keyVisuals: ["hero"], products: ["sac-nuit"], ...extra },
    "La nuit.",
  );
const product = (extra: Record<string, unknown>) =>
  markdown(
    { name: "Sac Nuit", sku: "MT-FW26-001", images: ["hero"], soldIn: ["fr", "jp"], ...extra },
    "Un sac.",
  );

/** What only the product's own files say: its name in each locale, its body, its SKU. */
const PRODUCT_TEXTS = ["Sac Nuit", "Night Bag", "Un sac.", "MT-FW26-001"];

/** The markets whose kits hold a file of `entry` (`product/sac-nuit`). */
async function marketsHolding(root: string, entry: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(root, "dist/manifest.json"), "utf8"));
  const markets = new Set<string>();
  for (const kit of manifest.kits) {
    if (kit.files.some((file: { entry?: string }) => file.entry === entry)) {
      markets.add(kit.market);
    }
  }
  return [...markets].sort();
}

/**
 * A capsule and its products are linked from either side: the capsule's `products`, the
 * product's `capsule`. Whichever side names the other, the product is held by the capsule's
 * markets, embargo and withdrawal, and the disagreement itself is an error.
 */
runCorpus("links between a capsule and its products", [
  {
    name: "an embargoed capsule lists a product whose capsule is empty: the product is held",
    files: {
      "capsules/nuit/index.md": capsule({ embargo: { publishAt: "2099-03-01T10:00" } }),
      "products/sac-nuit/index.md": product({}),
    },
    expect: {
      name: "CapsuleProductMismatch",
      origin: "capsules/nuit/index.md",
      path: "products[0]",
      found: /"sac-nuit", whose capsule is not set/,
    },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: ["La nuit.", "The night.", ...PRODUCT_TEXTS],
  },
  {
    name: "an embargoed capsule lists a product that names another, live capsule: the product is held",
    files: {
      "capsules/jour/index.md": markdown(
        { title: "Jour", season: "SS27", keyVisuals: ["hero"] },
        "Le jour.",
      ),
      "capsules/nuit/index.md": capsule({ embargo: { publishAt: "2099-03-01T10:00" } }),
      "products/sac-nuit/index.md": product({ capsule: "jour" }),
    },
    expect: {
      name: "CapsuleProductMismatch",
      origin: "capsules/nuit/index.md",
      path: "products[0]",
      found: /"sac-nuit", whose capsule is "jour"/,
    },
    buildExit: 0,
    stillBuilt: ["story/la-maison", "capsule/jour"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: ["La nuit.", ...PRODUCT_TEXTS],
  },
  {
    name: "a capsule embargoed in one market holds its product there only",
    files: {
      "capsules/nuit/index.md": capsule({ embargo: { markets: { jp: "2099-03-01T10:00" } } }),
      "products/sac-nuit/index.md": product({}),
    },
    expect: { name: "CapsuleProductMismatch", origin: "capsules/nuit/index.md" },
    buildExit: 0,
    stillBuilt: ["product/sac-nuit"],
    after: async (root) => {
      expect(await marketsHolding(root, "capsule/nuit")).toEqual(["fr"]);
      expect(await marketsHolding(root, "product/sac-nuit")).toEqual(["fr"]);
    },
  },
  {
    name: "a capsule for one market only holds its product out of the others",
    files: {
      "capsules/nuit/index.md": capsule({ markets: { include: ["jp"] } }),
      "products/sac-nuit/index.md": product({}),
    },
    expect: { name: "CapsuleProductMismatch", origin: "capsules/nuit/index.md" },
    buildExit: 0,
    after: async (root) => {
      expect(await marketsHolding(root, "product/sac-nuit")).toEqual(["jp"]);
    },
  },
  {
    name: "a withdrawn capsule withdraws the product it lists",
    files: {
      "capsules/nuit/index.md": capsule({ unpublishAt: "2026-11-01" }),
      "products/sac-nuit/index.md": product({}),
    },
    expect: { name: "CapsuleProductMismatch", origin: "capsules/nuit/index.md" },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: PRODUCT_TEXTS,
  },
  {
    name: "a capsule left out by its own error holds the product it lists, whose capsule is empty",
    files: {
      "capsules/nuit/index.md": capsule({
        season: "Nuit 2099",
        embargo: { publishAt: "2099-03-01T10:00" },
      }),
      "products/sac-nuit/index.md": product({}),
    },
    expect: {
      name: "CapsuleProductMismatch",
      origin: "capsules/nuit/index.md",
      path: "products[0]",
      found: /held back with the capsule, which is left out/,
    },
    buildExit: 0,
    stillBuilt: ["story/la-maison"],
    leftOut: ["capsule/nuit", "product/sac-nuit"],
    neverPublished: ["La nuit.", ...PRODUCT_TEXTS],
  },
]);

/**
 * The corpus builds kit files only (no site), from a house whose last good output already holds the product;
 * here the embargoed capsule is there from the first build, site included, with and without
 * --strict.
 */
describe("a product listed by an embargoed capsule, from the first build", {
  timeout: 180_000,
}, () => {
  it("is nowhere in dist/, site included, while the capsule is embargoed", async () => {
    const root = await writeHouse(
      await houseWithPhotos({
        "capsules/nuit/index.md": capsule({ embargo: { publishAt: "2099-03-01T10:00" } }),
        "products/sac-nuit/index.md": product({}),
      }),
    );
    const args = ["--content", ".", "--out", "dist", "--now", "2026-12-01T00:00:00Z"];

    const strict = await runCli(["build", "--strict", ...args], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("CapsuleProductMismatch");
    expect(existsSync(path.join(root, "dist"))).toBe(false);

    const build = await runCli(["build", ...args], root);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toContain("CapsuleProductMismatch");
    const dist = await snapshotFolder(path.join(root, "dist"));
    expect([...dist.keys()].some((name) => name.startsWith("site/"))).toBe(true);
    for (const [name, bytes] of dist) {
      if (name.startsWith("report")) continue;
      for (const text of ["sac-nuit", "capsules/nuit", "The night.", ...PRODUCT_TEXTS]) {
        expect(bytes.includes(text), `${text} in ${name}`).toBe(false);
      }
    }
    // When the capsule's moment comes, in Tokyo first, the product comes with it.
    const later = await runCli(
      ["build", "--content", ".", "--out", "dist", "--now", "2099-03-01T01:00:00Z", "--no-site"],
      root,
    );
    expect(later.code, later.stderr).toBe(0);
    expect(await marketsHolding(root, "product/sac-nuit")).toEqual(["jp"]);
  });
});
