import { randomUUID } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";

/**
 * Writes beside the target and renames into place, so a reader (or a build killed halfway) sees
 * the old file or the whole new one, never half of it. The target's folder must exist.
 */
export async function writeFileAtomic(target: string, content: Uint8Array | string): Promise<void> {
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
