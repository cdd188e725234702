/**
 * Which documents a query sees, as the Content API decides it from the `perspective` parameter,
 * for the drivers and tools that evaluate GROQ themselves (a dataset export, the local server).
 */
export type Perspective = "published" | "drafts" | "previewDrafts" | "raw";

export const perspectives: readonly Perspective[] = ["published", "drafts", "previewDrafts", "raw"];

export function isPerspective(value: unknown): value is Perspective {
  return perspectives.includes(value as Perspective);
}

export interface SanityDocumentLike {
  _id: string;
  [field: string]: unknown;
}

const DRAFT = "drafts.";
const VERSION = "versions.";

/**
 * `published`: only published documents (no `drafts.` nor `versions.` ids). `drafts` (and its
 * older name `previewDrafts`): every document as its draft shows it, under its published id, with
 * the draft's own id in `_originalId`; documents never published are included. `raw`: all.
 */
export function applyPerspective<T extends SanityDocumentLike>(
  documents: readonly T[],
  perspective: Perspective,
): T[] {
  if (perspective === "raw") return [...documents];
  const published = documents.filter((doc) => !isDraftId(doc._id) && !isVersionId(doc._id));
  if (perspective === "published") return published;
  const drafts = new Map(
    documents.filter((doc) => isDraftId(doc._id)).map((doc) => [doc._id.slice(DRAFT.length), doc]),
  );
  const overlaid = published.map((doc) => {
    const draft = drafts.get(doc._id);
    drafts.delete(doc._id);
    return draft ? { ...draft, _id: doc._id, _originalId: draft._id } : doc;
  });
  const neverPublished = [...drafts].map(([id, draft]) => ({
    ...draft,
    _id: id,
    _originalId: draft._id,
  }));
  return [...overlaid, ...neverPublished];
}

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFT);
}

function isVersionId(id: string): boolean {
  return id.startsWith(VERSION);
}
