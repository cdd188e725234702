import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageTask } from "../../../src/plan/render-tasks.ts";
import { renderImages } from "../../../src/render/render-images.ts";
import { RenderStore } from "../../../src/render/render-store.ts";
import { createMarkdownSource } from "../../../src/sources/markdown/markdown-source.ts";
import { ContentStore } from "../../../src/store/content-store.ts";
import { validateCatalog } from "../../../src/validate/validate-catalog.ts";
import { testChannel } from "../../support/channels.ts";

const engine = { sharp: "0.35.5", vips: "8.18.7" };
const content = path.resolve(import.meta.dirname, "../../../content");

async function sampleTasks() {
  const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
  const assets = ["yellow-flower", "lady-bird"].map((id) =>
    catalog?.assets.find((a) => a.id === id),
  );
  const specs = [
    testChannel("a/portrait"),
    testChannel("b/square", {
      size: { fit: "exact", width: 300, height: 300 },
      format: "webp",
      acceptedFormats: ["webp"],
    }),
  ];
  return assets.flatMap((asset) => {
    if (!asset) throw new Error("sample asset");
    return specs.map((spec) => imageTask(asset, spec, spec.image.size, engine));
  });
}

/** The store as one build opens it (a build checks each file once). */
function storeIn(folder: string) {
  return new RenderStore(new ContentStore({ local: folder }));
}

async function freshCache() {
  return storeIn(await mkdtemp(path.join(tmpdir(), "relais-cache-")));
}

describe("renderImages", () => {
  it("renders each task once, then serves every one from the cache", async () => {
    const tasks = await sampleTasks();
    const cache = await freshCache();
    const first = await renderImages(tasks, { cache, maxUpscale: 1.25, tooSmall: "skip" });
    expect([first.rendered, first.cached]).toEqual([4, 0]);
    for (const task of tasks) {
      const result = first.results.get(task.key);
      if (result?.status !== "ok") throw new Error(`task ${task.key} did not render`);
      const meta = await sharp(await readFile(result.image.file)).metadata();
      const size = task.size.fit === "exact" ? [task.size.width, task.size.height] : [];
      expect([meta.width, meta.height]).toEqual(size);
      expect(meta.format).toBe(task.encode.format);
      expect(result.image.bytes).toBeLessThanOrEqual(task.encode.maxBytes);
    }
    const second = await renderImages(tasks, { cache, maxUpscale: 1.25, tooSmall: "skip" });
    expect([second.rendered, second.cached]).toEqual([0, 4]);
  });

  it("encodes once for placements that differ only in their byte budget", async () => {
    const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
    const asset = catalog?.assets.find((a) => a.id === "lady-bird");
    if (!asset) throw new Error("sample asset");
    const roomy = testChannel("a/roomy", { maxBytes: 8_000_000 });
    const tight = testChannel("b/tight", { maxBytes: 5_000_000 });
    const tasks = [roomy, tight].map((spec) => imageTask(asset, spec, spec.image.size, engine));
    expect(tasks[0]?.key).not.toBe(tasks[1]?.key);
    const report = await renderImages(tasks, {
      cache: await freshCache(),
      maxUpscale: 1.25,
      tooSmall: "skip",
    });
    expect([report.rendered, report.encodes]).toEqual([2, 1]);
    const [a, b] = tasks.map((task) => report.results.get(task.key));
    if (a?.status !== "ok" || b?.status !== "ok") throw new Error("rendered");
    expect(a.image.sha256).toBe(b.image.sha256);

    // A budget the shared encode does not meet still gets its own, lower quality.
    const smaller = testChannel("c/small", { maxBytes: a.image.bytes - 1 });
    const withSmall = [...tasks, imageTask(asset, smaller, smaller.image.size, engine)];
    const again = await renderImages(withSmall, {
      cache: await freshCache(),
      maxUpscale: 1.25,
      tooSmall: "skip",
    });
    const small = again.results.get(withSmall[2]?.key ?? "");
    if (small?.status !== "ok") throw new Error("rendered");
    expect(small.image.quality).toBeLessThan(a.image.quality);
    expect(small.image.bytes).toBeLessThan(a.image.bytes);
    expect(again.encodes).toBeGreaterThanOrEqual(2);
  });

  it("renders nothing for a merge: what the store lacks is missing, what it holds is served", async () => {
    const tasks = await sampleTasks();
    const cache = await freshCache();
    await renderImages(tasks.slice(0, 2), { cache, maxUpscale: 1.25, tooSmall: "skip" });
    const merge = await renderImages(tasks, {
      cache,
      maxUpscale: 1.25,
      tooSmall: "skip",
      renderMissing: false,
    });
    expect([merge.rendered, merge.encodes]).toEqual([0, 0]);
    const statuses = tasks.map((task) => merge.results.get(task.key)?.status);
    expect(statuses.filter((status) => status === "ok")).toHaveLength(merge.cached);
    expect(merge.missing.length).toBeGreaterThan(0);
    expect(merge.cached + merge.missing.length).toBe(tasks.length);
    for (const task of merge.missing) expect(merge.results.has(task.key)).toBe(false);
  });

  it("does not trust a cache record whose image is missing or cut short", async () => {
    const tasks = (await sampleTasks()).slice(0, 1);
    const cache = await freshCache();
    const first = await renderImages(tasks, { cache, maxUpscale: 1.25, tooSmall: "skip" });
    const result = first.results.get(tasks[0]?.key ?? "");
    if (result?.status !== "ok") throw new Error("rendered");
    await writeFile(result.image.file, "truncated");
    // The next build opens the store again.
    const next = new RenderStore(new ContentStore({ local: cache.store.local }));
    const again = await renderImages(tasks, { cache: next, maxUpscale: 1.25, tooSmall: "skip" });
    expect(again.rendered).toBe(1);
    const leftovers = (await readdir(path.dirname(result.image.file))).filter((name) =>
      name.endsWith(".tmp"),
    );
    expect(leftovers).toEqual([]);
  });

  it("skips an output its source is too small for, and says by how much", async () => {
    const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
    const asset = catalog?.assets.find((a) => a.id === "yellow-flower");
    if (!asset) throw new Error("sample asset");
    const huge = testChannel("c/huge", {
      size: { fit: "exact", width: 6000, height: 6000 },
      maxBytes: 50_000_000,
    });
    const task = imageTask(asset, huge, huge.image.size, engine);
    const report = await renderImages([task], {
      cache: await freshCache(),
      maxUpscale: 1.25,
      tooSmall: "skip",
    });
    const result = report.results.get(task.key);
    expect(result?.status).toBe("too-small");
    expect(result?.status === "too-small" && result.message).toMatch(
      /6000×6000 output \(×\d+\.\d\d, more than the ×1.25 allowed\)/,
    );
    expect(report.rendered).toBe(0);
  });

  it("renders a too-small output anyway when asked to mark it, and keeps the mark on a cache hit", async () => {
    const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
    const asset = catalog?.assets.find((a) => a.id === "yellow-flower");
    if (!asset) throw new Error("sample asset");
    const big = testChannel("c/big", {
      size: { fit: "exact", width: 3000, height: 3000 },
      maxBytes: 50_000_000,
    });
    const task = imageTask(asset, big, big.image.size, engine);
    const cache = await freshCache();
    const options = { cache, maxUpscale: 1.25, tooSmall: "mark" } as const;
    const first = (await renderImages([task], options)).results.get(task.key);
    const again = (await renderImages([task], options)).results.get(task.key);
    for (const result of [first, again]) {
      expect(result?.status).toBe("ok");
      expect(result?.status === "ok" && result.upscaled).toBeGreaterThan(1.25);
    }
    // The same cached image under "skip" is left out, as a fresh render would be.
    const skipped = (await renderImages([task], { ...options, tooSmall: "skip" })).results.get(
      task.key,
    );
    expect(skipped?.status).toBe("too-small");
  });
});

