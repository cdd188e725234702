import type { ContentIssue } from "../errors/issue.ts";
import type { EntryType } from "../model/audience.ts";

export type DocumentKind =
  | "brand"
  | "audiences"
  | "market"
  | "asset"
  | "moment"
  | "ambassador"
  | EntryType;

/** Localized fields of a document in one locale, as the source holds them. */
export interface RawText {
  locale: string;
  /** File path (relative to the content root) or document id the text came from. */
  origin: string;
  data: unknown;
  /** Line of each field path in the origin file, when the source has lines. */
  lines?: Record<string, number>;
}

/**
 * One document as a source read it: not yet validated. Drivers only read and normalize into this
 * shape; they never decide eligibility (embargo, rights) and never drop a document.
 */
export interface RawDocument {
  kind: DocumentKind;
  /** Slug, market id or asset id. */
  id: string;
  /** File path (relative to the content root) or document id, for messages. */
  origin: string;
  /** The shared, non-localized fields. */
  data: unknown;
  /** Line of each field path in the origin file, when the source has lines. */
  lines?: Record<string, number>;
  /**
   * The source found the document but could not read it (malformed YAML, a refused file); the
   * reason is in the snapshot's issues. It is kept so that validation knows it exists: its id
   * answers references, and a market that cannot be read is a market dropped, not a market absent.
   */
  unreadable?: true;
  /**
   * For a document that gathers several of the source's (the audiences): those it found but
   * could not keep (two with one slug), so that validation reports each as dropped.
   */
  dropped?: { id: string; origin: string }[];
  /** Localized fields, one per locale. The brand's default locale comes first for Markdown. */
  texts: RawText[];
  /**
   * For assets: where the image bytes are, whether the source found them, a hash of their
   * content (sha256) so the plan can key renders without I/O, and what the image's header says
   * (`probeImage`), so validation can refuse a file that is no image before anything decodes it.
   */
  file?: {
    location: string;
    exists: boolean;
    contentHash?: string;
    image?: ImageProbe;
    /** The source refused the file and said why (a path outside the content folder). */
    refused?: true;
  };
}

/**
 * What a source learnt of an image file from its bytes and header, without decoding its pixels.
 * A source only reports it; validation decides what is acceptable (src/validate/check-image.ts).
 */
export type ImageProbe =
  | {
      readable: true;
      /** sharp's name of the format: jpeg, png, webp, heif, tiff, svg, gif… */
      format: string;
      /** For HEIF files: how the pixels are compressed, `av1` (AVIF) or `hevc` (HEIC). */
      compression?: string;
      /** Upright size in pixels, after EXIF orientation. */
      width: number;
      height: number;
      /** The file's size in bytes. */
      bytes: number;
      /** Set when the file ends before its image data does, in words for an editor. */
      cutShort?: string;
    }
  | {
      readable: false;
      bytes: number;
      /** Why the bytes are not an image, in words for an editor (`a file of 0 bytes`). */
      reason: string;
    };

export interface SourceSnapshot {
  documents: RawDocument[];
  /** Problems found while reading (unreadable files, malformed YAML), before validation. */
  issues: ContentIssue[];
}

/** The contract every source driver implements (`markdown`, later `sanity`, `sanity-export`). */
export interface Source {
  readonly name: string;
  /** Reads everything the source holds. Never throws for a content mistake: it reports it. */
  load(): Promise<SourceSnapshot>;
}
