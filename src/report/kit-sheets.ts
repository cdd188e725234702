import type { KitManifest } from "../pack/manifest-types.ts";
import type { SheetSubject } from "./contact-sheets.ts";

/**
 * A kit as a contact sheet shows it: its images (not the site's extra widths, not the press
 * originals) under their placement, labelled with its audience, market and launch. The sheets'
 * one dependency on the manifest.
 */
export function kitSheet(kit: KitManifest): SheetSubject {
  const images = kit.files.filter(
    (file) => file.kind === "image" && !/-w\d+\.\w+$/.test(file.name),
  );
  const placements = new Set(images.map((file) => file.channel)).size;
  return {
    key: kit.id,
    name: kit.id.replaceAll("/", "__"),
    title: `${kit.audience} · ${kit.market} · ${kit.launch}`,
    detail: [
      count(images.length, "image"),
      count(placements, "placement"),
      count(kit.entries.length, "entry", "entries"),
    ].join(" · "),
    images: images.map((file) => ({
      path: file.path,
      sha256: file.sha256,
      ...(file.channel ? { group: file.channel } : {}),
    })),
  };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
