import type { CaptionRecord } from "../render/captions/caption-files.ts";

/**
 * What a caption file's line in a manifest says of its caption: the same for a kit's caption
 * and an ambassador's own (`ambassador-kits.ts`).
 */
export function captionFileFields(
  caption: Pick<
    CaptionRecord,
    "locale" | "length" | "limit" | "counting" | "hashtags" | "creditMoved"
  >,
  channel: string,
  entry: string,
) {
  return {
    channel,
    entry,
    locale: caption.locale,
    captionLength: caption.length,
    captionLimit: caption.limit,
    counting: caption.counting,
    hashtags: caption.hashtags,
    creditMoved: caption.creditMoved,
  };
}
