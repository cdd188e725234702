import { createHash } from "node:crypto";

/** The sha256 of bytes or of a string's UTF-8, in hex: content hashes and cache keys. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
