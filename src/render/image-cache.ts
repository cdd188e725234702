import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ImageFormat } from "../channels/channel-spec.ts";
import { writeFileAtomic } from "../fs/write-file-atomic.ts";

/** What the cache keeps about a rendered image, beside its bytes. */
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
  /** Absolute path of the image file in the cache. */
  file: string;
}

/**
 * A content-addressed cache: the file's name is the task's key, so "the entry exists" is the cache
 * hit. Each write goes to a temporary file first and is renamed into place, image before record,
 * so a killed build never leaves a record without its bytes.
 */
export class ImageCache {
  readonly root: string;
  /** Where writes are made before they are renamed into place (see `writeFileAtomic`). */
  readonly scratch: string | undefined;

  constructor(root: string, options: { scratch?: string } = {}) {
    this.root = root;
    this.scratch = options.scratch;
  }

  private recordPath(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key}.json`);
  }

  private imagePath(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key}.bin`);
  }

  async get(key: string): Promise<CachedImage | undefined> {
    try {
      const record = JSON.parse(await readFile(this.recordPath(key), "utf8")) as Omit<
        CachedImage,
        "file"
      >;
      // A record only counts with its image beside it, at the size it says.
      const image = await stat(this.imagePath(key));
      if (image.size !== record.bytes) return undefined;
      return { ...record, file: this.imagePath(key) };
    } catch {
      return undefined;
    }
  }

  async put(record: Omit<CachedImage, "file">, bytes: Uint8Array): Promise<CachedImage> {
    const image = this.imagePath(record.key);
    await mkdir(path.dirname(image), { recursive: true });
    await writeFileAtomic(image, bytes, this.scratch);
    await writeFileAtomic(this.recordPath(record.key), `${JSON.stringify(record)}\n`, this.scratch);
    return { ...record, file: image };
  }
}
