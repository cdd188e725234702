import { randomUUID } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writes beside the target and renames into place, so a reader (or a build killed halfway) sees
 * the old file or the whole new one, never half of it. The target's folder must exist.
 * `scratch`, a folder on the same volume, holds the temporary file instead of the target's folder:
 * a build's own scratch folder, removed whole if the build is killed (see `makeOwnedFolder`).
 */
export async function writeFileAtomic(
  target: string,
  content: Uint8Array | string,
  scratch?: string,
): Promise<void> {
  const temporary = temporaryPath(target, scratch);
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A unique temporary name for `target`, in `scratch` or beside it. */
export function temporaryPath(target: string, scratch?: string): string {
  const name = `${path.basename(target)}.${randomUUID()}.tmp`;
  return path.join(scratch ?? path.dirname(target), name);
}
