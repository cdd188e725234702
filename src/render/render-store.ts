import type { ImageFormat } from "../channels/channel-spec.ts";
import type { ContentStore } from "../store/content-store.ts";

/** What the store keeps about a rendered image, beside its bytes. */
export interface CachedImage {
  key: string;
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  /** The encoder quality used (lower than the record's when the byte budget forced it). */
  quality: number;
  /** Output pixels per source pixel: above 1 the source was enlarged. */
  scale: number;
  /** Absolute path of the image's verified file in this machine's copy of the store. */
  file: string;
}

type RenderRecord = Omit<CachedImage, "file" | "key" | "bytes" | "sha256">;

/** The store's namespace of rendered images, by task key. */
export const RENDERS = "renders";

/**
 * Rendered images in the content store, by their task's key (the hash of everything that decides
 * their bytes): "the key has a record" is the cache hit, on this machine or any other of the
 * build. The image is stored before its record, so a killed render never leaves a record alone.
 */
export class RenderStore {
  readonly store: ContentStore;

  constructor(store: ContentStore) {
    this.store = store;
  }

  async get(key: string): Promise<CachedImage | undefined> {
    const entry = await this.store.getKeyed<RenderRecord>(RENDERS, key);
    if (!entry) return undefined;
    return { ...entry.meta, key, bytes: entry.bytes, sha256: entry.sha256, file: entry.file };
  }

  async put(record: Omit<CachedImage, "file">, bytes: Uint8Array): Promise<CachedImage> {
    const { key, bytes: _size, sha256: _sha256, ...meta } = record;
    const entry = await this.store.putKeyed<RenderRecord>(RENDERS, key, bytes, meta);
    return { ...entry.meta, key, bytes: entry.bytes, sha256: entry.sha256, file: entry.file };
  }
}