describe("renderImages with a source that cannot be decoded", () => {
  it("fails that source's outputs, says why on one line, and renders the others", async () => {
    const tasks = await sampleTasks();
    const dir = await mkdtemp(path.join(tmpdir(), "relais-bad-source-"));
    const avif = await sharp(await readFile(path.join(content, "assets/lady-bird.jpg")))
      .avif({ effort: 0 })
      .toBuffer();
    // Its header is whole, so validation lets it through; only decoding finds the rest missing.
    const cut = path.join(dir, "lady-bird.avif");
    await writeFile(cut, avif.subarray(0, Math.floor(avif.length / 2)));
    const bad = tasks
      .filter((task) => task.asset === "lady-bird")
      .map((task) => ({
        ...task,
        location: cut,
        contentHash: "0".repeat(64),
        key: `bad-${task.key}`,
      }));
    const good = tasks.filter((task) => task.asset !== "lady-bird");
    const report = await renderImages([...good, ...bad], {
      cache: await freshCache(),
      maxUpscale: 1.25,
      tooSmall: "skip",
    });
    for (const task of good) expect(report.results.get(task.key)?.status).toBe("ok");
    for (const task of bad) {
      const result = report.results.get(task.key);
      expect(result?.status).toBe("unreadable");
      expect(result?.status === "unreadable" && result.message).toMatch(/^heif: .*end of file/);
      expect(result?.status === "unreadable" && result.message).not.toContain("\n");
    }
    expect(report.rendered).toBe(good.length);
  });
});
