import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { houseWithPhotos, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";

const BUILD = ["build", "--no-site", "--content", ".", "--now", "2026-12-01T00:00:00Z"];

/** Relais only ever replaces its own output: every refusal exits 2 and touches nothing. */
describe("an --out that is not Relais's", () => {
  it.each([
    ["the content folder", ".", "the project folder"],
    ["the project's parent", "..", "a parent of the project folder"],
    ["the cache", ".relais/cache", "the cache"],
    ["the cache's parent", ".relais", "a parent of the cache"],
  ])("refuses %s", async (_what, out, found) => {
    const root = await writeHouse(await houseWithPhotos());
    const before = (await readdir(root)).sort();
    const result = await runCli([...BUILD, "--out", out, "--json"], root);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.issues).toEqual([
      expect.objectContaining({
        name: "OutputRefused",
        origin: "--out",
        found: expect.stringContaining(found),
      }),
    ]);
    expect((await readdir(root)).sort()).toEqual(before);
  });

  it("refuses the content folder when it is not the project folder", async () => {
    const root = await writeHouse({});
    const house = await writeHouse(await houseWithPhotos());
    const { cp } = await import("node:fs/promises");
    await cp(house, path.join(root, "content"), { recursive: true });
    const result = await runCli(
      ["build", "--no-site", "--now", "2026-12-01T00:00:00Z", "--out", "content"],
      root,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("OutputRefused");
    expect(result.stderr).toContain("the content folder");
    expect(await readFile(path.join(root, "content/brand.yaml"), "utf8")).toContain("Maison Test");
  });

  it("refuses an existing file, and keeps it", async () => {
    const root = await writeHouse(await houseWithPhotos());
    await writeFile(path.join(root, "notes.txt"), "the house's own notes");
    const result = await runCli([...BUILD, "--out", "notes.txt"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /OutputRefused {2}--out .*notes\.txt\n[\s\S]*found {4}an existing file/,
    );
    expect(await readFile(path.join(root, "notes.txt"), "utf8")).toBe("the house's own notes");
  });

  it("refuses a folder holding other files, and keeps them", async () => {
    const root = await writeHouse(await houseWithPhotos());
    await mkdir(path.join(root, "public"));
    await writeFile(path.join(root, "public/index.html"), "<h1>the house's own site</h1>");
    const result = await runCli([...BUILD, "--out", "public"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a folder Relais did not write (it holds index.html)");
    expect(await readdir(path.join(root, "public"))).toEqual(["index.html"]);
  });

  it("refuses a symbolic link, and keeps what it points to", async () => {
    const root = await writeHouse(await houseWithPhotos());
    await mkdir(path.join(root, "elsewhere"));
    await symlink(path.join(root, "elsewhere"), path.join(root, "dist"));
    const result = await runCli([...BUILD, "--out", "dist"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a symbolic link");
  });

  it("replaces an empty folder and its own previous output, not another folder with a manifest.json", async () => {
    const root = await writeHouse(await houseWithPhotos());
    await mkdir(path.join(root, "dist"));
    expect((await runCli([...BUILD, "--out", "dist"], root)).code).toBe(0);
    expect(
      (await runCli([...BUILD, "--out", "dist", "--now", "2026-12-02T00:00:00Z"], root)).code,
    ).toBe(0);
    await mkdir(path.join(root, "other"));
    await writeFile(path.join(root, "other/manifest.json"), '{"name":"a web app"}');
    const result = await runCli([...BUILD, "--out", "other"], root);
    expect(result.code).toBe(2);
    expect(await readFile(path.join(root, "other/manifest.json"), "utf8")).toBe(
      '{"name":"a web app"}',
    );
  });
});
