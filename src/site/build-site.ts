import { access, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "astro";
import { withBuildLock } from "./build-lock.ts";
import { SITE_DATA_ENV } from "./data/collections.ts";
import { readSiteData } from "./data/site-data-schema.ts";

export interface BuildSiteOptions {
  /** The SiteData JSON the pipeline wrote (see `site-data.ts`). */
  dataFile: string;
  /** Where the static site goes; the pipeline adds `/_img/` and `/kits/` beside the pages. */
  outDir: string;
  /** The project root, holding `astro.config.mjs` and `src/site/`. */
  root: string;
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

  await withBuildLock(root, async () => {
    // The content layer's store lives in the cache folder: a private one per build, so a build
    // never reads another's data. `.astro/` is only Astro's working state: it goes if we made it.
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), "relais-site-cache-"));
    const dotAstro = path.join(root, ".astro");
    const hadDotAstro = await exists(dotAstro);
    const restore = setEnvironment({
      [SITE_DATA_ENV]: dataFile,
      ASTRO_TELEMETRY_DISABLED: "1",
      // Astro sets NODE_ENV when it is unset; set here, it is put back afterwards.
      NODE_ENV: process.env.NODE_ENV ?? "production",
    });
    try {
      await build({
        root,
        // Relative to root, as Astro resolves it.
        configFile: "astro.config.mjs",
        outDir,
        site: data.site,
        cacheDir,
        logLevel: "error",
        mode: "production",
      });
    } catch (cause) {
      throw new Error(`[relais] [site] The site build failed: ${(cause as Error).message}`, {
        cause,
      });
    } finally {
      restore();
      await rm(cacheDir, { recursive: true, force: true });
      if (!hadDotAstro) await rm(dotAstro, { recursive: true, force: true });
    }
  });
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

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
