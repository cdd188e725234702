import type { ContentStore } from "../../store/content-store.ts";
import type { RawDocument } from "../contract.ts";
import { imageFileOf, missingImagePath, readCachedImage, storeImage } from "./image-cache.ts";
import { imageBytesMismatch } from "./image-integrity.ts";
import type { ImageAssetInfo } from "./map-document.ts";
import {
  AttemptFailed,
  parseRetryAfter,
  RetriesExhausted,
  type RetryPolicy,
  withRetries,
} from "./retry.ts";
import { type ConnectionFacts, redact, unavailable } from "./unavailable.ts";

export interface DownloadContext {
  cacheDir: string;
  /** This machine's content store, where images are kept by their Sanity sha1. */
  store: ContentStore;
  fetch: typeof fetch;
  policy: RetryPolicy;
  facts: ConnectionFacts;
  token: string | undefined;
  /** Origins the token may be sent to: never a third-party URL a projection returned. */
  trustedOrigins: readonly string[];
}

/**
 * An asset's image, from the cache when it holds the right bytes, otherwise downloaded, verified
 * against the asset's sha1 and size, and cached. An image Sanity no longer has (404) is reported
 * as missing, as a missing file is; damaged bytes are retried, then stop the run.
 */
export async function downloadImage(
  context: DownloadContext,
  image: ImageAssetInfo,
  assetOrigin: string,
): Promise<NonNullable<RawDocument["file"]>> {
  const cached = await readCachedImage(context.store, image);
  if (cached) return imageFileOf(cached.file, cached.bytes);

  try {
    const bytes = await withRetries(() => fetchVerified(context, image), context.policy);
    if (!bytes) return { location: missingImagePath(context.cacheDir, image), exists: false };
    return imageFileOf(await storeImage(context.store, image, bytes), bytes);
  } catch (error) {
    if (!(error instanceof RetriesExhausted)) throw error;
    const failed = unavailable(
      `the image of ${assetOrigin}`,
      error.failure,
      error.attempts,
      context.facts,
    );
    failed.message = redact(failed.message, context.token);
    throw failed;
  }
}

/** The image's bytes, or undefined when Sanity has no such image. */
async function fetchVerified(
  context: DownloadContext,
  image: ImageAssetInfo,
): Promise<Uint8Array | undefined> {
  const url = new URL(image.url);
  const headers: Record<string, string> = {};
  if (context.token && context.trustedOrigins.includes(url.origin))
    headers.authorization = `Bearer ${context.token}`;
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await context.fetch(url, {
      headers,
      signal: AbortSignal.timeout(context.facts.timeoutMs),
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) {
      throw new AttemptFailed({
        kind: "status",
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof AttemptFailed) throw error;
    if ((error as Error).name === "TimeoutError") throw new AttemptFailed({ kind: "timeout" });
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new AttemptFailed({ kind: "network", detail: redact(String(detail), context.token) });
  }
  const mismatch = imageBytesMismatch(bytes, image);
  if (mismatch) throw new AttemptFailed({ kind: "integrity", detail: `received ${mismatch}` });
  return bytes;
}
