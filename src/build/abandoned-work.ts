import os from "node:os";
import path from "node:path";
import type { ResolvedConfig } from "../config/resolve-config.ts";
import { removeAbandoned } from "../fs/owned-folder.ts";
import { outputLockPrefix } from "../pack/output-lock.ts";
import { RELAIS_ROOT, SITE_WORK_PREFIX } from "../site/work-folder.ts";
import { EXPORT_FOLDER_PREFIX } from "../sources/sanity-export/read-export-archive.ts";

/** The cache's scratch folders, one per build: `<cache>/.tmp/build-<owner>-<random>`. */
export function cacheScratchParent(cache: string): string {
  return path.join(cache, ".tmp");
}

export const CACHE_SCRATCH_PREFIX = "build-";

/**
 * Removes what builds killed outright (`kill -9`, a machine switched off) left in the places
 * several builds share: site work folders inside Relais, scratch folders in the cache, unpacked
 * Sanity exports in the temporary folder, lock drafts beside the output. Only folders whose
 * process is gone go: builds still running keep theirs. Staging folders are the output lock
 * holder's to clear (`recoverOutput`).
 */
export async function removeAbandonedWork(config: ResolvedConfig): Promise<string[]> {
  const places: [string, string][] = [
    [RELAIS_ROOT, SITE_WORK_PREFIX],
    [cacheScratchParent(config.cache), CACHE_SCRATCH_PREFIX],
    [os.tmpdir(), EXPORT_FOLDER_PREFIX],
    [path.dirname(config.out), outputLockPrefix(config.out)],
  ];
  const removed = await Promise.all(
    places.map(async ([parent, prefix]) =>
      (await removeAbandoned(parent, prefix)).map((name) => path.join(parent, name)),
    ),
  );
  return removed.flat();
}
