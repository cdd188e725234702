// A house installs Relais as a package: Relais and create-relais packed as they would be
// published, a new house created from them in a temporary folder, and there the README's Quick
// start run as written, on the machine's own Node. Slow (it installs sharp and Astro from the
// registry): `npm run test:package`, apart from `npm test`.
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAsPerson } from "./as-a-person.ts";
import { quickStartCommands } from "./quick-start.ts";

const repository = path.resolve(import.meta.dirname, "../..");
const { version } = JSON.parse(await readFile(path.join(repository, "package.json"), "utf8"));

let work: string;
let tarball: string;
let packedFiles: string[];
let house: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "relais-package-"));
  const pack = await runAsPerson(
    `npm pack --pack-destination ${work} && npm pack ./packages/create-relais --pack-destination ${work}`,
    repository,
  );
  expect(pack.code, pack.output).toBe(0);
  tarball = path.join(work, `relais-${version}.tgz`);
  packedFiles = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  // `npm create relais` runs the create-relais package's bin from its unpacked files.
  execFileSync("tar", ["xzf", `create-relais-${version}.tgz`], { cwd: work });
  house = path.join(work, "maison");
  const create = await runAsPerson(
    `node ${path.join(work, "package/bin/create-relais.js")} maison --relais file:${tarball}`,
    work,
  );
  expect(create.code, create.output).toBe(0);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the relais package", () => {
  it("holds the compiled library, its types, the binary and the site's sources", () => {
    for (const file of [
      "package/lib/index.js",
      "package/lib/index.d.ts",
      "package/lib/studio/index.js",
      "package/lib/studio/index.d.ts",
      "package/lib/cli/main.js",
      "package/bin/relais.js",
      "package/astro.config.mjs",
      "package/src/site/pages/index.astro",
      "package/README.md",
    ]) {
      expect(packedFiles).toContain(file);
    }
  });

  it("holds no tests, fixtures, sample content, caches or TypeScript outside the site", () => {
    const unwanted = packedFiles.filter(
      (file) =>
        /^package\/(test|fixtures|content|scripts|examples|packages|\.relais|dist)\//.test(file) ||
        (/^package\/src\/.*\.ts$/.test(file) && !/^package\/src\/(site|i18n)\//.test(file)),
    );
    expect(unwanted).toEqual([]);
  });

  it("stays small: under a megabyte packed", async () => {
    expect((await stat(tarball)).size).toBeLessThan(1024 * 1024);
  });
});

describe("a new house", () => {
  it("has its repository: config, content, README, workflow, git ignores", async () => {
    const files = await readdir(house, { recursive: true });
    for (const file of [
      "relais.config.ts",
      "README.md",
      ".gitignore",
      "package-lock.json",
      ".github/workflows/relais.yml",
      "content/brand.yaml",
      "content/assets/water-crown.jpg",
    ]) {
      expect(files).toContain(file);
    }
    expect(await readFile(path.join(house, "relais.config.ts"), "utf8")).toContain(
      'import { defineConfig } from "relais";',
    );
  });

  it("builds and tests as its README's Quick start says, on the machine's own Node", async () => {
    const commands = quickStartCommands(await readFile(path.join(house, "README.md"), "utf8"));
    expect(commands).toEqual(["npm ci && npm run build", "npm ci && npm test"]);
    for (const command of commands) {
      const run = await runAsPerson(command, house);
      expect(run.code, `${command}\n${run.output}`).toBe(0);
    }
    const manifest = JSON.parse(await readFile(path.join(house, "dist/manifest.json"), "utf8"));
    expect(manifest.kits.length).toBeGreaterThan(0);
    expect(manifest).toHaveProperty("next");
    expect((await stat(path.join(house, "dist/site/index.html"))).size).toBeGreaterThan(0);
    expect((await stat(path.join(house, "dist/site/fr/fr/index.html"))).size).toBeGreaterThan(0);
  });

  it("runs Relais on the Node that its package.json pins", async () => {
    const { devDependencies } = JSON.parse(
      await readFile(path.join(repository, "package.json"), "utf8"),
    );
    // npm scripts and `npm exec` put node_modules/.bin, where the `node` package links, first.
    const node = await runAsPerson("npm exec -- node --version", house);
    expect(node.output.trim()).toBe(`v${devDependencies.node}`);
    const next = await runAsPerson("npm run --silent relais -- next --json", house);
    expect(next.code, next.output).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ next: null, changes: [] });
  });

  it("type checks relais.config.ts against Relais's own types", async () => {
    const config = path.join(house, "relais.config.ts");
    const original = await readFile(config, "utf8");
    await writeFile(config, original.replace('content: "content"', 'contnet: "content"'));
    try {
      const run = await runAsPerson("npm run typecheck", house);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain("contnet");
    } finally {
      await writeFile(config, original);
    }
  });
});
