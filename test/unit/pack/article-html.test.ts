import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { articleHtml } from "../../../src/pack/article-html.ts";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

function elementsOf(node: Node): Element[] {
  const own = "tagName" in node ? [node as Element] : [];
  const children = "childNodes" in node ? node.childNodes : [];
  const template = "content" in node ? [node.content as Node] : [];
  return [...own, ...[...children, ...template].flatMap(elementsOf)];
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

const images = [
  { asset: "hero", src: "article-image/s-01-hero.jpg", alt: "A bag", credit: "Photo: A" },
  { asset: "detail", src: "article-image/s-02-detail.jpg", alt: "A stitch", credit: "Photo: B" },
];

function article(body: string) {
  return articleHtml({
    body,
    locale: "zh-Hans",
    direction: "ltr",
    title: "标题",
    byline: "文｜Maison",
    images,
    closing: ["© Maison"],
  });
}

describe("articleHtml", () => {
  it("lets no script, style, class, id or event handler through from a story's Markdown", () => {
    const { html } = article(
      [
        "Before.",
        "",
        "<script>alert('block')</script>",
        "",
        '<style class="theme">p { color: red }</style>',
        "",
        'Inline <span class="x" id="y" onclick="steal()">kept text</span> and <script>alert(2)</script>.',
        "",
        '<img src="x.jpg" onerror="alert(3)">',
        "",
        "[a link](javascript:alert(4)) and [another](https://example.com)",
        "",
        '<iframe src="https://example.com"></iframe>',
        "",
        "<!-- a comment -->",
      ].join("\n"),
    );
    const document = parse(html);
    const elements = elementsOf(document);
    const tags = new Set(elements.map((e) => e.tagName));
    for (const tag of ["script", "style", "iframe", "span", "a", "link"])
      expect(tags.has(tag), tag).toBe(false);
    for (const element of elements)
      for (const { name } of element.attrs) expect(name).not.toMatch(/^(class|id|on.*)$/i);
    const text = textOf(document);
    expect(text).not.toMatch(/alert|color: red|steal|comment/);
    expect(text).toContain("kept text");
    expect(text).toContain("a link and another");
    // The only images are the story's own, each a file beside the article.
    const srcs = elements
      .filter((e) => e.tagName === "img")
      .map((e) => e.attrs.find((a) => a.name === "src")?.value);
    expect(srcs).toEqual(images.map((image) => image.src));
  });

  it("styles every element inline and places an image where the body names it", () => {
    const { html, content } = article(
      "# Heading one\n\nFirst.\n\n![A stitch](detail)\n\n## Two\n\n- one\n- **two**\n",
    );
    const elements = elementsOf(parse(html));
    const body = elements.find((e) => e.tagName === "body");
    if (!body) throw new Error("no body");
    for (const element of elementsOf(body).filter((e) => e !== body && e.tagName !== "br"))
      expect(
        element.attrs.some((a) => a.name === "style"),
        element.tagName,
      ).toBe(true);
    // The body's `#` is a section heading: WeChat's title is a field of its own.
    expect(elements.some((e) => e.tagName === "h1")).toBe(false);
    const order = [...content.matchAll(/<img src="([^"]+)"|<h2[^>]*>([^<]+)/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(order).toEqual([images[0]?.src, "Heading one", images[1]?.src, "Two"]);
    // WeChat resets list styles it is not given: each list carries its own.
    expect(content).toMatch(/<ul style="[^"]*list-style-type:disc/);
    expect(content).toContain("Photo: B");
  });
});
