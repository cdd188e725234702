/** `dist/manifest.json`: every pack and every file in it. Documented by schemas/manifest.schema.json. */
export interface DistManifest {
  schemaVersion: 1;
  packs: PackManifest[];
}

export interface PackManifest {
  audience: string;
  market: string;
  channel: string;
  /** Folder of the pack, relative to dist/. */
  path: string;
  zip: { path: string; sha256: string; bytes: number };
  files: PackFile[];
}

export type PackFileKind = "image" | "caption" | "caption-data" | "readme" | "manifest";

export interface PackFile {
  /** Relative to dist/. */
  path: string;
  kind: PackFileKind;
  bytes: number;
  sha256: string;
  entry?: string;
  locale?: string;
  /** For images. */
  width?: number;
  height?: number;
  format?: string;
  asset?: string;
  credit?: string;
  licence?: string;
  /** Encoder quality used; lower than the record's when the byte budget forced it. */
  quality?: number;
  /** For captions: length in the platform's own unit, and its limit. */
  captionLength?: number;
  captionLimit?: number;
  counting?: string;
}
