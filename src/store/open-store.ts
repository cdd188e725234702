import path from "node:path";
import type { ResolvedConfig } from "../config/resolve-config.ts";
import { ContentStore } from "./content-store.ts";
import { LocalDriver } from "./local-driver.ts";
import { parseStoreLocation, S3Driver } from "./s3-driver.ts";

/** This machine's copy of the store, in its cache folder. */
export function localStoreFolder(where: { cache: string } | { cacheDir: string }): string {
  return path.join("cache" in where ? where.cache : where.cacheDir, "store");
}

/**
 * The build's store: this machine's cache, and the shared store the config, `RELAIS_STORE` or
 * `--store` names (S3 or a folder), read-only for a pull request's build. Writes a killed build
 * left half-done in the local copy are cleared first (only those whose process is gone).
 */
export async function openStore(
  config: Pick<ResolvedConfig, "cache" | "store" | "root">,
  onCorrupt?: (name: string, location: string) => void,
): Promise<ContentStore> {
  const local = new LocalDriver(localStoreFolder(config));
  await local.removeAbandonedTemporaries();
  const { location, readOnly } = config.store;
  if (location === undefined)
    return new ContentStore({ local, ...(onCorrupt ? { onCorrupt } : {}) });
  const parsed = parseStoreLocation(location, config.root);
  const driver =
    parsed.kind === "s3"
      ? new S3Driver({ bucket: parsed.bucket, prefix: parsed.prefix })
      : new LocalDriver(parsed.folder);
  return new ContentStore({
    local,
    shared: { driver, readOnly },
    ...(onCorrupt ? { onCorrupt } : {}),
  });
}
