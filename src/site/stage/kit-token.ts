import { createHmac, randomBytes } from "node:crypto";
import { link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createIssue } from "../../errors/issue.ts";
import { IssueError } from "../../errors/issue-error.ts";
import { temporaryPath } from "../../fs/write-file-atomic.ts";

export interface KitSecretOptions {
  /**
   * The build publishes unlisted kits, whose links people already hold: in CI a secret made on
   * the spot would change every one of them, so it is refused there.
   */
  unlistedKits?: boolean;
  /** The config's `site.kitSecretFile`, absolute; `RELAIS_KIT_SECRET_FILE` wins over it. */
  secretFile?: string | undefined;
}

/**
 * The secret behind unlisted kit links. From `RELAIS_KIT_SECRET`, or the file named by
 * `RELAIS_KIT_SECRET_FILE` (kept out of the repository), when set (CI, several build machines);
 * otherwise made once and kept in the build's state folder, so links stay the same from one build
 * to the next on that machine. In CI (`CI=true`) with unlisted kits, it is never made: a fresh
 * clone would mint new links and those already sent would stop working. It never goes into the
 * output.
 */
export async function kitSecret(
  stateFolder: string,
  env: NodeJS.ProcessEnv = process.env,
  options: KitSecretOptions = {},
): Promise<string> {
  const fromEnv = env.RELAIS_KIT_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const secretFile = env.RELAIS_KIT_SECRET_FILE?.trim() || options.secretFile;
  if (secretFile) {
    const fromFile = await readSecret(path.resolve(secretFile));
    if (fromFile) return fromFile;
    throw missingSecret(`${secretFile} holds no secret of at least 32 characters`);
  }
  const file = path.join(stateFolder, "kit-secret");
  const kept = await readSecret(file);
  if (kept) return kept;
  if (options.unlistedKits && isCi(env)) {
    throw missingSecret("no RELAIS_KIT_SECRET nor RELAIS_KIT_SECRET_FILE in this CI build");
  }
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

function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

function missingSecret(found: string): IssueError {
  return new IssueError(
    [
      createIssue("KitSecretMissing", {
        origin: "RELAIS_KIT_SECRET",
        expected:
          "the house's kit secret, set as a CI secret (RELAIS_KIT_SECRET) or in a file kept out of the repository (RELAIS_KIT_SECRET_FILE)",
        found,
      }),
    ],
    1,
  );
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

/**
 * The unguessable path segment of a press preview: 128 bits of an HMAC of the same secret, in a
 * namespace of its own, so it never equals a kit token and tells nothing of the launch.
 */
export function previewToken(
  secret: string,
  preview: { market: string; audience: string; launch: { type: string; slug: string } },
): string {
  const { market, audience, launch } = preview;
  return createHmac("sha256", secret)
    .update(`press-preview\0${market}/${audience}/${launch.type}/${launch.slug}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * An ambassador's personal pages' folder: 128 bits of an HMAC of their id, in a namespace of its
 * own, so it never equals a kit's or a preview's token.
 */
export function ambassadorToken(secret: string, ambassador: string): string {
  return createHmac("sha256", secret)
    .update(`ambassador\0${ambassador}`)
    .digest("hex")
    .slice(0, 32);
}
