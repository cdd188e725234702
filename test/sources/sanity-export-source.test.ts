import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSanityExportSource } from "../../src/sources/sanity-export/sanity-export-source.ts";
import { minimalHouse } from "../support/house.ts";
import { writeExportArchive } from "../support/sanity-export-archive.ts";
import { sanityHouse } from "../support/sanity-house.ts";
import { describeSourceContract } from "./source-contract.ts";

const cacheDir = () => mkdtemp(path.join(tmpdir(), "relais-sanity-cache-"));

describeSourceContract(
  "sanity-export",
  async (files) =>
    createSanityExportSource({
      file: await writeExportArchive(await sanityHouse(files)),
      cacheDir: await cacheDir(),
    }),
  { malformedIssue: "InvalidFieldType" },
);

describe("sanity-export source", () => {
  it("leaves drafts out unless asked, as the live source does", async () => {
    const house = await sanityHouse(minimalHouse());
    const story = house.documents.find((doc) => doc._type === "relaisStory");
    house.documents.push({
      ...story,
      _id: `drafts.${story?._id}`,
      title: [{ _key: "fr", value: "Brouillon" }],
    });
    const file = await writeExportArchive(house);
    const titles = async (perspective: "published" | "drafts") => {
      const source = createSanityExportSource({ file, cacheDir: await cacheDir(), perspective });
      const { documents } = await source.load();
      return documents.find((doc) => doc.kind === "story")?.texts[0]?.data;
    };
    expect(await titles("published")).toMatchObject({ title: "La Maison" });
    expect(await titles("drafts")).toMatchObject({ title: "Brouillon" });
  });

  it("reports an image missing from the archive as a missing file", async () => {
    const house = await sanityHouse(minimalHouse());
    const file = await writeExportArchive(house, { drop: ["hero.jpg", "detail.jpg"] });
    const { documents } = await createSanityExportSource({
      file,
      cacheDir: await cacheDir(),
    }).load();
    expect(documents.filter((doc) => doc.kind === "asset").map((doc) => doc.file?.exists)).toEqual([
      false,
      false,
    ]);
  });

  it("stops with a clear error on an archive that is not an export", async () => {
    const file = path.join(await cacheDir(), "not-an-export.tar.gz");
    await writeFile(file, "plain text");
    await expect(
      createSanityExportSource({ file, cacheDir: await cacheDir() }).load(),
    ).rejects.toMatchObject({
      name: "SourceUnavailableError",
      source: "sanity-export",
      message: expect.stringContaining("written by `sanity dataset export`"),
    });
  });
});
