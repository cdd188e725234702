import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Files to write, by path relative to the output folder. */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>;

/**
 * Writes a whole output folder beside the old one, then swaps it in with renames, so a failed or
 * killed build never leaves a half-written `dist/` and the last good one stays until the new one
 * is complete.
 */
export async function replaceOutput(out: string, files: OutputFiles): Promise<void> {
  const parent = path.dirname(out);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(out)}-next-`));
  try {
    for (const [relative, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = path.join(staging, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}-previous`;
  let hadPrevious = true;
  try {
    await rename(out, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    hadPrevious = false;
  }
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadPrevious) await rename(previous, out);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
