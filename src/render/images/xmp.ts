import type { ImageRights } from "../../plan/render-tasks.ts";

/**
 * An XMP packet with Dublin Core creator/rights and XMP Rights Management's web statement, the
 * fields photo tools and platforms read for credits.
 */
export function rightsXmp(rights: ImageRights): string {
  const statement = rights.webStatement
    ? `<xmpRights:WebStatement>${escapeXml(rights.webStatement)}</xmpRights:WebStatement>`
    : "";
  return [
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">',
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(rights.creator)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(rights.rights)}</rdf:li></rdf:Alt></dc:rights>`,
    "<xmpRights:Marked>True</xmpRights:Marked>",
    statement,
    "</rdf:Description>",
    "</rdf:RDF>",
    "</x:xmpmeta>",
  ].join("");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
