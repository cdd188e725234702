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
      path: "packs/a/b/c/d/README.txt",
      kind: "readme",
      bytes: 3,
      sha256: "a".repeat(64),
    };
    const pack = {
      audience: "a",
      market: "b",
      channel: "c/d",
      path: "packs/a/b/c/d",
      zip: { path: "x.zip", sha256: "b".repeat(64), bytes: 10 },
      files: [file],
    };
    expect(distManifestSchema.safeParse({ schemaVersion: 1, packs: [pack] }).success).toBe(true);
    expect(
      distManifestSchema.safeParse({ schemaVersion: 1, packs: [{ ...pack, extra: 1 }] }).success,
    ).toBe(false);
    expect(
      distManifestSchema.safeParse({
        schemaVersion: 1,
        packs: [{ ...pack, files: [{ ...file, sha256: "xyz" }] }],
      }).success,
    ).toBe(false);
  });
});
