import type { ChannelSpec } from "../../channels/channel-spec.ts";
import { embargoLine, embargoRule } from "../../i18n/embargo-notice.ts";
import type { Catalog } from "../../model/catalog.ts";
import { entryTitle } from "../../model/entries.ts";
import type { Market } from "../../model/market.ts";
import { assembleKits, type CaptionWriter } from "../../pack/assemble-kits.ts";
import type { KitLabels } from "../../pack/kit-readme.ts";
import type { DistManifest, KitFile } from "../../pack/manifest-types.ts";
import type { Staging } from "../../pack/staging.ts";
import type { PreviewKitPlan } from "../../plan/preview-kits.ts";
import type { RenderResult } from "../../render/render-images.ts";
import type { Temporal } from "../../time/moment.ts";
import { autonym } from "../lib/i18n.ts";
import { kitPaths } from "./kit-paths.ts";
import { previewToken } from "./kit-token.ts";
import { type PreviewPageInput, previewPage, previewRedirect } from "./press-preview-page.ts";

export interface PressPreviewsInput {
  staging: Staging;
  previews: readonly PreviewKitPlan[];
  results: ReadonlyMap<string, RenderResult>;
  catalog: Catalog;
  channels: ReadonlyMap<string, ChannelSpec>;
  captionOf: CaptionWriter;
  labels: KitLabels;
  secret: string;
  siteUrl: string;
  /** The public manifest: once an embargo lifts, the preview's address leads to its kit. */
  manifest: DistManifest;
  /** The build's clock (the kit's brief dates its images' usage from it). */
  now: Temporal.Instant;
}

/** A press preview's address, for the house's report (never for the public output). */
export interface PressPreviewLink {
  market: string;
  audience: string;
  launch: string;
  state: "open" | "lifted";
  /** The embargo's instant. */
  embargo: string;
  url: string;
}

/** Where a press preview lives on the site: `/<market>/preview/<token>/`. */
export function previewPath(secret: string, preview: PreviewKitPlan["preview"]): string {
  return `/${preview.market}/preview/${previewToken(secret, preview)}/`;
}

/**
 * Writes each press preview into its own folder of the site, and nowhere else: its kit's files
 * under their embargo-tagged names, a page per market locale stating the embargo first, and,
 * once the embargo has lifted, pages that send its address on to the public kit.
 */
export async function writePressPreviews(input: PressPreviewsInput): Promise<PressPreviewLink[]> {
  const links: PressPreviewLink[] = [];
  for (const planned of input.previews) {
    const { preview } = planned;
    const market = input.catalog.markets.find((m) => m.id === preview.market);
    if (!market) continue;
    const folder = previewPath(input.secret, preview);
    if (preview.state === "lifted") {
      await writeRedirects(input, planned, market, folder);
    } else if (!(await writeOpen(input, planned, market, folder))) {
      continue;
    }
    links.push({
      market: preview.market,
      audience: preview.audience,
      launch: `${preview.launch.type}/${preview.launch.slug}`,
      state: preview.state,
      embargo: preview.embargo.at,
      url: `${input.siteUrl}${folder}`,
    });
  }
  return links;
}

async function writeRedirects(
  input: PressPreviewsInput,
  { preview }: PreviewKitPlan,
  market: Market,
  folder: string,
): Promise<void> {
  const launch = `${preview.launch.type}/${preview.launch.slug}`;
  const audience = input.catalog.audiences.find((a) => a.id === preview.audience);
  const kit = input.manifest.kits.find(
    (k) => k.market === preview.market && k.audience === preview.audience && k.launch === launch,
  );
  const home = `/${market.id}/${market.locales[0]}/`;
  const target = (locale?: string) =>
    kit
      ? `${kitPaths(input.secret, kit, audience?.listed ?? false).kit}${locale ? `${locale}/` : ""}`
      : locale
        ? `/${market.id}/${locale}/`
        : home;
  await input.staging.write(
    `site${folder}index.html`,
    previewRedirect(target(), `${input.siteUrl}${target()}`),
  );
  for (const locale of market.locales) {
    await input.staging.write(
      `site${folder}${locale}/index.html`,
      previewRedirect(target(locale), `${input.siteUrl}${target(locale)}`),
    );
  }
}

