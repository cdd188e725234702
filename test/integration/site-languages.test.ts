import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";

/**
 * The sample house's site, built for real, read back page by page: outside the French market and
 * the French locale, nothing around the content may still be French — no market, audience or era
 * named as the house writes it in its own language.
 */
const repo = path.resolve(import.meta.dirname, "../..");
/** Every published text file of the site, by its path from the site root (`/jp/ja/index.html`). */
const files = new Map<string, string>();

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), "relais-site-languages-"));
  const out = path.join(work, "dist");
  await writeFile(
    path.join(work, "relais.config.ts"),
    `export default ${JSON.stringify({ content: path.join(repo, "content"), out, cache: path.join(work, "cache") })};\n`,
  );
  process.env.RELAIS_KIT_SECRET = "kit-secret-for-the-site-languages-test";
  const result = await runCli(["build", "--now", "2026-12-01T00:00:00Z"], work);
  delete process.env.RELAIS_KIT_SECRET;
  expect(result.code, result.stderr).toBe(0);
  const site = path.join(out, "site");
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(
      `/${path.relative(site, file).split(path.sep).join("/")}`,
      await readFile(file, "utf8"),
    );
  }
}, 300_000);

/** The market names, audience names and eras the sample house writes in French. */
const FRENCH_NAMES = [
  "Japon",
  "Émirats arabes unis",
  "Corée du Sud",
  "États-Unis",
  "Chine",
  "Ambassadeurs",
  "Presse",
];

/** Each story's era by locale, read from its files (index.md is French). */
async function erasByLocale(): Promise<Map<string, Record<string, string>>> {
  const eras = new Map<string, Record<string, string>>();
  const stories = path.join(repo, "content/stories");
  for (const slug of await readdir(stories)) {
    const byLocale: Record<string, string> = {};
    for (const file of await readdir(path.join(stories, slug))) {
      const locale = file === "index.md" ? "fr" : /^index\.(.+)\.md$/.exec(file)?.[1];
      const era = /^era:\s*(.+)$/m.exec(await readFile(path.join(stories, slug, file), "utf8"));
      if (locale && era?.[1]) byLocale[locale] = era[1].trim();
    }
    eras.set(slug, byLocale);
  }
  return eras;
}

/** A name as a whole word: `Chine` is not in `Chinese`. */
const asWord = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, "u");

/** `/jp/ja/…` and `/jp/kit/…/ja/` → `ja`; the pages every market shares have none. */
const localeOf = (file: string) =>
  /^\/[a-z]{2}\/kit\/.*\/([A-Za-z-]+)\/index\.html$/.exec(file)?.[1] ??
  /^\/[a-z]{2}\/(?!kit\/)([A-Za-z-]+)\//.exec(file)?.[1];

const isFrench = (file: string) => file.startsWith("/fr/") || localeOf(file) === "fr";

describe("the sample house's site, in each reader's language", { timeout: 60_000 }, () => {
  it("shows no French market or audience name outside the French market and locale", () => {
    // Kit pages included: a kit's own texts (captions, README) are in the kit's language, which
    // is French only in France.
    const checked = [...files.keys()].filter((file) => !isFrench(file));
    expect(checked.some((file) => /^\/jp\/kit\/press\/capsule-herbier\/ja\//.test(file))).toBe(
      true,
    );
    expect(checked.length).toBeGreaterThan(60);
    for (const file of checked) {
      const body = files.get(file) ?? "";
      for (const name of FRENCH_NAMES) expect(body, `${name} in ${file}`).not.toMatch(asWord(name));
    }
  });

  it("shows no French era where the page's language tells it otherwise", async () => {
    const eras = await erasByLocale();
    expect([...eras.values()].map((byLocale) => byLocale.fr)).toContain("Années trente");
    for (const [file, body] of files) {
      const locale = localeOf(file);
      if (!locale || isFrench(file)) continue;
      for (const byLocale of eras.values()) {
        const french = byLocale.fr;
        if (french && byLocale[locale] !== french)
          expect(body, `${french} in ${file}`).not.toContain(french);
      }
    }
  });

  it("names the market, its audiences and its placements in the page's language", () => {
    const japanese = files.get("/jp/ja/index.html") ?? "";
    expect(japanese).toContain("<title>Maison Aurèle — 日本</title>");
    expect(japanese).toMatch(/>\s*ファン\s*</);
    expect(japanese).toMatch(/>\s*プレス\s*</);
    const arabic = files.get("/ae/ar/index.html") ?? "";
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain("الإمارات العربية المتحدة");
    expect(arabic).toMatch(/>\s*المعجبون\s*</);
    expect(files.get("/cn/zh-Hans/index.html")).toContain("中国大陆");
    expect(files.get("/kr/ko/stories/le-jardin-de-soie/index.html")).toContain("1930년대");
  });

  it("names each market in its own language on the chooser, and says 404 in every language", () => {
    const chooser = files.get("/index.html") ?? "";
    expect(chooser).toContain('lang="ja">日本</a>');
    expect(chooser).toContain('lang="ar" dir="rtl">الإمارات العربية المتحدة</a>');
    expect(chooser).toContain('lang="zh-Hans">中国大陆</a>');
    const notFound = files.get("/404.html") ?? "";
    for (const heading of [
      "Page not found",
      "Page introuvable",
      "ページが見つかりません",
      "页面未找到",
      "페이지를 찾을 수 없습니다",
      "الصفحة غير موجودة",
    ])
      expect(notFound).toContain(heading);
    expect(notFound).toMatch(/<section lang="ar" dir="rtl"/);
  });
});
