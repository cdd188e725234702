import { describe, expect, it } from "vitest";
import { markdownToText } from "../../../src/render/captions/markdown-text.ts";

describe("markdownToText", () => {
  it("unmarks emphasis and links, keeps paragraphs apart", () => {
    const markdown = "Un *sac* en **cuir** [sellier](https://maison-aurele.com).\n\nDepuis 1854.";
    expect(markdownToText(markdown)).toBe("Un sac en cuir sellier.\n\nDepuis 1854.");
  });

  it("turns soft line breaks into spaces, and into nothing between Japanese characters", () => {
    expect(markdownToText("Le sac\nNuit")).toBe("Le sac Nuit");
    expect(markdownToText("東京の\n職人")).toBe("東京の職人");
    expect(markdownToText("奥蕾尔\nMaison")).toBe("奥蕾尔 Maison");
  });

  it("keeps hard line breaks", () => {
    expect(markdownToText("Première ligne  \nSeconde ligne")).toBe("Première ligne\nSeconde ligne");
  });

  it("writes headings as paragraphs and list items one a line", () => {
    expect(markdownToText("## La maison\n\n- gants\n- soie\n")).toBe(
      "La maison\n\n– gants\n– soie",
    );
  });

  it("leaves out images, HTML and thematic breaks, and decodes entities", () => {
    const markdown = "![Un sac](sac.jpg)\n\n<div>brut</div>\n\n---\n\nCuir &amp; soie";
    expect(markdownToText(markdown)).toBe("Cuir & soie");
  });

  it("returns NFC text and an empty string for an empty body", () => {
    expect(markdownToText("Cafe\u0301")).toBe("Caf\u00E9");
    expect(markdownToText("")).toBe("");
  });
});
