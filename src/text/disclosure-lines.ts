import type {
  Disclosure,
  DisclosureKind,
  DisclosurePosition,
  Partnership,
} from "../model/disclosure.ts";

/** What one caption needs disclosed: who posts it, where, and whether an image needs its line. */
export interface DisclosureNeeds {
  partnership: Partnership;
  /** The channel id (`instagram/feed-portrait`): a platform may have its own lines or position. */
  channel: string;
  /** One of the caption's images shows a person reshaped by image processing. */
  retouched: boolean;
}

export interface DisclosureLines {
  lines: string[];
  position: DisclosurePosition;
  /**
   * Kinds this caption needs whose lines the market writes in other locales but not in this one.
   * Such a caption is never written: the plan does not offer the placement (`disclosure-missing`).
   */
  missing: DisclosureKind[];
  /**
   * A paid or gifted post in a market that writes no disclosure line at all: Relais cannot
   * invent the words a law asks for, so the caption goes without and says so.
   */
  unconfigured: boolean;
}

/**
 * The disclosure lines of one caption in one locale: the paid or gifted line the audience's
 * `partnership` asks for (a gifted post falls back to the paid line), then the retouched line
 * when an image needs it. A channel's own lines win over its platform's, which win over the
 * market's; each line once, NFC.
 */
export function disclosureLines(
  disclosure: Disclosure,
  needs: DisclosureNeeds,
  locale: string,
): DisclosureLines {
  const platform = needs.channel.split("/")[0] ?? needs.channel;
  const overrides = [disclosure.platforms[needs.channel], disclosure.platforms[platform]];
  const linesOf = (kind: DisclosureKind) =>
    overrides.find((override) => override?.[kind] !== undefined)?.[kind] ?? disclosure[kind];
  const position =
    overrides.find((override) => override?.position !== undefined)?.position ?? disclosure.position;

  const kinds: DisclosureKind[] = [];
  if (needs.partnership !== "none") {
    const kind = needs.partnership === "gifted" && linesOf("gifted") ? "gifted" : "paid";
    kinds.push(kind);
  }
  if (needs.retouched) kinds.push("retouched");

  const lines: string[] = [];
  const missing: DisclosureKind[] = [];
  let unconfigured = false;
  for (const kind of kinds) {
    const byLocale = linesOf(kind);
    if (byLocale === undefined) {
      // Only the paid and gifted lines are every market's business; a market whose law asks
      // nothing of a retouched image simply has no such line.
      if (kind !== "retouched") unconfigured = true;
      continue;
    }
    const own = byLocale[locale];
    if (own === undefined) {
      missing.push(kind);
      continue;
    }
    lines.push(...own.map((line) => line.normalize("NFC").trim()).filter((line) => line !== ""));
  }
  return { lines: [...new Set(lines)], position, missing, unconfigured };
}

/**
 * The part of a caption that never gives way, as the caption engine lays it out: the disclosure
 * first (a blank line before the rest) or last, an ambassador's tracked link as a block of its
 * own before the footer, and the legal lines, one a line.
 */
export function fixedCaptionText(
  disclosure: DisclosureLines,
  legal: readonly string[],
  link = "",
): string {
  const footer = disclosure.position === "end" ? [...legal, ...disclosure.lines] : legal;
  const head = disclosure.position === "end" ? "" : disclosure.lines.join("\n");
  return [head, link, footer.join("\n")].filter((b) => b !== "").join("\n\n");
}
