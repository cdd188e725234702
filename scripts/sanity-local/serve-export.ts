import { stat } from "node:fs/promises";
import { readExportArchive } from "../../src/sources/sanity-export/read-export-archive.ts";
import { restoreAssetReferences } from "../../src/sources/sanity-export/restore-asset-references.ts";
import type { Fault } from "./faults.ts";
import { type LocalSanity, startLocalSanity } from "./server.ts";

/**
 * A house's own `sanity dataset export`, served as the dataset it was: the export driver's own
 * code unpacks it and restores its asset references and `sanity.imageAsset` documents, so the
 * `sanity` source reading this server and the `sanity-export` source reading the archive read
 * the same documents and the same image bytes.
 */
export interface LocalExportOptions {
  /** The `.tar.gz` written by `sanity dataset export`. */
  file: string;
  /** @default "local01" */
  projectId?: string;
  /** @default the archive's, from its `<dataset>-export-<date>` folder, else "production" */
  dataset?: string;
  token?: string;
  faults?: readonly Fault[];
  /** @default 0 (any free port) */
  port?: number;
}

export interface LocalExport extends LocalSanity {
  projectId: string;
  dataset: string;
}

export const DEFAULT_EXPORT_PROJECT_ID = "local01";

const CDN = "https://cdn.sanity.io";

/** What @sanity/client accepts, so a bad name fails here and not at the first query. */
const PROJECT_ID = /^[-a-z0-9]+$/i;
const DATASET = /^~?[a-z0-9][-\w]{0,63}$/;

/** A mistake in what `sanity:local --export` was given: the message says what to do. */
export class LocalExportError extends Error {
  override readonly name = "LocalExportError";
}

export async function startLocalSanityFromExport(
  options: LocalExportOptions,
): Promise<LocalExport> {
  await checkIsFile(options.file);
  const projectId = options.projectId ?? DEFAULT_EXPORT_PROJECT_ID;
  if (!PROJECT_ID.test(projectId)) {
    throw new LocalExportError(
      `The project id "${projectId}" is not one Sanity accepts: use letters, digits and dashes.`,
    );
  }
  if (options.dataset !== undefined) checkDataset(options.dataset);

  const archive = await readExportArchive(options.file);
  try {
    const dataset = options.dataset ?? datasetOfFolder(archive.folder) ?? "production";
    const restored = await restoreAssetReferences(archive);
    // The images move from the archive to this server's CDN path, as an import would put them.
    const names = new Map(restored.images.map((image) => [image.assetId, image.name]));
    const documents = restored.documents.map((doc) => {
      const name = names.get(String(doc._id));
      if (doc._type !== "sanity.imageAsset" || name === undefined) return doc;
      const where = `images/${projectId}/${dataset}/${name}`;
      return { ...doc, path: where, url: `${CDN}/${where}` };
    }) as { _id: string }[];
    const server = await startLocalSanity({
      documents,
      imageFiles: new Map(restored.images.map((image) => [image.assetId, image.location])),
      projectId,
      dataset,
      ...(options.token === undefined ? {} : { token: options.token }),
      ...(options.faults ? { faults: options.faults } : {}),
      ...(options.port === undefined ? {} : { port: options.port }),
    });
    return {
      ...server,
      projectId,
      dataset,
      // The images are read from the unpacked archive until the server stops.
      close: async () => {
        await server.close();
        await archive.dispose();
      },
    };
  } catch (error) {
    await archive.dispose();
    throw error;
  }
}

/** `<dataset>-export-<date>`, as `sanity dataset export` names the archive's folder. */
export function datasetOfFolder(folder: string | undefined): string | undefined {
  const dataset = folder && /^(.+)-export-\d{4}-\d{2}-\d{2}t[\d-]+z$/i.exec(folder)?.[1];
  return dataset && DATASET.test(dataset) ? dataset : undefined;
}

function checkDataset(dataset: string) {
  if (DATASET.test(dataset)) return;
  throw new LocalExportError(
    `The dataset "${dataset}" is not a Sanity dataset name: use lowercase letters, digits, "_" and "-" (at most 64), starting with a letter or digit.`,
  );
}

async function checkIsFile(file: string) {
  const info = await stat(file).catch(() => undefined);
  const what = "Give the .tar.gz that `sanity dataset export` wrote";
  if (!info) throw new LocalExportError(`${file}: no such file. ${what}.`);
  if (info.isDirectory()) {
    throw new LocalExportError(
      `${file} is a folder. ${what}, not the folder it unpacks to (or pack it again with \`tar czf\`).`,
    );
  }
}
