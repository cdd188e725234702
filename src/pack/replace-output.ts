import { lockOutput } from "./output-lock.ts";
import { openStaging, recoverOutput } from "./staging.ts";

/** Files to write, by path relative to the output folder. */
export type OutputFiles = ReadonlyMap<string, string | Uint8Array>;

/** Writes a whole output folder from memory and swaps it in (see `openStaging`). */
export async function replaceOutput(out: string, files: OutputFiles): Promise<void> {
  const lock = await lockOutput(out);
  try {
    await recoverOutput(out);
    const staging = await openStaging(out);
    try {
      for (const [relative, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        await staging.write(relative, content);
      }
      await lock.verify();
    } catch (error) {
      await staging.abort();
      throw error;
    }
    await staging.commit();
  } finally {
    await lock.release();
  }
}
