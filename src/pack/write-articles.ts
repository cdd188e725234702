import path from "node:path";
import type { ChannelSpec, TextLimit } from "../channels/channel-spec.ts";
import { platformName } from "../i18n/channel-names.ts";
import { type Asset, creditOf } from "../model/asset.ts";
import type { Brand } from "../model/brand.ts";
import type { Entry } from "../model/entries.ts";
import type { Market } from "../model/market.ts";
import type { KitPlan } from "../plan/plan-kits.ts";
import { creditLines } from "../render/captions/credit-lines.ts";
import { markdownToText } from "../render/captions/markdown-text.ts";
import { truncateToFit } from "../render/captions/truncate.ts";
import { countText } from "../text/count-text.ts";
import { legalLines } from "../text/legal-lines.ts";
import { type ArticleImage, articleHtml } from "./article-html.ts";
import { ARTICLE_PLATFORMS, type ArticlePlatform } from "./article-platforms.ts";
import { articleStrings } from "./article-strings.ts";
import type { KitFile } from "./manifest-types.ts";

export interface ArticleContext {
  kit: KitPlan;
  /** The kit's files written so far: the article shows only images that were published. */
  files: readonly KitFile[];
  entries: ReadonlyMap<string, Entry>;
  assets: ReadonlyMap<string, Asset>;
  brand: Brand;
  market: Market;
  channels: ReadonlyMap<string, ChannelSpec>;
  publishText(
    text: string,
    extension: "txt" | "html",
  ): Promise<{ path: string; sha256: string; bytes: number }>;
}

/** What the README says of an article. */
export interface WrittenArticle {
  heading: string;
  article: string;
  fields: string;
  imagesFolder: string;
  covers: { name: string; crop: string }[];
}

/** An article's page for the web: its images at their published addresses. */
export interface ArticleWebCopy {
  /** The placement of its images, e.g. `wechat/article-image`. */
  channel: string;
  html: string;
}

export interface WrittenArticles {
  files: KitFile[];
  articles: WrittenArticle[];
  /**
   * Each article's copy for the web, by placement (`wechat/article-image`): the same page with
   * every image at its published address (`/files/<hash>.jpg`), for the site to serve. An editor
   * that fetches pasted images from their addresses (WeChat's) gets them only from a page on the
   * web, never from a file opened from the kit. Not a file of the kit, nor published here.
   */
  webCopies: ArticleWebCopy[];
  warnings: { channel: string; entry: string; message: string }[];
}

/**
 * A story kit's articles, one per long-form platform whose images placement the kit holds for
 * the story: the article page (`wechat/<slug>-article.html`) and its fields file (title, author,
 * digest, covers) in the kit's language.
 */
export async function writeArticles(context: ArticleContext): Promise<WrittenArticles> {
  const written: WrittenArticles = { files: [], articles: [], warnings: [], webCopies: [] };
  const { kit } = context;
  if (kit.launch.type !== "story") return written;
  const story = context.entries.get(`story/${kit.launch.slug}`);
  if (story?.type !== "story") return written;
  for (const platform of ARTICLE_PLATFORMS) {
    const one = await writeArticle(context, story, platform, written.warnings);
    if (!one) continue;
    written.files.push(...one.files);
    written.articles.push(one.article);
    written.webCopies.push({ channel: platform.images, html: one.webCopy });
  }
  return written;
}

