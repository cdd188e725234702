import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { KitManifest } from "../../src/pack/manifest-types.ts";
import { buildSampleKits, type SampleKits } from "../support/sample-kits.ts";

/** Every kit's BRIEF.txt, from the sample house's real kits (built on 1 December 2026). */
let kits: SampleKits;

const content = path.resolve(import.meta.dirname, "../../content");

beforeAll(async () => {
  kits = await buildSampleKits(["fr", "jp", "us", "ae"], new Set(["instagram/feed-landscape"]));
}, 300_000);

function kit(id: string): KitManifest {
  const found = kits.manifest.kits.find((k) => k.id === id);
  if (!found) throw new Error(`no kit ${id}: ${kits.manifest.kits.map((k) => k.id).join(", ")}`);
  return found;
}

async function brief(id: string): Promise<string> {
  return (await kits.read(kit(id), "BRIEF.txt")).toString("utf8");
}

/** The brief as the editors wrote it in an entry's locale file. */
async function authored(folder: string, file: string) {
  const text = await readFile(path.join(content, folder, file), "utf8");
  const frontmatter = text.split(/^---$/m)[1] ?? "";
  return parseYaml(frontmatter).brief as { talkingPoints: string[]; do: string[]; dont: string[] };
}

describe("a kit's BRIEF.txt", () => {
  it("is in every kit, listed in the manifest as the brief", () => {
    for (const k of kits.manifest.kits) {
      const file = k.files.find((f) => f.name === "BRIEF.txt");
      expect(file?.kind, k.id).toBe("brief");
    }
  });

  it("gives the talking points, do's and don'ts in the kit's locale", async () => {
    const fr = await authored("capsules/herbier", "index.md");
    const text = await brief("fr/press/capsule-herbier");
    for (const line of [...fr.talkingPoints, ...fr.do, ...fr.dont])
      expect(text).toContain(`- ${line}`);
    expect(text).toContain("Messages clés");
    const en = await authored("capsules/herbier", "index.en.md");
    const us = await brief("us/press/capsule-herbier");
    for (const line of en.talkingPoints) expect(us).toContain(`- ${line}`);
    expect(us).not.toContain("This brief");
  });

  it("gives the Japanese and Arabic kits the brief written in their own language, with no note", async () => {
    const ja = await authored("stories/le-jardin-de-soie", "index.ja.md");
    const jp = await brief("jp/press/story-le-jardin-de-soie");
    expect(jp).toContain("トーキングポイント");
    for (const line of [...ja.talkingPoints, ...ja.do, ...ja.dont])
      expect(jp).toContain(`- ${line}`);
    expect(jp).not.toContain("で記載しています");
    const ar = await authored("stories/le-jardin-de-soie", "index.ar.md");
    const ae = await brief("ae/press/story-le-jardin-de-soie");
    for (const line of ar.talkingPoints) expect(ae).toContain(`- ${line}`);
    expect(ae).not.toContain("الإنجليزية");
    const brieFile = kit("jp/press/story-le-jardin-de-soie").files.find((f) => f.kind === "brief");
    expect(brieFile?.locale).toBe("ja");
  });

  it("dates the sac-prairie withdrawal at midnight on 31 January 2027 in each market's zone", async () => {
    const fr = await brief("fr/press/capsule-herbier");
    expect(fr).toContain("Heures de France (Europe/Paris).");
    expect(fr).toMatch(/- 31 janvier 2027 à 00:00 — Sac Prairie : retrait/);
    expect(fr).toMatch(/- 15 septembre 2026 à 10:00 — Herbier : publication/);
    const jp = await brief("jp/press/capsule-herbier");
    expect(jp).toContain("（Asia/Tokyo）");
    expect(jp).toMatch(/- 2027年1月31日 0:00 — .+：掲載終了/);
    const us = await brief("us/press/capsule-herbier");
    expect(us).toContain("(America/New_York)");
    expect(us).toMatch(/- January 31, 2027 at 12:00[ \u202f]AM — .+: withdrawn/);
    const ae = await brief("ae/press/capsule-herbier");
    expect(ae).toContain("(Asia/Dubai)");
  });

  it("ends the dune grasses' usage window with their licence, 30 September 2027", async () => {
    const fr = await brief("fr/press/story-la-maison-1854");
    expect(fr).toContain(
      "- dune-grasses: à partir du 2 mars 2026 à 10:00 jusqu'au 30 septembre 2027 à 00:00",
    );
    expect(fr).toMatch(/image dune-grasses : fin de licence/);
    const jp = await brief("jp/press/story-la-maison-1854");
    expect(jp).toContain("- dune-grasses: 2026年3月2日 10:00から2027年9月30日 0:00まで");
    expect(jp).toContain("© Marco Cogoni, Hylke Bons 2008");
  });

  it("starts a product's images with their capsule, and names the placements and usages", async () => {
    const fr = await brief("fr/press/capsule-herbier");
    const lines = fr.split("\n");
    const ladyBird = lines.findIndex((line) => line.startsWith("- lady-bird:"));
    expect(lines[ladyBird]).toContain("à partir du 15 septembre 2026 à 10:00");
    expect(lines[ladyBird + 1]).toBe("  usage : réseaux sociaux, éditorial, commercial");
    expect(lines[ladyBird + 2]).toMatch(/^ {2}emplacements dans ce kit : Instagram/);
  });
});
