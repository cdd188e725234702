import { execFile } from "node:child_process";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  houseWithPhotos,
  markdown,
  minimalHouse,
  withFiles,
  writeHouse,
} from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";

const NOW = ["--now", "2026-12-01T00:00:00Z"];

describe("relais check", () => {
  it("exits 0 on valid content and says so", async () => {
    const root = await writeHouse(minimalHouse());
    const result = await runCli(["check", "--content", "."], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("content is valid");
  });

  it("prints each issue with file, field, expected, found and a hint, and no stack trace", async () => {
    const asset = minimalHouse()["assets/detail.yaml"] as Record<string, unknown>;
    const root = await writeHouse(withFiles({ "assets/detail.yaml": { ...asset, alt: {} } }));
    const result = await runCli(["check", "--content", "."], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("MissingAltText");
    expect(result.stdout).toContain("assets/detail.yaml");
    expect(result.stdout).toContain("alt.fr");
    expect(result.stdout).toContain("expected alt text in fr");
    expect(result.stdout).toContain("found    nothing");
    expect(result.stdout).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it("exits 1 with --strict when there is an error", async () => {
    const root = await writeHouse(
      withFiles({ "stories/la-maison/index.en.md": markdown({ title: "" }, "Once.") }),
    );
    expect((await runCli(["check", "--content", "."], root)).code).toBe(0);
    const strict = await runCli(["check", "--content", ".", "--strict", "--json"], root);
    expect(strict.code).toBe(1);
    const report = JSON.parse(strict.stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(report.issues[0]).toMatchObject({
      name: "InvalidValue",
      origin: "stories/la-maison/index.en.md",
      path: "title",
    });
  });

  it("exits 1 without --strict when a whole market would be left out, and names the cause once", async () => {
    const root = await writeHouse(
      withFiles({ "markets/jp.yaml": { name: "Japan", locales: ["ja"], timeZone: "Tokyo" } }),
    );
    const result = await runCli(["check", "--content", ".", "--json"], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.issues.map((issue: { name: string }) => issue.name)).toEqual([
      "InvalidTimeZone",
      "MarketDropped",
    ]);
    const partial = await runCli(["check", "--content", ".", "--allow-partial"], root);
    expect(partial.code).toBe(0);
  });
});

describe("relais plan", () => {
  it("prints the plan as JSON for machines", async () => {
    const root = await writeHouse(minimalHouse());
    const result = await runCli(["plan", "--json", "--content", ".", ...NOW], root);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan).toMatchObject({ schemaVersion: 1, now: "2026-12-01T00:00:00Z" });
    expect(plan.decisions).toHaveLength(18);
    // The kits are decided by the plan: each with its files' names and render tasks.
    const kit = plan.kits.find((k: { id: string }) => k.id === "fr/press/capsule-nuit");
    expect(kit).toMatchObject({
      launch: "capsule/nuit",
      entries: ["capsule/nuit", "product/sac-nuit"],
      name: "maison-test_nuit_fr_press",
    });
    const image = kit.sections[0].items[0].images[0];
    expect(image.name).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/nuit-01-hero\.jpg$/);
    expect(image.task).toMatch(/^[0-9a-f]{64}$/);
    expect(kit.originals.map((o: { name: string }) => o.name)).toEqual([
      "originals/nuit-01-hero.jpg",
    ]);
  });

  it("prints a table with the reason for each skip", async () => {
    const root = await writeHouse(
      withFiles({
        "capsules/nuit/index.md": markdown(
          {
            title: "Nuit",
            season: "FW26",
            keyVisuals: ["hero"],
            products: ["sac-nuit"],
            embargo: { publishAt: "2099-03-01T10:00" },
          },
          "x",
        ),
      }),
    );
    const result = await runCli(["plan", "--content", ".", ...NOW], root);
    expect(result.code).toBe(0);
    const row = result.stdout
      .split("\n")
      .find((line) => line.includes("jp") && line.includes("capsule/nuit"));
    expect(row).toContain("embargoed until 2099-03-01 10:00 Asia/Tokyo (UTC+09:00)");
  });

  it.each([
    [
      ["plan", "--now", "2026-12-01"],
      /InvalidOption {2}command line --now\n {2}expected an ISO-8601 instant/,
    ],
    [
      ["plan", "--now", "2099-03-01T09:59:60Z"],
      /InvalidOption {2}command line --now\n[\s\S]*seconds run from 00 to 59[\s\S]*a leap second/,
    ],
    [
      ["plan", "--source", "sanity"],
      /sanity.projectId\n {2}expected a project id: set SANITY_PROJECT_ID/,
    ],
    [["plan", "--source", "ftp"], /Allowed choices are markdown, sanity, sanity-export/],
    [["plan", "--bogus"], /unknown option '--bogus'/],
    [["deploy"], /unknown command 'deploy'/],
  ])("exits 2 on bad usage: %j", async (args, message) => {
    const root = await writeHouse(minimalHouse());
    const result = await runCli([...args, "--content", "."], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("exits 0 for --help on each command and lists the shared options", async () => {
    for (const command of ["check", "plan", "build"]) {
      const result = await runCli([command, "--help"], process.cwd());
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/--now <instant>[\s\S]*--strict[\s\S]*--json/);
    }
  });
});

// Real builds, one to three per test: 2 s each on idle cores, several times that while the machine
// is shared, which no timing here asserts.
describe("relais build", { timeout: 60_000 }, () => {
  it("writes the kits' files once each, the manifest and the report", async () => {
    const root = await writeHouse(await houseWithPhotos());
    const result = await runCli(
      ["build", "--no-site", "--content", ".", "--out", "dist", ...NOW],
      root,
    );
    expect(result.code).toBe(0);
    expect((await readdir(path.join(root, "dist"))).sort()).toEqual([
      "files",
      "manifest.json",
      "report",
      "report.html",
      "report.json",
    ]);
    const manifest = JSON.parse(await readFile(path.join(root, "dist/manifest.json"), "utf8"));
    expect(manifest.schemaVersion).toBe(2);
    const kit = manifest.kits.find((k: { id: string }) => k.id === "jp/public/story-la-maison");
    expect(kit.files.some((f: { channel?: string }) => f.channel === "x/post")).toBe(true);
    for (const k of manifest.kits) {
      for (const file of k.files) {
        const bytes = await readFile(path.join(root, "dist", file.path));
        expect(bytes.length, file.name).toBe(file.bytes);
      }
    }
    expect(result.stdout).toMatch(
      /✓ built \d+ kits, [\d,]+ files \(\d+ images rendered, 0 from cache/,
    );
  });

  it("writes the same bytes twice and renders nothing the second time", async () => {
    const root = await writeHouse(await houseWithPhotos());
    await runCli(["build", "--no-site", "--content", ".", "--out", "a", ...NOW], root);
    const second = await runCli(
      ["build", "--no-site", "--content", ".", "--out", "b", "--json", ...NOW],
      root,
    );
    expect(JSON.parse(second.stdout)).toMatchObject({ ok: true, rendered: 0 });
    const listing = async (dir: string) =>
      (await readdir(path.join(root, dir), { recursive: true })).sort();
    const files = await listing("a");
    expect(files).toEqual(await listing("b"));
    for (const file of files.filter((name) => /\.(json|jpg|txt|html)$/.test(name))) {
      expect(await readFile(path.join(root, "a", file))).toEqual(
        await readFile(path.join(root, "b", file)),
      );
    }
  });

  it("leaves the output in place when nothing changed, and builds again when something did", async () => {
    const root = await writeHouse(await houseWithPhotos());
    const build = async (now = NOW) => {
      const result = await runCli(
        ["build", "--no-site", "--content", ".", "--out", "dist", "--json", ...now],
        root,
      );
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as { unchanged: boolean; kits: number; files: number };
    };
    const manifestFile = path.join(root, "dist/manifest.json");
    const first = await build();
    expect(first.unchanged).toBe(false);
    const built = await stat(manifestFile);

    const again = await build();
    expect(again).toMatchObject({ unchanged: true, kits: first.kits, files: first.files });
    // Not written again: the very same file.
    expect((await stat(manifestFile)).ino).toBe(built.ino);

    // A later clock that changes no decision changes nothing either.
    expect((await build(["--now", "2026-12-02T00:00:00Z"])).unchanged).toBe(true);

    await writeFile(
      path.join(root, "stories/la-maison/index.en.md"),
      markdown({ title: "The House" }, "Once upon a time, in Paris."),
    );
    expect((await build()).unchanged).toBe(false);

    // An output edited by hand is not trusted: it is written again.
    const good = await readFile(manifestFile, "utf8");
    await writeFile(manifestFile, `${good} `);
    expect((await build()).unchanged).toBe(false);
    expect(await readFile(manifestFile, "utf8")).toBe(good);
  });

  it("builds again when the clock lifts an embargo", async () => {
    const house = await houseWithPhotos();
    const capsule = house["capsules/nuit/index.md"] as string;
    const root = await writeHouse({
      ...house,
      "capsules/nuit/index.md": capsule.replace(
        "---\n",
        '---\nembargo: { publishAt: "2027-01-01T00:00" }\n',
      ),
    });
    const build = async (now: string) =>
      JSON.parse(
        (
          await runCli(
            ["build", "--no-site", "--content", ".", "--out", "dist", "--json", "--now", now],
            root,
          )
        ).stdout,
      ) as { unchanged: boolean };
    await build("2026-12-01T00:00:00Z");
    expect((await build("2026-12-01T00:00:00Z")).unchanged).toBe(true);
    expect((await build("2027-01-02T00:00:00Z")).unchanged).toBe(false);
    const manifest = await readFile(path.join(root, "dist/manifest.json"), "utf8");
    expect(manifest).toContain("capsule/nuit");
  });

  it("leaves the last good output untouched when a build fails", async () => {
    const root = await writeHouse(await houseWithPhotos());
    await runCli(["build", "--no-site", "--content", ".", "--out", "dist", ...NOW], root);
    const before = await readFile(path.join(root, "dist/manifest.json"));
    await writeFile(path.join(root, "markets/jp.yaml"), "name: Japan\nlocales: [ja\n");
    const failed = await runCli(
      ["build", "--no-site", "--content", ".", "--out", "dist", "--strict", ...NOW],
      root,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("left as it was");
    expect(await readFile(path.join(root, "dist/manifest.json"))).toEqual(before);
    expect((await readdir(root)).filter((name) => name.startsWith(".dist-"))).toEqual([]);
  });

  it("fails without touching the output when brand.yaml is missing", async () => {
    const root = await writeHouse(await houseWithPhotos());
    const args = ["build", "--no-site", "--content", ".", "--out", "dist", ...NOW];
    expect((await runCli(args, root)).code).toBe(0);
    const before = await readFile(path.join(root, "dist/manifest.json"));
    await rm(path.join(root, "brand.yaml"));
    const result = await runCli(args, root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("BrandUnusable");
    expect(await readFile(path.join(root, "dist/manifest.json"))).toEqual(before);
  });

  it("reads relais.config.ts, and command-line options win over it", async () => {
    const root = await writeHouse({});
    const house = await writeHouse(await houseWithPhotos());
    await writeFile(
      path.join(root, "relais.config.ts"),
      `export default { content: ${JSON.stringify(house)}, out: "public", markets: ["jp"] };\n`,
    );
    const result = await runCli(["build", "--no-site", ...NOW, "--json"], root);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(root, "public/manifest.json"), "utf8"));
    expect(new Set(manifest.kits.map((k: { market: string }) => k.market))).toEqual(
      new Set(["jp"]),
    );
    const override = await runCli(["build", "--no-site", ...NOW, "--out", "elsewhere"], root);
    expect(override.code).toBe(0);
    expect(await readdir(path.join(root, "elsewhere"))).toContain("manifest.json");
  });

  it("rejects an invalid config with exit 2 and names the field", async () => {
    const root = await writeHouse(minimalHouse());
    await writeFile(path.join(root, "relais.config.ts"), `export default { strict: "yes" };\n`);
    const result = await runCli(["check"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /InvalidConfig {2}relais.config.ts strict\n {2}expected true or false/,
    );
  });

  it("rejects an invalid channel record with exit 2 and names the record and field", async () => {
    const root = await writeHouse(minimalHouse());
    await writeFile(
      path.join(root, "relais.config.ts"),
      `export default { channels: [{ id: "x/post", image: { maxBytes: -1 } }] };\n`,
    );
    const result = await runCli(["build", ...NOW], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /InvalidChannelRecord {2}relais.config.ts channels\[0\]\.image\.maxBytes\n[\s\S]*record "x\/post"/,
    );
  });
});

describe("the relais bin", () => {
  it("runs with the project's Node and exits with the command's code", async () => {
    const root = await writeHouse(minimalHouse());
    const bin = path.resolve("bin/relais.js");
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      bin,
      "plan",
      "--json",
      "--content",
      root,
      ...NOW,
    ]);
    expect(JSON.parse(stdout).summary.decisions).toBe(18);
    await expect(run(process.execPath, [bin, "plan", "--now", "yesterday"])).rejects.toMatchObject({
      code: 2,
    });
    // Four Node processes start one after the other (the bin starts itself again): on a shared,
    // loaded machine that alone can take more than the default 5 s.
  }, 30_000);
});

describe("unlisted kit links in CI", () => {
  it("stops a CI build that would mint new links, says what to set, and keeps the output", async () => {
    const house = await houseWithPhotos({
      "audiences.yaml": {
        public: { name: "Fans", receives: ["story", "capsule"], usage: "social" },
        ambassadors: { name: "Ambassadors", receives: ["story"], usage: "social", listed: false },
      },
    });
    const root = await writeHouse(house);
    const args = ["build", "--content", ".", "--out", "dist", ...NOW];
    const saved = { CI: process.env.CI, secret: process.env.RELAIS_KIT_SECRET };
    try {
      process.env.RELAIS_KIT_SECRET = "b".repeat(64);
      delete process.env.CI;
      expect((await runCli(args, root)).code).toBe(0);
      const before = await readFile(path.join(root, "dist/manifest.json"));
      delete process.env.RELAIS_KIT_SECRET;
      process.env.CI = "true";
      await writeFile(
        path.join(root, "stories/la-maison/index.en.md"),
        markdown({ title: "The House, again" }, "Once more."),
      );
      const result = await runCli(args, root);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("KitSecretMissing");
      expect(result.stderr).toContain("RELAIS_KIT_SECRET");
      expect(await readFile(path.join(root, "dist/manifest.json"))).toEqual(before);
    } finally {
      for (const [key, value] of [
        ["CI", saved.CI],
        ["RELAIS_KIT_SECRET", saved.secret],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }, 120_000);

  it("gives two fresh clones built in CI with the same secret file the same kit links", async () => {
    const house = await houseWithPhotos({
      "audiences.yaml": {
        public: { name: "Fans", receives: ["story", "capsule"], usage: "social" },
        ambassadors: { name: "Ambassadors", receives: ["story"], usage: "social", listed: false },
      },
    });
    const secretFile = path.join(await writeHouse(minimalHouse()), "kit-secret.txt");
    await writeFile(secretFile, `${"d".repeat(64)}\n`);
    const saved = { CI: process.env.CI, file: process.env.RELAIS_KIT_SECRET_FILE };
    try {
      process.env.CI = "true";
      process.env.RELAIS_KIT_SECRET_FILE = secretFile;
      const links: string[][] = [];
      for (const _clone of [1, 2]) {
        // Each clone is a folder of its own, with its own (empty) state and cache.
        const root = await writeHouse(house);
        const result = await runCli(["build", "--content", ".", "--out", "dist", ...NOW], root);
        expect(result.code, result.stderr).toBe(0);
        const report = JSON.parse(await readFile(path.join(root, "dist/report.json"), "utf8"));
        const urls: string[] = report.unlistedKits.map((kit: { url: string }) => kit.url);
        expect(urls.length).toBeGreaterThan(0);
        for (const url of urls) {
          const page = path.join(root, "dist/site", new URL(url).pathname, "index.html");
          expect((await stat(page)).isFile(), url).toBe(true);
        }
        links.push(urls.sort());
      }
      expect(links[1]).toEqual(links[0]);
    } finally {
      for (const [key, value] of [
        ["CI", saved.CI],
        ["RELAIS_KIT_SECRET_FILE", saved.file],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }, 180_000);
});
