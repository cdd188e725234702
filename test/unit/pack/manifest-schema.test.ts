import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { distManifestSchema, manifestJsonSchema } from "../../../src/pack/manifest-types.ts";

describe("the manifest's JSON Schema", () => {
  it("in docs/ is the one the zod schemas give (run `npm run schema` after changing them)", async () => {
    const committed = JSON.parse(
      await readFile(
        path.resolve(import.meta.dirname, "../../../docs/manifest.schema.json"),
        "utf8",
      ),
    );
    expect(committed).toEqual(manifestJsonSchema());
  });

  it("refuses a manifest with an unknown field or a bad hash", () => {
    const file = {
      name: "README.txt",
      path: `files/${"a".repeat(32)}.txt`,
      kind: "readme",
      bytes: 3,
      sha256: "a".repeat(64),
    };
    const kit = {
      id: "fr/press/story-x",
      audience: "press",
      market: "fr",
      launch: "story/x",
      entries: ["story/x"],
      locale: "fr",
      name: "house_x_fr_presse",
      files: [file],
    };
    expect(distManifestSchema.safeParse({ schemaVersion: 2, kits: [kit] }).success).toBe(true);
    expect(
      distManifestSchema.safeParse({ schemaVersion: 2, kits: [{ ...kit, extra: 1 }] }).success,
    ).toBe(false);
    expect(
      distManifestSchema.safeParse({
        schemaVersion: 2,
        kits: [{ ...kit, files: [{ ...file, sha256: "xyz" }] }],
      }).success,
    ).toBe(false);
    // A schema-1 manifest (packs) is not this one.
    expect(distManifestSchema.safeParse({ schemaVersion: 1, kits: [kit] }).success).toBe(false);
  });
});
