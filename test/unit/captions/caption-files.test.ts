import { describe, expect, it } from "vitest";
import { buildCaption } from "../../../src/render/captions/build-caption.ts";
import { captionFileName, captionFiles } from "../../../src/render/captions/caption-files.ts";
import { brand, capsule, emirates, image, xPost } from "./caption-fixtures.ts";

const caption = buildCaption({
  text: { title: "ليل أوريل", body: "حقيبة مصنوعة يدويًا." },
  locale: { locale: "ar", direction: "rtl" },
  brand,
  market: emirates,
  capsule,
  images: [image("Jane Doe", "CC-BY-4.0", 2024)],
  rules: xPost,
});
if (!caption) throw new Error("expected a caption");

describe("captionFiles", () => {
  it("names the text file by locale and ends it with one newline", () => {
    const files = captionFiles(caption);
    expect(captionFileName("ar")).toBe("caption.ar.txt");
    expect(Object.keys(files).sort()).toEqual(["caption.ar.txt", "json"]);
    const text = files["caption.ar.txt"];
    expect(text).toBe(`${caption.text}\n`);
    expect(text?.endsWith("\n\n")).toBe(false);
    expect(text?.startsWith("\uFEFF")).toBe(false);
  });

  it("records the caption with its counting, limit and warnings, as plain JSON", () => {
    const { json } = captionFiles(caption);
    expect(json).toEqual({
      schemaVersion: 1,
      locale: "ar",
      direction: "rtl",
      counting: "twitter",
      limit: 280,
      length: caption.length,
      truncated: caption.truncated,
      creditMoved: caption.creditMoved,
      hashtags: caption.hashtags,
      warnings: caption.warnings,
      text: caption.text,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
