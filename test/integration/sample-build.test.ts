import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseHtml } from "node-html-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PLACE } from "../../scripts/sanity-local/fixture-place.ts";
import { readNdjson, startLocalSanity } from "../../scripts/sanity-local/server.ts";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import type { DistManifest, KitFile, KitManifest } from "../../src/pack/manifest-types.ts";
import { distManifestSchema } from "../../src/pack/manifest-types.ts";
import type { BuildReport } from "../../src/report/build-report.ts";
import { countText } from "../../src/text/count-text.ts";
import { runCli } from "../support/run-cli.ts";

/**
 * The whole sample house, built once for real (sharp on the real photographs), then read back
 * file by file: every image against its channel record, and nothing that must not be published.
 */
const repo = path.resolve(import.meta.dirname, "../..");
let out: string;
let manifest: DistManifest;
const { specs } = resolveChannelSpecs();
/** A secret with a recognisable shape, so a leak of it anywhere in dist/ is easy to find. */
const KIT_SECRET = "kit-secret-7f3a9c2e4b1d8f6a0c5e9b2d4f7a1c3e";

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), "relais-sample-"));
  out = path.join(work, "dist");
  const { writeFile } = await import("node:fs/promises");
  await writeFile(
    path.join(work, "relais.config.ts"),
    `export default ${JSON.stringify({ content: path.join(repo, "content"), out, cache: path.join(work, "cache") })};\n`,
  );
  process.env.RELAIS_KIT_SECRET = KIT_SECRET;
  const result = await runCli(["build", "--now", "2026-12-01T00:00:00Z", "--json"], work);
  delete process.env.RELAIS_KIT_SECRET;
  expect(result.code, result.stderr).toBe(0);
  manifest = distManifestSchema.parse(
    JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")),
  );
}, 300_000);

