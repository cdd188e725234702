import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PLACE } from "../../scripts/sanity-local/fixture-place.ts";
import { readNdjson, startLocalSanity } from "../../scripts/sanity-local/server.ts";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import type { DistManifest } from "../../src/pack/manifest-types.ts";
import { distManifestSchema } from "../../src/pack/manifest-types.ts";
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

describe("the sample house's build", { timeout: 120_000 }, () => {
  it("ships no caption over its platform's limit, read back with the caption engine's counter", async () => {
    const captions = manifest.packs.flatMap((pack) =>
      pack.files.filter((f) => f.kind === "caption").map((f) => ({ pack, f })),
    );
    expect(captions.length).toBeGreaterThan(300);
    for (const { pack, f } of captions) {
      const text = (await readFile(path.join(out, f.path), "utf8")).replace(/\n$/, "");
      const limit = specs.get(pack.channel)?.text.caption;
      if (!limit) throw new Error(`${pack.channel} takes no caption but has ${f.path}`);
      const length = countText(text, limit.counting);
      expect(length, f.path).toBeLessThanOrEqual(limit.max);
      expect(f.captionLength, f.path).toBe(length);
    }
  });

  it("gives every placement of every market a pack", () => {
    const channels = new Set(manifest.packs.map((p) => p.channel));
    expect(channels.size).toBe(37);
  });

  it("writes every image exactly as its channel record says, checked by reading the file back", async () => {
    const images = manifest.packs.flatMap((pack) =>
      pack.files.filter((f) => f.kind === "image").map((f) => ({ pack, f })),
    );
    expect(images.length).toBeGreaterThan(500);
    for (const { pack, f } of images) {
      const spec = specs.get(pack.channel);
      if (!spec) throw new Error(`no record for ${pack.channel}`);
      const bytes = await readFile(path.join(out, f.path));
      const meta = await sharp(bytes).metadata();
      expect(bytes.length, f.path).toBe(f.bytes);
      expect(bytes.length, f.path).toBeLessThanOrEqual(spec.image.maxBytes);
      expect(meta.format, f.path).toBe(spec.image.format);
      expect(meta.space, f.path).toBe("srgb");
      expect(meta.exif, f.path).toBeUndefined();
      const extra = /-w(\d+)\.\w+$/.exec(f.path);
      const size = spec.image.size;
      if (extra) {
        expect(meta.width, f.path).toBe(Number(extra[1]));
      } else if (size.fit === "exact") {
        expect([meta.width, meta.height], f.path).toEqual([size.width, size.height]);
      } else {
        expect(meta.width, f.path).toBe(size.width);
      }
    }
  });

  it("zips each pack with exactly the pack's files", async () => {
    for (const pack of manifest.packs.slice(0, 40)) {
      const zip = unzipSync(await readFile(path.join(out, pack.zip.path)));
      const inManifest = pack.files.map((f) => f.path.slice(pack.path.length + 1)).sort();
      expect(Object.keys(zip).sort()).toEqual(inManifest);
    }
  });

  it("never lets the 2099 capsule or its products appear in any file, caption, zip or manifest", async () => {
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
    await expectNowhere(needles);
  });

  it("never uses the expired image, in any market", async () => {
    // storm-road is the only photograph by its creator: his name would be in any file's XMP.
    expect(manifest.packs.flatMap((p) => p.files).some((f) => f.asset === "storm-road")).toBe(
      false,
    );
    await expectNowhere(["storm-road", "Sergey Nazarov"]);
  });

  it("never uses the cn-excluded image in cn, and does use it elsewhere", async () => {
    const uses = manifest.packs.flatMap((p) =>
      p.files.filter((f) => f.asset === "dune-grasses").map(() => p.market),
    );
    expect(uses.length).toBeGreaterThan(0);
    expect(uses).not.toContain("cn");
    const cnFiles = (await everyFile(out)).filter(
      (file) => file.includes(`${path.sep}cn${path.sep}`) || file.includes("__cn__"),
    );
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
    const kr = report.markets.find((m: { market: string }) => m.market === "kr");
    const instagram = kr.channels.find(
      (c: { channel: string }) => c.channel === "instagram/feed-portrait",
    );
    expect(instagram.fallbacks).toContainEqual({
      audience: "press",
      entry: "product/boucles-rosee",
      locale: "en",
      missing: "ko",
    });
    const cn = report.markets.find((m: { market: string }) => m.market === "cn");
    const wechat = cn.channels.find(
      (c: { channel: string }) => c.channel === "wechat/article-cover",
    );
    expect(
      wechat.skipped.some(
        (s: { entry: string; reasons: string[] }) =>
          s.entry === "capsule/aurele-nuit" &&
          s.reasons[0]?.includes("2099-03-01 10:00 Asia/Shanghai"),
      ),
    ).toBe(true);
    expect(wechat.imagesLeftOut.some((s: { asset: string }) => s.asset === "dune-grasses")).toBe(
      true,
    );
    const warnings = report.markets.flatMap((m: { channels: { warnings: { code: string }[] }[] }) =>
      m.channels.flatMap((c) => c.warnings),
    );
    expect(warnings.some((w: { code: string }) => w.code === "source-too-small")).toBe(true);
  });

  it("shows a contact sheet of every pack in report.html", async () => {
    const html = await readFile(path.join(out, "report.html"), "utf8");
    const sheets = [...html.matchAll(/<img src="(report\/[^"]+\.jpg)"/g)].map((m) => m[1] ?? "");
    expect(sheets.length).toBe(manifest.packs.length);
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
    expect(report.unlistedKits.map((kit: { market: string }) => kit.market)).toEqual(markets);
    for (const kit of report.unlistedKits) {
      expect(kit.audience).toBe("ambassadors");
      const token = /\/kit\/([0-9a-f]{32})\/$/.exec(kit.url)?.[1] ?? "∅";
      expect(kit.url).toBe(`http://localhost:4321/${kit.market}/kit/${token}/`);
      expect(await readdir(path.join(out, "site", kit.market, "kit"))).toContain(token);
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

  it("serves no script and keeps every page light", async () => {
    const { gzipSync } = await import("node:zlib");
    const pages = (await everyFile(path.join(out, "site"))).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = await readFile(page);
      expect(html.includes("<script"), page).toBe(false);
      expect(gzipSync(html).length, page).toBeLessThanOrEqual(50 * 1024);
    }
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

/**
 * Scans every byte of what is published — the packs, their zips and images, and manifest.json —
 * for each needle (as UTF-8). The build report is the editors' own and names what was held back.
 */
async function expectNowhere(needles: readonly string[], dist = out) {
  const patterns = needles.map((needle) => Buffer.from(needle, "utf8"));
  const published = [
    ...(await everyFile(path.join(dist, "packs"))),
    ...(await everyFile(path.join(dist, "site"))),
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
    if (file.endsWith(".zip")) {
      for (const [name, content] of Object.entries(unzipSync(bytes))) {
        for (const [i, pattern] of patterns.entries()) {
          expect(
            Buffer.from(content).includes(pattern) || name.includes(needles[i] ?? ""),
            `${needles[i]} in ${file}:${name}`,
          ).toBe(false);
        }
      }
    }
  }
}
