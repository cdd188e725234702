import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorsDoc } from "../../../src/cli/errors-doc.ts";
import { contentErrors } from "../../../src/errors/catalog.ts";

describe("the error catalog and docs/errors.md", () => {
  it("keeps docs/errors.md equal to the catalog (run npm run docs:errors after changing it)", async () => {
    const file = await readFile(
      path.resolve(import.meta.dirname, "../../../docs/errors.md"),
      "utf8",
    );
    expect(file).toBe(errorsDoc());
  });

  it("documents every code with its example as printed and its fix", () => {
    const doc = errorsDoc();
    for (const [name, spec] of Object.entries(contentErrors)) {
      expect(doc, name).toContain(`### ${name}\n`);
      expect(doc, name).toContain(
        `✗ error ${name}  `.replace("✗ error", spec.severity === "error" ? "✗ error" : "▲ warning"),
      );
      expect(doc, name).toContain(`**Fix:** ${spec.example.fix}`);
    }
  });

  it("gives every code a title, a hint that says what to do, and a stage", () => {
    for (const [name, spec] of Object.entries(contentErrors)) {
      expect(spec.title.length, name).toBeGreaterThan(10);
      expect(spec.hint.length, name).toBeGreaterThan(20);
      expect(spec.hint.endsWith("."), name).toBe(true);
      expect(["usage", "config", "source", "validate", "plan", "render", "pack", "site"]).toContain(
        spec.stage,
      );
    }
  });
});