async function writeArticle(
  context: ArticleContext,
  story: Entry & { type: "story" },
  platform: ArticlePlatform,
  warnings: WrittenArticles["warnings"],
): Promise<{ files: KitFile[]; article: WrittenArticle; webCopy: string } | undefined> {
  const { kit, brand, market } = context;
  const item = kit.sections
    .find((section) => section.channel === platform.images)
    ?.items.find((i) => i.entry.type === "story" && i.entry.slug === story.slug);
  const locale = item?.decision.locale;
  const text = locale ? story.text[locale.locale] : undefined;
  const imagesSpec = context.channels.get(platform.images);
  if (!item || !locale || !text || !imagesSpec) return undefined;
  const entryId = `story/${story.slug}`;
  const warn = (message: string) =>
    warnings.push({ channel: platform.images, entry: entryId, message });
  const byName = new Map(context.files.map((file) => [file.name, file]));
  const name = `${platform.folder}/${story.slug}-article`;
  const t = articleStrings(locale.locale);

  const images: ArticleImage[] = [];
  /** The same images at their published addresses, for the web copy. */
  const published: ArticleImage[] = [];
  const shown: Asset[] = [];
  for (const planned of item.images) {
    const asset = context.assets.get(planned.asset);
    if (planned.variant !== "main" || !asset || !byName.has(planned.name)) continue;
    shown.push(asset);
    const image: ArticleImage = {
      asset: asset.id,
      src: path.posix.relative(platform.folder, planned.name),
      alt: altOf(asset, [locale.locale, ...locale.chain, brand.defaultLocale]),
      credit: creditLines([asset], brand, locale.locale).lines[0] ?? creditOf(asset),
    };
    images.push(image);
    published.push({ ...image, src: `/${byName.get(planned.name)?.path}` });
  }
  if (images.length === 0) return undefined;

  const fieldsSpec = platform.fields ? context.channels.get(platform.fields) : undefined;
  const fitField = (value: string, limit: TextLimit | undefined, field: string) => {
    if (!limit) return value;
    const cut = truncateToFit(value, (c) => countText(c, limit.counting) <= limit.max, {
      locale: locale.locale,
    });
    if (cut.truncated)
      warn(`${name}: the ${field} was shortened to ${limit.max} to fit the platform's field`);
    return cut.text;
  };
  const title = fitField(text.title, fieldsSpec?.text.title, "title");
  const author = fitField(brand.name, platform.author, "author");
  const digestLimit = fieldsSpec?.text.description;
  const digest = digestLimit
    ? fitField(text.dek ?? markdownToText(text.body), digestLimit, "digest")
    : undefined;
  const creators = [...new Set(shown.map((asset) => asset.credit.creator))];
  const articleInput = {
    body: text.body,
    locale: locale.locale,
    direction: locale.direction,
    title,
    byline: t.byline(brand.name, creators),
    images,
    closing: legalLines(brand, market, locale.locale).lines,
  };
  const article = articleHtml(articleInput);
  const webCopy = articleHtml({ ...articleInput, images: published }, { web: true });
  const contentLimit = imagesSpec.text.caption;
  const length = contentLimit ? countText(article.content, contentLimit.counting) : undefined;
  if (contentLimit && length !== undefined && length > contentLimit.max)
    warn(
      `${name}.html: ${length} characters with its markup, over the ${contentLimit.max} the editor takes; split the story`,
    );

  const covers = platform.covers.flatMap(({ channel, crop }) =>
    (
      kit.sections
        .find((section) => section.channel === channel)
        ?.items.find((i) => i.entry.type === "story" && i.entry.slug === story.slug)?.images ?? []
    )
      .filter((image) => image.variant === "main" && byName.has(image.name))
      .slice(0, 1)
      .map((image) => ({ name: image.name, crop })),
  );
  const fieldsText = [
    t.title,
    title,
    "",
    t.author,
    author,
    ...(digest === undefined ? [] : ["", t.digest, digest]),
    ...(covers.length > 0
      ? ["", t.covers, ...covers.map((cover) => t.coverFile(cover.name, cover.crop))]
      : []),
  ].join("\n");

  const where = { channel: platform.images, entry: entryId, locale: locale.locale };
  const page = await context.publishText(article.html, "html");
  const fields = await context.publishText(`${fieldsText}\n`, "txt");
  const articleName = `${name}.html`;
  const fieldsName = `${name}.${locale.locale}.txt`;
  return {
    files: [
      {
        name: articleName,
        path: page.path,
        kind: "article",
        bytes: page.bytes,
        sha256: page.sha256,
        ...where,
        format: "html",
        ...(contentLimit && length !== undefined
          ? {
              captionLength: length,
              captionLimit: contentLimit.max,
              counting: contentLimit.counting,
            }
          : {}),
      },
      {
        name: fieldsName,
        path: fields.path,
        kind: "article-fields",
        bytes: fields.bytes,
        sha256: fields.sha256,
        ...where,
        format: "txt",
      },
    ],
    webCopy: webCopy.html,
    article: {
      heading: t.heading(platformName(platform.images, locale.locale) ?? platform.folder),
      article: articleName,
      fields: fieldsName,
      imagesFolder: `${platform.images}/`,
      covers,
    },
  };
}

/** Alt text along the kit's locale chain, then the brand's default locale (always written). */
function altOf(asset: Asset, locales: readonly string[]): string {
  for (const locale of locales) {
    const alt = asset.alt[locale];
    if (alt) return alt;
  }
  return "";
}
