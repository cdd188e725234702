import { readFileSync } from "node:fs";
import path from "node:path";
import jsonld, { type JsonLdDocument, type Options } from "jsonld";
import { type DefaultTreeAdapterMap, parse } from "parse5";

/**
 * Reads a page's structured data as a search engine does: parse5 (the WHATWG HTML parser, as
 * browsers tokenize) finds each `<script type="application/ld+json">` and its text, and the
 * `jsonld` processor expands it against schema.org's context, so each value is read back under
 * the schema.org IRI its term really means. The context is served from a local copy
 * (`schema-org/context.jsonld`): the tests have no network.
 */

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

type DocumentLoader = NonNullable<Options.DocLoader["documentLoader"]>;
const CONTEXT = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "schema-org/context.jsonld"), "utf8"),
) as Awaited<ReturnType<DocumentLoader>>["document"];
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

const documentLoader: DocumentLoader = async (url) => {
  if (!SCHEMA_ORG.test(url)) throw new Error(`no network in tests: ${url}`);
  return { documentUrl: url, document: CONTEXT };
};

/** The text of every JSON-LD script of a page, as the HTML parser sees it. */
export function jsonLdScripts(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node && node.tagName === "script" && isJsonLd(node)) {
      found.push(node.childNodes.map((child) => ("value" in child ? child.value : "")).join(""));
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
    if ("content" in node) visit(node.content);
  };
  visit(parse(html));
  return found;
}

function isJsonLd(script: Element): boolean {
  return script.attrs.some(
    (a) => a.name === "type" && a.value.trim().toLowerCase() === "application/ld+json",
  );
}

/** Each `<img>` of a page: its `src` and `alt`, as the HTML parser sees them. */
export function images(html: string): { src: string; alt: string }[] {
  const found: { src: string; alt: string }[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node && node.tagName === "img") {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value ?? "";
      found.push({ src: attr("src"), alt: attr("alt") });
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return found;
}

/** An ImageObject as a schema.org reader reads it: values by schema.org property. */
export interface ReadImageObject {
  contentUrl?: string;
  license?: string;
  acquireLicensePage?: string;
  creditText?: string;
  copyrightNotice?: string;
  creator?: { types: string[]; name?: string };
  caption?: string;
}

const S = "http://schema.org/";
type Expanded = Record<string, unknown>;

/** Every schema.org ImageObject of a page, each script expanded by the JSON-LD processor. */
export async function imageObjects(html: string): Promise<ReadImageObject[]> {
  const nodes: Expanded[] = [];
  for (const text of jsonLdScripts(html)) {
    const document = JSON.parse(text) as JsonLdDocument;
    const expanded: unknown = await jsonld.expand(document, { documentLoader });
    nodes.push(...(expanded as Expanded[]));
  }
  return nodes.filter((node) => types(node).includes(`${S}ImageObject`)).map(readImageObject);
}

function readImageObject(node: Expanded): ReadImageObject {
  const creator = values(node, "creator")[0] as Expanded | undefined;
  return {
    contentUrl: iri(node, "contentUrl"),
    license: iri(node, "license"),
    acquireLicensePage: iri(node, "acquireLicensePage"),
    creditText: text(node, "creditText"),
    copyrightNotice: text(node, "copyrightNotice"),
    creator: creator && { types: types(creator), name: text(creator, "name") },
    caption: text(node, "caption"),
  };
}

const types = (node: Expanded) => (node["@type"] as string[] | undefined) ?? [];
const values = (node: Expanded, property: string) =>
  (node[`${S}${property}`] as Expanded[] | undefined) ?? [];
const iri = (node: Expanded, property: string) =>
  values(node, property)[0]?.["@id"] as string | undefined;
const text = (node: Expanded, property: string) =>
  values(node, property)[0]?.["@value"] as string | undefined;
