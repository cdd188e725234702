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

/** A page as on a phone (390 px, touch), downloads allowed. */
async function openPhone(url: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
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
    // No code runs: the page's only script element is its images' licence data (JSON-LD).
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    await shot(page, "market-home-fr");
    await page.close();
  });

  it("opens a capsule, follows it to its press kit and takes the whole kit as one archive", async () => {
    const page = await open("/fr/fr/");
    await page.getByRole("link", { name: "Herbier" }).first().click();
    await page.waitForURL(/\/fr\/fr\/capsules\/herbier\/$/);
    await shot(page, "capsule-herbier");
    await page.getByRole("link", { name: "Kit · Presse" }).last().click();
    await page.waitForURL(/\/fr\/kit\/press\/capsule-herbier\/fr\/$/);
    await shot(page, "kit-press-herbier-fr");
    const kit = manifest.kits.find((k) => k.id === "fr/press/capsule-herbier");
    if (!kit) throw new Error("no press kit of Herbier in France");
    const button = page.getByRole("button", { name: /Télécharger tout le kit/ });
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("maison-aurele_herbier_fr_presse.zip");
    const file = path.join(artifacts, download.suggestedFilename());
    await download.saveAs(file);
    const zip = unzipSync(await readFile(file));
    // One top folder named like the archive; inside, the kit's files under their names.
    expect(Object.keys(zip).sort()).toEqual(kit.files.map((f) => `${kit.name}/${f.name}`).sort());
    const { createHash } = await import("node:crypto");
    for (const f of kit.files) {
      const bytes = zip[`${kit.name}/${f.name}`];
      expect(bytes && createHash("sha256").update(bytes).digest("hex"), f.name).toBe(f.sha256);
    }
    const readme = new TextDecoder().decode(zip[`${kit.name}/README.txt`]);
    expect(readme).toContain("Droits d'utilisation");
    await page.close();
  });

  it("without JavaScript, offers every file of a kit by its own link and hides the archive button", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/fr/kit/press/story-la-maison-1854/fr/`);
    expect(await page.locator("button[data-kit-download]").isVisible()).toBe(false);
    expect(await page.locator("[data-kit-fallback]").isVisible()).toBe(true);
    const links = await page.locator("a[data-kit-file]").count();
    const kit = manifest.kits.find((k) => k.id === "fr/press/story-la-maison-1854");
    expect(links).toBeGreaterThanOrEqual(kit?.files.length ?? Number.POSITIVE_INFINITY);
    await context.close();
  });

  for (const [market, locale, direction] of [
    ["ae", "ar", "rtl"],
    ["jp", "ja", "ltr"],
  ] as const) {
    it(`shows a kit on a phone in ${locale}: images to save, the caption to copy, nothing wider than the screen`, async () => {
      const page = await openPhone(`/${market}/kit/press/capsule-herbier/${locale}/`);
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      expect(await page.locator("html").getAttribute("dir")).toBe(direction);
      await page.screenshot({
        path: path.join(artifacts, `kit-phone-${market}-${locale}-top.png`),
      });
      const width = await page.evaluate("document.documentElement.scrollWidth");
      expect(width).toBeLessThanOrEqual(390);
      // The first placement is open: its first image is the very file its download link gives.
      const first = page.locator("details.kit-section[open] .kit-images img").first();
      await first.scrollIntoViewIfNeeded();
      await expect
        .poll(() =>
          first.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth),
        )
        .toBeGreaterThan(0);
      const src = await first.getAttribute("src");
      expect(await page.locator(`a[download][href="${src}"]`).count()).toBeGreaterThan(0);
      const box = await first.boundingBox();
      expect(box?.width).toBeGreaterThan(120);
      // The caption is text in the kit's language, selected whole by one tap. A placement
      // whose section is folded opens with a tap on its name.
      const section = page.locator("details.kit-section:has(.caption-text)").first();
      if ((await section.getAttribute("open")) === null) await section.locator("summary").tap();
      const caption = section.locator(".caption-text").first();
      expect(await caption.getAttribute("lang")).toBe(locale);
      // Evaluated in the page: the page's own globals, not Node's.
      const style = (el: unknown) =>
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { userSelect: string } }
        ).getComputedStyle(el).userSelect;
      expect(await caption.evaluate(style)).toBe("all");
      await caption.tap();
      const selected = String(await page.evaluate("String(getSelection())"));
      expect(selected.trim()).toBe((await caption.textContent())?.trim());
      await page.screenshot({
        path: path.join(artifacts, `kit-phone-${market}-${locale}-caption.png`),
        fullPage: false,
      });
      await page.close();
    });
  }

  for (const [id, locale, direction, market] of [
    ["mei-lin", "zh-Hans", "ltr", "cn"],
    ["layla-haddad", "ar", "rtl", "ae"],
  ] as const) {
    it(`shows ${id} their own page on a phone in ${locale}, and takes one market's kit with their captions`, async () => {
      const report = JSON.parse(await readFile(path.join(out, "report.json"), "utf8")) as {
        ambassadors: {
          id: string;
          launches: { launch: string; page?: string; links: { market: string; url: string }[] }[];
        }[];
      };
      const launch = report.ambassadors
        .find((a) => a.id === id)
        ?.launches.find((l) => l.launch === "capsule/herbier");
      if (!launch?.page) throw new Error(`${id} has no page for Herbier`);
      const page = await openPhone(new URL(launch.page).pathname);
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      expect(await page.locator("html").getAttribute("dir")).toBe(direction);
      await page.screenshot({ path: path.join(artifacts, `ambassador-${id}-${locale}-top.png`) });
      await shot(page, `ambassador-${id}-${locale}`);
      expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      // The first market's kit alone, its captions theirs.
      const block = page.locator(`section#market-${market}`);
      const button = block.locator("button[data-kit-download]");
      const [download] = await Promise.all([page.waitForEvent("download"), button.tap()]);
      const zip = unzipSync(await readFile(await download.path()));
      const names = Object.keys(zip);
      const kitFiles = await block.locator("a[data-kit-file]").count();
      expect(names.length).toBe(
        new Set(
          await block
            .locator("a[data-kit-file]")
            .evaluateAll((links) =>
              links.map((l) =>
                (l as unknown as { getAttribute(name: string): string | null }).getAttribute(
                  "data-kit-file",
                ),
              ),
            ),
        ).size,
      );
      expect(kitFiles).toBeGreaterThan(0);
      // Each caption carries one of their links for this market (its platform's).
      const links = launch.links.filter((l) => l.market === market).map((l) => l.url);
      const captions = names.filter(
        (name) => name.endsWith(".txt") && !name.endsWith("README.txt"),
      );
      expect(captions.length).toBeGreaterThan(0);
      for (const name of captions) {
        const text = new TextDecoder().decode(zip[name]);
        expect(
          links.some((url) => text.includes(url)),
          name,
        ).toBe(true);
      }
      expect(
        names.every((name) =>
          name.startsWith(`${download.suggestedFilename().replace(/\.zip$/, "")}/`),
        ),
      ).toBe(true);
      await page.close();
    });
  }

  it("gives a live session's host its kit on a phone: frames and times first, every file in one archive", async () => {
    const report = JSON.parse(await readFile(path.join(out, "report.json"), "utf8")) as {
      unlistedKits: { launch: string; url: string }[];
    };
    const link = report.unlistedKits.find((k) => k.launch === "moment/herbier-live-cn");
    const kit = manifest.moments?.find((k) => k.launch === "moment/herbier-live-cn");
    if (!link || !kit) throw new Error("the sample's live session has no kit or no link");
    const page = await openPhone(`${new URL(link.url).pathname}zh-Hans/`);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    // The countdown is open and first: each frame's posting time in Shanghai, and its sticker.
    const frames = page.locator("details#countdown[open] .moment-frames > li");
    expect(await frames.count()).toBe(3);
    expect(await frames.first().locator("time").getAttribute("datetime")).toBe(
      "2026-12-11T20:00:00+08:00",
    );
    expect(await frames.first().locator(".caption-text").textContent()).toContain("明天 20:00");
    await page.screenshot({ path: path.join(artifacts, "live-session-phone-zh-Hans.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /下载整个资料包/ }).tap(),
    ]);
    const file = path.join(artifacts, download.suggestedFilename());
    await download.saveAs(file);
    const zip = unzipSync(await readFile(file));
    expect(Object.keys(zip).sort()).toEqual(kit.files.map((f) => `${kit.name}/${f.name}`).sort());
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
