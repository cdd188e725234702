import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalExport,
  startLocalSanityFromExport,
} from "../../scripts/sanity-local/serve-export.ts";
import { runCli } from "../support/run-cli.ts";
import { STARTER_EXPORT } from "../support/schemaui-starter.ts";

/**
 * The worked example of docs/sanity.md: a real export of a public Sanity template, mapped by
 * `examples/schemaui-starter/relais.config.ts` without changing its schema, built offline from
 * the archive and live through the local Content API serving the same archive.
 */
const repository = path.resolve(import.meta.dirname, "../..");
const example = path.join(repository, "examples/schemaui-starter");
const CONFIG = ["--config", path.join(example, "relais.config.ts")];
const NOW = ["--now", "2026-12-02T00:00:00Z"];
const TOKEN = "starter-read-token";

let out: string;
let server: LocalExport;
let offline: Awaited<ReturnType<typeof runCli>>;
let live: Awaited<ReturnType<typeof runCli>>;

/** Each build starts without renders or downloaded images, so each source reads for itself. */
const forgetCache = () => rm(path.join(example, ".relais/cache"), { recursive: true, force: true });

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), "relais-starter-dist-"));
  server = await startLocalSanityFromExport({ file: STARTER_EXPORT, token: TOKEN });
  await forgetCache();
  offline = await runCli(["build", ...CONFIG, "--out", path.join(out, "offline"), ...NOW], example);
  await forgetCache();
  const settings = {
    SANITY_PROJECT_ID: server.projectId,
    SANITY_DATASET: server.dataset,
    SANITY_API_HOST: server.url,
    SANITY_TOKEN: TOKEN,
  };
  Object.assign(process.env, settings);
  try {
    live = await runCli(
      ["build", "--source", "sanity", ...CONFIG, "--out", path.join(out, "live"), ...NOW],
      example,
    );
  } finally {
    for (const name of Object.keys(settings)) delete process.env[name];
  }
}, 300_000);

afterAll(async () => {
  await server?.close();
  await rm(out, { recursive: true, force: true });
});

async function files(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const found = new Map<string, Buffer>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    found.set(path.relative(folder, file), await readFile(file));
  }
  return found;
}

const storyPage = (source: string, slug: string) =>
  readFile(path.join(out, source, "site/us/en/stories", slug, "index.html"), "utf8").then(parse);

describe("the SchemaUI starter, mapped without changing its schema", () => {
  it("builds from the export and from the live Content API, with no error", () => {
    expect(offline.code, offline.stderr).toBe(0);
    expect(live.code, live.stderr).toBe(0);
    for (const run of [offline, live]) expect(run.stderr).not.toMatch(/✗ error/);
  });

  it("gives the same dist/ from both sources, byte for byte", async () => {
    const [fromExport, fromApi] = await Promise.all([
      files(path.join(out, "offline")),
      files(path.join(out, "live")),
    ]);
    expect([...fromApi.keys()].sort()).toEqual([...fromExport.keys()].sort());
    for (const [name, bytes] of fromExport)
      expect(fromApi.get(name)?.equals(bytes), name).toBe(true);
    const images = [...fromExport.keys()].filter((name) =>
      /^files\/.*\.(jpg|png|webp)$/.test(name),
    );
    expect(images.length).toBeGreaterThan(10);
  });

  it("shows the posts' Portable Text as headings, lists, links and emphasis on the story pages", async () => {
    for (const source of ["offline", "live"]) {
      const headless = await storyPage(source, "what-is-headless-cms");
      expect(headless.querySelector("h1")?.text).toBe("What is Headless CMS?");
      expect(headless.querySelectorAll("article h2, main h2").map((h) => h.text.trim())).toContain(
        "What is a Headless CMS?",
      );
      expect(headless.querySelectorAll("a").map((link) => link.getAttribute("href"))).toEqual(
        expect.arrayContaining(["https://www.sanity.io/headless-cms", "https://www.sanity.io"]),
      );
      // The video embed has no Markdown form: the example's transform makes it a link.
      expect(
        headless.querySelector('a[href="https://www.youtube.com/watch?v=-Uor3I0n_vQ"]')?.text,
      ).toBe("Watch the video");
      expect(headless.toString()).not.toContain("json:object");

      const nextjs = await storyPage(source, "why-next-js-is-the-best-choice-for-your-website");
      expect(nextjs.querySelectorAll("h3").map((h) => h.text)).toContain("Hybrid Rendering");
      const items = nextjs.querySelectorAll("ul li").map((item) => item.innerHTML);
      expect(items).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^<strong>Server-Side Rendering \(SSR\)<\/strong>: /),
        ]),
      );
    }
  });

  it("reads each post's image as an asset with the credit and licence the config states", async () => {
    const manifest = JSON.parse(await readFile(path.join(out, "offline/manifest.json"), "utf8"));
    const entries = new Set<string>(
      manifest.kits.flatMap((kit: { entries: string[] }) => kit.entries),
    );
    expect([...entries].sort()).toEqual([
      "story/what-is-headless-cms",
      "story/why-next-js-is-the-best-choice-for-your-website",
      "story/why-sanity-is-the-ultimate-cms-choice",
    ]);
    const text = JSON.stringify(manifest);
    expect(text).toContain("headless-cms-f3a23c");
    expect(text).toContain("Schema UI");
    expect(text).toContain("MIT");
  });
});
