import { z } from "zod";

/**
 * `dist/manifest.json`: every pack and every file in it, for machines. The JSON Schema in
 * docs/manifest.schema.json is generated from these schemas (`npm run schema`) and a test keeps
 * the two equal.
 */
export const packFileKindSchema = z.enum([
  "image",
  "caption",
  "caption-data",
  "readme",
  "manifest",
]);

export const packFileSchema = z
  .object({
    path: z.string().describe("Relative to dist/."),
    kind: packFileKindSchema,
    bytes: z.int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
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
    captionLength: z.number().optional().describe("Length in the platform's own unit."),
    captionLimit: z.int().optional(),
    counting: z.string().optional(),
  })
  .strict();

export const packManifestSchema = z
  .object({
    audience: z.string(),
    market: z.string(),
    channel: z.string(),
    path: z.string().describe("Folder of the pack, relative to dist/."),
    zip: z
      .object({
        path: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        bytes: z.int().positive(),
      })
      .strict(),
    files: z.array(packFileSchema),
  })
  .strict();

export const distManifestSchema = z
  .object({
    schemaVersion: z.literal(1),
    packs: z.array(packManifestSchema),
  })
  .strict()
  .describe("Relais build manifest: every pack and every file in it.");

export type PackFileKind = z.infer<typeof packFileKindSchema>;
export type PackFile = z.infer<typeof packFileSchema>;
export type PackManifest = z.infer<typeof packManifestSchema>;
export type DistManifest = z.infer<typeof distManifestSchema>;

export function manifestJsonSchema(): unknown {
  return z.toJSONSchema(distManifestSchema, { target: "draft-2020-12" });
}
