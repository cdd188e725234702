import { mkdir, mkdtemp, readFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/serve-static.ts";
import type { DistManifest } from "../../src/pack/manifest-types.ts";
import { runCli } from "../support/run-cli.ts";

/**
 * The press kit site as a person uses it: the sample house built for real, served on loopback,
 * driven in Debian's Chromium. Screenshots go to test-artifacts/e2e/.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(repo, "test-artifacts", "e2e");
let out: string;
let server: Server;
let base: string;
let browser: Browser;
let manifest: DistManifest;

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), "relais-e2e-"));
  out = path.join(work, "dist");
  const result = await runCli(["build", "--out", out, "--now", "2026-12-01T00:00:00Z"], repo);
  expect(result.code, result.stderr).toBe(0);
  manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8"));
  ({ server, url: base } = await serveStatic(path.join(out, "site")));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await mkdir(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await page.goto(`${base}${url}`);
  return page;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

describe("the press kit site in a browser", () => {
  it("lets a visitor choose a market on / and land on its home, with no script on the page", async () => {
    const page = await open("/");
    await shot(page, "market-chooser");
    await page
      .getByRole("link", { name: /France/ })
      .first()
      .click();
    await page.waitForURL(/\/fr\/fr\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(await page.locator("script").count()).toBe(0);
    await shot(page, "market-home-fr");
    await page.close();
  });

  it("opens a capsule and downloads a pack whose zip matches the manifest", async () => {
    const page = await open("/fr/fr/");
    await page.getByRole("link", { name: "Herbier" }).first().click();
    await page.waitForURL(/\/fr\/fr\/capsules\/herbier\/$/);
    await shot(page, "capsule-herbier");
    await page.goto(`${base}/fr/kit/public/fr/`);
    await shot(page, "kit-public-fr");
    const link = page.locator('a[href$="instagram-feed-portrait.zip"]').first();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = path.join(artifacts, "instagram-feed-portrait.zip");
    await download.saveAs(file);
    const zip = unzipSync(await readFile(file));
    const pack = manifest.packs.find(
      (p) =>
        p.audience === "public" && p.market === "fr" && p.channel === "instagram/feed-portrait",
    );
    expect(pack).toBeDefined();
    const expected = (pack?.files ?? [])
      .map((f) => f.path.slice((pack?.path.length ?? 0) + 1))
      .sort();
    expect(Object.keys(zip).sort()).toEqual(expected);
    const { createHash } = await import("node:crypto");
    for (const f of pack?.files ?? []) {
      const bytes = zip[f.path.slice((pack?.path.length ?? 0) + 1)];
      expect(bytes && createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
    }
    await page.close();
  });

  it("switches language between the market's locales", async () => {
    const page = await open("/fr/fr/");
    await page.getByRole("link", { name: "English" }).first().click();
    await page.waitForURL(/\/fr\/en\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await shot(page, "market-home-fr-en");
    await page.close();
  });

  it("lays the Arabic pages out right to left", async () => {
    const page = await open("/ae/ar/");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    // Evaluated in the page: the page's own globals, not Node's.
    const direction = await page.evaluate("getComputedStyle(document.body).direction");
    expect(direction).toBe("rtl");
    await shot(page, "market-home-ae-ar");
    await page.close();
  });

  it("answers 404 for the embargoed capsule's URL", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}/fr/fr/capsules/aurele-nuit/`);
    expect(response?.status()).toBe(404);
    await shot(page, "embargoed-404");
    await page.close();
  });
});
