import type { ContentErrorName } from "../errors/catalog.ts";
import { type ContentIssue, createIssue } from "../errors/issue.ts";
import { type Entry, entryAssetIds } from "../model/entries.ts";
import type { RawDocument } from "../sources/contract.ts";

/** Mistakes in an asset's image file itself (as opposed to its rights or alt text). */
const IMAGE_FILE_MISTAKES: ReadonlySet<ContentErrorName> = new Set([
  "ImageUnreadable",
  "ImageTooLarge",
  "ImageTooSmall",
  "AssetFileMissing",
  "PathOutsideContent",
]);

/** By asset id, the first mistake found in its image file. */
export function brokenImagesOf(
  documents: readonly RawDocument[],
  issues: readonly ContentIssue[],
): Map<string, ContentIssue> {
  const idOf = new Map(
    documents.filter((doc) => doc.kind === "asset").map((doc) => [doc.origin, doc.id]),
  );
  const broken = new Map<string, ContentIssue>();
  for (const issue of issues) {
    const id = idOf.get(issue.origin);
    if (id !== undefined && IMAGE_FILE_MISTAKES.has(issue.name) && !broken.has(id))
      broken.set(id, issue);
  }
  return broken;
}

/**
 * An entry that shows a broken image is left out whole, not published without it: the editor
 * chose that image for the launch, and the story or capsule is held until it is replaced. The
 * rest of the build goes on.
 */
export function checkEntryImages(
  entry: Entry,
  broken: ReadonlyMap<string, ContentIssue>,
): ContentIssue[] {
  return entryAssetIds(entry).flatMap((id) => {
    const cause = broken.get(id);
    if (!cause) return [];
    return [
      createIssue("EntryImageUnusable", {
        origin: entry.origin,
        path: fieldOf(entry, id),
        expected: "images that can be published",
        found: `"${id}", whose image cannot be used (${cause.name}: ${cause.found})`,
      }),
    ];
  });
}

function fieldOf(entry: Entry, id: string): string {
  if (entry.type === "story") {
    if (entry.data.hero === id) return "hero";
    return `gallery[${entry.data.gallery.indexOf(id)}]`;
  }
  if (entry.type === "capsule") return `keyVisuals[${entry.data.keyVisuals.indexOf(id)}]`;
  return `images[${entry.data.images.indexOf(id)}]`;
}
