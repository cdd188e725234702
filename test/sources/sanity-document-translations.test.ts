import { describe, expect, it } from "vitest";
import { evaluateGroq } from "../../src/sources/sanity/evaluate-groq.ts";
import { type DatasetReader, loadSnapshot } from "../../src/sources/sanity/load-snapshot.ts";

/**
 * Document-level translations, as `@sanity/document-internationalization` writes them: one
 * document per language with a `language` field, joined by a `translation.metadata` document.
 * The mapping docs/sanity.md gives (a filter keeping the base language, each field's
 * translations gathered through the metadata) reads them as one entry with a text per locale.
 */
const block = (text: string, style = "normal") => ({
  _key: `k${text.length}`,
  _type: "block",
  style,
  markDefs: [],
  children: [{ _key: "s", _type: "span", marks: [], text }],
});

const dataset = [
  {
    _id: "lesson-fr",
    _type: "lesson",
    language: "fr",
    slug: { current: "atelier" },
    title: "L'atelier",
    body: [block("Le cuir", "h2"), block("Cousu main.")],
  },
  {
    _id: "lesson-en",
    _type: "lesson",
    language: "en",
    slug: { current: "atelier-en" },
    title: "The workshop",
    body: [block("Leather", "h2"), block("Hand-stitched.")],
  },
  {
    _id: "translation.metadata.atelier",
    _type: "translation.metadata",
    schemaTypes: ["lesson"],
    translations: [
      {
        _key: "fr",
        _type: "internationalizedArrayReferenceValue",
        value: { _type: "reference", _ref: "lesson-fr" },
      },
      {
        _key: "en",
        _type: "internationalizedArrayReferenceValue",
        value: { _type: "reference", _ref: "lesson-en" },
      },
    ],
  },
];

const reader: DatasetReader = {
  source: "sanity-export",
  query: (query, params) => evaluateGroq(dataset, query, params),
  imageFile: async () => ({ location: "", exists: false }),
};

const translations = (field: string) =>
  `*[_type == "translation.metadata" && references(^._id)][0].translations[]{ "language": _key, "value": value->${field} }`;

describe("document-level translations", () => {
  it("are read as one entry with a text per locale, Portable Text converted in each", async () => {
    const { documents, issues } = await loadSnapshot(reader, {
      settings: {
        brand: {
          kind: "brand",
          id: "brand",
          origin: "config",
          data: { defaultLocale: "fr" },
          texts: [],
        },
        audiences: { kind: "audiences", id: "audiences", origin: "config", data: {}, texts: [] },
        markets: [],
      },
      queries: {
        story: {
          type: "lesson",
          filter: 'language == "fr"',
          projection: `{
            "slug": slug.current,
            "hero": "atelier-photo",
            "title": ${translations("title")},
            "body": ${translations("body")}
          }`,
        },
      },
    });
    expect(issues).toEqual([]);
    const stories = documents.filter((doc) => doc.kind === "story");
    expect(stories.map((story) => story.id)).toEqual(["atelier"]);
    expect(stories[0]?.texts.map(({ locale, data }) => ({ locale, data }))).toEqual([
      { locale: "fr", data: { title: "L'atelier", body: "## Le cuir\n\nCousu main." } },
      { locale: "en", data: { title: "The workshop", body: "## Leather\n\nHand-stitched." } },
    ]);
  });
});
