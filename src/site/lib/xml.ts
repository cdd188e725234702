/** Whether XML 1.0 allows a character at all, even escaped (not controls, lone surrogates, U+FFFE/F). */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Text or attribute content for an XML document. */
export function escapeXml(value: string): string {
  let text = "";
  for (const char of value) {
    if (isXmlChar(char.codePointAt(0) ?? 0)) text += char;
  }
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
