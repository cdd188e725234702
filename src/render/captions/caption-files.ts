import type { Caption } from "./build-caption.ts";

/** The caption as a pack stores it beside the images. */
export interface CaptionRecord {
  /** Bumped when a field changes meaning or goes away. */
  schemaVersion: 1;
  locale: string;
  direction: Caption["direction"];
  counting: Caption["counting"];
  limit: number;
  length: number;
  truncated: boolean;
  /** The credit line did not fit: it is in the README and in each image's XMP. */
  creditMoved: boolean;
  hashtags: string[];
  warnings: Caption["warnings"];
  text: string;
}

export type CaptionFiles = { [name: `caption.${string}.txt`]: string } & { json: CaptionRecord };

export function captionFileName(locale: string): `caption.${string}.txt` {
  return `caption.${locale}.txt`;
}

/**
 * The caption's text file (`caption.<locale>.txt`: the text to paste, ending with a newline; the
 * pack writes strings as UTF-8 without a byte order mark) and its structured record.
 */
export function captionFiles(caption: Caption): CaptionFiles {
  const textFile: { [name: `caption.${string}.txt`]: string } = {
    [captionFileName(caption.locale)]: `${caption.text}\n`,
  };
  return {
    ...textFile,
    json: {
      schemaVersion: 1,
      locale: caption.locale,
      direction: caption.direction,
      counting: caption.counting,
      limit: caption.limit,
      length: caption.length,
      truncated: caption.truncated,
      creditMoved: caption.creditMoved,
      hashtags: [...caption.hashtags],
      warnings: caption.warnings.map((warning) => ({ ...warning })),
      text: caption.text,
    },
  };
}
