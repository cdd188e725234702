import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build-site.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { fixtureSiteData, UNLISTED_TOKEN, writeFixture } from "./fixture.ts";
import { imageObjects } from "./structured-data.ts";

/**
 * A credit, a creator and an alt text written to end the JSON-LD script early and run one of
 * their own, in the two ways HTML allows (`</script>`, and `<!--` opening the "escaped" state
 * that hides a later `</script>`), and with the line separators old script parsers broke on.
 */
const CREDIT = `© </script><script>document.title="credit"</script><!--<script> \u2028 & 2025`;
const CREATOR = `Atelier </SCRIPT ><script>document.title="creator"</script>`;
const ALT = `<!-- <script>document.title="alt"</script> -->`;
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The fixture with every record of one asset (`silk-swirl`) given the hostile texts. */
function hostile(data: SiteData): SiteData {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== "object") return value;
    const entries = Object.entries(value).map(([key, v]) => [key, visit(v)] as const);
    const record = Object.fromEntries(entries) as Record<string, unknown>;
    if (record.asset !== "silk-swirl") return record;
    const alt = Object.fromEntries(Object.keys(record.alt as object).map((l) => [l, ALT]));
    return { ...record, credit: CREDIT, creator: CREATOR, alt };
  };
  return visit(data) as SiteData;
}

let dir: string;
let out: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "relais-licence-escape-"));
  out = path.join(dir, "site");
  const dataFile = await writeFixture(dir, hostile(fixtureSiteData()));
  await buildSite({ dataFile, outDir: out, root: ROOT });
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

type Node = DefaultTreeAdapterMap["node"];

/** Every `<script>` element as the HTML parser builds them: its attributes and its text. */
function scripts(html: string): { attrs: Record<string, string>; text: string }[] {
  const found: { attrs: Record<string, string>; text: string }[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node && node.tagName === "script") {
      found.push({
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: node.childNodes.map((c) => ("value" in c ? c.value : "")).join(""),
      });
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return found;
}

describe("the licence data of an image whose credit tries to close its script", () => {
  for (const urlPath of [
    "/jp/ja/",
    "/jp/en/stories/la-maison-1854/",
    "/ae/ar/capsules/aurele-nuit/",
    "/ae/kit/public/capsule-aurele-nuit/ar/",
    `/ae/kit/${UNLISTED_TOKEN}/en/`,
  ]) {
    it(`stays data on ${urlPath}: one JSON-LD script, read back to the very texts`, async () => {
      const html = await readFile(path.join(out, urlPath, "index.html"), "utf8");
      const found = scripts(html);
      // The page's only scripts are its JSON-LD and, on a kit page, the archive button's file.
      expect(found.filter((s) => s.attrs.type === "application/ld+json")).toHaveLength(1);
      for (const script of found.filter((s) => s.attrs.type !== "application/ld+json")) {
        expect(script.attrs.src, urlPath).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        expect(script.text).toBe("");
      }
      expect(html).not.toContain("</script><script>document.title");
      const objects = await imageObjects(html);
      const silk = objects.filter((o) => o.creditText === CREDIT);
      expect(silk.length, urlPath).toBeGreaterThan(0);
      for (const object of silk) {
        expect(object.copyrightNotice).toBe(CREDIT);
        expect(object.creator?.name).toBe(CREATOR);
      }
      expect(silk.some((o) => o.caption === ALT)).toBe(true);
    });
  }
});
