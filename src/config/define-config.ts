import { z } from "zod";
import { idSchema } from "../model/primitives.ts";

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
  /** Where content comes from. @default "markdown" — the only driver until the Sanity ones land. */
  source: z.enum(["markdown"]).optional(),
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
