import { rmSync } from "node:fs";
import { cp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "astro";
import { cleanUpOnExit } from "../fs/exit-cleanup.ts";
import { makeOwnedFolder } from "../fs/owned-folder.ts";
import { inTurn } from "./build-lock.ts";
import { SITE_DATA_ENV } from "./data/collections.ts";
import { readSiteData } from "./data/site-data-schema.ts";
import { SITE_WORK_PREFIX } from "./work-folder.ts";

export interface BuildSiteOptions {
  /** The SiteData JSON the pipeline wrote (see `site-data.ts`). */
  dataFile: string;
  /** Where the static site goes; the pipeline adds `/_img/` and `/kits/` beside the pages. */
  outDir: string;
  /** The project root, holding `astro.config.mjs` and `src/site/`. */
  root: string;
  /**
   * A folder of this build's alone, inside `root` (where Astro's packages resolve): Astro's root
   * and working folder for the build, so everything Astro writes (`.astro/`, its cache, Vite's,
   * its prerender bundle and the pages before they move to `outDir`) is the build's own and two
   * builds never share a file. Made and removed here when not given.
   */
  workDir?: string;
}

/**
 * Builds the press kit site with Astro from the pipeline's site data. The data is validated
 * first, so a bad file fails with the names of its bad fields before Astro starts. Throws when
 * the build fails; the caller's environment is left as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const root = path.resolve(options.root);
  const dataFile = path.resolve(options.dataFile);
  const outDir = path.resolve(options.outDir);
  const data = await readSiteData(dataFile);

  await inTurn(async () => {
    const own = options.workDir === undefined;
    const workDir = options.workDir
      ? path.resolve(options.workDir)
      : await makeOwnedFolder(root, SITE_WORK_PREFIX);
    const forget = own
      ? cleanUpOnExit(() => rmSync(workDir, { recursive: true, force: true }))
      : undefined;
    const pages = path.join(workDir, "site");
    const restore = setEnvironment({
      [SITE_DATA_ENV]: dataFile,
      ASTRO_TELEMETRY_DISABLED: "1",
      // Astro sets NODE_ENV when it is unset; set here, it is put back afterwards.
      NODE_ENV: process.env.NODE_ENV ?? "production",
    });
    const cwd = process.cwd();
    try {
      await buildIn(workDir, pages, root, data.site);
      await moveFolder(pages, outDir);
    } finally {
      process.chdir(cwd);
      restore();
      if (own) {
        forget?.();
        await rm(workDir, { recursive: true, force: true });
      }
    }
  });
}

/** Builds the pages into `pages` with `workDir` as Astro's root and the working folder. */
async function buildIn(workDir: string, pages: string, root: string, site: string): Promise<void> {
  try {
    const configFile = path.join(root, "astro.config.mjs");
    // The config's folders are Relais's, while Astro's root is the work folder.
    const config = (await import(pathToFileURL(configFile).href)).default;
    // Astro writes its prerender bundle into the output folder when that is under the current
    // folder (otherwise into ./.astro/): the build runs from its work folder.
    process.chdir(workDir);
    await build({
      root: workDir,
      // Relative to root, as Astro resolves it.
      configFile: path.relative(workDir, configFile),
      srcDir: path.resolve(root, config.srcDir),
      publicDir: path.resolve(root, config.publicDir),
      outDir: pages,
      cacheDir: path.join(workDir, "cache"),
      site,
      logLevel: "error",
      mode: "production",
    });
  } catch (cause) {
    throw new Error(`[relais] [site] The site build failed: ${(cause as Error).message}`, {
      cause,
    });
  }
}

async function moveFolder(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    // Another device (a house's output elsewhere): copy; the work folder is removed after.
    await cp(from, to, { recursive: true });
  }
}

function setEnvironment(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
