import { createHmac, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

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
  try {
    const kept = (await readFile(file, "utf8")).trim();
    if (kept.length >= 32) return kept;
  } catch {
    // First build here: make one.
  }
  const made = randomBytes(32).toString("hex");
  await mkdir(stateFolder, { recursive: true });
  await writeFile(file, `${made}\n`, { mode: 0o600 });
  return made;
}

/** An unguessable, stable path segment for an unlisted kit: 128 bits of an HMAC. */
export function kitToken(secret: string, market: string, audience: string): string {
  return createHmac("sha256", secret).update(`${market}/${audience}`).digest("hex").slice(0, 32);
}
