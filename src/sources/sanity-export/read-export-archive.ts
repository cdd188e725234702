import { rmSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { extract } from "tar";
import { cleanUpOnExit } from "../../fs/exit-cleanup.ts";
import { makeOwnedFolder } from "../../fs/owned-folder.ts";
import { SourceUnavailableError } from "../source-unavailable-error.ts";

/** The parts of a `sanity dataset export` archive the driver reads. */
export interface ExportArchive {
  /** The archive, as given: messages name it. */
  file: string;
  /**
   * The folder data.ndjson is in, `<dataset>-export-<date>` as the CLI names it, or undefined
   * when the archive holds it at its root.
   */
  folder: string | undefined;
  /** data.ndjson, one document a line (drafts included unless exported with --no-drafts). */
  documents: Record<string, unknown>[];
  /**
   * assets.json: each asset document's own fields (`originalFilename`, `sha1hash`…) by
   * `image-<sha1 of the file's bytes>`, which is not always the file's name (an SVG's is not).
   */
  assets: Record<string, Record<string, unknown>>;
  /** Files of images/ (`<asset id>-<w>x<h>.<ext>`) → their path in the unpacked archive. */
  images: Map<string, string>;
  /** Removes the unpacked copy. */
  dispose(): Promise<void>;
}

/** Unpacked archives: `<tmp>/relais-sanity-export-<owner>-<random>` (see `makeOwnedFolder`). */
export const EXPORT_FOLDER_PREFIX = "relais-sanity-export-";

/**
 * Unpacks the archive (`<dataset>-export-<date>/data.ndjson, assets.json, images/, files/`, as
 * the Sanity CLI writes it) into a temporary folder and reads it. An archive that cannot be read
 * is not a content mistake: it stops the run.
 */
export async function readExportArchive(file: string): Promise<ExportArchive> {
  const folder = await makeOwnedFolder(tmpdir(), EXPORT_FOLDER_PREFIX);
  const forget = cleanUpOnExit(() => rmSync(folder, { recursive: true, force: true }));
  const dispose = async () => {
    forget();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    // tar refuses absolute paths and `..` in entry names, so nothing lands outside `folder`.
    await extract({ file, cwd: folder });
    const root = await findExportRoot(folder);
    if (!root) throw unreadable(file, "it holds no data.ndjson");
    const documents = parseNdjson(await readFile(path.join(root, "data.ndjson"), "utf8"), file);
    const assets = await readAssetsJson(path.join(root, "assets.json"), file);
    const imageFolder = path.join(root, "images");
    const names = await readdir(imageFolder).catch(() => [] as string[]);
    const images = new Map(names.map((name) => [name, path.join(imageFolder, name)]));
    const top = path.relative(folder, root);
    return { file, folder: top === "" ? undefined : top, documents, assets, images, dispose };
  } catch (error) {
    await dispose();
    if (error instanceof SourceUnavailableError) throw error;
    throw unreadable(file, (error as Error).message);
  }
}

/** The folder holding data.ndjson: the archive's top folder, or the archive root itself. */
async function findExportRoot(folder: string): Promise<string | undefined> {
  const entries = await readdir(folder, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === "data.ndjson")) return folder;
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const inner = await readdir(path.join(folder, entry.name));
    if (inner.includes("data.ndjson")) return path.join(folder, entry.name);
  }
  return undefined;
}

function parseNdjson(text: string, file: string): Record<string, unknown>[] {
  return text.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    try {
      const document = JSON.parse(line) as Record<string, unknown>;
      if (typeof document?._id !== "string") throw new Error("no _id");
      return [document];
    } catch (error) {
      throw unreadable(
        file,
        `line ${index + 1} of data.ndjson is not a document (${(error as Error).message})`,
      );
    }
  });
}

async function readAssetsJson(location: string, file: string) {
  let text: string;
  try {
    text = await readFile(location, "utf8");
  } catch {
    // Exported with --no-assets-map: the image files alone still give sha1, size and extension.
    return {};
  }
  try {
    return JSON.parse(text) as Record<string, Record<string, unknown>>;
  } catch (error) {
    throw unreadable(file, `assets.json is not JSON (${(error as Error).message})`);
  }
}

function unreadable(file: string, why: string): SourceUnavailableError {
  return new SourceUnavailableError(
    "sanity-export",
    "unreadable",
    `Sanity export ${file} cannot be read: ${why}. Check that it is a .tar.gz written by \`sanity dataset export\`, and export again if it was cut short.`,
  );
}