async function everyFile(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Each distinct file of the manifest once, with a kit that holds it. */
function distinctFiles(kind: KitFile["kind"]) {
  const byPath = new Map<string, { kit: KitManifest; f: KitFile }>();
  for (const kit of manifest.kits) {
    for (const f of kit.files)
      if (f.kind === kind && !byPath.has(f.path)) byPath.set(f.path, { kit, f });
  }
  return [...byPath.values()];
}

describe("the sample house's build", { timeout: 120_000 }, () => {
  it("ships no caption over its platform's limit, read back with the caption engine's counter", async () => {
    const captions = distinctFiles("caption");
    expect(captions.length).toBeGreaterThan(100);
    for (const { f } of captions) {
      const text = (await readFile(path.join(out, f.path), "utf8")).replace(/\n$/, "");
      const limit = specs.get(f.channel ?? "")?.text.caption;
      if (!limit) throw new Error(`${f.channel} takes no caption but has ${f.name}`);
      const length = countText(text, limit.counting);
      expect(length, f.name).toBeLessThanOrEqual(limit.max);
      expect(f.captionLength, f.name).toBe(length);
    }
  });

  it("records in the manifest when the clock alone next changes the output, and nothing of what", () => {
    // The end of the Herbier live session in Shanghai (its kit goes then); what changes is for
    // `relais next` to say.
    expect(manifest.next).toEqual({ at: "2026-12-12T13:30:00Z" });
  });

  it("gives every placement of every market a place in some kit", () => {
    const channels = new Set(manifest.kits.flatMap((kit) => kit.files.map((f) => f.channel)));
    channels.delete(undefined);
    expect(channels.size).toBe(37);
  });

  it("makes one kit per launch, audience and market, named for people", () => {
    const ids = manifest.kits.map((kit) => kit.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = manifest.kits.map((kit) => kit.name);
    expect(new Set(names).size).toBe(names.length);
    const herbier = manifest.kits.find((kit) => kit.id === "fr/ambassadors/capsule-herbier");
    expect(herbier?.name).toBe("maison-aurele_herbier_fr_ambassadeurs");
    // The capsule's products travel in its kit, not in kits of their own.
    expect(herbier?.entries).toContain("product/carre-herbier");
    expect(manifest.kits.some((kit) => kit.launch === "product/carre-herbier")).toBe(false);
  });

  it("publishes each distinct file once, under its content hash, and every kit points to it", async () => {
    const published = await readdir(path.join(out, "files"));
    const hashes = new Set<string>();
    for (const name of published) {
      const bytes = await readFile(path.join(out, "files", name));
      const hash = createHash("sha256").update(bytes).digest("hex");
      expect(name.startsWith(hash.slice(0, 32)), name).toBe(true);
      expect(hashes.has(hash), name).toBe(false);
      hashes.add(hash);
    }
    // Launch kits and live-shopping kits alike.
    const kits = [...manifest.kits, ...(manifest.moments ?? [])];
    const referenced = new Set(kits.flatMap((kit) => kit.files.map((f) => f.path)));
    // The ambassadors' own captions are published too, named in the report, not the manifest.
    const report: BuildReport = JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
    const personal = report.ambassadors.flatMap((a) =>
      a.launches.flatMap((l) => l.captions.map((c) => c.path)),
    );
    expect(personal.length).toBeGreaterThan(0);
    for (const file of personal) referenced.add(file);
    expect([...referenced].sort()).toEqual(published.map((name) => `files/${name}`).sort());
    for (const kit of kits)
      for (const f of kit.files)
        expect(f.sha256.startsWith(path.basename(f.path, path.extname(f.path)))).toBe(true);
  });

  it("writes every image exactly as its channel record says, checked by reading the file back", async () => {
    const images = distinctFiles("image");
    expect(images.length).toBeGreaterThan(200);
    for (const { f } of images) {
      const spec = specs.get(f.channel ?? "");
      if (!spec) throw new Error(`no record for ${f.channel}`);
      const bytes = await readFile(path.join(out, f.path));
      const meta = await sharp(bytes).metadata();
      expect(bytes.length, f.name).toBe(f.bytes);
      expect(bytes.length, f.name).toBeLessThanOrEqual(spec.image.maxBytes);
      expect(meta.format, f.name).toBe(spec.image.format);
      expect(meta.space, f.name).toBe("srgb");
      expect(meta.exif, f.name).toBeUndefined();
      const extra = /-w(\d+)\.\w+$/.exec(f.name);
      const size = spec.image.size;
      if (extra) {
        expect(meta.width, f.name).toBe(Number(extra[1]));
      } else if (size.fit === "exact") {
        expect([meta.width, meta.height], f.name).toEqual([size.width, size.height]);
      } else {
        expect(meta.width, f.name).toBe(size.width);
      }
    }
  });

  it("gives the press each image's original at the source's own size, in sRGB, credited, without camera data", async () => {
    const kit = manifest.kits.find((k) => k.id === "fr/press/story-le-jardin-de-soie");
    const original = kit?.files.find((f) => f.kind === "original" && f.asset === "silk-ribbon");
    expect(original?.name).toMatch(/^originals\/le-jardin-de-soie-\d\d-silk-ribbon\.jpg$/);
    const bytes = await readFile(path.join(out, original?.path ?? "∅"));
    const meta = await sharp(bytes).metadata();
    const source = await sharp(path.join(repo, "content/assets/silk-ribbon.jpg")).metadata();
    expect(source.width).toBe(3840);
    expect([meta.width, meta.height]).toEqual([source.width, source.height]);
    expect(meta.format).toBe("jpeg");
    expect(meta.space).toBe("srgb");
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp?.toString("utf8")).toContain("Ubuntu Kylin community contributors");
    // Fans and ambassadors post platform renditions; only the press takes originals.
    const others = manifest.kits.filter((k) => k.audience !== "press");
    expect(others.some((k) => k.files.some((f) => f.kind === "original"))).toBe(false);
  });

  it("writes each kit's README in the kit's language", async () => {
    const readmeOf = async (id: string) => {
      const kit = manifest.kits.find((k) => k.id === id);
      const file = kit?.files.find((f) => f.kind === "readme");
      return readFile(path.join(out, file?.path ?? "∅"), "utf8");
    };
    const herbier = await readmeOf("fr/ambassadors/capsule-herbier");
    expect(herbier).toContain("Droits d'utilisation");
    // Each image's credit once, however many placements show it; each moment in Paris time.
    expect(herbier.match(/\(garden-marigold\) © Charles Barbin 2008 ; licence GPL/g)).toHaveLength(
      1,
    );
    expect(herbier).toContain("retiré à partir du 31 janvier 2027 à 00:00");
    expect(await readmeOf("jp/press/story-la-maison-1854")).toContain("使用条件");
    expect(await readmeOf("ae/public/story-la-maison-1854")).toContain("حقوق الاستخدام");
  });

  it("never lets the 2099 capsule or its products appear in any file, caption, page or manifest", async () => {
    const capsuleFolder = path.join(repo, "content/capsules/aurele-nuit");
    const titles: string[] = [];
    for (const file of await readdir(capsuleFolder)) {
      const title = /^title:\s*(.+)$/m.exec(
        await readFile(path.join(capsuleFolder, file), "utf8"),
      )?.[1];
      if (title) titles.push(title.replace(/^["']|["']$/g, ""));
    }
    const products = [
      "carre-ruban-de-nuit",
      "etole-tourbillon",
      "bague-couronne-d-eau",
      "minaudiere-poisson-d-or",
    ];
    const needles = ["aurele-nuit", "AureleNuit", ...titles, ...products];
    expect(titles.length).toBeGreaterThanOrEqual(5);
    // It is in its press previews, one per market, and only there.
    const previews = await previewFolders(out);
    expect(previews).toHaveLength(6);
    for (const folder of previews) {
      const pages = (await everyFile(folder)).filter((file) => file.endsWith(".html"));
      expect(pages.length, folder).toBeGreaterThan(0);
    }
    await expectNowhere([...needles, "/preview/"]);
  });

  it("never uses the expired image, in any market", async () => {
    // storm-road is the only photograph by its creator: his name would be in any file's XMP.
    expect(manifest.kits.flatMap((k) => k.files).some((f) => f.asset === "storm-road")).toBe(false);
    await expectNowhere(["storm-road", "Sergey Nazarov"]);
  });

  it("never uses the cn-excluded image in cn, and does use it elsewhere", async () => {
    const uses = manifest.kits.flatMap((k) =>
      k.files.filter((f) => f.asset === "dune-grasses").map(() => k.market),
    );
    expect(uses.length).toBeGreaterThan(0);
    expect(uses).not.toContain("cn");
    const cnFiles = [
      ...(await everyFile(path.join(out, "site/cn"))),
      ...manifest.kits
        .filter((k) => k.market === "cn")
        .flatMap((k) => k.files.map((f) => path.join(out, f.path))),
    ];
    expect(cnFiles.length).toBeGreaterThan(0);
    for (const file of cnFiles) {
      const text = (await readFile(file)).toString("latin1");
      expect(text.includes("dune-grasses"), file).toBe(false);
      expect(text.includes("Marco Cogoni"), file).toBe(false);
    }
  });
});

describe("the sample house's build report", { timeout: 120_000 }, () => {
  it("tells the editors what fell back, what was too small and what was held back", async () => {
    const report = JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
    expect(report.schemaVersion).toBe(2);
    expect(report.fallbacks).toContainEqual(
      expect.objectContaining({
        entry: "product/boucles-rosee",
        locale: "en",
        missing: "ko",
        where: [{ markets: ["kr"] }],
      }),
    );
    const embargo = report.heldBack.filter(
      (line: { entry: string }) => line.entry === "capsule/aurele-nuit",
    );
    expect(embargo).toEqual([
      expect.objectContaining({
        code: "embargoed",
        reason: "embargoed until 2099-03-01 10:00 local time",
        where: [{ markets: ["ae", "cn", "fr", "jp", "kr", "us"] }],
      }),
    ]);
    expect(embargo[0].moments).toContainEqual({
      market: "cn",
      at: "2099-03-01T02:00:00Z",
      local: "2099-03-01 10:00 Asia/Shanghai (UTC+08:00)",
    });
    expect(report.imagesLeftOut).toContainEqual(
      expect.objectContaining({
        asset: "dune-grasses",
        code: "licence-territory-excluded",
        where: [{ markets: ["cn"] }],
      }),
    );
    expect(report.warnings.some((line: { code: string }) => line.code === "source-too-small")).toBe(
      true,
    );
  });

  it("shows a contact sheet of every kit in report.html", async () => {
    const html = await readFile(path.join(out, "report.html"), "utf8");
    const sheets = [...html.matchAll(/<img src="(report\/[^"]+\.jpg)"/g)].map((m) => m[1] ?? "");
    expect(new Set(sheets).size).toBe(manifest.kits.length);
    const meta = await sharp(path.join(out, sheets[0] ?? "")).metadata();
    expect(meta.format).toBe("jpeg");
  });
});

describe("the sample house's site", { timeout: 120_000 }, () => {
  it("never writes the kit secret anywhere in dist/", async () => {
    for (const file of await everyFile(out)) {
      expect((await readFile(file)).includes(KIT_SECRET), file).toBe(false);
    }
  });

  it("lists every unlisted kit's link in the report, as the site publishes it", async () => {
    const report = JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
    const markets = (await readdir(path.join(out, "site"))).filter((name) =>
      /^[a-z]{2}$/.test(name),
    );
    expect([...new Set(report.unlistedKits.map((kit: { market: string }) => kit.market))]).toEqual(
      markets,
    );
    // Launches' kits and the live session's, whose host is sent its link too.
    const ambassadorKits = [...manifest.kits, ...(manifest.moments ?? [])].filter(
      (kit) => kit.audience === "ambassadors",
    );
    expect(report.unlistedKits.length).toBe(ambassadorKits.length);
    expect(report.unlistedKits.map((kit: { launch: string }) => kit.launch)).toContain(
      "moment/herbier-live-cn",
    );
    for (const kit of report.unlistedKits) {
      expect(kit.audience).toBe("ambassadors");
      const [, token, launch] = /\/kit\/([0-9a-f]{32})\/([a-z0-9-]+)\/$/.exec(kit.url) ?? [];
      expect(kit.url).toBe(`http://localhost:4321/${kit.market}/kit/${token}/${launch}/`);
      expect(launch).toBe(kit.launch.replace("/", "-"));
      const page = path.join(out, "site", kit.market, "kit", token ?? "∅", launch ?? "∅");
      expect(await readdir(page)).toContain("index.html");
    }
    const html = await readFile(path.join(out, "report.html"), "utf8");
    expect(html).toContain("Unlisted kit links");
    expect(html).toContain(report.unlistedKits[0].url);
  });

  it("keeps the ambassadors' kit unlisted: noindex, and absent from the sitemap, feeds and other pages", async () => {
    const kitFolders = await readdir(path.join(out, "site/fr/kit"));
    const token = kitFolders.find((name) => /^[0-9a-f]{32}$/.test(name));
    expect(token).toBeDefined();
    const kitPage = await readFile(
      path.join(out, "site/fr/kit", token ?? "", "fr/index.html"),
      "utf8",
    );
    expect(kitPage).toMatch(/<meta name="robots" content="noindex/);
    for (const file of await everyFile(path.join(out, "site"))) {
      if (file.includes(`${path.sep}${token}${path.sep}`) || !/\.(html|xml|json|txt)$/.test(file))
        continue;
      expect((await readFile(file, "utf8")).includes(token ?? ""), file).toBe(false);
    }
  });

  it("serves no script but the kit pages' archive button, and keeps every page light", async () => {
    const { gzipSync } = await import("node:zlib");
    const pages = (await everyFile(path.join(out, "site"))).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(50);
    const scripts = new Set<string>();
    for (const page of pages) {
      const html = await readFile(page, "utf8");
      // JSON-LD (the images' licence data) is data that no browser runs: every other script counts.
      const found = [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !tag.includes('type="application/ld+json"'));
      const isKitPage = html.includes("data-kit-archive");
      expect(found.length, page).toBe(isKitPage ? 1 : 0);
      for (const tag of found) scripts.add(/src="([^"]+)"/.exec(tag)?.[1] ?? "inline");
      expect(gzipSync(html).length, page).toBeLessThanOrEqual(50 * 1024);
    }
    expect(scripts.size).toBe(1);
    const [script] = [...scripts];
    const bytes = await readFile(path.join(out, "site", script ?? "∅"));
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(4 * 1024);
  });
});

describe("the sample house's live-shopping session", { timeout: 120_000 }, () => {
  const momentPage = async (locale: string) => {
    const report: BuildReport = JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
    const link = report.unlistedKits.find((kit) => kit.launch === "moment/herbier-live-cn");
    if (!link) throw new Error("the report lists no link for the live session");
    const folder = new URL(link.url).pathname;
    const html = await readFile(path.join(out, "site", folder, locale, "index.html"), "utf8");
    return { folder, html, dom: parseHtml(html) };
  };

  it("has its kit page, linked from the ambassadors' kits in cn, offering every file of the kit", async () => {
    const [kit] = manifest.moments ?? [];
    expect(kit?.id).toBe("cn/ambassadors/moment-herbier-live-cn");
    const { folder, html, dom } = await momentPage("zh-Hans");
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(dom.querySelector("h1")?.text).toBe("奥蕾尔草本集 · 双十二直播夜");
    // Every file of the kit, by its name inside the kit, at its published address.
    const offered = new Map(
      dom
        .querySelectorAll("a[data-kit-file]")
        .map((a) => [a.getAttribute("data-kit-file"), a.getAttribute("href")]),
    );
    expect([...offered.keys()].sort()).toEqual(kit?.files.map((f) => f.name).sort());
    for (const file of kit?.files ?? []) {
      expect(offered.get(file.name)).toBe(`/${file.path}`);
      await expect(readFile(path.join(out, "site", file.path))).resolves.toBeDefined();
    }
    // The kit's own texts: stickers in the market's time, prices in its currency.
    const text = dom.querySelector("main")?.text ?? dom.text;
    expect(text).toContain("明天 20:00");
    expect(text).toContain("¥4,600.00");
    expect(text).toContain("广告");
    const index = await readFile(
      path.join(out, "site", path.dirname(folder.replace(/\/$/, "")), "zh-Hans", "index.html"),
      "utf8",
    );
    expect(parseHtml(index).querySelector(`a[href="${folder}zh-Hans/"]`)).not.toBeNull();
  });

  it("is an indicator of its own, with its platforms, and its end coming up", () => {
    const session = manifest.launches?.find((l) => l.launch === "moment/herbier-live-cn");
    expect(session?.markets).toEqual(["cn"]);
    expect(session?.audiences).toEqual(["ambassadors"]);
    expect(session?.platforms).toEqual(["douyin", "taobao"]);
    expect(session?.upcoming).toContainEqual(
      expect.objectContaining({ kind: "session-ends", market: "cn", at: "2026-12-12T13:30:00Z" }),
    );
  });

  it("names in the report, never in the manifest, the ambassadors who have each launch", async () => {
    const report: BuildReport = JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
    const herbier = report.launches.find((l) => l.launch === "capsule/herbier");
    expect(herbier?.ambassadors).toEqual(["layla-haddad", "mei-lin"]);
    expect(manifest.launches?.some((l) => l.ambassadors !== undefined)).toBe(false);
  });
});

describe("the sample house's ambassadors", { timeout: 120_000 }, () => {
  const reportOf = async (): Promise<BuildReport> =>
    JSON.parse(await readFile(path.join(out, "report.json"), "utf8"));
  const siteFile = (url: string) => path.join(out, "site", new URL(url).pathname, "index.html");

  it("lists every ambassador in the report with their personal page and each tracked link per launch and platform", async () => {
    const report = await reportOf();
    expect(report.ambassadors.map((a) => a.id)).toEqual(["layla-haddad", "mei-lin"]);
    const html = await readFile(path.join(out, "report.html"), "utf8");
    expect(html).toContain('<h2 id="ambassadors">Ambassadors</h2>');
    for (const ambassador of report.ambassadors) {
      expect(ambassador.page).toMatch(/^http:\/\/localhost:4321\/kit\/[0-9a-f]{32}\/$/);
      expect(html).toContain(ambassador.page);
      expect(await readFile(siteFile(ambassador.page ?? ""), "utf8")).toContain(ambassador.name);
      expect(ambassador.launches.map((l) => l.launch).sort()).toEqual([
        "capsule/herbier",
        "story/la-maison-1854",
        "story/le-jardin-de-soie",
      ]);
      for (const launch of ambassador.launches) {
        expect(launch.page?.startsWith(ambassador.page ?? "∅")).toBe(true);
        const page = await readFile(siteFile(launch.page ?? ""), "utf8");
        // One link per market and platform of theirs, each shown on their page and in the report.
        const pairs = launch.links.map((l) => `${l.market} ${l.platform}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        expect(new Set(launch.links.map((l) => l.market))).toEqual(new Set(ambassador.markets));
        for (const link of launch.links) {
          const url = new URL(link.url);
          expect(Object.keys(ambassador.platforms)).toContain(link.platform);
          expect(url.searchParams.get("utm_source")).toBe(link.platform);
          expect(url.searchParams.get("utm_medium")).toBe("ambassador");
          expect(url.searchParams.get("utm_campaign")).toBe(launch.launch.split("/")[1]);
          expect(url.searchParams.get("utm_content")).toBe(ambassador.id);
          expect(url.searchParams.get("ref")).toBe(ambassador.referralCode ?? null);
          expect(html).toContain(link.url.replaceAll("&", "&amp;"));
          expect(page).toContain(link.url.replaceAll("&", "&amp;"));
          // The page it points to exists on the site.
          const target = path.join(out, "site", url.pathname, "index.html");
          expect(await readFile(target, "utf8"), link.url).toContain("<html");
        }
        // Their own captions carry their link: read back from dist/files.
        for (const caption of launch.captions) {
          const text = await readFile(path.join(out, caption.path), "utf8");
          const platform = caption.channel.split("/")[0];
          const link = launch.links.find(
            (l) => l.market === caption.market && l.platform === platform,
          );
          expect(text, caption.path).toContain(link?.url ?? "∅");
          expect(page).toContain(`/${caption.path}`);
        }
      }
    }
  });

  it("keeps the personal pages unlisted: noindex, no referrer, in no sitemap, feed or other page", async () => {
    const report = await reportOf();
    const folders = report.ambassadors.map((a) => new URL(a.page ?? "").pathname);
    const tokens = folders.map((folder) => folder.split("/")[2] ?? "∅");
    expect(tokens.every((token) => /^[0-9a-f]{32}$/.test(token))).toBe(true);
    for (const ambassador of report.ambassadors) {
      for (const url of [ambassador.page, ...ambassador.launches.map((l) => l.page)]) {
        const html = await readFile(siteFile(url ?? ""), "utf8");
        expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
        expect(html).toMatch(/<meta name="referrer" content="no-referrer">/);
        expect(html).not.toContain('hreflang="');
        // The other ambassador's pages are never named.
        for (const [i, token] of tokens.entries())
          if (folders[i] !== new URL(ambassador.page ?? "").pathname)
            expect(html.includes(token), url).toBe(false);
      }
    }
    // Their own caption files, published by content hash like every file of a kit.
    const captions = new Set(
      report.ambassadors.flatMap((a) =>
        a.launches.flatMap((l) => l.captions.map((c) => path.join(out, "site", c.path))),
      ),
    );
    // No file of the site but their own pages names their folder: sitemaps, feeds, robots.txt,
    // market homes, entry pages, every kit page.
    for (const file of await everyFile(path.join(out, "site"))) {
      if (!/\.(html|xml|json|txt)$/.test(file) || captions.has(file)) continue;
      const own = tokens.find((token) => file.includes(`${path.sep}${token}${path.sep}`));
      const text = await readFile(file, "utf8");
      for (const token of tokens) {
        if (token === own) continue;
        expect(text.includes(token), file).toBe(false);
      }
      if (!own) {
        expect(text.includes("utm_content="), file).toBe(false);
        expect(text.includes("MEI-15"), file).toBe(false);
      }
    }
    // Nor the public manifest: an ambassador's links and referral code reach them alone.
    const published = await readFile(path.join(out, "manifest.json"), "utf8");
    for (const text of ["mei-lin", "layla-haddad", "MEI-15", "utm_"])
      expect(published.includes(text), text).toBe(false);
  });

  it("shows each ambassador their markets and platforms only, their page in their language", async () => {
    const report = await reportOf();
    const expected = {
      "mei-lin": { lang: 'lang="zh-Hans" dir="ltr"', markets: ["cn", "jp"] },
      "layla-haddad": { lang: 'lang="ar" dir="rtl"', markets: ["ae", "fr"] },
    } as const;
    for (const ambassador of report.ambassadors) {
      const want = expected[ambassador.id as keyof typeof expected];
      for (const launch of ambassador.launches) {
        const root = parseHtml(await readFile(siteFile(launch.page ?? ""), "utf8"));
        expect(root.querySelector("html")?.toString()).toContain(want.lang);
        const markets = root
          .querySelectorAll("section.personal-kit")
          .map((section) => section.getAttribute("id")?.replace("market-", ""));
        expect(markets).toEqual(want.markets);
        const placements = root
          .querySelectorAll("details.kit-section[id]")
          .map((d) => d.getAttribute("id") ?? "");
        expect(placements.length).toBeGreaterThan(0);
        for (const id of placements) {
          const [market, , platform] = id.split("-");
          expect(want.markets as readonly string[]).toContain(market);
          expect(Object.keys(ambassador.platforms), id).toContain(platform);
        }
      }
    }
  });
});

describe("the sample house's kit pages", { timeout: 120_000 }, () => {
  const tokenOf = async (market: string) =>
    (await readdir(path.join(out, "site", market, "kit"))).find((n) => /^[0-9a-f]{32}$/.test(n));
  const page = async (relative: string) =>
    parseHtml(await readFile(path.join(out, "site", relative, "index.html"), "utf8"));

  it("shows the Herbier kit for ambassadors in France per placement: every image to save, every caption and its hashtags as text, one whole-kit download", async () => {
    const kit = manifest.kits.find((k) => k.id === "fr/ambassadors/capsule-herbier");
    if (!kit) throw new Error("no Herbier kit for ambassadors in France");
    const html = await page(`fr/kit/${await tokenOf("fr")}/capsule-herbier/fr`);
    const channels = new Set(kit.files.flatMap((f) => (f.channel ? [f.channel] : [])));
    expect(channels.size).toBeGreaterThan(10);
    for (const channel of channels) {
      const section = html.querySelector(`#placement-${channel.replace(/[^a-z0-9]+/g, "-")}`);
      expect(section, channel).not.toBeNull();
      for (const f of kit.files.filter((file) => file.channel === channel)) {
        if (f.kind === "image") {
          const link = section?.querySelector(`a[href="/${f.path}"][download]`);
          expect(link, f.name).not.toBeNull();
          if (!/-w\d+\./.test(f.name)) {
            // The image shown is the file itself: a long press on a phone saves it.
            expect(section?.querySelector(`img[src="/${f.path}"]`), f.name).not.toBeNull();
          }
        }
        if (f.kind === "caption") {
          const text = (await readFile(path.join(out, f.path), "utf8")).replace(/\n$/, "");
          const shown = section?.querySelectorAll(".caption-text").map((p) => p.textContent);
          expect(shown, f.name).toContain(text);
          for (const tag of f.hashtags ?? []) expect(section?.textContent, f.name).toContain(tag);
        }
      }
    }
    expect(html.querySelector("button[data-kit-download]")).not.toBeNull();
    expect(html.querySelector("[data-kit-archive]")?.getAttribute("data-kit-archive")).toBe(
      "maison-aurele_herbier_fr_ambassadeurs",
    );
    // The archive is made of what the page links to: every file of the kit, under its name.
    const offered = new Set(
      html.querySelectorAll("a[data-kit-file]").map((a) => a.getAttribute("data-kit-file")),
    );
    expect([...offered].sort()).toEqual(kit.files.map((f) => f.name).sort());
  });

  it("offers the press the 3840-px original of a 3840-px source, with a page of its own", async () => {
    const kit = manifest.kits.find((k) => k.id === "fr/press/story-le-jardin-de-soie");
    const original = kit?.files.find((f) => f.kind === "original" && f.asset === "silk-ribbon");
    expect(original?.width).toBe(3840);
    const kitPage = await page("fr/kit/press/story-le-jardin-de-soie/fr");
    const imagePage = "/fr/kit/press/story-le-jardin-de-soie/image-silk-ribbon/fr/";
    expect(kitPage.querySelector(`a[href="${imagePage}"]`)).not.toBeNull();
    expect(kitPage.querySelector(`a[href="/${original?.path}"][download]`)).not.toBeNull();
    const details = await page(imagePage.slice(1, -1));
    expect(details.querySelector(`a.download[href="/${original?.path}"]`)).not.toBeNull();
    const text = details.querySelector("main")?.textContent ?? details.textContent;
    expect(text).toContain("Ubuntu Kylin community contributors");
    expect(text).toContain("CC-BY-SA-3.0");
    expect(text).toMatch(/3\s?840 × 2\s?400/);
  });

  it("opens a story's WeChat article from its kit page, its images loading from the site", async () => {
    const kitPage = parseHtml(
      await readFile(
        path.join(out, "site/cn/kit/press/story-la-maison-1854/zh-Hans/index.html"),
        "utf8",
      ),
    );
    const href = kitPage.querySelector("#article-wechat a.download")?.getAttribute("href");
    expect(href).toBe("/cn/kit/press/story-la-maison-1854/wechat-article/");
    const article = parseHtml(
      await readFile(path.join(out, "site", href ?? "∅", "index.html"), "utf8"),
    );
    expect(article.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe(
      "noindex, nofollow",
    );
    const srcs = article.querySelectorAll("img").map((img) => img.getAttribute("src") ?? "");
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) {
      expect(src).toMatch(/^\/files\/[0-9a-f]{32}\.jpg$/);
      await expect(readFile(path.join(out, "site", src))).resolves.toBeDefined();
    }
  });

  it("links each story and capsule page to its listed kits", async () => {
    const story = await page("fr/fr/stories/la-maison-1854");
    expect(story.querySelector('a[href="/fr/kit/press/story-la-maison-1854/fr/"]')).not.toBeNull();
    const capsule = await page("fr/fr/capsules/herbier");
    expect(capsule.querySelector('a[href="/fr/kit/press/capsule-herbier/fr/"]')).not.toBeNull();
    // The ambassadors' kits are reached by their link only.
    expect(capsule.toString()).not.toContain(await tokenOf("fr"));
  });
});

/**
 * The sample house's site read back page by page: outside the French market and the French
 * locale, nothing around the content may still be French — no market, audience or era named as
 * the house writes it in its own language. Every published text file of the site, by its path
 * from the site root (`/jp/ja/index.html`).
 */
const siteTexts = new Map<string, string>();

async function readSiteTexts(): Promise<Map<string, string>> {
  if (siteTexts.size > 0) return siteTexts;
  const site = path.join(out, "site");
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    siteTexts.set(
      `/${path.relative(site, file).split(path.sep).join("/")}`,
      await readFile(file, "utf8"),
    );
  }
  return siteTexts;
}

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
  let files = new Map<string, string>();
  beforeAll(async () => {
    files = await readSiteTexts();
  });

  it("shows no French market or audience name outside the French market and locale", () => {
    // Kit pages included: a kit's own texts (captions, README) are in the kit's language, which
    // is French only in France.
    // An ambassador's page shows each of their markets' kits in its market's language: France's
    // in French.
    const showsFrance = (file: string) =>
      file.startsWith("/kit/") && (files.get(file) ?? "").includes('id="market-fr"');
    const checked = [...files.keys()].filter((file) => !isFrench(file) && !showsFrance(file));
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

describe("the sample house from Sanity", { timeout: 300_000 }, () => {
  // The same house as a Sanity dataset (fixtures/sanity), read by the real client from a local
  // Content API that evaluates each query with groq-js. It shares the Markdown build's render
  // cache: the same image bytes give the same render keys, so it renders nothing new.
  const TOKEN = "sk-sample-5c1e9a7b3d2f4e6a8b0c1d3e5f7a9b2c";
  let fromSanity: string;
  let sanityResult: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const server = await startLocalSanity({
      documents: await readNdjson(path.join(repo, "fixtures/sanity/maison-aurele.ndjson")),
      assetsDir: path.join(repo, "content/assets"),
      ...FIXTURE_PLACE,
      token: TOKEN,
    });
    fromSanity = path.join(path.dirname(out), "dist-sanity");
    const env = {
      RELAIS_KIT_SECRET: KIT_SECRET,
      SANITY_PROJECT_ID: FIXTURE_PLACE.projectId,
      SANITY_DATASET: FIXTURE_PLACE.dataset,
      SANITY_API_HOST: server.url,
      SANITY_TOKEN: TOKEN,
    };
    Object.assign(process.env, env);
    try {
      sanityResult = await runCli(
        ["build", "--source", "sanity", "--out", fromSanity, "--now", "2026-12-01T00:00:00Z"],
        path.dirname(out),
      );
    } finally {
      for (const name of Object.keys(env)) delete process.env[name];
      await server.close();
    }
    expect(sanityResult.code, sanityResult.stderr).toBe(0);
    // A whole build of the sample house, site included: on a busy machine it takes a while.
  }, 300_000);

  it("builds the same output, file for file and byte for byte, as the Markdown source", async () => {
    expect(sanityResult.stdout).toMatch(/0 images rendered/);
    const listing = async (dist: string) =>
      (await everyFile(dist)).map((file) => path.relative(dist, file)).sort();
    const files = await listing(out);
    expect(await listing(fromSanity)).toEqual(files);
    const different: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([
        readFile(path.join(out, file)),
        readFile(path.join(fromSanity, file)),
      ]);
      if (!a.equals(b)) different.push(file);
    }
    expect(different).toEqual([]);
  });

  it("never shows a draft, and never writes the token", async () => {
    await expectNowhere(
      ["BROUILLON", "jardin-d-hiver", TOKEN, "aurele-nuit", "MA-SS27-003"],
      fromSanity,
    );
    for (const file of await everyFile(fromSanity)) {
      expect((await readFile(file)).includes(TOKEN), file).toBe(false);
    }
    expect(`${sanityResult.stdout}${sanityResult.stderr}`).not.toContain(TOKEN);
  });
});

describe("the sample house's report three weeks before a withdrawal", { timeout: 120_000 }, () => {
  // Sac Prairie is withdrawn on 2027-01-31, local time in each market. Built at 2027-01-10 with
  // the first build's cache, so it renders nothing new.
  let report: BuildReport;
  let html: string;

  beforeAll(async () => {
    const later = path.join(path.dirname(out), "dist-2027");
    process.env.RELAIS_KIT_SECRET = KIT_SECRET;
    try {
      const result = await runCli(
        ["build", "--now", "2027-01-10T00:00:00Z", "--out", later],
        path.dirname(out),
      );
      expect(result.code, result.stderr).toBe(0);
    } finally {
      delete process.env.RELAIS_KIT_SECRET;
    }
    report = JSON.parse(await readFile(path.join(later, "report.json"), "utf8"));
    html = await readFile(path.join(later, "report.html"), "utf8");
  }, 300_000);

  it("no longer has the live session's kit, its session over, nor its page", async () => {
    const later = path.join(path.dirname(out), "dist-2027");
    const laterManifest = distManifestSchema.parse(
      JSON.parse(await readFile(path.join(later, "manifest.json"), "utf8")),
    );
    expect(laterManifest.moments).toBeUndefined();
    expect(report.unlistedKits.map((kit) => kit.launch)).not.toContain("moment/herbier-live-cn");
    const pages = await everyFile(path.join(later, "site"));
    expect(pages.filter((file) => file.includes("moment-herbier-live-cn"))).toEqual([]);
  });

  it("lists Sac Prairie's withdrawal in every market, at midnight local time", () => {
    const withdrawals = report.upcoming.changes.filter((c) =>
      c.entries.includes("product/sac-prairie"),
    );
    expect(withdrawals.map((c) => [c.kind, c.market, c.at])).toEqual([
      ["withdrawn", "jp", "2027-01-30T15:00:00Z"],
      ["withdrawn", "kr", "2027-01-30T15:00:00Z"],
      ["withdrawn", "cn", "2027-01-30T16:00:00Z"],
      ["withdrawn", "ae", "2027-01-30T20:00:00Z"],
      ["withdrawn", "fr", "2027-01-30T23:00:00Z"],
      ["withdrawn", "us", "2027-01-31T05:00:00Z"],
    ]);
  });

  it("says so in report.html, with its date, under Coming up and in the first screen's figures", () => {
    const comingUp = html.slice(html.indexOf('id="coming-up"'), html.indexOf('id="unlisted"'));
    expect(comingUp).toContain("<b>2027-01-31 00:00 local time</b> — <b>Sac Prairie</b>");
    expect(comingUp).toContain("<li>jp, kr: 2027-01-30 15:00 UTC</li>");
    expect(html).toContain('<a href="#coming-up"><b>1</b> change coming in the next 30 days</a>');
  });

  it("writes each held-back reason once per entry, with its markets", () => {
    const lines = report.heldBack.map((line) => `${line.entry} ${line.reason}`);
    expect(new Set(lines).size).toBe(lines.length);
    expect(html.split("embargoed until 2099-03-01 10:00 local time").length - 1).toBe(1);
    for (const line of report.heldBack) {
      const markets = line.where.flatMap((where) => where.markets);
      expect(new Set(markets).size, `${line.entry} ${line.reason}`).toBe(markets.length);
    }
    // One line per audience × market × channel × entry made about 450 KB of it.
    expect(html.length).toBeLessThan(200_000);
  });

  it("warns that the sample house still has the default site address", () => {
    expect(report.site).toEqual({ url: "http://localhost:4321", defaultUrl: true });
    expect(html).toContain("The site's address is still the default, http://localhost:4321.");
  });

  it("labels every kit's contact sheet with its audience, market and launch", () => {
    expect(report.kits.length).toBe(manifest.kits.length);
    for (const kit of report.kits) {
      expect(kit.sheet, kit.id).toBeDefined();
      expect(html).toContain(`<figcaption><b>${kit.audience}</b> · ${kit.market} · <b>`);
      expect(html).toContain(
        `<img src="${kit.sheet}" alt="Contact sheet: ${kit.audience} · ${kit.market} · ${kit.launch}"`,
      );
    }
  });
});

/**
 * Scans every byte of what is published — the kits' files, the site and manifest.json — for
 * each needle (as UTF-8). The build report is the editors' own and names what was held back.
 */
/**
 * Fails when a needle is in any published file: files/, the site, the manifest. The press
 * previews' own folders are left out: they are the one place an embargoed launch may be, and
 * test/integration/press-preview.test.ts scans everything else for any trace of them.
 */
async function expectNowhere(needles: readonly string[], dist = out) {
  const patterns = needles.map((needle) => Buffer.from(needle, "utf8"));
  const previews = await previewFolders(dist);
  const published = [
    ...(await everyFile(path.join(dist, "files"))),
    ...(await everyFile(path.join(dist, "site"))).filter(
      (file) => !previews.some((folder) => file.startsWith(folder)),
    ),
    path.join(dist, "manifest.json"),
  ];
  expect(published.length).toBeGreaterThan(1000);
  for (const file of published) {
    const bytes = await readFile(file);
    for (const [i, pattern] of patterns.entries()) {
      expect(bytes.includes(pattern), `${needles[i]} found in ${path.relative(dist, file)}`).toBe(
        false,
      );
    }
  }
}

/** The press previews' folders of a build, as its report names them. */
async function previewFolders(dist: string): Promise<string[]> {
  const report: BuildReport = JSON.parse(await readFile(path.join(dist, "report.json"), "utf8"));
  return (report.pressPreviews ?? []).map((preview) =>
    path.join(dist, "site", new URL(preview.url).pathname, path.sep),
  );
}
