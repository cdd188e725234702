import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMarkdownSource } from "../../src/sources/markdown/markdown-source.ts";
import {
  markdown,
  minimalHouse,
  placeholderImage,
  withFiles,
  writeHouse,
} from "../support/house.ts";
import { describeSourceContract } from "./source-contract.ts";

describeSourceContract("markdown", async (files) =>
  createMarkdownSource({ root: await writeHouse(files) }),
);

describe("markdown source: on-disk conventions", () => {
  it("reads index.md in the brand's default locale and index.<locale>.md as translations", async () => {
    const root = await writeHouse(
      withFiles({
        "brand.yaml": { ...(minimalHouse()["brand.yaml"] as object), defaultLocale: "en" },
      }),
    );
    const { documents, issues } = await createMarkdownSource({ root }).load();
    const story = documents.find((doc) => doc.kind === "story");
    expect(story?.texts.map((text) => [text.locale, text.origin])).toEqual([
      ["en", "stories/la-maison/index.md"],
      ["ja", "stories/la-maison/index.ja.md"],
    ]);
    // index.en.md now repeats the default locale: reported, and index.md wins.
    expect(issues.map((issue) => `${issue.name} ${issue.origin}`)).toEqual([
      "DuplicateTranslation stories/la-maison/index.en.md",
      "DuplicateTranslation capsules/nuit/index.en.md",
      "DuplicateTranslation products/sac-nuit/index.en.md",
    ]);
  });

  it("warns about stray Markdown files and entry folders without index.md", async () => {
    const root = await writeHouse(
      withFiles({
        "stories/notes.md": "stray",
        "stories/brouillon/index.en.md": markdown({ title: "Draft" }, "x"),
        "stories/la-maison/README.md": "notes",
      }),
    );
    const { issues } = await createMarkdownSource({ root }).load();
    expect(issues.map((issue) => `${issue.name} ${issue.origin}`)).toEqual([
      "MissingFile stories/brouillon/index.md",
      "UnexpectedFile stories/la-maison/README.md",
      "UnexpectedFile stories/notes.md",
    ]);
  });

  it("keeps YAML dates as text so they are read in each market's time zone", async () => {
    const root = await writeHouse(
      withFiles({
        "stories/la-maison/index.md":
          "---\ntitle: La Maison\nhero: hero\nembargo:\n  publishAt: 2026-12-01T10:00\n---\nx\n",
      }),
    );
    const { documents } = await createMarkdownSource({ root }).load();
    const story = documents.find((doc) => doc.kind === "story");
    expect(story?.data).toMatchObject({ embargo: { publishAt: "2026-12-01T10:00" } });
  });

  it("reports a file that is not UTF-8 without stopping", async () => {
    const root = await writeHouse(minimalHouse());
    await writeFile(
      path.join(root, "stories/la-maison/index.en.md"),
      Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
    );
    const { issues, documents } = await createMarkdownSource({ root }).load();
    expect(issues).toEqual([
      expect.objectContaining({ name: "UnreadableFile", origin: "stories/la-maison/index.en.md" }),
    ]);
    expect(documents.some((doc) => doc.kind === "story")).toBe(true);
  });

  it("ignores images and other non-Markdown files inside an entry folder", async () => {
    const root = await writeHouse(minimalHouse());
    await mkdir(path.join(root, "stories/la-maison/notes"), { recursive: true });
    await writeFile(path.join(root, "stories/la-maison/sketch.jpg"), "bytes");
    const { issues } = await createMarkdownSource({ root }).load();
    expect(issues).toEqual([]);
  });
});

describe("markdown source: image hashes", () => {
  it("uses the sha256 of the image file", async () => {
    const root = await writeHouse(minimalHouse());
    const { documents } = await createMarkdownSource({ root }).load();
    const hero = documents.find((doc) => doc.id === "hero");
    expect(hero?.file?.contentHash).toBe(
      createHash("sha256").update(placeholderImage).digest("hex"),
    );
  });
});

describe("markdown source: a missing content folder", () => {
  it("reports the folder itself instead of every file in it", async () => {
    const root = path.join(await writeHouse({}), "nowhere");
    const { issues, documents } = await createMarkdownSource({ root }).load();
    expect(documents).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ name: "MissingFile", origin: root, found: "no such folder" }),
    ]);
  });
});
