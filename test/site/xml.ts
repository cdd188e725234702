/**
 * A strict, small XML reader for the tests: it refuses what an XML parser refuses in the
 * documents this site writes (unclosed or crossed tags, a bare `&` or `<`, unknown entities,
 * unquoted attributes, more than one root) and returns a tree to query.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) {
    throw new Error(`XML: a bare < or & near offset ${where}: ${JSON.stringify(raw.slice(0, 60))}`);
  }
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? ""),
  );
}

export function parseXml(source: string): XmlElement {
  const document = source.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const match of document.matchAll(token)) {
    const [whole, cdata, closing, name, attributeText, selfClosing, text, stray] = match;
    const current = stack.at(-1);
    if (!current) throw new Error("XML: content after the root element");
    if (stray)
      throw new Error(
        `XML: malformed markup at offset ${match.index}: ${document.slice(match.index, match.index + 60)}`,
      );
    if (whole.startsWith("<!--")) continue;
    if (cdata !== undefined) {
      current.text += cdata;
    } else if (text !== undefined) {
      if (current === root && text.trim()) throw new Error("XML: text outside the root element");
      current.text += decode(text, match.index);
    } else if (name && closing) {
      if (current.name !== name) throw new Error(`XML: </${name}> closes <${current.name}>`);
      stack.pop();
      if (stack.length === 1 && root.children.length > 1) throw new Error("XML: several roots");
    } else if (name) {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attributeText ?? "").matchAll(
        /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
      )) {
        if (!key) continue;
        if (key in attributes) throw new Error(`XML: attribute ${key} twice on <${name}>`);
        attributes[key] = decode(value ?? "", match.index);
      }
      const element: XmlElement = { name, attributes, children: [], text: "" };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack.at(-1)?.name}> is never closed`);
  const [top, ...more] = root.children;
  if (!top || more.length > 0) throw new Error("XML: a document has exactly one root element");
  return top;
}

/** Every descendant element with this name. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...findAll(child, name),
  ]);
}
