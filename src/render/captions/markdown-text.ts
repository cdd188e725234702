import type { Nodes, PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** Stands for a hard line break until soft breaks are resolved. */
const HARD_BREAK = "\u0000";

/** Scripts written without spaces: a soft line break between two of their characters is nothing. */
const UNSPACED =
  /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * A Markdown body as the plain text of a caption: paragraphs and headings separated by a blank
 * line, list items one a line after an en dash, links as their text, emphasis unmarked. Images,
 * HTML and thematic breaks are left out (a caption cannot show them). A soft line break becomes
 * a space, or nothing between two Chinese or Japanese characters.
 */
export function markdownToText(markdown: string): string {
  const blocks = blocksOf(fromMarkdown(markdown.normalize("NFC")).children);
  return blocks.join("\n\n");
}

function blocksOf(nodes: readonly RootContent[]): string[] {
  const blocks: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "paragraph":
      case "heading":
        pushNonEmpty(blocks, inlineText(node.children));
        break;
      case "code":
        pushNonEmpty(blocks, node.value.trim());
        break;
      case "list":
        pushNonEmpty(
          blocks,
          node.children
            .map((item) => blocksOf(item.children).join(" "))
            .filter((item) => item !== "")
            .map((item) => `– ${item}`)
            .join("\n"),
        );
        break;
      case "blockquote":
      case "footnoteDefinition":
        blocks.push(...blocksOf(node.children));
        break;
      default:
        // html, thematicBreak, definition and the like: nothing a caption can show.
        break;
    }
  }
  return blocks;
}

function pushNonEmpty(blocks: string[], text: string): void {
  if (text !== "") blocks.push(text);
}

function inlineText(nodes: readonly PhrasingContent[]): string {
  const raw = nodes.map(phrasing).join("");
  return raw
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n/g, (_match, offset: number, whole: string) =>
      UNSPACED.test(charBefore(whole, offset)) && UNSPACED.test(charAt(whole, offset + 1))
        ? ""
        : " ",
    )
    .replace(/[ \t]+/g, " ")
    .split(HARD_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

function charBefore(text: string, offset: number): string {
  const last = text.codePointAt(offset - 1);
  const isLowSurrogate = last !== undefined && last >= 0xdc00 && last <= 0xdfff;
  return text.slice(isLowSurrogate ? offset - 2 : offset - 1, offset);
}

function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function phrasing(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return HARD_BREAK;
    case "image":
    case "imageReference":
    case "html":
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? node.children.map(phrasing).join("") : "";
  }
}
