import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContentErrorName } from "../../src/errors/catalog.ts";
import { type HouseFiles, houseWithPhotos, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";

/**
 * The bad-input corpus: each case is one mistake in an otherwise good house. For every case the
 * same promises are checked: `check --json` names the code, the file or document and the field;
 * `build --strict` exits 1 and leaves the last good `dist/` byte for byte; `build` without
 * `--strict` exits as the case says, and then either builds the rest or, for a mistake that would
 * drop a whole market, audience or the catalog, also leaves `dist/` as it was. No run leaves a
 * staging folder behind.
 */
export interface BadInputCase {
  name: string;
  /** Files to change in the good house (`undefined` removes a file). */
  files?: HouseFiles | (() => Promise<HouseFiles>);
  /** Anything else to do to the house folder (symlinks, files outside it…). */
  prepare?: (root: string) => Promise<void>;
  /** Extra arguments for every command (e.g. another source). */
  args?: string[];
  /** The issue that must be reported (`found`, when given, must match what it says was found). */
  expect: { name: ContentErrorName; origin: string | RegExp; path?: string; found?: RegExp };
  /**
   * Exit code of `build` without `--strict`: 0 when the rest builds, 1 when the mistake blocks,
   * 2 for a bad option or config.
   */
  buildExit: 0 | 1 | 2;
  /** Exit code of `check` without `--strict`. @default `buildExit` */
  checkExit?: 0 | 1 | 2;
  /** Exit code of `build --strict`. @default 1, or 2 when `buildExit` is 2 */
  strictExit?: 1 | 2;
  /** Codes that must not be reported: the cascade a root cause would otherwise set off. */
  absentCodes?: ContentErrorName[];
  /** Asset ids no published file may come from. */
  assetsLeftOut?: string[];
  /** More checks on the house folder once every command ran. */
  after?: (root: string) => void | Promise<void>;
  /** Entry ids (`story/la-maison`) that must still be in the manifest after a build without --strict. */
  stillBuilt?: string[];
  /** Entry ids that must not be in the manifest after a build without --strict. */
  leftOut?: string[];
  /** Texts that must appear in no published file of `dist/` (the report aside). */
  neverPublished?: string[];
}

const NOW = ["--now", "2026-12-01T00:00:00Z"];
const BASE = ["--content", ".", "--out", "dist", "--no-site", ...NOW];

/** How the good house is read, when not from its Markdown files. */
export interface CorpusOptions {
  /** Done to the good house before its first build (e.g. write a Sanity export and a config). */
  prepare?: (root: string) => Promise<void>;
  /** Arguments of every command, the good build's included (e.g. `--source sanity-export`). */
  args?: string[];
}

/** One good house, built once per test file, copied for every case (its cache included). */
async function buildGoodHouse({ prepare, args = [] }: CorpusOptions): Promise<string> {
  const root = await writeHouse(await houseWithPhotos());
  await prepare?.(root);
  const result = await runCli(["build", ...BASE, ...args], root);
  if (result.code !== 0) throw new Error(`the good house does not build:\n${result.stderr}`);
  return root;
}

async function copyHouse(template: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "relais-bad-"));
  await cp(template, root, { recursive: true, verbatimSymlinks: true });
  return root;
}

async function applyFiles(root: string, files: HouseFiles): Promise<void> {
  const { stringify } = await import("yaml");
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    if (content === undefined) {
      await rm(target, { force: true, recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    const raw = typeof content === "string" || content instanceof Uint8Array;
    await writeFile(target, raw ? content : stringify(content));
  }
}

/** Every file under `dist/` with its bytes, to compare before and after. */
export async function snapshotFolder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), await readFile(full));
  }
  return files;
}

function expectSame(after: Map<string, Buffer>, before: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
}

async function leftovers(root: string): Promise<string[]> {
  return (await readdir(root)).filter(
    (name) => name.startsWith(".dist-") || name.startsWith(".relais-site-"),
  );
}

/** The entries and assets the published files come from. */
async function manifestSources(root: string) {
  const manifest = JSON.parse(await readFile(path.join(root, "dist/manifest.json"), "utf8"));
  const entries = new Set<string>();
  const assets = new Set<string>();
  for (const kit of manifest.kits) {
    for (const file of kit.files ?? []) {
      if (file.entry) entries.add(file.entry);
      if (file.asset) assets.add(file.asset);
    }
  }
  return { entries, assets };
}

export function runCorpus(
  title: string,
  cases: readonly BadInputCase[],
  options: CorpusOptions = {},
): void {
  describe(title, () => {
    let template = "";
    beforeAll(async () => {
      template = await buildGoodHouse(options);
    }, 120_000);

    for (const badCase of cases) {
      it(badCase.name, async () => {
        const root = await copyHouse(template);
        const files = typeof badCase.files === "function" ? await badCase.files() : badCase.files;
        if (files) await applyFiles(root, files);
        await badCase.prepare?.(root);
        const args = [...BASE, ...(options.args ?? []), ...(badCase.args ?? [])];

        const check = await runCli(
          [
            "check",
            "--json",
            ...args.filter((a) => a !== "--no-site" && a !== "--out" && a !== "dist"),
          ],
          root,
        );
        expect(check.code, check.stderr).toBe(badCase.checkExit ?? badCase.buildExit);
        const report = JSON.parse(check.stdout);
        const { origin, found, ...rest } = badCase.expect;
        expect(report.issues).toContainEqual(
          expect.objectContaining({
            ...rest,
            origin: typeof origin === "string" ? origin : expect.stringMatching(origin),
            ...(found ? { found: expect.stringMatching(found) } : {}),
          }),
        );
        expect(check.stdout + check.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
        const reported = new Set(report.issues.map((issue: { name: string }) => issue.name));
        for (const name of badCase.absentCodes ?? []) expect(reported, name).not.toContain(name);

        const good = await snapshotFolder(path.join(root, "dist"));
        const strict = await runCli(["build", "--strict", ...args], root);
        expect(strict.code, strict.stderr).toBe(
          badCase.strictExit ?? (badCase.buildExit === 2 ? 2 : 1),
        );
        expect(strict.stderr).toContain(badCase.expect.name);
        expectSame(await snapshotFolder(path.join(root, "dist")), good);
        expect(await leftovers(root)).toEqual([]);

        const build = await runCli(["build", ...args], root);
        expect(build.code, build.stderr).toBe(badCase.buildExit);
        expect(build.stdout + build.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
        expect(await leftovers(root)).toEqual([]);
        await badCase.after?.(root);
        if (badCase.buildExit !== 0) {
          expectSame(await snapshotFolder(path.join(root, "dist")), good);
          return;
        }
        const { entries, assets } = await manifestSources(root);
        for (const id of badCase.assetsLeftOut ?? []) expect(assets, id).not.toContain(id);
        for (const id of badCase.stillBuilt ?? []) expect(entries, id).toContain(id);
        for (const id of badCase.leftOut ?? []) expect(entries, id).not.toContain(id);
        if (badCase.neverPublished?.length) {
          const published = await snapshotFolder(path.join(root, "dist"));
          for (const [name, bytes] of published) {
            if (name.startsWith("report")) continue;
            for (const text of badCase.neverPublished) {
              expect(bytes.includes(text), `${text} in ${name}`).toBe(false);
            }
          }
        }
      }, 120_000);
    }
  });
}
