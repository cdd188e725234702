import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { houseWithPhotos, markdown, minimalHouse, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";
import { snapshotFolder } from "./harness.ts";

const detail = minimalHouse()["assets/detail.yaml"] as { licence: Record<string, unknown> };

/**
 * The corpus builds kit files only (no site); here the same misspellings go through a whole build, site
 * included: nothing of the protected capsule or image may be anywhere in dist/ but the report.
 */
describe("misspelled rights keys, with the site", { timeout: 180_000 }, () => {
  it("publishes nothing of a capsule whose embargo is misspelled, nor an image whose expiry is", async () => {
    const root = await writeHouse(
      await houseWithPhotos({
        "capsules/nuit/index.md": markdown(
          {
            title: "Nuit Secrète",
            season: "FW26",
            keyVisuals: ["hero"],
            products: ["sac-nuit"],
            embrago: { publishAt: "2099-01-01" },
          },
          "La nuit secrète.",
        ),
        "capsules/nuit/index.en.md": markdown({ title: "Secret Night" }, "The secret night."),
        "assets/detail.yaml": {
          ...detail,
          licence: { ...detail.licence, expire: "2020-01-01" },
        },
      }),
    );
    for (const strict of [[], ["--strict"]]) {
      const result = await runCli(
        ["build", "--content", ".", "--out", "dist", "--now", "2026-12-01T00:00:00Z", ...strict],
        root,
      );
      expect(result.code).toBe(strict.length === 0 ? 0 : 1);
      expect(result.stderr).toContain("UnknownField");
    }
    const dist = await snapshotFolder(path.join(root, "dist"));
    expect([...dist.keys()].some((name) => name.startsWith("site/"))).toBe(true);
    const detailBytes = await readFile(path.join(root, "assets/detail.jpg"));
    const manifest = JSON.parse(dist.get("manifest.json")?.toString() ?? "{}");
    const sources = manifest.kits.flatMap((kit: { files: { asset?: string; entry?: string }[] }) =>
      kit.files.flatMap((file) => [file.asset, file.entry]),
    );
    expect(sources).toContain("story/la-maison");
    expect(sources).not.toContain("detail");
    expect(sources).not.toContain("capsule/nuit");
    for (const [name, bytes] of dist) {
      if (name.startsWith("report")) continue;
      for (const text of [
        "Nuit Secrète",
        "Secret Night",
        "La nuit secrète",
        "capsules/nuit",
        "Night Bag",
      ]) {
        expect(bytes.includes(text), `${text} in ${name}`).toBe(false);
      }
      expect(bytes.includes(detailBytes), name).toBe(false);
    }
  });
});
