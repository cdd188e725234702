import { z } from "zod";

/**
 * `dist/manifest.json`: every kit and every file in it, for machines. The JSON Schema in
 * docs/manifest.schema.json is generated from these schemas (`npm run schema`) and a test keeps
 * the two equal.
 */
export const kitFileKindSchema = z
  .enum([
    "image",
    "original",
    "caption",
    "readme",
    "brief",
    "article",
    "article-fields",
    "live-sticker",
    "product-card",
    "talking-points",
    "disclosure-sheet",
  ])
  .describe(
    "brief: BRIEF.txt, the launch's talking points, do's and don'ts, key dates and each image's usage window; article: a story as an HTML page to paste into a long-form editor (WeChat, Naver Blog); article-fields: its title, author, digest and covers as text. A live-shopping moment's kit adds live-sticker (a countdown frame's sticker text), product-card (HTML: picture, name, price, availability), talking-points and disclosure-sheet.",
  );

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const kitFileSchema = z
  .object({
    name: z
      .string()
      .describe(
        "Path inside the kit, under its top folder: a folder per platform and placement, e.g. instagram/feed-portrait/herbier-01-silk-ribbon.jpg.",
      ),
    path: z
      .string()
      .describe(
        "Where the file is, relative to dist/: files/<content hash>.<extension>. Each distinct file is published once; every kit that holds it points to it.",
      ),
    kind: kitFileKindSchema,
    bytes: z.int().nonnegative(),
    sha256,
    channel: z.string().optional().describe("The placement, e.g. instagram/feed-portrait."),
    entry: z.string().optional().describe("type/slug of the entry, e.g. story/la-maison-1854"),
    locale: z.string().optional(),
    width: z.int().positive().optional(),
    height: z.int().positive().optional(),
    format: z.string().optional(),
    asset: z.string().optional().describe("Id of the source asset."),
    credit: z.string().optional(),
    licence: z.string().optional(),
    quality: z
      .int()
      .optional()
      .describe("Encoder quality used; lower than the record's when the byte budget forced it."),
    captionLength: z
      .number()
      .optional()
      .describe("Length in the platform's own unit (an article's: its content with the markup)."),
    captionLimit: z.int().optional(),
    counting: z.string().optional(),
    hashtags: z.array(z.string()).optional().describe("The caption's hashtags, without syntax."),
    creditMoved: z
      .boolean()
      .optional()
      .describe("The credit line did not fit the caption: it is in the README and the XMP."),
  })
  .strict();

export const kitManifestSchema = z
  .object({
    id: z
      .string()
      .describe("market/audience/type-slug of the launch, e.g. fr/press/capsule-herbier"),
    audience: z.string(),
    market: z.string(),
    launch: z.string().describe("type/slug of the launch: a story, a capsule or a product."),
    entries: z.array(z.string()).describe("type/slug of every entry in the kit, the launch first."),
    locale: z.string().describe("The locale of the kit's texts and README."),
    name: z
      .string()
      .describe(
        "The kit's top folder and archive name, e.g. maison-aurele_herbier_fr_ambassadeurs.",
      ),
    files: z.array(kitFileSchema),
  })
  .strict();

export const launchIndicatorSchema = z
  .object({
    launch: z.string().describe("type/slug of the launch, as the kits name it."),
    markets: z.array(z.string()).describe("The markets it shipped to in this build."),
    audiences: z.array(z.string()).describe("The audiences its kits are for."),
    platforms: z.array(z.string()).describe("The platforms its kits' files are for, e.g. line."),
    channels: z.array(z.string()).describe("The placements, e.g. line/imagemap."),
    kits: z.int().nonnegative(),
    files: z
      .int()
      .nonnegative()
      .describe("Files of its kits together (a shared file counts in each)."),
    ambassadors: z
      .array(z.string())
      .optional()
      .describe(
        "Ids of the ambassadors who have the launch on their personal page: in the report only, never in the published manifest (who an ambassador is, and their links, reach them through their own page).",
      ),
    upcoming: z
      .array(
        z
          .object({
            kind: z.enum(["embargo-lifts", "withdrawn", "licence-expires", "session-ends"]),
            market: z.string(),
            at: z.string().describe("The instant, in UTC."),
            local: z.string().describe("The same instant in the market's time zone."),
            entry: z
              .string()
              .optional()
              .describe("type/slug of the entry concerned, when not the launch itself."),
            asset: z.string().optional().describe("The image whose licence expires."),
          })
          .strict(),
      )
      .describe(
        "Per market, the next moment of each kind at which the clock alone changes the launch. The manifest lists only withdrawals and licence expiries in markets it shipped to: an embargo lift is a date of something still embargoed, for the report only.",
      ),
  })
  .strict();

export const distManifestSchema = z
  .object({
    schemaVersion: z.literal(2),
    kits: z.array(kitManifestSchema),
    moments: z
      .array(kitManifestSchema)
      .optional()
      .describe(
        "Live-shopping kits, one per moment (launch moment/<id>): covers, countdown frames, product cards, talking points, disclosure sheet. Only once everything the moment shows is public in its market.",
      ),
    launches: z
      .array(launchIndicatorSchema)
      .optional()
      .describe(
        "Per launch: where it shipped in this build and what is coming up for it. Only launches with kits: an embargoed launch is never named.",
      ),
    next: z
      .object({ at: z.string().describe("The instant, in UTC.") })
      .strict()
      .nullable()
      .optional()
      .describe(
        "The next instant at which a build gives another output by the clock alone (an embargo lifts, an entry is withdrawn, a licence expires), or null when none will: a scheduled build can wait until then. Only the instant: what changes then may be embargoed, and is listed by `relais next` and in the report.",
      ),
  })
  .strict()
  .describe(
    "Relais build manifest: every kit (one launch for one audience in one market) and every file in it.",
  );

export type KitFileKind = z.infer<typeof kitFileKindSchema>;
export type KitFile = z.infer<typeof kitFileSchema>;
export type KitManifest = z.infer<typeof kitManifestSchema>;
export type DistManifest = z.infer<typeof distManifestSchema>;
export type LaunchIndicator = z.infer<typeof launchIndicatorSchema>;

export function manifestJsonSchema(): unknown {
  return z.toJSONSchema(distManifestSchema, { target: "draft-2020-12" });
}
