import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "node-html-parser";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNdjson, startLocalSanity } from "../../scripts/sanity-local/server.ts";
import { STUDIO_PLACE } from "./studio/studio-place.ts";
import { buildStudio } from "./studio-support/build-studio.ts";
import { ContentLake, type LakeDocument } from "./studio-support/content-lake.ts";
import { type ListenServer, startListenServer } from "./studio-support/listen-server.ts";
import { type SanityApiStandIn, standInSanityApi } from "./studio-support/sanity-api-routes.ts";
import { serveStudio } from "./studio-support/serve-studio.ts";

/**
 * The Relais plugin in a real Studio: the test Studio (test/e2e/studio/) built with
 * `sanity build`, served on loopback and driven in Debian's Chromium. An editor writes a story
 * in two locales and publishes it; the dataset the Studio leaves is then served by the local
 * Content API stand-in and built by the real CLI, which must find the story in both locales.
 *
 * Sanity's hosted API cannot be reached here: it is stood in by Playwright routes over one
 * in-memory dataset (studio-support/sanity-api-routes.ts), with a loopback stream for
 * listeners. Only the login is faked. Screenshots go to test-artifacts/e2e/studio/.
 */
const repo = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(repo, "test-artifacts", "e2e", "studio");
const run = promisify(execFile);

const STORY = {
  slug: "les-gants-de-theodore",
  titleFr: "Les gants de Théodore",
  titleEn: "Théodore's gloves",
  titleAr: "قفازات تيودور",
  bodyFr: "Théodore Aurèle coupe ses premiers gants en 1854, rue de Turenne.",
  bodyEn: "Théodore Aurèle cuts his first gloves in 1854, on rue de Turenne.",
};

