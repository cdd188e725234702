import { z } from "zod";
import { idSchema } from "../model/primitives.ts";
import type { KindTransform } from "./kind-transform.ts";

/** A house's query for one kind of Sanity document (docs/sanity.md). */
function kindQuery<Extra extends z.ZodRawShape>(extra?: Extra) {
  return z.union([
    z.string().min(1),
    z.strictObject({
      type: z.string().min(1).optional(),
      filter: z.string().min(1).optional(),
      projection: z.string().min(1).optional(),
      transform: z
        .custom<KindTransform>((value) => typeof value === "function", {
          message: "a function (value, context) => fields",
        })
        .optional(),
      ...(extra ?? ({} as Extra)),
    }),
  ]);
}

/** What a house writes in `relais.config.ts`. Every option is optional. */
export const configSchema = z.strictObject({
  /**
   * Folder of the Markdown source, relative to the config file.
   * @default "content" — the embedded default source lives beside the config.
   */
  content: z.string().min(1).optional(),
  /**
   * Folder the build writes, relative to the config file. It is replaced as a whole, only when a
   * build succeeds. @default "dist"
   */
  out: z.string().min(1).optional(),
  /**
   * Where content comes from: `content/` as Markdown, a Sanity dataset through the Content API, or
   * a dataset export (`.tar.gz`) read offline (docs/sanity.md). @default "markdown"
   */
  source: z.enum(["markdown", "sanity", "sanity-export"]).optional(),
  /** The Sanity sources' settings; each can also come from the environment (docs/sanity.md). */
  sanity: z
    .strictObject({
      /** @default SANITY_PROJECT_ID */
      projectId: z.string().min(1).optional(),
      /** @default SANITY_DATASET */
      dataset: z.string().min(1).optional(),
      /** Content API version. @default SANITY_API_VERSION, else "2025-02-19" */
      apiVersion: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date such as 2025-02-19" })
        .optional(),
      /** Another API host, e.g. `npm run sanity:local`'s. @default SANITY_API_HOST, else Sanity's */
      apiHost: z.url().optional(),
      /** The export archive for `source: "sanity-export"`, relative to the config file. @default SANITY_EXPORT */
      export: z.string().min(1).optional(),
      /**
       * A house's own queries per kind (docs/sanity.md, "Mapping your own schema"): a projection
       * string, or `{ type, filter, projection, transform }` (and `id` for the brand).
       */
      queries: z
        .strictObject({
          brand: kindQuery({ id: z.string().min(1).optional() }).optional(),
          audience: kindQuery().optional(),
          market: kindQuery().optional(),
          asset: kindQuery().optional(),
          story: kindQuery().optional(),
          capsule: kindQuery().optional(),
          product: kindQuery().optional(),
          moment: kindQuery().optional(),
        })
        .optional(),
      /**
       * Where the brand, audiences and markets come from when they are not in the dataset:
       * `content` reads `brand.yaml`, `audiences.yaml` and `markets/` of the content folder.
       * Parts given in `house` below are read from this file. @default the dataset
       */
      settings: z.enum(["dataset", "content"]).optional(),
      /** Documents per query page. @default 500 */
      pageSize: z.int().min(1).optional(),
      /** Time allowed for one request, in milliseconds. @default 30000 */
      timeoutMs: z.int().min(1).optional(),
      /** Retries after a rate limit, a server error or a timeout. @default 4 */
      maxRetries: z.int().min(0).optional(),
    })
    .optional(),
  /**
   * House settings written here, for a house whose entries and images are in Sanity: the brand
   * (as `brand.yaml`), the audiences (as `audiences.yaml`) and the markets by id (each as
   * `markets/<id>.yaml`). What is given here is not read from the dataset (docs/sanity.md).
   */
  house: z
    .strictObject({
      brand: z.record(z.string(), z.unknown()).optional(),
      audiences: z.record(z.string(), z.unknown()).optional(),
      markets: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
    })
    .optional(),
  /**
   * Treat every content error as a failed build (exit 1). @default false — invalid entries are
   * left out and reported and the rest is built, so one typo does not hold back a launch.
   */
  strict: z.boolean().optional(),
  /** Build only these markets (ids). @default every market in the content */
  markets: z.array(idSchema).optional(),
  /** Build only for these audiences (ids). @default every audience in the content */
  audiences: z.array(idSchema).optional(),
  /**
   * Folder of the render cache, relative to the config file. Safe to delete: it only costs a
   * full render. @default ".relais/cache"
   */
  cache: z.string().min(1).optional(),
  /**
   * Where finished renders are shared between machines, so a build can be spread over shards
   * (`relais build --shard 2/4`) and a pull request's build reuses main's work: a folder, or
   * `s3://bucket/prefix` on any S3-compatible object store (endpoint, region and credentials from
   * the standard AWS environment variables). Each machine keeps what it uses in its cache.
   * `readOnly`: read from it, never write (builds of pull requests). See docs/store.md.
   * @default none: the cache alone
   */
  store: z
    .strictObject({
      location: z.string().min(1),
      readOnly: z.boolean().optional(),
    })
    .optional(),
  /**
   * Channel records that override (same `id`, any subset of fields) or add (a new `id`, every
   * field) placements of the built-in library; see docs/channels.md.
   */
  channels: z.array(z.looseObject({ id: z.string() })).optional(),
  /**
   * The press kit site. `url` is where it is served (canonical URLs, feeds, sitemap).
   * @default { url: "http://localhost:4321", enabled: true }
   */
  site: z
    .strictObject({
      url: z.url().optional(),
      /** Build the site with the packs. @default true */
      enabled: z.boolean().optional(),
      /**
       * A file holding the secret behind unlisted kit links, relative to this config. Keep it out
       * of the repository (or set `RELAIS_KIT_SECRET` in CI, which wins). @default the secret is
       * made on the first build and kept in `.relais/kit-secret` on that machine only
       */
      kitSecretFile: z.string().min(1).optional(),
    })
    .optional(),
  render: z
    .strictObject({
      /**
       * Largest enlargement of a source allowed for an output. @default 1.25 — a quarter more
       * pixels is invisible on a phone; past it the image looks soft on the platform.
       */
      maxUpscale: z.number().min(1).optional(),
      /** What to do with an output past `maxUpscale`: leave it out (`skip`) or render it and warn (`mark`). @default "skip" */
      tooSmall: z.enum(["skip", "mark"]).optional(),
      /** Sources rendered at once. @default the number of cores */
      concurrency: z.int().min(1).optional(),
    })
    .optional(),
});

export type RelaisConfig = z.input<typeof configSchema>;

/** Typed identity: gives completion and type checks in `relais.config.ts`. */
export function defineConfig(config: RelaisConfig): RelaisConfig {
  return config;
}
