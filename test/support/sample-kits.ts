import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { resolveChannelSpecs } from "../../src/channels/resolve-channels.ts";
import { type AssembledKits, assembleKits } from "../../src/pack/assemble-kits.ts";
import { writeCaptions } from "../../src/pack/caption-writer.ts";
import { kitLabels } from "../../src/pack/kit-labels.ts";
import type { DistManifest, KitManifest } from "../../src/pack/manifest-types.ts";
import { openStaging } from "../../src/pack/staging.ts";
import { planHouse } from "../../src/plan/plan-house.ts";
import type { ImageTask } from "../../src/plan/render-tasks.ts";
import { engineVersions } from "../../src/render/engine-versions.ts";
import { renderImages } from "../../src/render/render-images.ts";
import { RenderStore } from "../../src/render/render-store.ts";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import { ContentStore } from "../../src/store/content-store.ts";
import { parseInstant } from "../../src/time/moment.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";

const content = path.resolve(import.meta.dirname, "../../content");

export interface SampleKits {
  out: string;
  manifest: DistManifest;
  texts: ReadonlyMap<string, string>;
  briefs: AssembledKits["briefs"];
  articleWebCopies: AssembledKits["articleWebCopies"];
  /** A kit's file by its name inside the kit, read from the output. */
  read(kit: KitManifest, name: string): Promise<Buffer>;
}

/**
 * The sample house's kits in `markets`, built for real (the Markdown source, the planner, sharp
 * on the real photographs, the kit writer), with each kit cut to the placements in `channels`
 * so only their images are rendered.
 */
export async function buildSampleKits(
  markets: string[],
  channels: ReadonlySet<string>,
  now = "2026-12-01T00:00:00Z",
): Promise<SampleKits> {
  const { catalog } = validateCatalog(await createMarkdownSource({ root: content }).load());
  if (!catalog) throw new Error("the sample house does not validate");
  const { specs } = resolveChannelSpecs();
  const plan = planHouse(
    catalog,
    { markets, audiences: undefined, channels: specs, engine: engineVersions(), site: false },
    parseInstant(now),
  );
  const kits = plan.kits.map((kit) => ({
    ...kit,
    sections: kit.sections.filter((section) => channels.has(section.channel)),
    originals: [],
  }));
  const tasks = new Map<string, ImageTask>();
  for (const task of plan.renders) tasks.set(task.key, task);
  const needed = new Set(
    kits.flatMap((kit) => kit.sections.flatMap((s) => s.items.flatMap((i) => i.images))),
  );
  const wanted = [...needed].flatMap((image) => tasks.get(image.task) ?? []);
  const work = await mkdtemp(path.join(tmpdir(), "relais-kits-"));
  const render = await renderImages([...new Map(wanted.map((t) => [t.key, t])).values()], {
    cache: new RenderStore(new ContentStore({ local: path.join(work, "store") })),
    maxUpscale: 1.25,
    tooSmall: "skip",
  });
  const out = path.join(work, "dist");
  const staging = await openStaging(out);
  const assembled = await assembleKits(staging, {
    kits,
    results: render.results,
    catalog,
    channels: specs,
    captionOf: writeCaptions(catalog),
    labels: kitLabels(catalog.brand.defaultLocale),
    now: parseInstant(now),
  });
  await staging.commit();
  return {
    out,
    manifest: assembled.manifest,
    texts: assembled.texts,
    briefs: assembled.briefs,
    articleWebCopies: assembled.articleWebCopies,
    read: async (kit, name) => {
      const file = kit.files.find((f) => f.name === name);
      if (!file) throw new Error(`${kit.id} has no ${name}`);
      return readFile(path.join(out, file.path));
    },
  };
}