async function writeOpen(
  input: PressPreviewsInput,
  { preview, kit, tag }: PreviewKitPlan,
  market: Market,
  folder: string,
): Promise<boolean> {
  if (!kit) return false;
  // The kit is assembled as any kit, into memory: its files go into the preview's folder only,
  // under their kit names, never into the public `files/`.
  const captured = new Map<string, { from: string } | { content: string | Uint8Array }>();
  const capture: Staging = {
    dir: input.staging.dir,
    write: async (relative, content) => void captured.set(relative, { content }),
    copy: async (relative, from) => void captured.set(relative, { from }),
    writeJson: async () => {
      throw new Error("a press preview writes no JSON");
    },
    commit: async () => {},
    abort: async () => {},
  };
  const notice = (locale: string) =>
    `${embargoLine(locale, preview.embargo)}\n${embargoRule(locale)}`;
  const assembled = await assembleKits(capture, {
    kits: [kit],
    results: input.results,
    catalog: input.catalog,
    channels: input.channels,
    captionOf: input.captionOf,
    labels: input.labels,
    now: input.now,
    embargo: { tag, notice },
  });
  const made = assembled.manifest.kits[0];
  if (!made) return false;
  const nameOf = (file: KitFile) => {
    const slash = file.name.lastIndexOf("/");
    const base = file.name.slice(slash + 1);
    return `${file.name.slice(0, slash + 1)}${base.startsWith(tag) ? base : `${tag}_${base}`}`;
  };
  for (const file of made.files) {
    const source = captured.get(file.path);
    if (!source) continue;
    const at = `site${folder}${nameOf(file)}`;
    if ("from" in source) await input.staging.copy(at, source.from);
    else await input.staging.write(at, source.content);
  }

  const entries = new Map(input.catalog.entries.map((e) => [`${e.type}/${e.slug}`, e]));
  const launch = entries.get(`${preview.launch.type}/${preview.launch.slug}`);
  const assets = new Map(input.catalog.assets.map((a) => [a.id, a]));
  const audience = input.catalog.audiences.find((a) => a.id === preview.audience);
  const byName = new Map(made.files.map((f) => [f.name, f]));
  const readme = made.files.find((f) => f.kind === "readme");
  if (!launch || !audience || !readme) return false;
  const pageOf = (locale: string, up: string): PreviewPageInput => {
    const chain = [locale, ...market.locales.filter((l) => l !== locale)];
    const textLocale = chain.find((l) => launch.text[l] !== undefined) ?? kit.locale.locale;
    const text = launch.text[textLocale];
    const titleOf = (type: string, slug: string) => {
      const entry = entries.get(`${type}/${slug}`);
      return (entry && entryTitle(entry, textLocale)) ?? slug;
    };
    return {
      lang: locale,
      dir: market.directionOf[locale] ?? "ltr",
      embargo: embargoLine(locale, preview.embargo),
      rule: embargoRule(locale),
      eyebrow: `${input.catalog.brand.name} · ${input.labels.market(market, locale)} · ${input.labels.audience(audience, locale)}`,
      title: entryTitle(launch, textLocale) ?? launch.slug,
      dek: text && "dek" in text ? text.dek : undefined,
      languages: market.locales.map((l) => ({
        href: `${up}${l}/`,
        label: autonym(l),
        lang: l,
        current: l === locale && up !== "",
      })),
      readme: { href: `${up}${nameOf(readme)}`, name: nameOf(readme) },
      sections: kit.sections.flatMap((section) => {
        const spec = input.channels.get(section.channel);
        if (!spec) return [];
        const items = section.items.flatMap((item) => {
          const images = item.images.flatMap((planned) => {
            const file = byName.get(planned.name);
            if (!file || planned.variant !== "main") return [];
            const alt = assets.get(planned.asset)?.alt;
            return [
              {
                href: `${up}${nameOf(file)}`,
                name: nameOf(file),
                width: file.width ?? 1,
                height: file.height ?? 1,
                alt: alt?.[textLocale] ?? alt?.[kit.locale.locale] ?? "",
              },
            ];
          });
          if (images.length === 0) return [];
          const captionFile = made.files.find(
            (f) => f.kind === "caption" && f.name.startsWith(`${item.captionName}.`),
          );
          const captionText = captionFile ? assembled.texts.get(captionFile.path) : undefined;
          const captionLocale = captionFile?.locale ?? kit.locale.locale;
          return [
            {
              title: titleOf(item.entry.type, item.entry.slug),
              images,
              caption:
                captionText === undefined
                  ? undefined
                  : {
                      text: captionText.replace(/\n$/, ""),
                      lang: captionLocale,
                      dir: market.directionOf[captionLocale] ?? "ltr",
                    },
            },
          ];
        });
        return items.length === 0 ? [] : [{ name: input.labels.placement(spec, locale), items }];
      }),
      originals: made.files
        .filter((f) => f.kind === "original")
        .map((f) => ({
          href: `${up}${nameOf(f)}`,
          name: nameOf(f),
          width: f.width ?? 0,
          height: f.height ?? 0,
        })),
    };
  };
  const first = market.locales[0] ?? kit.locale.locale;
  await input.staging.write(`site${folder}index.html`, previewPage(pageOf(first, "")));
  for (const locale of market.locales) {
    await input.staging.write(
      `site${folder}${locale}/index.html`,
      previewPage(pageOf(locale, "../")),
    );
  }
  return true;
}
