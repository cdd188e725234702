import { describe, expect, it } from "vitest";
import { invokedFrom } from "../../src/cli/invoked-from.ts";
import { resolveConfig } from "../../src/config/resolve-config.ts";
import { createSource } from "../../src/sources/create-source.ts";

describe("the folder paths on the command line are read from", () => {
  it("is where `npm run relais` was typed, not the package root npm runs the script in", () => {
    const env = { npm_lifecycle_script: "node bin/relais.js", INIT_CWD: "/home/editor/house" };
    expect(invokedFrom(env, "/work/relais")).toBe("/home/editor/house");
    expect(invokedFrom({ ...env, npm_lifecycle_script: "relais build" }, "/x")).toBe(
      "/home/editor/house",
    );
  });

  it("is the process's own folder when another npm script (a test run) started Relais", () => {
    const env = { npm_lifecycle_script: "vitest run", INIT_CWD: "/work/relais" };
    expect(invokedFrom(env, "/tmp/house")).toBe("/tmp/house");
    expect(invokedFrom({}, "/tmp/house")).toBe("/tmp/house");
  });
});

describe("house settings in the config", () => {
  it("are refused with the Markdown source, which reads them from content/", async () => {
    const config = resolveConfig("/house", { house: { brand: { name: "Maison" } } });
    await expect(createSource(config)).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          name: "InvalidConfig",
          path: "house",
          expected: expect.stringContaining("only with source sanity or sanity-export"),
        }),
      ],
    });
  });
});
