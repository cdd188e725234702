import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { SanityDocumentLike } from "../../src/sources/sanity/perspective.ts";
import { contentToSanityDocuments, documentId } from "./content-to-documents.ts";
import { FIXTURE_PLACE } from "./fixture-place.ts";

/**
 * Regenerates fixtures/sanity/maison-aurele.ndjson from content/: the sample house as a Sanity
 * dataset, for the local Content API server, the tests and demos. Two drafts are added that no
 * build may ever show: an unpublished edit of a story's title and a capsule never published.
 *
 *   node scripts/sanity-local/content-to-ndjson.ts [content-folder] [output-file]
 */
const repository = path.resolve(import.meta.dirname, "../..");
const contentRoot = path.resolve(process.argv[2] ?? path.join(repository, "content"));
const output = path.resolve(
  process.argv[3] ?? path.join(repository, "fixtures/sanity/maison-aurele.ndjson"),
);

const { documents, issues } = await contentToSanityDocuments(contentRoot, FIXTURE_PLACE);
const errors = issues.filter((issue) => issue.severity === "error");
if (errors.length > 0) {
  for (const issue of errors) console.error(`${issue.origin}: ${issue.name} ${issue.found}`);
  process.exit(1);
}

const story = documents.find((doc) => doc._id === documentId("story", "la-maison-1854"));
if (!story) throw new Error("content/ has no story la-maison-1854 to draft an edit of");
const drafts: SanityDocumentLike[] = [
  {
    ...story,
    _id: `drafts.${story._id}`,
    _updatedAt: "2026-02-01T08:30:00Z",
    title: (story.title as { _key: string; value: string }[]).map((item) =>
      item._key === "fr" ? { ...item, value: "BROUILLON — titre en cours de relecture" } : item,
    ),
  },
  {
    _id: `drafts.${documentId("capsule", "jardin-d-hiver")}`,
    _type: "relaisCapsule",
    _createdAt: "2026-02-01T08:30:00Z",
    _updatedAt: "2026-02-01T08:30:00Z",
    _rev: "relais-fixture",
    slug: { _type: "slug", current: "jardin-d-hiver" },
    season: "FW27",
    keyVisuals: [
      { _key: "wood-grain", _type: "reference", _ref: documentId("asset", "wood-grain") },
    ],
    title: [{ _key: "fr", _type: "relaisLocaleString", value: "Jardin d'hiver (brouillon)" }],
    body: [{ _key: "fr", _type: "relaisLocaleText", value: "Ébauche : jamais publiée." }],
  },
];

const lines = [...documents, ...drafts].map((doc) => JSON.stringify(doc));
await writeFile(output, `${lines.join("\n")}\n`);
console.error(`Wrote ${lines.length} documents to ${path.relative(process.cwd(), output)}`);