let work: string;
let lake: ContentLake;
let listen: ListenServer;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;
let api: SanityApiStandIn;
/** The editor's tab: the story is written, then published, in one session as an editor would. */
let page: Page;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "relais-studio-e2e-"));
  const studioDir = path.join(work, "studio");
  await buildStudio(studioDir);
  ({ server, url: base } = await serveStudio(studioDir));
  lake = new ContentLake(
    (await readNdjson(path.join(repo, "fixtures/sanity/maison-aurele.ndjson"))) as LakeDocument[],
  );
  listen = await startListenServer(lake);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  api = await standInSanityApi(context, {
    lake,
    ...STUDIO_PLACE,
    assetsDir: path.join(repo, "content/assets"),
    listenUrl: listen.url,
  });
  await mkdir(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  await listen?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The direction the browser lays an element out in (run in the page; this file has no DOM types). */
const DIRECTION = (element: unknown) =>
  (
    globalThis as unknown as { getComputedStyle(of: unknown): { direction: string } }
  ).getComputedStyle(element).direction;

/** The input of one locale of a localized field, found by the locale its row is labelled with. */
function localized(page: Page, field: string, locale: string, input = "input") {
  return page.locator(`[data-testid="field-${field}"] [data-relais-locale="${locale}"] ${input}`);
}

function storyInLake(): LakeDocument | undefined {
  return lake
    .documents()
    .find(
      (doc) =>
        doc._type === "relaisStory" &&
        !doc._id.startsWith("drafts.") &&
        (doc.slug as { current?: string } | undefined)?.current === STORY.slug,
    );
}

describe("the Relais plugin in a built Studio", () => {
  it("lets an editor write a story in fr, en and ar, each text in a row labelled with its locale and stored with it", {
    timeout: 240_000,
  }, async () => {
    page = await context.newPage();
    await page.goto(`${base}/intent/create/template=relaisStory;type=relaisStory/`);

    // A new story starts with one row per Studio locale, each labelled with its locale.
    await expect.poll(() => localized(page, "title", "fr").count(), { timeout: 60_000 }).toBe(1);
    const titleLabels = page.locator('[data-testid="field-title"] [data-relais-locale]');
    const locales = await Promise.all(
      (await titleLabels.all()).map((row) => row.getAttribute("data-relais-locale")),
    );
    expect(locales).toEqual(["fr", "en", "zh-Hans", "ja", "ko", "ar"]);
    expect(await page.locator('[data-testid="field-title"]').innerText()).toContain(
      "fr · français",
    );

    await localized(page, "title", "fr").fill(STORY.titleFr);
    await localized(page, "title", "en").fill(STORY.titleEn);
    // Arabic is typed right to left, in a field that says it is Arabic.
    const arabic = localized(page, "title", "ar");
    await arabic.fill(STORY.titleAr);
    expect(await arabic.evaluate(DIRECTION)).toBe("rtl");
    expect(await localized(page, "title", "fr").evaluate(DIRECTION)).toBe("ltr");
    await localized(page, "body", "fr", "textarea").fill(STORY.bodyFr);
    await localized(page, "body", "en", "textarea").fill(STORY.bodyEn);
    await page.locator('[data-testid="field-slug"] input').fill(STORY.slug);
    await page.locator('[data-testid="field-year"] input').fill("1854");

    // The hero: an image the dataset already holds, picked by name in the reference input.
    // Sanity gives a reference field no test id: the hero's is the form's first empty one.
    await page.getByPlaceholder("Type to search").first().fill("wood");
    const heroOption = page.getByRole("option").filter({ hasText: "wood-grain" }).first();
    await heroOption.waitFor({ timeout: 30_000 }).catch(() => {
      throw new Error(`No wood-grain option; failed: ${api.failed.join("\n")}`);
    });
    await heroOption.click();

    // Each text is stored with its locale in `language`, whatever key Sanity gave the item.
    await expect
      .poll(() => draftTitles(), { timeout: 30_000 })
      .toEqual({ fr: STORY.titleFr, en: STORY.titleEn, ar: STORY.titleAr });

    // The Studio scrolls inside its panes, so a taller window shows more of the form.
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.locator('[data-testid="field-title"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, "story-form-desktop.png") });
    await page.setViewportSize({ width: 390, height: 1400 });
    await page.locator('[data-testid="field-title"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, "story-form-phone.png") });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(api.failed).toEqual([]);
  });

  it("publishes the story, and the real CLI builds it in each locale", {
    timeout: 300_000,
  }, async () => {
    // Publish once the last edit (the hero) is in the dataset: the Studio publishes what it saved.
    await expect
      .poll(() => (draftStory()?.hero as { _ref?: string } | undefined)?._ref, { timeout: 30_000 })
      .toBe("asset-wood-grain");
    const publish = page.getByRole("button", { name: "Publish", exact: true });
    await expect.poll(() => publish.isEnabled(), { timeout: 60_000 }).toBe(true);
    // A click while the Studio still validates the last edit can be lost (no publish action is
    // sent, and the button stays as it was): an editor clicks again, and so does the test.
    await expect
      .poll(
        async () => {
          if (storyInLake() !== undefined) return true;
          if (await publish.isEnabled()) await publish.click();
          return false;
        },
        { timeout: 90_000, interval: 5_000 },
      )
      .toBe(true)
      .catch(async (error: Error) => {
        await page.screenshot({ path: path.join(artifacts, "story-not-published.png") });
        const sent = api.writes.map((write) => JSON.stringify(write).slice(0, 400)).join("\n");
        throw new Error(`${error.message}\nfailed: ${api.failed.join("\n")}\nsent:\n${sent}`);
      });
    // The entry badge: no embargo and no targeting, so every market of the dataset shows it.
    const badge = page.getByText(/^Live in 6 markets$/).first();
    await badge.waitFor({ timeout: 30_000 });
    await badge.hover();
    await page.screenshot({ path: path.join(artifacts, "story-published.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(artifacts, "story-published-phone.png") });
    await page.close();

    const story = storyInLake() as LakeDocument;
    const titles = story.title as { _key: string; language?: string; value?: string }[];
    for (const item of titles) expect(item._key).not.toBe(item.language);
    expect(api.failed).toEqual([]);

    const token = "studio-e2e-read-token";
    const content = await startLocalSanity({
      documents: lake.documents(),
      assetsDir: path.join(repo, "content/assets"),
      ...STUDIO_PLACE,
      token,
    });
    const out = path.join(work, "dist");
    try {
      const result = await run(
        process.execPath,
        [
          "bin/relais.js",
          "build",
          "--source",
          "sanity",
          "--now",
          "2026-12-02T00:00:00Z",
          "--out",
          out,
        ],
        {
          cwd: repo,
          env: {
            ...process.env,
            SANITY_PROJECT_ID: STUDIO_PLACE.projectId,
            SANITY_DATASET: STUDIO_PLACE.dataset,
            SANITY_API_HOST: content.url,
            SANITY_API_VERSION: "2025-02-19",
            SANITY_TOKEN: token,
          },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(result.stderr).not.toContain(STORY.slug);
    } finally {
      await content.close();
    }
    // The story page of a French-speaking market in fr, and of the US market in en.
    expect(await storyHeading(out, "fr", "fr")).toBe(STORY.titleFr);
    expect(await storyHeading(out, "us", "en")).toBe(STORY.titleEn);
    expect(await storyHeading(out, "ae", "ar")).toBe(STORY.titleAr);
  });
});

async function storyHeading(out: string, market: string, locale: string) {
  const page = path.join(out, "site", market, locale, "stories", STORY.slug, "index.html");
  return parse(await readFile(page, "utf8"))
    .querySelector("h1")
    ?.text.trim();
}

/** The story's draft, once the Studio has saved it. */
function draftStory(): LakeDocument | undefined {
  return lake
    .documents()
    .find((doc) => doc._id.startsWith("drafts.") && doc._type === "relaisStory" && doc.title);
}

/** The draft's titles by the locale each item holds in `language`. */
function draftTitles(): Record<string, string> {
  const draft = draftStory();
  const titles: Record<string, string> = {};
  for (const item of (draft?.title ?? []) as { language?: string; value?: string }[]) {
    if (item.language && item.value) titles[item.language] = item.value;
  }
  return titles;
}
