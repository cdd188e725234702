import { createHmac, randomBytes } from "node:crypto";
import { link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { temporaryPath } from "../fs/write-file-atomic.ts";

/**
 * The secret behind unlisted kit links. From `RELAIS_KIT_SECRET` when set (CI, several build
 * machines); otherwise made once and kept in the build's state folder, so links stay the same
 * from one build to the next. It never goes into the output.
 */
export async function kitSecret(
  stateFolder: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const fromEnv = env.RELAIS_KIT_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(stateFolder, "kit-secret");
  const kept = await readSecret(file);
  if (kept) return kept;
  // First build here: make one. Two first builds at once agree on the one written first.
  const made = randomBytes(32).toString("hex");
  await mkdir(stateFolder, { recursive: true });
  const temporary = temporaryPath(file);
  try {
    await writeFile(temporary, `${made}\n`, { mode: 0o600 });
    try {
      // Create-only and whole: a reader never sees half a secret.
      await link(temporary, file).catch(async (error: NodeJS.ErrnoException) => {
        // A file system without hard links: create-only still.
        if (error.code === "EEXIST") throw error;
        await writeFile(file, `${made}\n`, { mode: 0o600, flag: "wx" });
      });
      return made;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const first = await readSecret(file);
    if (first) return first;
    // A damaged secret (too short to be one Relais wrote) is replaced.
    await rename(temporary, file);
    return made;
  } finally {
    await rm(temporary, { force: true });
  }
}

async function readSecret(file: string): Promise<string | undefined> {
  try {
    const kept = (await readFile(file, "utf8")).trim();
    return kept.length >= 32 ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** An unguessable, stable path segment for an unlisted kit: 128 bits of an HMAC. */
export function kitToken(secret: string, market: string, audience: string): string {
  return createHmac("sha256", secret).update(`${market}/${audience}`).digest("hex").slice(0, 32);
}
