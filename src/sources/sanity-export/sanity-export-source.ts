import { readFile } from "node:fs/promises";
import { ContentStore } from "../../store/content-store.ts";
import { localStoreFolder } from "../../store/open-store.ts";
import type { RawDocument, Source } from "../contract.ts";
import { evaluateGroq } from "../sanity/evaluate-groq.ts";
import {
  imageFileOf,
  missingImagePath,
  readCachedImage,
  storeImage,
} from "../sanity/image-cache.ts";
import { imageBytesMismatch } from "../sanity/image-integrity.ts";
import { loadSnapshot, type SettingsElsewhere } from "../sanity/load-snapshot.ts";
import type { ImageAssetInfo } from "../sanity/map-document.ts";
import { applyPerspective } from "../sanity/perspective.ts";
import type { SanityQueries } from "../sanity/projections.ts";
import { asQueryRejected } from "../sanity/query-rejected.ts";
import { SourceUnavailableError } from "../source-unavailable-error.ts";
import { readExportArchive } from "./read-export-archive.ts";
import { type RestoredImage, restoreAssetReferences } from "./restore-asset-references.ts";

export interface SanityExportSourceOptions {
  /** The `.tar.gz` written by `sanity dataset export`. */
  file: string;
  /** Where images are kept, by content: the same cache as the `sanity` driver's. */
  cacheDir: string;
  /** `published` (the default) leaves every draft out; `drafts` shows drafts over published. */
  perspective?: "published" | "drafts";
  /** A house's own GROQ per kind of document, as for the `sanity` driver. */
  queries?: SanityQueries;
  /** House settings read outside the dataset (the config, or `content/`). */
  settings?: SettingsElsewhere;
  /** Documents per query page. @default 500 */
  pageSize?: number;
}

/**
 * A dataset export read offline: the same GROQ as the `sanity` driver, evaluated with groq-js
 * over the archive, and the same mapping, so the same dataset gives the same documents (origins
 * included) whichever of the two read it.
 */
export function createSanityExportSource(options: SanityExportSourceOptions): Source {
  return {
    name: "sanity-export",
    load: async () => {
      const archive = await readExportArchive(options.file);
      try {
        const restored = await restoreAssetReferences(archive);
        const dataset = applyPerspective(
          restored.documents as { _id: string }[],
          options.perspective ?? "published",
        );
        const images = imagesByContent(restored.images);
        const store = new ContentStore({ local: localStoreFolder(options) });
        return await loadSnapshot(
          {
            source: "sanity-export",
            query: (query, params) =>
              evaluateGroq(dataset, query, params).catch((error: unknown) => {
                throw asQueryRejected(error);
              }),
            imageFile: (image, origin) => copyImage(images, options, store, image, origin),
          },
          { queries: options.queries, settings: options.settings, pageSize: options.pageSize },
        );
      } finally {
        await archive.dispose();
      }
    },
  };
}

/**
 * The archive's images by what an asset query returns of them (`sha1hash` and `extension`), not
 * by their file names: those follow the asset's `_id`, which is not its sha1 for an SVG.
 */
function imagesByContent(images: readonly RestoredImage[]): Map<string, RestoredImage> {
  return new Map(images.map((image) => [`${image.sha1hash}.${image.extension}`, image]));
}

/** The image from the archive into the shared cache, verified as a download would be. */
async function copyImage(
  images: ReadonlyMap<string, RestoredImage>,
  { cacheDir, file }: SanityExportSourceOptions,
  store: ContentStore,
  image: ImageAssetInfo,
  assetOrigin: string,
): Promise<NonNullable<RawDocument["file"]>> {
  const cached = await readCachedImage(store, image);
  if (cached) return imageFileOf(cached.file, cached.bytes);
  const inArchive = images.get(`${image.sha1hash}.${image.extension}`);
  if (!inArchive) return { location: missingImagePath(cacheDir, image), exists: false };
  const bytes = await readFile(inArchive.location);
  const mismatch = imageBytesMismatch(bytes, image);
  if (mismatch) {
    throw new SourceUnavailableError(
      "sanity-export",
      "integrity",
      `Sanity export ${file}: the image of ${assetOrigin} (images/${inArchive.name}) has ${mismatch}. The archive is damaged: export the dataset again.`,
    );
  }
  return imageFileOf(await storeImage(store, image, bytes), bytes);
}
