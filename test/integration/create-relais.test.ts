import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";

/**
 * `npm create relais <folder>`: the create-relais package's bin, run as npm create runs it
 * (without installing here; test:package installs a created house from the packed tarballs).
 */
const repository = path.resolve(import.meta.dirname, "../..");
const creator = path.join(repository, "packages/create-relais");
const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8"));

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "create-relais-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function create(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(creator, "bin/create-relais.js"), ...args],
      { cwd: work },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("create-relais", () => {
  it("writes a house repository: config, content, README, workflow, git ignores", async () => {
    const result = await create("Maison Test", "--no-install");
    expect(result.code, result.stderr).toBe(0);
    const house = path.join(work, "Maison Test");
    const files = await readdir(house, { recursive: true });
    expect(files).toEqual(
      expect.arrayContaining([
        ".gitignore",
        ".github/workflows/relais.yml",
        "README.md",
        "package.json",
        "relais.config.ts",
        "tsconfig.json",
        "content/brand.yaml",
        "content/audiences.yaml",
        "content/markets/fr.yaml",
        "content/stories/la-goutte/index.md",
        "content/assets/water-crown.jpg",
        "content/assets/water-crown.yaml",
      ]),
    );
    expect(files).not.toContain("gitignore");
    expect(result.stdout).toContain("npm install");
  });

  it("gives the house the Relais of its own version and the Node that Relais pins", async () => {
    await create("maison", "--no-install");
    const house = await readJson(path.join(work, "maison/package.json"));
    const relais = await readJson(path.join(repository, "package.json"));
    const own = await readJson(path.join(creator, "package.json"));
    // Released together: create-relais x.y.z starts a house on relais ^x.y.z.
    expect(own.version).toBe(relais.version);
    expect(house).toMatchObject({
      name: "maison",
      private: true,
      type: "module",
      dependencies: { relais: `^${relais.version}`, node: relais.devDependencies.node },
      scripts: { build: "relais build", test: "npm run typecheck && relais check --strict" },
    });
    expect(house.allowScripts.node).toBe(true);
  });

  it("installs the relais that --relais names (a tarball, a tag)", async () => {
    await create("maison", "--no-install", "--relais", "file:../relais-0.1.0.tgz");
    const house = await readJson(path.join(work, "maison/package.json"));
    expect(house.dependencies.relais).toBe("file:../relais-0.1.0.tgz");
  });

  it("starts from content without a single error or warning", async () => {
    await create("maison", "--no-install");
    const content = path.join(work, "maison/content");
    const result = await runCli(["check", "--strict", "--content", content], repository);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain("0 errors, 0 warnings");
  });

  it("refuses a folder that is not empty, naming it and what to do, and touches nothing", async () => {
    const folder = path.join(work, "taken");
    await mkdir(folder);
    await writeFile(path.join(folder, "notes.txt"), "mine");
    const result = await create("taken", "--no-install");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `[create-relais] ${folder} is not empty (it holds notes.txt). Expected a new or empty folder`,
    );
    expect(result.stderr).toContain("name a new folder, or empty this one first");
    expect(await readdir(folder)).toEqual(["notes.txt"]);
  });

  it("asks for exactly one folder", async () => {
    const result = await create();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Expected one folder for the new house, received 0.");
    expect(result.stderr).toContain("Usage: npm create relais@latest <folder>");
  });

  it("names an unknown option and shows how it is used", async () => {
    const result = await create("maison", "--bogus");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain("Usage: npm create relais@latest <folder>");
    expect(await readdir(work)).toEqual([]);
  });
});
