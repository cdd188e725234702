import { defineConfig, slugify } from "relais";

/**
 * The SchemaUI starter (a public Next.js + Sanity template) built with Relais, without changing
 * its schema: its posts become stories and the images they show become assets. The house
 * settings (brand, audiences, markets) are written here; Sanity holds only the content.
 * docs/sanity.md walks through this file.
 *
 *   npm run relais -- build --config examples/schemaui-starter/relais.config.ts
 */

/** The starter is MIT-licensed, its images included (see its LICENSE). */
const licence = {
  name: "MIT",
  url: "https://github.com/serge-0v/next-js-sanity-starter/blob/main/LICENSE",
  usage: ["social", "editorial"],
};

interface ImageFile {
  originalFilename?: string | null;
  sha1hash: string;
}

/**
 * An image's Relais id, which names its files in every kit: `headless-cms-f3a23c` for
 * headless-cms.webp, readable, and unique by its hash (two uploads may share a file name).
 */
function assetId(image: ImageFile | null | undefined): string | undefined {
  if (!image) return undefined;
  const name = slugify((image.originalFilename ?? "image").replace(/\.[a-z0-9]+$/i, ""));
  return `${name.slice(0, 60) || "image"}-${image.sha1hash.slice(0, 6)}`;
}

export default defineConfig({
  source: "sanity-export",
  out: "dist",
  cache: ".relais/cache",
  site: { url: "https://press.schemaui.example" },
  sanity: {
    // `relais build --source sanity` reads the same documents live (npm run sanity:local -- --export …).
    export: "../../fixtures/sanity/schemaui-starter/sample-data.tar.gz",
    queries: {
      story: {
        type: "post",
        // A post still being written has no slug yet: it is not a story to publish.
        filter: "defined(slug.current)",
        projection: `{
          "slug": slug.current,
          "year": 2025,
          "hero": image.asset->{ originalFilename, sha1hash },
          "gallery": body[_type == "image"].asset->{ originalFilename, sha1hash },
          "tags": categories[]->title,
          title,
          "dek": excerpt,
          body
        }`,
        // What GROQ cannot say: ids from file names, tags from titles, and the starter's video
        // embeds (no Markdown form) as a link to the video.
        transform: (value) => {
          const post = value as {
            hero: ImageFile | null;
            gallery: ImageFile[] | null;
            tags: string[] | null;
            body: { _type: string; _key: string; videoId?: string }[] | null;
          };
          return {
            ...post,
            hero: assetId(post.hero),
            gallery: (post.gallery ?? []).map(assetId),
            tags: (post.tags ?? []).map(slugify),
            body: (post.body ?? []).map((block) =>
              block._type === "youtube" ? videoLink(block._key, block.videoId ?? "") : block,
            ),
          };
        },
      },
      asset: {
        // The image documents Sanity keeps for every upload: those a post shows.
        type: "sanity.imageAsset",
        filter: `count(*[_type == "post" && references(^._id)]) > 0`,
        projection: `{
          "image": { "asset": { url, sha1hash, size, extension, originalFilename } },
          "alt": coalesce(
            *[_type == "post" && image.asset._ref == ^._id][0].image.alt,
            *[_type == "post"].body[_type == "image" && asset._ref == ^.^._id][0].alt
          ),
          "credit": { "creator": "Schema UI", "year": 2025 },
          "licence": ${JSON.stringify(licence)}
        }`,
        transform: (value) => {
          const asset = value as { image: { asset: ImageFile } };
          return { ...asset, slug: assetId(asset.image.asset) };
        },
      },
    },
  },
  house: {
    brand: {
      name: "Schema UI",
      defaultLocale: "en",
      website: "https://schemaui.com",
      hashtags: ["SchemaUI"],
      creditLine: { en: "Image: {creator} {year} · {licence}" },
      legalLines: { en: ["© Schema UI."] },
    },
    audiences: {
      public: {
        name: "Readers",
        description: "Readers who share the posts they like.",
        receives: ["story"],
        usage: "social",
        listed: true,
      },
      press: {
        name: "Press",
        description: "Journalists writing about the starter.",
        receives: ["story"],
        usage: "editorial",
        listed: true,
      },
    },
    markets: {
      us: {
        name: "United States",
        locales: ["en"],
        timeZone: "America/New_York",
        channels: ["instagram/feed-portrait", "linkedin/post", "x/post", "x/card"],
      },
      gb: {
        name: "United Kingdom",
        locales: ["en"],
        timeZone: "Europe/London",
        channels: ["instagram/feed-square", "linkedin/post", "x/card"],
      },
    },
  },
});

/** A video embed as a paragraph linking to the video. */
function videoLink(key: string, videoId: string) {
  const href = `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
  return {
    _type: "block",
    _key: key,
    style: "normal",
    markDefs: [{ _type: "link", _key: `${key}-link`, href }],
    children: [
      { _type: "span", _key: `${key}-text`, text: "Watch the video", marks: [`${key}-link`] },
    ],
  };
}
