import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Fault } from "../../scripts/sanity-local/faults.ts";
import type { LocalSanity } from "../../scripts/sanity-local/server.ts";
import { houseWithPhotos, writeHouse } from "../support/house.ts";
import { runCli } from "../support/run-cli.ts";
import { writeExportArchive } from "../support/sanity-export-archive.ts";
import {
  PLACE,
  type SanityHouse,
  sanityHouse,
  serveSanityHouse,
  TOKEN,
} from "../support/sanity-house.ts";

/**
 * `relais build --source sanity` end to end, against a local Content API: a source that fails
 * (credentials, server, network, damaged image) stops the build, says what to check, never shows
 * the token, and leaves the last good output exactly as it was.
 */
const NOW = ["--now", "2026-12-01T00:00:00Z"];
let root: string;
let server: LocalSanity;
let house: SanityHouse;

beforeAll(async () => {
  house = await sanityHouse(await houseWithPhotos());
  server = await serveSanityHouse(house);
  root = await writeHouse({});
  const config = {
    out: "dist",
    cache: ".relais/cache",
    site: { enabled: false },
    sanity: { ...PLACE, apiHost: server.url, timeoutMs: 1000, maxRetries: 2 },
  };
  await writeFile(
    path.join(root, "relais.config.ts"),
    `export default ${JSON.stringify(config, null, 2)};\n`,
  );
  const first = await build();
  expect(first.code, first.stderr).toBe(0);
}, 120_000);

afterEach(() => {
  delete process.env.SANITY_TOKEN;
  server.clearFaults();
});

async function build(token = TOKEN) {
  process.env.SANITY_TOKEN = token;
  return runCli(["build", "--source", "sanity", "--json", ...NOW], root);
}

async function snapshot(): Promise<Map<string, Buffer>> {
  const dist = path.join(root, "dist");
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const contents = new Map<string, Buffer>();
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    contents.set(path.relative(dist, full), await readFile(full));
  }
  return contents;
}

async function expectFailureLeavesDist(
  faults: Fault[],
  check: string | RegExp,
  options: { token?: string; freshImages?: boolean } = {},
) {
  const before = await snapshot();
  if (options.freshImages)
    await rm(path.join(root, ".relais/cache/store/records/sanity-images"), { recursive: true, force: true });
  for (const fault of faults) server.addFault(fault);
  const result = await build(options.token);
  expect(result.code, result.stdout).toBe(1);
  expect(result.stderr).toMatch(check);
  expect(result.stderr).toContain("the last output was left as it was");
  expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
  expect(await snapshot()).toEqual(before);
  expect((await readdir(root)).filter((name) => name.startsWith(".dist-"))).toEqual([]);
}

describe("relais build --source sanity", { timeout: 60_000 }, () => {
  it("builds the house from the dataset", async () => {
    const manifest = JSON.parse(await readFile(path.join(root, "dist/manifest.json"), "utf8"));
    expect(manifest.kits.length).toBeGreaterThan(0);
    const again = await build();
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, rendered: 0, unchanged: true });
  });

  it("stops on a wrong token and says to check SANITY_TOKEN", async () => {
    await expectFailureLeavesDist([], /SANITY_TOKEN/, { token: "sk-wrong-token" });
  });

  it("stops when the server keeps failing", async () => {
    await expectFailureLeavesDist(
      [{ kind: "server-error", match: "/data/query/", times: 10 }],
      /500|server/i,
    );
  });

  it("stops when the server keeps timing out", async () => {
    await expectFailureLeavesDist(
      [{ kind: "delay", match: "/data/query/", delayMs: 3000, times: 10 }],
      /time/i,
    );
  });

  it("stops on an image whose bytes do not match its asset's hash", async () => {
    await expectFailureLeavesDist(
      [{ kind: "wrong-bytes", match: "/images/", times: 100 }],
      /sha1|hash/i,
      { freshImages: true },
    );
  });

  it("waits out a rate limit (Retry-After) and a passing server error, then builds", async () => {
    const before = await snapshot();
    server.addFault({ kind: "rate-limit", match: "/data/query/", retryAfterSeconds: 1 });
    server.addFault({ kind: "server-error", match: "/data/query/" });
    const started = performance.now();
    const result = await build();
    expect(result.code, result.stderr).toBe(0);
    // The same dataset, read in the end: the same output.
    expect(await snapshot()).toEqual(before);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.requests.some((request) => request.fault === "rate-limit")).toBe(true);
  });

  it("builds the same packs offline from the dataset's export (--source sanity-export)", async () => {
    const archive = await writeExportArchive(house);
    process.env.SANITY_EXPORT = archive;
    try {
      const result = await runCli(
        ["build", "--source", "sanity-export", "--out", "from-export", "--json", ...NOW],
        root,
      );
      expect(result.code, result.stderr).toBe(0);
    } finally {
      delete process.env.SANITY_EXPORT;
    }
    const manifest = (dir: string) => readFile(path.join(root, dir, "manifest.json"), "utf8");
    expect(await manifest("from-export")).toBe(await manifest("dist"));
  });

  it("refuses a token in the config file, and names what is missing", async () => {
    const elsewhere = await writeHouse({});
    await writeFile(
      path.join(elsewhere, "relais.config.ts"),
      `export default ${JSON.stringify({ source: "sanity", sanity: { token: "sk-in-a-file" } })};\n`,
    );
    const withToken = await runCli(["check"], elsewhere);
    expect(withToken.code).toBe(2);
    expect(withToken.stderr).toMatch(/sanity\.token[\s\S]*SANITY_TOKEN/);
    expect(withToken.stderr).not.toContain("sk-in-a-file");

    const missing = await runCli(["check", "--source", "sanity"], await writeHouse({}));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("SANITY_PROJECT_ID");
  });
});
