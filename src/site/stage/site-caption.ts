import type { ChannelSpec } from "../../channels/channel-spec.ts";
import type { KitFile } from "../../pack/manifest-types.ts";
import { formatHashtag } from "../../render/captions/hashtags.ts";
import type { SiteKitCaption, SiteKitFile } from "../site-data.ts";

/**
 * A caption file as a kit page shows it, ready to copy: a kit's caption and an ambassador's
 * own alike. `text` is the file's content.
 */
export function siteCaption(
  file: SiteKitFile,
  caption: Pick<
    KitFile,
    "hashtags" | "captionLength" | "captionLimit" | "counting" | "creditMoved"
  >,
  shown: { locale: string; direction: "ltr" | "rtl"; text: string },
  spec: ChannelSpec,
): SiteKitCaption {
  return {
    ...file,
    locale: shown.locale,
    direction: shown.direction,
    text: shown.text.replace(/\n$/, ""),
    hashtags: (caption.hashtags ?? [])
      .map((tag) => formatHashtag(tag, spec.text.hashtags.syntax))
      .filter(Boolean),
    length: caption.captionLength ?? 0,
    limit: caption.captionLimit ?? 0,
    counting: caption.counting ?? "",
    creditMoved: caption.creditMoved ?? false,
  };
}
