import { describe, expect, it } from "vitest";
import type { ContentErrorName } from "../../src/errors/catalog.ts";
import type { Source } from "../../src/sources/contract.ts";
import { validateCatalog } from "../../src/validate/validate-catalog.ts";
import {
  type HouseFiles,
  markdown,
  minimalHouse,
  placeholderImage,
  withFiles,
} from "../support/house.ts";

/**
 * The contract every source driver passes. A driver is given a house (the same content however
 * it stores it) and must hand back the same documents: this suite runs for `markdown` and for
 * the Sanity drivers (`sanity`, `sanity-export`).
 */
export function describeSourceContract(
  name: string,
  createSource: (files: HouseFiles) => Promise<Source>,
  {
    malformedIssue = "ContentSyntaxError",
  }: {
    /**
     * The issue a document the driver cannot read gives: malformed YAML for Markdown; for Sanity,
     * whose documents are always valid JSON, a field of a shape no schema has.
     */
    malformedIssue?: ContentErrorName;
  } = {},
) {
  describe(`source contract: ${name}`, () => {
    it("names itself", async () => {
      expect((await createSource(minimalHouse())).name).toBe(name);
    });

    it("reads every document of the house, with shared fields and text per locale", async () => {
      const { documents } = await (await createSource(minimalHouse())).load();
      expect(documents.map((doc) => `${doc.kind}:${doc.id}`).sort()).toEqual([
        "asset:detail",
        "asset:hero",
        "audiences:audiences",
        "brand:brand",
        "capsule:nuit",
        "market:fr",
        "market:jp",
        "product:sac-nuit",
        "story:la-maison",
      ]);
      const story = documents.find((doc) => doc.kind === "story");
      expect(story?.data).toEqual({ year: 1854, hero: "hero", gallery: ["detail"] });
      expect(
        Object.fromEntries((story?.texts ?? []).map((text) => [text.locale, text.data])),
      ).toEqual({
        fr: { title: "La Maison", dek: "Depuis 1854", body: "Il était une fois." },
        en: { title: "The House", body: "Once upon a time." },
        ja: { title: "メゾン", body: "昔々。" },
      });
    });

    it("tells where each asset's image is and whether it exists", async () => {
      const { documents } = await (
        await createSource(withFiles({ "assets/detail.jpg": undefined }))
      ).load();
      const files = Object.fromEntries(
        documents.filter((d) => d.kind === "asset").map((d) => [d.id, d.file?.exists]),
      );
      expect(files).toEqual({ hero: true, detail: false });
    });

    it("hashes each image's content: equal bytes, equal hash; other bytes, another hash", async () => {
      const house = withFiles({ "assets/detail.jpg": placeholderImage });
      const { documents } = await (await createSource(house)).load();
      const hashOf = (id: string) =>
        documents.find((d) => d.kind === "asset" && d.id === id)?.file?.contentHash;
      expect(hashOf("hero")).toMatch(/^[0-9a-f]{40,}$/);
      expect(hashOf("detail")).toBe(hashOf("hero"));
      const changed = await (
        await createSource(withFiles({ "assets/detail.jpg": "other bytes" }))
      ).load();
      const changedHash = changed.documents.find((d) => d.kind === "asset" && d.id === "detail")
        ?.file?.contentHash;
      expect(changedHash).not.toBe(hashOf("hero"));
    });

    it("probes each image from its bytes, and reports an image that is none for validation to judge", async () => {
      const house = withFiles({ "assets/detail.jpg": "not an image" });
      const { documents, issues } = await (await createSource(house)).load();
      const imageOf = (id: string) =>
        documents.find((d) => d.kind === "asset" && d.id === id)?.file?.image;
      expect(imageOf("hero")).toEqual({
        readable: true,
        format: "jpeg",
        width: 64,
        height: 64,
        bytes: placeholderImage.byteLength,
      });
      expect(imageOf("detail")).toMatchObject({ readable: false, bytes: 12 });
      expect(issues).toEqual([]);
      expect(validateCatalog({ documents, issues }).issues).toContainEqual(
        expect.objectContaining({ name: "ImageUnreadable", path: "file" }),
      );
    });

    it("never filters by embargo or rights: that is the planner's job", async () => {
      const embargoed = withFiles({
        "capsules/nuit/index.md": markdown(
          {
            title: "Nuit",
            season: "FW26",
            keyVisuals: ["hero"],
            products: ["sac-nuit"],
            embargo: { publishAt: "2099-03-01T10:00" },
          },
          "La nuit.",
        ),
      });
      const { documents } = await (await createSource(embargoed)).load();
      expect(documents.some((doc) => doc.kind === "capsule" && doc.id === "nuit")).toBe(true);
    });

    it("reports a malformed document as an issue and still returns the others", async () => {
      const broken = withFiles({ "stories/la-maison/index.md": "---\ntitle: [unclosed\n---\n" });
      const snapshot = await (await createSource(broken)).load();
      expect(snapshot.issues.map((issue) => issue.name)).toEqual([malformedIssue]);
      expect(snapshot.issues[0]?.origin).toContain("la-maison");
      expect(snapshot.documents.some((doc) => doc.kind === "capsule")).toBe(true);
    });

    it("gives the same snapshot twice", async () => {
      const source = await createSource(minimalHouse());
      expect(await source.load()).toEqual(await source.load());
    });

    it("validates into a catalog without issues", async () => {
      const { catalog, issues } = validateCatalog(
        await (await createSource(minimalHouse())).load(),
      );
      expect(issues).toEqual([]);
      expect(catalog?.brand.name).toBe("Maison Test");
      expect(catalog?.markets.map((m) => [m.id, m.locales, m.timeZone])).toEqual([
        ["fr", ["fr", "en"], "Europe/Paris"],
        ["jp", ["ja", "en"], "Asia/Tokyo"],
      ]);
    });
  });
}
