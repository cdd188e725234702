/** Who made an image and under which terms: written into every output so the credit travels with it. */
export interface ImageRights {
  creator: string;
  /** "© 2008 Charles Barbin — GPL-2.0-or-later", in the words of the credit line. */
  rights: string;
  /** The licence's URL (XMP's web statement of rights). */
  webStatement?: string | undefined;
}

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
